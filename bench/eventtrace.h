#pragma once

// What a window benchmark's GUI thread did during its stalls: an application whose notify() times every
// event dispatched from the event loop (not the ones sent from inside another), and, whenever the stall
// probe's tick comes later than a threshold, adds what ran since the previous tick to a table by receiver
// and event type. Enabled by SOCKBENCH_TRACE_STALLS=MS (the lateness that counts as a stall); printed to
// standard error by print().

#include <QApplication>
#include <QByteArray>
#include <QEvent>
#include <QHash>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace Sockbench::Bench {

class TracingApplication final : public QApplication
{
public:
    TracingApplication(int &argc, char **argv)
        : QApplication(argc, argv)
        , m_thresholdMs(qEnvironmentVariableIntValue("SOCKBENCH_TRACE_STALLS"))
    { }

    bool isTracing() const { return m_thresholdMs > 0; }
    /// The stall probe's timer: its ticks delimit the windows that are judged.
    void watchTicksOf(QTimer *timer)
    {
        m_tickTimer = timer;
        m_lastTickNs = nowNs();
        m_window.clear();
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!isTracing() || !m_tickTimer)
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            // Inside a repaint: each widget's own paint event, as a line of its own ("  paint: ...").
            if (event->type() != QEvent::Paint)
                return QApplication::notify(receiver, event);
            const QByteArray key = "  paint: " + keyOf(receiver, event);
            const qint64 started = nowNs();
            const bool result = QApplication::notify(receiver, event);
            m_window.push_back(Entry { key, nowNs() - started, true });
            return result;
        }
        const bool tick = receiver == m_tickTimer && event->type() == QEvent::Timer;
        const qint64 started = nowNs();
        if (tick) {
            const qint64 lateMs = (started - m_lastTickNs) / 1000000 - m_tickTimer->interval();
            if (lateMs >= m_thresholdMs)
                judge(started);
            m_window.clear();
            m_lastTickNs = started;
        }
        // Named before: the receiver may be gone after (a deferred delete).
        const QByteArray key = tick ? QByteArray() : keyOf(receiver, event);
        const qint64 dispatched = nowNs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (!tick)
            m_window.push_back(Entry { key, nowNs() - dispatched });
        return result;
    }

    void print() const
    {
        if (!isTracing())
            return;
        std::vector<std::pair<QByteArray, Sum>> rows;
        for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it)
            rows.emplace_back(it.key(), it.value());
        std::sort(
            rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
        std::fprintf(stderr, "\n%d stalls of >= %d ms; what ran in them (ms in all, events, worst ms):\n",
            m_stalls, m_thresholdMs);
        for (const auto &[key, sum] : rows) {
            std::fprintf(stderr, "  %9.1f %7lld %7.1f  %s\n", double(sum.ns) / 1e6,
                static_cast<long long>(sum.count), double(sum.worstNs) / 1e6, key.constData());
        }
        std::fprintf(stderr,
            "  %9.1f         %7s  (outside any event: glib sources, painting the backing store...)\n",
            double(m_unaccountedNs) / 1e6, "");
    }

private:
    struct Entry
    {
        QByteArray key;
        qint64 ns = 0;
        bool nested = false; ///< Inside another entry's time: not added to what is accounted for.
    };
    struct Sum
    {
        qint64 ns = 0;
        qint64 count = 0;
        qint64 worstNs = 0;
    };

    static qint64 nowNs()
    {
        timespec now {};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    static QByteArray keyOf(QObject *receiver, QEvent *event)
    {
        QByteArray key = receiver->metaObject()->className();
        // A notifier or a timer says little: its owner says whose it is.
        if (receiver->parent() && (key == "QSocketNotifier" || key == "QTimer"))
            key += QByteArray("(") + receiver->parent()->metaObject()->className() + ")";
        if (!receiver->objectName().isEmpty())
            key += QByteArray(" \"") + receiver->objectName().toUtf8() + "\"";
        // Nor does a scroll bar: the scroll area it belongs to (its parent is the area's container).
        if (key.startsWith("QScrollBar") && receiver->parent() && receiver->parent()->parent()) {
            const QObject *area = receiver->parent()->parent();
            key += QByteArray(" of ") + area->metaObject()->className();
            if (!area->objectName().isEmpty())
                key += QByteArray(" \"") + area->objectName().toUtf8() + "\"";
        }
        const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
        return key + " / " + (type ? QByteArray(type) : QByteArray::number(int(event->type())));
    }

    void judge(qint64 now)
    {
        ++m_stalls;
        qint64 accounted = 0;
        for (const Entry &entry : m_window) {
            Sum &sum = m_sums[entry.key];
            sum.ns += entry.ns;
            ++sum.count;
            sum.worstNs = std::max(sum.worstNs, entry.ns);
            if (!entry.nested)
                accounted += entry.ns;
        }
        m_unaccountedNs += std::max<qint64>(0, now - m_lastTickNs - accounted);
    }

    int m_thresholdMs = 0;
    int m_depth = 0;
    QTimer *m_tickTimer = nullptr;
    qint64 m_lastTickNs = 0;
    std::vector<Entry> m_window;
    QHash<QByteArray, Sum> m_sums;
    qint64 m_unaccountedNs = 0;
    int m_stalls = 0;
};

} // namespace Sockbench::Bench
