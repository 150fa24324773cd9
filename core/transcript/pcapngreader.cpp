#include "pcapngreader.h"

#include "capture/capturestore.h"
#include "capture/eventvocabulary.h"
#include "pcapngformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace Sockbench {

namespace {

using namespace Pcapng;

QString tr(const char *text)
{
    return QCoreApplication::translate("Sockbench::PcapngReader", text);
}

/// Bounds-checked reading of a block body in the section's byte order.
class Cursor
{
public:
    Cursor(const char *data, qsizetype size, bool swap) : m_data(data), m_size(size), m_swap(swap) { }

    bool has(qsizetype n) const { return n >= 0 && m_pos + n <= m_size; }
    qsizetype pos() const { return m_pos; }
    qsizetype left() const { return m_size - m_pos; }
    void skip(qsizetype n) { m_pos += n; }
    const char *here() const { return m_data + m_pos; }
    quint8 u8() { return quint8(m_data[m_pos++]); }
    quint16 u16() { quint16 v; std::memcpy(&v, m_data + m_pos, 2); m_pos += 2; return m_swap ? qbswap(v) : v; }
    quint32 u32() { quint32 v; std::memcpy(&v, m_data + m_pos, 4); m_pos += 4; return m_swap ? qbswap(v) : v; }
    quint64 u64() { quint64 v; std::memcpy(&v, m_data + m_pos, 8); m_pos += 8; return m_swap ? qbswap(v) : v; }
    QByteArray bytes(qsizetype n) { QByteArray b(m_data + m_pos, n); m_pos += n; return b; }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_swap;
};

struct Option
{
    quint16 code = 0;
    QByteArrayView value;
};

/// Splits an options area; false when an option runs past the end.
bool parseOptions(Cursor &cursor, QList<Option> *options, bool swap)
{
    while (cursor.has(4)) {
        const quint16 code = cursor.u16();
        const quint16 length = cursor.u16();
        if (code == OptEndOfOpt)
            return true;
        const qsizetype padded = (length + 3) & ~3;
        if (!cursor.has(padded))
            return false;
        options->append(Option { code, QByteArrayView(cursor.here(), length) });
        cursor.skip(padded);
    }
    Q_UNUSED(swap);
    return true;
}

/// A TCP segment taken apart.
struct Segment
{
    QHostAddress source;
    QHostAddress destination;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint8 flags = 0;
    QByteArrayView payload;
};

constexpr quint8 TcpFin = 0x01, TcpSyn = 0x02, TcpRst = 0x04, TcpAck = 0x10;

bool parseIp(const uchar *p, qsizetype n, Segment *segment)
{
    if (n < 1)
        return false;
    const uchar *tcp = nullptr;
    qsizetype tcpLength = 0;
    if ((p[0] >> 4) == 4) {
        const int headerLength = (p[0] & 0x0f) * 4;
        if (headerLength < 20 || n < headerLength || p[9] != 6)
            return false;
        const qsizetype total = std::min<qsizetype>(qFromBigEndian<quint16>(p + 2), n);
        if ((qFromBigEndian<quint16>(p + 6) & 0x3fff) != 0) // a fragment: not reassembled
            return false;
        segment->source = QHostAddress(qFromBigEndian<quint32>(p + 12));
        segment->destination = QHostAddress(qFromBigEndian<quint32>(p + 16));
        tcp = p + headerLength;
        tcpLength = total - headerLength;
    } else if ((p[0] >> 4) == 6) {
        if (n < 40 || p[6] != 6) // extension headers are not followed
            return false;
        segment->source = QHostAddress(p + 8);
        segment->destination = QHostAddress(p + 24);
        tcp = p + 40;
        tcpLength = std::min<qsizetype>(qFromBigEndian<quint16>(p + 4), n - 40);
    } else {
        return false;
    }
    if (tcpLength < 20)
        return false;
    const int dataOffset = (tcp[12] >> 4) * 4;
    if (dataOffset < 20 || dataOffset > tcpLength)
        return false;
    segment->sourcePort = qFromBigEndian<quint16>(tcp);
    segment->destinationPort = qFromBigEndian<quint16>(tcp + 2);
    segment->seq = qFromBigEndian<quint32>(tcp + 4);
    segment->flags = tcp[13];
    segment->payload = QByteArrayView(reinterpret_cast<const char *>(tcp + dataOffset), tcpLength - dataOffset);
    return true;
}

/// Finds the IP packet inside a frame of the given link type.
bool parseFrame(quint16 linkType, const uchar *p, qsizetype n, Segment *segment)
{
    switch (linkType) {
    case LinkTypeRaw:
    case LinkTypeIpv4:
    case LinkTypeIpv6:
        return parseIp(p, n, segment);
    case LinkTypeEthernet: {
        qsizetype offset = 12;
        while (n >= offset + 2 && (qFromBigEndian<quint16>(p + offset) == 0x8100 || qFromBigEndian<quint16>(p + offset) == 0x88a8))
            offset += 4; // VLAN tags
        if (n < offset + 2)
            return false;
        const quint16 type = qFromBigEndian<quint16>(p + offset);
        return (type == 0x0800 || type == 0x86dd) && parseIp(p + offset + 2, n - offset - 2, segment);
    }
    case LinkTypeLinuxSll:
        return n > 16 && parseIp(p + 16, n - 16, segment);
    case 276: // LINKTYPE_LINUX_SLL2
        return n > 20 && parseIp(p + 20, n - 20, segment);
    case LinkTypeNull:
    case LinkTypeLoop:
        return n > 4 && parseIp(p + 4, n - 4, segment);
    default:
        return false;
    }
}

struct Interface
{
    quint16 linkType = 0;
    quint8 tsResolution = 6;
    qint64 tsOffsetSeconds = 0;
};

qint64 toNanoseconds(quint64 ts, const Interface &interface)
{
    const quint8 r = interface.tsResolution;
    qint64 ns = 0;
    if (r & 0x80) {
        const int power = r & 0x7f;
        const long double value = std::ldexp(static_cast<long double>(ts), -power) * 1e9L;
        ns = value >= 9.2e18L ? std::numeric_limits<qint64>::max() : qint64(value); // hostile input saturates
    } else if (r <= 9) {
        qint64 scale = 1;
        for (int i = r; i < 9; ++i)
            scale *= 10;
        if (ts > quint64(std::numeric_limits<qint64>::max()) / quint64(scale))
            ns = std::numeric_limits<qint64>::max();
        else
            ns = qint64(ts) * scale;
    } else {
        quint64 divisor = 1;
        for (int i = 9; i < r && i < 28; ++i)
            divisor *= 10;
        ns = qint64(ts / divisor);
    }
    qint64 offset = 0;
    qint64 result = 0;
    if (qMulOverflow(interface.tsOffsetSeconds, qint64(1000000000), &offset) || qAddOverflow(ns, offset, &result))
        return std::numeric_limits<qint64>::max();
    return result;
}

} // namespace

