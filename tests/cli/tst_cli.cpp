// The sockbench executable, run as a separate process, against real nc (netcat-openbsd) and socat peers.
// Everything stays on 127.0.0.1; ports come from the listeners themselves (port 0), never fixed.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int Timeout = 15000;

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

/// A child process whose output is collected as it comes, and which is killed when the test ends.
class Child
{
public:
    Child(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { err += m_process.readAllStandardError(); });
        QObject::connect(
            &m_process, &QProcess::readChannelFinished, &m_process, [this] { outClosed = true; });
        if (!environment.isEmpty())
            m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
        m_started = m_process.waitForStarted(Timeout);
    }

    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(Timeout);
        }
    }

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }

    void write(const QByteArray &bytes) { m_process.write(bytes); }
    /// End of our input to the child: sent once what was written has gone out.
    void closeInput() { m_process.closeWriteChannel(); }
    void terminate() { m_process.terminate(); }

    /// True when the child has exited normally (not by a signal) within the time allowed.
    bool finish(int milliseconds = Timeout)
    {
        return QTest::qWaitFor([this] { return !isRunning(); }, milliseconds)
            && m_process.exitStatus() == QProcess::NormalExit;
    }
    int exitCode() const { return m_process.exitCode(); }

    /// The port a listener announced on standard error (sockbench, nc -v or socat -d -d), or 0.
    quint16 announcedPort()
    {
        static const QRegularExpression listening(
            QStringLiteral("[Ll]istening on (?:AF=2 )?127\\.0\\.0\\.1[: ](\\d+)"));
        QRegularExpressionMatch match;
        if (!QTest::qWaitFor(
                [&] { return (match = listening.match(QString::fromLocal8Bit(err))).hasMatch(); }, Timeout))
            return 0;
        return quint16(match.captured(1).toUInt());
    }

    QByteArray out;
    QByteArray err;
    bool outClosed = false;

private:
    QProcess m_process;
    bool m_started = false;
};

enum class Peer { Nc, Socat };

using ChildPtr = std::unique_ptr<Child>;

ChildPtr sockbench(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    return std::make_unique<Child>(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments, environment);
}

/// A peer that listens on a free port and joins the connection to its standard input and output.
ChildPtr peerListener(Peer peer)
{
    if (peer == Peer::Nc)
        return std::make_unique<Child>(QStringLiteral("nc"),
            QStringList { QStringLiteral("-l"), QStringLiteral("-n"), QStringLiteral("-v"),
                QStringLiteral("127.0.0.1"), QStringLiteral("0") });
    // -t 30: after one direction ends, keep the other open (half-close) instead of quitting after 0.5 s.
    return std::make_unique<Child>(QStringLiteral("socat"),
        QStringList { QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("-t"), QStringLiteral("30"),
            QStringLiteral("TCP-LISTEN:0,bind=127.0.0.1"), QStringLiteral("STDIO") });
}

/// A peer that connects to 127.0.0.1:port and half-closes at the end of its standard input.
ChildPtr peerClient(Peer peer, quint16 port)
{
    if (peer == Peer::Nc)
        return std::make_unique<Child>(QStringLiteral("nc"),
            QStringList { QStringLiteral("-N"), QStringLiteral("-n"), QStringLiteral("127.0.0.1"),
                QString::number(port) });
    return std::make_unique<Child>(QStringLiteral("socat"),
        QStringList { QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("STDIO"),
            QStringLiteral("TCP:127.0.0.1:%1").arg(port) });
}

/// A port that nothing listens on (just released by a listener of our own).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/// True once a peer has seen the end of our input: nc's output ends; socat logs it (and keeps its output
/// open).
bool sawEndOfInput(Child &peer, Peer kind)
{
    static const QRegularExpression socketAtEof(QStringLiteral("socket 1 \\(fd \\d+\\) is at EOF"));
    return QTest::qWaitFor(
        [&] {
            return kind == Peer::Nc ? peer.outClosed
                                    : socketAtEof.match(QString::fromLocal8Bit(peer.err)).hasMatch();
        },
        Timeout);
}

