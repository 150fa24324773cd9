// `sockbench connect -u` and `listen -u`, run as separate processes, against real nc -u (netcat-openbsd),
// socat UDP peers and plain UDP sockets; tshark reads the transcripts they write. Loopback only, port 0.

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>

namespace {

constexpr int Timeout = 15000;

/// A child process whose output is collected as it comes, and which is killed when the test ends.
class Child
{
public:
    Child(const QString &program, const QStringList &arguments)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { err += m_process.readAllStandardError(); });
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
    void write(const QByteArray &bytes) { m_process.write(bytes); }
    void closeInput() { m_process.closeWriteChannel(); }
    void terminate() { m_process.terminate(); }
    bool finish(int milliseconds = Timeout)
    {
        return QTest::qWaitFor([this] { return !isRunning(); }, milliseconds)
            && m_process.exitStatus() == QProcess::NormalExit;
    }
    int exitCode() const { return m_process.exitCode(); }
    /// The port `listen -u 0` announced on standard error, or 0.
    quint16 udpPort()
    {
        static const QRegularExpression listening(QStringLiteral("listening on udp \\S+:(\\d+)"));
        QRegularExpressionMatch match;
        if (!QTest::qWaitFor(
                [&] { return (match = listening.match(QString::fromLocal8Bit(err))).hasMatch(); }, Timeout))
            return 0;
        return quint16(match.captured(1).toUInt());
    }

    QByteArray out;
    QByteArray err;

private:
    QProcess m_process;
    bool m_started = false;
};

using ChildPtr = std::unique_ptr<Child>;

ChildPtr sockbench(const QStringList &arguments)
{
    return std::make_unique<Child>(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
}

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) & 0xff);
    return bytes;
}

/// A UDP port nobody holds (bound, noted, released).
quint16 closedPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

/// Datagrams a socket received within the time, in order.
QList<QByteArray> receive(QUdpSocket &socket, int count, int milliseconds = Timeout)
{
    QList<QByteArray> datagrams;
    (void)QTest::qWaitFor(
        [&] {
            while (socket.hasPendingDatagrams())
                datagrams.append(socket.receiveDatagram(70000).data());
            return datagrams.size() >= count;
        },
        milliseconds);
    return datagrams;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class tst_UdpCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectSendsEachLineAsOneDatagram();
    void connectRawSendsEachChunk();
    void connectShowsRefused();
    void connectOverIpv6();
    void listenAnswersTheLastPeerHeard_nc();
    void listenEchoesSocat();
    void listenKeepOpenHearsManyPeers();
    void emptyAndLargestDatagramsEcho();
    void udpFlagsNeedUdp();
    void transcriptFollowsInTshark();
    void foreignUdpCaptureOpens();
    void listenAnswersMatchesOverUdp();
    void readOverUdpKeepsEachDatagram();
    void readListenOverUdpWithNc();
    void readOverUdpTimesOut();
    void readRefusesStreamStepsOverUdp_data();
    void readRefusesStreamStepsOverUdp();
    void replayListenOverUdp_data();
    void replayListenOverUdp();
    void replayLooksUpThePortForTheFilesProtocol();

private:
    QTemporaryDir m_dir;
};

void tst_UdpCli::connectSendsEachLineAsOneDatagram()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    ChildPtr connect = sockbench({ QStringLiteral("connect"), QStringLiteral("-u"),
        QStringLiteral("127.0.0.1"), QString::number(peer.localPort()) });
    QVERIFY(connect->isStarted());
    connect->write("one\ntwo two\nthree three three\n");
    QCOMPARE(receive(peer, 3), (QList<QByteArray> { "one\n", "two two\n", "three three three\n" }));
    // The peer answers the address it heard from: that arrives on standard output, as sent.
    connect->write("tell me your port\n");
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    const QNetworkDatagram hello = peer.receiveDatagram();
    QCOMPARE(hello.data(), QByteArray("tell me your port\n"));
    peer.writeDatagram("reply one", hello.senderAddress(), quint16(hello.senderPort()));
    peer.writeDatagram("reply two", hello.senderAddress(), quint16(hello.senderPort()));
    QTRY_COMPARE_WITH_TIMEOUT(connect->out, QByteArray("reply onereply two"), Timeout);
    // The end of input ends nothing (UDP has no end); an interrupt does, as with nc -u.
    connect->closeInput();
    QTest::qWait(200);
    QVERIFY(connect->isRunning());
    connect->terminate();
    QVERIFY(connect->finish());
    QCOMPARE(connect->exitCode(), 130);
}

