#include "descriptorlistener.h"

#include <QDir>
#include <QTimer>

#include <cerrno>
#include <sys/resource.h>
#include <sys/socket.h>

namespace Sockbench {

namespace {

// Accepted per wake-up at most, so a burst of thousands of clients does not starve the connections already
// open; the notifier fires again at once while more are waiting.
constexpr int AcceptsPerWakeUp = 256;

} // namespace

DescriptorListener::DescriptorListener(QObject *parent)
    : QTcpServer(parent)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(RetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_watch.isStarted())
            setWatching(true);
    });
}

DescriptorListener::~DescriptorListener()
{
    shut();
}

bool DescriptorListener::open(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    // Qt's own notifier stays off for good; the poller watches the same descriptor.
    pauseAccepting();
    m_watch.start(int(socketDescriptor()), [this](Poller::Event) { onReadable(); });
    setWatching(true);
    return true;
}

void DescriptorListener::shut()
{
    m_retryTimer->stop();
    // Out of the epoll set before the descriptor closes; safe inside our own handler.
    m_watch.stop();
    close();
}

void DescriptorListener::retryAccepting()
{
    if (m_stalled && m_watch.isStarted() && !isWatching()) {
        m_retryTimer->stop();
        setWatching(true);
    }
}

int DescriptorListener::openDescriptorCount()
{
    // Listing the directory needs a descriptor of its own, which is just what we lack at the limit (then -1).
    const QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    const QStringList entries = fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    return entries.isEmpty() ? -1 : int(entries.size()) - 1; // less the one listing the directory
}

void DescriptorListener::onReadable()
{
    const int listening = int(socketDescriptor());
    for (int i = 0; i < AcceptsPerWakeUp && m_watch.isStarted(); ++i) {
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            if (m_stalled) {
                m_stalled = false;
                Q_EMIT acceptResumed();
            }
            Q_EMIT descriptorReady(descriptor);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // the client left before we took it: take the next one
        case EPROTO:
            continue;
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
            return; // nothing more waits
        default: // EMFILE, ENFILE, ENOBUFS, ENOMEM and anything unforeseen: retrying at once would spin
            rest(errno);
            return;
        }
    }
}

void DescriptorListener::rest(int errorNumber)
{
    // Level-triggered: left on, the poller would wake us on every turn for a connection we cannot take.
    setWatching(false);
    m_retryTimer->start();
    if (m_stalled)
        return;
    m_stalled = true;
    int open = -1;
    rlimit limit {};
    // At EMFILE every descriptor below the soft limit is taken: that is the count, and listing /proc/self/fd
    // would need one more.
    if (errorNumber == EMFILE && ::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        open = int(limit.rlim_cur);
    else
        open = openDescriptorCount();
    Q_EMIT acceptStalled(errorNumber, open);
}

void DescriptorListener::setWatching(bool on)
{
    // A listening socket already in the epoll set cannot fail to change; adding it back can (ENOMEM, ENOSPC):
    // then the retry timer tries again, as at the descriptor limit.
    if (m_watch.setInterest(on ? Poller::Readable : Poller::Events()) != 0 && on)
        m_retryTimer->start();
}

} // namespace Sockbench
