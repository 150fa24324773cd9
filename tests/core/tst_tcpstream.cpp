#include "loopbackpair.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_TcpStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints();
    void roundTrip_data();
    void roundTrip();
    void halfCloseFromClient();
    void halfCloseFromServer();
    void writeAfterShutdownIsRefused();
    void peerResetMidTransfer();
    void abortDropsQueuedBytes();
    void pausedReadingAppliesBackpressure();
    void gracefulCloseDeliversQueuedBytes();
    void closeWithUnreadBytesStillDeliversOurs();
    void ipv6Loopback();
    void floodIsReadInWholeChunks();
    void floodsTailIsNotHeldBack();
    void endOfInputIsNotHeldBack();
    void pauseHoldsWhileReadingWholeChunks();
};

namespace {

/// A socat process sending a file to a port on 127.0.0.1 in its own 8 KiB writes, as the window's flood
/// bench does: a real peer that writes as fast as it can, in another process, while we read.
struct SocatFlood
{
    QTemporaryFile file;
    QProcess socat;
    std::unique_ptr<TcpStream> server;

    bool start(const QByteArray &bytes)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty()) {
            qWarning("socat is missing");
            return false;
        }
        if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
            return false;
        DescriptorListener listener;
        if (!listener.listen(QHostAddress(QHostAddress::LocalHost), 0))
            return false;
        qintptr accepted = -1;
        QObject::connect(&listener, &DescriptorListener::descriptorReady, &listener,
            [&accepted](qintptr descriptor) { accepted = descriptor; });
        socat.start(QStringLiteral("socat"),
            { QStringLiteral("-u"), QStringLiteral("OPEN:%1").arg(file.fileName()),
                QStringLiteral("TCP:127.0.0.1:%1").arg(listener.serverPort()) });
        if (!QTest::qWaitFor([&] { return accepted >= 0; }, 5000))
            return false;
        server = std::make_unique<TcpStream>(accepted);
        return true;
    }
    ~SocatFlood()
    {
        socat.kill();
        socat.waitForFinished(2000);
    }
};

/// Each chunk a stream emits, and whether it was reading whole chunks when it emitted it.
struct ChunkLog
{
    QByteArray bytes;
    std::vector<qsizetype> sizes;
    int wholeChunkReads = 0;
    bool peerClosed = false;

    explicit ChunkLog(TcpStream *stream)
    {
        QObject::connect(stream, &ByteStream::received, stream, [this, stream](const QByteArray &chunk) {
            bytes += chunk;
            sizes.push_back(chunk.size());
            if (stream->isReadingWholeChunks())
                ++wholeChunkReads;
        });
        QObject::connect(stream, &ByteStream::peerHalfClosed, stream, [this] { peerClosed = true; });
    }
};

// Floods server from client until the server reads whole chunks (a few MiB written at once, read back to
// back as they come).
bool floodUntilWholeChunks(LoopbackPair &pair, ChunkLog &log, qsizetype size, int seed)
{
    const QByteArray flood = pattern(size, seed);
    const qsizetype before = log.bytes.size();
    if (!pair.client->write(flood))
        return false;
    if (!QTest::qWaitFor([&] { return log.bytes.size() == before + size; }, 20000))
        return false;
    return log.wholeChunkReads > 0 && log.bytes.mid(before) == flood;
}

} // namespace

void tst_TcpStream::endpoints()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    QCOMPARE(pair.client->peerEndpoint(), pair.server->localEndpoint());
    QCOMPARE(pair.server->peerEndpoint(), pair.client->localEndpoint());
    QCOMPARE(pair.client->peerEndpoint().address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(pair.client->localEndpoint().port != 0);
    QVERIFY(pair.client->isOpen() && pair.client->isReadOpen() && pair.client->isWriteOpen());
}

void tst_TcpStream::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addRow("1 byte") << qsizetype(1);
    QTest::addRow("1 KiB") << qsizetype(1024);
    QTest::addRow("1 MiB") << qsizetype(1024 * 1024);
    QTest::addRow("16 MiB") << qsizetype(16 * 1024 * 1024);
}

void tst_TcpStream::roundTrip()
{
    QFETCH(qsizetype, size);
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    Collector atClient(pair.client.get());
    const QByteArray up = pattern(size, 1);
    const QByteArray down = pattern(size, 2);
    QVERIFY(pair.client->write(up));
    QVERIFY(pair.server->write(down));
    QTRY_COMPARE_WITH_TIMEOUT(atServer.bytes.size(), size, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(atClient.bytes.size(), size, 20000);
    QCOMPARE(atServer.bytes, up);
    QCOMPARE(atClient.bytes, down);
    QCOMPARE(pair.client->bytesToWrite(), 0);
}

void tst_TcpStream::halfCloseFromClient()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    Collector atClient(pair.client.get());
    QSignalSpy shutDown(pair.client.get(), &ByteStream::writeShutDown);
    QVERIFY(shutDown.isValid());

    pair.client->write("request");
    pair.client->shutdownWrite();
    QVERIFY(!pair.client->isWriteOpen());
    QTRY_VERIFY(atServer.peerClosed);
    QCOMPARE(atServer.bytes, QByteArray("request"));
    QCOMPARE(shutDown.count(), 1);
    // The server can still answer after the client's end of input: the point of half-close.
    QVERIFY(pair.server->isWriteOpen());
    QVERIFY(pair.server->write("answer"));
    pair.server->shutdownWrite();
    QTRY_VERIFY(atClient.closed);
    QTRY_VERIFY(atServer.closed);
    QCOMPARE(atClient.bytes, QByteArray("answer"));
    QCOMPARE(atClient.error, StreamError::None);
    QCOMPARE(atServer.error, StreamError::None);
}

