#include "stream/endpointparser.h"

#include <QTest>

using namespace Sockbench;

/// The one endpoint parser the window and the command line share: what it accepts, how it splits, and which
/// part it blames, in one table.
class tst_EndpointParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void portRange_data();
    void portRange();
    void listenPortTakesServicesForNetcat_data();
    void listenPortTakesServicesForNetcat();
    void listenAddressIsDualStackOnAny_data();
    void listenAddressIsDualStackOnAny();
    void serviceNameOfAPort();
    void servicePortsByProtocol_data();
    void servicePortsByProtocol();
};

namespace {

/// Which entry point a row exercises.
enum class Entry { Host, HostField, ConnectPort, ListenPort, Address, HostAndPort, FileEndpoint };

} // namespace

Q_DECLARE_METATYPE(Entry)
Q_DECLARE_METATYPE(EndpointError::Part)
Q_DECLARE_METATYPE(EndpointError::Problem)
Q_DECLARE_METATYPE(PortProtocol)

void tst_EndpointParser::parse_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host"); // host(), the split host, or the address as QHostAddress prints it
    QTest::addColumn<QString>("port"); // the split port text, or the parsed port as a number
    QTest::addColumn<EndpointError::Part>("part");
    QTest::addColumn<EndpointError::Problem>("problem");
    QTest::addColumn<QString>("message"); // the error's sentence, exactly

    using P = EndpointError::Problem;
    const auto ok = [](const char *name, Entry entry, const QString &input, const QString &host,
                        const QString &port = {}) {
        QTest::addRow("%s", name) << entry << input << true << host << port << EndpointError::Part::Host
                                  << P::None << QString();
    };
    const auto bad = [](const char *name, Entry entry, const QString &input, EndpointError::Part part,
                         P problem, const QString &message) {
        QTest::addRow("%s", name) << entry << input << false << QString() << QString() << part << problem
                                  << message;
    };
    const auto H = EndpointError::Part::Host;
    const auto Po = EndpointError::Part::Port;
    const auto A = EndpointError::Part::Address;

    // A host alone, as the Host field and connect's HOST take it.
    ok("host: name", Entry::Host, QStringLiteral("example.com"), QStringLiteral("example.com"));
    ok("host: trimmed", Entry::Host, QStringLiteral("  localhost "), QStringLiteral("localhost"));
    ok("host: ipv4", Entry::Host, QStringLiteral("192.168.1.10"), QStringLiteral("192.168.1.10"));
    ok("host: ipv6", Entry::Host, QStringLiteral("::1"), QStringLiteral("::1"));
    ok("host: ipv6 in brackets", Entry::Host, QStringLiteral("[::1]"), QStringLiteral("::1"));
    ok("host: ipv6 with scope", Entry::Host, QStringLiteral("fe80::1%lo"), QStringLiteral("fe80::1%lo"));
    ok("host: full ipv6", Entry::Host, QStringLiteral("2001:db8::8:800:200c:417a"),
        QStringLiteral("2001:db8::8:800:200c:417a"));
    bad("host: empty", Entry::Host, QString(), H, P::Empty, QStringLiteral("the host is missing"));
    bad("host: blank", Entry::Host, QStringLiteral("   "), H, P::Empty,
        QStringLiteral("the host is missing"));
    bad("host: inner space", Entry::Host, QStringLiteral("local host"), H, P::Spaces,
        QStringLiteral("'local host' contains a space or a control character"));
    bad("host: tab", Entry::Host, QStringLiteral("local\thost"), H, P::Spaces,
        QStringLiteral("'local\thost' contains a space or a control character"));
    bad("host: with a port", Entry::Host, QStringLiteral("localhost:80"), H, P::NotAHost,
        QStringLiteral(
            "'localhost:80' is neither a host name nor an IP address (write an IPv6 address with a "
            "port as [::1]:80)"));
    bad("host: colons", Entry::Host, QStringLiteral("a:b:c"), H, P::NotAHost,
        QStringLiteral(
            "'a:b:c' is neither a host name nor an IP address (write an IPv6 address with a port as "
            "[::1]:80)"));
    bad("host: open bracket", Entry::Host, QStringLiteral("[::1"), H, P::NotAHost,
        QStringLiteral(
            "'[::1' is neither a host name nor an IP address (write an IPv6 address with a port as "
            "[::1]:80)"));
    bad("host: brackets around a name", Entry::Host, QStringLiteral("[localhost]"), H, P::NotAHost,
        QStringLiteral("'[localhost]' is neither a host name nor an IP address (write an IPv6 address with a "
                       "port as [::1]:80)"));

    // A Host field that may hold the port too: split into both fields.
    ok("field: name alone", Entry::HostField, QStringLiteral("example.com"), QStringLiteral("example.com"));
    ok("field: name and port", Entry::HostField, QStringLiteral("localhost:80"), QStringLiteral("localhost"),
        QStringLiteral("80"));
    ok("field: ipv4 and port", Entry::HostField, QStringLiteral("192.0.2.1:8080"),
        QStringLiteral("192.0.2.1"), QStringLiteral("8080"));
    ok("field: bracketed ipv6 and port", Entry::HostField, QStringLiteral("[::1]:8080"),
        QStringLiteral("::1"), QStringLiteral("8080"));
    ok("field: bracketed ipv6 alone", Entry::HostField, QStringLiteral("[2001:db8::1]"),
        QStringLiteral("2001:db8::1"));
    // Without brackets the last group is part of the address, never a port.
    ok("field: bare ipv6 is not split", Entry::HostField, QStringLiteral("::1:80"), QStringLiteral("::1:80"));
    ok("field: service name", Entry::HostField, QStringLiteral("example.com:http"),
        QStringLiteral("example.com"), QStringLiteral("http"));
    ok("field: port text left to port()", Entry::HostField, QStringLiteral("localhost:99999"),
        QStringLiteral("localhost"), QStringLiteral("99999"));
    bad("field: no host before the colon", Entry::HostField, QStringLiteral(":80"), H, P::Empty,
        QStringLiteral("the host is missing"));
    bad("field: text after brackets", Entry::HostField, QStringLiteral("[::1]80"), H, P::NotAHost,
        QStringLiteral(
            "'[::1]80' is neither a host name nor an IP address (write an IPv6 address with a port as "
            "[::1]:80)"));

    // Ports to connect to: 1-65535 or a service name.
    ok("connect: 80", Entry::ConnectPort, QStringLiteral("80"), QString(), QStringLiteral("80"));
    ok("connect: 1", Entry::ConnectPort, QStringLiteral("1"), QString(), QStringLiteral("1"));
    ok("connect: 65535", Entry::ConnectPort, QStringLiteral("65535"), QString(), QStringLiteral("65535"));
    ok("connect: leading zeros", Entry::ConnectPort, QStringLiteral("0080"), QString(), QStringLiteral("80"));
    ok("connect: trimmed", Entry::ConnectPort, QStringLiteral(" 443 "), QString(), QStringLiteral("443"));
    ok("connect: http", Entry::ConnectPort, QStringLiteral("http"), QString(), QStringLiteral("80"));
    ok("connect: HTTPS in capitals", Entry::ConnectPort, QStringLiteral("HTTPS"), QString(),
        QStringLiteral("443"));
    ok("connect: an alias (www)", Entry::ConnectPort, QStringLiteral("www"), QString(), QStringLiteral("80"));
    bad("connect: 0", Entry::ConnectPort, QStringLiteral("0"), Po, P::OutOfRange,
        QStringLiteral("port 0 is out of range (1-65535)"));
    bad("connect: 70000", Entry::ConnectPort, QStringLiteral("70000"), Po, P::OutOfRange,
        QStringLiteral("port 70000 is out of range (1-65535)"));
    bad("connect: 65536", Entry::ConnectPort, QStringLiteral("65536"), Po, P::OutOfRange,
        QStringLiteral("port 65536 is out of range (1-65535)"));
    bad("connect: huge", Entry::ConnectPort, QStringLiteral("99999999999"), Po, P::OutOfRange,
        QStringLiteral("port 99999999999 is out of range (1-65535)"));
    bad("connect: -1", Entry::ConnectPort, QStringLiteral("-1"), Po, P::OutOfRange,
        QStringLiteral("port -1 is out of range (1-65535)"));
    bad("connect: empty", Entry::ConnectPort, QString(), Po, P::Empty,
        QStringLiteral("the port is missing (1-65535)"));
    bad("connect: unknown service", Entry::ConnectPort, QStringLiteral("frobnicate"), Po, P::UnknownService,
        QStringLiteral("port 'frobnicate' is neither a number nor a service name this system knows"));
    bad("connect: udp-only service", Entry::ConnectPort, QStringLiteral("bootps"), Po, P::UnknownService,
        QStringLiteral("port 'bootps' is neither a number nor a service name this system knows"));
    bad("connect: hex", Entry::ConnectPort, QStringLiteral("0x50"), Po, P::UnknownService,
        QStringLiteral("port '0x50' is neither a number nor a service name this system knows"));

    // Ports to listen on: 0-65535, numbers only (0 asks for a free port).
    ok("listen: 0", Entry::ListenPort, QStringLiteral("0"), QString(), QStringLiteral("0"));
    ok("listen: 8080", Entry::ListenPort, QStringLiteral("8080"), QString(), QStringLiteral("8080"));
    bad("listen: 70000", Entry::ListenPort, QStringLiteral("70000"), Po, P::OutOfRange,
        QStringLiteral("port 70000 is out of range (0-65535)"));
    bad("listen: -1", Entry::ListenPort, QStringLiteral("-1"), Po, P::OutOfRange,
        QStringLiteral("port -1 is out of range (0-65535)"));
    bad("listen: a service name", Entry::ListenPort, QStringLiteral("http"), Po, P::NotANumber,
        QStringLiteral("port 'http' is not a number"));
    bad("listen: empty", Entry::ListenPort, QString(), Po, P::Empty,
        QStringLiteral("the port is missing (0-65535)"));

    // Addresses to listen on.
    ok("address: ipv4", Entry::Address, QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.2"));
    ok("address: any ipv4", Entry::Address, QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0"));
    ok("address: ipv6", Entry::Address, QStringLiteral("::1"), QStringLiteral("::1"));
    ok("address: any ipv6", Entry::Address, QStringLiteral("::"), QStringLiteral("::"));
    ok("address: bracketed", Entry::Address, QStringLiteral("[::1]"), QStringLiteral("::1"));
    ok("address: trimmed", Entry::Address, QStringLiteral(" 10.0.0.1 "), QStringLiteral("10.0.0.1"));
    bad("address: bad octet", Entry::Address, QStringLiteral("999.1.2.3"), A, P::NotAnAddress,
        QStringLiteral("'999.1.2.3' is not an IP address"));
    bad("address: a name", Entry::Address, QStringLiteral("localhost"), A, P::NotAnAddress,
        QStringLiteral("'localhost' is not an IP address"));
    bad("address: with a port", Entry::Address, QStringLiteral("127.0.0.1:80"), A, P::NotAnAddress,
        QStringLiteral("'127.0.0.1:80' is not an IP address"));
    bad("address: empty", Entry::Address, QString(), A, P::Empty, QStringLiteral("the address is missing"));
    bad("address: empty brackets", Entry::Address, QStringLiteral("[]"), A, P::Empty,
        QStringLiteral("the address is missing"));

    // HOST:PORT in one word, as --client takes it.
    ok("client: name", Entry::HostAndPort, QStringLiteral("localhost:7"), QStringLiteral("localhost"),
        QStringLiteral("7"));
    ok("client: bracketed ipv6", Entry::HostAndPort, QStringLiteral("[::1]:9000"), QStringLiteral("::1"),
        QStringLiteral("9000"));
    ok("client: service", Entry::HostAndPort, QStringLiteral("example.com:https"),
        QStringLiteral("example.com"), QStringLiteral("443"));
    bad("client: no port", Entry::HostAndPort, QStringLiteral("localhost"), Po, P::Empty,
        QStringLiteral("the port is missing (1-65535)"));
    bad("client: bare ipv6 has no port", Entry::HostAndPort, QStringLiteral("::1:9000"), Po, P::Empty,
        QStringLiteral("the port is missing (1-65535)"));
    bad("client: port 0", Entry::HostAndPort, QStringLiteral("localhost:0"), Po, P::OutOfRange,
        QStringLiteral("port 0 is out of range (1-65535)"));
    bad("client: empty port", Entry::HostAndPort, QStringLiteral("localhost:"), Po, P::Empty,
        QStringLiteral("the port is missing (1-65535)"));
    bad("client: no host", Entry::HostAndPort, QStringLiteral(":80"), H, P::Empty,
        QStringLiteral("the host is missing"));

    // ADDRESS:PORT as transcripts write it: numbers only.
    ok("file: ipv4", Entry::FileEndpoint, QStringLiteral("127.0.0.1:5555"), QStringLiteral("127.0.0.1"),
        QStringLiteral("5555"));
    ok("file: ipv6", Entry::FileEndpoint, QStringLiteral("[::1]:0"), QStringLiteral("::1"),
        QStringLiteral("0"));
    bad("file: a name", Entry::FileEndpoint, QStringLiteral("localhost:80"), A, P::NotAnAddress,
        QStringLiteral("'localhost' is not an IP address"));
    bad("file: a service", Entry::FileEndpoint, QStringLiteral("127.0.0.1:http"), Po, P::NotANumber,
        QStringLiteral("port 'http' is not a number"));
    bad("file: no port", Entry::FileEndpoint, QStringLiteral("127.0.0.1"), Po, P::Empty,
        QStringLiteral("the port is missing (0-65535)"));
    bad("file: port too big", Entry::FileEndpoint, QStringLiteral("[::1]:65536"), Po, P::OutOfRange,
        QStringLiteral("port 65536 is out of range (0-65535)"));
}

void tst_EndpointParser::parse()
{
    QFETCH(Entry, entry);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(EndpointError::Part, part);
    QFETCH(EndpointError::Problem, problem);
    QFETCH(QString, message);

    EndpointError error;
    bool parsed = false;
    QString gotHost;
    QString gotPort;
    switch (entry) {
    case Entry::Host:
        if (const std::optional<QString> result = EndpointParser::host(input, &error)) {
            parsed = true;
            gotHost = *result;
        }
        break;
    case Entry::HostField:
        if (const std::optional<HostAndPort> result = EndpointParser::splitHost(input, &error)) {
            parsed = true;
            gotHost = result->host;
            gotPort = result->port;
            QCOMPARE(result->hasPort, !port.isEmpty());
        }
        break;
    case Entry::ConnectPort:
    case Entry::ListenPort: {
        const PortUse use = entry == Entry::ConnectPort ? PortUse::Connect : PortUse::Listen;
        if (const std::optional<quint16> result = EndpointParser::port(input, use, &error)) {
            parsed = true;
            gotPort = QString::number(*result);
        }
        break;
    }
    case Entry::Address:
        if (const std::optional<QHostAddress> result = EndpointParser::address(input, &error)) {
            parsed = true;
            gotHost = result->toString();
        }
        break;
    case Entry::FileEndpoint:
        if (const std::optional<Endpoint> result = EndpointParser::endpoint(input, &error)) {
            parsed = true;
            gotHost = result->address.toString();
            gotPort = QString::number(result->port);
            QCOMPARE(result->toString(), input); // what toString() writes reads back
        }
        break;
    case Entry::HostAndPort:
        if (const auto result = EndpointParser::hostAndPort(input, &error)) {
            parsed = true;
            gotHost = result->first;
            gotPort = QString::number(result->second);
        }
        break;
    }

    QCOMPARE(parsed, valid);
    if (valid) {
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(gotHost, host);
        QCOMPARE(gotPort, port);
    } else {
        QCOMPARE(error.part, part);
        QCOMPARE(error.problem, problem);
        QCOMPARE(error.message(), message);
    }
}

void tst_EndpointParser::portRange_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("first"); // -1: refused
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("message");
    QTest::addRow("a range") << QStringLiteral("20-30") << 20 << 30 << QString();
    QTest::addRow("reversed") << QStringLiteral("30-20") << 20 << 30 << QString();
    QTest::addRow("one number") << QStringLiteral("8080") << 8080 << 8080 << QString();
    QTest::addRow("a service") << QStringLiteral("http") << 80 << 80 << QString();
    QTest::addRow("a service with a dash") << QStringLiteral("ftp-data") << 20 << 20 << QString();
    QTest::addRow("spaces around") << QStringLiteral(" 1-2 ") << 1 << 2 << QString();
    QTest::addRow("from nothing") << QStringLiteral("-5") << -1 << -1
                                  << QStringLiteral("port -5 is out of range (1-65535)");
    QTest::addRow("to nothing") << QStringLiteral("5-") << -1 << -1
                                << QStringLiteral("the port is missing (1-65535)");
    QTest::addRow("a word") << QStringLiteral("20-x") << -1 << -1
                            << QStringLiteral("port 'x' is not a number");
    QTest::addRow("past the top") << QStringLiteral("1-70000") << -1 << -1
                                  << QStringLiteral("port 70000 is out of range (1-65535)");
    QTest::addRow("zero") << QStringLiteral("0-10") << -1 << -1
                          << QStringLiteral("port 0 is out of range (1-65535)");
}

