#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

/// The one bound on bytes held in memory for slow readers, across every connection of the process: what
/// waits in connections' write queues (echo's answers, standard input and sends to a peer that does not
/// read). Connections add what they queue and release what the kernel took or what closing dropped.
///
/// Each open connection counts too, for its own state (ConnectionCost), so that what the bound promises holds
/// for the memory those peers take, not only for their queued bytes.
///
/// When the held bytes reach the bound the budget engages: the sources that add to it pause (an echo
/// connection's socket read, standard input), so TCP flow control slows the peers; it releases once the held
/// bytes fall below half the bound. When a large amount has been released, memory is handed back to the
/// system (malloc_trim), so a thousand slow readers that left do not leave their queues' pages behind.
///
/// Process-wide, like the memory it guards; used from the thread that runs the sockets only.
class HeldBytes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldBytes)
public:
    /// 256 MiB: 64 connections' worth of echo's per-connection mark (4 MiB), so a few slow peers never reach
    /// it, while 1,000 peers that send and never read cost 256 MiB instead of 4 GiB; it keeps the command
    /// line under its RSS goal plus the bound and the window well inside a desktop's memory.
    static constexpr qint64 DefaultLimit = qint64(256) * 1024 * 1024;
    /// The largest chunk one socket read adds (TcpStream's default): the budget engages this much before the
    /// bound, so the read that engages it cannot carry the held bytes past it.
    static constexpr qint64 Headroom = 256 * 1024;
    /// What one open connection takes besides its queued bytes, counted against the bound while it lives.
    /// Measured with bench/connections.sh hold (1,000 peers that never read): RSS rose 5.0 MiB more than the
    /// bytes they held, 5 KiB a peer (heaptrack: 3.5 KiB of its objects and 13 signal connections, the
    /// headers of its queued chunks, its capture index rows; the rest allocator slack); 6 KiB leaves room
    /// for the slack to vary. At most a quarter of the bound is counted this way, so the queued bytes can
    /// always fall below half of it and release the budget.
    static constexpr qint64 ConnectionCost = 6 * 1024;

    static HeldBytes *instance();

    qint64 limit() const { return m_limit; }
    /// Sets the bound (at least twice Headroom); re-evaluates at once.
    void setLimit(qint64 bytes);
    /// Queued bytes held now (connections' own state not included).
    qint64 held() const { return m_held; }
    /// What the open connections' own state counts against the bound: ConnectionCost each, at most a quarter
    /// of the bound.
    qint64 connectionBytes() const { return qMin(m_connections * ConnectionCost, m_limit / 4); }
    /// The most held at once since the last resetPeak().
    qint64 peak() const { return m_peak; }
    void resetPeak() { m_peak = m_held; }
    /// True from the held bytes and connectionBytes() together reaching the bound until they fall below half.
    bool isEngaged() const { return m_engaged; }

    void add(qint64 bytes);
    void release(qint64 bytes);
    /// A connection opened or went: its own state counts (ConnectionCost) while it lives.
    void addConnection();
    void removeConnection();

Q_SIGNALS:
    void engagedChanged(bool engaged);

private:
    HeldBytes();
    ~HeldBytes() override;
    void evaluate();
    void trimSoon();

    qint64 m_limit = DefaultLimit;
    qint64 m_held = 0;
    qint64 m_peak = 0;
    qint64 m_connections = 0;
    qint64 m_highSinceTrim = 0;
    QTimer *m_trimTimer = nullptr;
    bool m_engaged = false;
    bool m_trimmedAgain = false; ///< The wave's second, later trim is scheduled or done.
};

} // namespace Sockbench
