#pragma once

#include <QMetaType>
#include <QString>

namespace Sockbench {

/// Where a session of any kind stands, in one vocabulary: views map each value to a word, an icon and a
/// tooltip, and never ask which kind of session they show.
enum class SessionStatus {
    Idle, ///< Made but not started.
    Resolving, ///< Looking a host name up.
    Connecting, ///< Trying an address.
    Connected, ///< Its connection is open (possibly half-closed: the connection says which side).
    Listening, ///< Accepting new connections.
    Stopped, ///< No longer accepting connections; the ones it has may stay open.
    Closed, ///< Its connection ended, or connecting was cancelled.
    Failed, ///< Could not start: Session::error() and errorString() say why.
};

/// One stable, untranslated key per status ("idle", "resolving", ... "failed"), for machine-readable output.
QLatin1String sessionStatusKey(SessionStatus status);

} // namespace Sockbench

Q_DECLARE_METATYPE(Sockbench::SessionStatus)
