#include "datagramsocket.h"

#include "socketaddress.h"

#include <QSocketNotifier>

#include <linux/sock_diag.h>

#include <cerrno>
#include <cstring>
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
// Batches read per readiness before the event loop gets its turn back: 1,024 datagrams, about 3 ms of a
// 300,000-a-second flood, so a window stays responsive while the socket still drains faster than it fills.
constexpr int BatchesPerWake = 16;

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

void DatagramSocket::onReadable()
{
    if (!m_batch)
        m_batch = std::make_unique<Batch>(m_slotSize);
    Batch &batch = *m_batch;
    for (int round = 0; round < BatchesPerWake && m_fd >= 0 && !m_readPaused; ++round) {
        batch.reset();
        // MSG_TRUNC: each message's length is the datagram's true size, even when the slot was smaller.
        const int count = ::recvmmsg(m_fd, batch.messages, BatchSize, MSG_DONTWAIT | MSG_TRUNC, nullptr);
        if (count < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            reportErrno(errno, m_connectedPeer);
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
        for (int i = 0; i < count && m_fd >= 0; ++i) {
            const msghdr &h = batch.messages[i].msg_hdr;
            const qint64 size = batch.messages[i].msg_len;
            const int kept = int(qMin<qint64>(size, batch.slot));
            const QByteArrayView raw(reinterpret_cast<const char *>(&batch.from[i]), h.msg_namelen);
            if (raw != QByteArrayView(m_lastFromRaw)) {
                m_lastFromRaw = raw.toByteArray();
                m_lastFrom = SocketAddress::fromSockaddr(reinterpret_cast<const sockaddr *>(&batch.from[i]));
            }
            const Endpoint from = m_lastFrom;
            Q_EMIT datagramReceived(
                QByteArray(static_cast<const char *>(batch.iov[i].iov_base), kept), from, size);
        }
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
    // A plain QSocketNotifier pair for now; the per-thread poller TcpStream moves to can take these three
    // functions over.
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &DatagramSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &DatagramSocket::onWritable);
    updateWatch();
}

void DatagramSocket::updateWatch()
{
    if (m_fd < 0 || !m_readNotifier)
        return;
    m_readNotifier->setEnabled(!m_readPaused);
    m_writeNotifier->setEnabled(!m_queue.empty());
}

void DatagramSocket::unwatch()
{
    // deleteLater: we may be inside one of their activated() signals.
    for (QSocketNotifier *notifier : { m_readNotifier, m_writeNotifier }) {
        if (!notifier)
            continue;
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
}

} // namespace Sockbench
