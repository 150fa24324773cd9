#include "pcapngreader.h"

#include "blockcursor.h"
#include "capture/capturestore.h"
#include "capture/eventvocabulary.h"
#include "deviceerror.h"
#include "packetdissector.h"
#include "pcapngformat.h"
#include "pcapreader.h"
#include "tcpreassembler.h"

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

struct Option
{
    quint16 code = 0;
    QByteArrayView value;
};

/// Splits an options area (each option padded to four bytes); false when an option runs past the end.
bool parseOptions(BlockCursor &cursor, QList<Option> *options)
{
    while (cursor.left() >= 4) {
        const quint16 code = cursor.u16();
        const quint16 length = cursor.u16();
        if (code == OptEndOfOpt)
            return true;
        const QByteArrayView value = cursor.view(length);
        cursor.align4();
        if (!cursor.ok())
            return false;
        options->append(Option { code, value });
    }
    return cursor.ok();
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
    if (qMulOverflow(interface.tsOffsetSeconds, qint64(1000000000), &offset)
        || qAddOverflow(ns, offset, &result))
        return std::numeric_limits<qint64>::max();
    return result;
}

} // namespace

class PcapngReader::Private
{
    // The context lupdate gives the messages written in these members, so their translations apply (a free
    // tr() naming "Sockbench::PcapngReader" matched no context in the .ts files: 25 messages never
    // translated).
    Q_DECLARE_TR_FUNCTIONS(Sockbench::PcapngReader::Private)

public:
    Private(PcapngReader *reader, CaptureStore *s)
        : q(reader)
        , store(s)
        , reassembler(s,
              [this](qint64 ns, EventKind kind, Direction direction, quint32 session, quint32 connection,
                  const QByteArray &payload) {
                  q->append(ns, ns, kind, direction, session, connection, payload);
              })
    { }

    State readSome(QIODevice *device, qint64 maxBytes);
    /// Reads the next block; at the end of the device, sets *atEnd and reads nothing.
    bool readNextBlock(QIODevice *device, qint64 fileSize, bool *atEnd);
    /// Records the first error: message's %1 is the offset, %2... the further arguments.
    template <typename... Args> bool fail(qint64 offset, const QString &message, Args... args)
    {
        QString text = message.arg(offset);
        ((text = text.arg(args)), ...);
        return q->fail(offset, text);
    }
    bool readBlock(quint32 type, BlockCursor &body, qint64 offset);
    bool sectionHeader(BlockCursor &body, qint64 offset);
    bool record(QByteArrayView data, qint64 offset);
    /// Reads the Sockbench records among options (custom options with our enterprise number and tag).
    bool ourRecords(const QList<Option> &options, qint64 offset);
    void append(qint64 mono, qint64 wall, EventKind kind, Direction direction, quint32 session,
        quint32 connection, const QByteArray &payload)
    {
        q->append(mono, wall, kind, direction, session, connection, payload);
    }
    bool packet(
        quint32 interfaceId, quint64 ts, QByteArrayView frame, const QList<Option> &options, qint64 offset);
    bool finishPending(qint64 offset, bool atEnd);

    PcapngReader *q;
    CaptureStore *store;
    bool foreign = false;
    // The section says Sockbench wrote it, but no record has come yet. A packet first means the records were
    // lost on the way (editcap, a tshark filter: they keep the header, drop our blocks): rebuild from
    // packets.
    bool claimedOnly = false;
    bool bigEndian = false; ///< The section's byte order.
    QList<Interface> interfaces;

    // Where readSome() goes on from.
    State state = State::MoreToRead;
    bool started = false;
    bool first = true;
    qint64 position = 0; ///< Of the next block in the file.
    QByteArray block; ///< The block being read, kept to reuse its memory.

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

    // Foreign mode: conversations rebuilt from the packets.
    TcpReassembler reassembler;
};

