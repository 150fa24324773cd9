#include "pcapngwriter.h"

#include "capture/eventvocabulary.h"
#include "pcapngformat.h"
#include "transcriptformat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace Sockbench {

namespace {

using namespace Pcapng;

constexpr quint8 TcpFin = 0x01;
constexpr quint8 TcpSyn = 0x02;
constexpr quint8 TcpRst = 0x04;
constexpr quint8 TcpPsh = 0x08;
constexpr quint8 TcpAck = 0x10;

/// The one's complement sum of big-endian 16-bit words (RFC 1071), not yet folded or inverted.
quint64 sumWords(const uchar *p, qsizetype n, quint64 sum = 0)
{
    // 32-bit big-endian words: 65536 = 1 modulo 65535, so they fold to the same 16-bit sum.
    while (n >= 4) {
        sum += qFromBigEndian<quint32>(p);
        p += 4;
        n -= 4;
    }
    if (n >= 2) {
        sum += qFromBigEndian<quint16>(p);
        p += 2;
        n -= 2;
    }
    if (n == 1)
        sum += quint64(*p) << 8;
    return sum;
}

/// The same sum as sumWords() for a payload, folded to 16 bits, 3.5 times as fast: at -O2 sumWords() takes
/// 1.4 GB/s of a core (one byte swap per word), the command line's transcript thread's largest cost in a
/// flood. Native (little-endian) 32-bit halves of 64-bit loads go into independent sums, and the one's
/// complement sum is byte-order independent (RFC 1071, 2(B)): swapping the folded sum's bytes gives the
/// big-endian one. Adding it folded changes nothing after foldChecksum(): the other parts are never zero.
quint64 sumPayload(const uchar *p, qsizetype n)
{
    quint64 a = 0, b = 0, c = 0, d = 0; // 32-bit words into 64 bits: no overflow below 16 GiB
    for (; n >= 16; p += 16, n -= 16) {
        quint64 x, y;
        std::memcpy(&x, p, 8);
        std::memcpy(&y, p + 8, 8);
        a += x & 0xffffffffu;
        b += x >> 32;
        c += y & 0xffffffffu;
        d += y >> 32;
    }
    quint64 sum = a + b + c + d;
    for (; n >= 4; p += 4, n -= 4) {
        quint32 w;
        std::memcpy(&w, p, 4);
        sum += w;
    }
    if (n > 0) { // the last one to three bytes, a zero after an odd one, as sumWords() pads
        uchar tail[4] = {};
        std::memcpy(tail, p, size_t(n));
        quint32 w;
        std::memcpy(&w, tail, 4);
        sum += w;
    }
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
        sum = ((sum & 0xff) << 8) | (sum >> 8);
    return sum;
}

quint16 foldChecksum(quint64 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

void putBe16(uchar *p, quint16 v)
{
    qToBigEndian(v, p);
}
void putBe32(uchar *p, quint32 v)
{
    qToBigEndian(v, p);
}

quint32 initialSequence(quint32 connectionId, quint32 salt)
{
    // Any value works; distinct per connection and side keeps Wireshark's analysis honest.
    return (connectionId * 2654435761u) ^ salt;
}

} // namespace

struct PcapngWriter::Flow
{
    bool hasIp = false;
    bool v6 = false;
    uchar localAddress[16] = {};
    uchar peerAddress[16] = {};
    quint16 localPort = 0;
    quint16 peerPort = 0;
    quint32 localSeq = 0; ///< Next sequence number we send (the SYN took the one before).
    quint32 peerSeq = 0;
    quint16 localIpId = 0;
    quint16 peerIpId = 0;
    bool udp = false; ///< Datagrams: one UDP packet each, no handshake, no FIN.
    bool opened = false;
    bool localFin = false;
    bool peerFin = false;
    bool reset = false;
};

PcapngWriter::PcapngWriter(QIODevice *device)
    : TranscriptWriter(device)
{ }

PcapngWriter::~PcapngWriter() = default;

bool PcapngWriter::writeHeader(const QString &description)
{
    BlockBuilder shb;
    shb.u32(ByteOrderMagic);
    shb.u16(1);
    shb.u16(0);
    shb.u64(~quint64(0)); // section length unknown: we stream
    const QString comment = description.isEmpty() ? QStringLiteral("Sockbench transcript")
                                                  : QStringLiteral("Sockbench transcript: ") + description;
    shb.option(OptComment, comment.toUtf8());
    shb.option(ShbOs, QSysInfo::prettyProductName().toUtf8());
    shb.option(ShbUserAppl,
        QString(QStringLiteral("Sockbench ") + QCoreApplication::applicationVersion()).trimmed().toUtf8());
    shb.u32(OptEndOfOpt);

    BlockBuilder idb;
    idb.u16(LinkTypeRaw);
    idb.u16(0);
    idb.u32(0); // no snap length limit
    idb.option(IfName, QByteArrayLiteral("sockbench"));
    idb.option(IfTsResol, QByteArray(1, char(9))); // nanoseconds
    idb.u32(OptEndOfOpt);

    return put(block(SectionHeaderBlock, shb.data())) && put(block(InterfaceDescriptionBlock, idb.data()));
}

bool PcapngWriter::writeCustom(const QByteArray &record, const QByteArray &inlinePayload)
{
    // Small records ride in a name resolution block (no names, one custom option): out of Wireshark's packet
    // list. An option holds at most 64 KiB; a bigger record takes a custom block.
    if (8 + record.size() + inlinePayload.size() <= 65535) {
        BlockBuilder nrb;
        nrb.u32(0); // nrb_record_end: no names
        QByteArray value;
        value.reserve(8 + record.size() + inlinePayload.size());
        const quint32 pen = qToLittleEndian(EnterpriseNumber);
        value.append(reinterpret_cast<const char *>(&pen), 4)
            .append(RecordTag, 4)
            .append(record)
            .append(inlinePayload);
        nrb.option(OptCustomBinaryNoCopy, value);
        nrb.u32(OptEndOfOpt);
        return put(block(NameResolutionBlock, nrb.data()));
    }
    BlockBuilder body;
    body.u32(EnterpriseNumber);
    body.bytes(QByteArray(RecordTag, 4));
    body.bytes(record);
    body.bytes(inlinePayload);
    body.pad();
    return put(block(CustomBlockNoCopy, body.data()));
}

bool PcapngWriter::writeSession(const SessionInfo &info)
{
    BlockBuilder r;
    r.u8(quint8(Record::Session));
    r.u8(RecordVersion);
    r.u16(0);
    r.u32(info.id);
    r.u8(quint8(info.role));
    r.u8(0);
    r.u16(0);
    r.u64(quint64(info.startedWallClockNs));
    const QByteArray name = info.name.toUtf8();
    r.u32(quint32(name.size()));
    r.bytes(name);
    return writeCustom(r.data());
}

bool PcapngWriter::writeConnection(const ConnectionInfo &info)
{
    BlockBuilder r;
    r.u8(quint8(Record::Connection));
    r.u8(RecordVersion);
    r.u8(quint8(info.transport));
    r.u8(0);
    r.u32(info.id);
    r.u32(info.sessionId);
    for (const Endpoint &endpoint : { info.local, info.peer }) {
        const QByteArray address
            = endpoint.address.isNull() ? QByteArray() : endpoint.address.toString().toUtf8();
        r.u16(quint16(address.size()));
        r.bytes(address);
        r.u16(endpoint.port);
    }
    if (!writeCustom(r.data()))
        return false;

    auto &slot = m_flows[info.id];
    if (!slot) {
        slot = std::make_unique<Flow>();
        slot->localSeq = initialSequence(info.id, 0x5bc0ffee) + 1;
        slot->peerSeq = initialSequence(info.id, 0x0a11ce00) + 1;
    }
    Flow &flow = *slot;
    flow.hasIp = false;
    flow.udp = info.transport == Transport::Udp;
    if (!info.local.isValid() || !info.peer.isValid())
        return true;
    bool localIs4 = false, peerIs4 = false;
    const quint32 local4 = info.local.address.toIPv4Address(&localIs4);
    const quint32 peer4 = info.peer.address.toIPv4Address(&peerIs4);
    if (localIs4 && peerIs4) {
        flow.v6 = false;
        putBe32(flow.localAddress, local4);
        putBe32(flow.peerAddress, peer4);
    } else {
        // Mixed families cannot be one IP conversation; show the IPv4 side as IPv4-mapped.
        flow.v6 = true;
        for (const auto &[endpoint, target] :
            { std::pair { &info.local, flow.localAddress }, std::pair { &info.peer, flow.peerAddress } }) {
            bool is4 = false;
            const quint32 v4 = endpoint->address.toIPv4Address(&is4);
            if (is4) {
                std::memset(target, 0, 10);
                target[10] = target[11] = 0xff;
                putBe32(target + 12, v4);
            } else {
                const Q_IPV6ADDR v6 = endpoint->address.toIPv6Address();
                std::memcpy(target, v6.c, 16);
            }
        }
    }
    flow.localPort = info.local.port;
    flow.peerPort = info.peer.port;
    // Both ends of one TCP connection recorded by one workbench (the demo: an echo server and its client)
    // are one conversation on the wire. Packets are written once, from the end described first; the other
    // end's events go in Sockbench records only, so Wireshark sees one clean stream and nothing is lost.
    for (const auto &[id, other] : m_flows) {
        if (other.get() != &flow && other->hasIp && other->udp == flow.udp && other->v6 == flow.v6
            && other->localPort == flow.peerPort && other->peerPort == flow.localPort
            && std::memcmp(other->localAddress, flow.peerAddress, 16) == 0
            && std::memcmp(other->peerAddress, flow.localAddress, 16) == 0)
            return true;
    }
    flow.hasIp = true;
    return true;
}

PcapngWriter::Flow *PcapngWriter::flowFor(quint32 connectionId)
{
    const auto it = m_flows.find(connectionId);
    return it == m_flows.end() ? nullptr : it->second.get();
}

bool PcapngWriter::writeEvent(const CaptureEvent &event, const QByteArray &payload)
{
    Flow *flow = event.connectionId ? flowFor(event.connectionId) : nullptr;
    const bool packets = flow && flow->hasIp;
    const bool missing = event.payloadLoss != PayloadLoss::None;
    // A datagram is one UDP packet: one too large for it (it cannot come from a socket) stays in the record.
    const bool fitsPackets = !packets || !flow->udp || payload.size() <= (flow->v6 ? 65527 : 65507);
    const bool dataInPackets = packets && fitsPackets && !missing && event.kind == EventKind::Data
        && event.direction != Direction::None;

    BlockBuilder r;
    r.u8(quint8(Record::Event));
    r.u8(RecordVersion);
    r.u16(0);
    r.u64(quint64(event.monotonicNs));
    r.u64(quint64(event.wallClockNs));
    r.u32(event.sessionId);
    r.u32(event.connectionId);
    r.u8(quint8(event.kind));
    r.u8(quint8(event.direction));
    r.u8(missing ? PayloadMissing : dataInPackets ? 0 : PayloadInline);
    r.u8(quint8(event.payloadLoss));
    r.u32(missing ? event.payloadSize : quint32(payload.size()));
    if (!dataInPackets && !missing)
        r.bytes(payload);
    if (packets && flow->udp && !dataInPackets) // a missing or oversized datagram: no packet stands for it
        return writeCustom(r.data());
    if (missing && packets && event.kind == EventKind::Data && event.direction != Direction::None) {
        // The record rides on an empty segment that says, for Wireshark's eyes, which bytes are missing;
        // then the side's sequence numbers skip them: the next segment shows the gap.
        m_pendingRecord = r.data();
        Flow &side = *flow;
        const bool local = event.direction == Direction::Outbound;
        const QString note = QStringLiteral("Sockbench: #%1 %2 %3")
                                 .arg(event.connectionId)
                                 .arg(local ? QStringLiteral("sent") : QStringLiteral("received"),
                                     TranscriptFormat::payloadLossLine(event.payloadLoss, event.payloadSize));
        if (!writePacket(side, local ? From::Local : From::Peer, TcpAck, event.wallClockNs, nullptr, 0, note))
            return false;
        (local ? side.localSeq : side.peerSeq) += event.payloadSize;
        return true;
    }
    // An option is at most 64 KiB; a longer inline payload (an unusual error message) takes a block.
    if (packets && r.data().size() < 60000) {
        m_pendingRecord = r.data();
        if (!writeConnectionPackets(*flow, event, payload))
            return false;
        if (m_pendingRecord.isEmpty())
            return true;
        m_pendingRecord.clear(); // the event made no packet (an empty chunk, a second FIN...)
        return writeCustom(r.data());
    }
    if (!writeCustom(r.data()))
        return false;
    return packets ? writeConnectionPackets(*flow, event, payload) : true;
}

bool PcapngWriter::writeConnectionPackets(Flow &flow, const CaptureEvent &event, const QByteArray &payload)
{
    const qint64 ns = event.wallClockNs;
    // Lifecycle steps only: a data chunk's payload is not text to decode.
    const QString note = event.kind == EventKind::Data
        ? QString()
        : QStringLiteral("Sockbench: #%1 %2")
              .arg(event.connectionId)
              .arg(EventVocabulary::line(event.kind, QString::fromUtf8(payload)));
    if (flow.udp) {
        // UDP has no handshake or close on the wire: only datagrams are packets; lifecycle steps stay
        // records.
        if (event.kind != EventKind::Data)
            return true;
        return writeDatagram(flow, event.direction == Direction::Outbound ? From::Local : From::Peer, ns,
            payload.constData(), int(payload.size()));
    }
    switch (event.kind) {
    case EventKind::Data: {
        const From from = event.direction == Direction::Outbound ? From::Local : From::Peer;
        qsizetype offset = 0;
        do {
            const int size = int(std::min<qsizetype>(MaxSegment, payload.size() - offset));
            const bool last = offset + size >= payload.size();
            if (size > 0
                && !writePacket(
                    flow, from, TcpAck | (last ? TcpPsh : 0), ns, payload.constData() + offset, size))
                return false;
            offset += size;
        } while (offset < payload.size());
        return true;
    }
    case EventKind::Connected:
    case EventKind::Accepted: {
        if (flow.opened)
            return true;
        flow.opened = true;
        const From opener = event.kind == EventKind::Connected ? From::Local : From::Peer;
        const From answerer = opener == From::Local ? From::Peer : From::Local;
        return writePacket(flow, opener, TcpSyn, ns, nullptr, 0, note)
            && writePacket(flow, answerer, TcpSyn | TcpAck, ns, nullptr, 0)
            && writePacket(flow, opener, TcpAck, ns, nullptr, 0);
    }
    case EventKind::PeerHalfClosed:
        if (flow.peerFin || flow.reset)
            return true;
        return writePacket(flow, From::Peer, TcpFin | TcpAck, ns, nullptr, 0, note);
    case EventKind::LocalHalfClosed:
        if (flow.localFin || flow.reset)
            return true;
        return writePacket(flow, From::Local, TcpFin | TcpAck, ns, nullptr, 0, note);
    case EventKind::Error:
        if (flow.reset)
            return true;
        return writePacket(flow, From::Local, TcpRst | TcpAck, ns, nullptr, 0, note);
    case EventKind::Closed:
        // A close without half-closes is the kernel's FIN on close(); after a reset nothing more is sent.
        if (flow.reset)
            return true;
        if (!flow.localFin && !writePacket(flow, From::Local, TcpFin | TcpAck, ns, nullptr, 0, note))
            return false;
        if (!flow.peerFin && !writePacket(flow, From::Peer, TcpFin | TcpAck, ns, nullptr, 0))
            return false;
        return true;
    case EventKind::Listening:
    case EventKind::StoppedListening:
    case EventKind::Resolved:
    case EventKind::Connecting:
    case EventKind::Tls: // the plaintext is what the packets carry; TLS steps live in the event records
        break;
    }
    return true;
}

bool PcapngWriter::writePacket(Flow &flow, From from, quint8 flags, qint64 wallClockNs, const char *payload,
    int size, const QString &comment)
{
    const bool local = from == From::Local;
    quint32 &seqRef = local ? flow.localSeq : flow.peerSeq;
    const quint32 ack = local ? flow.peerSeq : flow.localSeq;
    // A SYN takes the sequence number before the first data byte.
    const quint32 seq = (flags & TcpSyn) ? seqRef - 1 : seqRef;
    const uchar *src = local ? flow.localAddress : flow.peerAddress;
    const uchar *dst = local ? flow.peerAddress : flow.localAddress;
    const quint16 srcPort = local ? flow.localPort : flow.peerPort;
    const quint16 dstPort = local ? flow.peerPort : flow.localPort;

    const int ipLength = flow.v6 ? 40 : 20;
    const int packetLength = ipLength + 20 + size;
    uchar headers[60] = {};
    uchar *tcp = headers + ipLength;
    if (flow.v6) {
        headers[0] = 0x60;
        putBe16(headers + 4, quint16(20 + size));
        headers[6] = 6; // TCP
        headers[7] = 64; // hop limit
        std::memcpy(headers + 8, src, 16);
        std::memcpy(headers + 24, dst, 16);
    } else {
        headers[0] = 0x45;
        putBe16(headers + 2, quint16(packetLength));
        putBe16(headers + 4, local ? flow.localIpId++ : flow.peerIpId++);
        putBe16(headers + 6, 0x4000); // don't fragment
        headers[8] = 64;
        headers[9] = 6;
        std::memcpy(headers + 12, src, 4);
        std::memcpy(headers + 16, dst, 4);
        putBe16(headers + 10, foldChecksum(sumWords(headers, 20)));
    }
    putBe16(tcp + 0, srcPort);
    putBe16(tcp + 2, dstPort);
    putBe32(tcp + 4, seq);
    putBe32(tcp + 8, (flags & TcpAck) ? ack : 0);
    tcp[12] = 5 << 4;
    tcp[13] = flags;
    putBe16(tcp + 14, 65535);

    // TCP checksum over the pseudo-header, the TCP header and the payload.
    const int addressLength = flow.v6 ? 16 : 4;
    quint64 sum = sumWords(src, addressLength);
    sum = sumWords(dst, addressLength, sum);
    sum += 6;
    sum += quint32(20 + size);
    sum = sumWords(tcp, 20, sum);
    sum += sumPayload(reinterpret_cast<const uchar *>(payload), size);
    putBe16(tcp + 16, foldChecksum(sum));

    if (flags & TcpSyn) {
        // seqRef already points past the SYN.
    } else {
        seqRef += quint32(size);
        if (flags & TcpFin) {
            seqRef += 1;
            (local ? flow.localFin : flow.peerFin) = true;
        }
    }
    if (flags & TcpRst)
        flow.reset = true;
    return writeFrame(headers, ipLength + 20, payload, size, wallClockNs, comment);
}

bool PcapngWriter::writeDatagram(Flow &flow, From from, qint64 wallClockNs, const char *payload, int size)
{
    const bool local = from == From::Local;
    const uchar *src = local ? flow.localAddress : flow.peerAddress;
    const uchar *dst = local ? flow.peerAddress : flow.localAddress;
    const int ipLength = flow.v6 ? 40 : 20;
    const int udpLength = 8 + size;
    uchar headers[48] = {};
    uchar *udp = headers + ipLength;
    if (flow.v6) {
        headers[0] = 0x60;
        putBe16(headers + 4, quint16(udpLength));
        headers[6] = 17; // UDP
        headers[7] = 64;
        std::memcpy(headers + 8, src, 16);
        std::memcpy(headers + 24, dst, 16);
    } else {
        headers[0] = 0x45;
        putBe16(headers + 2, quint16(ipLength + udpLength));
        putBe16(headers + 4, local ? flow.localIpId++ : flow.peerIpId++);
        putBe16(headers + 6, 0x4000);
        headers[8] = 64;
        headers[9] = 17;
        std::memcpy(headers + 12, src, 4);
        std::memcpy(headers + 16, dst, 4);
        putBe16(headers + 10, foldChecksum(sumWords(headers, 20)));
    }
    putBe16(udp + 0, local ? flow.localPort : flow.peerPort);
    putBe16(udp + 2, local ? flow.peerPort : flow.localPort);
    putBe16(udp + 4, quint16(udpLength));
    const int addressLength = flow.v6 ? 16 : 4;
    quint64 sum = sumWords(src, addressLength);
    sum = sumWords(dst, addressLength, sum);
    sum += 17;
    sum += quint32(udpLength);
    sum = sumWords(udp, 8, sum);
    sum += sumPayload(reinterpret_cast<const uchar *>(payload), size);
    quint16 checksum = foldChecksum(sum);
    putBe16(udp + 6, checksum == 0 ? 0xffff : checksum); // 0 means "no checksum" in UDP (RFC 768)
    return writeFrame(headers, ipLength + 8, payload, size, wallClockNs, {});
}

bool PcapngWriter::writeFrame(const uchar *headers, int headerLength, const char *payload, int size,
    qint64 wallClockNs, const QString &comment)
{
    const int packetLength = headerLength + size;
    BlockBuilder options;
    if (!comment.isEmpty())
        options.option(OptComment, comment.toUtf8().left(65000));
    if (!m_pendingRecord.isEmpty()) {
        BlockBuilder custom;
        custom.u32(EnterpriseNumber);
        custom.bytes(QByteArray(RecordTag, 4));
        custom.bytes(m_pendingRecord);
        options.option(OptCustomBinaryNoCopy, custom.data());
        m_pendingRecord.clear();
    }
    if (!options.data().isEmpty())
        options.u32(OptEndOfOpt);
    const int padding = (4 - packetLength % 4) % 4;
    const quint32 total = quint32(28 + packetLength + padding + options.data().size() + 4);
    const quint64 ts = quint64(std::max<qint64>(0, wallClockNs));

    BlockBuilder head;
    head.u32(EnhancedPacketBlock);
    head.u32(total);
    head.u32(0); // interface 0
    head.u32(quint32(ts >> 32));
    head.u32(quint32(ts & 0xffffffffu));
    head.u32(quint32(packetLength));
    head.u32(quint32(packetLength));
    head.data().append(reinterpret_cast<const char *>(headers), headerLength);
    if (!put(head.data()) || !put(payload, size))
        return false;
    BlockBuilder tail;
    tail.bytes(QByteArray(padding, '\0'));
    tail.bytes(options.data());
    tail.u32(total);
    return put(tail.data());
}

} // namespace Sockbench
