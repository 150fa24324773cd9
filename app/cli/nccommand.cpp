#include "nccommand.h"

#include "arguments.h"
#include "consolebridge.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "runner.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "stream/endpointparser.h"
#include "udpcommand.h"
#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace Sockbench::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Cli::NcCommand)
};

// netcat's own exit statuses: 0 for success, 1 for any failure (a bad flag too). An interruption stays 130,
// what a shell reports for netcat killed by SIGINT.
int netcatStatus(int code)
{
    return code == Success || code == Interrupted ? code : 1;
}

/// One line on standard error and netcat's status for a bad argument (1).
int ncError(const QString &message)
{
    std::fprintf(stderr, "sockbench nc: %s\n%s\n", qPrintable(message),
        qPrintable(Tr::tr("Try 'sockbench nc --help' for more information.")));
    return 1;
}

// The long options of sockbench's own commands that nc takes too, and which of them take a value.
bool longTakesValue(const QString &name)
{
    static const QStringList valued { QStringLiteral("transcript"), QStringLiteral("capture-limit"),
        QStringLiteral("limit-policy"), QStringLiteral("idle-timeout"), QStringLiteral("connect-timeout") };
    return valued.contains(name);
}

/// nc's flags that sockbench nc does not take, each refused by name rather than misread.
bool isOtherNetcatFlag(QChar flag)
{
    return QStringLiteral("DdFIiMmOPrSTtUVWXxZ").contains(flag);
}

bool isValueFlag(QChar flag)
{
    return QStringLiteral("pqsw").contains(flag);
}

bool isPlainFlag(QChar flag)
{
    return QStringLiteral("46CklNnuvz").contains(flag);
}

/// A host to connect to: with -n an address only (no lookup), of the family -4 or -6 asks for.
std::optional<QString> ncHost(const QString &text, const NcOptions &options, QString *error)
{
    EndpointError problem;
    const std::optional<QString> host = EndpointParser::host(text, &problem);
    if (!host) {
        *error = problem.message();
        return std::nullopt;
    }
    if (options.numeric && QHostAddress(*host).isNull()) {
        *error = Tr::tr("-n: '%1' is not an IP address (with -n no name is looked up)").arg(*host);
        return std::nullopt;
    }
    if (!checkHostFamily(*host, options.common.protocol, error))
        return std::nullopt;
    return host;
}

} // namespace