/// The environment of a machine without a display: a QApplication would abort here, so whatever succeeds or
/// is refused cleanly in it was answered without one.
QProcessEnvironment noDisplay(const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    return environment;
}

/// Runs sockbench to its end without a display; its standard output, or a null array when it did not exit
/// normally with exitCode.
QByteArray runToEnd(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    ChildPtr child = sockbench(arguments, noDisplay(locale));
    child->closeInput();
    if (!child->finish() || child->exitCode() != 0 || !child->err.isEmpty())
        return {};
    return child->out;
}

} // namespace

Q_DECLARE_METATYPE(Peer)

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectBothWays_data();
    void connectBothWays();
    void connectHalfCloseKeepsReading();
    void connectToSocatEcho();
    void listenBothWays_data();
    void listenBothWays();
    void listenEcho_data();
    void listenEcho();
    void listenDiscard();
    void listenKeepOpen();
    void crlf_data();
    void crlf();
    void errors_data();
    void errors();
    void listenOnPortInUse();
    void serviceNames();
    void connectTimeout();
    void idleTimeout();
    void defaultBindIsLoopback();
    void sigtermExitsCleanly();
    void verbose();
    void log();
    void helpListsExitCodes();
    void helpSaysWhatZeroConnectTimeoutMeans();
    void helpAndVersionWhateverWindowOptions_data();
    void helpAndVersionWhateverWindowOptions();
    void languageOfRefusals();
    void listenWarnsOnlyOnceListening();
    void replayNamesMissingFileOnce();
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKBENCH_EXECUTABLE)).isExecutable(), SOCKBENCH_EXECUTABLE);
    QVERIFY2(
        !QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty(), "nc (netcat-openbsd) is missing");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty(), "socat is missing");
}

void tst_Cli::connectBothWays_data()
{
    QTest::addColumn<Peer>("peer");
    QTest::addColumn<QByteArray>("up");
    QTest::addColumn<QByteArray>("down");
    for (const auto &[name, peer] : { std::pair { "nc", Peer::Nc }, std::pair { "socat", Peer::Socat } }) {
        QTest::addRow("%s/text", name) << peer << QByteArray("hello\n") << QByteArray("world\n");
        QTest::addRow("%s/bytes 0-255", name) << peer << allByteValues() << allByteValues();
        QTest::addRow("%s/1 MiB", name) << peer << pattern(1024 * 1024, 1) << pattern(1024 * 1024, 2);
    }
}

