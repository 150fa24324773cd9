// `sockbench nc` beside the real netcat-openbsd: the same arguments, run against the same loopback peers,
// give the same exit status and the same bytes; and what sockbench adds over the same sessions (the capture).

#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <sys/socket.h>

class tst_Nc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsNetcat_data();
    void sameAsNetcat();
    void listensLikeNetcat_data();
    void listensLikeNetcat();
    void listenEndsAtClientHalfClose_data();
    void listenEndsAtClientHalfClose();
    void scanIsRecorded();
    void connectAndListenTakeFamilies_data();
    void connectAndListenTakeFamilies();
    void bindAnyTakesBothFamilies();
    void sameAsNetcatOverUdp_data();
    void sameAsNetcatOverUdp();
    void listensLikeNetcatOverUdp_data();
    void listensLikeNetcatOverUdp();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };
    /// Runs program (nc, or sockbench with "nc" first) through bash -c script with $@ = arguments, the event
    /// loop turning meanwhile (the peers live in this process).
    Run run(const QString &script, const QStringList &arguments);
    /// What a row of a side-by-side comparison expects of nc and of sockbench nc alike.
    struct Expected
    {
        int status = 0;
        QByteArray output;
        QByteArray peerReceives;
        QByteArray errorSays; ///< In standard error ("" for anything).
        bool endsAtDeadline = false; ///< -w 1 ends it after about a second, not when its input ends.
        bool alwaysSaysWhy = false; ///< A failing sockbench nc says why even where it prints nothing else.
    };
    /// Runs which ("nc" or "sockbench nc") with words, the output of the shell command input as its standard
    /// input, and checks its exit status, standard output and standard error, and what the peer received
    /// (peerReceived, the peer's own buffer, waited for), against expected; a failure says which and words.
    void compareWithNetcat(const QString &which, const QString &input, const QStringList &words,
        const QByteArray &peerReceived, const Expected &expected);
    /// Starts which ("nc" or "sockbench nc") as process with words: the side-by-side listeners' one start.
    void startNc(QProcess &process, const QString &which, const QStringList &words) const;

    QString m_nc;
};

namespace {

/// A peer of one of the kinds the rows name, on a port of its own.
class Peer final : public QObject
{
public:
    enum Kind { Greets, /* writes "hello\n" and closes */ Silent, /* reads, keeps the connection open */ };
    explicit Peer(Kind kind)
        : m_kind(kind)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(
                    socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
                if (m_kind == Greets) {
                    socket->write("hello\n");
                    socket->disconnectFromHost();
                }
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    Kind m_kind;
    QTcpServer m_server;
};

/// A loopback port nothing listens on: one a server had a moment ago.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// True once something listens on the TCP port on 127.0.0.1: a listen of our own there fails. (Waiting
/// for a listener by connecting to it would use up nc -l's one client.)
bool tcpPortTaken(quint16 port)
{
    QTcpServer probe;
    return !probe.listen(QHostAddress::LocalHost, port);
}

/// A UDP peer on a port of its own: keeps what it gets and, as Echo, sends each datagram back to its sender.
class UdpPeer final : public QObject
{
public:
    enum Kind { Echo, Quiet };
    explicit UdpPeer(Kind kind)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this, kind] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = m_socket.receiveDatagram(70000);
                received += datagram.data();
                if (kind == Echo)
                    m_socket.writeDatagram(datagram.makeReply(datagram.data()));
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    QByteArray received;

private:
    QUdpSocket m_socket;
};

/// A UDP port nothing holds: one a socket had a moment ago.
quint16 closedUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

/// True once something holds the UDP port on 127.0.0.1 (or every address): a bind of our own fails.
bool udpPortTaken(quint16 port)
{
    QUdpSocket probe;
    return !probe.bind(QHostAddress::LocalHost, port, QAbstractSocket::DontShareAddress);
}

} // namespace

void tst_Nc::startNc(QProcess &process, const QString &which, const QStringList &words) const
{
    if (which == QLatin1String("nc"))
        process.start(m_nc, words);
    else
        process.start(QStringLiteral(SOCKBENCH_EXECUTABLE), QStringList { QStringLiteral("nc") } + words);
}