std::optional<int> parseNcArguments(const QStringList &arguments, NcOptions *options)
{
    // getopt's way, as netcat parses: flags may be grouped (-lvk) and come after the operands, a value
    // follows its flag in the same word or the next (-p9999, -p 9999), and -- ends the flags.
    QStringList operands;
    QStringList longOptions { arguments.value(0) };
    QString values[128];
    bool given[128] = {};
    bool onlyOperands = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (onlyOperands || word.size() < 2 || !word.startsWith(QLatin1Char('-'))) {
            operands.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            onlyOperands = true;
            continue;
        }
        if (word.startsWith(QLatin1String("--"))) {
            const QString name = word.mid(2).section(QLatin1Char('='), 0, 0);
            longOptions.append(word);
            if (!word.contains(QLatin1Char('=')) && longTakesValue(name)) {
                if (++i >= arguments.size())
                    return ncError(Tr::tr("--%1 needs a value").arg(name));
                longOptions.append(arguments.at(i));
            }
            continue;
        }
        for (qsizetype at = 1; at < word.size(); ++at) {
            const QChar flag = word.at(at);
            if (flag == QLatin1Char('h')) {
                return Usage::print(Usage::forCommand(QStringLiteral("nc")));
            }
            if (flag.unicode() >= 128 || (!isPlainFlag(flag) && !isValueFlag(flag))) {
                if (isOtherNetcatFlag(flag))
                    return ncError(
                        Tr::tr("-%1 is a netcat flag sockbench nc does not take (it takes -4 -6 -C "
                               "-k -l -N -n -p -q -s -u -v -w -z)")
                            .arg(flag));
                return ncError(Tr::tr("invalid option -- '%1'").arg(flag));
            }
            given[flag.unicode()] = true;
            if (!isValueFlag(flag))
                continue;
            if (at + 1 < word.size()) {
                values[flag.unicode()] = word.mid(at + 1);
            } else if (++i < arguments.size()) {
                values[flag.unicode()] = arguments.at(i);
            } else {
                return ncError(Tr::tr("option requires an argument -- '%1'").arg(flag));
            }
            break;
        }
    }
    auto isGiven = [&given](char flag) { return given[int(flag)]; };
    auto valueOf = [&values](char flag) { return values[int(flag)]; };

    // sockbench's own long options, read as the other commands read them.
    QCommandLineParser parser;
    addCommonOptions(parser);
    if (!parser.parse(longOptions))
        return ncError(parseErrorText(parser, longOptions));
    if (parser.isSet(QStringLiteral("help"))) {
        return Usage::print(Usage::forCommand(QStringLiteral("nc")));
    }
    QString error;
    if (!readCommonOptions(parser, &options->common, &error))
        return ncError(error);
    // netcat waits for the system's own connect timeout unless -w says otherwise.
    if (!parser.isSet(QStringLiteral("connect-timeout")))
        options->common.connectTimeoutMs = 0;

    options->udp = isGiven('u');
    if (options->udp && isGiven('z'))
        return ncError(Tr::tr("-u with -z (a UDP port scan) is not taken: -z scans TCP ports"));
    if ((isGiven('4') || options->common.protocol == QAbstractSocket::IPv4Protocol)
        && (isGiven('6') || options->common.protocol == QAbstractSocket::IPv6Protocol))
        return ncError(Tr::tr("-4 and -6 exclude each other"));
    if (isGiven('4'))
        options->common.protocol = QAbstractSocket::IPv4Protocol;
    if (isGiven('6'))
        options->common.protocol = QAbstractSocket::IPv6Protocol;
    options->numeric = isGiven('n');
    options->shutdownAtEof = isGiven('N');
    options->keepOpen = isGiven('k');
    options->common.crlf = options->common.crlf || isGiven('C');
    options->common.verbose = options->common.verbose || isGiven('v');
    if (isGiven('w')) {
        const std::optional<int> timeout = parseSeconds(QStringLiteral("-w"), valueOf('w'), &error);
        if (!timeout)
            return ncError(error);
        options->common.connectTimeoutMs = *timeout;
        options->common.idleTimeoutMs = *timeout;
    }
    if (isGiven('q')) {
        bool ok = false;
        const double seconds = valueOf('q').toDouble(&ok);
        if (!ok || seconds > 86400 * 365)
            return ncError(
                Tr::tr("-q needs a number of seconds (negative: never quit), not '%1'").arg(valueOf('q')));
        options->quitAfterEofMs = seconds < 0 ? -1 : int(seconds * 1000);
    }
    if (isGiven('l') && isGiven('z'))
        return ncError(Tr::tr("-l and -z exclude each other"));
    if (isGiven('k') && !isGiven('l'))
        return ncError(Tr::tr("must use -l with -k"));

    if (isGiven('l')) {
        options->mode = NcOptions::Mode::Listen;
        // nc -l PORT, nc -l -p PORT, nc -l ADDR PORT, nc -l -s ADDR -p PORT; and ADDR:PORT in one word.
        QString address = valueOf('s');
        QString port = valueOf('p');
        if (operands.size() > 2)
            return ncError(Tr::tr("unexpected extra argument '%1'").arg(operands.at(2)));
        if (operands.size() == 2) {
            if (isGiven('s') || isGiven('p'))
                return ncError(Tr::tr("-l takes ADDRESS PORT or -s and -p, not both"));
            address = operands.at(0);
            port = operands.at(1);
        } else if (operands.size() == 1) {
            EndpointError problem;
            const std::optional<HostAndPort> split = EndpointParser::splitHost(operands.at(0), &problem);
            if (split && split->hasPort && !isGiven('s') && !isGiven('p')) {
                address = split->host;
                port = split->port;
            } else if (isGiven('p')) {
                return ncError(Tr::tr("-l takes the port as -p PORT or as an argument, not both"));
            } else {
                port = operands.at(0);
            }
        }
        if (port.isEmpty())
            return ncError(Tr::tr("-l needs a port: nc -l PORT or nc -l -p PORT"));
        EndpointError problem;
        const std::optional<quint16> number
            = EndpointParser::port(port, PortUse::ListenOrService, &problem, portProtocol(options->udp));
        if (!number)
            return ncError(problem.message());
        options->port = *number;
        // Loopback unless an address is given, as every sockbench server starts: netcat's every interface is
        // one -s 0.0.0.0 (or -s ::) away.
        options->bindAddress = QHostAddress(QHostAddress::LocalHost);
        if (!address.isEmpty()) {
            const std::optional<QHostAddress> bind = EndpointParser::listenAddress(address, &problem);
            if (!bind)
                return ncError(Tr::tr("-l listens on an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, "
                                      "not '%1'")
                                   .arg(address));
            options->bindAddress = *bind;
        }
        if (!applyFamily(!address.isEmpty(), &options->bindAddress, options->common.protocol, &error))
            return ncError(error);
        return std::nullopt;
    }

    // Connecting or scanning: the local end is the system's.
    if (isGiven('s') || isGiven('p'))
        return ncError(Tr::tr("-s and -p choose the local end of a connection, which sockbench does not bind "
                              "yet; with -l they say where to listen"));
    if (operands.isEmpty())
        return ncError(Tr::tr("missing hostname and port"));
    QStringList ports = operands.mid(1);
    QString hostText = operands.at(0);
    if (operands.size() == 1) {
        // HOST:PORT in one word, as the window's fields take it.
        EndpointError problem;
        const std::optional<HostAndPort> split = EndpointParser::splitHost(hostText, &problem);
        if (!split)
            return ncError(problem.message());
        if (!split->hasPort)
            return ncError(Tr::tr("missing port number"));
        hostText = split->host;
        ports = { split->port };
    }
    const std::optional<QString> host = ncHost(hostText, *options, &error);
    if (!host)
        return ncError(error);
    options->host = *host;
    if (isGiven('z')) {
        options->mode = NcOptions::Mode::Scan;
        for (const QString &text : std::as_const(ports)) {
            EndpointError problem;
            const std::optional<std::pair<quint16, quint16>> range
                = EndpointParser::portRange(text, &problem);
            if (!range)
                return ncError(problem.message());
            options->portRanges.append(*range);
        }
        return std::nullopt;
    }
    if (ports.size() > 1)
        return ncError(
            Tr::tr("one port to connect to, not %1 (several, or a range, are for -z)").arg(ports.size()));
    EndpointError problem;
    const std::optional<quint16> number
        = EndpointParser::port(ports.at(0), PortUse::Connect, &problem, portProtocol(options->udp));
    if (!number) {
        if (EndpointParser::portRange(ports.at(0), nullptr))
            return ncError(Tr::tr("a range of ports is for -z; connect to one port"));
        return ncError(problem.message());
    }
    options->port = *number;
    return std::nullopt;
}

