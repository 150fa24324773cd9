// The chapter's servers played by `sockbench listen` (--echo-prefix, --lines, --once, --greet) against
// Debian's nc as the chapter's reader runs it: without -N, so nc ends only when the server closes.
// Everything on 127.0.0.1, ports from port 0.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

constexpr int Timeout = 20000;

/// A process whose output and errors are gathered as they come; killed if still running at the end.
class Program
{
public:
    Program(const QString &program, const QStringList &arguments)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
            [this] { out += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
            [this] { err += process.readAllStandardError(); });
        process.start(program, arguments);
    }
    ~Program()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(Timeout);
        }
    }
    bool ended(int milliseconds = Timeout)
    {
        return QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, milliseconds)
            && process.exitStatus() == QProcess::NormalExit;
    }
    /// The port `sockbench listen ... 0` announced on standard error, or 0.
    quint16 port()
    {
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        if (!QTest::qWaitFor(
                [&] { return (match = listening.match(QString::fromLocal8Bit(err))).hasMatch(); }, Timeout))
            return 0;
        return quint16(match.captured(1).toUInt());
    }

    QProcess process;
    QByteArray out;
    QByteArray err;
};

using ProgramPtr = std::unique_ptr<Program>;

ProgramPtr sockbench(const QStringList &arguments)
{
    return std::make_unique<Program>(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
}

/// `echo TEXT | nc 127.0.0.1 PORT`: Debian's nc without -N, which keeps its socket open at end of input.
ProgramPtr ncSending(quint16 port, const QByteArray &input)
{
    auto nc = std::make_unique<Program>(
        QStringLiteral("nc"), QStringList { QStringLiteral("127.0.0.1"), QString::number(port) });
    nc->process.write(input);
    nc->process.closeWriteChannel();
    return nc;
}

} // namespace

class tst_ChapterServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void basicEchoServer();
    void echoServerManyClients();
    void echoServerReceiveTimeout();
    void perLinePrefix();
    void greetingServer();
    void answerOnMatch_data();
    void answerOnMatch();
    void receiveTimeoutCountsOnlyWhatComes();
    void badTemplatesListenNothing_data();
    void badTemplatesListenNothing();
};

void tst_ChapterServers::initTestCase()
{
    QVERIFY2(
        !QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty(), "nc (netcat-openbsd) is missing");
}

// The chapter's first server: one client, one read, `ECHO: ` and the data, then close; nc ends.
void tst_ChapterServers::basicEchoServer()
{
    ProgramPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--echo-prefix"),
        QStringLiteral("ECHO: "), QStringLiteral("--once"), QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    QElapsedTimer elapsed;
    elapsed.start();
    ProgramPtr nc = ncSending(port, "Hello Pharo\n");
    QVERIFY(nc->ended());
    QVERIFY2(elapsed.elapsed() < 5000, "nc hung instead of ending when the server closed");
    QCOMPARE(nc->process.exitCode(), 0);
    QCOMPARE(nc->out, QByteArray("ECHO: Hello Pharo\n"));
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 0);
    QCOMPARE(server->out, QByteArray("Hello Pharo\n")); // the server logs what came
}

// EchoServer: -k, backlog 10, 20 clients at once, each answered its own line only, then closed.
void tst_ChapterServers::echoServerManyClients()
{
    ProgramPtr server
        = sockbench({ QStringLiteral("listen"), QStringLiteral("-k"), QStringLiteral("--echo-prefix"),
            QStringLiteral("ECHO: "), QStringLiteral("--once"), QStringLiteral("--idle-timeout"),
            QStringLiteral("5"), QStringLiteral("--backlog"), QStringLiteral("10"), QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    constexpr int Clients = 20;
    std::vector<ProgramPtr> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(ncSending(port, QByteArray("Hello from client ") + QByteArray::number(i) + '\n'));
    for (int i = 0; i < Clients; ++i) {
        QVERIFY2(clients[i]->ended(), qPrintable(QStringLiteral("client %1 did not end").arg(i)));
        QCOMPARE(clients[i]->process.exitCode(), 0);
        QCOMPARE(clients[i]->out, QByteArray("ECHO: Hello from client ") + QByteArray::number(i) + '\n');
    }
    QVERIFY(server->process.state() == QProcess::Running); // still serving
    ProgramPtr late = ncSending(port, "one more\n");
    QVERIFY(late->ended());
    QCOMPARE(late->out, QByteArray("ECHO: one more\n"));
    server->process.terminate();
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 130);
}

// EchoServer's receiveDataTimeout: 5: a client that sends nothing is closed after 5 s, not before.
void tst_ChapterServers::echoServerReceiveTimeout()
{
    ProgramPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("-k"),
        QStringLiteral("--echo-prefix"), QStringLiteral("ECHO: "), QStringLiteral("--once"),
        QStringLiteral("--idle-timeout"), QStringLiteral("2"), QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    QTcpSocket silent;
    QElapsedTimer elapsed;
    elapsed.start(); // before the connect: the server's timer starts later, at its accept
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(Timeout));
    QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, Timeout);
    QVERIFY2(elapsed.elapsed() >= 2000, qPrintable(QString::number(elapsed.elapsed()))); // never early
    QVERIFY(silent.readAll().isEmpty());
    server->process.terminate();
    QVERIFY(server->ended());
}

