#include "datagramsocket.h"

#include "socketaddress.h"

#include <QTimer>

#include <linux/sock_diag.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_MEMINFO
#define SO_MEMINFO 55
#endif

namespace Sockbench {

namespace {

// Datagrams one recvmmsg() takes. 64 at 65,536 bytes is a 4 MiB buffer, reused for the socket's life.
constexpr int BatchSize = 64;
// Batches read into the backlog per turn at most: 8,192 datagrams, what a 300,000-a-second flood brings in
// 27 ms, so one turn of a busy window's event loop (a repaint, a batch of rows) is taken whole.
constexpr int ReadBatchesPerTurn = 128;
// Emitting from the backlog stops after this long in one turn; the rest goes on the next, after the views.
constexpr qint64 DeliverSliceNs = 4 * 1000 * 1000;
// What a backlog entry costs beyond its bytes: the entry, the QByteArray's header, malloc's rounding.
constexpr qint64 EntryOverhead = 96;

qint64 monotonicNs()
{
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString errnoText(int error)
{
    const StreamError kind = StreamErrorText::fromErrno(error);
    return kind == StreamError::Other ? QString::fromLocal8Bit(std::strerror(error))
                                      : StreamErrorText::describe(kind);
}

} // namespace

struct DatagramSocket::Batch
{
    explicit Batch(int slotSize)
        : slot(slotSize)
        , buffer(new char[size_t(slotSize) * BatchSize])
    {
        for (int i = 0; i < BatchSize; ++i) {
            iov[i].iov_base = buffer.get() + size_t(slotSize) * i;
            iov[i].iov_len = size_t(slotSize);
        }
    }
    void reset()
    {
        std::memset(messages, 0, sizeof messages);
        for (int i = 0; i < BatchSize; ++i) {
            msghdr &h = messages[i].msg_hdr;
            h.msg_name = &from[i];
            h.msg_namelen = sizeof from[i];
            h.msg_iov = &iov[i];
            h.msg_iovlen = 1;
            h.msg_control = control[i];
            h.msg_controllen = sizeof control[i];
        }
    }

    int slot = 0;
    std::unique_ptr<char[]> buffer;
    mmsghdr messages[BatchSize];
    iovec iov[BatchSize];
    sockaddr_storage from[BatchSize];
    alignas(cmsghdr) char control[BatchSize][CMSG_SPACE(sizeof(quint32))];
};

DatagramSocket::DatagramSocket(QObject *parent)
    : QObject(parent)
{ }

DatagramSocket::~DatagramSocket()
{
    close();
}

bool DatagramSocket::bind(const Endpoint &endpoint)
{
    close();
    m_error = StreamError::None;
    m_errorString.clear();
    m_family = endpoint.address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    m_fd = ::socket(m_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_UDP);
    if (m_fd < 0)
        return failWith(errno, tr("cannot open a UDP socket"));
    const int one = 1;
    // The kernel then says with every read how many datagrams it dropped for want of buffer.
    ::setsockopt(m_fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one);
    if (m_family == AF_INET6 && endpoint.address == QHostAddress(QHostAddress::AnyIPv6))
        ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    sockaddr_storage storage;
    const socklen_t length = SocketAddress::toSockaddr(endpoint, &storage);
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        return failWith(error, tr("cannot bind %1").arg(endpoint.toString()));
    }
    m_local = SocketAddress::local(m_fd);
    watch();
    return true;
}

bool DatagramSocket::connectTo(const Endpoint &peer)
{
    if (m_fd < 0)
        return false;
    sockaddr_storage storage;
    const socklen_t length = SocketAddress::toSockaddr(peer, &storage);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0)
        return failWith(errno, tr("cannot connect to %1").arg(peer.toString()));
    m_connected = true;
    m_connectedPeer = peer;
    m_local = SocketAddress::local(m_fd); // the kernel chose the source address now
    return true;
}

void DatagramSocket::close()
{
    if (m_fd < 0)
        return;
    unwatch();
    ::close(m_fd);
    m_fd = -1;
    m_connected = false;
    m_queue.clear();
    m_queuedBytes = 0;
    // What was read and not yet emitted goes with the socket, as what its kernel buffer held does.
    m_backlog.clear();
    m_backlogBytes = 0;
    m_backlogFull = false;
}

bool DatagramSocket::setBroadcast(bool enabled)
{
    const int value = enabled ? 1 : 0;
    if (m_fd < 0 || ::setsockopt(m_fd, SOL_SOCKET, SO_BROADCAST, &value, sizeof value) != 0)
        return failWith(m_fd < 0 ? EBADF : errno, tr("cannot allow broadcast"));
    return true;
}

