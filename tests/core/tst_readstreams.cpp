// ReadStreams, the window's one SocketStream per connection, over real loopback connections of a Workbench:
// a plain QTcpSocket plays each peer.

#include "session/clientsession.h"
#include "session/connection.h"
#include "session/readstreams.h"
#include "session/serversession.h"
#include "session/socketstream.h"
#include "session/workbench.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sockbench;

namespace {

constexpr int Timeout = 10000;

struct Peers
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;

    QTcpSocket *connect(quint16 port)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(Timeout))
            return nullptr;
        sockets.push_back(std::move(socket));
        return sockets.back().get();
    }
};

void write(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->flush();
}

} // namespace

class tst_ReadStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aServerThatTalksFirstIsReadFromItsFirstByte();
    void eachConnectionKeepsItsBuffer();
    void perConnectionAndTotalBounds();
    void restartBuffersAnew();
    void aPrunedConnectionTakesItsStream();

private:
    QTemporaryDir m_spool;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<ReadStreams> m_streams;
};

void tst_ReadStreams::init()
{
    QVERIFY(m_spool.isValid());
    m_workbench = std::make_unique<Workbench>(m_spool.path());
    m_streams = std::make_unique<ReadStreams>(m_workbench.get());
}

void tst_ReadStreams::cleanup()
{
    m_streams.reset();
    m_workbench.reset();
}

void tst_ReadStreams::aServerThatTalksFirstIsReadFromItsFirstByte()
{
    // The chapter's chunk reader against a server that sends HelloWorld as soon as it accepts: our client's
    // stream holds it although nobody read or looked before it came.
    QTcpServer talker;
    QVERIFY(talker.listen(QHostAddress::LocalHost, 0));
    connect(&talker, &QTcpServer::newConnection, &talker, [&talker] {
        QTcpSocket *socket = talker.nextPendingConnection();
        socket->write("HelloWorld");
        socket->flush();
    });
    ClientSession *client = m_workbench->createClient();
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), talker.serverPort() });
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    Connection *connection = client->currentConnection();
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(10), Timeout);

    SocketStream *stream = m_streams->stream(connection);
    QVERIFY(stream);
    QVERIFY(m_streams->buffersFromFirstByte(connection));
    QCOMPARE(stream->bytesAvailable(), 10);
    stream->setTimeout(Timeout);
    QStringList pieces;
    while (stream->isDataAvailable())
        pieces.append(QString::fromLatin1(stream->waitNext(5).data));
    QCOMPARE(pieces, (QStringList { QStringLiteral("Hello"), QStringLiteral("World") }));
}

void tst_ReadStreams::eachConnectionKeepsItsBuffer()
{
    ServerSession *server = m_workbench->createServer();
    QVERIFY(server->listen(ServerOptions {}));
    Peers peers;
    QTcpSocket *a = peers.connect(server->listenEndpoint().port);
    QTcpSocket *b = peers.connect(server->listenEndpoint().port);
    QVERIFY(a && b);
    QTRY_COMPARE(server->connections().size(), 2);
    Connection *first = server->connections().at(0);
    Connection *second = server->connections().at(1);
    write(a, "a1\n");
    write(b, "b1\n");
    QTRY_COMPARE(first->bytesReceived() + second->bytesReceived(), qint64(6));
    SocketStream *one = m_streams->stream(first);
    SocketStream *two = m_streams->stream(second);
    QVERIFY(one && two && one != two);
    one->setTimeout(Timeout);
    two->setTimeout(Timeout);
    // Which peer came first is the kernel's choice: ask each stream which line it holds.
    const QByteArray lineOne = one->waitNextLine().data;
    write(a, "a2\n");
    write(b, "b2\n");
    const QByteArray lineTwo = two->waitNextLine().data;
    QCOMPARE(QSet<QByteArray>({ lineOne, lineTwo }), QSet<QByteArray>({ "a1", "b1" }));
    QCOMPARE(one->waitNextLine().data, lineOne == "a1" ? QByteArray("a2") : QByteArray("b2"));
    QCOMPARE(two->waitNextLine().data, lineTwo == "a1" ? QByteArray("a2") : QByteArray("b2"));
    QCOMPARE(m_streams->streamFor(first), one); // the same stream, its buffer kept
}