void tst_Cli::connectBothWays()
{
    QFETCH(Peer, peer);
    QFETCH(QByteArray, up);
    QFETCH(QByteArray, down);
    ChildPtr listener = peerListener(peer);
    QVERIFY(listener->isStarted());
    const quint16 port = listener->announcedPort();
    QVERIFY2(port, listener->err.constData());
    ChildPtr client
        = sockbench({ QStringLiteral("connect"), QStringLiteral("127.0.0.1"), QString::number(port) });
    QVERIFY(client->isStarted());

    client->write(up);
    listener->write(down);
    QTRY_COMPARE_WITH_TIMEOUT(listener->out.size(), up.size(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client->out.size(), down.size(), Timeout);
    QCOMPARE(listener->out, up);
    QCOMPARE(client->out, down);

    // End of sockbench's input: the peer sees end of input (its output ends), then both close.
    client->closeInput();
    QVERIFY(sawEndOfInput(*listener, peer));
    listener->closeInput();
    QVERIFY(listener->finish());
    QCOMPARE(listener->exitCode(), 0);
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
    QCOMPARE(client->err, QByteArray());
}

void tst_Cli::connectHalfCloseKeepsReading()
{
    // nc quits as soon as it sees end of input, so socat (which keeps its other direction open) is the peer.
    ChildPtr listener = peerListener(Peer::Socat);
    const quint16 port = listener->announcedPort();
    QVERIFY2(port, listener->err.constData());
    ChildPtr client
        = sockbench({ QStringLiteral("connect"), QStringLiteral("127.0.0.1"), QString::number(port) });
    client->write("request");
    client->closeInput();
    QVERIFY(sawEndOfInput(*listener, Peer::Socat));
    QCOMPARE(listener->out, QByteArray("request"));
    QVERIFY(client->isRunning());

    // The answer comes after the peer saw our end of input, and still arrives.
    const QByteArray answer = "answer after your end of input\n" + pattern(200000, 3);
    listener->write(answer);
    listener->closeInput();
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
    QCOMPARE(client->out, answer);
    QVERIFY(listener->finish());
    QCOMPARE(listener->exitCode(), 0);
}

void tst_Cli::connectToSocatEcho()
{
    Child echo(QStringLiteral("socat"),
        { QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("-t"), QStringLiteral("30"),
            QStringLiteral("TCP-LISTEN:0,bind=127.0.0.1"), QStringLiteral("PIPE") });
    const quint16 port = echo.announcedPort();
    QVERIFY2(port, echo.err.constData());
    ChildPtr client
        = sockbench({ QStringLiteral("connect"), QStringLiteral("127.0.0.1"), QString::number(port) });
    const QByteArray payload = pattern(8 * 1024 * 1024, 4);
    client->write(payload);
    client->closeInput();
    QVERIFY(client->finish(30000));
    QCOMPARE(client->exitCode(), 0);
    QCOMPARE(client->out.size(), payload.size());
    QVERIFY(client->out == payload);
    QCOMPARE(client->err, QByteArray());
    QVERIFY(echo.finish());
}

void tst_Cli::listenBothWays_data()
{
    connectBothWays_data();
}

void tst_Cli::listenBothWays()
{
    QFETCH(Peer, peer);
    QFETCH(QByteArray, up);
    QFETCH(QByteArray, down);
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    ChildPtr client = peerClient(peer, port);
    QVERIFY(client->isStarted());

    client->write(up);
    server->write(down);
    QTRY_COMPARE_WITH_TIMEOUT(server->out.size(), up.size(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client->out.size(), down.size(), Timeout);
    QCOMPARE(server->out, up);
    QCOMPARE(client->out, down);

    client->closeInput();
    server->closeInput();
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 0);
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
}

void tst_Cli::listenEcho_data()
{
    QTest::addColumn<Peer>("peer");
    QTest::addColumn<QByteArray>("payload");
    for (const auto &[name, peer] : { std::pair { "nc", Peer::Nc }, std::pair { "socat", Peer::Socat } }) {
        QTest::addRow("%s/bytes 0-255", name) << peer << allByteValues();
        QTest::addRow("%s/4 MiB", name) << peer << pattern(4 * 1024 * 1024, 5);
    }
}

void tst_Cli::listenEcho()
{
    QFETCH(Peer, peer);
    QFETCH(QByteArray, payload);
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--echo"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    ChildPtr client = peerClient(peer, port);
    client->write(payload);
    client->closeInput();
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
    QCOMPARE(client->out.size(), payload.size());
    QVERIFY(client->out == payload);
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 0);
    QCOMPARE(server->out, QByteArray()); // an echo server writes nothing to standard output
}