class PcapngReader::Private
{
public:
    explicit Private(CaptureStore *s) : store(s) { }

    State readSome(QIODevice *device, qint64 maxBytes);
    /// Reads the next block; at the end of the device, sets *atEnd and reads nothing.
    bool readNextBlock(QIODevice *device, qint64 fileSize, bool *atEnd);
    /// Records the first error: message's %1 is the offset, %2... the further arguments.
    template<typename... Args>
    bool fail(qint64 offset, const QString &message, Args... args)
    {
        if (error.isEmpty()) {
            error = message.arg(offset);
            ((error = error.arg(args)), ...);
        }
        return false;
    }
    bool readBlock(quint32 type, Cursor &body, qint64 offset);
    bool sectionHeader(Cursor &body, qint64 offset);
    bool record(QByteArrayView data, qint64 offset);
    /// Reads the Sockbench records among options (custom options with our enterprise number and tag).
    bool ourRecords(const QList<Option> &options, qint64 offset);
    void append(qint64 mono, qint64 wall, EventKind kind, Direction direction, quint32 session, quint32 connection,
                const QByteArray &payload);
    bool packet(quint32 interfaceId, quint64 ts, QByteArrayView frame, const QList<Option> &options, qint64 offset);
    void foreignPacket(const Segment &segment, qint64 ns);
    bool finishPending(qint64 offset, bool atEnd);