void tst_ReadStreams::perConnectionAndTotalBounds()
{
    m_streams->setLimits(8, 12);
    QSignalSpy filled(m_streams.get(), &ReadStreams::bufferFilled);
    QVERIFY(filled.isValid());
    ServerSession *server = m_workbench->createServer();
    QVERIFY(server->listen(ServerOptions {}));
    Peers peers;
    QTcpSocket *a = peers.connect(server->listenEndpoint().port);
    QVERIFY(a);
    QTRY_COMPARE(server->connections().size(), 1);
    QTcpSocket *b = peers.connect(server->listenEndpoint().port);
    QVERIFY(b);
    QTRY_COMPARE(server->connections().size(), 2);
    Connection *first = server->connections().at(0);
    Connection *second = server->connections().at(1);
    // Which accepted socket is whose peer: the first connection's peer port is a's local port.
    if (first->peerEndpoint().port != a->localPort())
        std::swap(first, second);

    write(a, "0123456789"); // past its own bound (8)
    QTRY_COMPARE(filled.size(), 1);
    QCOMPARE(filled.first().first().value<Connection *>(), first);
    QVERIFY(m_streams->stream(first)->isBufferFull());
    QVERIFY(!m_streams->stream(first)->isBufferFullByBudget());
    QCOMPARE(m_streams->stream(first)->bytesAvailable(), 8);
    write(b, "abcdefgh"); // within its own bound, past the total (12)
    QTRY_COMPARE(filled.size(), 2);
    QCOMPARE(m_streams->stream(second)->bytesAvailable(), 4);
    QVERIFY(m_streams->stream(second)->isBufferFullByBudget());
    QCOMPARE(m_streams->totalBuffered(), 12);
    QTRY_COMPARE(second->bytesReceived(), qint64(8)); // the capture and the counts still have every byte
}

void tst_ReadStreams::restartBuffersAnew()
{
    m_streams->setLimits(4, 1024);
    ServerSession *server = m_workbench->createServer();
    QVERIFY(server->listen(ServerOptions {}));
    Peers peers;
    QTcpSocket *a = peers.connect(server->listenEndpoint().port);
    QVERIFY(a);
    QTRY_COMPARE(server->connections().size(), 1);
    Connection *connection = server->connections().first();
    write(a, "full!");
    QTRY_VERIFY(m_streams->stream(connection)->isBufferFull());
    SocketStream *fresh = m_streams->restart(connection);
    QVERIFY(fresh);
    QCOMPARE(m_streams->stream(connection), fresh);
    QVERIFY(!fresh->isBufferFull());
    QCOMPARE(fresh->bytesAvailable(), 0);
    QVERIFY(!m_streams->buffersFromFirstByte(connection)); // it starts now, not at the first byte
    QCOMPARE(m_streams->totalBuffered(), 0);
    write(a, "ok\n");
    fresh->setTimeout(Timeout);
    QCOMPARE(fresh->waitNextLine().data, QByteArray("ok"));
}

void tst_ReadStreams::aPrunedConnectionTakesItsStream()
{
    ServerSession *server = m_workbench->createServer();
    server->setClosedConnectionRetention(0);
    QVERIFY(server->listen(ServerOptions {}));
    Peers peers;
    QTcpSocket *a = peers.connect(server->listenEndpoint().port);
    QVERIFY(a);
    QTRY_COMPARE(server->connections().size(), 1);
    Connection *connection = server->connections().first();
    write(a, "unread");
    QTRY_COMPARE(m_streams->totalBuffered(), 6);
    connection->close();
    QTRY_COMPARE(server->connections().size(), 0);
    QVERIFY(!m_streams->stream(connection));
    QCOMPARE(m_streams->totalBuffered(), 0);
}

QTEST_GUILESS_MAIN(tst_ReadStreams)
#include "tst_readstreams.moc"