void tst_TcpStream::halfCloseFromServer()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    Collector atClient(pair.client.get());
    pair.server->write("banner\r\n");
    pair.server->shutdownWrite();
    QTRY_VERIFY(atClient.peerClosed);
    QVERIFY(!atClient.closed);
    QVERIFY(pair.client->write("late words"));
    QTRY_COMPARE(atServer.bytes, QByteArray("late words"));
    pair.client->close();
    QTRY_VERIFY(atServer.closed);
    QCOMPARE(atClient.bytes, QByteArray("banner\r\n"));
}

void tst_TcpStream::writeAfterShutdownIsRefused()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    pair.client->shutdownWrite();
    QVERIFY(!pair.client->write("no"));
    QCOMPARE(pair.client->bytesToWrite(), 0);
}

void tst_TcpStream::peerResetMidTransfer()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atClient(pair.client.get());
    QSignalSpy errors(pair.client.get(), &ByteStream::errorOccurred);
    QVERIFY(errors.isValid());
    int received = 0;
    connect(pair.server.get(), &ByteStream::received, pair.server.get(), [&](const QByteArray &chunk) {
        received += int(chunk.size());
        if (received > 1024 * 1024 && pair.server->isOpen())
            pair.server->abort();
    });
    // Far more than socket buffers hold, so the client is mid-transfer when the reset arrives.
    pair.client->write(pattern(64 * 1024 * 1024, 3));
    QTRY_VERIFY_WITH_TIMEOUT(atClient.closed, 10000);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().at(0).value<StreamError>(), StreamError::ConnectionReset);
    QVERIFY(!pair.client->errorString().isEmpty());
    QVERIFY(pair.server->state() == ByteStream::State::Closed);
}

void tst_TcpStream::abortDropsQueuedBytes()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    pair.server->setReadPaused(true);
    pair.client->write(pattern(32 * 1024 * 1024, 4));
    QTRY_VERIFY(pair.client->bytesToWrite() > 0);
    QSignalSpy closed(pair.client.get(), &ByteStream::closed);
    pair.client->abort();
    QCOMPARE(closed.count(), 1);
    QCOMPARE(pair.client->bytesToWrite(), 0);
    pair.server->setReadPaused(false);
    QTRY_VERIFY(atServer.closed);
    QCOMPARE(atServer.error, StreamError::ConnectionReset);
}

void tst_TcpStream::pausedReadingAppliesBackpressure()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    pair.server->setReadPaused(true);
    QVERIFY(pair.server->isReadPaused());
    const QByteArray data = pattern(48 * 1024 * 1024, 5);
    pair.client->write(data);
    QTest::qWait(200);
    QVERIFY(atServer.bytes.isEmpty());
    // The kernel buffers fill and the rest waits on our side: flow control, nothing lost.
    QVERIFY(pair.client->bytesToWrite() > 0);
    pair.server->setReadPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(atServer.bytes.size(), data.size(), 20000);
    QCOMPARE(atServer.bytes, data);
}

void tst_TcpStream::gracefulCloseDeliversQueuedBytes()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atServer(pair.server.get());
    const QByteArray data = pattern(8 * 1024 * 1024, 6);
    pair.client->write(data);
    pair.client->close();
    QVERIFY(!pair.client->isWriteOpen());
    QTRY_VERIFY_WITH_TIMEOUT(atServer.peerClosed, 20000);
    QCOMPARE(atServer.bytes, data);
    QTRY_VERIFY(pair.client->state() == ByteStream::State::Closed);
}

void tst_TcpStream::closeWithUnreadBytesStillDeliversOurs()
{
    // The server has not read what the client sent (its reading is paused) when it sends a lot and closes:
    // a plain close() would answer with a reset and could drop what was still in flight.
    LoopbackPair pair;
    QVERIFY(pair.open());
    Collector atClient(pair.client.get());
    Collector atServer(pair.server.get());
    pair.server->setReadPaused(true);
    pair.client->write(pattern(64 * 1024, 8));
    QTest::qWait(100); // the bytes reach the server's kernel buffer, unread
    const QByteArray data = pattern(4 * 1024 * 1024, 9);
    pair.server->write(data);
    pair.server->close();
    QTRY_VERIFY_WITH_TIMEOUT(atClient.peerClosed, 20000);
    QCOMPARE(atClient.bytes.size(), data.size());
    QVERIFY(atClient.bytes == data);
    QCOMPARE(atClient.error, StreamError::None); // an orderly end, not a reset
    QCOMPARE(atServer.bytes.size(), 64 * 1024); // what arrived before the close was taken, and recorded
}