    CaptureStore *store;
    QString error;
    bool foreign = false;
    // The section says Sockbench wrote it, but no record has come yet. A packet first means the records were
    // lost on the way (editcap, a tshark filter: they keep the header, drop our blocks): rebuild from packets.
    bool claimedOnly = false;
    bool swap = false;
    qint64 events = 0;
    QList<Interface> interfaces;

    // Where readSome() goes on from.
    State state = State::MoreToRead;
    bool started = false;
    bool first = true;
    qint64 position = 0; ///< Of the next block in the file.
    QByteArray block; ///< The block being read, kept to reuse its memory.
    bool spoolFull = false; ///< The spool fell behind during this call: return and let it catch up.

    // Sockbench mode: a data event whose payload is still arriving in packets.
    struct Pending
    {
        bool active = false;
        qint64 mono = 0, wall = 0;
        quint32 session = 0, connection = 0;
        Direction direction = Direction::None;
        quint32 size = 0;
        QByteArray payload;
        qint64 offset = 0;
    } pending;

    // Foreign mode: one conversation per 4-tuple.
    struct Conversation
    {
        quint32 id = 0;
        Endpoint local;
        Endpoint peer;
        quint32 next[2] = { 0, 0 }; ///< Next expected sequence number, from local [0] and from peer [1].
        bool synced[2] = { false, false };
        bool fin[2] = { false, false };
        bool closed = false;
    };
    QHash<QString, Conversation> conversations;
    quint32 nextConnectionId = 1;
    QString sourceName;
};

void PcapngReader::Private::append(qint64 mono, qint64 wall, EventKind kind, Direction direction, quint32 session,
                                   quint32 connection, const QByteArray &payload)
{
    store->appendAt(mono, wall, kind, direction, session, connection, payload);
    ++events;
    // Reading is faster than the spool: stop after this block rather than queueing a whole file in memory.
    if (store->pendingSpoolBytes() >= store->backpressureLimit())
        spoolFull = true;
}

PcapngReader::State PcapngReader::Private::readSome(QIODevice *device, qint64 maxBytes)
{
    if (state != State::MoreToRead)
        return state;
    const qint64 fileSize = device->isSequential() ? -1 : device->size();
    const qint64 start = position;
    spoolFull = false;
    do {
        bool atEnd = false;
        if (!readNextBlock(device, fileSize, &atEnd)) {
            state = State::Failed;
        } else if (atEnd) {
            const bool ok = first ? fail(0, tr("empty file: not a pcapng file (nothing at offset %1)"))
                                  : finishPending(position, true);
            state = ok ? State::Done : State::Failed;
        }
    } while (state == State::MoreToRead && position - start < maxBytes && !spoolFull);
    return state;
}

