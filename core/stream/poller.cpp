#include "poller.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/epoll.h>
#include <unistd.h>

namespace Sockbench {

namespace {

thread_local Poller *t_poller = nullptr;

void deleteMainThreadPoller()
{
    // A post routine runs in ~QCoreApplication while the event dispatcher still exists, so the notifier can
    // unregister itself.
    delete t_poller;
}

quint64 userData(int slot, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(slot);
}

} // namespace

Poller *Poller::forCurrentThread()
{
    if (t_poller)
        return t_poller;
    t_poller = new Poller;
    QThread *thread = QThread::currentThread();
    if (QCoreApplication *app = QCoreApplication::instance(); app && app->thread() == thread) {
        qAddPostRoutine(deleteMainThreadPoller);
    } else {
        // QThread runs the deferred deletions of its objects after finished(), with its dispatcher still
        // there.
        connect(thread, &QThread::finished, t_poller, &QObject::deleteLater, Qt::DirectConnection);
    }
    return t_poller;
}

Poller::Poller()
    : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0) {
        qWarning("Sockbench: epoll_create1: %s", std::strerror(errno));
        return;
    }
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Poller::onActivated);
}

Poller::~Poller()
{
    if (t_poller == this)
        t_poller = nullptr;
    delete m_notifier; // before the descriptor it watches closes
    if (m_epoll >= 0)
        ::close(m_epoll);
}

int Poller::add(int descriptor, Handler handler)
{
    int slot = -1;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = int(m_slots.size());
        m_slots.emplace_back();
    }
    Slot &entry = m_slots[size_t(slot)];
    entry.handler = std::move(handler);
    entry.descriptor = descriptor;
    entry.interest = {};
    entry.registered = {};
    entry.live = true;
    ++m_watchCount;
    return slot;
}

void Poller::remove(int slot)
{
    Slot &entry = m_slots[size_t(slot)];
    if (!entry.live)
        return;
    if (entry.registered && m_epoll >= 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, entry.descriptor, nullptr);
    entry.live = false;
    // Events already fetched for this slot carry the old generation: they are dropped, even if the slot is
    // reused in the same batch.
    ++entry.generation;
    entry.interest = {};
    entry.registered = {};
    entry.descriptor = -1;
    --m_watchCount;
    if (entry.dispatching == 0)
        freeSlot(slot);
    // else: its handler is running (it stopped its own watch); onActivated frees the slot once it returns.
}

void Poller::freeSlot(int slot)
{
    m_slots[size_t(slot)].handler = nullptr;
    m_freeSlots.push_back(slot);
}

int Poller::setInterest(int slot, Events interest)
{
    Slot &entry = m_slots[size_t(slot)];
    if (!entry.live || m_epoll < 0)
        return EBADF;
    if (interest == entry.registered) {
        entry.interest = interest;
        return 0;
    }
    int result = 0;
    if (!interest) {
        // Out of the set rather than registered with no events: epoll reports errors and hang-ups whatever
        // one asks for, and level-triggered that would wake us on every turn for a paused descriptor.
        result = ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, entry.descriptor, nullptr);
    } else {
        epoll_event event {};
        event.events = (interest & Readable ? EPOLLIN : 0u) | (interest & Writable ? EPOLLOUT : 0u);
        event.data.u64 = userData(slot, entry.generation);
        result = ::epoll_ctl(
            m_epoll, entry.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, entry.descriptor, &event);
    }
    if (result != 0)
        return errno;
    entry.interest = interest;
    entry.registered = interest;
    return 0;
}

void Poller::onActivated()
{
    // What is left of the last batch goes first (its events are still ready: level-triggered), so a turn cut
    // short by the time budget does not send those connections to the back of epoll's ready list.
    if (m_next >= m_batch.size()) {
        m_batch.resize(MaxEventsPerWake);
        const int ready = ::epoll_wait(m_epoll, m_batch.data(), MaxEventsPerWake, 0);
        m_batch.resize(size_t(qMax(ready, 0)));
        m_next = 0;
        if (ready <= 0)
            return;
    }
    ++m_wakes;
    timespec started {};
    ::clock_gettime(CLOCK_MONOTONIC, &started);
    while (m_next < m_batch.size()) {
        // A copy: a nested event loop inside a handler may come back here and refill the batch.
        const epoll_event event = m_batch[m_next++];
        dispatch(event);
        timespec now {};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        const qint64 elapsedNs
            = qint64(now.tv_sec - started.tv_sec) * 1000000000 + (now.tv_nsec - started.tv_nsec);
        if (elapsedNs >= qint64(TurnBudgetMs) * 1000000)
            break;
    }
    if (m_next < m_batch.size() && !m_resumeQueued) {
        // The rest on the next turn, after the timers, the views and the input that waited meanwhile.
        m_resumeQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_resumeQueued = false;
                onActivated();
            },
            Qt::QueuedConnection);
    }
}

void Poller::dispatch(const epoll_event &event)
{
    const int slot = int(quint32(event.data.u64));
    const quint32 generation = quint32(event.data.u64 >> 32);
    // An error or hang-up is told to whichever side is watched: its next recv() or send() says what it is.
    const bool readable = event.events & (EPOLLIN | EPOLLERR | EPOLLHUP | EPOLLRDHUP);
    const bool writable = event.events & (EPOLLOUT | EPOLLERR | EPOLLHUP);
    for (const Event kind : { Readable, Writable }) {
        if (!(kind == Readable ? readable : writable) || size_t(slot) >= m_slots.size())
            continue;
        Slot &entry = m_slots[size_t(slot)];
        // Checked before each call: an earlier handler may have stopped this watch (or deleted its owner),
        // the slot may have a new owner since, or the owner may no longer want this event.
        if (!entry.live || entry.generation != generation || !(entry.interest & kind))
            continue;
        ++entry.dispatching;
        ++m_dispatched;
        entry.handler(kind);
        Slot &after = m_slots[size_t(slot)]; // deque: still the same element
        if (--after.dispatching == 0 && !after.live && after.handler)
            freeSlot(slot);
    }
}

void PollWatch::start(int descriptor, Handler handler)
{
    stop();
    m_poller = Poller::forCurrentThread();
    m_slot = m_poller->add(descriptor, std::move(handler));
    m_interest = {};
}

void PollWatch::stop()
{
    if (m_slot >= 0 && m_poller)
        m_poller->remove(m_slot);
    m_slot = -1;
    m_poller = nullptr;
    m_interest = {};
}

int PollWatch::setInterest(Poller::Events interest)
{
    if (!isStarted())
        return EBADF;
    if (interest == m_interest)
        return 0;
    const int error = m_poller->setInterest(m_slot, interest);
    if (error == 0)
        m_interest = interest;
    return error;
}

} // namespace Sockbench