static bool multicast(int fd, int family, const QHostAddress &group, const QString &interfaceName, bool join)
{
    const unsigned index
        = interfaceName.isEmpty() ? 0 : ::if_nametoindex(interfaceName.toLocal8Bit().constData());
    if (!interfaceName.isEmpty() && index == 0) {
        errno = ENODEV;
        return false;
    }
    if (family == AF_INET6) {
        ipv6_mreq request {};
        const Q_IPV6ADDR bytes = group.toIPv6Address();
        std::memcpy(&request.ipv6mr_multiaddr, bytes.c, 16);
        request.ipv6mr_interface = index;
        return ::setsockopt(
                   fd, IPPROTO_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP, &request, sizeof request)
            == 0;
    }
    ip_mreqn request {};
    request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
    request.imr_ifindex = int(index);
    if (join && index) // our own datagrams to the group go out of the same interface
        ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &request, sizeof request);
    return ::setsockopt(
               fd, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &request, sizeof request)
        == 0;
}

bool DatagramSocket::joinMulticast(const QHostAddress &group, const QString &interfaceName)
{
    if (m_fd < 0 || !group.isMulticast()
        || (group.protocol() == QAbstractSocket::IPv6Protocol) != (m_family == AF_INET6))
        return failWith(EINVAL, tr("cannot join %1").arg(group.toString()));
    if (!multicast(m_fd, m_family, group, interfaceName, true))
        return failWith(errno, tr("cannot join %1").arg(group.toString()));
    return true;
}

bool DatagramSocket::leaveMulticast(const QHostAddress &group, const QString &interfaceName)
{
    if (m_fd < 0 || !multicast(m_fd, m_family, group, interfaceName, false))
        return failWith(m_fd < 0 ? EBADF : errno, tr("cannot leave %1").arg(group.toString()));
    return true;
}

int DatagramSocket::setReceiveBufferSize(int bytes)
{
    if (m_fd < 0)
        return 0;
    // SO_RCVBUFFORCE passes net.core.rmem_max (4 MiB here, 208 KiB on many systems) when we may; otherwise
    // the kernel caps SO_RCVBUF there. A 16 MiB buffer holds about 0.2 s of a 64-byte flood at full speed.
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &bytes, sizeof bytes) != 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
    return receiveBufferSize();
}

int DatagramSocket::receiveBufferSize() const
{
    int value = 0;
    socklen_t length = sizeof value;
    if (m_fd < 0 || ::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &value, &length) != 0)
        return 0;
    return value;
}

void DatagramSocket::setMaxDatagramSize(int bytes)
{
    m_slotSize = qBound(1, bytes, 65536);
    m_batch.reset();
}

bool DatagramSocket::sendTo(const QByteArray &datagram, const Endpoint &destination)
{
    if (m_fd < 0)
        return false;
    // Order is kept: once one waits, the later ones wait behind it.
    if (m_queue.empty()) {
        const int sent = sendNow(datagram, destination);
        if (sent != 0)
            return true; // a failure was reported; the datagram is gone, as the network would lose it
    }
    m_queue.push_back(Pending { datagram, destination });
    m_queuedBytes += datagram.size();
    updateWatch();
    return true;
}

int DatagramSocket::sendNow(const QByteArray &datagram, const Endpoint &destination)
{
    ssize_t n;
    if (m_connected || !destination.isValid()) {
        n = ::send(m_fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL);
    } else {
        sockaddr_storage storage;
        const socklen_t length = SocketAddress::toSockaddr(destination, &storage);
        n = ::sendto(m_fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL,
            reinterpret_cast<sockaddr *>(&storage), length);
    }
    if (n >= 0)
        return 1;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)
        return 0;
    reportErrno(errno, m_connected ? m_connectedPeer : destination);
    return -1;
}

void DatagramSocket::setReadPaused(bool paused)
{
    m_readPaused = paused;
    updateWatch();
}

void DatagramSocket::onPollReady(Poller::Event event)
{
    if (event == Poller::Readable)
        serve();
    else
        onWritable();
}

void DatagramSocket::serve()
{
    // Once the backlog holds datagrams, the resume timer drives this, once a turn, instead of the poller:
    // both would serve twice a turn, and the backlog goes first anyway.
    readAhead();
    deliverSlice();
    updateWatch();
}

