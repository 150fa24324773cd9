#include "udpcommand.h"

#include "arguments.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "listencommand.h"
#include "respond/responder.h"
#include "runner.h"
#include "session/connection.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "standardinput.h"
#include "standardoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace Sockbench::Cli {

namespace {

// The largest datagram IPv4 carries (65,535 - 20 - 8): a longer line or chunk goes as several.
constexpr int MaxDatagram = 65507;
// Standard input waits while this much is queued for the socket (the kernel's send buffer is full).
constexpr qint64 InputHighWater = 4 * 1024 * 1024;
constexpr qint64 InputLowWater = 1024 * 1024;

void say(const QString &message)
{
    std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
    std::fflush(stderr);
}

} // namespace

UdpCommand::UdpCommand(const UdpCommandOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_session(workbench->create<UdpSession>())
{
    m_session->setIdleTimeout(options.common.idleTimeoutMs);
    connect(m_session, &UdpSession::ready, this, &UdpCommand::onReady);
    connect(m_session, &UdpSession::peerAdded, this, &UdpCommand::onPeer);
    connect(m_session, &Session::statusChanged, this, [this](SessionStatus status) {
        if (status == SessionStatus::Failed)
            finish(exitCodeFor(m_session->error()), m_session->errorString());
    });
    connect(m_session, &UdpSession::datagramTruncated, this, [](Connection *, qint64 size, qint64 kept) {
        say(tr("warning: a datagram of %1 bytes was truncated to %2").arg(size).arg(kept));
    });
    if (!options.echo && !options.discard && !options.printReceived) {
        m_input = new StandardInput(options.common.crlf, this);
        connect(m_input, &StandardInput::chunk, this, &UdpCommand::onInput);
        connect(m_input, &StandardInput::finished, this, &UdpCommand::onInputFinished);
        connect(m_input, &StandardInput::failed, this,
            [this](const QString &message) { finish(OtherError, tr("standard input: %1").arg(message)); });
    }
}

UdpCommand::~UdpCommand() = default;

void UdpCommand::start()
{
    UdpOptions udp;
    udp.bindAddress = m_options.bindAddress;
    udp.broadcast = m_options.broadcast;
    udp.multicastGroup = m_options.multicastGroup;
    udp.multicastInterface = m_options.multicastInterface;
    udp.protocol = m_options.common.protocol;
    udp.behaviour = m_options.echo ? ServerBehaviour::Echo
        : m_options.discard        ? ServerBehaviour::Discard
                                   : ServerBehaviour::Manual;
    // The session greets, answers and times its peers out itself, as the window's UDP socket does.
    udp.responses = m_options.responses;
    if (m_options.listen) {
        udp.port = m_options.port;
    } else {
        udp.destinationHost = m_options.host;
        udp.destinationPort = m_options.port;
        udp.connected = true; // as nc -u: a port-unreachable shows, and only the destination is heard
    }
    m_session->start(udp); // a failure finishes through statusChanged()
}

void UdpCommand::onReady()
{
    printer()->catchUp();
    if (m_options.listen && m_options.port == 0 && !m_options.common.verbose)
        say(QCoreApplication::translate("Sockbench::Cli::ListenCommand", "listening on %1")
                .arg(QStringLiteral("udp ") + m_session->boundEndpoint().toString()));
    if (m_options.listen && !m_session->boundEndpoint().address.isLoopback())
        say(QCoreApplication::translate("Sockbench::Cli::CommandLine",
            "warning: listening on %1 is reachable from the network, not only from this computer")
                .arg(m_session->boundEndpoint().address.toString()));
    // connect sends at once; listen has nobody to send to before the first peer is heard (as nc -u -l).
    if (!m_options.listen && m_input) {
        m_inputStarted = true;
        m_input->start();
    }
}

void UdpCommand::onPeer(Connection *connection)
{
    if (m_options.listen && !m_options.keepOpen) {
        if (m_peer) // the socket is connected to the first one: no other can come
            return;
        m_peer = connection;
        m_session->connectTo(connection);
    }
    if (m_input || m_options.printReceived)
        connect(connection, &Connection::received, this, &UdpCommand::print);
    if (m_input)
        connect(connection, &Connection::bytesWritten, this, &UdpCommand::updateInputPause);
    connect(connection, &Connection::closed, this, [this, connection] {
        // Without --keep-open, the one peer is the command: its end (an idle timeout, refused) is ours.
        const bool ours = !m_options.listen || connection == m_peer;
        if (!ours || isFinished())
            return;
        const StreamError error = connection->error();
        finish(exitCodeFor(error),
            error == StreamError::None
                ? QString()
                : tr("%1: %2").arg(connection->peerEndpoint().toString(), connection->errorString()));
    });
    // As for TCP: a receive timeout is no success, and says so.
    connect(connection, &Connection::receiveTimedOut, this, [this, connection] {
        const bool ours = !m_options.listen || connection == m_peer;
        if (ours)
            finish(OtherError,
                tr("%1: receive timeout: nothing came within %2 s")
                    .arg(connection->peerEndpoint().toString())
                    .arg(m_options.responses.receiveTimeoutMs / 1000.0));
    });
    if (m_options.listen && m_input && !m_inputStarted) {
        m_inputStarted = true;
        m_input->start();
    }
}

void UdpCommand::print(const QByteArray &datagram)
{
    if (standardOutputStatus() == OutputStatus::Open && writeStandardOutput(datagram) != OutputStatus::Open)
        finishForOutput();
}

Connection *UdpCommand::target() const
{
    if (!m_options.listen)
        return m_session->destinationPeer();
    if (!m_options.keepOpen)
        return m_peer;
    return m_session->lastHeard();
}

void UdpCommand::onInput(const QByteArray &bytes)
{
    if (m_options.raw) {
        sendDatagram(bytes);
    } else {
        // Each line, with its end, is one datagram: what nc -u sends for each line typed.
        qsizetype from = 0;
        for (;;) {
            const qsizetype newline = bytes.indexOf('\n', from);
            if (newline < 0)
                break;
            if (m_partialLine.isEmpty()) {
                sendDatagram(bytes.mid(from, newline + 1 - from));
            } else {
                m_partialLine.append(bytes.constData() + from, newline + 1 - from);
                sendDatagram(m_partialLine);
                m_partialLine.clear();
            }
            from = newline + 1;
        }
        m_partialLine.append(bytes.constData() + from, bytes.size() - from);
    }
    updateInputPause();
}

void UdpCommand::onInputFinished()
{
    // A last line without its end is a datagram too. UDP has nothing like a half-close to send: the command
    // goes on hearing its peer, as nc -u does, until a signal or --idle-timeout.
    if (!m_partialLine.isEmpty()) {
        sendDatagram(m_partialLine);
        m_partialLine.clear();
    }
    // nc's -q: quit this long after the end of input (what was read is queued already: sent first).
    if (m_options.quitAfterEofMs >= 0)
        QTimer::singleShot(m_options.quitAfterEofMs, Qt::PreciseTimer, this, &UdpCommand::quitWhenSent);
}

void UdpCommand::quitWhenSent()
{
    // What standard input gave leaves first: a datagram still queued (the send buffer was full) is sent.
    Connection *connection = target();
    if (!connection || connection->bytesToWrite() == 0) {
        finish(Success);
        return;
    }
    connect(connection, &Connection::bytesWritten, this, [this, connection] {
        if (connection->bytesToWrite() == 0)
            finish(Success);
    });
}

void UdpCommand::sendDatagram(const QByteArray &datagram)
{
    Connection *connection = target();
    if (!connection)
        return;
    if (datagram.size() <= MaxDatagram) {
        connection->send(datagram);
        return;
    }
    if (!m_saidSplit) {
        m_saidSplit = true;
        say(tr("warning: %1 bytes do not fit in one datagram (at most %2): sent as several")
                .arg(datagram.size())
                .arg(MaxDatagram));
    }
    for (qsizetype offset = 0; offset < datagram.size(); offset += MaxDatagram)
        connection->send(datagram.mid(offset, MaxDatagram));
}

void UdpCommand::updateInputPause()
{
    if (!m_input)
        return;
    const Connection *connection = target();
    const qint64 queued = connection ? connection->bytesToWrite() : 0;
    if (queued > InputHighWater)
        m_input->setPaused(true);
    else if (queued < InputLowWater)
        m_input->setPaused(false);
}

void addUdpOptions(QCommandLineParser &parser, bool listen)
{
    parser.addOptions({
        { { QStringLiteral("u"), QStringLiteral("udp") }, CommandLineTr::tr("UDP instead of TCP.") },
        { QStringLiteral("raw"),
            CommandLineTr::tr("With -u: each chunk of input is a datagram, not each line.") },
    });
    if (listen) {
        parser.addOptions({
            { QStringLiteral("join"), CommandLineTr::tr("With -u: join this multicast group."),
                CommandLineTr::tr("group") },
            { QStringLiteral("interface"), CommandLineTr::tr("With --join: the interface to join it on."),
                CommandLineTr::tr("name") },
        });
    } else {
        parser.addOption(
            { QStringLiteral("broadcast"), CommandLineTr::tr("With -u: allow a broadcast destination.") });
    }
}

bool wantsUdp(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("udp"));
}

