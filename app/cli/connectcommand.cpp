#include "connectcommand.h"

#include "arguments.h"
#include "consolebridge.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "runner.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/workbench.h"
#include "tlsarguments.h"
#include "udpcommand.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Sockbench::Cli {

ConnectCommand::ConnectCommand(const ConnectOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_workbench(workbench)
    , m_client(workbench->createClient())
    , m_bridge(new ConsoleBridge(true, options.common.crlf, this))
{
    connect(m_client, &ClientSession::failed, this,
        [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(m_client, &ClientSession::connected, this, [this](Connection *connection) {
        m_bridge->addConnection(connection);
        finishWith(connection, tr("connection to %1"));
    });
    connect(m_bridge, &ConsoleBridge::outputClosed, this, &ConnectCommand::finishForOutput);
    connect(m_bridge, &ConsoleBridge::inputFailed, this,
        [this](const QString &message) { finish(OtherError, tr("standard input: %1").arg(message)); });
}

ConnectCommand::~ConnectCommand() = default;

void ConnectCommand::start()
{
    m_client->connectTo(clientOptions(m_options.host, m_options.port));
}

// `sockbench connect`'s arguments, parsed beside the command they start.
int runConnect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineTr::tr("Connect to HOST PORT; standard input to the peer, the peer to standard output."));
    addCommonOptions(parser);
    addTlsOptions(parser, TlsFlags::Client);
    addUdpOptions(parser, false);
    parser.addPositionalArgument(QStringLiteral("HOST"), CommandLineTr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), CommandLineTr::tr("Port of the server (1-65535)."));
    if (const std::optional<int> stop = parseArguments(parser, arguments, QStringLiteral("connect"), 2, true,
            CommandLineTr::tr("connect needs HOST and PORT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ConnectOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    if (!readTlsOptions(parser, TlsFlags::Client, &options.common.tls, &error))
        return usageError(error);
    if (!parseHostAndPort(positional.at(0), positional.at(1), &options.host, &options.port, &error,
            portProtocol(wantsUdp(parser)))
        || !checkHostFamily(options.host, options.common.protocol, &error))
        return usageError(error);
    if (const std::optional<int> stop = refuseUdpFlagsWithoutUdp(parser))
        return *stop;
    if (wantsUdp(parser))
        return runUdpConnect(options, readUdpFlags(parser));

    return runInWorkbench<ConnectCommand>(options);
}

} // namespace Sockbench::Cli
