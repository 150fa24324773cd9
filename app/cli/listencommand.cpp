#include "listencommand.h"

#include "consolebridge.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <cstdio>

namespace Sockbench::Cli {

ListenCommand::ListenCommand(const ListenOptions &options, Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(workbench->createServer())
    , m_bridge(new ConsoleBridge(!options.echo && !options.discard, options.common.crlf, this))
    , m_printer(new EventPrinter(workbench->capture(), options.common.verbose, options.common.log, this))
{
    connect(m_server, &ServerSession::accepted, this, [this](Connection *connection) {
        connection->setIdleTimeout(m_options.common.idleTimeoutMs);
        m_bridge->addConnection(connection);
        if (m_options.keepOpen)
            return;
        // Like nc -l: one client, then no more listening; we are done when it is.
        m_server->stopListening();
        // The stream closes cleanly on an idle timeout; say why, and do not report success.
        connect(connection, &Connection::idleTimedOut, this, [this, connection] {
            finish(OtherError, tr("connection from %1: %2").arg(connection->peerEndpoint().toString(),
                                                                StreamErrorText::describe(StreamError::IdleTimeout)));
        });
        connect(connection, &Connection::closed, this, [this, connection] {
            const StreamError error = connection->stream()->error();
            finish(exitCodeFor(error), error == StreamError::None
                       ? QString()
                       : tr("connection from %1: %2").arg(connection->peerEndpoint().toString(),
                                                          connection->errorString()));
        });
    });
    connect(m_bridge, &ConsoleBridge::outputClosed, this, [this] { finish(Success); });
    connect(m_bridge, &ConsoleBridge::inputFailed, this,
            [this](const QString &message) { finish(OtherError, tr("standard input: %1").arg(message)); });
}

ListenCommand::~ListenCommand() = default;

bool ListenCommand::start()
{
    ServerOptions server;
    server.bindAddress = m_options.bindAddress;
    server.port = m_options.port;
    server.backlog = m_options.backlog;
    server.behaviour = m_options.echo ? ServerBehaviour::Echo
        : m_options.discard           ? ServerBehaviour::Discard
                                      : ServerBehaviour::Manual;
    if (!m_server->listen(server)) {
        finish(exitCodeFor(m_server->error()), m_server->errorString());
        return false;
    }
    m_printer->catchUp();
    if (m_options.acceptTimeoutMs > 0) {
        m_server->expectConnection(m_options.acceptTimeoutMs, this, [this](Connection *connection) {
            if (!connection)
                finish(ConnectTimeout, tr("no client came within %1 s").arg(m_options.acceptTimeoutMs / 1000.0));
        });
    }
    if (m_options.port == 0 && !m_options.common.verbose) {
        std::fprintf(stderr, "sockbench: %s\n",
                     qPrintable(tr("listening on %1").arg(m_server->listenEndpoint().toString())));
        std::fflush(stderr);
    }
    return true;
}

void ListenCommand::finish(int exitCode, const QString &message)
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
