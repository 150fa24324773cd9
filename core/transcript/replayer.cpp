#include "replayer.h"

#include "capture/capturestore.h"
#include "session/connection.h"

#include <QScopedValueRollback>
#include <QTimer>

namespace Sockbench {

namespace {

// Stop queueing while this much waits for the socket; bytesWritten() resumes.
constexpr qint64 HighWater = 4 * 1024 * 1024;

} // namespace

Replayer::Replayer(const CaptureStore *source, quint32 connectionId, Pace pace, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_pace(pace)
{
    bool first = true;
    // An empty datagram is one to resend; an empty TCP chunk is nothing.
    const bool datagrams = source->connectionInfo(connectionId).transport == Transport::Udp;
    for (qint64 row = 0; row < source->count(); ++row) {
        const CaptureEvent event = source->event(row);
        if (event.connectionId != connectionId)
            continue;
        if (first) {
            m_firstNs = event.monotonicNs; // the pace counts from the connection's first event
            first = false;
        }
        if (event.kind == EventKind::Data && event.direction == Direction::Outbound
            && (event.payloadSize > 0 || datagrams))
            m_rows.append(row);
    }
}

Replayer::~Replayer() = default;

quint32 Replayer::firstConnection(const CaptureStore &source)
{
    for (qint64 row = 0; row < source.count(); ++row) {
        const CaptureEvent event = source.event(row);
        if (event.connectionId != 0)
            return event.connectionId;
    }
    return 0;
}

void Replayer::start(Connection *target)
{
    m_target = target;
    connect(target, &Connection::bytesWritten, this, &Replayer::pump);
    connect(target, &Connection::closed, this, [this] { finish(m_next >= m_rows.size()); });
    m_clock.start();
    pump();
}

void Replayer::pump()
{
    // send() may report bytesWritten at once, calling back here: the loop below carries on instead, so a
    // transcript of many small chunks does not nest one call deep per chunk.
    if (!m_target || m_timerPending || m_finished || m_pumping)
        return;
    const QScopedValueRollback<bool> pumping(m_pumping, true);
    while (m_next < m_rows.size()) {
        if (m_target->bytesToWrite() > HighWater)
            return; // bytesWritten() calls again
        const qint64 row = m_rows.at(m_next);
        if (m_pace == Pace::Original) {
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
        if (!m_target->send(m_source->payload(row))) {
            finish(false);
            return;
        }
    }
    // Like netcat at the end of its input: half-close, and let the peer finish.
    m_target->shutdownWrite();
    finish(true);
}

void Replayer::finish(bool complete)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(complete);
}

} // namespace Sockbench
