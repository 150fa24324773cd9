#pragma once

#include <QMetaType>

namespace Sockbench {

/// What a server session does with the bytes its connections receive.
enum class ServerBehaviour {
    Manual, ///< Nothing automatic: bytes go where the user sends them.
    Echo, ///< Every byte received is sent back to the connection it came from.
    Discard, ///< Bytes are recorded and dropped.
};

} // namespace Sockbench

Q_DECLARE_METATYPE(Sockbench::ServerBehaviour)
