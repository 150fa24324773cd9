#pragma once

#include "codec/payloadparser.h"

#include <QMetaType>
#include <QString>

namespace Sockbench {

/// How a server answers its clients, as the user wrote it: plain values that the New Server dialog and
/// `listen`'s flags fill and Responder::create() checks. The server behaviours (echo, discard) are presets.
struct ResponseSettings
{
    /// What a rule is tested against: each chunk as it arrives, or each line (up to and with its LF).
    enum class Unit { Chunk, Line };
    /// Which units are answered.
    enum class Match {
        Any, ///< Every unit.
        Text, ///< Units containing pattern, read as escaped text (\r\n and so on).
        RegularExpression, ///< Units pattern matches, the bytes read as Latin-1 (one character a byte).
        Bytes, ///< Units containing pattern, read as hex bytes.
    };

    QString name; ///< What a server with these answers calls itself; empty: "Responding server".
    QString greeting; ///< Template sent when a client is accepted; empty: none.
    Unit unit = Unit::Chunk;
    Match match = Match::Any;
    QString pattern; ///< For Text, RegularExpression and Bytes.
    QString answer; ///< Template answered to each unit that matches; empty: none.
    PayloadMode mode = PayloadMode::Text; ///< How greeting and answer read: escaped text or hex.
    bool closeAfterAnswer = false; ///< Close the connection (after the answer is out) once it answered.
    int receiveTimeoutMs = 0; ///< Close a connection when nothing arrives this long (0: never).
    /// When the client ends its input, end ours once the answers are out (an echo server's habit).
    bool finishWithPeer = false;

    /// Nothing automatic at all (a manual server).
    bool isManual() const
    {
        return greeting.isEmpty() && answer.isEmpty() && receiveTimeoutMs <= 0 && !closeAfterAnswer
            && !finishWithPeer;
    }
    bool operator==(const ResponseSettings &) const = default;
};

} // namespace Sockbench

Q_DECLARE_METATYPE(Sockbench::ResponseSettings)
