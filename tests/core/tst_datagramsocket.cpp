#include "stream/datagramsocket.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

// Sends count datagrams of size bytes to 127.0.0.1:port from a plain socket, each numbered in its first
// four bytes, in bursts of 20 a millisecond (at most 20,000 a second: paced, so the loopback itself drops
// nothing and every loss is the receiving socket's, counted there). Returns how many were sent.
int flood(quint16 port, int count, int size)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<char> datagram(size_t(size), 'u');
    int sent = 0;
    for (int i = 0; i < count; ++i) {
        const quint32 number = quint32(i);
        std::memcpy(datagram.data(), &number, sizeof number);
        if (::sendto(
                fd, datagram.data(), datagram.size(), 0, reinterpret_cast<const sockaddr *>(&to), sizeof to)
            == ssize_t(datagram.size()))
            ++sent;
        if (i % 20 == 19)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ::close(fd);
    return sent;
}

} // namespace

// DatagramSocket on real loopback sockets: what its read-ahead backlog promises.
class tst_DatagramSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backlogDefaultsTo96MiB();
    void backlogPausesReadingAtItsLimitAndResumesAnEighthBelow();
};

void tst_DatagramSocket::backlogDefaultsTo96MiB()
{
    DatagramSocket socket;
    QCOMPARE(socket.backlogLimit(), qint64(96) * 1024 * 1024);
    socket.setBacklogLimit(0);
    QCOMPARE(socket.backlogLimit(), qint64(1)); // never unbounded, never zero
}

void tst_DatagramSocket::backlogPausesReadingAtItsLimitAndResumesAnEighthBelow()
{
    // A consumer slower than the flood. The backlog fills to its limit and reading pauses there: the
    // kernel's buffer fills and drops, and the socket counts the drops, so every datagram sent is either
    // delivered or counted. Reading resumes once an eighth of the limit is free, not when the backlog is
    // empty (or half empty): by then the kernel would have dropped for a whole backlog's delivery.
    constexpr int DatagramBytes = 1000;
    constexpr int LimitDatagrams = 512; // the limit in datagrams, each counted with its bookkeeping
    constexpr int Batch = 64; // what one recvmmsg() may take past the limit
    constexpr int Count = 12000;
    DatagramSocket socket;
    QVERIFY2(
        socket.bind(Endpoint { QHostAddress(QHostAddress::LocalHost), 0 }), qPrintable(socket.errorString()));
    socket.setBacklogLimit(qint64(LimitDatagrams) * (DatagramBytes + 96));
    // The kernel's buffer must hold more than one turn delivers (64 datagrams), or the backlog never fills;
    // small enough to fill while reading pauses: about 900 datagrams (a 1,000-byte datagram takes 2,304).
    socket.setReceiveBufferSize(1024 * 1024);
    QSignalSpy drops(&socket, &DatagramSocket::kernelDropsChanged);
    QVERIFY(drops.isValid());

    qint64 received = 0;
    qint64 highest = 0; // the most the backlog held
    qint64 previous = 0; // what the backlog held after the datagram before
    std::vector<qint64> refilledFrom; // what it held each time reading had taken more
    bool inOrder = true;
    qint64 lastNumber = -1;
    connect(&socket, &DatagramSocket::datagramReceived, this,
        [&](const QByteArray &data, const Endpoint &, qint64 size) {
            ++received;
            quint32 number = 0;
            if (data.size() == DatagramBytes && size == DatagramBytes)
                std::memcpy(&number, data.constData(), sizeof number);
            inOrder = inOrder && data.size() == DatagramBytes && qint64(number) > lastNumber;
            lastNumber = number;
            const qint64 now = socket.backlogDatagrams();
            if (now > previous && received > 1)
                refilledFrom.push_back(previous);
            previous = now;
            highest = std::max(highest, now);
            QThread::usleep(200); // the slow consumer: at most 5,000 a second
        });

    std::atomic<int> sent = -1;
    std::thread sender([&] { sent = flood(socket.localEndpoint().port, Count, DatagramBytes); });
    const auto joined = qScopeGuard([&] { sender.join(); }); // on a failed check too
    // Everything sent is delivered or counted as dropped by the kernel; were reading never resumed, the
    // drops after the pause would never be read and this would time out.
    QTRY_VERIFY_WITH_TIMEOUT(
        sent.load() >= 0 && received + qint64(socket.kernelDrops()) == sent.load(), 20000);
    QCOMPARE(sent.load(), Count);
    QVERIFY(inOrder);

    // The limit: reading paused there (one batch past it at most), and the kernel dropped, counted.
    QVERIFY2(highest >= LimitDatagrams * 3 / 4, qPrintable(QString::number(highest))); // it did fill
    QVERIFY2(highest <= qint64(LimitDatagrams) * (DatagramBytes + 96) / DatagramBytes + Batch,
        qPrintable(QString::number(highest)));
    QVERIFY(socket.kernelDrops() > 0);
    QVERIFY(!drops.isEmpty());
    QCOMPARE(drops.last().first().value<quint64>(), socket.kernelDrops());
    // The resume: reading took more while the backlog still held most of its limit (7/8 of it less what one
    // turn delivers), not once it had run down to half or to nothing.
    QVERIFY(!refilledFrom.empty());
    const qint64 highestRefill = *std::max_element(refilledFrom.cbegin(), refilledFrom.cend());
    qInfo(
        "delivered %lld, the kernel dropped %llu; the backlog held at most %lld datagrams, was refilled %zu "
        "times, from %lld at the most",
        received, static_cast<unsigned long long>(socket.kernelDrops()), highest, refilledFrom.size(),
        highestRefill);
    QVERIFY2(highestRefill >= LimitDatagrams * 5 / 8, qPrintable(QString::number(highestRefill)));
    QCOMPARE(socket.backlogDatagrams(), 0);
}

QTEST_GUILESS_MAIN(tst_DatagramSocket)
#include "tst_datagramsocket.moc"
