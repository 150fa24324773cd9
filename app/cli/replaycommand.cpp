#include "replaycommand.h"

#include "capture/capturestore.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/workbench.h"
#include "transcript/transcriptfile.h"

#include <QTimer>

#include <cstdio>

namespace Sockbench::Cli {

namespace {

// Stop queueing while this much waits for the socket, as the console bridge does with standard input.
constexpr qint64 HighWater = 4 * 1024 * 1024;

} // namespace

ReplayCommand::ReplayCommand(const ReplayOptions &options, Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_workbench(workbench)
    , m_printer(new EventPrinter(workbench->capture(), options.common.verbose, options.common.log, this))
{
}

ReplayCommand::~ReplayCommand() = default;

bool ReplayCommand::start()
{
    m_source = std::make_unique<CaptureStore>();
    const TranscriptOpenResult opened = TranscriptFile::open(m_options.file, m_source.get());
    if (!opened.complete) {
        finish(OtherError, QStringLiteral("%1: %2").arg(m_options.file, opened.errorString));
        return false;
    }
    quint32 connectionId = 0;
    for (qint64 row = 0; row < m_source->count(); ++row) {
        const CaptureEvent event = m_source->event(row);
        if (event.connectionId == 0)
            continue;
        if (connectionId == 0) {
            connectionId = event.connectionId;
            m_firstNs = event.monotonicNs;
        }
        if (event.connectionId == connectionId && event.kind == EventKind::Data
            && event.direction == Direction::Outbound && event.payloadSize > 0)
            m_rows.append(row);
    }
    if (connectionId == 0) {
        finish(OtherError, tr("%1: the transcript has no connection to replay").arg(m_options.file));
        return false;
    }

    m_client = m_workbench->createClient();
    connect(m_client, &ClientSession::failed, this,
            [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(m_client, &ClientSession::connected, this, [this](Connection *connection) {
        m_connection = connection;
        connection->setIdleTimeout(m_options.common.idleTimeoutMs);
        connect(connection, &Connection::received, this, [](const QByteArray &chunk) {
            std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stdout);
            std::fflush(stdout);
        });
        connect(connection->stream(), &ByteStream::bytesWritten, this, &ReplayCommand::pump);
        connect(connection, &Connection::closed, this, [this, connection] {
            const StreamError error = connection->stream()->error();
            finish(exitCodeFor(error), error == StreamError::None
                       ? QString()
                       : tr("connection to %1: %2").arg(connection->peerEndpoint().toString(), connection->errorString()));
        });
        m_clock.start();
        pump();
    });
    ClientOptions client;
    client.host = m_options.host;
    client.port = m_options.port;
    client.connectTimeoutMs = m_options.common.connectTimeoutMs;
    m_client->connectTo(client);
    return true;
}

void ReplayCommand::pump()
{
    if (!m_connection || m_timerPending || m_finished)
        return;
    while (m_next < m_rows.size()) {
        if (m_connection->stream()->bytesToWrite() > HighWater)
            return; // bytesWritten calls again
        const qint64 row = m_rows.at(m_next);
        if (m_options.originalPace) {
            const qint64 dueMs = (m_source->event(row).monotonicNs - m_firstNs) / 1000000;
            const qint64 waitMs = dueMs - m_clock.elapsed();
            if (waitMs > 0) {
                m_timerPending = true;
                QTimer::singleShot(int(std::min<qint64>(waitMs, 1 << 30)), this, [this] {
                    m_timerPending = false;
                    pump();
                });
                return;
            }
        }
        // send() may emit bytesWritten at once, calling pump() again: count the row first.
        ++m_next;
        if (!m_connection->send(m_source->payload(row))) {
            finish(ConnectionReset, tr("the peer closed the connection before the replay ended"));
            return;
        }
    }
    // Like connect at end of input: half-close, then read until the peer closes.
    if (!m_halfClosed) {
        m_halfClosed = true;
        m_connection->shutdownWrite();
    }
}

void ReplayCommand::finish(int exitCode, const QString &message)
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
