#pragma once

#include "capture/captureevent.h"
#include "respond/responder.h"
#include "serverbehaviour.h"
#include "stream/endpoint.h"
#include "stream/streamerror.h"
#include "stream/tlsoptions.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

class ByteStream;
class CaptureStore;

/// One live conversation with one peer: owns its stream, records every chunk and lifecycle step in the
/// capture, counts bytes, and applies its session's automatic responses (a Responder: echo, discard, a
/// greeting, answers to what it receives) and receive timeout.
///
/// The only door to a connection's bytes: the stream it owns is never handed out, so every front (the
/// window's send panel and read pane, SocketStream, the console bridge, replay) writes through send(),
/// which records before it queues, and hears what arrives through received(), after it was recorded.
/// Everything else a front needs of the transport (queued bytes, read pause, half-close, errors) is
/// forwarded here.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class State {
        Open, ///< Both directions carry bytes.
        PeerHalfClosed, ///< The peer sent FIN; we may still send.
        LocalHalfClosed, ///< We sent FIN; the peer may still send.
        Closed,
    };
    Q_ENUM(State)

    /// Takes ownership of stream, which nobody else may then use. Records `openedAs` (Connected or Accepted)
    /// in the capture.
    Connection(quint32 id, quint32 sessionId, ByteStream *stream, CaptureStore *capture, EventKind openedAs,
        QObject *parent = nullptr);
    ~Connection() override;

    quint32 id() const { return m_id; }
    quint32 sessionId() const { return m_sessionId; }
    Endpoint localEndpoint() const { return m_local; }
    Endpoint peerEndpoint() const { return m_peer; }
    State state() const;
    bool isOpen() const { return state() != State::Closed; }
    /// False once the peer has half-closed (sent FIN) or the connection closed.
    bool isReadOpen() const;
    /// False once our side was half-closed or closed, or the connection closed.
    bool isWriteOpen() const;
    /// The error that closed the connection, if any (StreamError::None otherwise).
    StreamError error() const;
    /// The error that closed the connection, as a sentence for people; empty if none.
    QString errorString() const { return m_errorString; }

    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }
    /// Over a datagram transport (keepsBoundaries()), each chunk is one datagram: these count them.
    bool keepsBoundaries() const { return m_keepsBoundaries; }
    qint64 chunksReceived() const { return m_chunksReceived; }
    qint64 chunksSent() const { return m_chunksSent; }
    /// Wall-clock time (ns since epoch) when the connection opened, and when it closed (0 while open).
    qint64 openedWallClockNs() const { return m_openedNs; }
    qint64 closedWallClockNs() const { return m_closedNs; }

    ServerBehaviour behaviour() const { return m_behaviour; }
    /// The behaviour's preset responses (responsesFor()), in place of the responses it had.
    void setBehaviour(ServerBehaviour behaviour);
    /// Answers what arrives as responder says from now on (a copy: its counter and line buffer are this
    /// connection's). Does not greet: greet() does, once, when the peer was accepted.
    void setResponder(const Responder &responder);
    const ResponseSettings &responses() const { return m_responder.settings(); }
    /// Sends the responder's greeting, if it has one.
    void greet();

    /// Sends bytes to the peer and records them. False (nothing sent, nothing recorded) when our side is
    /// closed.
    bool send(const QByteArray &data);
    /// Bytes accepted by send() that the transport has not taken yet: what a producer watches to hold back.
    qint64 bytesToWrite() const;
    /// Stops (true) or resumes (false) reading for a front that cannot keep up; TCP flow control then slows
    /// the peer. The connection may also be paused on its own (capture backpressure, echo to a slow
    /// reader, an echo connection while HeldBytes is over its bound): it reads only when nobody holds it.
    void setReadPaused(bool paused);
    /// True while reading is paused, for whatever reason.
    bool isReadPaused() const;
    /// Half-closes our side after what is queued; the peer sees end of input.
    void shutdownWrite();
    void close();
    void abort();

    /// Closes the connection when nothing crosses it for this long (0: never).
    void setIdleTimeout(int milliseconds);
    /// Closes the connection (gracefully) when nothing arrives for this long (0: never): the chapter's
    /// receiveDataTimeout: on the server side. Sending does not restart it.
    void setReceiveTimeout(int milliseconds);

    /// What TLS settled on this connection; null for plain TCP.
    const TlsSessionInfo *tlsInfo() const;
    bool isTls() const { return tlsInfo() != nullptr; }
    /// STARTTLS: upgrades this plain TCP connection to TLS, here and now (the protocol's "go ahead" already
    /// read). Its TLS steps are recorded like a TLS connection's; tlsEstablished() or errorOccurred() follow.
    /// False (error set, nothing changed) when it is not plain TCP, is half-closed, or a file cannot be read.
    bool startTls(const TlsOptions &options, TlsOptions::Role role, const QString &peerName, QString *error);

Q_SIGNALS:
    /// A chunk arrived (already recorded and counted; echo already answered it).
    void received(const QByteArray &chunk);
    /// The transport took count bytes of what send() queued; bytesToWrite() is smaller now.
    void bytesWritten(qint64 count);
    /// The peer will send nothing more (recorded as PeerHalfClosed). We may still send.
    void peerHalfClosed();
    /// Our end of output reached the peer's side (recorded as LocalHalfClosed).
    void writeShutDown();
    /// The connection failed (recorded as Error); closed() follows.
    void errorOccurred(Sockbench::StreamError error, const QString &message);
    void stateChanged(Sockbench::Connection::State state);
    void idleTimedOut();
    void receiveTimedOut();
    void closed();
    /// The TLS handshake finished (tlsInfo() is filled).
    void tlsEstablished();

private:
    void wireStream();
    void onReceived(const QByteArray &chunk);
    void onBytesWritten(qint64 count);
    void record(EventKind kind, Direction direction, const QByteArray &payload = {});
    void updateReadPause();
    /// Tells HeldBytes how much of ours waits in the stream's write queue now.
    void syncHeldBytes();
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
    qint64 m_chunksReceived = 0;
    qint64 m_chunksSent = 0;
    bool m_keepsBoundaries = false;
    qint64 m_openedNs = 0;
    qint64 m_closedNs = 0;
    ServerBehaviour m_behaviour = ServerBehaviour::Manual;
    Responder m_responder;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_receiveTimer = nullptr;
    bool m_pausedForCapture = false;
    bool m_pausedForEcho = false;
    bool m_pausedByFront = false;
    qint64 m_heldBytes = 0; ///< Our share of HeldBytes: the stream's queue when last counted.
};

} // namespace Sockbench