bool PcapngReader::Private::readNextBlock(QIODevice *device, qint64 fileSize, bool *atEnd)
{
    char header[8] = {};
    const qint64 got = device->read(header, 8);
    if (got == 0 || (got < 0 && device->atEnd())) {
        *atEnd = true;
        return true;
    }
    if (got < 0)
        return fail(position, tr("could not read at offset %1: %2"), device->errorString());
    if (first) {
        quint32 magic;
        std::memcpy(&magic, header, 4);
        if (magic != SectionHeaderBlock) {
            const quint32 be = qFromBigEndian<quint32>(header);
            if (be == 0xa1b2c3d4 || be == 0xd4c3b2a1 || be == 0xa1b23c4d || be == 0x4d3cb2a1)
                return fail(position, tr("a classic pcap file, not pcapng (convert it with 'editcap -F pcapng'; "
                                         "bad magic at offset %1)"));
            return fail(position, tr("not a pcapng file (bad magic at offset %1)"));
        }
    }
    if (got < 8)
        return fail(position, tr("truncated block at offset %1"));
    quint32 type, length;
    std::memcpy(&type, header, 4);
    std::memcpy(&length, header + 4, 4);
    if (type == SectionHeaderBlock) {
        // The byte order comes from the magic after the length, so peek at it first.
        char magic[4];
        if (device->peek(magic, 4) != 4)
            return fail(position, tr("truncated block at offset %1"));
        quint32 m;
        std::memcpy(&m, magic, 4);
        if (m == ByteOrderMagic)
            swap = false;
        else if (qbswap(m) == ByteOrderMagic)
            swap = true;
        else
            return fail(position, first ? tr("not a pcapng file (bad byte-order magic at offset %1)")
                                      : tr("corrupt section header at offset %1"));
    }
    if (swap) {
        type = qbswap(type);
        length = qbswap(length);
    }
    first = false;
    if (length < 12 || length % 4 != 0 || length > MaxBlockLength)
        return fail(position, tr("corrupt block at offset %1 (impossible length %2)"), length);
    if (fileSize >= 0 && position + length > fileSize)
        return fail(position, tr("truncated block at offset %1 (%2 bytes announced, %3 left in the file)"),
                    length, fileSize - position);
    block.resize(length - 8);
    if (device->read(block.data(), block.size()) != block.size())
        return fail(position, tr("truncated block at offset %1"));
    quint32 trailer;
    std::memcpy(&trailer, block.constData() + block.size() - 4, 4);
    if ((swap ? qbswap(trailer) : trailer) != length)
        return fail(position, tr("corrupt block at offset %1 (its two lengths differ)"));
    Cursor cursor(block.constData(), block.size() - 4, swap);
    if (!readBlock(type, cursor, position))
        return false;
    position += length;
    return true;
}

bool PcapngReader::Private::sectionHeader(Cursor &body, qint64 offset)
{
    if (!body.has(16))
        return fail(offset, tr("corrupt section header at offset %1"));
    body.skip(4);
    const quint16 major = body.u16();
    body.skip(2 + 8);
    if (major != 1)
        return fail(offset, tr("unsupported pcapng version %2 at offset %1"), major);
    QList<Option> options;
    if (!parseOptions(body, &options, swap))
        return fail(offset, tr("corrupt options in the section header at offset %1"));
    interfaces.clear();
    const bool claimed = std::any_of(options.cbegin(), options.cend(), [](const Option &option) {
        return option.code == ShbUserAppl && option.value.startsWith("Sockbench");
    });
    foreign = !claimed;
    claimedOnly = claimed;
    return true;
}

