#include "streamerror.h"

#include <cerrno>

namespace Sockbench {

QString StreamErrorText::describe(StreamError error)
{
    switch (error) {
    case StreamError::None:
        return tr("no error");
    case StreamError::ConnectionRefused:
        return tr("connection refused");
    case StreamError::HostNotFound:
        return tr("host not found");
    case StreamError::ConnectTimeout:
        return tr("connection timed out");
    case StreamError::IdleTimeout:
        return tr("idle timeout");
    case StreamError::NetworkUnreachable:
        return tr("network unreachable");
    case StreamError::HostUnreachable:
        return tr("host unreachable");
    case StreamError::AddressInUse:
        return tr("address already in use");
    case StreamError::AddressNotAvailable:
        return tr("address not available on this machine");
    case StreamError::PermissionDenied:
        return tr("permission denied");
    case StreamError::ConnectionReset:
        return tr("connection reset by peer");
    case StreamError::InvalidArgument:
        return tr("invalid argument");
    case StreamError::TlsHandshakeFailed:
        return tr("TLS handshake failed");
    case StreamError::TlsVerifyFailed:
        return tr("certificate verification failed");
    case StreamError::Other:
        break;
    }
    return tr("network error");
}

StreamError StreamErrorText::fromErrno(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return StreamError::ConnectionRefused;
    case ETIMEDOUT:
        return StreamError::ConnectTimeout;
    case ENETUNREACH:
    case ENETDOWN:
        return StreamError::NetworkUnreachable;
    case EHOSTUNREACH:
    case EHOSTDOWN:
        return StreamError::HostUnreachable;
    case EADDRINUSE:
        return StreamError::AddressInUse;
    case EADDRNOTAVAIL:
        return StreamError::AddressNotAvailable;
    case EACCES:
    case EPERM:
        return StreamError::PermissionDenied;
    case ECONNRESET:
    case EPIPE:
    case ECONNABORTED:
        return StreamError::ConnectionReset;
    case EINVAL:
        return StreamError::InvalidArgument;
    default:
        return StreamError::Other;
    }
}

} // namespace Sockbench
