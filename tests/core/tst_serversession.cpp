#include "capture/capturestore.h"
#include "loopbackpair.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <vector>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_ServerSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensOnLoopbackByDefault();
    void backlogIsTheKernelMaximum();
    void portInUse();
    void badBindAddress();
    void echoRoundTrip();
    void twoHundredConcurrentEchoClients();
    void discardCountsButSendsNothing();
    void sendToAllAndCloseAll();
    void stopListeningKeepsConnections();
    void stopListeningCanCloseConnections();
    void expectConnectionTimesOut();
    void expectConnectionGetsTheClient();
    void manyConnectionsOneAfterAnother();
    void statusWalksFromListeningToStopped();
    void restartListensAgain();
    void failedListenCanRestart();
    void sendReachesEveryOpenConnection();
    void closeStopsAndClosesConnections();
    void showsWhereItListens();
};

namespace {

ServerSession *startServer(
    Workbench &workbench, ServerBehaviour behaviour, int backlog = ServerOptions().backlog)
{
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = behaviour;
    options.backlog = backlog;
    return server->listen(options) ? server : nullptr;
}

/// A client session of the same workbench, connected to port on 127.0.0.1; null when it did not connect.
ClientSession *connectedClient(Workbench &workbench, quint16 port)
{
    ClientSession *client = workbench.createClient();
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), port, 5000 });
    const bool ok = QTest::qWaitFor([client] { return client->status() == SessionStatus::Connected; }, 5000);
    return ok ? client : nullptr;
}

} // namespace

void tst_ServerSession::backlogIsTheKernelMaximum()
{
    QFile somaxconn(QStringLiteral("/proc/sys/net/core/somaxconn"));
    if (!somaxconn.open(QIODevice::ReadOnly))
        QSKIP("no /proc/sys/net/core/somaxconn here");
    const int kernelMax = somaxconn.readAll().trimmed().toInt();
    QVERIFY(kernelMax > 0);
    QCOMPARE(ServerOptions().backlog, kernelMax);
    QCOMPARE(ServerOptions::kernelMaxBacklog(), kernelMax);

    // What the listening socket really got: for a listener, ss shows its backlog as Send-Q.
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Echo);
    QVERIFY(server);
    QProcess ss;
    ss.start(QStringLiteral("ss"),
        { QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(server->listenEndpoint().port) });
    if (!ss.waitForFinished(10000) || ss.exitCode() != 0)
        QSKIP("ss (iproute2) is not available");
    const QList<QByteArray> fields = ss.readAllStandardOutput().simplified().split(' ');
    QVERIFY2(fields.size() >= 3, fields.join(' ').constData());
    QCOMPARE(fields.at(0), QByteArray("LISTEN"));
    QCOMPARE(fields.at(2).toInt(), kernelMax);

    // An explicit backlog is still the one asked for.
    ServerSession *small = startServer(workbench, ServerBehaviour::Echo, 7);
    QVERIFY(small);
    ss.start(QStringLiteral("ss"),
        { QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(small->listenEndpoint().port) });
    QVERIFY(ss.waitForFinished(10000));
    QCOMPARE(ss.readAllStandardOutput().simplified().split(' ').value(2).toInt(), 7);
}

void tst_ServerSession::listensOnLoopbackByDefault()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    QVERIFY(server->isListening());
    QCOMPARE(server->listenEndpoint().address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server->listenEndpoint().port != 0);
    QVERIFY(server->name().contains(server->listenEndpoint().toString()));
    const CaptureEvent first = workbench.capture()->event(0);
    QCOMPARE(first.kind, EventKind::Listening);
}

void tst_ServerSession::portInUse()
{
    Workbench workbench;
    ServerSession *first = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(first);
    ServerSession *second = workbench.createServer();
    QSignalSpy errors(second, &Session::errorOccurred);
    ServerOptions options;
    options.port = first->listenEndpoint().port;
    QVERIFY(!second->listen(options));
    QVERIFY(!second->isListening());
    QCOMPARE(second->error(), StreamError::AddressInUse);
    QVERIFY2(second->errorString().contains(QLatin1String("address already in use")),
        qPrintable(second->errorString()));
    QVERIFY(second->errorString().contains(QString::number(options.port)));
    QCOMPARE(errors.count(), 1);
}

