#include "capture/capturestore.h"
#include "loopbackpair.h"
#include "session/connection.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_Connection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsEveryChunkAndCounts();
    void statesFollowHalfCloses();
    void sendAfterShutdownIsRefusedAndNotRecorded();
    void idleTimeoutCloses();
    void echoHoldsBackForASlowReader();
    void peerResetIsRecorded();
    void forwardsWhatFrontsNeed();
    void frontPausesReading();
    void floodIsCapturedWholeUnderBackpressure();
};

namespace {

struct Fixture
{
    LoopbackPair pair;
    CaptureStore capture;
    Connection *connection = nullptr;
    std::unique_ptr<Connection> owner;
    std::unique_ptr<TcpStream> peer;

    bool open(ServerBehaviour behaviour = ServerBehaviour::Manual)
    {
        if (!pair.open())
            return false;
        owner = std::make_unique<Connection>(7, 3, pair.server.release(), &capture, EventKind::Accepted);
        connection = owner.get();
        connection->setBehaviour(behaviour);
        peer = std::move(pair.client);
        return true;
    }

    QList<EventKind> kinds()
    {
        QList<EventKind> result;
        for (qint64 row = 0; row < capture.count(); ++row)
            result.append(capture.event(row).kind);
        return result;
    }
};

} // namespace

void tst_Connection::recordsEveryChunkAndCounts()
{
    Fixture f;
    QVERIFY(f.open());
    QCOMPARE(f.connection->id(), 7u);
    QCOMPARE(f.connection->sessionId(), 3u);
    QCOMPARE(f.capture.connectionInfo(7).peer, f.peer->localEndpoint());
    QByteArray received;
    connect(f.connection, &Connection::received, this, [&](const QByteArray &chunk) { received += chunk; });
    const QByteArray up = pattern(3 * 1024 * 1024, 1);
    f.peer->write(up);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), up.size(), 10000);
    QCOMPARE(f.connection->bytesReceived(), up.size());
    QVERIFY(f.connection->send("reply"));
    QCOMPARE(f.connection->bytesSent(), 5);

    f.capture.flush();
    QByteArray captured;
    QByteArray capturedOut;
    for (qint64 row = 0; row < f.capture.count(); ++row) {
        const CaptureEvent event = f.capture.event(row);
        QCOMPARE(event.connectionId, 7u);
        QCOMPARE(event.sessionId, 3u);
        if (event.direction == Direction::Inbound)
            captured += f.capture.payload(row);
        else if (event.direction == Direction::Outbound)
            capturedOut += f.capture.payload(row);
    }
    QCOMPARE(captured, up);
    QCOMPARE(capturedOut, QByteArray("reply"));
    QCOMPARE(f.capture.event(0).kind, EventKind::Accepted);
}

void tst_Connection::statesFollowHalfCloses()
{
    Fixture f;
    QVERIFY(f.open());
    QCOMPARE(f.connection->state(), Connection::State::Open);
    f.connection->shutdownWrite();
    QTRY_COMPARE(f.connection->state(), Connection::State::LocalHalfClosed);
    QSignalSpy closed(f.connection, &Connection::closed);
    f.peer->shutdownWrite();
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(f.connection->state(), Connection::State::Closed);
    QVERIFY(f.connection->closedWallClockNs() >= f.connection->openedWallClockNs());
    const QList<EventKind> kinds = f.kinds();
    QVERIFY(kinds.contains(EventKind::LocalHalfClosed));
    QVERIFY(kinds.contains(EventKind::PeerHalfClosed));
    QCOMPARE(kinds.last(), EventKind::Closed);
}

void tst_Connection::sendAfterShutdownIsRefusedAndNotRecorded()
{
    Fixture f;
    QVERIFY(f.open());
    f.connection->shutdownWrite();
    const qint64 before = f.capture.count();
    QVERIFY(!f.connection->send("late"));
    QCOMPARE(f.capture.count(), before);
    QCOMPARE(f.connection->bytesSent(), 0);
}

void tst_Connection::idleTimeoutCloses()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy idle(f.connection, &Connection::idleTimedOut);
    f.connection->setIdleTimeout(200);
    // Traffic keeps it alive...
    for (int i = 0; i < 4; ++i) {
        f.peer->write("x");
        QTest::qWait(100);
    }
    QCOMPARE(idle.count(), 0);
    // ...silence ends it.
    QTRY_COMPARE(idle.count(), 1);
    QTRY_COMPARE(f.connection->state(), Connection::State::Closed);
    QVERIFY(f.kinds().contains(EventKind::Error));
}

void tst_Connection::echoHoldsBackForASlowReader()
{
    Fixture f;
    QVERIFY(f.open(ServerBehaviour::Echo));
    f.peer->setReadPaused(true);
    const QByteArray data = pattern(64 * 1024 * 1024, 9);
    f.peer->write(data);
    QTest::qWait(500);
    // The echo queue stays near its high-water mark instead of holding everything the peer sent.
    QVERIFY2(f.connection->bytesToWrite() < 8 * 1024 * 1024,
        qPrintable(QString::number(f.connection->bytesToWrite())));
    QByteArray echoed;
    connect(f.peer.get(), &ByteStream::received, this, [&](const QByteArray &chunk) { echoed += chunk; });
    f.peer->setReadPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), data.size(), 30000);
    QCOMPARE(echoed, data);
}

void tst_Connection::peerResetIsRecorded()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy closed(f.connection, &Connection::closed);
    f.peer->abort();
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(f.connection->errorString(), QStringLiteral("connection reset by peer"));
    f.capture.flush();
    bool found = false;
    for (qint64 row = 0; row < f.capture.count(); ++row) {
        if (f.capture.event(row).kind == EventKind::Error)
            found = f.capture.payload(row) == "connection reset by peer";
    }
    QVERIFY(found);
}