std::optional<int> refuseUdpFlagsWithoutUdp(const QCommandLineParser &parser)
{
    if (wantsUdp(parser))
        return std::nullopt;
    for (const char *flag : { "raw", "join", "interface", "broadcast" }) {
        const QString name = QString::fromLatin1(flag);
        if (parser.optionNames().contains(name) && parser.isSet(name))
            return usageError(CommandLineTr::tr("--%1 is for UDP: add -u").arg(name));
    }
    return std::nullopt;
}

UdpFlags readUdpFlags(const QCommandLineParser &parser)
{
    const auto isSet = [&parser](const char *flag) {
        const QString name = QString::fromLatin1(flag);
        return parser.optionNames().contains(name) && parser.isSet(name);
    };
    UdpFlags flags;
    flags.udp = isSet("udp");
    flags.raw = isSet("raw");
    flags.broadcast = isSet("broadcast");
    if (isSet("join"))
        flags.join = parser.value(QStringLiteral("join"));
    if (isSet("interface"))
        flags.interfaceName = parser.value(QStringLiteral("interface"));
    flags.bindGiven = isSet("bind");
    return flags;
}

std::optional<UdpCommandOptions> udpConnectOptions(
    const ConnectOptions &connect, const UdpFlags &flags, QString *error)
{
    if (connect.common.tls.enabled) {
        *error = CommandLineTr::tr("-u: sockbench does not speak TLS over UDP (DTLS)");
        return std::nullopt;
    }
    UdpCommandOptions options;
    options.common = connect.common;
    options.host = connect.host;
    options.port = connect.port;
    options.raw = flags.raw;
    options.broadcast = flags.broadcast;
    return options;
}