void tst_ServerSession::badBindAddress()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.bindAddress = QHostAddress(QStringLiteral("192.0.2.1")); // TEST-NET: not on this machine
    QVERIFY(!server->listen(options));
    QCOMPARE(server->error(), StreamError::AddressNotAvailable);
}

void tst_ServerSession::echoRoundTrip()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Echo);
    QVERIFY(server);
    auto client = dial(server->listenEndpoint().port);
    QVERIFY(client);
    Collector atClient(client.get());
    client->write("Hello\r\n");
    QTRY_COMPARE(atClient.bytes, QByteArray("Hello\r\n"));
    client->write("Hello");
    QTRY_COMPARE(atClient.bytes, QByteArray("Hello\r\nHello"));
    QCOMPARE(server->connections().size(), 1);
    Connection *connection = server->connections().first();
    QCOMPARE(connection->bytesReceived(), 12);
    QCOMPARE(connection->bytesSent(), 12);
    // End of input from the client: echo finishes its side too, and the connection closes cleanly.
    client->shutdownWrite();
    QTRY_VERIFY(atClient.closed);
    QTRY_COMPARE(connection->state(), Connection::State::Closed);
    QCOMPARE(atClient.error, StreamError::None);
}

void tst_ServerSession::twoHundredConcurrentEchoClients()
{
    constexpr int Clients = 200;
    Workbench workbench;
    // All of them connect at once: the listen queue must hold them, or the kernel drops handshakes.
    ServerSession *server = startServer(workbench, ServerBehaviour::Echo, Clients);
    QVERIFY(server);
    constexpr qsizetype Size = 64 * 1024;
    std::vector<std::unique_ptr<TcpStream>> clients;
    std::vector<std::unique_ptr<Collector>> collectors;
    std::vector<std::unique_ptr<TcpConnector>> connectors;
    clients.resize(Clients);
    for (int i = 0; i < Clients; ++i) {
        auto connector = std::make_unique<TcpConnector>();
        connect(connector.get(), &TcpConnector::connected, this,
            [&, i](TcpStream *stream) { clients[size_t(i)].reset(stream); });
        connector->connectToHost(QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 10000);
        connectors.push_back(std::move(connector));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c != nullptr; }), 20000);
    for (int i = 0; i < Clients; ++i) {
        collectors.push_back(std::make_unique<Collector>(clients[size_t(i)].get()));
        clients[size_t(i)]->write(pattern(Size, 100 + i));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(collectors.cbegin(), collectors.cend(),
                                 [](const auto &c) { return c->bytes.size() >= Size; }),
        60000);
    for (int i = 0; i < Clients; ++i)
        QVERIFY2(collectors[size_t(i)]->bytes == pattern(Size, 100 + i), qPrintable(QString::number(i)));
    QCOMPARE(server->openConnectionCount(), Clients);
    qint64 echoed = 0;
    for (Connection *connection : server->connections())
        echoed += connection->bytesSent();
    QCOMPARE(echoed, Clients * Size);
}

void tst_ServerSession::discardCountsButSendsNothing()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Discard);
    QVERIFY(server);
    auto client = dial(server->listenEndpoint().port);
    QVERIFY(client);
    Collector atClient(client.get());
    client->write(pattern(100000, 7));
    QTRY_COMPARE(server->connections().value(0) ? server->connections().first()->bytesReceived() : 0, 100000);
    QTest::qWait(50);
    QVERIFY(atClient.bytes.isEmpty());
    QCOMPARE(server->connections().first()->bytesSent(), 0);
}

void tst_ServerSession::sendToAllAndCloseAll()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    auto a = dial(server->listenEndpoint().port);
    auto b = dial(server->listenEndpoint().port);
    QVERIFY(a && b);
    Collector atA(a.get());
    Collector atB(b.get());
    QTRY_COMPARE(server->openConnectionCount(), 2);
    QCOMPARE(server->sendToAll("broadcast\n"), 2);
    QTRY_COMPARE(atA.bytes, QByteArray("broadcast\n"));
    QTRY_COMPARE(atB.bytes, QByteArray("broadcast\n"));
    server->closeAll();
    QTRY_VERIFY(atA.peerClosed && atB.peerClosed);
    a->close();
    b->close();
    QTRY_COMPARE(server->openConnectionCount(), 0);
}