PcapngReader::State PcapngReader::Private::readSome(QIODevice *device, qint64 maxBytes)
{
    if (state != State::MoreToRead)
        return state;
    const qint64 fileSize = device->isSequential() ? -1 : device->size();
    const qint64 start = position;
    q->resetSpoolFull();
    do {
        bool atEnd = false;
        if (!readNextBlock(device, fileSize, &atEnd)) {
            state = State::Failed;
        } else if (atEnd) {
            const bool ok = first ? fail(0, tr("empty file: not a pcapng file (nothing at offset %1)"))
                                  : finishPending(position, true);
            state = ok ? State::Done : State::Failed;
        }
    } while (state == State::MoreToRead && position - start < maxBytes && !q->spoolFull());
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
        return fail(position, tr("could not read at offset %1: %2"), DeviceError::describe(device, errno));
    if (first) {
        if (qFromLittleEndian<quint32>(header) != SectionHeaderBlock) {
            if (PcapReader::isPcapMagic(qFromLittleEndian<quint32>(header)))
                return fail(position,
                    tr("a classic pcap file, not pcapng (convert it with 'editcap -F pcapng'; "
                       "bad magic at offset %1)"));
            return fail(position, tr("not a pcapng file (bad magic at offset %1)"));
        }
    }
    if (got < 8)
        return fail(position, tr("truncated block at offset %1"));
    // The section header's type reads the same in both byte orders; its byte order comes from the magic after
    // the length, so peek at that first.
    if (qFromLittleEndian<quint32>(header) == SectionHeaderBlock) {
        char magic[4];
        if (device->peek(magic, 4) != 4)
            return fail(position, tr("truncated block at offset %1"));
        if (qFromLittleEndian<quint32>(magic) == ByteOrderMagic)
            bigEndian = false;
        else if (qFromBigEndian<quint32>(magic) == ByteOrderMagic)
            bigEndian = true;
        else
            return fail(position,
                first ? tr("not a pcapng file (bad byte-order magic at offset %1)")
                      : tr("corrupt section header at offset %1"));
    }
    BlockCursor head(QByteArrayView(header, 8), position, bigEndian);
    const quint32 type = head.u32();
    const quint32 length = head.u32();
    first = false;
    if (length < 12 || length % 4 != 0 || length > MaxBlockLength)
        return fail(position, tr("corrupt block at offset %1 (impossible length %2)"), length);
    if (fileSize >= 0 && position + length > fileSize)
        return fail(position, tr("truncated block at offset %1 (%2 bytes announced, %3 left in the file)"),
            length, fileSize - position);
    block.resize(length - 8);
    if (device->read(block.data(), block.size()) != block.size())
        return fail(position, tr("truncated block at offset %1"));
    BlockCursor trailer(QByteArrayView(block).last(4), position + length - 4, bigEndian);
    if (trailer.u32() != length)
        return fail(position, tr("corrupt block at offset %1 (its two lengths differ)"));
    BlockCursor body(QByteArrayView(block).first(block.size() - 4), position + 8, bigEndian);
    if (!readBlock(type, body, position))
        return false;
    position += length;
    return true;
}

bool PcapngReader::Private::sectionHeader(BlockCursor &body, qint64 offset)
{
    body.skip(4); // the byte-order magic, read already
    const quint16 major = body.u16();
    body.skip(2 + 8); // minor version, section length
    if (!body.ok())
        return fail(offset, tr("corrupt section header at offset %1"));
    if (major != 1)
        return fail(offset, tr("unsupported pcapng version %2 at offset %1"), major);
    QList<Option> options;
    if (!parseOptions(body, &options))
        return fail(offset, tr("corrupt options in the section header at offset %1"));
    interfaces.clear();
    const bool claimed = std::any_of(options.cbegin(), options.cend(), [](const Option &option) {
        return option.code == ShbUserAppl && option.value.startsWith("Sockbench");
    });
    foreign = !claimed;
    claimedOnly = claimed;
    return true;
}