void tst_Nc::initTestCase()
{
    m_nc = QStandardPaths::findExecutable(QStringLiteral("nc"));
    if (m_nc.isEmpty())
        QSKIP("nc is not installed (Debian: apt install netcat-openbsd, or scripts/install-deps tests)");
    QProcess version;
    version.start(m_nc, { QStringLiteral("-h") });
    version.waitForFinished(5000);
    if (!QByteArray(version.readAllStandardOutput() + version.readAllStandardError())
             .contains("OpenBSD netcat"))
        QSKIP("nc here is not netcat-openbsd, the one sockbench nc follows");
}

tst_Nc::Run tst_Nc::run(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("sh") } + arguments);
    QElapsedTimer timer;
    timer.start();
    Run result;
    if (!process.waitForStarted(5000))
        return result;
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.ms = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_Nc::compareWithNetcat(const QString &which, const QString &input, const QStringList &words,
    const QByteArray &peerReceived, const Expected &expected)
{
    const QString program
        = which == QLatin1String("nc") ? QStringLiteral("\"$NC\"") : QStringLiteral("\"$SOCKBENCH\" nc");
    // Input by process substitution: the script ends when nc does, not when its input's writer does.
    const QString script = QStringLiteral("NC=%1 SOCKBENCH=%2; %4 \"$@\" < <(%3)")
                               .arg(m_nc, QStringLiteral(SOCKBENCH_EXECUTABLE), input, program);
    const Run result = run(script, words);
    const QByteArray context
        = QString(which + QLatin1String(": ") + words.join(QLatin1Char(' '))).toLocal8Bit()
        + "\nstderr: " + result.err;
    QVERIFY2(result.exitCode == expected.status,
        QByteArray(context + "\nexit " + QByteArray::number(result.exitCode)).constData());
    QVERIFY2(result.out == expected.output, QByteArray(context + "\nstdout: " + result.out).constData());
    QTRY_COMPARE_WITH_TIMEOUT(peerReceived, expected.peerReceives, 5000);
    QVERIFY2(result.err.contains(expected.errorSays), context.constData());
    if (which == QLatin1String("sockbench nc") && expected.status != 0
        && (expected.alwaysSaysWhy || !result.err.isEmpty()))
        QVERIFY2(
            result.err.startsWith("sockbench") || result.err.contains("\nsockbench"), context.constData());
    if (expected.endsAtDeadline)
        QVERIFY2(result.ms >= 900 && result.ms < 3500, context.constData()); // at -w, not at sleep's end
}

