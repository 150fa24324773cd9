#pragma once

#include "capture/captureevent.h"
#include "serverbehaviour.h"
#include "stream/bytestream.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

class CaptureStore;

/// One live conversation with one peer: owns its stream, records every chunk and lifecycle step in the
/// capture, counts bytes, and applies its session's behaviour (echo, discard) to what it receives.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class State {
        Open,            ///< Both directions carry bytes.
        PeerHalfClosed,  ///< The peer sent FIN; we may still send.
        LocalHalfClosed, ///< We sent FIN; the peer may still send.
        Closed,
    };
    Q_ENUM(State)

    /// Takes ownership of stream. Records `openedAs` (Connected or Accepted) in the capture.
    Connection(quint32 id, quint32 sessionId, ByteStream *stream, CaptureStore *capture, EventKind openedAs,
               QObject *parent = nullptr);
    ~Connection() override;

    quint32 id() const { return m_id; }
    quint32 sessionId() const { return m_sessionId; }
    ByteStream *stream() const { return m_stream; }
    Endpoint localEndpoint() const { return m_local; }
    Endpoint peerEndpoint() const { return m_peer; }
    State state() const;
    bool isOpen() const { return state() != State::Closed; }
    /// The error that closed the connection, if any.
    QString errorString() const { return m_errorString; }

    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }
    /// Wall-clock time (ns since epoch) when the connection opened, and when it closed (0 while open).
    qint64 openedWallClockNs() const { return m_openedNs; }
    qint64 closedWallClockNs() const { return m_closedNs; }

    ServerBehaviour behaviour() const { return m_behaviour; }
    void setBehaviour(ServerBehaviour behaviour);

    /// Sends bytes to the peer and records them. False (nothing sent) when our side is closed.
    bool send(const QByteArray &data);
    /// Half-closes our side after what is queued; the peer sees end of input.
    void shutdownWrite();
    void close();
    void abort();

    /// Closes the connection when nothing crosses it for this long (0: never).
    void setIdleTimeout(int milliseconds);

Q_SIGNALS:
    /// A chunk arrived (already recorded and counted; echo already answered it).
    void received(const QByteArray &chunk);
    void stateChanged(Sockbench::Connection::State state);
    void idleTimedOut();
    void closed();

private:
    void onReceived(const QByteArray &chunk);
    void onBytesWritten();
    void record(EventKind kind, Direction direction, const QByteArray &payload = {});
    void updateReadPause();
    void touch();

    quint32 m_id = 0;
    quint32 m_sessionId = 0;
    ByteStream *m_stream = nullptr;
    CaptureStore *m_capture = nullptr;
    Endpoint m_local;
    Endpoint m_peer;
    QString m_errorString;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesSent = 0;
    qint64 m_openedNs = 0;
    qint64 m_closedNs = 0;
    ServerBehaviour m_behaviour = ServerBehaviour::Manual;
    QTimer *m_idleTimer = nullptr;
    bool m_pausedForCapture = false;
    bool m_pausedForEcho = false;
};

} // namespace Sockbench