bool PcapngReader::Private::readBlock(quint32 type, Cursor &body, qint64 offset)
{
    switch (type) {
    case SectionHeaderBlock:
        return finishPending(offset, false) && sectionHeader(body, offset);
    case InterfaceDescriptionBlock: {
        if (!body.has(8))
            return fail(offset, tr("corrupt interface block at offset %1"));
        Interface interface;
        interface.linkType = body.u16();
        body.skip(6);
        QList<Option> options;
        if (!parseOptions(body, &options, swap))
            return fail(offset, tr("corrupt options in the interface block at offset %1"));
        for (const Option &option : options) {
            if (option.code == IfTsResol && option.value.size() >= 1)
                interface.tsResolution = quint8(option.value.at(0));
            if (option.code == 14 && option.value.size() >= 8) { // if_tsoffset
                quint64 v;
                std::memcpy(&v, option.value.data(), 8);
                interface.tsOffsetSeconds = qint64(swap ? qbswap(v) : v);
            }
        }
        interfaces.append(interface);
        return true;
    }
    case EnhancedPacketBlock: {
        if (!body.has(20))
            return fail(offset, tr("corrupt packet block at offset %1"));
        const quint32 interfaceId = body.u32();
        const quint64 high = body.u32();
        const quint64 low = body.u32();
        const quint32 captured = body.u32();
        body.skip(4);
        const qsizetype padded = (qsizetype(captured) + 3) & ~qsizetype(3);
        if (!body.has(padded))
            return fail(offset, tr("corrupt packet block at offset %1 (captured length %2 exceeds the block)"), captured);
        const QByteArrayView frame(body.here(), captured);
        body.skip(padded);
        QList<Option> options;
        if (!parseOptions(body, &options, swap))
            return fail(offset, tr("corrupt options in the packet block at offset %1"));
        return packet(interfaceId, (high << 32) | low, frame, options, offset);
    }
    case SimplePacketBlock: {
        if (!body.has(4))
            return fail(offset, tr("corrupt packet block at offset %1"));
        const quint32 original = body.u32();
        const QByteArrayView frame(body.here(), std::min<qsizetype>(original, body.left()));
        return packet(0, 0, frame, {}, offset);
    }
    case NameResolutionBlock: {
        // Name records first (type, length, value padded to 4), up to the end record; then options, where our
        // records ride in custom options.
        for (;;) {
            if (!body.has(4))
                return fail(offset, tr("corrupt name resolution block at offset %1"));
            const quint16 recordType = body.u16();
            const quint16 length = body.u16();
            if (recordType == 0)
                break;
            const qsizetype padded = (qsizetype(length) + 3) & ~qsizetype(3);
            if (!body.has(padded))
                return fail(offset, tr("corrupt name resolution block at offset %1"));
            body.skip(padded);
        }
        QList<Option> options;
        if (!parseOptions(body, &options, swap))
            return fail(offset, tr("corrupt options in the name resolution block at offset %1"));
        return ourRecords(options, offset);
    }
    case CustomBlockCopy:
    case CustomBlockNoCopy: {
        if (!body.has(8) || body.u32() != EnterpriseNumber || std::memcmp(body.here(), RecordTag, 4) != 0)
            return true; // someone else's
        body.skip(4);
        return record(QByteArrayView(body.here(), body.left()), offset);
    }
    default:
        return true; // name resolution, statistics, journal-export blocks...: nothing for us
    }
}

bool PcapngReader::Private::record(QByteArrayView data, qint64 offset)
{
    foreign = false;
    claimedOnly = false;
    Cursor r(data.data(), data.size(), false);
    auto corrupt = [&] { return fail(offset, tr("corrupt Sockbench record at offset %1")); };
    if (!r.has(4))
        return corrupt();
    const auto kind = Record(r.u8());
    const quint8 version = r.u8();
    r.skip(2);
    if (version != RecordVersion)
        return fail(offset, tr("Sockbench record version %2 at offset %1 is newer than this program"), version);
    auto readLE32 = [&r] { const quint32 v = qFromLittleEndian<quint32>(r.here()); r.skip(4); return v; };
    auto readLE64 = [&r] { const quint64 v = qFromLittleEndian<quint64>(r.here()); r.skip(8); return v; };
    switch (kind) {
    case Record::Session: {
        if (!r.has(20))
            return corrupt();
        SessionInfo info;
        info.id = readLE32();
        info.role = r.u8() == quint8(SessionRole::Server) ? SessionRole::Server : SessionRole::Client;
        r.skip(3);
        info.startedWallClockNs = qint64(readLE64());
        const quint32 length = readLE32();
        if (!r.has(length))
            return corrupt();
        info.name = QString::fromUtf8(r.here(), length);
        store->describeSession(info);
        return true;
    }
    case Record::Connection: {
        if (!r.has(8))
            return corrupt();
        ConnectionInfo info;
        info.id = readLE32();
        info.sessionId = readLE32();
        for (Endpoint *endpoint : { &info.local, &info.peer }) {
            if (!r.has(2))
                return corrupt();
            const quint16 length = qFromLittleEndian<quint16>(r.here());
            r.skip(2);
            if (!r.has(length + 2))
                return corrupt();
            if (length > 0)
                endpoint->address = QHostAddress(QString::fromUtf8(r.here(), length));
            r.skip(length);
            endpoint->port = qFromLittleEndian<quint16>(r.here());
            r.skip(2);
        }
        store->describeConnection(info);
        return true;
    }
    case Record::Event: {
        if (!r.has(32))
            return corrupt();
        if (!finishPending(offset, false))
            return false;
        const qint64 mono = qint64(readLE64());
        const qint64 wall = qint64(readLE64());
        const quint32 session = readLE32();
        const quint32 connection = readLE32();
        const quint8 kindByte = r.u8();
        const quint8 directionByte = r.u8();
        const quint8 flags = r.u8();
        r.skip(1);
        const quint32 size = readLE32();
        const std::optional<EventKind> knownKind = EventVocabulary::fromCode(kindByte);
        if (!knownKind || directionByte > quint8(Direction::Outbound))
            return corrupt();
        const EventKind eventKind = *knownKind;
        const auto direction = Direction(directionByte);
        if (flags & PayloadInline) {
            if (!r.has(size))
                return corrupt();
            append(mono, wall, eventKind, direction, session, connection, QByteArray(r.here(), size));
        } else if (size == 0) {
            append(mono, wall, eventKind, direction, session, connection, {});
        } else {
            pending = Pending { true, mono, wall, session, connection, direction, size, {}, offset };
            // The size is the file's word, not a fact: grow with the segments that really come.
            pending.payload.reserve(std::min<qint64>(size, 1024 * 1024));
        }
        return true;
    }
    }
    return corrupt();
}