bool PcapngReader::Private::readBlock(quint32 type, BlockCursor &body, qint64 offset)
{
    switch (type) {
    case SectionHeaderBlock:
        return finishPending(offset, false) && sectionHeader(body, offset);
    case InterfaceDescriptionBlock: {
        Interface interface;
        interface.linkType = body.u16();
        body.skip(6); // reserved, snap length
        if (!body.ok())
            return fail(offset, tr("corrupt interface block at offset %1"));
        QList<Option> options;
        if (!parseOptions(body, &options))
            return fail(offset, tr("corrupt options in the interface block at offset %1"));
        for (const Option &option : options) {
            BlockCursor value(option.value, 0, bigEndian);
            if (option.code == IfTsResol && option.value.size() >= 1)
                interface.tsResolution = value.u8();
            if (option.code == 14 && option.value.size() >= 8) // if_tsoffset
                interface.tsOffsetSeconds = qint64(value.u64());
        }
        interfaces.append(interface);
        return true;
    }
    case EnhancedPacketBlock: {
        const quint32 interfaceId = body.u32();
        const quint64 high = body.u32();
        const quint64 low = body.u32();
        const quint32 captured = body.u32();
        body.skip(4); // original length
        if (!body.ok())
            return fail(offset, tr("corrupt packet block at offset %1"));
        const QByteArrayView frame = body.view(captured);
        body.align4();
        if (!body.ok())
            return fail(offset,
                tr("corrupt packet block at offset %1 (captured length %2 exceeds the block)"), captured);
        QList<Option> options;
        if (!parseOptions(body, &options))
            return fail(offset, tr("corrupt options in the packet block at offset %1"));
        return packet(interfaceId, (high << 32) | low, frame, options, offset);
    }
    case SimplePacketBlock: {
        const quint32 original = body.u32();
        if (!body.ok())
            return fail(offset, tr("corrupt packet block at offset %1"));
        const QByteArrayView frame = body.view(std::min<qsizetype>(original, body.left()));
        return packet(0, 0, frame, {}, offset);
    }
    case NameResolutionBlock: {
        // Name records first (type, length, value padded to 4), up to the end record; then options, where our
        // records ride in custom options.
        for (;;) {
            const quint16 recordType = body.u16();
            const quint16 length = body.u16();
            if (!body.ok())
                return fail(offset, tr("corrupt name resolution block at offset %1"));
            if (recordType == 0)
                break;
            body.skip(length);
            body.align4();
            if (!body.ok())
                return fail(offset, tr("corrupt name resolution block at offset %1"));
        }
        QList<Option> options;
        if (!parseOptions(body, &options))
            return fail(offset, tr("corrupt options in the name resolution block at offset %1"));
        return ourRecords(options, offset);
    }
    case CustomBlockCopy:
    case CustomBlockNoCopy: {
        const quint32 enterprise = body.u32();
        const QByteArrayView tag = body.view(4);
        if (!body.ok() || enterprise != EnterpriseNumber || tag != QByteArrayView(RecordTag, 4))
            return true; // someone else's
        return record(body.rest(), offset);
    }
    default:
        return true; // name resolution, statistics, journal-export blocks...: nothing for us
    }
}

