#pragma once

#include "capture/captureevent.h"
#include "packetdissector.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Sockbench {

class CaptureStore;

/// Rebuilds TCP conversations from captured segments in file order, for captures Sockbench did not write.
/// UDP datagrams become conversations too, one per 4-tuple (its local side the first sender), each datagram
/// one data event, an empty one included.
///
/// One imported client session; one connection per TCP 4-tuple, whose local side is the one that sent the SYN
/// (or, mid-stream, the first packet); payloads as data events with retransmitted bytes dropped (gaps are not
/// filled); FIN as half-closes and RST as an error. Sessions and connections are described in the store;
/// events go through the append function, so the reader counts them and watches the spool.
class TcpReassembler final
{
public:
    using Append = std::function<void(qint64 ns, EventKind kind, Direction direction, quint32 session,
        quint32 connection, const QByteArray &payload)>;

    TcpReassembler(CaptureStore *store, Append append);

    /// The file's name, for the imported session's name ("Imported capture.pcap").
    void setSourceName(const QString &name) { m_sourceName = name; }
    /// Takes the next segment, captured at ns (wall clock, nanoseconds).
    void add(const TcpSegment &segment, qint64 ns);
    /// Connections seen so far.
    int connectionCount() const { return int(m_conversations.size()); }

private:
    struct Conversation
    {
        quint32 id = 0;
        Endpoint local;
        Endpoint peer;
        quint32 next[2] = { 0, 0 }; ///< Next expected sequence number, from local [0] and from peer [1].
        bool synced[2] = { false, false };
        bool fin[2] = { false, false };
        bool closed = false;
        bool udp = false;
    };

    CaptureStore *m_store = nullptr;
    Append m_append;
    QHash<QString, Conversation> m_conversations;
    quint32 m_nextConnectionId = 1;
    QString m_sourceName;
};

} // namespace Sockbench