void tst_UdpCli::connectRawSendsEachChunk()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    ChildPtr connect = sockbench({ QStringLiteral("connect"), QStringLiteral("-u"), QStringLiteral("--raw"),
        QStringLiteral("127.0.0.1"), QString::number(peer.localPort()) });
    QVERIFY(connect->isStarted());
    connect->write("a line\nand more\nin one chunk");
    QCOMPARE(receive(peer, 1), QList<QByteArray> { "a line\nand more\nin one chunk" });
    connect->write("second");
    QCOMPARE(receive(peer, 1), QList<QByteArray> { "second" });
    connect->terminate();
    QVERIFY(connect->finish());
}

void tst_UdpCli::connectShowsRefused()
{
    ChildPtr connect = sockbench({ QStringLiteral("connect"), QStringLiteral("-u"),
        QStringLiteral("127.0.0.1"), QString::number(closedPort()) });
    QVERIFY(connect->isStarted());
    connect->write("anyone there?\n");
    QVERIFY(connect->finish());
    QCOMPARE(connect->exitCode(), 4);
    QVERIFY2(connect->err.contains("connection refused"), connect->err.constData());
}

void tst_UdpCli::connectOverIpv6()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHostIPv6, 0));
    ChildPtr connect = sockbench({ QStringLiteral("connect"), QStringLiteral("-u"), QStringLiteral("::1"),
        QString::number(peer.localPort()), QStringLiteral("--idle-timeout"), QStringLiteral("1") });
    QVERIFY(connect->isStarted());
    connect->write("over six\n");
    QCOMPARE(receive(peer, 1), QList<QByteArray> { "over six\n" });
    connect->closeInput();
    QVERIFY(connect->finish()); // the idle timeout ends it, successfully
    QCOMPARE(connect->exitCode(), 0);
}

void tst_UdpCli::listenAnswersTheLastPeerHeard_nc()
{
    ChildPtr listen = sockbench({ QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("0") });
    QVERIFY(listen->isStarted());
    const quint16 port = listen->udpPort();
    QVERIFY2(port != 0, listen->err.constData());
    Child nc(
        QStringLiteral("nc"), { QStringLiteral("-u"), QStringLiteral("127.0.0.1"), QString::number(port) });
    QVERIFY(nc.isStarted());
    nc.write("hello from nc\n");
    QTRY_COMPARE_WITH_TIMEOUT(listen->out, QByteArray("hello from nc\n"), Timeout);
    listen->write("hello back\n");
    QTRY_COMPARE_WITH_TIMEOUT(nc.out, QByteArray("hello back\n"), Timeout);
    listen->terminate();
    QVERIFY(listen->finish());
}

