#pragma once

#include "stream/streamerror.h"

namespace Sockbench::Cli {

/// Exit codes of the command line, one per kind of failure, so scripts can tell them apart.
/// `sockbench --help` lists them; keep the two in step.
enum ExitCode : int {
    Success = 0,
    OtherError = 1,
    UsageError = 2, ///< A bad flag, a port out of range, a missing argument.
    HostNotFound = 3,
    ConnectionRefused = 4,
    ConnectTimeout = 5,
    Unreachable = 6, ///< Network or host unreachable.
    AddressInUse = 7,
    PermissionDenied = 8,
    AddressNotAvailable = 9,
    ConnectionReset = 10, ///< The peer reset the connection, or a socket or pipe failed mid-way.
    TlsVerifyFailed = 11, ///< The peer's certificate did not verify (expired, self-signed, wrong name...).
    TlsHandshakeFailed = 12, ///< The TLS handshake failed otherwise (no common version, an alert).
    /// The traffic went well but the transcript does not hold every payload: --capture-limit was reached, or
    /// the free space where it lives fell below the floor (its events are all there, the payloads marked).
    PayloadsNotKept = 13,
    Interrupted = 130, ///< SIGINT or SIGTERM.
};

inline ExitCode exitCodeFor(StreamError error)
{
    switch (error) {
    case StreamError::None:
        return Success;
    case StreamError::HostNotFound:
        return HostNotFound;
    case StreamError::ConnectionRefused:
        return ConnectionRefused;
    case StreamError::ConnectTimeout:
        return ConnectTimeout;
    case StreamError::NetworkUnreachable:
    case StreamError::HostUnreachable:
        return Unreachable;
    case StreamError::AddressInUse:
        return AddressInUse;
    case StreamError::PermissionDenied:
        return PermissionDenied;
    case StreamError::AddressNotAvailable:
        return AddressNotAvailable;
    case StreamError::ConnectionReset:
        return ConnectionReset;
    case StreamError::InvalidArgument:
        return UsageError;
    case StreamError::TlsVerifyFailed:
        return TlsVerifyFailed;
    case StreamError::TlsHandshakeFailed:
        return TlsHandshakeFailed;
    case StreamError::IdleTimeout:
    case StreamError::Other:
        break;
    }
    return OtherError;
}

} // namespace Sockbench::Cli
