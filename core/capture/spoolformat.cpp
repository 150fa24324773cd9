#include "spoolformat.h"

#include "transcript/pcapngformat.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtEndian>

namespace Sockbench::SpoolFormat {

namespace {

using namespace Pcapng;

// Fixed part of an event record: kind, version, 2 reserved, two clocks, session, connection, kind, direction,
// flags, reserved, payload size (pcapngformat.h, Record::Event).
constexpr int EventRecordSize = 4 + 8 + 8 + 4 + 4 + 4 + 4;
// Block type, length, enterprise number, tag.
constexpr int CustomHeadSize = 16;
// A skip block's tag: ours, so nobody else's reader mistakes it, and not a record, so ours skips it.
constexpr char SkipTag[4] = { 'S', 'B', 'S', 'K' };

// A whole custom block holding one of our records.
QByteArray recordBlock(const QByteArray &record)
{
    BlockBuilder body;
    body.u32(EnterpriseNumber);
    body.bytes(RecordTag, 4);
    body.bytes(record);
    body.pad();
    return block(CustomBlockNoCopy, body.data());
}

qint64 paddingFor(qint64 payloadSize)
{
    return (4 - payloadSize % 4) % 4;
}

} // namespace

QByteArray header(const QString &description)
{
    BlockBuilder shb;
    shb.u32(ByteOrderMagic);
    shb.u16(1);
    shb.u16(0);
    shb.u64(~quint64(0)); // section length unknown: the spool grows
    shb.option(OptComment, (QStringLiteral("Sockbench transcript: ") + description).toUtf8());
    shb.option(ShbOs, QSysInfo::prettyProductName().toUtf8());
    shb.option(ShbUserAppl,
        QString(QStringLiteral("Sockbench ") + QCoreApplication::applicationVersion()).trimmed().toUtf8());
    shb.u32(OptEndOfOpt);

    BlockBuilder idb;
    idb.u16(LinkTypeRaw);
    idb.u16(0);
    idb.u32(0);
    idb.option(IfName, QByteArrayLiteral("sockbench"));
    idb.option(IfTsResol, QByteArray(1, char(9))); // nanoseconds
    idb.u32(OptEndOfOpt);
    return block(SectionHeaderBlock, shb.data()) + block(InterfaceDescriptionBlock, idb.data());
}

QByteArray sessionBlock(const SessionInfo &info)
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
    const QByteArray name = info.name.toUtf8().left(64 * 1024);
    r.u32(quint32(name.size()));
    r.bytes(name);
    return recordBlock(r.data());
}

QByteArray connectionBlock(const ConnectionInfo &info)
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
    return recordBlock(r.data());
}

qint64 eventBlockSize(qint64 payloadSize)
{
    return CustomHeadSize + EventRecordSize + payloadSize + paddingFor(payloadSize) + 4;
}

qint64 maxPayloadSize()
{
    return qint64(MaxBlockLength) - eventBlockSize(0) - 4;
}

QByteArray eventHead(const CaptureEvent &event)
{
    const quint32 total = quint32(eventBlockSize(event.payloadSize));
    BlockBuilder head;
    head.u32(CustomBlockNoCopy);
    head.u32(total);
    head.u32(EnterpriseNumber);
    head.bytes(RecordTag, 4);
    head.u8(quint8(Record::Event));
    head.u8(RecordVersion);
    head.u16(0);
    head.u64(quint64(event.monotonicNs));
    head.u64(quint64(event.wallClockNs));
    head.u32(event.sessionId);
    head.u32(event.connectionId);
    head.u8(quint8(event.kind));
    head.u8(quint8(event.direction));
    head.u8(PayloadInline);
    head.u8(0);
    head.u32(event.payloadSize);
    if (event.payloadSize == 0)
        head.u32(total); // the whole block
    return head.data();
}

QByteArray eventTail(const CaptureEvent &event)
{
    if (event.payloadSize == 0)
        return {};
    BlockBuilder tail;
    tail.bytes(QByteArray(int(paddingFor(event.payloadSize)), '\0'));
    tail.u32(quint32(eventBlockSize(event.payloadSize)));
    return tail.data();
}

QByteArray skipHead(quint32 length)
{
    BlockBuilder head;
    head.u32(CustomBlockNoCopy);
    head.u32(length);
    head.u32(EnterpriseNumber);
    head.bytes(SkipTag, 4);
    return head.data();
}

QByteArray skipTail(quint32 length)
{
    BlockBuilder tail;
    tail.u32(length);
    return tail.data();
}

quint32 maxSkipLength()
{
    return MaxBlockLength;
}

} // namespace Sockbench::SpoolFormat