void tst_UdpCli::listenEchoesSocat()
{
    ChildPtr listen = sockbench(
        { QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--echo"), QStringLiteral("0") });
    const quint16 port = listen->udpPort();
    QVERIFY2(port != 0, listen->err.constData());
    Child socat(QStringLiteral("socat"),
        { QStringLiteral("-T3"), QStringLiteral("-"), QStringLiteral("UDP:127.0.0.1:%1").arg(port) });
    QVERIFY(socat.isStarted());
    socat.write("ping\n");
    QTRY_COMPARE_WITH_TIMEOUT(socat.out, QByteArray("ping\n"), Timeout);
    listen->terminate();
    QVERIFY(listen->finish());
}

void tst_UdpCli::listenKeepOpenHearsManyPeers()
{
    ChildPtr listen = sockbench({ QStringLiteral("listen"), QStringLiteral("-u"),
        QStringLiteral("--keep-open"), QStringLiteral("0") });
    const quint16 port = listen->udpPort();
    QVERIFY2(port != 0, listen->err.constData());
    QUdpSocket a, b;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    QVERIFY(b.bind(QHostAddress::LocalHost, 0));
    a.writeDatagram("from a\n", QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(listen->out, QByteArray("from a\n"), Timeout);
    b.writeDatagram("from b\n", QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(listen->out, QByteArray("from a\nfrom b\n"), Timeout);
    // Standard input goes to the last peer heard: b.
    listen->write("to the last\n");
    QCOMPARE(receive(b, 1), QList<QByteArray> { "to the last\n" });
    QVERIFY(!a.hasPendingDatagrams());
    a.writeDatagram("a again\n", QHostAddress::LocalHost, port);
    QTRY_VERIFY_WITH_TIMEOUT(listen->out.endsWith("a again\n"), Timeout);
    listen->write("now to a\n");
    QCOMPARE(receive(a, 1), QList<QByteArray> { "now to a\n" });
    listen->terminate();
    QVERIFY(listen->finish());
}

void tst_UdpCli::emptyAndLargestDatagramsEcho()
{
    const QString path = m_dir.filePath(QStringLiteral("sizes.jsonl"));
    ChildPtr listen = sockbench({ QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--echo"),
        QStringLiteral("--transcript"), path, QStringLiteral("0") });
    const quint16 port = listen->udpPort();
    QVERIFY2(port != 0, listen->err.constData());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    peer.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 1024 * 1024);
    const QByteArray big = pattern(65507);
    QCOMPARE(peer.writeDatagram(QByteArray(), QHostAddress::LocalHost, port), 0);
    QCOMPARE(peer.writeDatagram(big, QHostAddress::LocalHost, port), qint64(big.size()));
    QCOMPARE(receive(peer, 2), (QList<QByteArray> { QByteArray(), big }));
    listen->terminate();
    QVERIFY(listen->finish());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int empty = 0, large = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.contains("\"kind\":\"data\""))
            continue;
        empty += line.contains("\"size\":0,");
        large += line.contains("\"size\":65507,");
    }
    QCOMPARE(empty, 2); // in and back, each one event
    QCOMPARE(large, 2);
}

void tst_UdpCli::udpFlagsNeedUdp()
{
    const Run raw = run(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("connect"), QStringLiteral("--raw"), QStringLiteral("127.0.0.1"),
            QStringLiteral("9") });
    QCOMPARE(raw.exitCode, 2);
    QVERIFY2(raw.err.contains("--raw is for UDP"), raw.err.constData());
    const Run backlog = run(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--backlog"), QStringLiteral("5"),
            QStringLiteral("0") });
    QCOMPARE(backlog.exitCode, 2);
    QVERIFY2(backlog.err.contains("--backlog is for TCP"), backlog.err.constData());
    const Run join = run(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--join"),
            QStringLiteral("10.0.0.1"), QStringLiteral("0") });
    QCOMPARE(join.exitCode, 2);
    QVERIFY2(join.err.contains("multicast"), join.err.constData());
    // TLS is refused by name over UDP, not ignored (there is no DTLS here).
    for (const QString &command : { QStringLiteral("connect"), QStringLiteral("listen") }) {
        QStringList arguments { command, QStringLiteral("-u"), QStringLiteral("--tls") };
        if (command == QLatin1String("connect"))
            arguments << QStringLiteral("127.0.0.1");
        arguments << QStringLiteral("9");
        const Run tls = run(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
        QCOMPARE(tls.exitCode, 2);
        QVERIFY2(
            tls.err.startsWith("sockbench: -u: sockbench does not speak TLS over UDP"), tls.err.constData());
    }
}