void tst_Cli::listenDiscard()
{
    ChildPtr server
        = sockbench({ QStringLiteral("listen"), QStringLiteral("--discard"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    ChildPtr client = peerClient(Peer::Nc, port);
    client->write(pattern(4 * 1024 * 1024, 6));
    client->closeInput();
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
    QCOMPARE(client->out, QByteArray());
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 0);
    QCOMPARE(server->out, QByteArray());
}

void tst_Cli::listenKeepOpen()
{
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--keep-open"),
        QStringLiteral("--echo"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());

    // Two clients at once, each answered with its own bytes only.
    ChildPtr first = peerClient(Peer::Nc, port);
    ChildPtr second = peerClient(Peer::Socat, port);
    const QByteArray one = pattern(300000, 7);
    const QByteArray two = pattern(300000, 8);
    first->write(one);
    second->write(two);
    QTRY_COMPARE_WITH_TIMEOUT(first->out.size(), one.size(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(second->out.size(), two.size(), Timeout);
    QVERIFY(first->out == one);
    QVERIFY(second->out == two);
    first->closeInput();
    second->closeInput();
    QVERIFY(first->finish());
    QVERIFY(second->finish());
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);

    // Then one more after those have gone: still listening.
    QVERIFY(server->isRunning());
    ChildPtr third = peerClient(Peer::Nc, port);
    third->write("third\n");
    third->closeInput();
    QVERIFY(third->finish());
    QCOMPARE(third->out, QByteArray("third\n"));
    QVERIFY(server->isRunning());

    server->terminate();
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 130);
}

void tst_Cli::crlf_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("onTheWire");
    QTest::addRow("LF lines") << QByteArray("GET / HTTP/1.0\nHost: x\n\n")
                              << QByteArray("GET / HTTP/1.0\r\nHost: x\r\n\r\n");
    QTest::addRow("already CRLF") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::addRow("no line end") << QByteArray("abc") << QByteArray("abc");
    QTest::addRow("lone CR kept") << QByteArray("a\rb\n") << QByteArray("a\rb\r\n");
}

void tst_Cli::crlf()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, onTheWire);
    ChildPtr listener = peerListener(Peer::Nc);
    const quint16 port = listener->announcedPort();
    QVERIFY2(port, listener->err.constData());
    ChildPtr client = sockbench({ QStringLiteral("connect"), QStringLiteral("--crlf"),
        QStringLiteral("127.0.0.1"), QString::number(port) });
    client->write(input);
    client->closeInput();
    QVERIFY(listener->finish());
    QCOMPARE(listener->out, onTheWire);
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
}

