#pragma once

#include "bytestream.h"
#include "poller.h"

#include <QBasicTimer>

#include <deque>

namespace Sockbench {

/// A ByteStream over a connected TCP socket descriptor, with true half-close in both directions.
///
/// QTcpSocket drops the whole connection when the peer half-closes (it treats end of input as
/// RemoteHostClosedError), which breaks `nc -N` style exchanges; so once a connection exists we drive the
/// descriptor ourselves, watched by the thread's Poller (one epoll set for every stream: see poller.h).
/// Establishing connections stays with TcpConnector (client) and QTcpServer (server). A stream stays on the
/// thread that created it.
class TcpStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpStream)
public:
    /// Takes ownership of a connected socket descriptor; it is made non-blocking.
    explicit TcpStream(qintptr descriptor, QObject *parent = nullptr);
    ~TcpStream() override;

    Endpoint localEndpoint() const override { return m_local; }
    Endpoint peerEndpoint() const override { return m_peer; }
    qint64 bytesToWrite() const override { return m_queuedBytes; }

    bool write(const QByteArray &data) override;
    void shutdownWrite() override;
    void close() override;
    void abort() override;
    void setReadPaused(bool paused) override;
    bool isReadPaused() const override { return m_readPaused; }

    /// Gives the descriptor up, for STARTTLS (a TlsStream takes it over), and leaves the stream inert: no
    /// signal follows. -1 while bytes wait to be sent or the stream is closed.
    qintptr takeDescriptor();

    /// The largest chunk one read hands out. Default 256 KiB.
    void setMaxChunkSize(int bytes) { m_maxChunkSize = bytes; }

    /// Once reads have come back to back (each within FloodIdleMs of the last) for FloodBurstChunks whole
    /// chunks' worth, or a read found more than a whole chunk waiting, the peer is flooding: from then on the
    /// kernel wakes us only when a whole chunk waits (SO_RCVLOWAT), so a flood is read in whole chunks
    /// instead of whatever came in since the last event-loop turn. What is left when it stops is read at most
    /// FloodIdleMs after the last read; the end of input and errors are never held back. A trickle, a message
    /// or a 16 KiB echo never enter this mode.
    static constexpr int FloodIdleMs = 2;
    static constexpr int FloodBurstChunks = 2;
    /// Whether reads wait for a whole chunk now (see FloodIdleMs).
    bool isReadingWholeChunks() const { return m_wholeChunks; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onReadable();
    void onWritable();
    /// Sends queued bytes until the kernel would block; false when the socket failed.
    bool sendQueued();
    /// Frees what the kernel already took of a partly sent head (see the .cpp for when).
    void compactHead();
    void finishWriteSideIfDrained();
    void drainReceived();
    void failWithErrno(int error);
    void releaseDescriptor();
    /// Tells the poller what we wait for now: reading unless paused or ended, writing while bytes queue.
    void updateInterest();
    void onPollReady(Poller::Event event);
    void failSoon(int error);
    /// After a read of bytes (available were waiting, 0 when not asked): into whole-chunk reading once the
    /// reads say the peer floods.
    void noteRead(qint64 bytes, int available);
    /// Back to reading whatever is there (SO_RCVLOWAT 1); the kernel wakes us at once if bytes wait.
    void stopWholeChunks();

    int m_fd = -1;
    PollWatch m_watch;
    std::deque<QByteArray> m_queue;
    qint64 m_queuedBytes = 0;
    qint64 m_headSent = 0; ///< Bytes of m_queue.front() already sent.
    int m_maxChunkSize = 256 * 1024;
    bool m_readPaused = false;
    bool m_shutdownPending = false;
    bool m_closePending = false;
    bool m_wholeChunks = false;
    qint64 m_lastReadNs = 0; ///< When the last read was (steady clock), until reading whole chunks.
    qint64 m_burstBytes = 0; ///< Bytes read back to back so far.
    // A QBasicTimer, not a QTimer: 10,000 connections each holding a QObject for a mode few of them enter.
    QBasicTimer m_idleTimer;
    Endpoint m_local;
    Endpoint m_peer;
};

} // namespace Sockbench
