#include "capture/capturestore.h"
#include "loopbackpair.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QTcpServer>
#include <QTest>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_ClientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectsAndExchanges_data();
    void connectsAndExchanges();
    void refusedIsClear();
    void unknownHostIsClear();
    void reconnect();
    void disconnectWhileConnectingCancels();
    void sessionEventsAreCaptured();
    void statusWalksFromResolvingToClosed();
    void refusedConnectFails();
    void restartConnectsAgain();
    void sendReachesTheCurrentConnection();
    void showsItsEnds();
    void statusKeysAreStable_data();
    void statusKeysAreStable();
};

namespace {

ServerSession *echoServer(Workbench &workbench)
{
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    return server->listen(options) ? server : nullptr;
}

} // namespace

void tst_ClientSession::connectsAndExchanges_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("Hello with CRLF") << QByteArray("Hello\r\n");
    QTest::addRow("Hello without line end") << QByteArray("Hello");
    QTest::addRow("binary") << QByteArray("\x00\xff\x01\r\n", 5);
}

void tst_ClientSession::connectsAndExchanges()
{
    QFETCH(QByteArray, message);
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(ClientOptions { QStringLiteral("localhost"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(client->state(), ClientSession::State::Connected);
    QCOMPARE(client->remoteEndpoint().port, server->listenEndpoint().port);
    QVERIFY(client->name().contains(QLatin1String("localhost")));
    Connection *connection = client->currentConnection();
    QVERIFY(connection);
    QByteArray answer;
    connect(connection, &Connection::received, this, [&](const QByteArray &chunk) { answer += chunk; });
    QVERIFY(connection->send(message));
    QTRY_COMPARE(answer, message);
    QCOMPARE(connection->bytesSent(), message.size());
    QCOMPARE(connection->bytesReceived(), message.size());
}

void tst_ClientSession::refusedIsClear()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Workbench workbench;
    ClientSession *client = workbench.createClient();
    QSignalSpy failed(client, &ClientSession::failed);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), port, 5000 });
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(client->state(), ClientSession::State::Failed);
    QCOMPARE(client->error(), StreamError::ConnectionRefused);
    QCOMPARE(client->errorString(),
        QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused").arg(port));
}

void tst_ClientSession::unknownHostIsClear()
{
    Workbench workbench;
    ClientSession *client = workbench.createClient();
    QSignalSpy failed(client, &ClientSession::failed);
    client->connectTo(ClientOptions { QStringLiteral("no-such-host.invalid"), 80, 15000 });
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY2(client->errorString().contains(QLatin1String("no-such-host.invalid")),
        qPrintable(client->errorString()));
}

void tst_ClientSession::reconnect()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(connected.count(), 1);
    Connection *first = client->currentConnection();
    client->reconnect();
    QTRY_COMPARE(connected.count(), 2);
    QVERIFY(client->currentConnection() != first);
    QVERIFY(client->currentConnection()->id() != first->id());
    QTRY_COMPARE(first->state(), Connection::State::Closed);
    QCOMPARE(client->state(), ClientSession::State::Connected);
    QTRY_COMPARE(server->openConnectionCount(), 1);
}

void tst_ClientSession::disconnectWhileConnectingCancels()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QSignalSpy connected(client, &ClientSession::connected);
    QSignalSpy failed(client, &ClientSession::failed);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    client->disconnectFromHost();
    QTest::qWait(100);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(client->state(), ClientSession::State::Closed);
}

void tst_ClientSession::sessionEventsAreCaptured()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(connected.count(), 1);
    client->currentConnection()->send("ping");
    QTRY_COMPARE(client->currentConnection()->bytesReceived(), 4);
    client->currentConnection()->shutdownWrite();
    QTRY_COMPARE(client->currentConnection()->state(), Connection::State::Closed);

    CaptureStore *capture = workbench.capture();
    capture->flush();
    QList<EventKind> clientKinds;
    QByteArray sent;
    QByteArray received;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.sessionId != client->id())
            continue;
        clientKinds.append(event.kind);
        if (event.direction == Direction::Outbound)
            sent += capture->payload(row);
        if (event.direction == Direction::Inbound)
            received += capture->payload(row);
    }
    QCOMPARE(sent, QByteArray("ping"));
    QCOMPARE(received, QByteArray("ping"));
    QCOMPARE(clientKinds.first(), EventKind::Connecting);
    QVERIFY(clientKinds.contains(EventKind::Connected));
    QVERIFY(clientKinds.contains(EventKind::LocalHalfClosed));
    QVERIFY(clientKinds.contains(EventKind::PeerHalfClosed));
    QCOMPARE(clientKinds.last(), EventKind::Closed);
    const ConnectionInfo info = capture->connectionInfo(client->currentConnection()->id());
    QCOMPARE(info.peer.port, server->listenEndpoint().port);
    QCOMPARE(info.sessionId, client->id());
}

