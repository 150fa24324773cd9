#include "capture/payloadheads.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Sockbench;

// PayloadHeads: reads on its own thread, newest request first, at most MaxQueued waiting, heads cached.
class tst_PayloadHeads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnItsOwnThreadAndCaches();
    void readsTheNewestRequestFirstAndForgetsTheOldest();
    void stopsWithReadsQueued();
};

namespace {

QByteArray headOf(qint64 row)
{
    return QByteArray::number(row).repeated(3);
}

// Holds the reader until opened, so requests pile up as they would behind a busy disk.
struct Gate
{
    std::mutex mutex;
    std::condition_variable opened;
    bool open = false;
    void wait()
    {
        std::unique_lock lock(mutex);
        opened.wait(lock, [this] { return open; });
    }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        opened.notify_all();
    }
};

} // namespace

void tst_PayloadHeads::readsOnItsOwnThreadAndCaches()
{
    const std::thread::id owner = std::this_thread::get_id();
    std::atomic<bool> readOnOwner { false };
    std::atomic<int> reads { 0 };
    std::atomic<int> notifications { 0 };
    PayloadHeads heads(
        [&](qint64 row) {
            readOnOwner = readOnOwner || std::this_thread::get_id() == owner;
            ++reads;
            return headOf(row);
        },
        [&] { ++notifications; });
    QCOMPARE(heads.cached(7), std::nullopt);
    heads.request(7);
    heads.request(7); // queued once
    QTRY_VERIFY(notifications.load() >= 1);
    QCOMPARE(heads.takeReady(), QList<qint64> { 7 });
    QCOMPARE(heads.cached(7), std::optional<QByteArray>(headOf(7)));
    QCOMPARE(reads.load(), 1);
    QVERIFY(!readOnOwner);
    QCOMPARE(heads.takeReady(), QList<qint64>());
    heads.remember(8, "eight");
    QCOMPARE(heads.cached(8), std::optional<QByteArray>("eight"));
}

void tst_PayloadHeads::readsTheNewestRequestFirstAndForgetsTheOldest()
{
    Gate gate;
    std::mutex orderMutex;
    std::vector<qint64> order;
    std::atomic<bool> first { true };
    PayloadHeads heads(
        [&](qint64 row) {
            if (first.exchange(false))
                gate.wait(); // row 0 holds the reader while the rest are requested
            std::lock_guard lock(orderMutex);
            order.push_back(row);
            return headOf(row);
        },
        [] {});
    heads.request(0);
    QTRY_VERIFY(!first.load()); // the reader holds row 0
    const int requested = PayloadHeads::MaxQueued + 500;
    for (int row = 1; row <= requested; ++row)
        heads.request(row);
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            std::lock_guard lock(orderMutex);
            return order.size();
        }(),
        size_t(PayloadHeads::MaxQueued + 1), 10000);
    std::lock_guard lock(orderMutex);
    QCOMPARE(order[0], 0);
    QCOMPARE(order[1], qint64(requested)); // the rows on screen now come first
    QCOMPARE(order.back(), qint64(requested - PayloadHeads::MaxQueued + 1));
    // The 500 oldest requests, scrolled past, were forgotten and never read.
    for (qint64 row : order)
        QVERIFY(row == 0 || row > requested - PayloadHeads::MaxQueued);
}

void tst_PayloadHeads::stopsWithReadsQueued()
{
    std::atomic<int> reads { 0 };
    {
        PayloadHeads heads(
            [&](qint64 row) {
                ++reads;
                QThread::usleep(200);
                return headOf(row);
            },
            [] {});
        for (int row = 0; row < 1000; ++row)
            heads.request(row);
    } // must not wait for the 1,000 reads, nor read after it is gone
    const int atStop = reads.load();
    QVERIFY2(atStop < 1000, qPrintable(QString::number(atStop)));
    QThread::msleep(20);
    QCOMPARE(reads.load(), atStop);
}

QTEST_GUILESS_MAIN(tst_PayloadHeads)
#include "tst_payloadheads.moc"