void tst_Nc::sameAsNetcat_data()
{
    QTest::addColumn<QString>("input"); // a shell command whose output is nc's standard input
    QTest::addColumn<QStringList>("arguments"); // PORT is the peer's port, CLOSED a port nobody listens on
    QTest::addColumn<int>("peer"); // Peer::Kind
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("peerReceives");
    QTest::addColumn<QByteArray>("errorSays"); // in both nc's and sockbench's standard error ("" for nothing)
    const QString host = QStringLiteral("127.0.0.1");
    const QString none = QStringLiteral("true");
    QTest::addRow("peer greets and closes")
        << none << QStringList { host, QStringLiteral("PORT") } << int(Peer::Greets) << 0
        << QByteArray("hello\n") << QByteArray() << QByteArray();
    QTest::addRow("HOST:PORT is sockbench's") // (nc has no HOST:PORT: compared with nc HOST PORT)
        << none << QStringList { QStringLiteral("HOSTPORT") } << int(Peer::Greets) << 0
        << QByteArray("hello\n") << QByteArray() << QByteArray();
    QTest::addRow("refused") << none << QStringList { host, QStringLiteral("CLOSED") } << int(Peer::Silent)
                             << 1 << QByteArray() << QByteArray()
                             << QByteArray(); // nc says nothing; sockbench why
    QTest::addRow("-v refused") << none
                                << QStringList { QStringLiteral("-v"), host, QStringLiteral("CLOSED") }
                                << int(Peer::Silent) << 1 << QByteArray() << QByteArray()
                                << QByteArray("refused");
    QTest::addRow("-q 0 quits at end of input")
        << QStringLiteral("printf hi")
        << QStringList { QStringLiteral("-q"), QStringLiteral("0"), host, QStringLiteral("PORT") }
        << int(Peer::Silent) << 0 << QByteArray() << QByteArray("hi") << QByteArray();
    QTest::addRow("-N -q 1 with CRLF")
        << QStringLiteral("printf 'a\\nb\\n'")
        << QStringList { QStringLiteral("-NCq1"), host, QStringLiteral("PORT") } << int(Peer::Silent) << 0
        << QByteArray() << QByteArray("a\r\nb\r\n") << QByteArray();
    QTest::addRow("-w 1 ends an idle connection, a success")
        << QStringLiteral("sleep 4")
        << QStringList { QStringLiteral("-w"), QStringLiteral("1"), host, QStringLiteral("PORT") }
        << int(Peer::Silent) << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("-z open") << none << QStringList { QStringLiteral("-z"), host, QStringLiteral("PORT") }
                             << int(Peer::Silent) << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("-z closed") << none << QStringList { QStringLiteral("-z"), host, QStringLiteral("CLOSED") }
                               << int(Peer::Silent) << 1 << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("-zv range, one open")
        << none << QStringList { QStringLiteral("-zv"), host, QStringLiteral("CLOSED-PORT") }
        << int(Peer::Silent) << 0 << QByteArray() << QByteArray() << QByteArray("port [tcp/*] succeeded!");
    QTest::addRow("port out of range")
        << none << QStringList { host, QStringLiteral("70000") } << int(Peer::Silent) << 1 << QByteArray()
        << QByteArray() << QByteArray("70000");
    QTest::addRow("-n with a name") << none
                                    << QStringList { QStringLiteral("-n"), QStringLiteral("localhost"),
                                           QStringLiteral("PORT") }
                                    << int(Peer::Silent) << 1 << QByteArray() << QByteArray()
                                    << QByteArray("localhost");
    QTest::addRow("-k without -l") << none
                                   << QStringList { QStringLiteral("-k"), host, QStringLiteral("PORT") }
                                   << int(Peer::Silent) << 1 << QByteArray() << QByteArray()
                                   << QByteArray("-k");
    QTest::addRow("unknown flag") << none
                                  << QStringList { QStringLiteral("-Q"), host, QStringLiteral("PORT") }
                                  << int(Peer::Silent) << 1 << QByteArray() << QByteArray()
                                  << QByteArray("invalid option -- 'Q'");
}