void tst_ServerSession::stopListeningKeepsConnections()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Echo);
    QVERIFY(server);
    const quint16 port = server->listenEndpoint().port;
    auto client = dial(port);
    QVERIFY(client);
    QTRY_COMPARE(server->openConnectionCount(), 1);
    server->stopListening(ServerSession::ConnectionsOnStop::Keep);
    QVERIFY(!server->isListening());
    Collector atClient(client.get());
    client->write("still here");
    QTRY_COMPARE(atClient.bytes, QByteArray("still here"));
    // No one listens any more: a new client is refused.
    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    connector.connectToHost(QStringLiteral("127.0.0.1"), port, 3000);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<StreamError>(), StreamError::ConnectionRefused);
}

void tst_ServerSession::stopListeningCanCloseConnections()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    auto client = dial(server->listenEndpoint().port);
    QVERIFY(client);
    Collector atClient(client.get());
    QTRY_COMPARE(server->openConnectionCount(), 1);
    server->stopListening(ServerSession::ConnectionsOnStop::Close);
    QTRY_VERIFY(atClient.peerClosed);
}

void tst_ServerSession::expectConnectionTimesOut()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    int calls = 0;
    Connection *got = reinterpret_cast<Connection *>(1);
    server->expectConnection(150, this, [&](Connection *c) {
        ++calls;
        got = c;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(got, nullptr);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void tst_ServerSession::expectConnectionGetsTheClient()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    int calls = 0;
    Connection *got = nullptr;
    server->expectConnection(5000, this, [&](Connection *c) {
        ++calls;
        got = c;
    });
    auto client = dial(server->listenEndpoint().port);
    QTRY_COMPARE(calls, 1);
    QVERIFY(got);
    QCOMPARE(got->peerEndpoint(), client->localEndpoint());
}

void tst_ServerSession::manyConnectionsOneAfterAnother()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Echo);
    QVERIFY(server);
    server->setClosedConnectionRetention(5);
    for (int i = 0; i < 20; ++i) {
        auto client = dial(server->listenEndpoint().port);
        QVERIFY(client);
        Collector atClient(client.get());
        client->write(QByteArray::number(i));
        client->shutdownWrite();
        QTRY_VERIFY(atClient.closed);
        QCOMPARE(atClient.bytes, QByteArray::number(i));
    }
    QTRY_COMPARE(server->openConnectionCount(), 0);
    QVERIFY(server->connections().size() <= 5);
}

void tst_ServerSession::statusWalksFromListeningToStopped()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    QCOMPARE(server->status(), SessionStatus::Idle);
    QVERIFY(!server->isActive());
    // Never asked to listen: nothing to start again, nothing to stop.
    QVERIFY(!server->canRestart());
    QVERIFY(!server->restart());
    QVERIFY(!server->canStopAccepting());
    QSignalSpy statuses(server, &Session::statusChanged);
    QVERIFY(statuses.isValid());
    QVERIFY(server->listen(ServerOptions {}));
    QCOMPARE(server->status(), SessionStatus::Listening);
    QVERIFY(server->isActive());
    QVERIFY(server->canStopAccepting());
    QVERIFY(!server->canRestart());
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->openConnectionCount(), 1);

    server->stopAccepting();
    QCOMPARE(server->status(), SessionStatus::Stopped);
    QVERIFY(!server->isListening());
    QVERIFY(!server->canStopAccepting());
    QVERIFY(server->canRestart());
    // It keeps its connection, so it is still at work.
    QCOMPARE(server->openConnectionCount(), 1);
    QVERIFY(server->isActive());
    QCOMPARE(statuses.count(), 2);
    QCOMPARE(statuses.at(0).at(0).value<SessionStatus>(), SessionStatus::Listening);
    QCOMPARE(statuses.at(1).at(0).value<SessionStatus>(), SessionStatus::Stopped);
    // Its last connection gone, a stopped server is at rest.
    client->currentConnection()->abort();
    QTRY_COMPARE(server->openConnectionCount(), 0);
    QVERIFY(!server->isActive());
}

void tst_ServerSession::restartListensAgain()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Echo);
    QVERIFY(server);
    server->stopAccepting();
    QCOMPARE(server->status(), SessionStatus::Stopped);
    QVERIFY(server->restart());
    QCOMPARE(server->status(), SessionStatus::Listening);
    QVERIFY(server->isListening());
    QCOMPARE(server->behaviour(), ServerBehaviour::Echo);
    // It takes clients again, where it now listens.
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->openConnectionCount(), 1);
    QByteArray answer;
    connect(client->currentConnection(), &Connection::received, this,
        [&](const QByteArray &chunk) { answer += chunk; });
    QCOMPARE(client->send("again"), 1);
    QTRY_COMPARE(answer, QByteArray("again"));
}

