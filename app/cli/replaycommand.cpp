#include "replaycommand.h"

#include "arguments.h"
#include "capture/capturestore.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "runner.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "standardoutput.h"
#include "tlsarguments.h"
#include "transcript/replayer.h"
#include "transcript/transcriptfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace Sockbench::Cli {

ReplayCommand::ReplayCommand(const ReplayOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_workbench(workbench)
{ }

ReplayCommand::~ReplayCommand() = default;

bool ReplayCommand::start()
{
    m_source = std::make_unique<CaptureStore>();
    const TranscriptOpenResult opened = TranscriptFile::open(m_options.file, m_source.get());
    if (!opened.complete) {
        // Name the file once: some messages name it already ("cannot open x.pcapng"), others only a place in
        // it.
        finish(OtherError,
            opened.errorString.contains(m_options.file)
                ? opened.errorString
                : QStringLiteral("%1: %2").arg(m_options.file, opened.errorString));
        return false;
    }
    const quint32 connectionId = Replayer::firstConnection(*m_source);
    if (connectionId == 0) {
        finish(OtherError, tr("%1: the transcript has no connection to replay").arg(m_options.file));
        return false;
    }
    const bool udp = m_source->connectionInfo(connectionId).transport == Transport::Udp;
    if (!udp && m_options.udp) {
        finish(UsageError,
            tr("%1: -u: its first connection is TCP, and replay resends it as it was recorded")
                .arg(m_options.file));
        return false;
    }
    // PORT's service name for the protocol the file recorded (it was only checked against -u's, or UDP's).
    QString portError;
    const std::optional<quint16> port = parsePort(m_options.portText,
        m_options.listen ? PortUse::ListenOrService : PortUse::Connect, &portError, portProtocol(udp));
    if (!port) {
        finish(UsageError, portError);
        return false;
    }
    m_options.port = *port;
    m_replayer = new Replayer(m_source.get(), connectionId,
        m_options.originalPace ? Replayer::Pace::Original : Replayer::Pace::Fast, this);
    connect(m_replayer, &Replayer::finished, this, [this](bool complete) {
        if (!complete)
            finish(ConnectionReset, tr("the peer closed the connection before the replay ended"));
    });

    if (udp)
        return replayUdp();
    if (m_options.listen)
        return listen();
    m_client = m_workbench->createClient();
    connect(m_client, &ClientSession::failed, this,
        [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(m_client, &ClientSession::connected, this,
        [this](Connection *connection) { replayOver(connection, tr("connection to %1")); });
    m_client->connectTo(clientOptions(m_options.host, m_options.port));
    return true;
}

bool ReplayCommand::listen()
{
    m_server = m_workbench->createServer();
    connect(m_server, &ServerSession::accepted, this, [this](Connection *connection) {
        m_server->stopListening(); // one client, as the recording had
        replayOver(connection, tr("connection from %1"));
    });
    ServerOptions server;
    server.bindAddress = m_options.bindAddress;
    server.port = m_options.port;
    server.tls = m_options.common.tls;
    if (!m_server->listen(server)) {
        finish(exitCodeFor(m_server->error()), m_server->errorString());
        return false;
    }
    announceTls(m_server);
    printer()->catchUp();
    announceListening(m_server, m_options.port);
    return true;
}

bool ReplayCommand::replayUdp()
{
    auto *udp = m_workbench->create<UdpSession>();
    connect(udp, &Session::statusChanged, this, [this, udp](SessionStatus status) {
        if (status == SessionStatus::Failed)
            finish(exitCodeFor(udp->error()), udp->errorString());
    });
    // The end: a quiet second after the last datagram either way (or --idle-timeout), once all is sent.
    auto *quiet = new QTimer(this);
    quiet->setSingleShot(true);
    quiet->setInterval(1000);
    connect(quiet, &QTimer::timeout, this, [this] { finish(Success); });
    connect(m_replayer, &Replayer::finished, quiet, [quiet](bool complete) {
        if (complete)
            quiet->start();
    });
    const auto replayTo = [this, quiet](Connection *peer, const QString &how) {
        connect(peer, &Connection::received, this, [this, quiet](const QByteArray &datagram) {
            if (quiet->isActive())
                quiet->start();
            if (standardOutputStatus() == OutputStatus::Open
                && writeStandardOutput(datagram) != OutputStatus::Open)
                finishForOutput();
        });
        finishWith(peer, how);
        m_replayer->start(peer);
    };
    UdpOptions options;
    if (m_options.listen) {
        // As the server side: the first peer heard is the client (its first datagram is printed like any),
        // the socket connects to it, as listen -u does, and the recorded side is resent to it.
        connect(udp, &UdpSession::ready, this, [this, udp] {
            printer()->catchUp();
            if (m_options.port == 0 && !m_options.common.verbose)
                std::fprintf(stderr, "sockbench: %s\n",
                    qPrintable(QCoreApplication::translate("Sockbench::Cli::ListenCommand", "listening on %1")
                                   .arg(QStringLiteral("udp ") + udp->boundEndpoint().toString())));
            std::fflush(stderr);
        });
        connect(udp, &UdpSession::peerAdded, this, [this, udp, replayTo](Connection *peer) {
            if (m_udpPeer)
                return;
            m_udpPeer = peer;
            udp->connectTo(peer);
            replayTo(peer, tr("connection from %1"));
        });
        options.bindAddress = m_options.bindAddress;
        options.port = m_options.port;
    } else {
        connect(udp, &UdpSession::ready, this,
            [udp, replayTo] { replayTo(udp->destinationPeer(), tr("connection to %1")); });
        options.destinationHost = m_options.host;
        options.destinationPort = m_options.port;
        options.connected = true;
    }
    udp->start(options);
    return true;
}

void ReplayCommand::replayOver(Connection *connection, const QString &how)
{
    finishWith(connection, how);
    connect(connection, &Connection::received, this, [this](const QByteArray &chunk) {
        if (standardOutputStatus() == OutputStatus::Open && writeStandardOutput(chunk) != OutputStatus::Open)
            finishForOutput();
    });
    m_replayer->start(connection);
}

// `sockbench replay`'s arguments, parsed beside the command they start.
int runReplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineTr::tr("Resend the outgoing side of a transcript's first connection to HOST PORT."));
    addCommonOptions(parser);
    addTlsOptions(parser, TlsFlags::Both);
    parser.addOption({ QStringLiteral("pace"), CommandLineTr::tr("original or fast."),
        CommandLineTr::tr("pace"), QStringLiteral("original") });
    parser.addOption(
        { QStringLiteral("listen"), CommandLineTr::tr("Wait for one client on PORT and replay to it.") });
    parser.addOption({ QStringLiteral("bind"), CommandLineTr::tr("Address to listen on."),
        CommandLineTr::tr("address"), QStringLiteral("127.0.0.1") });
    parser.addOption({ { QStringLiteral("u"), QStringLiteral("udp") },
        CommandLineTr::tr("The conversation is UDP (the file says; -u refuses a TCP one).") });
    parser.addPositionalArgument(
        QStringLiteral("FILE"), CommandLineTr::tr("A .pcapng or .jsonl transcript."));
    parser.addPositionalArgument(QStringLiteral("HOST"), CommandLineTr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), CommandLineTr::tr("Port of the server (1-65535)."));
    // Told apart before parsing, for the count of words: FILE HOST PORT, or with --listen FILE PORT.
    const bool listen = arguments.contains(QStringLiteral("--listen"));
    if (listen && parser.parse(arguments) && parser.positionalArguments().size() == 3)
        return usageError(CommandLineTr::tr("replay --listen takes FILE and PORT, no HOST"));
    if (const std::optional<int> stop = listen
            ? parseArguments(parser, arguments, QStringLiteral("replay"), 2, true,
                CommandLineTr::tr("replay --listen needs FILE and PORT"))
            : parseArguments(parser, arguments, QStringLiteral("replay"), 3, true,
                CommandLineTr::tr("replay needs FILE, HOST and PORT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ReplayOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    if (!readTlsOptions(parser, TlsFlags::Both, &options.common.tls, &error))
        return usageError(error);
    options.file = positional.at(0);
    options.listen = listen;
    options.udp = parser.isSet(QStringLiteral("udp"));
    if (listen) {
        if (!parseBindAddress(parser.value(QStringLiteral("bind")), &options.bindAddress, &error))
            return usageError(error);
    } else {
        if (parser.isSet(QStringLiteral("bind")))
            return usageError(CommandLineTr::tr("--bind goes with --listen"));
        const std::optional<QString> host = parseHost(positional.at(1), &error);
        if (!host)
            return usageError(error);
        options.host = *host;
    }
    // The file says whether the conversation is TCP or UDP, and it is read only when the command runs: a
    // service name known for UDP alone (tftp, mdns) is accepted here without -u and looked up again then.
    options.portText = positional.at(listen ? 1 : 2);
    const PortUse portUse = listen ? PortUse::ListenOrService : PortUse::Connect;
    std::optional<quint16> port = parsePort(options.portText, portUse, &error, portProtocol(options.udp));
    QString udpError;
    if (!port && !options.udp)
        port = parsePort(options.portText, portUse, &udpError, PortProtocol::Udp);
    if (!port)
        return usageError(error);
    options.port = *port;
    const QString pace = parser.value(QStringLiteral("pace"));
    if (pace != QLatin1String("original") && pace != QLatin1String("fast"))
        return usageError(CommandLineTr::tr("--pace needs original or fast, not '%1'").arg(pace));
    options.originalPace = pace == QLatin1String("original");

    return runInWorkbench<ReplayCommand>(options);
}

} // namespace Sockbench::Cli
