#pragma once

#include "respond/responsesettings.h"

#include <QMetaType>

namespace Sockbench {

/// What a server session does with the bytes its connections receive: presets of its automatic responses.
enum class ServerBehaviour {
    Manual, ///< Nothing automatic: bytes go where the user sends them.
    Echo, ///< Every byte received is sent back to the connection it came from.
    Discard, ///< Bytes are recorded and dropped.
};

/// The behaviour as responses: Echo answers {{data}} to every chunk and ends its output when the client
/// ends; Discard only ends with the client; Manual does nothing.
ResponseSettings responsesFor(ServerBehaviour behaviour);

} // namespace Sockbench

Q_DECLARE_METATYPE(Sockbench::ServerBehaviour)
