#include "tcpreassembler.h"

#include "capture/capturestore.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Sockbench {

namespace {

QString tr(const char *text)
{
    // The context lupdate files these strings under (they are written in TcpReassembler's members): the one
    // the .ts files translate. "Sockbench::PcapngReader", their old one, is in none of them.
    return QCoreApplication::translate("Sockbench::TcpReassembler", text);
}

} // namespace

TcpReassembler::TcpReassembler(CaptureStore *store, Append append)
    : m_store(store)
    , m_append(std::move(append))
{ }

void TcpReassembler::add(const TcpSegment &segment, qint64 ns)
{
    constexpr quint32 Session = 1;
    if (m_conversations.isEmpty())
        m_store->describeSession(
            SessionInfo { Session, SessionRole::Client, tr("Imported %1").arg(m_sourceName), ns });
    const Endpoint source { segment.source, segment.sourcePort };
    const Endpoint destination { segment.destination, segment.destinationPort };
    const QString a = source.toString(), b = destination.toString();
    QString key = a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
    if (segment.udp) // a UDP and a TCP conversation between the same ports are two
        key += QLatin1String("|udp");
    auto it = m_conversations.find(key);
    if (it == m_conversations.end()) {
        Conversation c;
        c.id = m_nextConnectionId++;
        // The side that sent the SYN (or, mid-stream, the first packet) is "local": its bytes are outbound.
        const bool synAck
            = !segment.udp && (segment.flags & TcpSegment::Syn) && (segment.flags & TcpSegment::Ack);
        c.local = synAck ? destination : source;
        c.peer = synAck ? source : destination;
        c.udp = segment.udp;
        it = m_conversations.insert(key, c);
        m_store->describeConnection(
            ConnectionInfo { c.id, Session, c.local, c.peer, segment.udp ? Transport::Udp : Transport::Tcp });
        m_append(ns, EventKind::Connected, Direction::None, Session, c.id, c.peer.toString().toUtf8());
    }
    Conversation &c = *it;
    const int side = source == c.local ? 0 : 1;
    const Direction direction = side == 0 ? Direction::Outbound : Direction::Inbound;
    if (c.udp) {
        m_append(ns, EventKind::Data, direction, Session, c.id, segment.payload.toByteArray());
        return;
    }
    if (segment.flags & TcpSegment::Syn) {
        c.next[side] = segment.seq + 1;
        c.synced[side] = true;
        return;
    }
    if (!c.synced[side]) {
        c.next[side] = segment.seq;
        c.synced[side] = true;
    }
    QByteArrayView payload = segment.payload;
    const qint32 ahead = qint32(c.next[side] - segment.seq); // bytes of this segment already seen
    if (ahead > 0)
        payload = ahead >= payload.size() ? QByteArrayView() : payload.sliced(ahead);
    if (!payload.isEmpty()) {
        m_append(ns, EventKind::Data, direction, Session, c.id, payload.toByteArray());
        c.next[side] = segment.seq + quint32(std::max<qint32>(ahead, 0)) + quint32(payload.size());
    }
    if ((segment.flags & TcpSegment::Fin) && !c.fin[side]) {
        c.fin[side] = true;
        c.next[side] += 1;
        m_append(ns, side == 0 ? EventKind::LocalHalfClosed : EventKind::PeerHalfClosed, Direction::None,
            Session, c.id, {});
        if (c.fin[0] && c.fin[1] && !c.closed) {
            c.closed = true;
            m_append(ns, EventKind::Closed, Direction::None, Session, c.id, {});
        }
    }
    if ((segment.flags & TcpSegment::Rst) && !c.closed) {
        c.closed = true;
        m_append(ns, EventKind::Error, Direction::None, Session, c.id,
            (side == 0 ? tr("reset by the local side") : tr("connection reset by peer")).toUtf8());
        m_append(ns, EventKind::Closed, Direction::None, Session, c.id, {});
    }
}

} // namespace Sockbench