bool PcapngReader::Private::record(QByteArrayView data, qint64 offset)
{
    foreign = false;
    claimedOnly = false;
    // Our records are little-endian whatever the section's byte order.
    BlockCursor r(data, offset, false);
    auto corrupt = [&] { return fail(offset, tr("corrupt Sockbench record at offset %1")); };
    const auto kind = Record(r.u8());
    const quint8 version = r.u8();
    const quint8 variant = r.u8(); // a connection's transport; 0 elsewhere (and in files before UDP)
    r.skip(1);
    if (!r.ok())
        return corrupt();
    if (version != RecordVersion)
        return fail(
            offset, tr("Sockbench record version %2 at offset %1 is newer than this program"), version);
    switch (kind) {
    case Record::Session: {
        SessionInfo info;
        info.id = r.u32();
        info.role = r.u8() == quint8(SessionRole::Server) ? SessionRole::Server : SessionRole::Client;
        r.skip(3);
        info.startedWallClockNs = qint64(r.u64());
        const quint32 length = r.u32();
        const QByteArrayView name = r.view(length);
        if (!r.ok())
            return corrupt();
        info.name = QString::fromUtf8(name);
        store->describeSession(info);
        return true;
    }
    case Record::Connection: {
        ConnectionInfo info;
        if (variant > quint8(Transport::Udp))
            return corrupt();
        info.transport = Transport(variant);
        info.id = r.u32();
        info.sessionId = r.u32();
        for (Endpoint *endpoint : { &info.local, &info.peer }) {
            const quint16 length = r.u16();
            const QByteArrayView address = r.view(length);
            endpoint->port = r.u16();
            if (r.ok() && length > 0)
                endpoint->address = QHostAddress(QString::fromUtf8(address));
            // Without an address the endpoint is unknown (Endpoint::isValid), whatever port came with it:
            // every format writes it as nothing, so keep nothing.
            if (!endpoint->isValid())
                *endpoint = Endpoint {};
        }
        if (!r.ok())
            return corrupt();
        store->describeConnection(info);
        return true;
    }
    case Record::Event: {
        const qint64 mono = qint64(r.u64());
        const qint64 wall = qint64(r.u64());
        const quint32 session = r.u32();
        const quint32 connection = r.u32();
        const quint8 kindByte = r.u8();
        const quint8 directionByte = r.u8();
        const quint8 flags = r.u8();
        const quint8 why = r.u8();
        const quint32 size = r.u32();
        if (!r.ok())
            return corrupt();
        if (!finishPending(offset, false))
            return false;
        const std::optional<EventKind> knownKind = EventVocabulary::fromCode(kindByte);
        if (!knownKind || directionByte > quint8(Direction::Outbound))
            return corrupt();
        const EventKind eventKind = *knownKind;
        const auto direction = Direction(directionByte);
        if (flags & PayloadMissing) {
            // Bytes the writer did not have: read back as missing, for the reason given, never as empty.
            if ((flags & PayloadInline) || size == 0
                || (why != quint8(PayloadLoss::Lost) && why != quint8(PayloadLoss::Dropped)))
                return corrupt();
            q->appendMissing(mono, wall, eventKind, direction, session, connection, size, PayloadLoss(why));
        } else if (flags & PayloadInline) {
            const QByteArrayView payload = r.view(size);
            if (!r.ok())
                return corrupt();
            append(mono, wall, eventKind, direction, session, connection, payload.toByteArray());
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
    append(pending.mono, pending.wall, EventKind::Data, pending.direction, pending.session,
        pending.connection, pending.payload);
    if (atEnd)
        return fail(offset, tr("truncated: the file ends at offset %1 inside a chunk of %2 bytes (%3 read)"),
            pending.size, pending.payload.size());
    return fail(offset, tr("corrupt: a chunk of %2 bytes ends early at offset %1 (%3 read)"), pending.size,
        pending.payload.size());
}

bool PcapngReader::Private::ourRecords(const QList<Option> &options, qint64 offset)
{
    for (const Option &option : options) {
        if ((option.code == OptCustomBinaryNoCopy || option.code == OptCustomBinaryCopy)
            && option.value.size() >= 8 && qFromLittleEndian<quint32>(option.value.data()) == EnterpriseNumber
            && std::memcmp(option.value.data() + 4, RecordTag, 4) == 0) {
            if (!record(option.value.sliced(8), offset))
                return false;
        }
    }
    return true;
}

bool PcapngReader::Private::packet(
    quint32 interfaceId, quint64 ts, QByteArrayView frame, const QList<Option> &options, qint64 offset)
{
    if (interfaceId >= quint32(interfaces.size()))
        return fail(
            offset, tr("packet at offset %1 names interface %2, which was not described"), interfaceId);
    const Interface &interface = interfaces.at(int(interfaceId));
    if (!ourRecords(options, offset))
        return false;
    if (claimedOnly) {
        claimedOnly = false;
        foreign = true;
    }
    TcpSegment segment;
    const bool tcp = PacketDissector::dissect(interface.linkType, frame, &segment);
    if (foreign) {
        if (tcp)
            reassembler.add(segment, toNanoseconds(ts, interface));
        return true;
    }
    if (!pending.active || !tcp || (segment.payload.isEmpty() && !segment.udp))
        return true;
    if (pending.payload.size() + segment.payload.size() > qsizetype(pending.size))
        return fail(
            offset, tr("corrupt: the packet at offset %1 carries more bytes than its chunk announced"));
    pending.payload.append(segment.payload.data(), segment.payload.size());
    if (pending.payload.size() == qsizetype(pending.size)) {
        pending.active = false;
        append(pending.mono, pending.wall, EventKind::Data, pending.direction, pending.session,
            pending.connection, pending.payload);
        pending.payload = {};
    }
    return true;
}

PcapngReader::PcapngReader(CaptureStore *store)
    : TranscriptReader(store)
    , d(std::make_unique<Private>(this, store))
{ }

PcapngReader::~PcapngReader() = default;

PcapngReader::State PcapngReader::readSome(QIODevice *device, qint64 maxBytes)
{
    if (!d->started) {
        d->started = true;
        if (const auto *file = qobject_cast<const QFileDevice *>(device))
            d->reassembler.setSourceName(QFileInfo(file->fileName()).fileName());
    }
    return d->readSome(device, maxBytes);
}

bool PcapngReader::isForeign() const
{
    return d->foreign;
}

} // namespace Sockbench
