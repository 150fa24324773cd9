#pragma once

#include <QFlags>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <vector>

#include <sys/epoll.h>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Sockbench {

class PollWatch;

/// One epoll instance per thread that watches every descriptor TcpStream (and DescriptorListener) drives, so
/// Qt's event dispatcher watches one descriptor per thread instead of two per connection.
///
/// Why: glib's dispatcher polls every registered QSocketNotifier on each wake-up, and dispatches every ready
/// one in that one turn. With 5,000 idle connections a blinking cursor cost 2.9% of a core (a poll over
/// 10,000 entries per blink); with 10,000 echoing clients one turn dispatched thousands of reads and the
/// window's event loop stalled for 2.5 s (p99). Here one QSocketNotifier watches the epoll descriptor,
/// interest changes are epoll_ctl calls, and each wake-up dispatches at most MaxEventsPerWake ready events:
/// epoll's ready list is level-triggered and round-robin, so the next wake-up serves the rest and a flooding
/// connection gets one read per turn like a trickling one.
///
/// Use it through PollWatch; descriptors and watches belong to the thread that created them.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)
public:
    enum Event : quint8 {
        Readable = 0x1, ///< Bytes, end of input, an error or a pending connection wait.
        Writable = 0x2, ///< The descriptor takes bytes (or has an error to report).
    };
    Q_DECLARE_FLAGS(Events, Event)

    /// Ready events dispatched per event-loop wake-up at most.
    static constexpr int MaxEventsPerWake = 64;
    /// A wake-up stops dispatching once it has taken this long; the rest of its batch goes first next turn.
    static constexpr int TurnBudgetMs = 5;

    /// The poller of the calling thread, created on first use (the thread needs an event dispatcher: a
    /// QCoreApplication on the main thread, a QThread elsewhere). It lives until the thread ends.
    static Poller *forCurrentThread();

    ~Poller() override;

    /// Descriptors watched now (with or without interest).
    int watchCount() const { return m_watchCount; }
    /// Event-loop wake-ups served so far, and ready events dispatched in them (for tests and benchmarks).
    quint64 wakeCount() const { return m_wakes; }
    quint64 dispatchCount() const { return m_dispatched; }

private:
    friend class PollWatch;
    using Handler = std::function<void(Event)>;

    struct Slot
    {
        Handler handler;
        int descriptor = -1;
        quint32 generation = 0;
        Events interest; ///< What the owner wants.
        Events registered; ///< What epoll was told (nothing: not in the epoll set at all).
        int dispatching = 0; ///< Handlers of this slot running now (nested event loops can nest them).
        bool live = false;
    };

    Poller();
    /// A slot for the descriptor, with no interest yet; its number and generation are epoll's user data.
    int add(int descriptor, Handler handler);
    void remove(int slot);
    /// 0 on success, else errno of the failing epoll_ctl.
    int setInterest(int slot, Events interest);
    void onActivated();
    void dispatch(const epoll_event &event);
    void freeSlot(int slot);

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    std::deque<Slot> m_slots; ///< A deque: a handler that starts watches must not move the running one.
    std::vector<int> m_freeSlots;
    std::vector<epoll_event>
        m_batch; ///< The last epoll_wait's events; those from m_next on are not served yet.
    size_t m_next = 0;
    bool m_resumeQueued = false;
    int m_watchCount = 0;
    quint64 m_wakes = 0;
    quint64 m_dispatched = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Poller::Events)

/// One descriptor watched by its thread's Poller for as long as the watch is started: the handler is called
/// once per ready event that is in interest() at the moment of the call.
///
/// The handler may change the interest, stop this watch or any other, delete the owner of the watch, start
/// new watches or run a nested event loop: an event still pending in the same batch for a stopped watch is
/// dropped, and one for an event no longer in interest() is skipped. With no interest the descriptor is taken
/// out of the epoll set, so an error or hang-up on a paused descriptor waits until interest returns (as a
/// disabled QSocketNotifier does). Stop the watch before closing the descriptor.
class PollWatch final
{
    Q_DISABLE_COPY_MOVE(PollWatch)
public:
    using Handler = std::function<void(Poller::Event)>;

    PollWatch() = default;
    ~PollWatch() { stop(); }

    /// Starts watching descriptor on the calling thread's poller, with no interest yet.
    void start(int descriptor, Handler handler);
    /// Stops watching; safe from inside the handler. Nothing when not started.
    void stop();
    bool isStarted() const { return m_slot >= 0 && m_poller; }

    /// Sets what to be told about. Returns 0, or the errno of a failing epoll_ctl (ENOMEM, ENOSPC: the
    /// user's epoll watch limit), in which case the previous interest stays.
    int setInterest(Poller::Events interest);
    Poller::Events interest() const { return m_interest; }

private:
    QPointer<Poller> m_poller;
    int m_slot = -1;
    Poller::Events m_interest;
};

} // namespace Sockbench
