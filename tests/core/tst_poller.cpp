// Poller's promises: one epoll set per thread for every stream, bounded and fair dispatch, events pending for
// a stopped watch dropped, interest changes honoured within a batch and no wake-ups for a paused descriptor.

#include "loopbackpair.h"
#include "stream/poller.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

/// A connected AF_UNIX stream pair: end[0] is watched, end[1] plays the peer. Closed on destruction.
struct SocketPair
{
    int end[2] = { -1, -1 };
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, end); }
    ~SocketPair()
    {
        for (int fd : end) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    bool isValid() const { return end[0] >= 0 && end[1] >= 0; }
    void send(const char *bytes) const
    {
        QCOMPARE(::write(end[1], bytes, std::strlen(bytes)), ssize_t(std::strlen(bytes)));
    }
    /// Reads (and drops) what waits at the watched end.
    void drain() const
    {
        char buffer[4096];
        while (::read(end[0], buffer, sizeof buffer) > 0) { }
    }
};

} // namespace

class tst_Poller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyStreamsShareOneThreadPoller();
    void dispatchIsBoundedPerWake();
    void stoppedWatchLosesItsPendingEvent();
    void streamDeletedWhileItsEventIsPending();
    void interestDroppedInBatchIsHonoured();
    void pausedDescriptorCausesNoWakeups();
    void pauseAndResumeOfAStream();
    void floodingConnectionDoesNotStarveTrickle();
    void eachThreadHasItsOwnPoller();
};

