#pragma once

#include <QByteArrayView>
#include <QHostAddress>

namespace Sockbench {

/// A TCP segment or a UDP datagram found in a captured frame: addresses, ports, (TCP) sequence number and
/// flags, and payload (a view into the frame, valid while the frame is).
struct TcpSegment
{
    bool udp = false; ///< A UDP datagram: seq and flags mean nothing, the payload is the whole datagram.
    QHostAddress source;
    QHostAddress destination;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint8 flags = 0;
    QByteArrayView payload;

    static constexpr quint8 Fin = 0x01, Syn = 0x02, Rst = 0x04, Ack = 0x10;
};

/// Finds the TCP segment or UDP datagram in a captured frame of hostile bytes, for the pcapng and the classic
/// pcap reader.
///
/// Link types (the LINKTYPE_ numbers of pcap and pcapng): Ethernet (1, with VLAN tags), BSD loopback/null (0)
/// and OpenBSD loopback (108), raw IP (101, 228, 229), Linux cooked SLL (113) and SLL2 (276). IPv4 without
/// fragments and IPv6 without extension headers. Every length is checked against the frame; a frame cut
/// short by the snap length yields the payload bytes it holds.
namespace PacketDissector {

/// True when frame holds a TCP segment or a UDP datagram (segment->udp says which); false for anything else
/// (ARP, ICMP, a fragment, a broken header, a UDP length that disagrees with the packet).
bool dissect(quint32 linkType, QByteArrayView frame, TcpSegment *segment);
/// Whether dissect() knows the link type at all.
bool isKnownLinkType(quint32 linkType);

} // namespace PacketDissector
} // namespace Sockbench
