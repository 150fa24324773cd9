#include "socketaddress.h"

#include <cstring>
#include <netinet/in.h>

namespace Sockbench {

Endpoint SocketAddress::fromSockaddr(const sockaddr *address)
{
    Endpoint endpoint;
    if (address->sa_family == AF_INET) {
        const auto *in4 = reinterpret_cast<const sockaddr_in *>(address);
        endpoint.address = QHostAddress(ntohl(in4->sin_addr.s_addr));
        endpoint.port = ntohs(in4->sin_port);
    } else if (address->sa_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(address);
        endpoint.address = QHostAddress(in6->sin6_addr.s6_addr);
        if (in6->sin6_scope_id)
            endpoint.address.setScopeId(QString::number(in6->sin6_scope_id));
        endpoint.port = ntohs(in6->sin6_port);
    }
    return endpoint;
}

Endpoint SocketAddress::local(int descriptor)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    if (::getsockname(descriptor, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return fromSockaddr(reinterpret_cast<sockaddr *>(&storage));
}

Endpoint SocketAddress::peer(int descriptor)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return fromSockaddr(reinterpret_cast<sockaddr *>(&storage));
}

socklen_t SocketAddress::toSockaddr(const Endpoint &endpoint, sockaddr_storage *storage)
{
    std::memset(storage, 0, sizeof *storage);
    if (endpoint.address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(endpoint.port);
        const Q_IPV6ADDR bytes = endpoint.address.toIPv6Address();
        std::memcpy(in6->sin6_addr.s6_addr, bytes.c, 16);
        in6->sin6_scope_id = endpoint.address.scopeId().toUInt();
        return sizeof(sockaddr_in6);
    }
    auto *in4 = reinterpret_cast<sockaddr_in *>(storage);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(endpoint.port);
    in4->sin_addr.s_addr = htonl(endpoint.address.toIPv4Address());
    return sizeof(sockaddr_in);
}

} // namespace Sockbench