void tst_Cli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString port = QString::number(closedPort());
    QTest::addRow("refused") << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1"),
        port } << 4 << QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused").arg(port);
    QTest::addRow("unknown host") << QStringList { QStringLiteral("connect"),
        QStringLiteral("no-such-host.invalid"), QStringLiteral("80") }
                                  << 3 << QStringLiteral("host not found");
    QTest::addRow("connect port 70000")
        << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1"), QStringLiteral("70000") }
        << 2 << QStringLiteral("port 70000 is out of range");
    QTest::addRow("connect port 0") << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1"),
        QStringLiteral("0") } << 2 << QStringLiteral("port 0 is out of range");
    QTest::addRow("listen port 70000") << QStringList { QStringLiteral("listen"), QStringLiteral("70000") }
                                       << 2 << QStringLiteral("port 70000 is out of range");
    // listen takes a service name, as connect does (issue 13): only an unknown one is refused, by name.
    QTest::addRow("listen: unknown service")
        << QStringList { QStringLiteral("listen"), QStringLiteral("nosuchsvc") } << 2
        << QStringLiteral("port 'nosuchsvc' is neither a number nor a "
                          "service name this system knows");
    QTest::addRow("bad flag") << QStringList { QStringLiteral("connect"), QStringLiteral("--frobnicate"),
        QStringLiteral("127.0.0.1"), QStringLiteral("80") }
                              << 2 << QStringLiteral("unknown option '--frobnicate'");
    QTest::addRow("missing port") << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1") }
                                  << 2 << QStringLiteral("connect needs HOST and PORT");
    QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::addRow("--lang empty") << QStringList { QStringLiteral("--lang"), QString(),
        QStringLiteral("x.pcapng") }
                                  << 2 << QStringLiteral("--lang needs one of de, en, fr, not ''");
    QTest::addRow("--help, then an unknown option") << QStringList { QStringLiteral("--help"),
        QStringLiteral("--frobnicate") } << 2 << QStringLiteral("unknown option '--frobnicate'");
    QTest::addRow("command after an option") << QStringList { QStringLiteral("--demo"),
        QStringLiteral("connect"), QStringLiteral("127.0.0.1"), QStringLiteral("80") }
                                             << 2 << QStringLiteral("the command connect must come first");
    QTest::addRow("transcript show, extra argument") << QStringList { QStringLiteral("transcript"),
        QStringLiteral("show"), QStringLiteral("a.pcapng"),
        QStringLiteral("b.pcapng") } << 2 << QStringLiteral("unexpected extra argument 'b.pcapng'");
    QTest::addRow("bad bind") << QStringList { QStringLiteral("listen"), QStringLiteral("--bind"),
        QStringLiteral("nowhere"), QStringLiteral("0") }
                              << 2 << QStringLiteral("--bind needs an IP address");
    QTest::addRow("echo and discard") << QStringList { QStringLiteral("listen"), QStringLiteral("--echo"),
        QStringLiteral("--discard"), QStringLiteral("0") }
                                      << 2 << QStringLiteral("--echo and --discard exclude each other");
    QTest::addRow("bad timeout") << QStringList { QStringLiteral("connect"), QStringLiteral("--idle-timeout"),
        QStringLiteral("soon"), QStringLiteral("127.0.0.1"), QStringLiteral("80") }
                                 << 2 << QStringLiteral("--idle-timeout needs a number of seconds");
    QTest::addRow("accept timeout") << QStringList { QStringLiteral("listen"),
        QStringLiteral("--accept-timeout"), QStringLiteral("1"), QStringLiteral("0") }
                                    << 5 << QStringLiteral("no client came within 1 s");
    // A negative number is a bad port, not an option.
    QTest::addRow("connect port -1") << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1"),
        QStringLiteral("-1") } << 2 << QStringLiteral("port -1 is out of range (1-65535)");
    QTest::addRow("listen port -1") << QStringList { QStringLiteral("listen"), QStringLiteral("-1") } << 2
                                    << QStringLiteral("port -1 is out of range (0-65535)");
    QTest::addRow("read port -1") << QStringList { QStringLiteral("read"), QStringLiteral("127.0.0.1"),
        QStringLiteral("-1"), QStringLiteral("line") }
                                  << 2 << QStringLiteral("port -1 is out of range (1-65535)");
    QTest::addRow("negative timeout") << QStringList { QStringLiteral("connect"),
        QStringLiteral("--idle-timeout"), QStringLiteral("-1"), QStringLiteral("127.0.0.1"),
        QStringLiteral("80") } << 2 << QStringLiteral("--idle-timeout needs a number of seconds, not '-1'");
    QTest::addRow("connect extra") << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1"),
        QStringLiteral("80"), QStringLiteral("extra") }
                                   << 2 << QStringLiteral("unexpected extra argument 'extra'");
    QTest::addRow("listen extra") << QStringList { QStringLiteral("listen"), QStringLiteral("0"),
        QStringLiteral("extra") } << 2
                                  << QStringLiteral("unexpected extra argument 'extra'");
    // The window's arguments, refused like the subcommands' and before any window (or display) is needed.
    QTest::addRow("window bad flag") << QStringList { QStringLiteral("--frobnicate") } << 2
                                     << QStringLiteral("unknown option '--frobnicate'");
    QTest::addRow("window bad flag after Qt's") << QStringList { QStringLiteral("-platform"),
        QStringLiteral("offscreen"), QStringLiteral("--frobnicate") }
                                                << 2 << QStringLiteral("unknown option '--frobnicate'");
    QTest::addRow("language not shipped") << QStringList { QStringLiteral("--lang"), QStringLiteral("xx") }
                                          << 2 << QStringLiteral("--lang needs one of de, en, fr, not 'xx'");
    QTest::addRow("language not shipped, with a demo")
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("es") } << 2
        << QStringLiteral("--lang needs one of de, en, fr, not 'es'");
    QTest::addRow("window bad server port") << QStringList { QStringLiteral("--server"),
        QStringLiteral("http") } << 2 << QStringLiteral("--server needs a port from 0 to 65535");
    QTest::addRow("missing transcript path")
        << QStringList { QStringLiteral("/nonexistent-sockbench/capture.pcapng") } << 1
        << QStringLiteral("cannot open /nonexistent-sockbench/capture.pcapng: No such file or directory");
    QTest::addRow("missing transcript name")
        << QStringList { QStringLiteral("no-such-capture.jsonl") } << 1
        << QStringLiteral("cannot open no-such-capture.jsonl: No such file or directory");
}