void tst_EndpointParser::portRange()
{
    QFETCH(QString, input);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, message);
    EndpointError error;
    const std::optional<std::pair<quint16, quint16>> range = EndpointParser::portRange(input, &error);
    QCOMPARE(range.has_value(), first >= 0);
    if (range) {
        QCOMPARE(int(range->first), first);
        QCOMPARE(int(range->second), last);
    } else {
        QCOMPARE(error.part, EndpointError::Part::Port);
        QCOMPARE(error.message(), message);
    }
}

void tst_EndpointParser::listenPortTakesServicesForNetcat_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("port"); // -1: refused
    QTest::addRow("zero: a free port") << QStringLiteral("0") << 0;
    QTest::addRow("a number") << QStringLiteral("9999") << 9999;
    QTest::addRow("a service") << QStringLiteral("http") << 80;
    QTest::addRow("unknown") << QStringLiteral("nosuchservice") << -1;
    QTest::addRow("too large") << QStringLiteral("65536") << -1;
}

void tst_EndpointParser::listenPortTakesServicesForNetcat()
{
    QFETCH(QString, input);
    QFETCH(int, port);
    EndpointError error;
    const std::optional<quint16> parsed = EndpointParser::port(input, PortUse::ListenOrService, &error);
    QCOMPARE(parsed ? int(*parsed) : -1, port);
    if (!parsed)
        QCOMPARE(error.lowest, 0);
    // The window's and `listen`'s own use still takes numbers only.
    if (port > 0 && input == QLatin1String("http"))
        QVERIFY(!EndpointParser::port(input, PortUse::Listen, &error));
}

