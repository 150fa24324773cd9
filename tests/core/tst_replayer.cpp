#include "capture/capturestore.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "transcript/replayer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_Replayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheRecordedSideExactly_data();
    void sendsTheRecordedSideExactly();
    void keepsTheRecordedPace();
    void replayIsCaptured();

private:
    /// Replays source's connection 1 to a fresh loopback server; returns what the server received.
    QByteArray replay(const CaptureStore &source, Replayer::Pace pace, qint64 *elapsedMs = nullptr);

    QTemporaryDir m_dir;
};

QByteArray tst_Replayer::replay(const CaptureStore &source, Replayer::Pace pace, qint64 *elapsedMs)
{
    Workbench workbench(m_dir.path());
    ServerSession *server = workbench.createServer();
    if (!server->listen(ServerOptions {}))
        return "listen failed";
    QByteArray received;
    connect(server, &Session::connectionAdded, this, [&](Connection *connection) {
        connect(connection, &Connection::received, this, [&](const QByteArray &chunk) { received += chunk; });
    });
    Replayer replayer(&source, 1, pace);
    QSignalSpy finished(&replayer, &Replayer::finished);
    ClientSession *client = workbench.createClient();
    connect(client, &ClientSession::connected, &replayer, &Replayer::start);
    QElapsedTimer clock;
    clock.start();
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    if (!finished.wait(20000) || !finished.first().first().toBool())
        return "replay did not finish";
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    // The replay half-closed; the server has all once its connection sees the end of input.
    if (!QTest::qWaitFor(
            [&] { return !server->connections().isEmpty() && !server->connections().first()->isReadOpen(); },
            20000))
        return "no end of input";
    return received;
}

void tst_Replayer::sendsTheRecordedSideExactly_data()
{
    QTest::addColumn<int>("chunks");
    QTest::addColumn<int>("size");
    QTest::addRow("a few large") << 8 << 300000;
    // Tens of thousands of tiny chunks: the replay must not nest a call per chunk (it once overflowed the
    // stack).
    QTest::addRow("many tiny") << 50000 << 7;
}

void tst_Replayer::sendsTheRecordedSideExactly()
{
    QFETCH(int, chunks);
    QFETCH(int, size);
    CaptureStore source(m_dir.path());
    QByteArray expected;
    for (int i = 0; i < chunks; ++i) {
        const QByteArray chunk(size, char('a' + i % 26));
        source.appendAt(i, i, EventKind::Data, Direction::Outbound, 1, 1, chunk);
        source.appendAt(i, i, EventKind::Data, Direction::Inbound, 1, 1, "ignored"); // not our side
        expected += chunk;
    }
    const QByteArray received = replay(source, Replayer::Pace::Fast);
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
}

void tst_Replayer::keepsTheRecordedPace()
{
    CaptureStore source(m_dir.path());
    const qint64 ms = 1000000;
    source.appendAt(0, 0, EventKind::Connected, Direction::None, 1, 1);
    source.appendAt(100 * ms, 0, EventKind::Data, Direction::Outbound, 1, 1, "one ");
    source.appendAt(400 * ms, 0, EventKind::Data, Direction::Outbound, 1, 1, "two");
    qint64 elapsed = 0;
    QCOMPARE(replay(source, Replayer::Pace::Original, &elapsed), QByteArray("one two"));
    QVERIFY2(elapsed >= 380, qPrintable(QString::number(elapsed))); // the recorded 400 ms, loosely
}

void tst_Replayer::replayIsCaptured()
{
    // What the replayer sends goes through the live connection: its capture holds each chunk as sent.
    CaptureStore source(m_dir.path());
    const QList<QByteArray> chunks { "HELO x\r\n", QByteArray("\x00\x01\xfe\xff", 4), "QUIT\r\n" };
    source.appendAt(0, 0, EventKind::Connected, Direction::None, 1, 1);
    for (int i = 0; i < chunks.size(); ++i) {
        source.appendAt(i + 1, 0, EventKind::Data, Direction::Outbound, 1, 1, chunks.at(i));
        source.appendAt(i + 1, 0, EventKind::Data, Direction::Inbound, 1, 1, "250 ok\r\n"); // not our side
    }

    Workbench workbench(m_dir.path());
    ServerSession *server = workbench.createServer();
    QVERIFY(server->listen(ServerOptions {}));
    Replayer replayer(&source, 1, Replayer::Pace::Fast);
    QSignalSpy finished(&replayer, &Replayer::finished);
    ClientSession *client = workbench.createClient();
    connect(client, &ClientSession::connected, &replayer, &Replayer::start);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(client->currentConnection());
    const quint32 replaying = client->currentConnection()->id();

    CaptureStore *capture = workbench.capture();
    // The replay half-closes once everything is out; the capture says so after the chunks.
    const auto halfClosed = [capture, replaying] {
        for (qint64 row = 0; row < capture->count(); ++row) {
            const CaptureEvent event = capture->event(row);
            if (event.connectionId == replaying && event.kind == EventKind::LocalHalfClosed)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(halfClosed());
    capture->flush();
    QList<QByteArray> sent;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.connectionId != replaying)
            continue;
        if (event.kind == EventKind::Data && event.direction == Direction::Outbound)
            sent.append(capture->payload(row));
        QVERIFY(event.direction != Direction::Inbound); // the server sent nothing
    }
    QCOMPARE(sent, chunks);
}

QTEST_GUILESS_MAIN(tst_Replayer)
#include "tst_replayer.moc"
