#pragma once

#include "stream/poller.h"

#include <QTcpServer>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

/// A listening TCP socket that hands out raw accepted descriptors (TcpStream drives them itself, see
/// tcpstream.h) and backs off when the process runs out of descriptors.
///
/// QTcpServer binds and listens (its address parsing and errors are the ones the window shows), but its
/// accept loop retries a failing accept() on every event-loop turn: at the descriptor limit it spun at
/// ~22,700 calls a second, a core busy, saying nothing. So once listening, the accepting is ours: accept4()
/// while the kernel has connections, and on a failure (EMFILE at the limit; ENFILE, ENOBUFS, ENOMEM) stop
/// watching, say so once through acceptStalled(), retry every RetryIntervalMs or as soon as retryAccepting()
/// says a descriptor was freed, and announce acceptResumed() when a connection is accepted again. The
/// listening descriptor is watched by the thread's Poller, like the connections, so a burst of clients takes
/// its turn among their reads (at most AcceptsPerWakeUp accepts per turn).
class DescriptorListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptorListener)
public:
    /// How long accepting rests after running out of descriptors, unless one is freed sooner.
    static constexpr int RetryIntervalMs = 100;

    explicit DescriptorListener(QObject *parent = nullptr);
    ~DescriptorListener() override;

    /// Listens (QTcpServer::listen) and takes over accepting. False, with serverError() set, on failure.
    bool open(const QHostAddress &address, quint16 port);
    /// Stops watching and closes the listening socket.
    void shut();
    /// A descriptor was freed: when accepting rests, try at once instead of waiting for the retry.
    void retryAccepting();
    bool isStalled() const { return m_stalled; }

    /// Descriptors this process has open now (entries of /proc/self/fd), or -1 when unknown.
    static int openDescriptorCount();

Q_SIGNALS:
    void descriptorReady(qintptr descriptor);
    /// Accepting failed (errorNumber: EMFILE at the descriptor limit, or ENFILE, ENOBUFS, ENOMEM...) while
    /// openDescriptors were open (-1: unknown); emitted once per stall, then retried quietly.
    void acceptStalled(int errorNumber, int openDescriptors);
    /// A connection was accepted again after a stall.
    void acceptResumed();

protected:
    /// Qt's accepting, when listen() was called instead of open() (tests' loopback pairs): no back-off there.
    void incomingConnection(qintptr descriptor) override { Q_EMIT descriptorReady(descriptor); }

private:
    void onReadable();
    void rest(int errorNumber);
    bool isWatching() const { return m_watch.interest() & Poller::Readable; }
    void setWatching(bool on);

    PollWatch m_watch;
    QTimer *m_retryTimer = nullptr;
    bool m_stalled = false;
};

} // namespace Sockbench