void tst_EndpointParser::listenAddressIsDualStackOnAny_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QHostAddress>("address");
    QTest::addRow("::") << QStringLiteral("::") << QHostAddress(QHostAddress::Any);
    QTest::addRow("[::]") << QStringLiteral("[::]") << QHostAddress(QHostAddress::Any);
    QTest::addRow("0.0.0.0 stays IPv4") << QStringLiteral("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::addRow("::1 stays itself") << QStringLiteral("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::addRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
}

void tst_EndpointParser::listenAddressIsDualStackOnAny()
{
    QFETCH(QString, input);
    QFETCH(QHostAddress, address);
    const std::optional<QHostAddress> parsed = EndpointParser::listenAddress(input, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->protocol(), address.protocol());
    QVERIFY(parsed->isEqual(address, QHostAddress::StrictConversion));
    EndpointError error;
    QVERIFY(!EndpointParser::listenAddress(QStringLiteral("localhost"), &error));
    QCOMPARE(error.problem, EndpointError::Problem::NotAnAddress);
}

void tst_EndpointParser::serviceNameOfAPort()
{
    QCOMPARE(EndpointParser::serviceName(80), std::optional<QString>(QStringLiteral("http")));
    QCOMPARE(EndpointParser::serviceName(22), std::optional<QString>(QStringLiteral("ssh")));
    QVERIFY(!EndpointParser::serviceName(0));
    QVERIFY(!EndpointParser::serviceName(61999)); // none there in Debian's /etc/services
    // The same port is another service over UDP, or none.
    QCOMPARE(EndpointParser::serviceName(514, PortProtocol::Udp),
        std::optional<QString>(QStringLiteral("syslog")));
    QCOMPARE(
        EndpointParser::serviceName(514, PortProtocol::Tcp), std::optional<QString>(QStringLiteral("shell")));
    QVERIFY(!EndpointParser::serviceName(80, PortProtocol::Udp));
}

