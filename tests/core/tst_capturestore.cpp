#include "capture/capturestore.h"
#include "transcript/transcriptfile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

// Bytes that differ with both the row and the position, so a payload read from the wrong place shows.
QByteArray payloadFor(qint64 row, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((row * 131 + i * 7 + (i >> 8)) & 0xff);
    return bytes;
}

// What a file takes on disk, holes not counted.
qint64 allocatedBytes(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qint64(info.st_blocks) * 512 : -1;
}

} // namespace

class tst_CaptureStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAndReadsBackExactly_data();
    void appendsAndReadsBackExactly();
    void readsPartOfAPayload();
    void givesHeadsWithoutWaitingForTheDisk();
    void keepsBytesAcrossFlushesOfPartialPages();
    void spillsAFloodToDiskAndReadsItBack();
    void backpressureEngagesAndReleases();
    void announcesRowsInCoalescedBatches();
    void readersOnAnotherThreadSeeOnlyCompleteRows();
    void keepsSessionAndConnectionFacts();
    void announcesNewAndChangedFactsOnce();
    void reportsAnUnusableSpoolDirectory();
    void leavesNoSpoolFileBehind();
    void namedSpoolIsATranscriptOfTheCapture();
    void limitDropsTheOldestPayloads();
    void limitStopsCapturingPayloads();
    void stopsWritingBelowTheDiskFloor();
    void defaultLimitAndFloor_data();
    void defaultLimitAndFloor();
    void destinationLimitStopsKeepingPayloads();
    void forgetsRowsOnlyWhenEveryReaderIsPast_data();
    void forgetsRowsOnlyWhenEveryReaderIsPast();
    void aLateReaderStartsAtTheFirstKeptRow();
};

void tst_CaptureStore::appendsAndReadsBackExactly_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("size");
    QTest::addRow("empty payloads") << 10 << 0;
    QTest::addRow("one byte") << 100 << 1;
    QTest::addRow("1000 bytes") << 500 << 1000;
    QTest::addRow("1 MiB") << 8 << 1024 * 1024;
    // Odd sizes past the staging buffer: payloads straddle disk blocks, staging and queue.
    QTest::addRow("4097 bytes, 12 MiB") << 3000 << 4097;
}

void tst_CaptureStore::appendsAndReadsBackExactly()
{
    QFETCH(int, events);
    QFETCH(int, size);
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    QVERIFY2(store.isValid(), qPrintable(store.errorString()));
    for (int i = 0; i < events; ++i) {
        const Direction direction = i % 2 ? Direction::Inbound : Direction::Outbound;
        QCOMPARE(
            store.append(EventKind::Data, direction, 1, quint32(i % 3 + 1), payloadFor(i, size)), qint64(i));
    }
    QCOMPARE(store.count(), qint64(events));
    QCOMPARE(store.totalPayloadBytes(), qint64(events) * size);
    // Before the spool caught up (some rows may still be queued) and after: the same bytes.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < events; ++i) {
            const CaptureEvent event = store.event(i);
            QCOMPARE(event.payloadSize, quint32(size));
            QCOMPARE(event.connectionId, quint32(i % 3 + 1));
            QCOMPARE(event.direction, i % 2 ? Direction::Inbound : Direction::Outbound);
            QVERIFY(store.isPayloadAvailable(i));
            QCOMPARE(store.payload(i), payloadFor(i, size));
        }
        store.flush();
        QCOMPARE(store.pendingSpoolBytes(), 0);
    }
    // Times are monotonic in the order of appending.
    for (int i = 1; i < events; ++i)
        QVERIFY(store.event(i).monotonicNs >= store.event(i - 1).monotonicNs);
}

void tst_CaptureStore::readsPartOfAPayload()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    const QByteArray bytes = payloadFor(5, 100000);
    store.append(EventKind::Data, Direction::Inbound, 1, 1, bytes);
    for (int pass = 0; pass < 2; ++pass) {
        QCOMPARE(store.payload(0, 0, 64), bytes.left(64));
        QCOMPARE(store.payload(0, 99990, 64), bytes.mid(99990));
        QCOMPARE(store.payload(0, 100000, 64), QByteArray());
        QCOMPARE(store.payload(0, -1, 64), QByteArray());
        QCOMPARE(store.payload(1, 0, 64), QByteArray()); // no such row
        store.flush();
    }
}