void tst_Nc::sameAsNetcat()
{
    QFETCH(QString, input);
    QFETCH(QStringList, arguments);
    QFETCH(int, peer);
    QFETCH(int, status);
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, peerReceives);
    QFETCH(QByteArray, errorSays);
    for (const QString &which : { QStringLiteral("nc"), QStringLiteral("sockbench nc") }) {
        Peer server { Peer::Kind(peer) };
        QVERIFY(server.port() != 0);
        const QString port = QString::number(server.port());
        const QString closed = QString::number(closedPort());
        QStringList words;
        for (const QString &argument : arguments) {
            QString word = argument;
            if (word == QLatin1String("HOSTPORT"))
                word = which == QLatin1String("nc") ? QStringLiteral("127.0.0.1 ") + port
                                                    : QStringLiteral("127.0.0.1:") + port;
            word.replace(
                QLatin1String("CLOSED-PORT"), QString::number(server.port() - 1) + QLatin1Char('-') + port);
            word.replace(QLatin1String("CLOSED"), closed).replace(QLatin1String("PORT"), port);
            words += word.split(QLatin1Char(' '));
        }
        compareWithNetcat(which, input, words, server.received,
            { status, output, peerReceives, errorSays,
                QTest::currentDataTag() == QByteArrayLiteral("-w 1 ends an idle connection, a success") });
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_Nc::listensLikeNetcat_data()
{
    QTest::addColumn<QStringList>("arguments"); // PORT: the port to listen on
    QTest::addColumn<bool>("v6");
    QTest::addRow("-l PORT") << QStringList { QStringLiteral("-l"), QStringLiteral("PORT") } << false;
    QTest::addRow("-l -p PORT") << QStringList { QStringLiteral("-l"), QStringLiteral("-p"),
        QStringLiteral("PORT") } << false;
    QTest::addRow("-l ADDR PORT") << QStringList { QStringLiteral("-l"), QStringLiteral("127.0.0.1"),
        QStringLiteral("PORT") } << false;
    QTest::addRow("-6 -l -s ::1 -p PORT") << QStringList { QStringLiteral("-6"), QStringLiteral("-l"),
        QStringLiteral("-s"), QStringLiteral("::1"), QStringLiteral("-p"), QStringLiteral("PORT") }
                                          << true;
}

void tst_Nc::listensLikeNetcat()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, v6);
    for (const QString &which : { QStringLiteral("nc"), QStringLiteral("sockbench nc") }) {
        const QString port = QString::number(closedPort());
        QStringList words = arguments;
        words.replaceInStrings(QStringLiteral("PORT"), port);
        QProcess listener;
        startNc(listener, which, words);
        QVERIFY(listener.waitForStarted(5000));
        listener.write("from the listener\n");
        listener.closeWriteChannel(); // at the end of its input, and the client's close: done
        QTcpSocket client;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         client.abort();
                         client.connectToHost(v6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                 : QHostAddress(QHostAddress::LocalHost),
                             port.toUShort());
                         return client.waitForConnected(200);
                     },
                     10000),
            qPrintable(which));
        client.write("from the client\n");
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += client.readAll();
                return got.contains('\n');
            },
            10000));
        QCOMPARE(got, QByteArray("from the listener\n"));
        client.disconnectFromHost();
        QVERIFY2(QTest::qWaitFor([&] { return listener.state() == QProcess::NotRunning; }, 10000),
            qPrintable(which));
        QCOMPARE(listener.exitCode(), 0);
        QCOMPARE(listener.readAllStandardOutput(), QByteArray("from the client\n"));
    }
}

void tst_Nc::listenEndsAtClientHalfClose_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("client"); // a shell command with $NC and $PORT, or "shutdown" (SHUT_WR here)
    const QString ncN = QStringLiteral("echo Hello | \"$NC\" -N 127.0.0.1 \"$PORT\"");
    const QString shutdown = QStringLiteral("shutdown");
    QTest::addRow("-l, a client nc -N") << QStringLiteral("-l") << ncN;
    QTest::addRow("-l, a client that half-closes") << QStringLiteral("-l") << shutdown;
    QTest::addRow("-lk, a client nc -N") << QStringLiteral("-lk") << ncN;
    QTest::addRow("-lk, a client that half-closes") << QStringLiteral("-lk") << shutdown;
}

