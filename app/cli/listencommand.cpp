#include "listencommand.h"

#include "consolebridge.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockbench::Cli {

ListenCommand::ListenCommand(const ListenOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_server(workbench->createServer())
    , m_bridge(new ConsoleBridge(!options.echo && !options.discard, options.common.crlf, this))
{
    connect(m_server, &ServerSession::accepted, this, [this](Connection *connection) {
        m_bridge->addConnection(connection);
        if (m_options.keepOpen) {
            connection->setIdleTimeout(m_options.common.idleTimeoutMs); // an idle one just closes
            return;
        }
        // Like nc -l: one client, then no more listening; we are done when it is.
        m_server->stopListening();
        finishWith(connection, tr("connection from %1"));
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
    printer()->catchUp();
    if (m_options.acceptTimeoutMs > 0) {
        m_server->expectConnection(m_options.acceptTimeoutMs, this, [this](Connection *connection) {
            if (!connection)
                finish(ConnectTimeout, tr("no client came within %1 s").arg(m_options.acceptTimeoutMs / 1000.0));
        });
    }
    announceListening(m_server, m_options.port);
    return true;
}


} // namespace Sockbench::Cli
