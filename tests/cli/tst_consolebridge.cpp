#include "capture/capturestore.h"
#include "consolebridge.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Sockbench;
using namespace Sockbench::Cli;

// The console bridge in process, with standard input replaced by a pipe we write, over a real loopback
// connection: what it reads from standard input goes through the Connection, so the capture records it.
class tst_ConsoleBridge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void standardInputReachesTheCapture_data();
    void standardInputReachesTheCapture();

private:
    int m_savedStdin = -1;
};

void tst_ConsoleBridge::initTestCase()
{
    m_savedStdin = ::dup(STDIN_FILENO);
    QVERIFY(m_savedStdin >= 0);
}

void tst_ConsoleBridge::cleanupTestCase()
{
    if (m_savedStdin >= 0) {
        ::dup2(m_savedStdin, STDIN_FILENO);
        ::close(m_savedStdin);
    }
}

void tst_ConsoleBridge::standardInputReachesTheCapture_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("bytes as typed") << QByteArray("hello\n\x00\xff", 8) << false
                                    << QByteArray("hello\n\x00\xff", 8);
    QTest::addRow("--crlf") << QByteArray("a\nb\r\n") << true << QByteArray("a\r\nb\r\n");
}

void tst_ConsoleBridge::standardInputReachesTheCapture()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, crlf);
    QFETCH(QByteArray, expected);

    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QCOMPARE(::dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
    ::close(fds[0]);
    // All of it before the bridge reads: one read of the pipe takes it, so one send carries it.
    QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), ssize_t(input.size()));
    ::close(fds[1]);

    QTemporaryDir spool;
    Workbench workbench(spool.path());
    ServerSession *server = workbench.createServer();
    QVERIFY(server->listen(ServerOptions {}));
    QByteArray arrived;
    bool peerSawEnd = false;
    connect(server, &Session::connectionAdded, this, [&](Connection *connection) {
        connect(connection, &Connection::received, this, [&](const QByteArray &chunk) { arrived += chunk; });
        connect(connection, &Connection::peerHalfClosed, this, [&] { peerSawEnd = true; });
    });
    ClientSession *client = workbench.createClient();
    ConsoleBridge bridge(true, crlf);
    connect(client, &ClientSession::connected, &bridge, &ConsoleBridge::addConnection);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });

    // End of input half-closes the connection: the server sees it after every byte.
    QTRY_VERIFY_WITH_TIMEOUT(peerSawEnd, 5000);
    QCOMPARE(arrived, expected);
    Connection *connection = client->currentConnection();
    QVERIFY(connection);

    CaptureStore *capture = workbench.capture();
    capture->flush();
    QList<QByteArray> sent;
    bool halfClosed = false;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.connectionId != connection->id())
            continue;
        if (event.kind == EventKind::Data && event.direction == Direction::Outbound)
            sent.append(capture->payload(row));
        halfClosed = halfClosed || event.kind == EventKind::LocalHalfClosed;
    }
    QCOMPARE(sent, QList<QByteArray> { expected });
    QVERIFY(halfClosed);
    QCOMPARE(connection->bytesSent(), expected.size());
}

QTEST_GUILESS_MAIN(tst_ConsoleBridge)
#include "tst_consolebridge.moc"