void tst_Nc::listenEndsAtClientHalfClose()
{
    // netcat-openbsd's readwrite(): "listen and net in gone, queues empty, done": a listener whose own
    // input is still open (the review's `sleep 3 | nc -l`) ends the connection when its client half-closes;
    // -l then exits 0, -lk serves the next client.
    QFETCH(QString, flags);
    QFETCH(QString, client);
    const bool keepOpen = flags == QLatin1String("-lk");
    for (const QString &which : { QStringLiteral("nc"), QStringLiteral("sockbench nc") }) {
        const QString port = QString::number(closedPort());
        const QStringList words { flags, QStringLiteral("127.0.0.1"), port };
        QProcess listener;
        startNc(listener, which, words);
        QVERIFY(listener.waitForStarted(5000));
        // Its standard input stays open: only the client's half-close can end the connection.
        QVERIFY2(QTest::qWaitFor([&] { return tcpPortTaken(port.toUShort()); }, 10000), qPrintable(which));
        const auto oneClient = [&](const QByteArray &context) {
            QElapsedTimer timer;
            timer.start();
            if (client == QLatin1String("shutdown")) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port.toUShort());
                QVERIFY2(socket.waitForConnected(5000), context.constData());
                socket.write("Hello\n");
                QVERIFY2(
                    QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 5000), context.constData());
                QCOMPARE(::shutdown(int(socket.socketDescriptor()), SHUT_WR), 0);
                // The listener closes its side: the client sees the end, well before a second.
                QVERIFY2(QTest::qWaitFor(
                             [&] {
                                 socket.readAll();
                                 return socket.state() == QAbstractSocket::UnconnectedState;
                             },
                             3000),
                    context.constData());
            } else {
                QProcess process;
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("NC"), m_nc);
                environment.insert(QStringLiteral("PORT"), port);
                process.setProcessEnvironment(environment);
                process.start(QStringLiteral("bash"), { QStringLiteral("-c"), client });
                QVERIFY2(process.waitForStarted(5000), context.constData());
                const bool ended
                    = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 3000);
                if (!ended) {
                    process.kill();
                    process.waitForFinished();
                }
                QVERIFY2(ended, context.constData()); // the review's: it hung until killed
                QCOMPARE(process.exitCode(), 0);
            }
            QVERIFY2(timer.elapsed() < 3000, context.constData());
        };
        const QByteArray context = (which + QLatin1Char(' ') + words.join(QLatin1Char(' '))).toLocal8Bit();
        oneClient(context);
        if (QTest::currentTestFailed()) {
            listener.kill();
            listener.waitForFinished();
            return;
        }
        if (!keepOpen) {
            QVERIFY2(QTest::qWaitFor([&] { return listener.state() == QProcess::NotRunning; }, 3000),
                context.constData());
            QCOMPARE(listener.exitStatus(), QProcess::NormalExit);
            QCOMPARE(listener.exitCode(), 0);
            QCOMPARE(listener.readAllStandardOutput(), QByteArray("Hello\n"));
            continue;
        }
        // -k: still listening, and the next client ends the same way.
        oneClient(context + " (a second client)");
        const bool stillRunning = listener.state() == QProcess::Running;
        listener.kill();
        listener.waitForFinished();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(stillRunning, context.constData());
        QCOMPARE(listener.readAllStandardOutput(), QByteArray("Hello\nHello\n"));
    }
}

void tst_Nc::scanIsRecorded()
{
    // Over the same sessions and capture: a scan with --transcript records each port's attempt.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Peer open { Peer::Silent };
    const QString path = dir.filePath(QStringLiteral("scan.jsonl"));
    const QString range = QString::number(open.port() - 1) + QLatin1Char('-') + QString::number(open.port());
    const Run result = run(QStringLiteral("\"%1\" nc -z --transcript \"$1\" 127.0.0.1 \"$2\"")
                               .arg(QStringLiteral(SOCKBENCH_EXECUTABLE)),
        { path, range });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray jsonl = file.readAll();
    QCOMPARE(jsonl.count("\"kind\":\"connected\""), 1);
    QVERIFY2(jsonl.count("\"kind\":\"connecting\"") == 2 || jsonl.count("\"kind\":\"error\"") >= 1,
        jsonl.constData());
}

void tst_Nc::connectAndListenTakeFamilies_data()
{
    QTest::addColumn<QStringList>("arguments"); // PORT: a greeting peer's
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorSays");
    QTest::addRow("connect -4 -v") << QStringList { QStringLiteral("connect"), QStringLiteral("-4"),
        QStringLiteral("-v"), QStringLiteral("localhost"), QStringLiteral("PORT") }
                                   << 0 << QByteArray("connected to 127.0.0.1:");
    QTest::addRow("connect -6 to an IPv4 address") << QStringList { QStringLiteral("connect"),
        QStringLiteral("-6"), QStringLiteral("127.0.0.1"), QStringLiteral("PORT") }
                                                   << 2 << QByteArray("-6: 127.0.0.1 is not an IPv6 address");
    QTest::addRow("connect -4 -6") << QStringList { QStringLiteral("connect"), QStringLiteral("-4"),
        QStringLiteral("-6"), QStringLiteral("localhost"), QStringLiteral("PORT") }
                                   << 2 << QByteArray("-4 and -6 exclude each other");
    QTest::addRow("listen -4 on ::1") << QStringList { QStringLiteral("listen"), QStringLiteral("-4"),
        QStringLiteral("--bind"), QStringLiteral("::1"), QStringLiteral("0") }
                                      << 2 << QByteArray("-4: ::1 is not an IPv4 address");
}