void tst_Connection::forwardsWhatFrontsNeed()
{
    // Fronts never see the stream: the connection forwards half-closes, queued bytes and errors.
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy written(f.connection, &Connection::bytesWritten);
    QSignalSpy peerHalfClosed(f.connection, &Connection::peerHalfClosed);
    QSignalSpy writeShutDown(f.connection, &Connection::writeShutDown);
    QSignalSpy failed(f.connection, &Connection::errorOccurred);
    QVERIFY(written.isValid() && peerHalfClosed.isValid() && writeShutDown.isValid() && failed.isValid());
    QVERIFY(f.connection->isReadOpen());
    QVERIFY(f.connection->isWriteOpen());
    QCOMPARE(f.connection->error(), StreamError::None);

    const QByteArray data = pattern(1024 * 1024, 4);
    QVERIFY(f.connection->send(data));
    QTRY_COMPARE(f.connection->bytesToWrite(), 0);
    qint64 total = 0;
    for (const QList<QVariant> &arguments : std::as_const(written))
        total += arguments.first().toLongLong();
    QCOMPARE(total, data.size());

    f.peer->shutdownWrite();
    QTRY_COMPARE(peerHalfClosed.count(), 1);
    QVERIFY(!f.connection->isReadOpen());
    QVERIFY(f.connection->isWriteOpen());
    f.connection->shutdownWrite();
    QVERIFY(!f.connection->isWriteOpen());
    QTRY_COMPARE(writeShutDown.count(), 1);
    QCOMPARE(failed.count(), 0);

    Fixture reset;
    QVERIFY(reset.open());
    QSignalSpy resetFailed(reset.connection, &Connection::errorOccurred);
    reset.peer->abort();
    QTRY_COMPARE(resetFailed.count(), 1);
    QCOMPARE(resetFailed.first().at(0).value<StreamError>(), StreamError::ConnectionReset);
    QCOMPARE(resetFailed.first().at(1).toString(), QStringLiteral("connection reset by peer"));
    QCOMPARE(reset.connection->error(), StreamError::ConnectionReset);
}

void tst_Connection::frontPausesReading()
{
    Fixture f;
    QVERIFY(f.open());
    QByteArray received;
    connect(f.connection, &Connection::received, this, [&](const QByteArray &chunk) { received += chunk; });
    f.connection->setReadPaused(true);
    QVERIFY(f.connection->isReadPaused());
    f.peer->write("held back");
    QTest::qWait(200);
    QVERIFY(received.isEmpty());
    f.connection->setReadPaused(false);
    QVERIFY(!f.connection->isReadPaused());
    QTRY_COMPARE(received, QByteArray("held back"));

    // A front's pause outlasts the connection's own: the end of capture backpressure does not lift it.
    f.connection->setReadPaused(true);
    Q_EMIT f.capture.backpressureChanged(false);
    QVERIFY(f.connection->isReadPaused());
}

void tst_Connection::floodIsCapturedWholeUnderBackpressure()
{
    // A real peer flooding from another process (socat, 8 KiB writes), into a capture whose spool queue may
    // hold only 2 MiB: the connection reads whole chunks, pauses whenever the spool falls behind, and the
    // capture still has every byte, in order.
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is missing");
    const QByteArray data = pattern(48 * 1024 * 1024, 21);
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(data), data.size());
    QVERIFY(file.flush());
    DescriptorListener listener;
    QVERIFY(listener.listen(QHostAddress(QHostAddress::LocalHost), 0));
    qintptr accepted = -1;
    connect(&listener, &DescriptorListener::descriptorReady, &listener,
        [&accepted](qintptr descriptor) { accepted = descriptor; });
    QProcess socat;
    socat.start(QStringLiteral("socat"),
        { QStringLiteral("-u"), QStringLiteral("OPEN:%1").arg(file.fileName()),
            QStringLiteral("TCP:127.0.0.1:%1").arg(listener.serverPort()) });
    QTRY_VERIFY(accepted >= 0);

    CaptureStore capture;
    capture.setBackpressureLimit(2 * 1024 * 1024);
    QSignalSpy backpressure(&capture, &CaptureStore::backpressureChanged);
    QVERIFY(backpressure.isValid());
    auto *stream = new TcpStream(accepted);
    Connection connection(1, 1, stream, &capture, EventKind::Accepted);
    bool wholeChunks = false;
    connect(&connection, &Connection::received, this,
        [&] { wholeChunks = wholeChunks || stream->isReadingWholeChunks(); });
    QSignalSpy ended(&connection, &Connection::peerHalfClosed);
    QVERIFY(ended.wait(60000));
    QCOMPARE(connection.bytesReceived(), data.size());
    QVERIFY(!backpressure.isEmpty() && backpressure.first().first().toBool()); // the spool held it back

    capture.flush();
    QByteArray captured;
    qint64 rows = 0;
    for (qint64 row = 0; row < capture.count(); ++row) {
        if (capture.event(row).direction != Direction::Inbound)
            continue;
        captured += capture.payload(row);
        ++rows;
    }
    QCOMPARE(captured.size(), data.size());
    QVERIFY(captured == data);
    QCOMPARE(rows, connection.chunksReceived());
    // Whole chunks, not what trickled in between two turns: a row per 128 KiB or fewer.
    QVERIFY2(rows <= data.size() / (128 * 1024), qPrintable(QString::number(rows)));
    QVERIFY(wholeChunks);
    socat.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
