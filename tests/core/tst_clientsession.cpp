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
    QCOMPARE(client->errorString(), QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused").arg(port));
}

void tst_ClientSession::unknownHostIsClear()
{
    Workbench workbench;
    ClientSession *client = workbench.createClient();
    QSignalSpy failed(client, &ClientSession::failed);
    client->connectTo(ClientOptions { QStringLiteral("no-such-host.invalid"), 80, 15000 });
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY2(client->errorString().contains(QLatin1String("no-such-host.invalid")), qPrintable(client->errorString()));
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

QTEST_GUILESS_MAIN(tst_ClientSession)
#include "tst_clientsession.moc"