std::optional<UdpCommandOptions> udpListenOptions(
    const ListenOptions &listen, const UdpFlags &flags, QString *error)
{
    if (listen.common.tls.enabled) {
        *error = CommandLineTr::tr("-u: sockbench does not speak TLS over UDP (DTLS)");
        return std::nullopt;
    }
    // Checked on the values, not on the parser: nc fills ListenOptions itself.
    for (const auto &[flag, given] : { std::pair { QStringLiteral("--backlog"), listen.backlog > 0 },
             std::pair { QStringLiteral("--accept-timeout"), listen.acceptTimeoutMs > 0 } }) {
        if (given) {
            *error = CommandLineTr::tr("%1 is for TCP: UDP has no connections to accept").arg(flag);
            return std::nullopt;
        }
    }
    UdpCommandOptions options;
    options.common = listen.common;
    options.listen = true;
    options.port = listen.port;
    options.bindAddress = listen.bindAddress;
    options.keepOpen = listen.keepOpen;
    options.echo = listen.echo;
    options.discard = listen.discard;
    options.raw = flags.raw;
    // What a TCP client gets, a UDP peer gets when it is first heard: the greeting, the answers, the close
    // after the first answer (--once ends the one peer, and so the command, without --keep-open).
    options.responses = ListenCommand::responses(listen);
    options.printReceived = ListenCommand::answersAndPrints(listen);
    if (!flags.join.isEmpty()) {
        options.multicastGroup = QHostAddress(flags.join);
        if (!options.multicastGroup.isMulticast()) {
            *error = CommandLineTr::tr("--join needs a multicast address (224.0.0.0/4 or ff00::/8), not '%1'")
                         .arg(flags.join);
            return std::nullopt;
        }
        if (!flags.bindGiven) // a group's datagrams are addressed to the group
            options.bindAddress = QHostAddress(
                options.multicastGroup.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                                   : QHostAddress::AnyIPv4);
    } else if (!flags.interfaceName.isEmpty()) {
        *error = CommandLineTr::tr("--interface needs --join");
        return std::nullopt;
    }
    options.multicastInterface = flags.interfaceName;
    return options;
}

int runUdpConnect(const ConnectOptions &connect, const UdpFlags &flags)
{
    QString error;
    const std::optional<UdpCommandOptions> options = udpConnectOptions(connect, flags, &error);
    if (!options)
        return usageError(error);
    return runInWorkbench<UdpCommand>(*options);
}

int runUdpListen(const ListenOptions &listen, const UdpFlags &flags)
{
    QString error;
    const std::optional<UdpCommandOptions> options = udpListenOptions(listen, flags, &error);
    if (!options)
        return usageError(error);
    return runInWorkbench<UdpCommand>(*options);
}

} // namespace Sockbench::Cli
