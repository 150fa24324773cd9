#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockbench {

/// What went wrong on a stream, connector or listener. Core reports the fact; fronts word it.
enum class StreamError {
    None,
    ConnectionRefused,
    HostNotFound,
    ConnectTimeout,
    IdleTimeout,
    NetworkUnreachable,
    HostUnreachable,
    AddressInUse,
    AddressNotAvailable,
    PermissionDenied,
    ConnectionReset,
    InvalidArgument,
    TlsHandshakeFailed, ///< The TLS handshake failed (no common version or cipher, an alert, a closed peer).
    TlsVerifyFailed, ///< The peer's certificate did not verify (expired, self-signed, name mismatch...).
    Other,
};

/// Translatable one-line descriptions of stream errors, for fronts that have no better words.
struct StreamErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::StreamErrorText)
public:
    /// A short phrase, e.g. "connection refused".
    static QString describe(StreamError error);
    /// The StreamError that best matches a POSIX errno value.
    static StreamError fromErrno(int error);
};

} // namespace Sockbench
