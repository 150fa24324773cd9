#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Sockbench {

class CaptureStore;
class Connection;

/// Sends a recorded connection's outgoing bytes over a live connection again, at the recorded pace or as
/// fast as the peer takes them, then half-closes: replay of a transcript as a client or as a server.
///
/// The live connection records what it sends and receives like any other, so a replay is captured too. A UDP
/// connection is resent datagram by datagram, an empty one included (a live UDP peer takes each send as one).
class Replayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Replayer)
public:
    enum class Pace {
        Original, ///< Keep the recorded gaps between chunks.
        Fast, ///< Send as fast as the connection takes it.
    };

    /// source must outlive the replayer; connectionId names the recorded connection to replay.
    Replayer(const CaptureStore *source, quint32 connectionId, Pace pace, QObject *parent = nullptr);
    ~Replayer() override;

    /// The first connection with traffic in source, or 0 when there is none.
    static quint32 firstConnection(const CaptureStore &source);

    /// Recorded outgoing chunks to send.
    qsizetype chunkCount() const { return m_rows.size(); }
    /// Starts sending over target. finished() follows.
    void start(Connection *target);

Q_SIGNALS:
    /// Everything was sent and our side half-closed (complete), or the connection closed first (not).
    void finished(bool complete);

private:
    void pump();
    void finish(bool complete);

    const CaptureStore *m_source = nullptr;
    Pace m_pace = Pace::Fast;
    QList<qint64> m_rows;
    qint64 m_firstNs = 0;
    qsizetype m_next = 0;
    QPointer<Connection> m_target;
    QElapsedTimer m_clock;
    bool m_timerPending = false;
    bool m_pumping = false;
    bool m_finished = false;
};

} // namespace Sockbench
