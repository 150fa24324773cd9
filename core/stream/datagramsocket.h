#pragma once

#include "endpoint.h"
#include "poller.h"
#include "streamerror.h"

#include <QByteArray>
#include <QObject>

#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

/// One UDP socket descriptor, driven by Sockbench itself: bound to an address and port, sending to any
/// destination (or connected to one), and reading floods in batches.
///
/// QUdpSocket announces each datagram with its own readyRead() and reads one per call; a flood of 300,000
/// datagrams a second then costs an event-loop turn each. Here the descriptor is watched by the thread's
/// Poller, and one readiness runs a loop of recvmmsg() batches (64 datagrams a call) into a reused buffer,
/// each datagram copied out at its own size, with the kernel's drop counter (SO_RXQ_OVFL) read from the same
/// calls, and from SO_MEMINFO once drained. Datagrams are never cut silently: one larger than
/// maxDatagramSize() arrives as its first bytes with its true size beside it.
///
/// Reading runs ahead of delivering: what the kernel holds is taken into a backlog (up to backlogLimit()
/// bytes) at each turn, and datagramReceived() is emitted from it for at most a few milliseconds a turn. A
/// datagram costs the kernel's buffer 832 bytes for 64 of payload and 2,304 for 1,400 (its skb, measured on
/// loopback in /proc/net/udp), the backlog its own size and 96, and reading one costs a small part of
/// handling it: so a burst waits here instead of being dropped by the kernel, and the event loop keeps its
/// turns.
class DatagramSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatagramSocket)
public:
    explicit DatagramSocket(QObject *parent = nullptr);
    ~DatagramSocket() override;

    /// Opens a socket of the address's family and binds it. False (error() and errorString() set) when the
    /// address or port cannot be had.
    bool bind(const Endpoint &endpoint);
    /// Connects the socket to one peer: only its datagrams are received, and an ICMP port-unreachable
    /// shows as ConnectionRefused (errorOccurred()). False when the kernel refuses at once.
    bool connectTo(const Endpoint &peer);
    bool isOpen() const { return m_fd >= 0; }
    bool isConnected() const { return m_connected; }
    void close();

    Endpoint localEndpoint() const { return m_local; }
    StreamError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    /// SO_BROADCAST: off unless asked, so a mistyped destination cannot reach a whole network.
    bool setBroadcast(bool enabled);
    /// Joins or leaves a multicast group on an interface (by name; empty: the kernel's choice).
    bool joinMulticast(const QHostAddress &group, const QString &interfaceName);
    bool leaveMulticast(const QHostAddress &group, const QString &interfaceName);
    /// Asks for a receive buffer of this size (beyond net.core.rmem_max when allowed); returns what the
    /// kernel gave, in bytes.
    int setReceiveBufferSize(int bytes);
    int receiveBufferSize() const;

    /// The largest datagram read whole; a larger one is delivered truncated to it. Default 65,536.
    void setMaxDatagramSize(int bytes);
    int maxDatagramSize() const { return m_slotSize; }

    /// Sends one datagram (an empty one too) to destination, or to the connected peer when destination is
    /// invalid. Queued when the kernel's buffer is full; returns false only when the socket is closed.
    bool sendTo(const QByteArray &datagram, const Endpoint &destination);
    qint64 bytesToWrite() const { return m_queuedBytes; }

    void setReadPaused(bool paused);
    bool isReadPaused() const { return m_readPaused; }

    /// Datagrams the kernel dropped because the receive buffer was full, since the socket opened.
    quint64 kernelDrops() const { return m_kernelDrops; }

    /// Bytes of datagrams read from the kernel but not yet emitted (each counted with its bookkeeping) at
    /// most; past it the socket is left to the kernel's buffer until an eighth of it is delivered. Default
    /// 96 MiB: 67,000 datagrams of 1,400 bytes, beside the kernel's 14,500.
    void setBacklogLimit(qint64 bytes) { m_backlogLimit = qMax<qint64>(bytes, 1); }
    qint64 backlogLimit() const { return m_backlogLimit; }
    /// Datagrams read and waiting to be emitted (at most backlogLimit() bytes of them).
    qint64 backlogDatagrams() const { return qint64(m_backlog.size()); }

Q_SIGNALS:
    /// One datagram. size is its true length: larger than data.size() when it was truncated.
    void datagramReceived(const QByteArray &data, const Sockbench::Endpoint &from, qint64 size);
    /// Queued datagrams left: count bytes of them, for destination.
    void datagramSent(const Sockbench::Endpoint &destination, qint64 count);
    /// The kernel's drop counter grew; total since the socket opened.
    void kernelDropsChanged(quint64 total);
    /// A send or a receive failed: refused (connected mode, ICMP port unreachable), unreachable... The
    /// socket stays open; destination is the one that failed, when known.
    void errorOccurred(Sockbench::StreamError error, const QString &message, const Sockbench::Endpoint &peer);

private:
    struct Batch;
    struct Pending
    {
        QByteArray data;
        Endpoint destination;
    };
    /// A datagram read and not yet emitted, or (error set) a receive error, told in its place in the order.
    struct Received
    {
        QByteArray data;
        Endpoint from;
        qint64 size = 0;
        int error = 0;
    };

    void onPollReady(Poller::Event event);
    /// Reads what the kernel holds into the backlog, then emits from the backlog for a slice of time.
    void serve();
    void readAhead();
    void deliverSlice();
    void onWritable();
    void noteDrops(quint64 total);
    /// Sends one datagram now; 1 sent, 0 would block, -1 failed (reported).
    int sendNow(const QByteArray &datagram, const Endpoint &destination);
    void reportErrno(int error, const Endpoint &peer);
    bool failWith(int error, const QString &what);
    /// The one place that watches the descriptor, so it can move to another poller.
    void watch();
    void updateWatch();
    void unwatch();

    int m_fd = -1;
    int m_family = 0;
    bool m_connected = false;
    Endpoint m_local;
    Endpoint m_connectedPeer;
    StreamError m_error = StreamError::None;
    QString m_errorString;
    PollWatch m_watch;
    QTimer *m_resume = nullptr; ///< Serves the backlog on the next turn when the kernel has nothing new.
    bool m_readPaused = false;
    int m_slotSize = 65536;
    std::unique_ptr<Batch> m_batch;
    std::deque<Pending> m_queue;
    qint64 m_queuedBytes = 0;
    quint64 m_kernelDrops = 0;
    std::deque<Received> m_backlog;
    qint64 m_backlogBytes = 0;
    qint64 m_backlogLimit = 96 * 1024 * 1024;
    bool m_backlogFull = false; ///< At the limit: not reading until an eighth is delivered.
    bool m_serving = false;
    // The last sender, as the kernel wrote it and as an Endpoint: a flood comes from one peer, and building
    // a QHostAddress for each datagram would allocate 300,000 times a second.
    QByteArray m_lastFromRaw;
    Endpoint m_lastFrom;
};

} // namespace Sockbench
