#include "tcpstream.h"

#include "socketaddress.h"

#include <QTimerEvent>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockbench {

namespace {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

TcpStream::TcpStream(qintptr descriptor, QObject *parent)
    : ByteStream(parent)
    , m_fd(int(descriptor))
{
    // Accepted and connected descriptors come non-blocking already (accept4, socket with SOCK_NONBLOCK): with
    // 10,000 short connections every system call per connection counts (strace -c, bench/connections.sh).
    if (const int flags = ::fcntl(m_fd, F_GETFL); flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    const int one = 1;
    // A workbench is interactive: a typed line should leave at once, not wait for Nagle.
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_local = SocketAddress::local(m_fd);
    m_peer = SocketAddress::peer(m_fd);

    m_watch.start(m_fd, [this](Poller::Event event) { onPollReady(event); });
    updateInterest();
}

TcpStream::~TcpStream()
{
    releaseDescriptor();
}

bool TcpStream::write(const QByteArray &data)
{
    if (!isWriteOpen() || m_fd < 0)
        return false;
    if (data.isEmpty())
        return true;
    m_queue.push_back(data);
    m_queuedBytes += data.size();
    // Errors are reported from the notifier, never from inside write(): callers stay re-entrancy safe.
    if (m_queue.size() == 1)
        sendQueued();
    updateInterest();
    return true;
}

void TcpStream::shutdownWrite()
{
    if (!isWriteOpen())
        return;
    markWriteClosing();
    m_shutdownPending = true;
    finishWriteSideIfDrained();
}

void TcpStream::close()
{
    if (state() == State::Closed)
        return;
    markWriteClosing();
    m_closePending = true;
    finishWriteSideIfDrained();
}

void TcpStream::abort()
{
    if (m_fd >= 0) {
        const linger resetOnClose { 1, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
    }
    m_queue.clear();
    m_queuedBytes = 0;
    releaseDescriptor();
    markClosed();
}

void TcpStream::setReadPaused(bool paused)
{
    m_readPaused = paused;
    updateInterest();
}

void TcpStream::onReadable()
{
    if (m_fd < 0)
        return;
    int available = 0;
    // Reading whole chunks, the kernel woke us for one (or for the end of input): no need to ask.
    if (!m_wholeChunks)
        ::ioctl(m_fd, FIONREAD, &available);
    // Allocate what is there (bounded), so a 5-byte message does not pin a 256 KiB buffer downstream.
    const int size = m_wholeChunks ? m_maxChunkSize : available > 0 ? qMin(available, m_maxChunkSize) : 4096;
    QByteArray chunk(size, Qt::Uninitialized);
    const ssize_t n = ::recv(m_fd, chunk.data(), size_t(size), 0);
    if (n > 0) {
        if (n < size)
            chunk.truncate(int(n));
        noteRead(n, available);
        Q_EMIT received(chunk);
        return;
    }
    if (n == 0) {
        // No shutdown(SHUT_RD): nothing can follow a FIN, and we stop watching for reads below.
        markPeerHalfClosed();
        if (state() == State::Closed)
            releaseDescriptor();
        else
            updateInterest();
        return;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return;
    failWithErrno(errno);
}

void TcpStream::noteRead(qint64 bytes, int available)
{
    // A read per event-loop turn takes what arrived since the last turn: in the window a socat flood was
    // read in chunks of 48 KiB on average (a quiet run: 131,404 events for 6.2 GiB), each costing a turn, a
    // capture row, a spool block and a wake-up of the spool's thread. Reads that keep coming back to back,
    // or a read that found more than a chunk waiting (we are behind: on a loaded machine turns come too
    // far apart to be back to back), mean a flood: from then on the kernel wakes us only for a whole chunk
    // (or the end of input, or an error: SO_RCVLOWAT does not hold those back), until no read came for
    // FloodIdleMs.
    if (m_wholeChunks) {
        // Restarted by every read (a timer restart is a list update, no system call and no event-loop turn),
        // so it fires only once reads stop.
        m_idleTimer.start(FloodIdleMs, Qt::PreciseTimer, this);
        return;
    }
    const qint64 now = steadyNowNs();
    const bool backToBack = now - m_lastReadNs < qint64(FloodIdleMs) * 1000000;
    m_lastReadNs = now;
    m_burstBytes = backToBack ? m_burstBytes + bytes : bytes;
    if (m_burstBytes < qint64(FloodBurstChunks) * m_maxChunkSize && available <= m_maxChunkSize)
        return;
    // A mark above a quarter of the receive buffer would shrink the window the peer may fill (the kernel
    // grows the buffer to twice the mark and clamps the window to it when the buffer is smaller).
    int buffer = 0;
    socklen_t length = sizeof buffer;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &buffer, &length) != 0)
        return;
    const int lowWater = std::min(m_maxChunkSize, buffer / 4);
    if (lowWater <= 1 || ::setsockopt(m_fd, SOL_SOCKET, SO_RCVLOWAT, &lowWater, sizeof lowWater) != 0)
        return;
    m_wholeChunks = true;
    m_idleTimer.start(FloodIdleMs, Qt::PreciseTimer, this);
}

void TcpStream::stopWholeChunks()
{
    m_idleTimer.stop();
    if (!m_wholeChunks)
        return;
    m_wholeChunks = false;
    if (m_fd >= 0) {
        const int one = 1;
        // Lowering the mark makes the kernel check at once whether a reader should wake (tcp_set_rcvlowat).
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVLOWAT, &one, sizeof one);
    }
}

void TcpStream::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_idleTimer.timerId()) {
        ByteStream::timerEvent(event);
        return;
    }
    // No read for FloodIdleMs: the flood stopped or slowed below a chunk a period. What is left, less than a
    // chunk, is read now, and later bytes as they come.
    stopWholeChunks();
}