void tst_CaptureStore::givesHeadsWithoutWaitingForTheDisk()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    const QList<int> sizes { 1000, 10, 300, 0 };
    for (int i = 0; i < sizes.size(); ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, sizes[i]));
    auto expected = [&](int row) { return payloadFor(row, sizes[row]).left(CaptureStore::PayloadHeadBytes); };
    // Still queued: given at once.
    QCOMPARE(store.payloadHead(0), std::optional<QByteArray>(expected(0)));
    store.flush();
    // Only in the file now: nothing at once, then the rows are named and given.
    QSignalSpy ready(&store, &CaptureStore::payloadHeadsReady);
    QList<qint64> named;
    for (int row : { 1, 2 })
        QCOMPARE(store.payloadHead(row), std::nullopt);
    QTRY_VERIFY([&] {
        for (const QList<QVariant> &signal : std::as_const(ready))
            named += signal.first().value<QList<qint64>>();
        ready.clear();
        return named.contains(1) && named.contains(2);
    }());
    for (int row : { 1, 2 })
        QCOMPARE(store.payloadHead(row), std::optional<QByteArray>(expected(row)));
    // An empty payload needs no disk; a row that does not exist has nothing to give.
    QCOMPARE(store.payloadHead(3), std::optional<QByteArray>(QByteArray()));
    QCOMPARE(store.payloadHead(99), std::optional<QByteArray>(QByteArray()));
    // Destroyed with reads queued: no read of a store that is gone (ASan in the sanitize preset).
    auto doomed = std::make_unique<CaptureStore>(dir.path());
    for (int i = 0; i < 2000; ++i)
        doomed->append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, 3000));
    doomed->flush();
    for (int i = 0; i < 2000; ++i)
        (void)doomed->payloadHead(i);
    doomed.reset();
}

void tst_CaptureStore::keepsBytesAcrossFlushesOfPartialPages()
{
    // A flush writes the last partial page padded; the next bytes rewrite that page. Every payload must read
    // back exactly from the file, including those that shared a page with what came after them.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    const QList<int> sizes { 1, 4094, 3, 4096, 5000, 1, 8191, 4 * 1024 * 1024 + 17, 2, 4095 };
    for (int i = 0; i < sizes.size(); ++i) {
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, sizes[i]));
        store.flush();
        QCOMPARE(store.pendingSpoolBytes(), 0);
        for (int j = 0; j <= i; ++j)
            QCOMPARE(store.payload(j), payloadFor(j, sizes[j]));
    }
}

void tst_CaptureStore::spillsAFloodToDiskAndReadsItBack()
{
    // 256 MiB through a store that may queue only 8 MiB in memory: the producer must honour backpressure,
    // and everything must come back from the spool exactly.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setBackpressureLimit(8 * 1024 * 1024);
    constexpr int ChunkSize = 256 * 1024;
    constexpr int Chunks = 1024;
    // A few shared payloads: appending costs nothing, so the producer outruns any disk.
    std::vector<QByteArray> payloads;
    for (int i = 0; i < 8; ++i)
        payloads.push_back(payloadFor(i, ChunkSize));
    qint64 peakPending = 0;
    int waits = 0;
    for (int i = 0; i < Chunks; ++i) {
        if (store.isBackpressured()) {
            ++waits;
            QSignalSpy released(&store, &CaptureStore::backpressureChanged);
            QVERIFY(released.wait(10000));
            QCOMPARE(released.last().first().toBool(), false);
        }
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloads[size_t(i % 8)]);
        peakPending = std::max(peakPending, store.pendingSpoolBytes());
    }
    QVERIFY2(peakPending <= 8 * 1024 * 1024 + ChunkSize, qPrintable(QString::number(peakPending)));
    store.flush();
    QCOMPARE(store.pendingSpoolBytes(), 0);
    QCOMPARE(store.totalPayloadBytes(), qint64(Chunks) * ChunkSize);
    QVERIFY(waits > 0);
    for (int i : { 0, 1, 511, 777, Chunks - 1 })
        QCOMPARE(store.payload(i), payloads[size_t(i % 8)]);
    qInfo("backpressure waits: %d, peak queued: %lld KiB", waits, peakPending / 1024);
}