void tst_ServerSession::failedListenCanRestart()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.port = occupier.serverPort();
    QVERIFY(!server->listen(options));
    QCOMPARE(server->status(), SessionStatus::Failed);
    QCOMPARE(server->error(), StreamError::AddressInUse);
    QVERIFY(!server->isActive());
    QVERIFY(server->canRestart());
    // Still taken: it fails again, and says why.
    QVERIFY(!server->restart());
    QCOMPARE(server->status(), SessionStatus::Failed);
    QVERIFY2(server->errorString().contains(QLatin1String("address already in use")),
        qPrintable(server->errorString()));
    // Once free, the same port is had.
    occupier.close();
    QVERIFY2(server->restart(), qPrintable(server->errorString()));
    QCOMPARE(server->status(), SessionStatus::Listening);
    QCOMPARE(server->listenEndpoint().port, options.port);
    QCOMPARE(server->error(), StreamError::None);
}

void tst_ServerSession::sendReachesEveryOpenConnection()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    QCOMPARE(server->holds(), Session::Holds::ManyConnections);
    QVERIFY(server->sendTargets().isEmpty());
    QCOMPARE(server->send("nobody"), 0);
    ClientSession *a = connectedClient(workbench, server->listenEndpoint().port);
    ClientSession *b = connectedClient(workbench, server->listenEndpoint().port);
    ClientSession *gone = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(a && b && gone);
    QTRY_COMPARE(server->openConnectionCount(), 3);
    // One peer leaves: its connection stays listed, closed, and a send no longer reaches it.
    gone->currentConnection()->abort();
    QTRY_COMPARE(server->openConnectionCount(), 2);
    QCOMPARE(server->connections().size(), 3);
    QCOMPARE(server->sendTargets().size(), 2);
    QByteArray atA;
    QByteArray atB;
    QByteArray atGone;
    connect(
        a->currentConnection(), &Connection::received, this, [&](const QByteArray &chunk) { atA += chunk; });
    connect(
        b->currentConnection(), &Connection::received, this, [&](const QByteArray &chunk) { atB += chunk; });
    connect(gone->currentConnection(), &Connection::received, this,
        [&](const QByteArray &chunk) { atGone += chunk; });
    QCOMPARE(server->send("to every one\n"), 2);
    QTRY_COMPARE(atA, QByteArray("to every one\n"));
    QTRY_COMPARE(atB, QByteArray("to every one\n"));
    // A stopped server still reaches the connections it kept.
    server->stopAccepting();
    QCOMPARE(server->sendTargets().size(), 2);
    QCOMPARE(server->send("still\n"), 2);
    QTRY_COMPARE(atA, QByteArray("to every one\nstill\n"));
    QTRY_COMPARE(atB, QByteArray("to every one\nstill\n"));
    QVERIFY(atGone.isEmpty());
}

void tst_ServerSession::closeStopsAndClosesConnections()
{
    Workbench workbench;
    ServerSession *server = startServer(workbench, ServerBehaviour::Manual);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->openConnectionCount(), 1);
    server->close();
    QCOMPARE(server->status(), SessionStatus::Stopped);
    QVERIFY(!server->isListening());
    // Gracefully: the client sees our end of input, closes its side, and both are done.
    QTRY_COMPARE(client->currentConnection()->state(), Connection::State::PeerHalfClosed);
    client->close();
    QTRY_COMPARE(server->openConnectionCount(), 0);
    QTRY_COMPARE(client->status(), SessionStatus::Closed);
    QVERIFY(!server->isActive());
}

void tst_ServerSession::showsWhereItListens()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    QVERIFY(server->localText().isEmpty());
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    QVERIFY(server->listen(options));
    QCOMPARE(server->localText(), server->listenEndpoint().toString());
    QVERIFY(server->remoteText().isEmpty());
    QCOMPARE(server->detail(), QStringLiteral("Sends every byte back to the connection it came from"));
    server->setBehaviour(ServerBehaviour::Discard);
    QCOMPARE(server->detail(), QStringLiteral("Records what it receives and sends nothing back"));
}

QTEST_GUILESS_MAIN(tst_ServerSession)
#include "tst_serversession.moc"