void TcpStream::onWritable()
{
    if (!sendQueued())
        return;
    finishWriteSideIfDrained();
    updateInterest();
}

bool TcpStream::sendQueued()
{
    while (!m_queue.empty() && m_fd >= 0) {
        const QByteArray &head = m_queue.front();
        const ssize_t n
            = ::send(m_fd, head.constData() + m_headSent, size_t(head.size() - m_headSent), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                compactHead();
                return true;
            }
            // Let the poller report it (the next send fails the same way), outside the caller's stack (see
            // write()).
            if (!(m_watch.interest() & Poller::Writable)) {
                if (const int error = m_watch.setInterest(m_watch.interest() | Poller::Writable); error != 0)
                    failSoon(error);
                return true;
            }
            failWithErrno(errno);
            return false;
        }
        m_headSent += n;
        m_queuedBytes -= n;
        if (m_headSent == head.size()) {
            m_queue.pop_front();
            m_headSent = 0;
        }
        Q_EMIT bytesWritten(n);
    }
    return true;
}

void TcpStream::compactHead()
{
    // The kernel took part of the head and no more for now: what it took is still held in memory, though
    // bytesToWrite() (what HeldBytes counts) no longer says so. With 1,000 peers that never read, each
    // connection kept a partly sent chunk of up to 256 KiB, and RSS passed the bound plus baseline by 29 MiB
    // (bench/connections.sh hold). So the rest is copied out and the chunk freed: always for a chunk the size
    // of a read (at most one copy per time the kernel fills), for larger writes once at least half has gone
    // (so the copies of one write add up to less than its size).
    if (m_queue.empty() || m_headSent == 0)
        return;
    QByteArray &head = m_queue.front();
    const qint64 rest = head.size() - m_headSent;
    if (head.size() > 4 * qint64(m_maxChunkSize) && m_headSent < rest)
        return;
    head = QByteArray(head.constData() + m_headSent, rest);
    m_headSent = 0;
}

void TcpStream::finishWriteSideIfDrained()
{
    if (!m_queue.empty() || m_fd < 0)
        return;
    if (m_closePending) {
        // Closing a socket that holds unread bytes makes the kernel answer with a reset, which can drop what
        // we still have in flight. So: end our side (FIN after the last byte), take what has arrived (it is
        // recorded like any chunk), then close.
        ::shutdown(m_fd, SHUT_WR);
        drainReceived();
        releaseDescriptor();
        markClosed();
        return;
    }
    if (m_shutdownPending) {
        m_shutdownPending = false;
        ::shutdown(m_fd, SHUT_WR);
        markWriteShutDown();
        if (state() == State::Closed)
            releaseDescriptor();
    }
}

void TcpStream::drainReceived()
{
    // Bounded: a peer that floods us while we close gets a reset after this much, as it would anyway.
    qint64 budget = 16 * 1024 * 1024;
    while (m_fd >= 0 && budget > 0) {
        int available = 0;
        if (::ioctl(m_fd, FIONREAD, &available) != 0 || available <= 0)
            return;
        const int size = int(qMin<qint64>(qMin(available, m_maxChunkSize), budget));
        QByteArray chunk(size, Qt::Uninitialized);
        const ssize_t n = ::recv(m_fd, chunk.data(), size_t(size), 0);
        if (n <= 0)
            return;
        chunk.truncate(int(n));
        budget -= n;
        Q_EMIT received(chunk);
    }
}

void TcpStream::failWithErrno(int error)
{
    const StreamError kind = StreamErrorText::fromErrno(error);
    const QString message = kind == StreamError::Other ? QString::fromLocal8Bit(std::strerror(error))
                                                       : StreamErrorText::describe(kind);
    releaseDescriptor();
    // Nothing queued will ever leave now: say so before anyone hears of the failure and tries to write.
    m_queue.clear();
    m_queuedBytes = 0;
    m_headSent = 0;
    markWriteClosing();
    fail(kind, message);
}

void TcpStream::releaseDescriptor()
{
    if (m_fd < 0)
        return;
    // Out of the epoll set before the descriptor closes (a closed descriptor would leave it only once every
    // duplicate is closed too). Safe inside our own handler: the poller drops what is still pending for us.
    m_watch.stop();
    m_idleTimer.stop();
    m_wholeChunks = false;
    ::close(m_fd);
    m_fd = -1;
}

qintptr TcpStream::takeDescriptor()
{
    if (m_fd < 0 || m_queuedBytes > 0 || !isOpen())
        return -1;
    stopWholeChunks(); // the new owner must hear of every byte
    m_watch.stop(); // the new owner watches it from now on
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

void TcpStream::updateInterest()
{
    if (m_fd < 0)
        return;
    Poller::Events wanted;
    if (isReadOpen() && !m_readPaused)
        wanted |= Poller::Readable;
    if (!m_queue.empty())
        wanted |= Poller::Writable;
    if (const int error = m_watch.setInterest(wanted); error != 0)
        failSoon(error);
}

void TcpStream::onPollReady(Poller::Event event)
{
    if (event == Poller::Readable)
        onReadable();
    else
        onWritable();
}

void TcpStream::failSoon(int error)
{
    // The epoll set refused the descriptor (ENOMEM, or ENOSPC at the user's watch limit): nothing would wake
    // this stream again, so it fails, from the event loop (we may be inside write()).
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_fd >= 0)
                failWithErrno(error);
        },
        Qt::QueuedConnection);
}

} // namespace Sockbench
