#include "packetdissector.h"

#include "blockcursor.h"
#include "pcapngformat.h"

#include <algorithm>

namespace Sockbench::PacketDissector {

namespace {

using namespace Pcapng;

constexpr quint8 IpProtocolTcp = 6;
constexpr quint8 IpProtocolUdp = 17;
constexpr quint16 EtherTypeIpv4 = 0x0800, EtherTypeIpv6 = 0x86dd, EtherTypeVlan = 0x8100,
                  EtherTypeQinQ = 0x88a8;

bool tcp(QByteArrayView bytes, TcpSegment *segment)
{
    BlockCursor c(bytes, 0, true);
    segment->sourcePort = c.u16();
    segment->destinationPort = c.u16();
    segment->seq = c.u32();
    c.skip(4); // acknowledgement number
    const int dataOffset = (c.u8() >> 4) * 4;
    segment->flags = c.u8();
    if (!c.ok() || dataOffset < 20 || dataOffset > bytes.size())
        return false;
    segment->payload = bytes.sliced(dataOffset);
    return true;
}

bool udp(QByteArrayView bytes, TcpSegment *segment)
{
    BlockCursor c(bytes, 0, true);
    segment->sourcePort = c.u16();
    segment->destinationPort = c.u16();
    const quint16 length = c.u16();
    if (!c.ok() || length < 8)
        return false;
    segment->udp = true;
    segment->seq = 0;
    segment->flags = 0;
    // The datagram is what its own length says; a frame cut by the snap length holds less of it.
    segment->payload = bytes.sliced(8, std::min<qsizetype>(length, bytes.size()) - 8);
    return true;
}

bool transport(quint8 protocol, QByteArrayView bytes, TcpSegment *segment)
{
    segment->udp = false;
    if (protocol == IpProtocolTcp)
        return tcp(bytes, segment);
    if (protocol == IpProtocolUdp)
        return udp(bytes, segment);
    return false;
}

bool ip(QByteArrayView bytes, TcpSegment *segment)
{
    BlockCursor c(bytes, 0, true);
    const quint8 first = c.u8();
    if (!c.ok())
        return false;
    if ((first >> 4) == 4) {
        const int headerLength = (first & 0x0f) * 4;
        c.skip(1);
        const quint16 total = c.u16();
        c.skip(2);
        const quint16 fragment = c.u16();
        c.skip(1);
        const quint8 protocol = c.u8();
        c.skip(2);
        const quint32 source = c.u32();
        const quint32 destination = c.u32();
        if (!c.ok() || headerLength < 20 || headerLength > bytes.size()
            || (protocol != IpProtocolTcp && protocol != IpProtocolUdp))
            return false;
        if ((fragment & 0x3fff) != 0) // a fragment: not reassembled
            return false;
        // The total length may be cut by the snap length; it may also lie: never past the frame.
        const qsizetype end = std::min<qsizetype>(total, bytes.size());
        if (end < headerLength)
            return false;
        segment->source = QHostAddress(source);
        segment->destination = QHostAddress(destination);
        return transport(protocol, bytes.sliced(headerLength, end - headerLength), segment);
    }
    if ((first >> 4) == 6) {
        c.skip(3);
        const quint16 payloadLength = c.u16();
        const quint8 next = c.u8();
        c.skip(1);
        const QByteArrayView source = c.view(16);
        const QByteArrayView destination = c.view(16);
        if (!c.ok() || (next != IpProtocolTcp && next != IpProtocolUdp)) // extension headers are not followed
            return false;
        segment->source = QHostAddress(reinterpret_cast<const quint8 *>(source.data()));
        segment->destination = QHostAddress(reinterpret_cast<const quint8 *>(destination.data()));
        return transport(
            next, bytes.sliced(40, std::min<qsizetype>(payloadLength, bytes.size() - 40)), segment);
    }
    return false;
}

bool isIpType(quint16 type)
{
    return type == EtherTypeIpv4 || type == EtherTypeIpv6;
}

} // namespace

bool isKnownLinkType(quint32 linkType)
{
    switch (linkType) {
    case LinkTypeRaw:
    case LinkTypeIpv4:
    case LinkTypeIpv6:
    case LinkTypeEthernet:
    case LinkTypeLinuxSll:
    case LinkTypeLinuxSll2:
    case LinkTypeNull:
    case LinkTypeLoop:
        return true;
    default:
        return false;
    }
}

bool dissect(quint32 linkType, QByteArrayView frame, TcpSegment *segment)
{
    BlockCursor c(frame, 0, true);
    switch (linkType) {
    case LinkTypeRaw:
    case LinkTypeIpv4:
    case LinkTypeIpv6:
        return ip(frame, segment);
    case LinkTypeEthernet: {
        c.skip(12); // destination and source addresses
        quint16 type = c.u16();
        while (c.ok() && (type == EtherTypeVlan || type == EtherTypeQinQ)) {
            c.skip(2); // the tag's control information
            type = c.u16();
        }
        return c.ok() && isIpType(type) && ip(c.rest(), segment);
    }
    case LinkTypeLinuxSll: {
        c.skip(14); // packet type, address type and length, address
        const quint16 protocol = c.u16();
        return c.ok() && isIpType(protocol) && ip(c.rest(), segment);
    }
    case LinkTypeLinuxSll2: {
        const quint16 protocol = c.u16();
        c.skip(18); // reserved, interface, address type, packet type, address length and address
        return c.ok() && isIpType(protocol) && ip(c.rest(), segment);
    }
    case LinkTypeNull:
    case LinkTypeLoop:
        c.skip(4); // the address family, in the capturing host's byte order: the IP version says enough
        return c.ok() && ip(c.rest(), segment);
    default:
        return false;
    }
}

} // namespace Sockbench::PacketDissector
