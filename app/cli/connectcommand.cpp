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
    connect(m_bridge, &ConsoleBridge::outputClosed, this, [this] { finish(Success); });
    connect(m_bridge, &ConsoleBridge::inputFailed, this,
            [this](const QString &message) { finish(OtherError, tr("standard input: %1").arg(message)); });
}

ConnectCommand::~ConnectCommand() = default;

void ConnectCommand::start()
{
    m_client->connectTo(clientOptions(m_options.host, m_options.port));
}


} // namespace Sockbench::Cli