void tst_UdpCli::transcriptFollowsInTshark()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    const QString path = m_dir.filePath(QStringLiteral("udp.pcapng"));
    ChildPtr listen = sockbench({ QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--echo"),
        QStringLiteral("--transcript"), path, QStringLiteral("0") });
    const quint16 port = listen->udpPort();
    QVERIFY2(port != 0, listen->err.constData());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    const QList<QByteArray> sent { "first", QByteArray("\x00\x01\x02\xff", 4), pattern(1400) };
    for (const QByteArray &datagram : sent)
        peer.writeDatagram(datagram, QHostAddress::LocalHost, port);
    QCOMPARE(receive(peer, 3), sent);
    listen->terminate();
    QVERIFY(listen->finish());

    // One packet per datagram, each way, between the real endpoints.
    const Run fields = run(tshark,
        { QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("udp"), QStringLiteral("-T"),
            QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("udp.srcport"),
            QStringLiteral("-e"), QStringLiteral("udp.dstport"), QStringLiteral("-e"),
            QStringLiteral("udp.length") });
    QCOMPARE(fields.exitCode, 0);
    const QList<QByteArray> rows = fields.out.trimmed().split('\n');
    const QString a = QString::number(peer.localPort()), b = QString::number(port);
    QCOMPARE(rows.size(), 6);
    const QStringList expected { a + u'\t' + b + QStringLiteral("\t13"),
        b + u'\t' + a + QStringLiteral("\t13"), a + u'\t' + b + QStringLiteral("\t12"),
        b + u'\t' + a + QStringLiteral("\t12"), a + u'\t' + b + QStringLiteral("\t1408"),
        b + u'\t' + a + QStringLiteral("\t1408") };
    for (int i = 0; i < 6; ++i)
        QCOMPARE(QString::fromLatin1(rows.at(i).trimmed()), expected.at(i));

    // follow,udp,raw: every datagram byte-exact, in order (the second node's lines are indented).
    const Run follow = run(tshark,
        { QStringLiteral("-r"), path, QStringLiteral("-q"), QStringLiteral("-z"),
            QStringLiteral("follow,udp,raw,0") });
    QCOMPARE(follow.exitCode, 0);
    QList<QByteArray> fromPeer, toPeer;
    bool inData = false;
    for (const QByteArray &line : follow.out.split('\n')) {
        if (line.startsWith("Node 1:")) {
            inData = true;
            continue;
        }
        if (!inData || line.startsWith("====") || line.isEmpty())
            continue;
        if (line.startsWith('\t'))
            toPeer.append(QByteArray::fromHex(line.trimmed()));
        else
            fromPeer.append(QByteArray::fromHex(line));
    }
    QCOMPARE(fromPeer, sent);
    QCOMPARE(toPeer, sent);

    // And Sockbench reads its own file back: six data events, the datagrams whole.
    const Run shown = run(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--format"),
            QStringLiteral("jsonl"), path });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out.count("\"kind\":\"data\""), 6);
    QVERIFY(shown.out.contains("\"transport\":\"udp\""));
    QVERIFY(shown.out.contains(pattern(1400).toBase64()));
}

void tst_UdpCli::foreignUdpCaptureOpens()
{
    // tshark rewrites our file as classic pcap: only the packets are left, a foreign capture.
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    const QString path = m_dir.filePath(QStringLiteral("udp.pcapng"));
    if (!QFile::exists(path))
        QSKIP("needs transcriptFollowsInTshark's file");
    for (const QString &format : { QStringLiteral("pcap"), QStringLiteral("pcapng") }) {
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.") + format);
        const Run rewrite = run(tshark,
            { QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("udp"), QStringLiteral("-F"),
                format, QStringLiteral("-w"), foreign });
        QCOMPARE(rewrite.exitCode, 0);
        const Run shown = run(QStringLiteral(SOCKBENCH_EXECUTABLE),
            { QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--format"),
                QStringLiteral("jsonl"), foreign });
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.out.count("\"kind\":\"data\""), 6);
        QCOMPARE(shown.out.count("\"type\":\"connection\""), 1);
        QVERIFY(shown.out.contains("\"transport\":\"udp\""));
        QVERIFY(shown.out.contains(pattern(1400).toBase64()));
        QVERIFY(shown.out.contains(QByteArray("\x00\x01\x02\xff", 4).toBase64()));
    }
}

