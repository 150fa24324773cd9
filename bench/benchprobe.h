#pragma once

// What the window benchmarks share: an event-loop stall probe, the process's peak memory and CPU time.

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace Sockbench::Bench {

/// A 10 ms timer; how late each tick comes is how long the event loop was busy with something else.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
            [this] { m_stallsMs.push_back(std::max<qint64>(0, m_sinceTick.restart() - IntervalMs)); });
    }
    void start()
    {
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    QTimer *timer() { return &m_timer; }
    /// The stall at fraction (0.5, 0.99) of all ticks, or the worst with 1.0; -1 before any tick.
    qint64 percentile(double fraction) const
    {
        if (m_stallsMs.empty())
            return -1;
        std::vector<qint64> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(double(sorted.size() - 1) * fraction)];
    }

    /// How many ticks came lateMs or more late; with ticks() it says how many late ticks a percentile stands
    /// on (the p99 of 2,000 ticks is the 20th latest).
    qint64 countAtLeast(qint64 lateMs) const
    {
        return std::count_if(
            m_stallsMs.begin(), m_stallsMs.end(), [lateMs](qint64 stall) { return stall >= lateMs; });
    }
    qint64 ticks() const { return qint64(m_stallsMs.size()); }

private:
    static constexpr int IntervalMs = 10;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    std::vector<qint64> m_stallsMs;
};

/// Peak resident memory of this process (VmHWM), in KiB; -1 when /proc cannot tell.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// CPU time this process has used so far, user and system, all threads, in seconds (getrusage).
inline double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace Sockbench::Bench