void tst_Poller::manyStreamsShareOneThreadPoller()
{
    constexpr int Streams = 200;
    Poller *poller = Poller::forCurrentThread();
    QCOMPARE(Poller::forCurrentThread(), poller);
    const int before = poller->watchCount();

    DescriptorListener listener;
    listener.setListenBacklogSize(Streams); // all at once, none retried after an overflow
    QVERIFY(listener.open(QHostAddress(QHostAddress::LocalHost), 0));
    QCOMPARE(poller->watchCount(), before + 1); // the listening socket is one of them
    std::vector<std::unique_ptr<TcpStream>> accepted;
    connect(&listener, &DescriptorListener::descriptorReady, &listener,
        [&accepted](qintptr descriptor) { accepted.push_back(std::make_unique<TcpStream>(descriptor)); });
    std::vector<std::unique_ptr<TcpStream>> clients;
    for (int i = 0; i < Streams; ++i) {
        auto *connector = new TcpConnector(&listener);
        connect(connector, &TcpConnector::connected, connector,
            [&clients](TcpStream *stream) { clients.emplace_back(stream); });
        connector->connectToHost(QStringLiteral("127.0.0.1"), listener.serverPort(), 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(clients.size()), Streams, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(accepted.size()), Streams, 20000);
    QCOMPARE(poller->watchCount(), before + 1 + 2 * Streams);

    // No stream watches its descriptor with a notifier of its own: the dispatcher sees one per thread.
    for (const auto &stream : accepted)
        QVERIFY(stream->findChildren<QSocketNotifier *>().isEmpty());

    // Every server stream answers its client with what it got, prefixed: each byte reached the right one.
    std::vector<QByteArray> answers;
    answers.resize(size_t(Streams));
    for (size_t i = 0; i < accepted.size(); ++i) {
        TcpStream *server = accepted[i].get();
        connect(server, &ByteStream::received, server,
            [server](const QByteArray &chunk) { server->write(QByteArray("echo:" + chunk)); });
    }
    for (size_t i = 0; i < clients.size(); ++i) {
        connect(clients[i].get(), &ByteStream::received, clients[i].get(),
            [&answers, i](const QByteArray &chunk) { answers[i] += chunk; });
        clients[i]->write(QByteArray("client " + QByteArray::number(qulonglong(i))));
    }
    for (size_t i = 0; i < clients.size(); ++i)
        QTRY_COMPARE_WITH_TIMEOUT(
            answers[i], QByteArray("echo:client " + QByteArray::number(qulonglong(i))), 20000);

    accepted.clear();
    clients.clear();
    listener.shut();
    QCOMPARE(poller->watchCount(), before);
}

void tst_Poller::dispatchIsBoundedPerWake()
{
    constexpr int Pairs = Poller::MaxEventsPerWake + 36;
    Poller *poller = Poller::forCurrentThread();
    std::vector<std::unique_ptr<SocketPair>> pairs;
    std::vector<std::unique_ptr<PollWatch>> watches;
    std::vector<quint64> servedInWake(size_t(Pairs), 0);
    for (int i = 0; i < Pairs; ++i) {
        pairs.push_back(std::make_unique<SocketPair>());
        QVERIFY(pairs.back()->isValid());
        pairs.back()->send("x");
        auto watch = std::make_unique<PollWatch>();
        SocketPair *pair = pairs.back().get();
        watch->start(pair->end[0], [poller, pair, &servedInWake, i](Poller::Event) {
            if (servedInWake[size_t(i)] == 0)
                servedInWake[size_t(i)] = poller->wakeCount();
            pair->drain();
        });
        QCOMPARE(watch->setInterest(Poller::Readable), 0);
        watches.push_back(std::move(watch));
    }
    const quint64 firstWake = poller->wakeCount() + 1;
    QTRY_VERIFY(
        std::all_of(servedInWake.cbegin(), servedInWake.cend(), [](quint64 wake) { return wake != 0; }));
    // Every one was ready at once; no wake-up took more than its share (fewer when the turn's time budget
    // ran out first on a busy machine).
    QVERIFY(std::count(servedInWake.cbegin(), servedInWake.cend(), firstWake) > 0);
    for (quint64 wake = firstWake; wake <= poller->wakeCount(); ++wake)
        QVERIFY(std::count(servedInWake.cbegin(), servedInWake.cend(), wake) <= Poller::MaxEventsPerWake);
    QVERIFY(poller->wakeCount() > firstWake); // so more than one wake-up was needed
}

void tst_Poller::stoppedWatchLosesItsPendingEvent()
{
    // Both descriptors are ready in the same batch; whichever handler runs first stops the other watch and
    // starts a new one on a third, ready descriptor, which takes the freed slot. The stale event of the
    // stopped watch must reach neither the stopped handler nor the new one.
    Poller *poller = Poller::forCurrentThread();
    SocketPair a, b, c;
    QVERIFY(a.isValid() && b.isValid() && c.isValid());
    a.send("a");
    b.send("b");
    c.send("c");
    PollWatch watchA, watchB, watchC;
    int callsA = 0, callsB = 0;
    quint64 stoppedInWake = 0;
    quint64 firstCallOfC = 0;
    auto stopOther = [&](PollWatch &other) {
        other.stop();
        stoppedInWake = poller->wakeCount();
        watchC.start(c.end[0], [&](Poller::Event) {
            if (firstCallOfC == 0)
                firstCallOfC = poller->wakeCount();
            c.drain();
        });
        QCOMPARE(watchC.setInterest(Poller::Readable), 0);
    };
    watchA.start(a.end[0], [&](Poller::Event) {
        ++callsA;
        a.drain();
        if (callsB == 0 && watchB.isStarted())
            stopOther(watchB);
    });
    watchB.start(b.end[0], [&](Poller::Event) {
        ++callsB;
        b.drain();
        if (callsA == 0 && watchA.isStarted())
            stopOther(watchA);
    });
    QCOMPARE(watchA.setInterest(Poller::Readable), 0);
    QCOMPARE(watchB.setInterest(Poller::Readable), 0);
    QTRY_VERIFY(firstCallOfC != 0);
    QCOMPARE(callsA + callsB, 1);
    QVERIFY2(firstCallOfC > stoppedInWake, "the stopped watch's pending event reached the slot's new owner");
}

void tst_Poller::streamDeletedWhileItsEventIsPending()
{
    // Two streams with bytes waiting in the same wake; the first to hear of them deletes the other, as a
    // session that closes all its connections would.
    LoopbackPair one, two;
    QVERIFY(one.open());
    QVERIFY(two.open());
    int deliveries = 0;
    auto deleteOther = [&](std::unique_ptr<TcpStream> &other) {
        ++deliveries;
        other.reset();
    };
    connect(one.server.get(), &ByteStream::received, one.server.get(),
        [&](const QByteArray &) { deleteOther(two.server); });
    connect(two.server.get(), &ByteStream::received, two.server.get(),
        [&](const QByteArray &) { deleteOther(one.server); });
    QVERIFY(one.client->write("to one"));
    QVERIFY(two.client->write("to two"));
    QThread::msleep(50); // both arrive before the event loop looks
    QTRY_COMPARE(deliveries, 1);
    QTest::qWait(100);
    QCOMPARE(deliveries, 1);
    QVERIFY(bool(one.server) != bool(two.server));
    // The survivor still works.
    TcpStream *survivor = one.server ? one.server.get() : two.server.get();
    TcpStream *peer = one.server ? one.client.get() : two.client.get();
    Collector atPeer(peer);
    QVERIFY(survivor->write("still here"));
    QTRY_COMPARE(atPeer.bytes, QByteArray("still here"));
    // And the deleted stream's peer sees the connection end (reset: it had unread bytes).
    TcpStream *orphan = one.server ? two.client.get() : one.client.get();
    QTRY_VERIFY(!orphan->isReadOpen());
}

void tst_Poller::interestDroppedInBatchIsHonoured()
{
    // Both ready in one batch; the first handler takes the other's read interest away (a pause): the other's
    // pending event is skipped, then served once interest returns.
    SocketPair a, b;
    QVERIFY(a.isValid() && b.isValid());
    a.send("a");
    b.send("b");
    PollWatch watchA, watchB;
    int callsA = 0, callsB = 0;
    watchA.start(a.end[0], [&](Poller::Event) {
        ++callsA;
        a.drain();
        if (callsB == 0)
            QCOMPARE(watchB.setInterest({}), 0);
    });
    watchB.start(b.end[0], [&](Poller::Event) {
        ++callsB;
        b.drain();
        if (callsA == 0)
            QCOMPARE(watchA.setInterest({}), 0);
    });
    QCOMPARE(watchA.setInterest(Poller::Readable), 0);
    QCOMPARE(watchB.setInterest(Poller::Readable), 0);
    QTRY_COMPARE(callsA + callsB, 1);
    QTest::qWait(100);
    QCOMPARE(callsA + callsB, 1);
    PollWatch &paused = callsA == 0 ? watchA : watchB;
    QCOMPARE(paused.interest(), Poller::Events());
    QCOMPARE(paused.setInterest(Poller::Readable), 0);
    QTRY_COMPARE(callsA + callsB, 2);
    QCOMPARE(callsA, 1);
    QCOMPARE(callsB, 1);
}

void tst_Poller::pausedDescriptorCausesNoWakeups()
{
    // A paused descriptor whose peer has sent bytes and hung up is readable and hung up for good: in the
    // epoll set (level-triggered) it would wake the thread on every turn.
    Poller *poller = Poller::forCurrentThread();
    auto pair = std::make_unique<SocketPair>();
    QVERIFY(pair->isValid());
    int calls = 0;
    PollWatch watch;
    watch.start(pair->end[0], [&](Poller::Event) { ++calls; });
    QCOMPARE(watch.setInterest(Poller::Readable), 0);
    QCOMPARE(watch.setInterest({}), 0);
    pair->send("bytes, then gone");
    ::close(pair->end[1]);
    pair->end[1] = -1;
    const quint64 wakes = poller->wakeCount();
    QTest::qWait(200);
    QCOMPARE(calls, 0);
    QCOMPARE(poller->wakeCount(), wakes);
    QCOMPARE(watch.setInterest(Poller::Writable), 0); // a hang-up is told to the watched side
    QTRY_VERIFY(calls > 0);
    watch.stop();
    const quint64 afterStop = poller->wakeCount();
    QTest::qWait(100);
    QCOMPARE(poller->wakeCount(), afterStop);
}

void tst_Poller::pauseAndResumeOfAStream()
{
    Poller *poller = Poller::forCurrentThread();
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    pair.server->setReadPaused(true);
    QVERIFY(pair.client->write("while paused"));
    pair.client->shutdownWrite();
    QTest::qWait(100); // the client's bytes and FIN are out
    const quint64 wakes = poller->wakeCount();
    QTest::qWait(200);
    QVERIFY(atServer.bytes.isEmpty());
    QVERIFY(!atServer.peerClosed);
    QCOMPARE(poller->wakeCount(), wakes); // nothing watched is ready but the paused stream
    pair.server->setReadPaused(false);
    QTRY_VERIFY(atServer.peerClosed);
    QCOMPARE(atServer.bytes, QByteArray("while paused"));
    // Paused again after the peer's FIN: reading has ended, so resuming must not bring it back.
    pair.server->setReadPaused(true);
    pair.server->setReadPaused(false);
    const quint64 afterEnd = poller->wakeCount();
    QTest::qWait(100);
    QCOMPARE(poller->wakeCount(), afterEnd);
    QVERIFY(pair.server->write("answer"));
    Collector atClient(pair.client.get());
    QTRY_COMPARE(atClient.bytes, QByteArray("answer"));
}

void tst_Poller::floodingConnectionDoesNotStarveTrickle()
{
    // The flood's server reads in 4 KiB chunks, so several MiB already in its kernel buffer take hundreds of
    // reads; a trickle's byte that arrives meanwhile waits at most a turn or two, not until the flood is
    // drained.
    LoopbackPair flood, trickle;
    QVERIFY(flood.open());
    QVERIFY(trickle.open());
    flood.server->setMaxChunkSize(4096);
    qint64 floodReceived = 0;
    int floodReads = 0;
    connect(flood.server.get(), &ByteStream::received, flood.server.get(), [&](const QByteArray &chunk) {
        floodReceived += chunk.size();
        ++floodReads;
    });
    std::vector<int> floodReadsAtTrickle;
    connect(trickle.server.get(), &ByteStream::received, trickle.server.get(), [&](const QByteArray &chunk) {
        floodReadsAtTrickle.insert(floodReadsAtTrickle.end(), chunk.size(), floodReads);
    });

    const QByteArray data = pattern(8 * 1024 * 1024, 9);
    flood.server->setReadPaused(true);
    QVERIFY(flood.client->write(data));
    QTest::qWait(200); // the kernel buffers fill
    flood.server->setReadPaused(false);
    constexpr int Trickles = 10;
    for (int i = 0; i < Trickles; ++i) {
        QVERIFY(trickle.client->write("t"));
        const int readsBefore = floodReads;
        // Turn by turn (QTRY would idle 50 ms at a time, long enough for the flood to end).
        QElapsedTimer waited;
        waited.start();
        while (int(floodReadsAtTrickle.size()) < i + 1 && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // one turn
        QCOMPARE(int(floodReadsAtTrickle.size()), i + 1);
        QVERIFY2(floodReadsAtTrickle.back() - readsBefore <= 4,
            qPrintable(QStringLiteral("the flood got %1 reads before the trickle's byte")
                           .arg(floodReadsAtTrickle.back() - readsBefore)));
        QVERIFY2(floodReceived < data.size(),
            qPrintable(QStringLiteral("trickle %1: flood done after %2 reads")
                           .arg(i)
                           .arg(floodReads))); // the flood was still going
    }
    QTRY_COMPARE_WITH_TIMEOUT(floodReceived, data.size(), 20000);
}

void tst_Poller::eachThreadHasItsOwnPoller()
{
    Poller *here = Poller::forCurrentThread();
    QPointer<Poller> there;
    bool stable = false;
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    connect(&thread, &QThread::started, &worker, [&] {
        there = Poller::forCurrentThread();
        stable = Poller::forCurrentThread() == there;
        QThread::currentThread()->quit();
    });
    thread.start();
    QVERIFY(thread.wait(5000));
    QVERIFY(stable);
    QCOMPARE(Poller::forCurrentThread(), here);
    // It went with its thread (its epoll descriptor closed), not left behind.
    QVERIFY(there.isNull());
}

QTEST_GUILESS_MAIN(tst_Poller)
#include "tst_poller.moc"