namespace {

/// -z -v says netcat's line for each port, not sockbench's lifecycle events too.
CommonOptions printedOptions(const NcOptions &options)
{
    CommonOptions common = options.common;
    if (options.mode == NcOptions::Mode::Scan)
        common.verbose = false;
    return common;
}

} // namespace

NcCommand::NcCommand(const NcOptions &options, Workbench *workbench, QObject *parent)
    : Command(printedOptions(options), workbench, parent)
    , m_options(options)
    , m_workbench(workbench)
{
    if (m_options.mode == NcOptions::Mode::Scan)
        return; // -z sends nothing and prints nothing of the peer: no standard input or output
    m_bridge = new ConsoleBridge(true, options.common.crlf, this);
    m_bridge->setHalfCloseAtEnd(options.shutdownAtEof);
    connect(m_bridge, &ConsoleBridge::outputClosed, this, &NcCommand::finishForOutput);
    connect(m_bridge, &ConsoleBridge::inputFinished, this, &NcCommand::onInputFinished);
    connect(m_bridge, &ConsoleBridge::inputFailed, this,
        [this](const QString &message) { finish(OtherError, Tr::tr("standard input: %1").arg(message)); });
}

NcCommand::~NcCommand() = default;

void NcCommand::start()
{
    switch (m_options.mode) {
    case NcOptions::Mode::Connect:
        startConnect();
        break;
    case NcOptions::Mode::Listen:
        startListen();
        break;
    case NcOptions::Mode::Scan:
        for (const auto &[first, last] : std::as_const(m_options.portRanges)) {
            for (int port = first; port <= last; ++port)
                m_scanPorts.append(quint16(port));
        }
        scanNext();
        break;
    }
}