void tst_CaptureStore::backpressureEngagesAndReleases()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setBackpressureLimit(1024 * 1024);
    QSignalSpy changes(&store, &CaptureStore::backpressureChanged);
    // One shared payload appended 64 times costs the producer next to nothing, while the writer must write
    // each MiB: the queue passes the limit before it can drain, however fast the disk.
    const QByteArray mebibyte(1024 * 1024, 'x');
    for (int i = 0; i < 64; ++i)
        store.append(EventKind::Data, Direction::Outbound, 1, 1, mebibyte);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().first().toBool(), true);
    QVERIFY(store.isBackpressured());
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 10000);
    QCOMPARE(changes.last().first().toBool(), false);
    QVERIFY(!store.isBackpressured());
}

void tst_CaptureStore::announcesRowsInCoalescedBatches()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    QSignalSpy spy(&store, &CaptureStore::rowsAppended);
    constexpr int Events = 10000;
    for (int i = 0; i < Events; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, "x");
    QVERIFY(spy.isEmpty()); // never synchronously, never per event
    QTRY_VERIFY(!spy.isEmpty() && spy.last().at(1).toLongLong() == Events - 1);
    QVERIFY2(spy.size() <= 3, qPrintable(QString::number(spy.size())));
    qint64 expectedFirst = 0;
    for (const QList<QVariant> &batch : spy) {
        QCOMPARE(batch.at(0).toLongLong(), expectedFirst);
        expectedFirst = batch.at(1).toLongLong() + 1;
    }
}

void tst_CaptureStore::readersOnAnotherThreadSeeOnlyCompleteRows()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    constexpr int Events = 200000; // crosses several index segments
    std::atomic<bool> done = false;
    std::atomic<qint64> mismatches = 0;
    std::atomic<qint64> checked = 0;
    std::thread reader([&] {
        qint64 row = 0;
        while (!done.load() || row < store.count()) {
            const qint64 published = store.count();
            for (; row < published; row += 97) {
                const CaptureEvent event = store.event(row);
                const QByteArray expected = payloadFor(row, row % 50);
                if (event.payloadSize != quint32(expected.size()) || event.connectionId != quint32(row)
                    || store.payload(row) != expected)
                    ++mismatches;
                ++checked;
            }
        }
    });
    for (int i = 0; i < Events; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, quint32(i), payloadFor(i, i % 50));
    done = true;
    reader.join();
    QCOMPARE(mismatches.load(), 0);
    QVERIFY(checked.load() >= Events / 97);
}

void tst_CaptureStore::keepsSessionAndConnectionFacts()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.describeSession(SessionInfo { 2, SessionRole::Server, QStringLiteral("Echo server"), 42 });
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("Client"), 7 });
    const Endpoint local { QHostAddress(QStringLiteral("::1")), 5000 };
    const Endpoint peer { QHostAddress(QStringLiteral("::1")), 40000 };
    store.describeConnection(ConnectionInfo { 9, 2, local, peer });
    QCOMPARE(store.sessions().size(), 2);
    QCOMPARE(store.sessions().first().id, 1u); // ordered by id
    QCOMPARE(store.sessionInfo(2).name, QStringLiteral("Echo server"));
    QCOMPARE(store.connectionInfo(9).peer, peer);
    QCOMPARE(store.connectionInfo(9).local.toString(), QStringLiteral("[::1]:5000"));
    QCOMPARE(store.connectionInfo(10).id, 0u); // unknown: empty facts
}