void tst_Nc::connectAndListenTakeFamilies()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QByteArray, errorSays);
    Peer server { Peer::Greets };
    arguments.replaceInStrings(QStringLiteral("PORT"), QString::number(server.port()));
    const Run result = run(
        QStringLiteral("\"%1\" \"$@\" < /dev/null").arg(QStringLiteral(SOCKBENCH_EXECUTABLE)), arguments);
    QVERIFY2(result.exitCode == status, result.err.constData());
    QVERIFY2(result.err.contains(errorSays), result.err.constData());
    if (status == 0)
        QCOMPARE(result.out, QByteArray("hello\n"));
}

void tst_Nc::bindAnyTakesBothFamilies()
{
    // --bind :: is every interface of both families, as socat on [::]; -6 --bind :: is IPv6 alone.
    for (const bool v6Only : { false, true }) {
        QProcess listen;
        QStringList arguments { QStringLiteral("listen"), QStringLiteral("-k"), QStringLiteral("--echo"),
            QStringLiteral("--bind"), QStringLiteral("::"), QStringLiteral("0") };
        if (v6Only)
            arguments.insert(1, QStringLiteral("-6"));
        listen.start(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += listen.readAllStandardError();
                return err.contains("listening on");
            },
            10000));
        QVERIFY2(err.contains("listening on [::]:"), err.constData());
        const quint16 port = quint16(err.mid(err.indexOf("]:") + 2).split('\n').value(0).toUInt());
        for (const QHostAddress &address :
            { QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6) }) {
            QTcpSocket client;
            client.connectToHost(address, port);
            const bool connected = client.waitForConnected(3000);
            const bool expected = !(v6Only && address.protocol() == QAbstractSocket::IPv4Protocol);
            QVERIFY2(connected == expected, qPrintable(address.toString()));
            if (!connected)
                continue;
            client.write("both\n");
            QVERIFY(QTest::qWaitFor([&] { return client.bytesAvailable() >= 5; }, 5000));
            QCOMPARE(client.readAll(), QByteArray("both\n"));
        }
        listen.terminate();
        QVERIFY(listen.waitForFinished(5000));
    }
}

void tst_Nc::sameAsNetcatOverUdp_data()
{
    QTest::addColumn<QString>("input"); // a shell command whose output is nc's standard input
    QTest::addColumn<QStringList>("arguments"); // PORT is the peer's port, CLOSED a UDP port nobody holds
    QTest::addColumn<int>("peer"); // UdpPeer::Kind
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("peerReceives"); // every datagram's bytes, one after the other
    QTest::addColumn<QByteArray>("errorSays"); // in both nc's and sockbench's standard error ("" for nothing)
    const QString host = QStringLiteral("127.0.0.1");
    // Both send what each read of the input gives, as one datagram. The input ends after the echo: netcat
    // stops reading the network at the end of its input.
    QTest::addRow("-u -q 1: lines out, echoes back")
        << QStringLiteral("printf 'one\\ntwo\\n'; sleep 0.5")
        << QStringList { QStringLiteral("-u"), QStringLiteral("-q"), QStringLiteral("1"), host,
               QStringLiteral("PORT") }
        << int(UdpPeer::Echo) << 0 << QByteArray("one\ntwo\n") << QByteArray("one\ntwo\n") << QByteArray();
    QTest::addRow("-uC -q 0: CR LF, and quit at the end of input")
        << QStringLiteral("printf 'a\\nb\\n'")
        << QStringList { QStringLiteral("-uC"), QStringLiteral("-q0"), host, QStringLiteral("PORT") }
        << int(UdpPeer::Quiet) << 0 << QByteArray() << QByteArray("a\r\nb\r\n") << QByteArray();
    QTest::addRow("-u -w 1 ends when idle, a success")
        << QStringLiteral("printf x; sleep 4")
        << QStringList { QStringLiteral("-u"), QStringLiteral("-w"), QStringLiteral("1"), host,
               QStringLiteral("PORT") }
        << int(UdpPeer::Quiet) << 0 << QByteArray() << QByteArray("x") << QByteArray();
    // netcat says nothing here, and without -v even exits 0; sockbench says why (the common column is "").
    QTest::addRow("-uv refused") << QStringLiteral("printf hi; sleep 2")
                                 << QStringList { QStringLiteral("-uv"), host, QStringLiteral("CLOSED") }
                                 << int(UdpPeer::Quiet) << 1 << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("-u -k without -l")
        << QStringLiteral("true") << QStringList { QStringLiteral("-uk"), host, QStringLiteral("PORT") }
        << int(UdpPeer::Quiet) << 1 << QByteArray() << QByteArray() << QByteArray("-k");
}