void NcCommand::startConnect()
{
    ClientSession *client = m_workbench->createClient();
    connect(client, &ClientSession::failed, this,
        [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(client, &ClientSession::connected, this, [this](Connection *connection) {
        m_bridge->addConnection(connection);
        follow(connection, Tr::tr("connection to %1"));
    });
    ClientOptions settings = clientOptions(m_options.host, m_options.port);
    client->connectTo(settings);
}

void NcCommand::startListen()
{
    m_server = m_workbench->createServer();
    connect(m_server, &ServerSession::accepted, this, [this](Connection *connection) {
        m_bridge->addConnection(connection);
        // netcat-openbsd 1.219's readwrite(): "listen and net in gone, queues empty, done". A listener ends
        // a connection once its client half-closes, whatever its own input still holds (close() sends what
        // is queued first); with -k it then serves the next. Without this, `echo Hello | nc -N` against
        // `sockbench nc -l` hung until killed where netcat's own -l let it end in 16 ms.
        connect(connection, &Connection::peerHalfClosed, connection, &Connection::close);
        if (m_options.keepOpen) {
            connection->setIdleTimeout(m_options.common.idleTimeoutMs);
            return;
        }
        m_server->stopListening(); // one client, as nc -l without -k
        follow(connection, Tr::tr("connection from %1"));
    });
    ServerOptions server;
    server.bindAddress = m_options.bindAddress;
    server.port = m_options.port;
    if (!m_server->listen(server)) {
        finish(exitCodeFor(m_server->error()), m_server->errorString());
        return;
    }
    printer()->catchUp();
    announceListening(m_server, m_options.port);
}

void NcCommand::follow(Connection *connection, const QString &how)
{
    connection->setIdleTimeout(m_options.common.idleTimeoutMs);
    const QString name = how.arg(connection->peerEndpoint().toString());
    // netcat's -w: a connection idle that long ends, and that is no failure.
    connect(connection, &Connection::idleTimedOut, this, [this] { finish(Success); });
    m_followed = connection;
    connect(connection, &Connection::peerHalfClosed, this, [this] {
        m_peerDone = true;
        endWhenBothDone();
    });
    connect(connection, &Connection::closed, this, [this, connection, name] {
        const StreamError error = connection->error();
        finish(exitCodeFor(error),
            error == StreamError::None ? QString() : Tr::tr("%1: %2").arg(name, connection->errorString()));
    });
}

void NcCommand::endWhenBothDone()
{
    // With -N our side is half-closed already and the peer's close ends it as any close does; without it,
    // netcat (1.219) leaves once the peer has closed its side and its own input has ended, in either order.
    if (!m_inputDone || !m_peerDone || !m_followed || m_options.shutdownAtEof)
        return;
    m_followed->close(); // its closed() ends the command
}

void NcCommand::onInputFinished()
{
    m_inputDone = true;
    endWhenBothDone();
    // -q: netcat quits this long after the end of its input (-q 0: at once); without it, it waits for the
    // peer.
    if (m_options.quitAfterEofMs < 0)
        return;
    QTimer::singleShot(m_options.quitAfterEofMs, this, [this] {
        // What standard input gave is sent first: close() flushes, and its closed() ends the command.
        if (m_followed)
            m_followed->close();
        else
            finish(Success);
    });
}

void NcCommand::scanNext()
{
    if (m_scanNext >= m_scanPorts.size()) {
        finish(m_anyOpen ? Success : OtherError);
        return;
    }
    const quint16 port = m_scanPorts.at(m_scanNext++);
    ClientSession *client = m_workbench->createClient();
    const auto done = [this, client] {
        // Queued: the session is still in its own signal; the capture keeps what it recorded.
        QMetaObject::invokeMethod(
            this,
            [this, client] {
                m_workbench->removeSession(client);
                scanNext();
            },
            Qt::QueuedConnection);
    };
    connect(client, &ClientSession::failed, this, [this, port, done](StreamError error, const QString &) {
        if (m_options.common.verbose) {
            // netcat's line, with the reason in sockbench's words.
            std::fprintf(stderr, "sockbench nc: %s\n",
                qPrintable(Tr::tr("connect to %1 port %2 (tcp) failed: %3")
                               .arg(m_options.host)
                               .arg(port)
                               .arg(StreamErrorText::describe(error))));
            std::fflush(stderr);
        }
        done();
    });
    connect(client, &ClientSession::connected, this, [this, port, done](Connection *connection) {
        m_anyOpen = true;
        if (m_options.common.verbose) {
            // netcat's own line, which scripts look for.
            const std::optional<QString> service
                = m_options.numeric ? std::nullopt : EndpointParser::serviceName(port);
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("Connection to %1 %2 port [tcp/%3] succeeded!")
                               .arg(m_options.host)
                               .arg(port)
                               .arg(service.value_or(QStringLiteral("*")))));
            std::fflush(stderr);
        }
        connection->close();
        done();
    });
    client->connectTo(clientOptions(m_options.host, port));
}