// --lines: one answer per line, however the lines arrive; without --once the connection stays.
void tst_ChapterServers::perLinePrefix()
{
    ProgramPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--echo-prefix"),
        QStringLiteral("{{counter}}> "), QStringLiteral("--lines"), QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(Timeout));
    QByteArray got;
    client.write("one\ntw");
    QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll()) == "1> one\n", Timeout);
    client.write("o\r\nthree");
    QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll()) == "1> one\n2> two\r\n", Timeout);
    client.disconnectFromHost(); // a half-close: the unended last line is answered, then the server ends
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 0);
    QCOMPARE(server->out, QByteArray("one\ntwo\r\nthree"));
}

// The SocketStream server: greets with a CR LF line, logs the client's line.
void tst_ChapterServers::greetingServer()
{
    ProgramPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--greet"),
        QStringLiteral("Greetings from Pharo Server\\r\\n"), QStringLiteral("--accept-timeout"),
        QStringLiteral("30"), QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(Timeout));
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT(
        got += client.readAll(), QByteArray("Greetings from Pharo Server\r\n"), Timeout);
    client.write("Hi from the client\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(server->out, QByteArray("Hi from the client\r\n"), Timeout);
    client.close();
    server->process.closeWriteChannel();
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 0);
}

// Issue 10's matches on the command line: --on TEXT, --on-regex REGEX and --on-hex HEX choose which chunks
// (lines with --lines) --answer TEMPLATE answers, through the Responder the window's servers use.
void tst_ChapterServers::answerOnMatch_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QByteArray>("input"); // what nc sends, without -N
    QTest::addColumn<QByteArray>("answer"); // all nc gets before the server closes (--once)
    QTest::addRow("--on text, per line")
        << QStringList { QStringLiteral("--on"), QStringLiteral("PING"), QStringLiteral("--answer"),
               QStringLiteral("PONG {{counter}}\\r\\n"), QStringLiteral("--lines"), QStringLiteral("--once") }
        << QByteArray("hello\nPING now\nPING again\n") << QByteArray("PONG 1\r\n");
    QTest::addRow("--on-regex, the line in the answer")
        << QStringList { QStringLiteral("--on-regex"), QStringLiteral("^GET /\\w+"),
               QStringLiteral("--answer"), QStringLiteral("HTTP/1.0 200 OK\\r\\n\\r\\n{{data}}"),
               QStringLiteral("--lines"), QStringLiteral("--once") }
        << QByteArray("HEAD /x\nGET /\nGET /index\n") << QByteArray("HTTP/1.0 200 OK\r\n\r\nGET /index\n");
    QTest::addRow("--on-hex, a chunk")
        << QStringList { QStringLiteral("--on-hex"), QStringLiteral("de ad"), QStringLiteral("--answer"),
               QStringLiteral("\\x01\\x02{{crc16}}"), QStringLiteral("--once") }
        << QByteArray("ab\xde\xad\x00", 5)
        << QByteArray("\x01\x02\x81\xe1", 4); // CRC-16/MODBUS of 01 02 is 0xE181
    QTest::addRow("--on with --echo-prefix")
        << QStringList { QStringLiteral("--on"), QStringLiteral("Pharo"), QStringLiteral("--echo-prefix"),
               QStringLiteral("ECHO: "), QStringLiteral("--lines"), QStringLiteral("--once") }
        << QByteArray("Hello Smalltalk\nHello Pharo\n") << QByteArray("ECHO: Hello Pharo\n");
}

void tst_ChapterServers::answerOnMatch()
{
    QFETCH(QStringList, flags);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, answer);
    ProgramPtr server
        = sockbench(QStringList { QStringLiteral("listen") } + flags + QStringList { QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    ProgramPtr nc = ncSending(port, input);
    QVERIFY(nc->ended()); // the server closed after its one answer: nc ends without -N
    QCOMPARE(nc->process.exitCode(), 0);
    QCOMPARE(nc->out, answer);
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 0);
    QVERIFY2(input.startsWith(server->out) && !server->out.isEmpty(), server->out.constData()); // its log
}

