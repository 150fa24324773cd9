#include "capture/capturestore.h"
#include "loopbackpair.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

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
};

namespace {

/// Opens a raw client (a plain TcpStream, no session) to a port on 127.0.0.1.
std::unique_ptr<TcpStream> dial(quint16 port)
{
    std::unique_ptr<TcpStream> stream;
    TcpConnector connector;
    QObject::connect(&connector, &TcpConnector::connected, &connector, [&](TcpStream *s) { stream.reset(s); });
    connector.connectToHost(QStringLiteral("127.0.0.1"), port, 5000);
    if (!QTest::qWaitFor([&] { return stream != nullptr; }, 5000))
        qWarning("dial: no connection to port %u within 5 s", unsigned(port));
    return stream;
}

ServerSession *startServer(Workbench &workbench, ServerBehaviour behaviour, int backlog = ServerOptions().backlog)
{
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = behaviour;
    options.backlog = backlog;
    return server->listen(options) ? server : nullptr;
}

} // namespace

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
    QVERIFY2(second->errorString().contains(QLatin1String("address already in use")), qPrintable(second->errorString()));
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
        connect(connector.get(), &TcpConnector::connected, this, [&, i](TcpStream *stream) {
            clients[size_t(i)].reset(stream);
        });
        connector->connectToHost(QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 10000);
        connectors.push_back(std::move(connector));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c != nullptr; }),
                             20000);
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

QTEST_GUILESS_MAIN(tst_ServerSession)
#include "tst_serversession.moc"
