#include "connectcommand.h"

#include "consolebridge.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/workbench.h"

#include <cstdio>

namespace Sockbench::Cli {

ConnectCommand::ConnectCommand(const ConnectOptions &options, Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_workbench(workbench)
    , m_client(workbench->createClient())
    , m_bridge(new ConsoleBridge(true, options.common.crlf, this))
    , m_printer(new EventPrinter(workbench->capture(), options.common.verbose, options.common.log, this))
{
    connect(m_client, &ClientSession::failed, this,
            [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(m_client, &ClientSession::connected, this, [this](Connection *connection) {
        connection->setIdleTimeout(m_options.common.idleTimeoutMs);
        m_bridge->addConnection(connection);
        // The stream closes cleanly on an idle timeout; say why, and do not report success.
        connect(connection, &Connection::idleTimedOut, this, [this, connection] {
            finish(OtherError, tr("connection to %1: %2").arg(connection->peerEndpoint().toString(),
                                                              StreamErrorText::describe(StreamError::IdleTimeout)));
        });
        connect(connection, &Connection::closed, this, [this, connection] {
            const StreamError error = connection->stream()->error();
            finish(exitCodeFor(error), error == StreamError::None
                       ? QString()
                       : tr("connection to %1: %2").arg(connection->peerEndpoint().toString(),
                                                        connection->errorString()));
        });
    });
    connect(m_bridge, &ConsoleBridge::outputClosed, this, [this] { finish(Success); });
    connect(m_bridge, &ConsoleBridge::inputFailed, this,
            [this](const QString &message) { finish(OtherError, tr("standard input: %1").arg(message)); });
}

ConnectCommand::~ConnectCommand() = default;

void ConnectCommand::start()
{
    ClientOptions client;
    client.host = m_options.host;
    client.port = m_options.port;
    client.connectTimeoutMs = m_options.common.connectTimeoutMs;
    m_client->connectTo(client);
}

void ConnectCommand::finish(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_printer->catchUp();
    if (!message.isEmpty())
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
    Q_EMIT finished(exitCode);
}

} // namespace Sockbench::Cli