void tst_CaptureStore::announcesNewAndChangedFactsOnce()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    QSignalSpy sessions(&store, &CaptureStore::sessionDescribed);
    QSignalSpy connections(&store, &CaptureStore::connectionDescribed);
    QVERIFY(sessions.isValid());
    QVERIFY(connections.isValid());
    // A receiver reads the store when it hears: the facts must already be there.
    QString nameWhenAnnounced;
    connect(&store, &CaptureStore::sessionDescribed, &store,
        [&](const SessionInfo &info) { nameWhenAnnounced = store.sessionInfo(info.id).name; });

    const SessionInfo client { 1, SessionRole::Client, QStringLiteral("Client"), 7 };
    store.describeSession(client);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.at(0).at(0).value<SessionInfo>().name, QStringLiteral("Client"));
    QCOMPARE(nameWhenAnnounced, QStringLiteral("Client"));
    store.describeSession(client); // the same facts again: nothing to announce
    QCOMPARE(sessions.size(), 1);
    SessionInfo renamed = client;
    renamed.name = QStringLiteral("Renamed");
    store.describeSession(renamed);
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(1).at(0).value<SessionInfo>().name, QStringLiteral("Renamed"));
    QCOMPARE(nameWhenAnnounced, QStringLiteral("Renamed"));
    QCOMPARE(store.sessionCount(), 1);

    const Endpoint local { QHostAddress(QHostAddress::LocalHost), 5000 };
    const ConnectionInfo first { 3, 1, local, Endpoint { QHostAddress(QHostAddress::LocalHost), 40000 } };
    store.describeConnection(first);
    store.describeConnection(first);
    store.describeConnection(
        ConnectionInfo { 4, 1, local, Endpoint { QHostAddress(QHostAddress::LocalHost), 40001 } });
    QCOMPARE(connections.size(), 2);
    QCOMPARE(connections.at(0).at(0).value<ConnectionInfo>().id, 3u);
    QCOMPARE(connections.at(1).at(0).value<ConnectionInfo>().peer.port, quint16(40001));
    ConnectionInfo moved = first;
    moved.peer.port = 40002;
    store.describeConnection(moved);
    QCOMPARE(connections.size(), 3);
    QCOMPARE(store.connectionCount(), 2);
    QCOMPARE(sessions.size(), 2); // connections say nothing about sessions
}

void tst_CaptureStore::reportsAnUnusableSpoolDirectory()
{
    CaptureStore store(QStringLiteral("/nonexistent/sockbench-test"));
    QVERIFY(!store.isValid());
    QVERIFY2(store.errorString().contains(QStringLiteral("/nonexistent/sockbench-test")),
        qPrintable(store.errorString()));
    // The index still records what happens; payloads are not kept.
    store.append(EventKind::Data, Direction::Inbound, 1, 1, "abc");
    QCOMPARE(store.count(), 1);
    QVERIFY(!store.isPayloadAvailable(0));
    QCOMPARE(store.payload(0), QByteArray());
}

void tst_CaptureStore::leavesNoSpoolFileBehind()
{
    QTemporaryDir dir;
    {
        CaptureStore store(dir.path());
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(1, 4096));
        store.flush();
        QCOMPARE(store.payload(0), payloadFor(1, 4096));
        // The spool is anonymous from the start, so not even a crash leaves it behind.
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void tst_CaptureStore::namedSpoolIsATranscriptOfTheCapture()
{
    // One copy on disk: the named spool is the crash journal, a pcapng that reads back what was captured,
    // the bytes before the move included.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.describeSession({ 1, SessionRole::Server, QStringLiteral("Echo server"), 42 });
    store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(0, 5000));
    const QString path = dir.filePath(QStringLiteral("journal.pcapng"));
    QString error;
    QVERIFY2(store.moveSpoolTo(path, &error), qPrintable(error));
    QCOMPARE(store.spoolFilePath(), path);
    QVERIFY(!store.moveSpoolTo(path, &error)); // it exists now: refused, with the reason
    QVERIFY2(error.contains(path), qPrintable(error));
    store.append(EventKind::Data, Direction::Outbound, 1, 1, payloadFor(1, 70000));
    store.append(EventKind::Closed, Direction::None, 1, 1);
    store.flush();
    QCOMPARE(store.payload(0), payloadFor(0, 5000));
    QCOMPARE(store.payload(1), payloadFor(1, 70000));

    CaptureStore recovered(dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &recovered);
    QVERIFY2(result.errorString.isEmpty(), qPrintable(result.errorString));
    QCOMPARE(recovered.count(), 3);
    QCOMPARE(recovered.payload(0), payloadFor(0, 5000));
    QCOMPARE(recovered.payload(1), payloadFor(1, 70000));
    QCOMPARE(recovered.event(2).kind, EventKind::Closed);
    QCOMPARE(recovered.sessionInfo(1).name, QStringLiteral("Echo server"));
}

