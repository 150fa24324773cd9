#pragma once

#include "stream/endpoint.h"

#include <QMetaType>
#include <QString>

namespace Sockbench {

/// What a capture event records: a chunk of bytes, or a step in a session's or connection's life. The values
/// are stored in Sockbench pcapng records: never renumber them. EventVocabulary names each kind.
enum class EventKind : quint8 {
    Data = 0, ///< Bytes crossed a connection; direction says which way.
    Listening = 1, ///< A server session started listening; payload: the local endpoint as text.
    StoppedListening = 2, ///< A server session stopped listening; payload: the local endpoint as text.
    Resolved = 3, ///< A client resolved a host name; payload: "name -> address, address...".
    Connecting = 4, ///< A client started connecting; payload: the endpoint tried.
    Connected = 5, ///< A client connection is established.
    Accepted = 6, ///< A server accepted a connection.
    PeerHalfClosed = 7, ///< The peer sent FIN: it will send nothing more.
    LocalHalfClosed = 8, ///< We sent FIN: we will send nothing more.
    Closed = 9, ///< The connection is closed in both directions.
    Error = 10, ///< Something failed; payload: the message (UTF-8).
    Tls = 11, ///< A step in a TLS connection's life (handshake, verification, close_notify); payload: words.
};

enum class Direction : quint8 {
    None, ///< Lifecycle events.
    Inbound, ///< Peer to us.
    Outbound, ///< Us to peer.
};

/// Why a row's payload is not there although its size says it had bytes. The values are stored in Sockbench
/// pcapng records: never renumber them. Transcripts write the reason and the byte count, never an empty
/// payload in its place.
enum class PayloadLoss : quint8 {
    None = 0, ///< The payload is kept (or was empty).
    Lost = 1, ///< It could not be kept: the capture spool could not be written (disk full...).
    Dropped = 2, ///< It was dropped to stay within the capture budget (the oldest payloads go first).
};

/// One row of the capture index. Payload bytes live in the spool; the row says where.
struct CaptureEvent
{
    qint64 monotonicNs = 0; ///< Steady clock, for intervals and ordering.
    qint64 wallClockNs = 0; ///< Nanoseconds since the Unix epoch (UTC), for display and transcripts.
    qint64 payloadOffset = 0; ///< Offset of the payload in the spool.
    quint32 payloadSize = 0;
    quint32 sessionId = 0;
    quint32 connectionId = 0; ///< 0 for session-level events (listening, resolving...).
    EventKind kind = EventKind::Data;
    Direction direction = Direction::None;
    /// Set on rows appended without their payload (appendMissingAt(): a transcript said it was lost);
    /// CaptureStore::payloadLoss() also knows payloads lost after the row was written.
    PayloadLoss payloadLoss = PayloadLoss::None;
};

enum class SessionRole : quint8 { Client, Server };

/// Facts about a session that outlive it: for views, transcripts and replay.
struct SessionInfo
{
    quint32 id = 0;
    SessionRole role = SessionRole::Client;
    QString name; ///< "Client 127.0.0.1:9999", "Echo server 127.0.0.1:9999"...
    qint64 startedWallClockNs = 0;
    friend bool operator==(const SessionInfo &, const SessionInfo &) = default;
};

/// What carries a connection's bytes. The values are stored in Sockbench pcapng records: never renumber them.
enum class Transport : quint8 {
    Tcp = 0, ///< A byte stream: chunks are as the transport delivered them.
    Udp = 1, ///< Datagrams: each Data event is one datagram, whole (an empty one too).
};

/// Facts about a connection that outlive it: its endpoints, for views and transcripts (pcapng needs them).
struct ConnectionInfo
{
    quint32 id = 0;
    quint32 sessionId = 0;
    Endpoint local;
    Endpoint peer;
    Transport transport = Transport::Tcp;
    friend bool operator==(const ConnectionInfo &, const ConnectionInfo &) = default;
};

} // namespace Sockbench

Q_DECLARE_METATYPE(Sockbench::CaptureEvent)