void tst_UdpCli::listenAnswersMatchesOverUdp()
{
    // listen's responses over UDP: each datagram a chunk; --on chooses, --answer answers, to its sender.
    ChildPtr listen = sockbench(
        { QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--on"), QStringLiteral("PING"),
            QStringLiteral("--answer"), QStringLiteral("PONG {{counter}}\\n"), QStringLiteral("0") });
    const quint16 port = listen->udpPort();
    QVERIFY2(port != 0, listen->err.constData());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    peer.writeDatagram("hello", QHostAddress::LocalHost, port);
    peer.writeDatagram("PING one", QHostAddress::LocalHost, port);
    peer.writeDatagram("PING two", QHostAddress::LocalHost, port);
    QCOMPARE(receive(peer, 2), (QList<QByteArray> { "PONG 1\n", "PONG 2\n" }));
    QTRY_COMPARE_WITH_TIMEOUT(listen->out, QByteArray("helloPING onePING two"), Timeout); // its log
    listen->terminate();
    QVERIFY(listen->finish());
}

void tst_UdpCli::readOverUdpKeepsEachDatagram()
{
    // A peer that answers "two" with two datagrams, "go" with three, anything else with "got:" and it.
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    QList<QByteArray> heard;
    connect(&peer, &QUdpSocket::readyRead, this, [&peer, &heard] {
        while (peer.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = peer.receiveDatagram(70000);
            heard.append(datagram.data());
            if (datagram.data() == "two") {
                peer.writeDatagram(datagram.makeReply("a"));
                peer.writeDatagram(datagram.makeReply("b"));
            } else if (datagram.data() == "go") {
                for (const char *piece : { "x", "", "zz" })
                    peer.writeDatagram(datagram.makeReply(QByteArray(piece)));
            } else {
                peer.writeDatagram(datagram.makeReply("got:" + datagram.data()));
            }
        }
    });
    ChildPtr read = sockbench({ QStringLiteral("read"), QStringLiteral("-u"), QStringLiteral("127.0.0.1"),
        QString::number(peer.localPort()), QStringLiteral("send:hello"), QStringLiteral("receive"),
        QStringLiteral("command:HELO"), QStringLiteral("receive"), QStringLiteral("available"),
        QStringLiteral("send:two"), QStringLiteral("receive"), QStringLiteral("receive"),
        QStringLiteral("send:"), QStringLiteral("receive"), QStringLiteral("send:go"),
        QStringLiteral("while-available"), QStringLiteral("--binary") });
    QVERIFY(read->finish());
    QVERIFY2(read->exitCode() == 0, read->err.constData());
    QCOMPARE(read->out,
        QByteArray("receive: #[103 111 116 58 104 101 108 108 111]\n"
                   "receive: #[103 111 116 58 72 69 76 79 13 10]\n"
                   "available: #[] (no datagram)\n"
                   "receive: #[97]\n"
                   "receive: #[98]\n"
                   "receive: #[103 111 116 58]\n" // the empty datagram's answer: "got:" alone
                   "while-available: #[120]\n"
                   "while-available: #[]\n" // an empty datagram is one read
                   "while-available: #[122 122]\n"));
    QCOMPARE(heard, (QList<QByteArray> { "hello", "HELO\r\n", "two", QByteArray(), "go" }));
}

void tst_UdpCli::readListenOverUdpWithNc()
{
    // The server side over UDP: the first peer heard (nc -u) is the one the steps play to.
    ChildPtr read = sockbench(
        { QStringLiteral("read"), QStringLiteral("-u"), QStringLiteral("--listen"), QStringLiteral("0"),
            QStringLiteral("receive"), QStringLiteral("send:pong\\n"), QStringLiteral("receive") });
    const quint16 port = read->udpPort();
    QVERIFY2(port != 0, read->err.constData());
    Child nc(
        QStringLiteral("nc"), { QStringLiteral("-u"), QStringLiteral("127.0.0.1"), QString::number(port) });
    QVERIFY(nc.isStarted());
    nc.write("ping\n");
    QTRY_COMPARE_WITH_TIMEOUT(nc.out, QByteArray("pong\n"), Timeout);
    nc.write("bye\n");
    QVERIFY(read->finish());
    QVERIFY2(read->exitCode() == 0, read->err.constData());
    QCOMPARE(read->out, QByteArray("receive: \"ping\\n\"\nreceive: \"bye\\n\"\n"));
}