void tst_Cli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    ChildPtr child = sockbench(arguments, noDisplay());
    child->closeInput();
    QVERIFY(child->finish());
    QCOMPARE(child->exitCode(), exitCode);
    QCOMPARE(child->out, QByteArray());
    // One line says what went wrong (a usage error adds a pointer to --help; listen 0 announces its port
    // first).
    const QStringList lines = QString::fromLocal8Bit(child->err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList matching = lines.filter(message);
    QCOMPARE(matching.size(), 1);
    QVERIFY2(matching.first().startsWith(QLatin1String("sockbench: ")), qPrintable(matching.first()));
    QVERIFY2(lines.size() <= 2, child->err.constData());
}

void tst_Cli::listenOnPortInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    ChildPtr server = sockbench({ QStringLiteral("listen"), QString::number(occupant.serverPort()) });
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 7);
    QCOMPARE(QString::fromLocal8Bit(server->err),
        QStringLiteral("sockbench: cannot listen on 127.0.0.1:%1: address already in use\n")
            .arg(occupant.serverPort()));
}

void tst_Cli::serviceNames()
{
    // listen SERVICE and connect HOST SERVICE, as `listen http` and `connect localhost smtp`: a service of
    // /etc/services above 10000 that nothing holds here, so no privilege or fixed port is needed.
    QFile services(QStringLiteral("/etc/services"));
    if (!services.open(QIODevice::ReadOnly))
        QSKIP("no /etc/services (Debian: apt install netbase)");
    QString name;
    quint16 port = 0;
    static const QRegularExpression entry(QStringLiteral("^([a-z][a-z0-9-]*)\\s+(\\d+)/tcp"));
    for (const QByteArray &line : services.readAll().split('\n')) {
        const QRegularExpressionMatch match = entry.match(QString::fromLatin1(line));
        const uint number = match.hasMatch() ? match.captured(2).toUInt() : 0;
        if (number <= 10000 || number > 65535)
            continue;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, quint16(number)))
            continue; // in use here
        name = match.captured(1);
        port = quint16(number);
        break;
    }
    if (name.isEmpty())
        QSKIP("no free service above port 10000 in /etc/services");
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("-v"), name });
    QTRY_VERIFY_WITH_TIMEOUT(server->err.contains("listening on"), Timeout);
    QVERIFY2(
        server->err.contains(QStringLiteral("127.0.0.1:%1").arg(port).toLatin1()), server->err.constData());
    ChildPtr client = sockbench({ QStringLiteral("connect"), QStringLiteral("127.0.0.1"), name });
    client->write("by name\n");
    client->closeInput();
    QTRY_COMPARE_WITH_TIMEOUT(server->out, QByteArray("by name\n"), Timeout);
    server->write("and back\n");
    server->closeInput();
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 0);
    QCOMPARE(client->out, QByteArray("and back\n"));
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 0);
}

void tst_Cli::connectTimeout()
{
    // A listener that never accepts, with a backlog of 0: once one connection waits in its queue, Linux drops
    // further SYNs, so a connect attempt hangs until our timeout, all on loopback.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    const auto closeListener = qScopeGuard([listener] { ::close(listener); });
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), length), 0);
    QCOMPARE(::listen(listener, 0), 0);
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const quint16 port = ntohs(address.sin_port);
    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(filler.waitForConnected(Timeout));
    QTcpSocket blocked;
    blocked.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!blocked.waitForConnected(300)); // the queue is full: this is what sockbench will meet

    QElapsedTimer timer;
    timer.start();
    ChildPtr client = sockbench({ QStringLiteral("connect"), QStringLiteral("--connect-timeout"),
        QStringLiteral("1"), QStringLiteral("127.0.0.1"), QString::number(port) });
    QVERIFY(client->finish());
    QCOMPARE(client->exitCode(), 5);
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(client->err.startsWith("sockbench: ") && client->err.count('\n') == 1, client->err.constData());
}

void tst_Cli::idleTimeout()
{
    // A silent peer, and our standard input kept open: only the idle timeout can end this.
    ChildPtr listener = peerListener(Peer::Socat);
    const quint16 port = listener->announcedPort();
    QVERIFY2(port, listener->err.constData());
    QElapsedTimer timer;
    timer.start();
    ChildPtr client = sockbench({ QStringLiteral("connect"), QStringLiteral("--idle-timeout"),
        QStringLiteral("1"), QStringLiteral("127.0.0.1"), QString::number(port) });
    QVERIFY(client->finish());
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client->exitCode(), 1);
    QCOMPARE(QString::fromLocal8Bit(client->err),
        QStringLiteral("sockbench: connection to 127.0.0.1:%1: idle timeout\n").arg(port));
}