// --receive-timeout counts what comes only: the server's own sends (here its standard input) do not keep a
// silent client, as they keep it under --idle-timeout. Without -k, that client's end is the command's: 1.
void tst_ChapterServers::receiveTimeoutCountsOnlyWhatComes()
{
    ProgramPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--receive-timeout"),
        QStringLiteral("1.5"), QStringLiteral("0") });
    const quint16 port = server->port();
    QVERIFY2(port, server->err.constData());
    QTcpSocket silent;
    QElapsedTimer elapsed;
    elapsed.start();
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(Timeout));
    QByteArray got;
    int sent = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (elapsed.elapsed() > sent * 300) { // the server talks every 300 ms
                server->process.write("tick\n");
                ++sent;
            }
            got += silent.readAll();
            return silent.state() == QAbstractSocket::UnconnectedState;
        },
        Timeout));
    QVERIFY2(elapsed.elapsed() >= 1500, qPrintable(QString::number(elapsed.elapsed()))); // never early
    QVERIFY2(got.startsWith("tick\ntick\n"), got.constData()); // it was talking all along
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 1);
    QVERIFY2(server->err.contains("receive timeout: nothing came within 1.5 s"), server->err.constData());
}

void tst_ChapterServers::badTemplatesListenNothing_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");
    QTest::addRow("bad escape in --greet") << QStringList { QStringLiteral("--greet"),
        QStringLiteral("hi\\q") } << QStringLiteral("sockbench: --greet: column 3: unknown escape \\q");
    QTest::addRow("unknown field in --echo-prefix")
        << QStringList { QStringLiteral("--echo-prefix"), QStringLiteral("{{nope}}") }
        << QStringLiteral("sockbench: --echo-prefix: column 1: unknown field {{nope}}");
    QTest::addRow("--once alone") << QStringList { QStringLiteral("--once") }
                                  << QStringLiteral("sockbench: --once needs --echo or --echo-prefix");
    QTest::addRow("--lines alone") << QStringList { QStringLiteral("--lines") }
                                   << QStringLiteral("sockbench: --lines needs --echo or --echo-prefix");
    QTest::addRow("--echo-prefix with --discard")
        << QStringList { QStringLiteral("--echo-prefix"), QStringLiteral("x"), QStringLiteral("--discard") }
        << QStringLiteral("sockbench: --echo-prefix and --discard exclude each other");
    QTest::addRow("--on without an answer")
        << QStringList { QStringLiteral("--on"), QStringLiteral("x") }
        << QStringLiteral("sockbench: --on needs --answer, --echo-prefix or "
                          "--echo: it says which chunks they answer");
    QTest::addRow("two matches") << QStringList { QStringLiteral("--on"), QStringLiteral("x"),
        QStringLiteral("--on-hex"), QStringLiteral("41"), QStringLiteral("--echo") }
                                 << QStringLiteral("sockbench: --on and --on-hex exclude each other");
    QTest::addRow("bad regular expression")
        << QStringList { QStringLiteral("--on-regex"), QStringLiteral("(a"), QStringLiteral("--echo") }
        << QStringLiteral("sockbench: --on-regex: the regular expression: column ");
    QTest::addRow("bad hex match") << QStringList { QStringLiteral("--on-hex"), QStringLiteral("zz"),
        QStringLiteral("--echo") } << QStringLiteral("sockbench: --on-hex: the match: ");
    QTest::addRow("empty text match") << QStringList { QStringLiteral("--on"), QString(),
        QStringLiteral("--echo") } << QStringLiteral("sockbench: --on: the match is empty");
    QTest::addRow("--answer with --echo") << QStringList { QStringLiteral("--answer"), QStringLiteral("x"),
        QStringLiteral("--echo") } << QStringLiteral("sockbench: --answer and --echo exclude each other");
    QTest::addRow("bad escape in --answer") << QStringList { QStringLiteral("--answer"),
        QStringLiteral("ok\\q") } << QStringLiteral("sockbench: --answer: column 3: unknown escape \\q");
    QTest::addRow("--receive-timeout 0") << QStringList { QStringLiteral("--receive-timeout"),
        QStringLiteral("0") } << QStringLiteral("sockbench: --receive-timeout needs more than 0 seconds");
    QTest::addRow("--receive-timeout soon") << QStringList { QStringLiteral("--receive-timeout"),
        QStringLiteral("soon") } << QStringLiteral("sockbench: --receive-timeout needs a number of seconds");
}

void tst_ChapterServers::badTemplatesListenNothing()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    ProgramPtr server
        = sockbench(QStringList { QStringLiteral("listen") } + flags + QStringList { QStringLiteral("0") });
    server->process.closeWriteChannel();
    QVERIFY(server->ended());
    QCOMPARE(server->process.exitCode(), 2);
    QVERIFY2(server->err.startsWith(message.toUtf8()), server->err.constData());
    QVERIFY2(!server->err.contains("listening on"), server->err.constData()); // refused before listening
    QCOMPARE(server->out, QByteArray());
}

QTEST_GUILESS_MAIN(tst_ChapterServers)
#include "tst_chapterservers.moc"
