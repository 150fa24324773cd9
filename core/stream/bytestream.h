#pragma once

#include "endpoint.h"
#include "streamerror.h"

#include <QByteArray>
#include <QObject>

namespace Sockbench {

struct TlsSessionInfo;

/// An ordered, two-way byte stream with half-close: the seam between sessions and transports.
///
/// Received bytes are pushed as chunks through received(); the stream keeps no read buffer of its own
/// (SocketStream adds one for pull-style reading). Each direction closes on its own: the peer's end of
/// input shows as peerHalfClosed(), our own as shutdownWrite(). closed() is emitted once, when both
/// directions are done or the stream failed or was aborted.
class ByteStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteStream)
public:
    enum class State {
        Open, ///< At least one direction still carries bytes.
        Closed, ///< Both directions are done; nothing more will be emitted.
    };
    Q_ENUM(State)

    explicit ByteStream(QObject *parent = nullptr);
    ~ByteStream() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    /// False once the peer has half-closed (sent FIN) or the stream closed.
    bool isReadOpen() const { return m_readOpen; }
    /// False once shutdownWrite() or close() was asked for, or the stream closed.
    bool isWriteOpen() const { return m_writeOpen; }

    StreamError error() const { return m_error; }
    /// The last error, as a sentence for people ("connection reset by peer").
    QString errorString() const { return m_errorString; }

    virtual Endpoint localEndpoint() const = 0;
    virtual Endpoint peerEndpoint() const = 0;
    /// True for a datagram transport (UDP): each write() is one datagram, an empty one included, and each
    /// received() is one datagram whole.
    virtual bool keepsBoundaries() const { return false; }

    /// Bytes accepted by write() that have not yet been handed to the transport.
    virtual qint64 bytesToWrite() const = 0;

    /// Queues bytes for sending. Returns false, queuing nothing, when writing is closed.
    virtual bool write(const QByteArray &data) = 0;
    /// Half-closes our side once everything queued has been sent; reading goes on.
    virtual void shutdownWrite() = 0;
    /// Sends what is queued, then closes both directions.
    virtual void close() = 0;
    /// Closes at once and drops what is queued; a TCP peer sees a reset.
    virtual void abort() = 0;
    /// Stops (true) or resumes (false) reading; a TCP peer is then slowed by flow control.
    virtual void setReadPaused(bool paused) = 0;
    virtual bool isReadPaused() const = 0;
    /// What the TLS handshake settled, for a TLS stream; null for a plain one.
    virtual const TlsSessionInfo *tlsInfo() const { return nullptr; }

Q_SIGNALS:
    /// A chunk of bytes arrived. Chunks are as large as the transport delivers them.
    void received(const QByteArray &chunk);
    /// Bytes were handed to the transport (the kernel, for TCP).
    void bytesWritten(qint64 count);
    /// The peer will send nothing more (TCP FIN). We may still write.
    void peerHalfClosed();
    /// Our end of output reached the peer's side (everything queued was sent, then FIN).
    void writeShutDown();
    /// The stream failed. closed() follows.
    void errorOccurred(Sockbench::StreamError error, const QString &message);
    /// Both directions are done. Emitted exactly once.
    void closed();
    /// A step in a TLS stream's life, in plain words (handshake, a verification error, close_notify).
    void tlsEvent(const QString &detail);
    /// The TLS handshake finished; tlsInfo() says what it settled.
    void tlsEstablished();

protected:
    // Helpers for implementations: they keep the state flags and emit the signals in the right order.
    void markPeerHalfClosed();
    void markWriteShutDown();
    void markWriteClosing() { m_writeOpen = false; }
    void fail(StreamError error, const QString &message);
    void markClosed();

private:
    void closeIfBothDirectionsDone();

    State m_state = State::Open;
    bool m_readOpen = true;
    bool m_writeOpen = true;
    bool m_writeShutDown = false;
    StreamError m_error = StreamError::None;
    QString m_errorString;
};

} // namespace Sockbench