void DatagramSocket::readAhead()
{
    if (!m_batch)
        m_batch = std::make_unique<Batch>(m_slotSize);
    Batch &batch = *m_batch;
    for (int round = 0; round < ReadBatchesPerTurn && m_fd >= 0 && !m_readPaused && !m_backlogFull; ++round) {
        batch.reset();
        // MSG_TRUNC: each message's length is the datagram's true size, even when the slot was smaller.
        const int count = ::recvmmsg(m_fd, batch.messages, BatchSize, MSG_DONTWAIT | MSG_TRUNC, nullptr);
        if (count < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            // Told after the datagrams that came before it (connected mode: a refusal ends the session).
            m_backlog.push_back(Received { {}, m_connectedPeer, 0, errno });
            m_backlogBytes += EntryOverhead;
            return;
        }
        quint64 drops = m_kernelDrops;
        for (int i = 0; i < count; ++i) {
            const msghdr &h = batch.messages[i].msg_hdr;
            for (cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(const_cast<msghdr *>(&h), c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                    quint32 value = 0;
                    std::memcpy(&value, CMSG_DATA(c), sizeof value);
                    drops = value;
                }
            }
        }
        noteDrops(drops);
        for (int i = 0; i < count; ++i) {
            const msghdr &h = batch.messages[i].msg_hdr;
            const qint64 size = batch.messages[i].msg_len;
            const int kept = int(qMin<qint64>(size, batch.slot));
            const QByteArrayView raw(reinterpret_cast<const char *>(&batch.from[i]), h.msg_namelen);
            if (raw != QByteArrayView(m_lastFromRaw)) {
                m_lastFromRaw = raw.toByteArray();
                m_lastFrom = SocketAddress::fromSockaddr(reinterpret_cast<const sockaddr *>(&batch.from[i]));
            }
            m_backlog.push_back(Received {
                QByteArray(static_cast<const char *>(batch.iov[i].iov_base), kept), m_lastFrom, size });
            m_backlogBytes += kept + EntryOverhead;
        }
        if (m_backlogBytes >= m_backlogLimit)
            m_backlogFull = true;
        if (count < BatchSize) {
            // Drained. A datagram carries the drop count of when it was queued, so drops after the last one
            // queued show only with the next: ask the socket itself now (SO_MEMINFO, Linux 4.6).
            quint32 meminfo[SK_MEMINFO_VARS] = {};
            socklen_t length = sizeof meminfo;
            if (::getsockopt(m_fd, SOL_SOCKET, SO_MEMINFO, meminfo, &length) == 0
                && length >= socklen_t(sizeof(quint32) * (SK_MEMINFO_DROPS + 1)))
                noteDrops(meminfo[SK_MEMINFO_DROPS]);
            return;
        }
    }
}

void DatagramSocket::deliverSlice()
{
    const qint64 started = monotonicNs();
    int emitted = 0;
    // Taken off the backlog before it is emitted: a handler that runs a nested event loop may serve the
    // next ones meanwhile, and the order stays.
    while (!m_backlog.empty() && m_fd >= 0 && !m_readPaused) {
        const Received next = std::move(m_backlog.front());
        m_backlog.pop_front();
        m_backlogBytes -= next.data.size() + EntryOverhead;
        if (next.error != 0)
            reportErrno(next.error, next.from);
        else
            Q_EMIT datagramReceived(next.data, next.from, next.size);
        if (++emitted % 64 == 0 && monotonicNs() - started >= DeliverSliceNs)
            break;
    }
    // Reading resumes as soon as an eighth is free, not half: sockbench-udpflood's 1,400-byte bursts filled
    // the backlog (44,272 of 44,858 datagrams at its peak), and while half of it was delivered the kernel's
    // buffer, a tenth of a second of the flood, filled and dropped.
    if (m_backlogFull && m_backlogBytes < m_backlogLimit - m_backlogLimit / 8)
        m_backlogFull = false;
}

void DatagramSocket::noteDrops(quint64 total)
{
    if (total <= m_kernelDrops)
        return;
    m_kernelDrops = total;
    Q_EMIT kernelDropsChanged(total);
}

void DatagramSocket::onWritable()
{
    while (!m_queue.empty() && m_fd >= 0) {
        const Pending &head = m_queue.front();
        const int sent = sendNow(head.data, head.destination);
        if (sent == 0)
            break;
        const Pending done = head;
        m_queue.pop_front();
        m_queuedBytes -= done.data.size();
        if (sent > 0)
            Q_EMIT datagramSent(done.destination, done.data.size());
    }
    updateWatch();
}

void DatagramSocket::reportErrno(int error, const Endpoint &peer)
{
    Q_EMIT errorOccurred(StreamErrorText::fromErrno(error), errnoText(error), peer);
}

bool DatagramSocket::failWith(int error, const QString &what)
{
    m_error = StreamErrorText::fromErrno(error);
    m_errorString = what + QLatin1String(": ") + errnoText(error);
    return false;
}

void DatagramSocket::watch()
{
    // The thread's Poller, as TcpStream: one epoll set per thread instead of a notifier pair per socket.
    m_watch.start(m_fd, [this](Poller::Event event) { onPollReady(event); });
    if (!m_resume) {
        m_resume = new QTimer(this);
        m_resume->setInterval(0);
        m_resume->setSingleShot(true);
        connect(m_resume, &QTimer::timeout, this, &DatagramSocket::serve);
    }
    updateWatch();
}

void DatagramSocket::updateWatch()
{
    if (m_fd < 0 || !m_watch.isStarted())
        return;
    // While the backlog holds datagrams the resume timer serves it (reading ahead too), once a turn; the
    // poller wakes us only when it is empty.
    const bool backlog = !m_backlog.empty() && !m_readPaused;
    Poller::Events interest;
    if (!m_readPaused && !m_backlogFull && !backlog)
        interest |= Poller::Readable;
    if (!m_queue.empty())
        interest |= Poller::Writable;
    m_watch.setInterest(interest);
    if (backlog && !m_resume->isActive())
        m_resume->start();
    else if (!backlog && m_resume->isActive())
        m_resume->stop();
}

void DatagramSocket::unwatch()
{
    // Safe from inside the poller's call: it drops whatever it still had for this watch.
    m_watch.stop();
    if (m_resume)
        m_resume->stop();
}

} // namespace Sockbench