void tst_EndpointParser::servicePortsByProtocol_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PortProtocol>("protocol");
    QTest::addColumn<int>("port"); // -1: refused
    QTest::addColumn<QString>("message"); // the refusal's sentence, exactly
    const auto tcp = PortProtocol::Tcp;
    const auto udp = PortProtocol::Udp;
    const QString unknownTcp
        = QStringLiteral("port '%1' is neither a number nor a service name this system knows");
    const QString unknownUdp
        = QStringLiteral("port '%1' is neither a number nor a UDP service name this system knows");
    // Debian's /etc/services: tftp and bootps are udp only, http and ssh tcp only, domain both; syslog is
    // 514/udp, and over TCP an alias of shell (514/tcp).
    QTest::addRow("syslog over udp") << QStringLiteral("syslog") << udp << 514 << QString();
    QTest::addRow("tftp over tcp") << QStringLiteral("tftp") << tcp << -1 << unknownTcp.arg(u"tftp");
    QTest::addRow("bootps over udp") << QStringLiteral("bootps") << udp << 67 << QString();
    QTest::addRow("bootps over tcp") << QStringLiteral("bootps") << tcp << -1 << unknownTcp.arg(u"bootps");
    QTest::addRow("tftp over udp") << QStringLiteral("tftp") << udp << 69 << QString();
    QTest::addRow("http over tcp") << QStringLiteral("http") << tcp << 80 << QString();
    QTest::addRow("http over udp") << QStringLiteral("http") << udp << -1 << unknownUdp.arg(u"http");
    QTest::addRow("ssh over udp") << QStringLiteral("ssh") << udp << -1 << unknownUdp.arg(u"ssh");
    QTest::addRow("domain over udp") << QStringLiteral("domain") << udp << 53 << QString();
    QTest::addRow("domain over tcp") << QStringLiteral("domain") << tcp << 53 << QString();
    QTest::addRow("an alias over udp") << QStringLiteral("sink") << udp << 9 << QString(); // discard's
    QTest::addRow("upper case over udp") << QStringLiteral("SYSLOG") << udp << 514 << QString();
    QTest::addRow("a number over udp") << QStringLiteral("514") << udp << 514 << QString();
    QTest::addRow("unknown over udp")
        << QStringLiteral("nosuchsvc") << udp << -1 << unknownUdp.arg(u"nosuchsvc");
}