void tst_UdpCli::readOverUdpTimesOut()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    for (const bool returnAvailable : { false, true }) {
        QElapsedTimer elapsed;
        elapsed.start();
        QStringList arguments { QStringLiteral("read"), QStringLiteral("-u"), QStringLiteral("--timeout"),
            QStringLiteral("0.5"), QStringLiteral("127.0.0.1"), QString::number(silent.localPort()),
            QStringLiteral("send:anyone?"), QStringLiteral("receive") };
        if (returnAvailable)
            arguments << QStringLiteral("--on-timeout") << QStringLiteral("return");
        ChildPtr read = sockbench(arguments);
        QVERIFY(read->finish());
        QVERIFY2(elapsed.elapsed() >= 500, qPrintable(QString::number(elapsed.elapsed()))); // never early
        if (returnAvailable) {
            QCOMPARE(read->exitCode(), 0);
            QCOMPARE(read->out, QByteArray("receive: \"\" (timed out)\n"));
        } else {
            QCOMPARE(read->exitCode(), 5);
            QVERIFY2(read->err.contains("step 2 (receive): timed out after 0.5 s; no datagram had arrived"),
                read->err.constData());
        }
    }
}

void tst_UdpCli::readRefusesStreamStepsOverUdp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QStringList head { QStringLiteral("read"), QStringLiteral("-u"), QStringLiteral("127.0.0.1"),
        QStringLiteral("9") };
    for (const char *step : { "line", "next:3", "upto:;", "end" })
        QTest::addRow("%s", step) << head + QStringList { QString::fromLatin1(step) }
                                  << QByteArray(step).split(':').first()
                + " reads a byte stream; over UDP a read is one datagram, whole: use receive";
    QTest::addRow("close") << head + QStringList { QStringLiteral("close") }
                           << QByteArray("close half-closes a TCP connection; UDP has no half-close");
    QTest::addRow("starttls") << head + QStringList { QStringLiteral("starttls") }
                              << QByteArray("starttls is for TCP");
    QTest::addRow("while-available:next:5") << head + QStringList { QStringLiteral("while-available:next:5") }
                                            << QByteArray("write while-available, without next:N");
    QTest::addRow("sendfile chunk larger than a datagram")
        << head
            + QStringList { QStringLiteral("sendfile:%1:70000").arg(QStringLiteral(SOCKBENCH_EXECUTABLE)) }
        << QByteArray("over UDP each chunk is one datagram: at most 65507 bytes, not 70000");
    QTest::addRow("--crlf-lines") << head
            + QStringList { QStringLiteral("--crlf-lines"), QStringLiteral("receive") }
                                  << QByteArray("--crlf-lines is for line and upto");
    QTest::addRow("--tls") << head + QStringList { QStringLiteral("--tls"), QStringLiteral("receive") }
                           << QByteArray("-u: sockbench does not speak TLS over UDP");
}