std::optional<UdpCommandOptions> ncUdpOptions(const NcOptions &options, QString *error)
{
    // The same UDP sessions as connect -u and listen -u, with nc's -q; -N is nothing over UDP (no
    // half-close to send), as netcat ignores it there too. Each read of standard input is one datagram
    // (--raw), as netcat sends what each read gives: a typed line, or a pipe's lines together; a line
    // split would wait for its end, where netcat sends at once.
    std::optional<UdpCommandOptions> udp;
    if (options.mode == NcOptions::Mode::Listen) {
        ListenOptions listen;
        listen.common = options.common;
        listen.bindAddress = options.bindAddress;
        listen.port = options.port;
        listen.keepOpen = options.keepOpen;
        UdpFlags flags;
        flags.udp = true;
        flags.bindGiven = true;
        udp = udpListenOptions(listen, flags, error);
    } else {
        ConnectOptions connect;
        connect.common = options.common;
        connect.host = options.host;
        connect.port = options.port;
        UdpFlags flags;
        flags.udp = true;
        udp = udpConnectOptions(connect, flags, error);
    }
    if (udp) {
        udp->quitAfterEofMs = options.quitAfterEofMs;
        udp->raw = true;
    }
    return udp;
}

int runNc(const QStringList &arguments)
{
    NcOptions options;
    if (const std::optional<int> stop = parseNcArguments(arguments, &options))
        return *stop;
    if (options.udp) {
        QString error;
        const std::optional<UdpCommandOptions> udp = ncUdpOptions(options, &error);
        if (!udp)
            return ncError(error);
        return netcatStatus(runInWorkbench<UdpCommand>(*udp));
    }
    return netcatStatus(runInWorkbench<NcCommand>(options));
}

} // namespace Sockbench::Cli
