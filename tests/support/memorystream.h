#pragma once

#include "stream/bytestream.h"

#include <QPointer>

namespace Sockbench {

class MemoryStream;

/// The two connected ends made by MemoryStream::createPair().
struct MemoryStreamPair
{
    MemoryStream *client = nullptr;
    MemoryStream *server = nullptr;
};

/// One end of an in-memory ByteStream pair: a stand-in for a TCP connection in tests and demos.
///
/// Bytes written on one end arrive at the other end's received() on a later event-loop turn, never inside
/// write(), one chunk per turn and at most chunkSize() bytes each, so readers can be tried on data split
/// as finely as wanted. Half-close, close, pause and abort behave as TcpStream's do:
/// - shutdownWrite(): the peer sees peerHalfClosed() after every byte written before it.
/// - close(): the same for the peer; this end stops reading and is closed once its queued bytes are out.
/// - abort(): the peer drops what it has not yet delivered and fails with ConnectionReset, even when
///   paused; this end closes at once, without an error.
/// - Bytes written to an end that is closed are lost and the writer fails with ConnectionReset, as a TCP
///   peer answering with RST would make it.
/// - setReadPaused(true) holds incoming bytes (and the half-close behind them) until resumed.
/// Endpoints are made up but valid: 127.0.0.1 with two distinct ports.
class MemoryStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryStream)
public:
    /// Two connected ends, both children of parent (or owned by the caller when parent is null).
    static MemoryStreamPair createPair(QObject *parent = nullptr);
    ~MemoryStream() override;

    Endpoint localEndpoint() const override { return m_local; }
    Endpoint peerEndpoint() const override { return m_peerEndpoint; }
    /// Bytes written whose bytesWritten() has not been emitted yet (it is emitted on the next turn).
    qint64 bytesToWrite() const override { return m_unreported; }

    bool write(const QByteArray &data) override;
    void shutdownWrite() override;
    void close() override;
    void abort() override;
    void setReadPaused(bool paused) override;
    bool isReadPaused() const override { return m_readPaused; }

    /// The largest chunk this end's received() hands out; values below 1 count as 1. Default 256 KiB.
    void setChunkSize(int bytes) { m_chunkSize = qMax(1, bytes); }
    int chunkSize() const { return m_chunkSize; }
    /// Bytes that arrived from the peer and wait to be delivered through received().
    qint64 pendingIncoming() const { return m_incoming.size() - m_incomingPos; }
    /// The other end, or null once it was destroyed.
    MemoryStream *peer() const { return m_peer; }

private:
    explicit MemoryStream(QObject *parent);

    // Called by the peer.
    bool accept(const QByteArray &data);
    void acceptEndOfInput();
    void acceptReset();

    void scheduleDelivery();
    void deliver();
    void scheduleOutgoing();
    void finishOutgoing();
    void dropIncoming();

    QPointer<MemoryStream> m_peer;
    Endpoint m_local;
    Endpoint m_peerEndpoint;
    QByteArray m_incoming;
    qsizetype m_incomingPos = 0; ///< Bytes of m_incoming already delivered.
    int m_chunkSize = 256 * 1024;
    qint64 m_unreported = 0;
    bool m_readPaused = false;
    bool m_readStopped = false; ///< We closed: incoming bytes are refused.
    bool m_endOfInputPending = false;
    bool m_resetPending = false;
    bool m_endOfOutputSent = false;
    bool m_shutdownPending = false;
    bool m_closePending = false;
    bool m_peerRefused = false;
    bool m_deliveryScheduled = false;
    bool m_outgoingScheduled = false;
};

} // namespace Sockbench