void tst_Cli::defaultBindIsLoopback()
{
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    QCOMPARE(QString::fromLocal8Bit(server->err),
        QStringLiteral("sockbench: listening on 127.0.0.1:%1\n").arg(port));
    // Nobody else may take the same port on every interface: only 127.0.0.1 is taken.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), port));
}

void tst_Cli::sigtermExitsCleanly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), tmp.path());
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("0") }, environment);
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    ChildPtr client = peerClient(Peer::Nc, port);
    const QByteArray payload = pattern(1024 * 1024, 9);
    client->write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(server->out.size(), payload.size(), Timeout); // so the capture has spooled

    QElapsedTimer timer;
    timer.start();
    server->terminate();
    QVERIFY(server->finish());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server->exitCode(), 130);
    QCOMPARE(QDir(tmp.path()).entryList({ QStringLiteral("sockbench-spool-*") }, QDir::Files | QDir::Hidden),
        QStringList());
    client->closeInput();
    QVERIFY(client->finish());
}

void tst_Cli::verbose()
{
    ChildPtr server
        = sockbench({ QStringLiteral("listen"), QStringLiteral("--verbose"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    ChildPtr client = peerClient(Peer::Nc, port);
    client->write("hi\n");
    client->closeInput();
    server->closeInput();
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 0);
    QCOMPARE(server->out, QByteArray("hi\n"));
    const QString err = QString::fromLocal8Bit(server->err);
    for (const QString &event : { QStringLiteral("listening on 127.0.0.1:%1").arg(port),
             QStringLiteral("accepted connection from 127.0.0.1:"), QStringLiteral("peer closed its side"),
             QStringLiteral("closed our side"), QStringLiteral("closed\n") })
        QVERIFY2(err.contains(event), qPrintable(event + QLatin1String(" not in:\n") + err));
    QVERIFY2(!err.contains(QLatin1String("received")), qPrintable(err)); // traffic only with --log
    QVERIFY(client->finish());
}

void tst_Cli::log()
{
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--log"), QStringLiteral("0") });
    const quint16 port = server->announcedPort();
    QVERIFY2(port, server->err.constData());
    ChildPtr client = peerClient(Peer::Nc, port);
    const QByteArray hello("hello\0\xff", 7);
    client->write(hello);
    QTRY_COMPARE_WITH_TIMEOUT(server->out, hello, Timeout);
    server->write("back");
    QTRY_COMPARE_WITH_TIMEOUT(client->out, QByteArray("back"), Timeout);
    client->closeInput();
    server->closeInput();
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 0);
    QCOMPARE(server->out, hello); // standard output carries the peer's bytes only
    const QString err = QString::fromLocal8Bit(server->err);
    for (const QString &line :
        { QStringLiteral("#1 received 7 bytes\n"), QStringLiteral("00000000  68 65 6c 6c 6f 00 ff "),
            QStringLiteral("|hello..|"), QStringLiteral("#1 sent 4 bytes\n"),
            QStringLiteral("00000000  62 61 63 6b "), QStringLiteral("|back|") })
        QVERIFY2(err.contains(line), qPrintable(line + QLatin1String(" not in:\n") + err));
    QVERIFY2(!err.contains(QLatin1String("accepted")), qPrintable(err)); // lifecycle only with --verbose
    QVERIFY(client->finish());
}

void tst_Cli::helpListsExitCodes()
{
    for (const QStringList &arguments : { QStringList { QStringLiteral("--help") },
             QStringList { QStringLiteral("connect"), QStringLiteral("--help") },
             QStringList { QStringLiteral("listen"), QStringLiteral("-h") } }) {
        ChildPtr child = sockbench(arguments);
        QVERIFY(child->finish());
        QCOMPARE(child->exitCode(), 0);
        const QString help = QString::fromLocal8Bit(child->out);
        QVERIFY(help.contains(QLatin1String("Exit status:")));
        for (const char *line : { "  0    success", "  2    usage error", "  3    host not found",
                 "  4    connection refused", "  5    timed out", "  7    address already in use",
                 "  10   connection reset", "  130  interrupted" })
            QVERIFY2(help.contains(QLatin1String(line)), line);
    }
}

void tst_Cli::helpSaysWhatZeroConnectTimeoutMeans()
{
    // As for read --timeout: 0 waits as long as the system lets a connection attempt wait.
    const QString help = QString::fromLocal8Bit(runToEnd({ QStringLiteral("--help") }));
    QVERIFY(help.contains(QLatin1String("--connect-timeout SECONDS  give up connecting after this long "
                                        "(default 10; 0: without limit)")));
}

void tst_Cli::helpAndVersionWhateverWindowOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("reference"); // run alone, with the reference's locale
    QTest::addColumn<QString>("locale");
    const QStringList help { QStringLiteral("--help") };
    const QStringList version { QStringLiteral("--version") };
    const QString c = QStringLiteral("C.UTF-8");
    QTest::addRow("help, lang en") << QStringList { QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--help") } << help
                                   << c;
    // --lang speaks the language asked for, as the system's language does for a plain --help.
    QTest::addRow("help, lang fr") << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"),
        QStringLiteral("--help") } << help
                                   << QStringLiteral("fr_FR.UTF-8");
    QTest::addRow("help, demo, server") << QStringList { QStringLiteral("--demo"), QStringLiteral("--server"),
        QStringLiteral("0"), QStringLiteral("-h") }
                                        << help << c;
    QTest::addRow("version, lang fr")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version") }
        << version << c;
    QTest::addRow("version, lang xx")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version") }
        << version << c;
    QTest::addRow("version, short") << QStringList { QStringLiteral("-v") } << version << c;
}

