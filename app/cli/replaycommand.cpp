#include "replaycommand.h"

#include "capture/capturestore.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "transcript/replayer.h"
#include "transcript/transcriptfile.h"

#include <cstdio>

namespace Sockbench::Cli {

ReplayCommand::ReplayCommand(const ReplayOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_workbench(workbench)
{
}

ReplayCommand::~ReplayCommand() = default;

bool ReplayCommand::start()
{
    m_source = std::make_unique<CaptureStore>();
    const TranscriptOpenResult opened = TranscriptFile::open(m_options.file, m_source.get());
    if (!opened.complete) {
        // Name the file once: some messages name it already ("cannot open x.pcapng"), others only a place in it.
        finish(OtherError, opened.errorString.contains(m_options.file)
                               ? opened.errorString
                               : QStringLiteral("%1: %2").arg(m_options.file, opened.errorString));
        return false;
    }
    const quint32 connectionId = Replayer::firstConnection(*m_source);
    if (connectionId == 0) {
        finish(OtherError, tr("%1: the transcript has no connection to replay").arg(m_options.file));
        return false;
    }
    m_replayer = new Replayer(m_source.get(), connectionId,
                              m_options.originalPace ? Replayer::Pace::Original : Replayer::Pace::Fast, this);
    connect(m_replayer, &Replayer::finished, this, [this](bool complete) {
        if (!complete)
            finish(ConnectionReset, tr("the peer closed the connection before the replay ended"));
    });

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
    if (!m_server->listen(server)) {
        finish(exitCodeFor(m_server->error()), m_server->errorString());
        return false;
    }
    printer()->catchUp();
    announceListening(m_server, m_options.port);
    return true;
}

void ReplayCommand::replayOver(Connection *connection, const QString &how)
{
    finishWith(connection, how);
    connect(connection, &Connection::received, this, [](const QByteArray &chunk) {
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stdout);
        std::fflush(stdout);
    });
    m_replayer->start(connection);
}

} // namespace Sockbench::Cli