void tst_Nc::sameAsNetcatOverUdp()
{
    QFETCH(QString, input);
    QFETCH(QStringList, arguments);
    QFETCH(int, peer);
    QFETCH(int, status);
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, peerReceives);
    QFETCH(QByteArray, errorSays);
    for (const QString &which : { QStringLiteral("nc"), QStringLiteral("sockbench nc") }) {
        UdpPeer server { UdpPeer::Kind(peer) };
        QVERIFY(server.port() != 0);
        QStringList words = arguments;
        words.replaceInStrings(QStringLiteral("CLOSED"), QString::number(closedUdpPort()));
        words.replaceInStrings(QStringLiteral("PORT"), QString::number(server.port()));
        // netcat is silent when a datagram is refused; sockbench says why, after -v's events.
        compareWithNetcat(which, input, words, server.received,
            { status, output, peerReceives, errorSays,
                QTest::currentDataTag() == QByteArrayLiteral("-u -w 1 ends when idle, a success"), true });
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_Nc::listensLikeNetcatOverUdp_data()
{
    QTest::addColumn<QStringList>("arguments"); // PORT: the port to listen on
    QTest::addRow("-u -l PORT") << QStringList { QStringLiteral("-u"), QStringLiteral("-l"),
        QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("PORT") };
    QTest::addRow("-ul -p PORT") << QStringList { QStringLiteral("-ul"), QStringLiteral("-q1"),
        QStringLiteral("-p"), QStringLiteral("PORT") };
    QTest::addRow("-ul ADDR PORT") << QStringList { QStringLiteral("-ulq1"), QStringLiteral("127.0.0.1"),
        QStringLiteral("PORT") };
}

void tst_Nc::listensLikeNetcatOverUdp()
{
    // The first peer heard is the one: what it sends is printed, standard input goes to it, and -q 1 ends
    // it a second after the input's end, with 0.
    QFETCH(QStringList, arguments);
    for (const QString &which : { QStringLiteral("nc"), QStringLiteral("sockbench nc") }) {
        const quint16 port = closedUdpPort();
        QStringList words = arguments;
        words.replaceInStrings(QStringLiteral("PORT"), QString::number(port));
        QProcess listener;
        startNc(listener, which, words);
        QVERIFY(listener.waitForStarted(5000));
        listener.write("from the listener\n");
        listener.closeWriteChannel();
        QVERIFY2(QTest::qWaitFor([port] { return udpPortTaken(port); }, 10000), qPrintable(which));
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        client.writeDatagram("from the client\n", QHostAddress::LocalHost, port);
        QByteArray got;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         while (client.hasPendingDatagrams())
                             got += client.receiveDatagram().data();
                         return got.contains('\n');
                     },
                     10000),
            qPrintable(which));
        QCOMPARE(got, QByteArray("from the listener\n"));
        QVERIFY2(QTest::qWaitFor([&] { return listener.state() == QProcess::NotRunning; }, 10000),
            qPrintable(which));
        QCOMPARE(listener.exitStatus(), QProcess::NormalExit);
        QCOMPARE(listener.exitCode(), 0);
        QCOMPARE(listener.readAllStandardOutput(), QByteArray("from the client\n"));
    }
}

QTEST_GUILESS_MAIN(tst_Nc)
#include "tst_nc.moc"