void tst_CaptureStore::limitDropsTheOldestPayloads()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    const QString path = dir.filePath(QStringLiteral("journal.pcapng"));
    QVERIFY(store.moveSpoolTo(path));
    constexpr qint64 MiB = 1024 * 1024;
    store.setCaptureLimit(8 * MiB);
    QCOMPARE(store.captureLimit(), 8 * MiB);
    QSignalSpy reached(&store, &CaptureStore::captureLimitReached);
    store.describeSession({ 1, SessionRole::Client, QStringLiteral("Client"), 1 });
    constexpr int Chunks = 40;
    for (int i = 0; i < Chunks; ++i) {
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, MiB));
        store.flush();
    }
    QCOMPARE(store.count(), Chunks); // every row stays
    QCOMPARE(reached.size(), 1);
    QVERIFY2(reached.first().first().toString().contains(QStringLiteral("oldest")),
        qPrintable(reached.first().first().toString()));
    qint64 dropped = 0;
    int firstKept = -1;
    for (int i = 0; i < Chunks; ++i) {
        if (store.isPayloadAvailable(i)) {
            if (firstKept < 0)
                firstKept = i;
            QCOMPARE(store.payload(i), payloadFor(i, MiB));
        } else {
            QVERIFY2(firstKept < 0, "only the oldest are dropped");
            QCOMPARE(store.lossReason(i), CaptureStore::LossReason::DroppedByLimit);
            QCOMPARE(store.payloadLoss(i), PayloadLoss::Dropped);
            QCOMPARE(store.payload(i), QByteArray());
            QCOMPARE(store.event(i).payloadSize, quint32(MiB)); // the row still says how many bytes
            dropped += MiB;
        }
    }
    QVERIFY(firstKept > Chunks - 9 && firstKept < Chunks);
    QCOMPARE(store.droppedPayloadBytes(), dropped);
    QCOMPARE(store.totalPayloadBytes(), Chunks * MiB);
    QVERIFY2(
        store.spoolBytesOnDisk() <= 8 * MiB + MiB, qPrintable(QString::number(store.spoolBytesOnDisk())));
    // The disk is freed, not just forgotten: the file's allocated blocks stay within the limit.
    const qint64 allocated = allocatedBytes(path);
    QVERIFY2(allocated <= 9 * MiB, qPrintable(QStringLiteral("%1 bytes allocated").arg(allocated)));
    QVERIFY(QFileInfo(path).size() >= Chunks * MiB); // the holes are inside the file

    // And the journal still reads back: the kept payloads, with every description.
    CaptureStore recovered(dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &recovered);
    QVERIFY2(result.errorString.isEmpty(), qPrintable(result.errorString));
    QCOMPARE(recovered.count(), qint64(Chunks - firstKept));
    QCOMPARE(recovered.payload(recovered.count() - 1), payloadFor(Chunks - 1, MiB));
    QCOMPARE(recovered.sessionInfo(1).name, QStringLiteral("Client"));
}

void tst_CaptureStore::limitStopsCapturingPayloads()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    constexpr qint64 MiB = 1024 * 1024;
    store.setLimitPolicy(CaptureStore::LimitPolicy::StopCapturing);
    store.setCaptureLimit(4 * MiB);
    QSignalSpy reached(&store, &CaptureStore::captureLimitReached);
    for (int i = 0; i < 12; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, MiB));
    store.append(EventKind::Closed, Direction::None, 1, 1);
    store.flush();
    QCOMPARE(store.count(), 13);
    QCOMPARE(reached.size(), 1);
    QVERIFY2(reached.first().first().toString().contains(QStringLiteral("not kept")),
        qPrintable(reached.first().first().toString()));
    int kept = 0;
    for (int i = 0; i < 12; ++i) {
        if (store.isPayloadAvailable(i)) {
            QCOMPARE(kept, i); // the first ones, in order
            QCOMPARE(store.payload(i), payloadFor(i, MiB));
            ++kept;
        } else {
            QCOMPARE(store.lossReason(i), CaptureStore::LossReason::NotKeptByLimit);
            QCOMPARE(store.payloadLoss(i), PayloadLoss::Dropped);
            QCOMPARE(store.payload(i), QByteArray());
        }
    }
    QVERIFY(kept >= 3 && kept <= 5);
    QCOMPARE(store.droppedPayloadBytes(), (12 - kept) * MiB);
    QVERIFY(store.isPayloadAvailable(12)); // an event without payload loses nothing
    QCOMPARE(store.lossReason(12), CaptureStore::LossReason::None);
    QVERIFY(store.spoolBytesOnDisk() <= 5 * MiB + 4096);
    // A larger limit: payloads are kept again.
    store.setCaptureLimit(64 * MiB);
    store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(13, MiB));
    QVERIFY(store.isPayloadAvailable(13));
}