void tst_TcpStream::ipv6Loopback()
{
    LoopbackPair pair;
    if (!pair.open(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("no IPv6 loopback on this machine");
    QCOMPARE(pair.client->peerEndpoint().address, QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(pair.client->peerEndpoint().toString().startsWith(QLatin1String("[::1]:")));
    Collector atServer(pair.server.get());
    pair.client->write("over v6");
    QTRY_COMPARE(atServer.bytes, QByteArray("over v6"));
}

void tst_TcpStream::floodIsReadInWholeChunks()
{
    // socat writes 8 KiB at a time in another process while we read: without the low-water mark each
    // event-loop turn read what came since the last (tens of KiB in the window); now whole chunks.
    const QByteArray data = pattern(32 * 1024 * 1024, 11);
    SocatFlood flood;
    QVERIFY(flood.start(data));
    ChunkLog log(flood.server.get());
    QTRY_VERIFY_WITH_TIMEOUT(log.peerClosed, 30000);
    QCOMPARE(log.bytes.size(), data.size());
    QVERIFY(log.bytes == data); // every byte, in order
    constexpr qsizetype Chunk = 256 * 1024;
    const qsizetype whole = std::count(log.sizes.cbegin(), log.sizes.cend(), Chunk);
    const qsizetype mean = data.size() / qsizetype(log.sizes.size());
    QVERIFY2(mean >= Chunk / 2,
        qPrintable(QStringLiteral("%1 reads, %2 bytes each on average, %3 of them whole chunks")
                       .arg(log.sizes.size())
                       .arg(mean)
                       .arg(whole)));
    QVERIFY(log.wholeChunkReads > 0);
}

void tst_TcpStream::floodsTailIsNotHeldBack()
{
    // After a flood, a few bytes less than the low-water mark: read once no read came for FloodIdleMs,
    // without the peer closing.
    LoopbackPair pair;
    QVERIFY(pair.open());
    ChunkLog log(pair.server.get());
    QVERIFY(floodUntilWholeChunks(pair, log, 8 * 1024 * 1024, 12));
    QElapsedTimer waited;
    waited.start();
    QVERIFY(pair.client->write("tail"));
    QTRY_VERIFY_WITH_TIMEOUT(log.bytes.endsWith("tail"), 2000);
    QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
    QTRY_VERIFY(!pair.server->isReadingWholeChunks());
    // And later small writes come as they are, one read each.
    const size_t reads = log.sizes.size();
    QVERIFY(pair.client->write("more"));
    QTRY_COMPARE(log.sizes.size(), reads + 1);
    QVERIFY(log.bytes.endsWith("tailmore"));
    QVERIFY(!pair.server->isReadingWholeChunks());
}

void tst_TcpStream::endOfInputIsNotHeldBack()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    ChunkLog log(pair.server.get());
    const QByteArray flood = pattern(8 * 1024 * 1024, 13);
    QVERIFY(pair.client->write(flood));
    QVERIFY(pair.client->write("last"));
    pair.client->shutdownWrite();
    QTRY_VERIFY_WITH_TIMEOUT(log.peerClosed, 20000);
    QVERIFY(log.wholeChunkReads > 0);
    QVERIFY(log.bytes == flood + "last");
    QVERIFY(!pair.server->isReadOpen());
}

void tst_TcpStream::pauseHoldsWhileReadingWholeChunks()
{
    // Backpressure is the pause, whatever the mode: paused, nothing is read and the peer is held back by TCP;
    // resumed, every byte comes, in order.
    LoopbackPair pair;
    QVERIFY(pair.open());
    ChunkLog log(pair.server.get());
    qsizetype atPause = -1;
    TcpStream *server = pair.server.get();
    // Paused from the first whole-chunk read on, inside its handler, as the capture's backpressure does.
    connect(server, &ByteStream::received, server, [&] {
        if (atPause < 0 && server->isReadingWholeChunks()) {
            server->setReadPaused(true);
            atPause = log.bytes.size();
        }
    });
    const QByteArray flood = pattern(32 * 1024 * 1024, 14);
    QVERIFY(pair.client->write(flood));
    QTRY_VERIFY_WITH_TIMEOUT(atPause >= 0, 20000);
    QVERIFY(atPause < flood.size());
    QTest::qWait(200);
    QCOMPARE(log.bytes.size(), atPause);
    QVERIFY(pair.client->bytesToWrite() > 0); // the kernel's buffers are full: flow control
    pair.server->setReadPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(log.bytes.size(), flood.size(), 20000);
    QVERIFY(log.bytes == flood);
}

QTEST_GUILESS_MAIN(tst_TcpStream)
#include "tst_tcpstream.moc"
