#pragma once

#include "endpoint.h"

#include <sys/socket.h>

namespace Sockbench {

/// Conversions between POSIX socket addresses and Endpoint, for code that drives descriptors itself.
struct SocketAddress
{
    static Endpoint fromSockaddr(const sockaddr *address);
    static Endpoint local(int descriptor);
    static Endpoint peer(int descriptor);
    /// Fills storage for address:port; returns the length to pass to connect()/bind().
    static socklen_t toSockaddr(const Endpoint &endpoint, sockaddr_storage *storage);
};

} // namespace Sockbench