void tst_CaptureStore::stopsWritingBelowTheDiskFloor()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs for a disk that fills");
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    if (QProcess::execute(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=48m"),
                QStringLiteral("tmpfs"), mount })
        != 0)
        QSKIP("cannot mount a tmpfs here (a container without CAP_SYS_ADMIN)");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), { mount }); });
    constexpr qint64 MiB = 1024 * 1024;
    QCOMPARE(CaptureStore::diskFloor(48 * MiB), 16 * MiB);
    {
        CaptureStore store(mount);
        store.setCaptureLimit(1024 * MiB); // the limit is not what stops it here
        QSignalSpy failed(&store, &CaptureStore::spoolFailed);
        int i = 0;
        for (; i < 64 && failed.isEmpty(); ++i) {
            store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, MiB));
            store.flush();
        }
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("free")),
            qPrintable(failed.first().first().toString()));
        // Never fills the disk: the floor is kept, less at most one write.
        struct statvfs info
        {
        };
        QCOMPARE(::statvfs(QFile::encodeName(mount).constData(), &info), 0);
        const qint64 free = qint64(info.f_bavail) * qint64(info.f_frsize);
        QVERIFY2(free >= 16 * MiB - 4 * MiB, qPrintable(QString::number(free)));
        QVERIFY(i > 20 && i < 40);
        QCOMPARE(store.lossReason(i - 1), CaptureStore::LossReason::BelowDiskFloor);
        QCOMPARE(store.payloadLoss(i - 1), PayloadLoss::Lost);
        QVERIFY(!store.isPayloadAvailable(i - 1));
        QVERIFY(store.lostPayloadBytes() >= MiB);
        QCOMPARE(store.payload(0), payloadFor(0, MiB));
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(i, MiB));
        QCOMPARE(store.lossReason(i), CaptureStore::LossReason::BelowDiskFloor);
        QCOMPARE(failed.size(), 1); // said once
    }
}

void tst_CaptureStore::defaultLimitAndFloor_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("floor");
    constexpr qint64 MiB = 1024 * 1024, GiB = 1024 * MiB;
    QTest::addRow("small disk") << 100 * MiB << 25 * MiB << 16 * MiB;
    QTest::addRow("8 GiB") << 8 * GiB << 2 * GiB << 8 * GiB / 20;
    QTest::addRow("16 GiB") << 16 * GiB << 4 * GiB << GiB * 16 / 20;
    QTest::addRow("1 TiB") << 1024 * GiB << 4 * GiB << GiB;
    QTest::addRow("unknown") << qint64(-1) << 4 * GiB << 16 * MiB;
}

void tst_CaptureStore::defaultLimitAndFloor()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, limit);
    QFETCH(qint64, floor);
    QCOMPARE(CaptureStore::defaultCaptureLimit(bytes), limit);
    QCOMPARE(CaptureStore::diskFloor(bytes), floor);
}

void tst_CaptureStore::destinationLimitStopsKeepingPayloads()
{
    // The command line's store (no spool): the payloads kept for a transcript are bounded by the same limit,
    // decided before a payload is held; later rows say why theirs is missing.
    QTemporaryDir dir;
    CaptureStore store(PayloadRetention::UntilReleased);
    const int reader = store.addPayloadReader();
    QSignalSpy reached(&store, &CaptureStore::captureLimitReached);
    QSignalSpy failed(&store, &CaptureStore::spoolFailed);
    store.setPayloadDestination(dir.path());
    // Automatic, measured there: the smaller of 4 GiB and a quarter of the free space.
    QVERIFY(store.captureLimit() > 0 && store.captureLimit() <= qint64(4) << 30);
    store.setCaptureLimit(10000);
    store.setLimitPolicy(CaptureStore::LimitPolicy::DropOldest); // nothing to drop without a spool
    QCOMPARE(store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(0, 4000)), 0);
    QCOMPARE(store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(1, 4000)), 1);
    QCOMPARE(
        store.append(EventKind::Data, Direction::Inbound, 1, 1, payloadFor(2, 4000)), 2); // 12000 > 10000
    QCOMPARE(store.append(EventKind::Data, Direction::Outbound, 1, 1, payloadFor(3, 10)), 3); // it would fit
    QCOMPARE(store.append(EventKind::Error, Direction::None, 1, 1, QByteArray("lifecycle detail")), 4);
    QCOMPARE(reached.size(), 1);
    QVERIFY2(reached.first().first().toString().contains(QStringLiteral("not kept")),
        qPrintable(reached.first().first().toString()));
    QCOMPARE(store.payload(0), payloadFor(0, 4000));
    QCOMPARE(store.payload(1), payloadFor(1, 4000));
    for (const qint64 row : { 2, 3 }) {
        QCOMPARE(store.lossReason(row), CaptureStore::LossReason::NotKeptByLimit);
        QCOMPARE(store.payloadLoss(row), PayloadLoss::Dropped);
        QVERIFY(store.payload(row).isEmpty());
    }
    QCOMPARE(store.event(2).payloadSize, 4000u); // the size that crossed the wire stays
    QCOMPARE(store.payload(4), QByteArray("lifecycle detail")); // details always kept
    QCOMPARE(store.spoolBytesOnDisk(), 8000);
    QCOMPARE(store.droppedPayloadBytes(), 4010);
    QVERIFY(failed.isEmpty()); // the disk where the transcript lives has room
    store.releasePayloads(reader, store.count());
    QCOMPARE(store.lossReason(2), CaptureStore::LossReason::NotKeptByLimit); // still why, after release
}