bool PcapngReader::Private::finishPending(qint64 offset, bool atEnd)
{
    if (!pending.active)
        return true;
    pending.active = false;
    // Offer what arrived, then say it is incomplete.
    append(pending.mono, pending.wall, EventKind::Data, pending.direction, pending.session, pending.connection,
           pending.payload);
    if (atEnd)
        return fail(offset, tr("truncated: the file ends at offset %1 inside a chunk of %2 bytes (%3 read)"),
                    pending.size, pending.payload.size());
    return fail(offset, tr("corrupt: a chunk of %2 bytes ends early at offset %1 (%3 read)"), pending.size,
                pending.payload.size());
}

bool PcapngReader::Private::ourRecords(const QList<Option> &options, qint64 offset)
{
    for (const Option &option : options) {
        if ((option.code == OptCustomBinaryNoCopy || option.code == OptCustomBinaryCopy) && option.value.size() >= 8
            && qFromLittleEndian<quint32>(option.value.data()) == EnterpriseNumber
            && std::memcmp(option.value.data() + 4, RecordTag, 4) == 0) {
            if (!record(option.value.sliced(8), offset))
                return false;
        }
    }
    return true;
}

bool PcapngReader::Private::packet(quint32 interfaceId, quint64 ts, QByteArrayView frame, const QList<Option> &options,
                                   qint64 offset)
{
    if (interfaceId >= quint32(interfaces.size()))
        return fail(offset, tr("packet at offset %1 names interface %2, which was not described"), interfaceId);
    const Interface &interface = interfaces.at(int(interfaceId));
    if (!ourRecords(options, offset))
        return false;
    if (claimedOnly) {
        claimedOnly = false;
        foreign = true;
    }
    Segment segment;
    const bool tcp = parseFrame(interface.linkType, reinterpret_cast<const uchar *>(frame.data()), frame.size(), &segment);
    if (foreign) {
        if (tcp)
            foreignPacket(segment, toNanoseconds(ts, interface));
        return true;
    }
    if (!pending.active || !tcp || segment.payload.isEmpty())
        return true;
    if (pending.payload.size() + segment.payload.size() > qsizetype(pending.size))
        return fail(offset, tr("corrupt: the packet at offset %1 carries more bytes than its chunk announced"));
    pending.payload.append(segment.payload.data(), segment.payload.size());
    if (pending.payload.size() == qsizetype(pending.size)) {
        pending.active = false;
        append(pending.mono, pending.wall, EventKind::Data, pending.direction, pending.session, pending.connection,
               pending.payload);
        pending.payload = {};
    }
    return true;
}