void tst_Cli::helpAndVersionWhateverWindowOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, reference);
    QFETCH(QString, locale);
    const QByteArray expected = runToEnd(reference, locale);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(runToEnd(arguments), expected);
}

void tst_Cli::languageOfRefusals()
{
    // --lang fr refuses in French, as a French system does.
    const auto refusal = [](const QStringList &arguments, const QString &locale) {
        ChildPtr child = sockbench(arguments, noDisplay(locale));
        return child->finish() && child->exitCode() == 2 ? child->err : QByteArray();
    };
    const QStringList badServer { QStringLiteral("--server"), QStringLiteral("http") };
    const QByteArray english = refusal(badServer, QStringLiteral("C.UTF-8"));
    const QByteArray french = refusal(badServer, QStringLiteral("fr_FR.UTF-8"));
    QVERIFY(english.startsWith("sockbench: --server needs a port"));
    QVERIFY(french.startsWith("sockbench: "));
    QVERIFY(french != english);
    QCOMPARE(refusal(QStringList { QStringLiteral("--lang"), QStringLiteral("fr") } + badServer,
                 QStringLiteral("C.UTF-8")),
        french);
}

void tst_Cli::listenWarnsOnlyOnceListening()
{
    // 192.0.2.1 (TEST-NET-1) is no address of this machine: nothing listens, so nothing is reachable to warn
    // of.
    ChildPtr server = sockbench({ QStringLiteral("listen"), QStringLiteral("--bind"),
                                    QStringLiteral("192.0.2.1"), QStringLiteral("0") },
        noDisplay());
    QVERIFY(server->finish());
    QCOMPARE(server->exitCode(), 9);
    QCOMPARE(QString::fromLocal8Bit(server->err),
        QStringLiteral("sockbench: cannot listen on 192.0.2.1:0: address not available on this machine\n"));
}

void tst_Cli::replayNamesMissingFileOnce()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("none.pcapng"));
    ChildPtr replay = sockbench(
        { QStringLiteral("replay"), path, QStringLiteral("127.0.0.1"), QString::number(closedPort()) },
        noDisplay());
    QVERIFY(replay->finish());
    QCOMPARE(replay->exitCode(), 1);
    QCOMPARE(QString::fromLocal8Bit(replay->err),
        QStringLiteral("sockbench: cannot open %1: No such file or directory\n").arg(path));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