void tst_EndpointParser::servicePortsByProtocol()
{
    // One parser for both: every entry point that takes a service name takes it for the protocol passed in,
    // and the default is TCP.
    QFETCH(QString, input);
    QFETCH(PortProtocol, protocol);
    QFETCH(int, port);
    QFETCH(QString, message);
    for (const PortUse use : { PortUse::Connect, PortUse::ListenOrService }) {
        EndpointError error;
        const std::optional<quint16> parsed = EndpointParser::port(input, use, &error, protocol);
        QCOMPARE(parsed ? int(*parsed) : -1, port);
        if (!parsed) {
            QCOMPARE(error.problem, EndpointError::Problem::UnknownService);
            QCOMPARE(error.protocol, protocol);
            QCOMPARE(error.message(), message);
        }
    }
    EndpointError error;
    const auto hostAndPort
        = EndpointParser::hostAndPort(QStringLiteral("127.0.0.1:") + input, &error, protocol);
    QCOMPARE(hostAndPort ? int(hostAndPort->second) : -1, port);
    if (!hostAndPort)
        QCOMPARE(error.message(), message);
    if (input != QLatin1String("514")) { // a name, not a number
        const std::optional<quint16> service = EndpointParser::servicePort(input, protocol);
        QCOMPARE(service ? int(*service) : -1, port);
    }
    if (protocol == PortProtocol::Tcp) { // the default
        const std::optional<quint16> byDefault = EndpointParser::port(input, PortUse::Connect, nullptr);
        QCOMPARE(byDefault ? int(*byDefault) : -1, port);
    }
}

QTEST_GUILESS_MAIN(tst_EndpointParser)
#include "tst_endpointparser.moc"