void PcapngReader::Private::foreignPacket(const Segment &segment, qint64 ns)
{
    constexpr quint32 Session = 1;
    if (conversations.isEmpty()) {
        store->describeSession(SessionInfo { Session, SessionRole::Client,
                                             tr("Imported %1").arg(sourceName), ns });
    }
    const Endpoint source { segment.source, segment.sourcePort };
    const Endpoint destination { segment.destination, segment.destinationPort };
    const QString a = source.toString(), b = destination.toString();
    const QString key = a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
    auto it = conversations.find(key);
    if (it == conversations.end()) {
        Conversation c;
        c.id = nextConnectionId++;
        // The side that sent the SYN (or, mid-stream, the first packet) is "local": its bytes are outbound.
        const bool synAck = (segment.flags & TcpSyn) && (segment.flags & TcpAck);
        c.local = synAck ? destination : source;
        c.peer = synAck ? source : destination;
        it = conversations.insert(key, c);
        store->describeConnection(ConnectionInfo { c.id, Session, c.local, c.peer });
        append(ns, ns, EventKind::Connected, Direction::None, Session, c.id, c.peer.toString().toUtf8());
    }
    Conversation &c = *it;
    const int side = source == c.local ? 0 : 1;
    const Direction direction = side == 0 ? Direction::Outbound : Direction::Inbound;
    if (segment.flags & TcpSyn) {
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
    if (ahead > 0) {
        payload = ahead >= payload.size() ? QByteArrayView() : payload.sliced(ahead);
    }
    if (!payload.isEmpty()) {
        append(ns, ns, EventKind::Data, direction, Session, c.id, payload.toByteArray());
        c.next[side] = segment.seq + quint32(std::max<qint32>(ahead, 0)) + quint32(payload.size());
    }
    if ((segment.flags & TcpFin) && !c.fin[side]) {
        c.fin[side] = true;
        c.next[side] += 1;
        append(ns, ns, side == 0 ? EventKind::LocalHalfClosed : EventKind::PeerHalfClosed, Direction::None, Session, c.id, {});
        if (c.fin[0] && c.fin[1] && !c.closed) {
            c.closed = true;
            append(ns, ns, EventKind::Closed, Direction::None, Session, c.id, {});
        }
    }
    if ((segment.flags & TcpRst) && !c.closed) {
        c.closed = true;
        append(ns, ns, EventKind::Error, Direction::None, Session, c.id,
               (side == 0 ? tr("reset by the local side") : tr("connection reset by peer")).toUtf8());
        append(ns, ns, EventKind::Closed, Direction::None, Session, c.id, {});
    }
}

PcapngReader::PcapngReader(CaptureStore *store)
    : d(std::make_unique<Private>(store))
{
}

PcapngReader::~PcapngReader() = default;

bool PcapngReader::read(QIODevice *device)
{
    State state;
    while ((state = readSome(device, 8 * 1024 * 1024)) == State::MoreToRead) {
        // Nothing else runs meanwhile: wait for the spool here.
        if (d->spoolFull)
            d->store->flush();
    }
    return state == State::Done;
}

PcapngReader::State PcapngReader::readSome(QIODevice *device, qint64 maxBytes)
{
    if (!d->started) {
        d->started = true;
        d->error.clear();
        if (const auto *file = qobject_cast<const QFileDevice *>(device))
            d->sourceName = QFileInfo(file->fileName()).fileName();
    }
    return d->readSome(device, maxBytes);
}

QString PcapngReader::errorString() const
{
    return d->error;
}

bool PcapngReader::isForeign() const
{
    return d->foreign;
}

qint64 PcapngReader::eventsRead() const
{
    return d->events;
}

} // namespace Sockbench
