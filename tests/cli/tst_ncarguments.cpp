// `sockbench nc`'s arguments as netcat-openbsd takes them: what each common form means, and a clear refusal
// (netcat's status 1) for what is wrong or not taken.

#include "nccommand.h"

#include <QTest>

#include <cstdio>

using Sockbench::Cli::NcOptions;

Q_DECLARE_METATYPE(NcOptions::Mode)

class tst_NcArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void udpMapsOntoTheUdpSessions();
};

namespace {

/// Parses nc's arguments with standard error caught; the message is returned in *err.
std::optional<int> parse(const QStringList &arguments, NcOptions *options, QString *err)
{
    std::fflush(stderr);
    char buffer[4096] = {};
    std::FILE *caught = std::tmpfile();
    std::FILE *saved = stderr;
    stderr = caught;
    const std::optional<int> stop
        = Sockbench::Cli::parseNcArguments(QStringList { QStringLiteral("sockbench") } + arguments, options);
    std::fflush(stderr);
    stderr = saved;
    std::rewind(caught);
    const size_t got = std::fread(buffer, 1, sizeof(buffer) - 1, caught);
    std::fclose(caught);
    *err = QString::fromLocal8Bit(buffer, qsizetype(got));
    return stop;
}

} // namespace

void tst_NcArguments::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<NcOptions::Mode>("mode");
    QTest::addColumn<QString>("host"); // Connect and Scan; Listen: the address listened on
    QTest::addColumn<QString>("ports"); // "9999", or Scan's ranges: "20-30,80-80"
    QTest::addColumn<QString>("flags"); // k n N C v 4 6, and q=MS w=MS
    using M = NcOptions::Mode;
    auto row = [](const char *name, const QString &words, M mode, const QString &host, const QString &ports,
                   const QString &flags = {}) {
        QTest::addRow("%s", name) << words.split(QLatin1Char(' '), Qt::SkipEmptyParts) << mode << host
                                  << ports << flags;
    };
    row("connect", QStringLiteral("localhost 9999"), M::Connect, QStringLiteral("localhost"),
        QStringLiteral("9999"));
    row("service name", QStringLiteral("127.0.0.1 http"), M::Connect, QStringLiteral("127.0.0.1"),
        QStringLiteral("80"));
    row("HOST:PORT", QStringLiteral("127.0.0.1:9999"), M::Connect, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"));
    row("[V6]:PORT", QStringLiteral("[::1]:9999"), M::Connect, QStringLiteral("::1"), QStringLiteral("9999"));
    row("flags after operands", QStringLiteral("127.0.0.1 9999 -v -N"), M::Connect,
        QStringLiteral("127.0.0.1"), QStringLiteral("9999"), QStringLiteral("v N"));
    row("grouped", QStringLiteral("-vNCn 127.0.0.1 9999"), M::Connect, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"), QStringLiteral("v N C n"));
    row("-w attached", QStringLiteral("-w5 127.0.0.1 9999"), M::Connect, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"), QStringLiteral("w=5000"));
    row("-q next, -4", QStringLiteral("-4 -q 2 localhost 9999"), M::Connect, QStringLiteral("localhost"),
        QStringLiteral("9999"), QStringLiteral("4 q=2000"));
    row("-q negative: never", QStringLiteral("-q -1 localhost 9999"), M::Connect, QStringLiteral("localhost"),
        QStringLiteral("9999"), QStringLiteral("q=-1"));
    row("-6 address", QStringLiteral("-6 ::1 9999"), M::Connect, QStringLiteral("::1"),
        QStringLiteral("9999"), QStringLiteral("6"));
    row("-l PORT", QStringLiteral("-l 9999"), M::Listen, QStringLiteral("127.0.0.1"), QStringLiteral("9999"));
    row("-l -p PORT", QStringLiteral("-l -p 9999"), M::Listen, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"));
    row("-lp grouped", QStringLiteral("-lkp 9999"), M::Listen, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"), QStringLiteral("k"));
    row("-l -p service", QStringLiteral("-l -p http"), M::Listen, QStringLiteral("127.0.0.1"),
        QStringLiteral("80"));
    row("-l ADDR PORT", QStringLiteral("-l 0.0.0.0 9999"), M::Listen, QStringLiteral("0.0.0.0"),
        QStringLiteral("9999"));
    row("-l -s ADDR -p PORT", QStringLiteral("-l -s ::1 -p 9999"), M::Listen, QStringLiteral("::1"),
        QStringLiteral("9999"));
    row("-l ADDR:PORT", QStringLiteral("-l 127.0.0.2:9999"), M::Listen, QStringLiteral("127.0.0.2"),
        QStringLiteral("9999"));
    row("-l -6: ::1", QStringLiteral("-6 -l 9999"), M::Listen, QStringLiteral("::1"), QStringLiteral("9999"),
        QStringLiteral("6"));
    row("-l -s :: dual stack", QStringLiteral("-l -s :: -p 9999"), M::Listen, QStringLiteral("any"),
        QStringLiteral("9999"));
    row("-l -6 -s :: IPv6 only", QStringLiteral("-6l -s :: -p 9999"), M::Listen, QStringLiteral("::"),
        QStringLiteral("9999"), QStringLiteral("6"));
    row("-z range", QStringLiteral("-z 127.0.0.1 20-30"), M::Scan, QStringLiteral("127.0.0.1"),
        QStringLiteral("20-30"));
    row("-z reversed range", QStringLiteral("-zv 127.0.0.1 30-20"), M::Scan, QStringLiteral("127.0.0.1"),
        QStringLiteral("20-30"), QStringLiteral("v"));
    row("-z ports and ranges", QStringLiteral("-z 127.0.0.1 22 http 8000-8002"), M::Scan,
        QStringLiteral("127.0.0.1"), QStringLiteral("22-22,80-80,8000-8002"));
    row("-z service with a dash", QStringLiteral("-z 127.0.0.1 ftp-data"), M::Scan,
        QStringLiteral("127.0.0.1"), QStringLiteral("20-20"));
    // -u: over UDP, the same forms (issue 11's nc -u): connect, listen, -k with -l.
    row("-u connect", QStringLiteral("-u 127.0.0.1 9999"), M::Connect, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"), QStringLiteral("u"));
    row("-ul PORT", QStringLiteral("-ul 9999"), M::Listen, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"), QStringLiteral("u"));
    row("-ulk -q 1", QStringLiteral("-ulk -q 1 9999"), M::Listen, QStringLiteral("127.0.0.1"),
        QStringLiteral("9999"), QStringLiteral("u k q=1000"));
    row("long options", QStringLiteral("--transcript x.jsonl --capture-limit 1M 127.0.0.1 9999"), M::Connect,
        QStringLiteral("127.0.0.1"), QStringLiteral("9999"));
}

void tst_NcArguments::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(NcOptions::Mode, mode);
    QFETCH(QString, host);
    QFETCH(QString, ports);
    QFETCH(QString, flags);
    NcOptions options;
    QString err;
    const std::optional<int> stop = parse(arguments, &options, &err);
    QVERIFY2(!stop, qPrintable(err));
    QCOMPARE(int(options.mode), int(mode));
    if (mode == NcOptions::Mode::Listen) {
        const QString bind = options.bindAddress == QHostAddress(QHostAddress::Any)
            ? QStringLiteral("any")
            : options.bindAddress.toString();
        QCOMPARE(bind, host);
    } else {
        QCOMPARE(options.host, host);
    }
    if (mode == NcOptions::Mode::Scan) {
        QStringList ranges;
        for (const auto &[first, last] : std::as_const(options.portRanges))
            ranges << QStringLiteral("%1-%2").arg(first).arg(last);
        QCOMPARE(ranges.join(QLatin1Char(',')), ports);
    } else {
        QCOMPARE(QString::number(options.port), ports);
    }
    const QStringList given = flags.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(options.keepOpen, given.contains(QStringLiteral("k")));
    QCOMPARE(options.numeric, given.contains(QStringLiteral("n")));
    QCOMPARE(options.shutdownAtEof, given.contains(QStringLiteral("N")));
    QCOMPARE(options.common.crlf, given.contains(QStringLiteral("C")));
    QCOMPARE(options.common.verbose, given.contains(QStringLiteral("v")));
    QCOMPARE(options.udp, given.contains(QStringLiteral("u")));
    QCOMPARE(options.common.protocol,
        given.contains(QStringLiteral("4"))       ? QAbstractSocket::IPv4Protocol
            : given.contains(QStringLiteral("6")) ? QAbstractSocket::IPv6Protocol
                                                  : QAbstractSocket::AnyIPProtocol);
    int quit = -1, wait = 0;
    for (const QString &flag : given) {
        if (flag.startsWith(QLatin1String("q=")))
            quit = flag.mid(2).toInt();
        if (flag.startsWith(QLatin1String("w=")))
            wait = flag.mid(2).toInt();
    }
    QCOMPARE(options.quitAfterEofMs, quit);
    QCOMPARE(options.common.idleTimeoutMs, wait);
    QCOMPARE(options.common.connectTimeoutMs, wait); // netcat: the system's connect timeout unless -w
}

void tst_NcArguments::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QString &words, const QString &message) {
        QTest::addRow("%s", name) << words.split(QLatin1Char(' '), Qt::SkipEmptyParts) << message;
    };
    row("nothing", QString(), QStringLiteral("missing hostname and port"));
    row("no port", QStringLiteral("localhost"), QStringLiteral("missing port number"));
    row("port out of range", QStringLiteral("localhost 70000"),
        QStringLiteral("port 70000 is out of range (1-65535)"));
    row("unknown service", QStringLiteral("localhost nosuchservice"),
        QStringLiteral("port 'nosuchservice' is neither a number nor a service name this system knows"));
    row("range without -z", QStringLiteral("localhost 20-30"), QStringLiteral("a range of ports is for -z"));
    row("two ports without -z", QStringLiteral("localhost 20 30"),
        QStringLiteral("several, or a range, are for -z"));
    row("bad range", QStringLiteral("-z localhost 20-x"), QStringLiteral("port 'x' is not a number"));
    row("range out of range", QStringLiteral("-z localhost 1-70000"),
        QStringLiteral("port 70000 is out of range"));
    row("-n with a name", QStringLiteral("-n localhost 80"),
        QStringLiteral("-n: 'localhost' is not an IP address"));
    row("-4 with IPv6", QStringLiteral("-4 ::1 80"), QStringLiteral("-4: ::1 is not an IPv4 address"));
    row("-6 with IPv4", QStringLiteral("-6 127.0.0.1 80"),
        QStringLiteral("-6: 127.0.0.1 is not an IPv6 address"));
    row("-4 and -6", QStringLiteral("-4 -6 localhost 80"), QStringLiteral("-4 and -6 exclude each other"));
    row("-k without -l", QStringLiteral("-k localhost 80"), QStringLiteral("must use -l with -k"));
    row("-l and -z", QStringLiteral("-lz 80"), QStringLiteral("-l and -z exclude each other"));
    row("-l without port", QStringLiteral("-l"), QStringLiteral("-l needs a port"));
    row("-l with a name", QStringLiteral("-l localhost 80"), QStringLiteral("-l listens on an IP address"));
    row("-l -4 on ::1", QStringLiteral("-4 -l -s ::1 -p 80"),
        QStringLiteral("-4: ::1 is not an IPv4 address"));
    row("-p twice over", QStringLiteral("-l -p 80 81"), QStringLiteral("not both"));
    row("client -s", QStringLiteral("-s 127.0.0.1 localhost 80"),
        QStringLiteral("-s and -p choose the local end"));
    // -u itself is taken now (nc -u over the UDP sessions); only a UDP scan is not.
    row("-u -z", QStringLiteral("-uz localhost 53"),
        QStringLiteral("-u with -z (a UDP port scan) is not taken"));
    row("value missing", QStringLiteral("localhost 80 -w"),
        QStringLiteral("option requires an argument -- 'w'"));
    row("bad -w", QStringLiteral("-w soon localhost 80"),
        QStringLiteral("-w needs a number of seconds, not 'soon'"));
    row("bad -q", QStringLiteral("-q soon localhost 80"), QStringLiteral("-q needs a number of seconds"));
    row("unknown flag", QStringLiteral("-Q localhost 80"), QStringLiteral("invalid option -- 'Q'"));
    row("netcat flag not taken", QStringLiteral("-X connect localhost 80"),
        QStringLiteral("-X is a netcat flag sockbench nc does not take"));
    row("unknown long option", QStringLiteral("--frobnicate localhost 80"), QStringLiteral("frobnicate"));
    row("bad --capture-limit", QStringLiteral("--transcript x.jsonl --capture-limit 0 localhost 80"),
        QStringLiteral("--capture-limit needs a size from 1 byte to"));
    row("drop-oldest", QStringLiteral("--transcript x.jsonl --limit-policy drop-oldest localhost 80"),
        QStringLiteral("a transcript is written front to back"));
}

void tst_NcArguments::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    NcOptions options;
    QString err;
    const std::optional<int> stop = parse(arguments, &options, &err);
    QVERIFY2(stop.has_value(), "accepted");
    QCOMPARE(*stop, 1); // netcat's status for a bad argument
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.startsWith(QLatin1String("sockbench nc: ")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 2); // the message and where help is
}

void tst_NcArguments::udpMapsOntoTheUdpSessions()
{
    // nc -u runs connect -u's and listen -u's sessions: what each flag becomes there.
    NcOptions listen;
    QString err;
    QVERIFY2(
        !parse({ QStringLiteral("-ulk"), QStringLiteral("-w2"), QStringLiteral("-q0"), QStringLiteral("-s"),
                   QStringLiteral("::1"), QStringLiteral("-p"), QStringLiteral("9999") },
            &listen, &err),
        qPrintable(err));
    std::optional<Sockbench::Cli::UdpCommandOptions> udp = Sockbench::Cli::ncUdpOptions(listen, &err);
    QVERIFY2(udp, qPrintable(err));
    QVERIFY(udp->listen);
    QVERIFY(udp->keepOpen);
    QCOMPARE(udp->port, quint16(9999));
    QCOMPARE(udp->bindAddress.value_or(QHostAddress()), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(udp->quitAfterEofMs, 0);
    QCOMPARE(udp->common.idleTimeoutMs, 2000);
    QVERIFY(udp->raw); // each read one datagram, as netcat sends what each read gives
    QVERIFY(udp->responses.isManual());

    NcOptions connect;
    QVERIFY2(
        !parse({ QStringLiteral("-uC"), QStringLiteral("localhost"), QStringLiteral("53") }, &connect, &err),
        qPrintable(err));
    udp = Sockbench::Cli::ncUdpOptions(connect, &err);
    QVERIFY2(udp, qPrintable(err));
    QVERIFY(!udp->listen);
    QCOMPARE(udp->host, QStringLiteral("localhost"));
    QCOMPARE(udp->port, quint16(53));
    QVERIFY(udp->common.crlf);
    QCOMPARE(udp->quitAfterEofMs, -1); // nc -u waits for ever after its input ends, unless -q
}

QTEST_GUILESS_MAIN(tst_NcArguments)
#include "tst_ncarguments.moc"