void tst_ClientSession::statusWalksFromResolvingToClosed()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QCOMPARE(client->status(), SessionStatus::Idle);
    QVERIFY(!client->isActive());
    QSignalSpy statuses(client, &Session::statusChanged);
    QVERIFY(statuses.isValid());
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(client->status(), SessionStatus::Connected);
    QVERIFY(client->isActive());
    // Closing gracefully: our FIN, the echo server's FIN back, then closed.
    client->close();
    QTRY_COMPARE(client->status(), SessionStatus::Closed);
    QVERIFY(!client->isActive());
    QList<SessionStatus> walked;
    for (const QList<QVariant> &arguments : std::as_const(statuses))
        walked.append(arguments.at(0).value<SessionStatus>());
    const QList<SessionStatus> expected { SessionStatus::Resolving, SessionStatus::Connecting,
        SessionStatus::Connected, SessionStatus::Closed };
    QCOMPARE(walked, expected);
    QCOMPARE(client->currentConnection()->state(), Connection::State::Closed);
}

void tst_ClientSession::refusedConnectFails()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Workbench workbench;
    ClientSession *client = workbench.createClient();
    QSignalSpy statuses(client, &Session::statusChanged);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), port, 5000 });
    QTRY_COMPARE(client->status(), SessionStatus::Failed);
    QCOMPARE(statuses.last().at(0).value<SessionStatus>(), SessionStatus::Failed);
    QCOMPARE(client->error(), StreamError::ConnectionRefused);
    QCOMPARE(client->errorString(),
        QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused").arg(port));
    QVERIFY(!client->isActive());
    QVERIFY(client->sendTargets().isEmpty());
    QCOMPARE(client->send("lost"), 0);
    QCOMPARE(client->remoteText(), QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY(client->localText().isEmpty());
    // Nothing accepts, nothing listens: there is nothing to stop, but it can try again.
    QVERIFY(!client->canStopAccepting());
    QVERIFY(client->canRestart());
}

void tst_ClientSession::restartConnectsAgain()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    // Never started: nothing to start again.
    QVERIFY(!client->canRestart());
    QVERIFY(!client->restart());
    QCOMPARE(client->status(), SessionStatus::Idle);
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(connected.count(), 1);
    QPointer<Connection> first = client->currentConnection();
    QVERIFY(client->canRestart());
    QVERIFY(client->restart());
    QTRY_COMPARE(connected.count(), 2);
    QCOMPARE(client->status(), SessionStatus::Connected);
    QVERIFY(client->currentConnection() != first);
    QVERIFY(first);
    QTRY_COMPARE(first->state(), Connection::State::Closed);
    QTRY_COMPARE(server->openConnectionCount(), 1);
}

void tst_ClientSession::sendReachesTheCurrentConnection()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QCOMPARE(client->holds(), Session::Holds::OneConnection);
    QVERIFY(client->sendTargets().isEmpty());
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(connected.count(), 1);
    Connection *current = client->currentConnection();
    QCOMPARE(client->sendTargets(), QList<Connection *> { current });
    QByteArray answer;
    connect(current, &Connection::received, this, [&](const QByteArray &chunk) { answer += chunk; });
    QCOMPARE(client->send("via the session\n"), 1);
    QTRY_COMPARE(answer, QByteArray("via the session\n"));
    QTRY_COMPARE(server->connections().value(0) ? server->connections().first()->bytesReceived() : 0, 16);
    // Once its connection is closed, a send reaches nothing and sends nothing.
    client->close();
    QTRY_COMPARE(client->status(), SessionStatus::Closed);
    QVERIFY(client->sendTargets().isEmpty());
    QCOMPARE(client->send("late"), 0);
    QCOMPARE(current->bytesSent(), 16);
}

void tst_ClientSession::showsItsEnds()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = workbench.createClient();
    QVERIFY(client->localText().isEmpty());
    QVERIFY(client->remoteText().isEmpty());
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(ClientOptions {
        QStringLiteral("localhost"), server->listenEndpoint().port, 5000, QAbstractSocket::IPv4Protocol });
    QTRY_COMPARE(connected.count(), 1);
    Connection *current = client->currentConnection();
    QCOMPARE(client->localText(), current->localEndpoint().toString());
    QCOMPARE(client->remoteText(), server->listenEndpoint().toString());
    QCOMPARE(client->detail(), QStringLiteral("localhost resolved to 127.0.0.1"));
    // An address needs no resolving: nothing to say.
    ClientSession *byAddress = workbench.createClient();
    QSignalSpy alsoConnected(byAddress, &ClientSession::connected);
    byAddress->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(alsoConnected.count(), 1);
    QVERIFY(byAddress->detail().isEmpty());
}

void tst_ClientSession::statusKeysAreStable_data()
{
    QTest::addColumn<SessionStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::addRow("idle") << SessionStatus::Idle << QStringLiteral("idle");
    QTest::addRow("resolving") << SessionStatus::Resolving << QStringLiteral("resolving");
    QTest::addRow("connecting") << SessionStatus::Connecting << QStringLiteral("connecting");
    QTest::addRow("connected") << SessionStatus::Connected << QStringLiteral("connected");
    QTest::addRow("listening") << SessionStatus::Listening << QStringLiteral("listening");
    QTest::addRow("stopped") << SessionStatus::Stopped << QStringLiteral("stopped");
    QTest::addRow("closed") << SessionStatus::Closed << QStringLiteral("closed");
    QTest::addRow("failed") << SessionStatus::Failed << QStringLiteral("failed");
}

void tst_ClientSession::statusKeysAreStable()
{
    QFETCH(SessionStatus, status);
    QFETCH(QString, key);
    QCOMPARE(QString(sessionStatusKey(status)), key);
}

QTEST_GUILESS_MAIN(tst_ClientSession)
#include "tst_clientsession.moc"