// Rows are forgotten a segment of this many at a time (capturestore.cpp).
constexpr qint64 RowsPerSegment = 65536;

void tst_CaptureStore::forgetsRowsOnlyWhenEveryReaderIsPast_data()
{
    QTest::addColumn<bool>("spool");
    QTest::addColumn<bool>("untilRead");
    QTest::addColumn<QList<qint64>>("releases"); // per row reader: the row it releases below (-1: none)
    QTest::addColumn<qint64>("firstRow");

    const qint64 rows = 3 * RowsPerSegment + 100;
    QTest::addRow("all rows kept by default") << false << false << QList<qint64> { rows } << qint64(0);
    QTest::addRow("spool store keeps all") << true << true << QList<qint64> { rows } << qint64(0);
    QTest::addRow("no reader") << false << true << QList<qint64> {} << 3 * RowsPerSegment;
    QTest::addRow("one reader past all") << false << true << QList<qint64> { rows } << 3 * RowsPerSegment;
    QTest::addRow("one reader in segment 1") << false << true << QList<qint64> { 70000 } << RowsPerSegment;
    QTest::addRow("one reader one row short of a segment")
        << false << true << QList<qint64> { RowsPerSegment - 1 } << qint64(0);
    QTest::addRow("one reader exactly at a segment")
        << false << true << QList<qint64> { RowsPerSegment } << RowsPerSegment;
    QTest::addRow("two readers, one behind") << false << true << QList<qint64> { rows, 1000 } << qint64(0);
    QTest::addRow("two readers, one never releases")
        << false << true << QList<qint64> { rows, -1 } << qint64(0);
    QTest::addRow("two readers in different segments")
        << false << true << QList<qint64> { 200000, 140000 } << 2 * RowsPerSegment;
}

