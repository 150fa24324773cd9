#pragma once

// Constants of the pcapng layout Sockbench writes and reads, shared by PcapngWriter and PcapngReader.
// Spec: https://www.ietf.org/archive/id/draft-ietf-opsawg-pcapng-01.html

#include <QByteArray>
#include <QtEndian>
#include <QtGlobal>

namespace Sockbench::Pcapng {

constexpr quint32 SectionHeaderBlock = 0x0A0D0D0A;
constexpr quint32 InterfaceDescriptionBlock = 0x00000001;
constexpr quint32 SimplePacketBlock = 0x00000003;
constexpr quint32 EnhancedPacketBlock = 0x00000006;
/// Carries our records (sessions, connections, events without packets) in a custom option: Wireshark does not
/// list name resolution blocks as packets, as it does custom blocks.
constexpr quint32 NameResolutionBlock = 0x00000004;
/// A custom block that tools must not copy into an edited file (it refers to the packets around it).
constexpr quint32 CustomBlockNoCopy = 0x40000BAD;
constexpr quint32 CustomBlockCopy = 0x00000BAD;
constexpr quint32 ByteOrderMagic = 0x1A2B3C4D;

constexpr quint16 OptEndOfOpt = 0;
constexpr quint16 OptComment = 1;
constexpr quint16 ShbHardware = 2;
constexpr quint16 ShbOs = 3;
constexpr quint16 ShbUserAppl = 4;
constexpr quint16 IfName = 2;
/// Custom options (binary; the no-copy kind, as they describe the packet they sit on): PEN, then data.
constexpr quint16 OptCustomBinaryCopy = 2989;
constexpr quint16 OptCustomBinaryNoCopy = 19373;
constexpr quint16 IfTsResol = 9;

/// LINKTYPE_RAW: each packet starts with an IPv4 or IPv6 header; one interface serves both.
constexpr quint16 LinkTypeRaw = 101;
constexpr quint16 LinkTypeEthernet = 1;
constexpr quint16 LinkTypeNull = 0;
constexpr quint16 LinkTypeLoop = 108;
constexpr quint16 LinkTypeLinuxSll = 113;
constexpr quint16 LinkTypeLinuxSll2 = 276;
constexpr quint16 LinkTypeIpv4 = 228;
constexpr quint16 LinkTypeIpv6 = 229;

/// Private Enterprise Number in our custom blocks: 32473 is IANA's number for examples and documentation
/// (RFC 5612); the tag after it says the block is Sockbench's.
constexpr quint32 EnterpriseNumber = 32473;
constexpr char RecordTag[4] = { 'S', 'B', 'N', 'C' };

/// What a Sockbench record holds. A record sits in a custom block, or, for an event that has packets, in a
/// custom option of its first packet (so Wireshark lists packets, not Sockbench's bookkeeping).
enum class Record : quint8 {
    Session = 1, ///< u32 id, u8 role, u8[3], i64 started ns, u32 length, UTF-8 name
    Connection = 2, ///< u32 id, u32 session, local and peer: u16 length, address text, u16 port; the byte
                    ///< after the version is its Transport (0 TCP, 1 UDP)
    Event = 3, ///< i64 monotonic ns, i64 wall ns, u32 session, u32 connection, u8 kind, u8 direction,
               ///< u8 flags, u8 why missing (a PayloadLoss, 0 unless PayloadMissing), u32 payload size,
               ///< then the payload when PayloadInline is set
};
constexpr quint8 RecordVersion = 1;
/// Event flag: the payload is in the record; otherwise it is the TCP payload of the event's packets (the one
/// carrying the record and those after it, until payload size bytes are seen).
constexpr quint8 PayloadInline = 0x01;
/// Event flag: none of the payload size bytes is in the file, for the reason the next byte gives (lost,
/// dropped). No packet carries them: on a connection with packets the record rides on an empty segment whose
/// comment says so, and the sequence numbers skip the missing bytes, so Wireshark shows the gap too.
constexpr quint8 PayloadMissing = 0x02;

/// Largest TCP payload in one synthetic segment: fits an IPv4 packet (65535 - 20 - 20) and an IPv6 one.
constexpr int MaxSegment = 65495;

/// Largest block the reader accepts: a segment with headers and options, or an inline payload.
constexpr quint32 MaxBlockLength = 256u * 1024 * 1024;

/// Appends little-endian integers and padded options to a block under construction: for the transcript
/// writer and the capture's spool (spoolformat.cpp), which write the same kinds of block.
class BlockBuilder
{
public:
    void u8(quint8 v) { m_bytes.append(char(v)); }
    void u16(quint16 v) { raw(qToLittleEndian(v)); }
    void u32(quint32 v) { raw(qToLittleEndian(v)); }
    void u64(quint64 v) { raw(qToLittleEndian(v)); }
    void bytes(const QByteArray &b) { m_bytes.append(b); }
    void bytes(const char *data, int size) { m_bytes.append(data, size); }
    void pad() { m_bytes.append(QByteArray((4 - m_bytes.size() % 4) % 4, '\0')); }
    void option(quint16 code, const QByteArray &value)
    {
        u16(code);
        u16(quint16(value.size()));
        bytes(value);
        pad();
    }
    QByteArray &data() { return m_bytes; }

private:
    template <typename T> void raw(T v) { m_bytes.append(reinterpret_cast<const char *>(&v), sizeof v); }
    QByteArray m_bytes;
};

/// Turns a body into a whole block: type, total length, body, total length.
inline QByteArray block(quint32 type, const QByteArray &body)
{
    Q_ASSERT(body.size() % 4 == 0);
    const quint32 total = quint32(body.size() + 12);
    QByteArray out;
    out.reserve(int(total));
    const quint32 t = qToLittleEndian(type), l = qToLittleEndian(total);
    out.append(reinterpret_cast<const char *>(&t), 4).append(reinterpret_cast<const char *>(&l), 4);
    out.append(body).append(reinterpret_cast<const char *>(&l), 4);
    return out;
}

} // namespace Sockbench::Pcapng