void tst_UdpCli::readRefusesStreamStepsOverUdp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("sockbench: "), result.err.constData());
    QVERIFY2(result.err.contains(message), result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

void tst_UdpCli::replayListenOverUdp_data()
{
    QTest::addColumn<QString>("pace");
    QTest::addRow("original") << QStringLiteral("original");
    QTest::addRow("fast") << QStringLiteral("fast");
}

void tst_UdpCli::replayListenOverUdp()
{
    QFETCH(QString, pace);
    // Record a UDP conversation as a client: three datagrams, the last 700 ms after the others.
    QUdpSocket recorded;
    QVERIFY(recorded.bind(QHostAddress::LocalHost, 0));
    const QString path = m_dir.filePath(QStringLiteral("replay-%1.jsonl").arg(pace));
    {
        ChildPtr connect
            = sockbench({ QStringLiteral("connect"), QStringLiteral("-u"), QStringLiteral("--transcript"),
                path, QStringLiteral("127.0.0.1"), QString::number(recorded.localPort()) });
        connect->write("one\ntwo\n");
        QCOMPARE(receive(recorded, 2), (QList<QByteArray> { "one\n", "two\n" }));
        QTest::qWait(700);
        connect->write("three\n");
        QCOMPARE(receive(recorded, 1), QList<QByteArray> { "three\n" });
        connect->terminate();
        QVERIFY(connect->finish());
    }
    // Replay it as the server side: the first peer heard gets the datagrams, one by one, at the pace asked.
    ChildPtr replay = sockbench({ QStringLiteral("replay"), QStringLiteral("--listen"),
        QStringLiteral("--pace"), pace, path, QStringLiteral("0") });
    const quint16 port = replay->udpPort();
    QVERIFY2(port != 0, replay->err.constData());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QElapsedTimer elapsed;
    elapsed.start();
    client.writeDatagram("hi", QHostAddress::LocalHost, port);
    QList<QByteArray> got;
    QList<qint64> at; // when each datagram was read, in ms since "hi"
    (void)QTest::qWaitFor(
        [&] {
            while (client.hasPendingDatagrams()) {
                got.append(client.receiveDatagram().data());
                at.append(elapsed.elapsed());
            }
            return got.size() >= 3;
        },
        Timeout);
    QCOMPARE(got, (QList<QByteArray> { "one\n", "two\n", "three\n" }));
    const QString times = QStringLiteral("%1, %2, %3 ms").arg(at[0]).arg(at[1]).arg(at[2]);
    if (pace == QLatin1String("original"))
        QVERIFY2(at[2] - at[1] >= 550, qPrintable(times)); // the recorded 700 ms gap, kept
    else
        QVERIFY2(at[2] - at[0] < 300, qPrintable(times));
    // It prints what the peer sent, and ends a quiet second after the last datagram.
    QVERIFY(replay->finish());
    QVERIFY2(replay->exitCode() == 0, replay->err.constData());
    QCOMPARE(replay->out, QByteArray("hi"));
}

void tst_UdpCli::replayLooksUpThePortForTheFilesProtocol()
{
    // mdns is 5353/udp, with no tcp entry, in Debian's /etc/services. replay has no -u here: the file says
    // the conversation is UDP, so the name is looked up as UDP (it was refused as an unknown TCP service
    // before).
    QUdpSocket mdns;
    if (!mdns.bind(QHostAddress::LocalHost, 5353))
        QSKIP("127.0.0.1:5353 is taken on this machine");
    const QString udpPath = m_dir.filePath(QStringLiteral("replay-mdns.jsonl"));
    {
        ChildPtr connect = sockbench({ QStringLiteral("connect"), QStringLiteral("-u"),
            QStringLiteral("--transcript"), udpPath, QStringLiteral("127.0.0.1"), QStringLiteral("5353") });
        connect->write("one\n");
        QCOMPARE(receive(mdns, 1), QList<QByteArray> { "one\n" });
        connect->terminate();
        QVERIFY(connect->finish());
    }
    ChildPtr replay = sockbench({ QStringLiteral("replay"), QStringLiteral("--pace"), QStringLiteral("fast"),
        udpPath, QStringLiteral("127.0.0.1"), QStringLiteral("mdns") });
    QCOMPARE(receive(mdns, 1), QList<QByteArray> { "one\n" });
    QVERIFY(replay->finish());
    QVERIFY2(replay->exitCode() == 0, replay->err.constData());

    // A TCP recording replayed to the same name: mdns names no TCP port, refused as a usage error, nothing
    // sent.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString tcpPath = m_dir.filePath(QStringLiteral("replay-tcp.jsonl"));
    {
        ChildPtr connect = sockbench({ QStringLiteral("connect"), QStringLiteral("--transcript"), tcpPath,
            QStringLiteral("127.0.0.1"), QString::number(server.serverPort()) });
        QVERIFY(server.waitForNewConnection(Timeout));
        connect->write("two\n");
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(QTest::qWaitFor([peer] { return peer->bytesAvailable() >= 4; }, Timeout));
        connect->terminate();
        QVERIFY(connect->finish());
    }
    const Run refused = run(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("replay"), tcpPath, QStringLiteral("127.0.0.1"), QStringLiteral("mdns") });
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err,
        QByteArray("sockbench: port 'mdns' is neither a number nor a service name this system knows\n"));
    QCOMPARE(refused.out, QByteArray());
}

QTEST_GUILESS_MAIN(tst_UdpCli)
#include "tst_udpcli.moc"