void tst_CaptureStore::forgetsRowsOnlyWhenEveryReaderIsPast()
{
    // The command line's store forgets index rows once every reader (printer, transcript writer) is past
    // them, so a listen -k left running does not grow by 40 bytes a chunk; numbers and counts stay absolute.
    QFETCH(bool, spool);
    QFETCH(bool, untilRead);
    QFETCH(QList<qint64>, releases);
    QFETCH(qint64, firstRow);
    CaptureStore store(spool ? PayloadRetention::Spool : PayloadRetention::UntilReleased);
    if (untilRead)
        store.setRowRetention(RowRetention::UntilRead);
    QCOMPARE(store.rowRetention(), untilRead && !spool ? RowRetention::UntilRead : RowRetention::All);
    QList<int> readers;
    for (qsizetype i = 0; i < releases.size(); ++i)
        readers.append(store.addRowReader());
    const qint64 rows = 3 * RowsPerSegment + 100;
    const QByteArray detail("a lifecycle detail");
    qint64 bytes = 0;
    for (qint64 row = 0; row < rows; ++row) {
        // Every 1000th row an error with its message (a detail, always kept while the row is), else 3 bytes.
        const bool error = row % 1000 == 0;
        const QByteArray payload = error ? detail : QByteArray("abc");
        QCOMPARE(store.appendAt(row + 1, row + 1, error ? EventKind::Error : EventKind::Data,
                     error ? Direction::None : Direction::Inbound, 1, quint32(row % 7 + 1), payload),
            row);
        bytes += payload.size();
        // Nobody released anything yet: with a reader, nothing can go.
        if (!releases.isEmpty() && store.firstRow() != 0)
            QFAIL(qPrintable(QStringLiteral("row %1 forgotten before any reader released it").arg(row)));
    }
    for (qsizetype i = 0; i < releases.size(); ++i) {
        if (releases[i] >= 0)
            store.releaseRows(readers[i], releases[i]);
    }
    // Forgotten on the store's own thread, at its next append: none yet unless nobody ever read.
    QCOMPARE(store.firstRow(), releases.isEmpty() ? firstRow : 0);
    QCOMPARE(store.appendAt(rows + 1, rows + 1, EventKind::Data, Direction::Outbound, 1, 1, "xy"), rows);
    bytes += 2;

    QCOMPARE(store.firstRow(), firstRow);
    QCOMPARE(store.count(), rows + 1); // absolute numbers
    QCOMPARE(store.keptRowCount(), rows + 1 - firstRow);
    QCOMPARE(store.totalPayloadBytes(), bytes); // counts survive
    if (firstRow > 0) {
        for (const qint64 row : { qint64(0), firstRow - 1000, firstRow - 1 }) {
            QVERIFY(!store.isRowKept(row));
            const CaptureEvent event = store.event(row);
            QCOMPARE(event.monotonicNs, 0); // an empty event, not another row's
            QCOMPARE(event.payloadSize, 0u);
            QCOMPARE(event.connectionId, 0u);
            QVERIFY(store.payload(row).isEmpty());
            QVERIFY(store.payload(row, 0, 10).isEmpty());
            QVERIFY(!store.isPayloadAvailable(row));
            QCOMPARE(store.lossReason(row), CaptureStore::LossReason::Released);
            QCOMPARE(store.payloadLoss(row), PayloadLoss::Dropped);
        }
    }
    // Kept rows read as they were written, detail included.
    const qint64 firstError = (firstRow + 999) / 1000 * 1000;
    for (const qint64 row : { firstRow, rows - 1, rows }) {
        QVERIFY(store.isRowKept(row));
        QCOMPARE(store.event(row).monotonicNs, row + 1);
    }
    if (firstError < rows) {
        QCOMPARE(store.event(firstError).kind, EventKind::Error);
        QCOMPARE(store.payload(firstError), detail);
    }
    QCOMPARE(store.event(rows).payloadSize, 2u);
    // Out of range reads as empty too, never past the index.
    for (const qint64 row : { qint64(-1), rows + 1, qint64(1) << 40 }) {
        QVERIFY(!store.isRowKept(row));
        QCOMPARE(store.event(row).monotonicNs, 0);
        QVERIFY(store.payload(row).isEmpty());
    }
}

void tst_CaptureStore::aLateReaderStartsAtTheFirstKeptRow()
{
    // A reader registered after rows were forgotten holds from the first kept row: what it is given stays.
    CaptureStore store(PayloadRetention::UntilReleased);
    store.setRowRetention(RowRetention::UntilRead);
    for (qint64 row = 0; row < 2 * RowsPerSegment + 10; ++row)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, "z");
    QCOMPARE(store.firstRow(), 2 * RowsPerSegment);
    const int late = store.addRowReader(0);
    for (qint64 row = 0; row < 2 * RowsPerSegment; ++row)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, "z");
    QCOMPARE(store.firstRow(), 2 * RowsPerSegment); // it has read nothing yet
    QCOMPARE(store.event(2 * RowsPerSegment).payloadSize, 1u);
    store.releaseRows(late, 3 * RowsPerSegment + 5);
    store.append(EventKind::Data, Direction::Inbound, 1, 1, "z");
    QCOMPARE(store.firstRow(), 3 * RowsPerSegment);
    QCOMPARE(store.count(), 4 * RowsPerSegment + 11);
    QCOMPARE(store.totalPayloadBytes(), 4 * RowsPerSegment + 11);
}

QTEST_GUILESS_MAIN(tst_CaptureStore)
#include "tst_capturestore.moc"
