#include "pcapreader.h"

#include "blockcursor.h"
#include "deviceerror.h"
#include "packetdissector.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <limits>

namespace Sockbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sockbench::PcapReader", text);
}

constexpr quint32 MagicMicroseconds = 0xa1b2c3d4;
constexpr quint32 MagicNanoseconds = 0xa1b23c4d;
constexpr int HeaderSize = 24;
constexpr int RecordHeaderSize = 16;

} // namespace

PcapReader::PcapReader(CaptureStore *store)
    : TranscriptReader(store)
    , m_reassembler(store,
          [this](qint64 ns, EventKind kind, Direction direction, quint32 session, quint32 connection,
              const QByteArray &payload) { append(ns, ns, kind, direction, session, connection, payload); })
{ }

bool PcapReader::isPcapMagic(quint32 magic)
{
    return magic == MagicMicroseconds || magic == MagicNanoseconds || magic == qbswap(MagicMicroseconds)
        || magic == qbswap(MagicNanoseconds);
}

template <typename... Args> bool PcapReader::failAt(qint64 offset, const QString &message, Args... args)
{
    QString text = message.arg(offset);
    ((text = text.arg(args)), ...);
    return fail(offset, text);
}

PcapReader::State PcapReader::readSome(QIODevice *device, qint64 maxBytes)
{
    if (m_state != State::MoreToRead)
        return m_state;
    resetSpoolFull();
    if (!m_headerRead) {
        m_fileSize = device->isSequential() ? -1 : device->size();
        if (const auto *file = qobject_cast<const QFileDevice *>(device))
            m_reassembler.setSourceName(QFileInfo(file->fileName()).fileName());
        if (!readHeader(device))
            return m_state = State::Failed;
    }
    const qint64 start = m_position;
    do {
        bool atEnd = false;
        if (!readRecord(device, &atEnd))
            return m_state = State::Failed;
        if (atEnd)
            return m_state = State::Done;
    } while (m_position - start < maxBytes && !spoolFull());
    return m_state;
}

bool PcapReader::readHeader(QIODevice *device)
{
    char bytes[HeaderSize];
    const qint64 got = device->read(bytes, HeaderSize);
    if (got < 0)
        return failAt(0, tr("could not read at offset %1: %2"), DeviceError::describe(device, errno));
    if (got == 0)
        return failAt(0, tr("empty file: not a pcap file (nothing at offset %1)"));
    BlockCursor header(QByteArrayView(bytes, got), 0, false);
    const quint32 magic = header.u32();
    if (!header.ok() || !isPcapMagic(magic))
        return failAt(0, tr("not a pcap file (bad magic at offset %1)"));
    m_bigEndian = magic == qbswap(MagicMicroseconds) || magic == qbswap(MagicNanoseconds);
    m_nanosecond = magic == MagicNanoseconds || magic == qbswap(MagicNanoseconds);
    header.setBigEndian(m_bigEndian);
    const quint16 major = header.u16();
    const quint16 minor = header.u16();
    header.skip(4 + 4); // time zone (always 0 in practice), significant figures
    header.u32(); // snap length: records are checked against MaxRecordLength and the file instead
    const quint32 network = header.u32();
    if (!header.ok())
        return failAt(
            header.errorOffset(), tr("truncated pcap file header at offset %1 (%2 of 24 bytes)"), got);
    if (major != 2)
        return failAt(4, tr("unsupported pcap version %2.%3 at offset %1"), major, minor);
    // The upper bits may carry the frame check sequence's length; the link type is the lower 16.
    m_linkType = network & 0xffff;
    if (!PacketDissector::isKnownLinkType(m_linkType))
        return failAt(20,
            tr("link type %2 at offset %1 is not one Sockbench reads (Ethernet, Linux cooked, "
               "loopback or raw IP)"),
            m_linkType);
    m_headerRead = true;
    m_position = HeaderSize;
    return true;
}

bool PcapReader::readRecord(QIODevice *device, bool *atEnd)
{
    char bytes[RecordHeaderSize];
    const qint64 got = device->read(bytes, RecordHeaderSize);
    if (got == 0 || (got < 0 && device->atEnd())) {
        *atEnd = true;
        return true;
    }
    if (got < 0)
        return failAt(
            m_position, tr("could not read at offset %1: %2"), DeviceError::describe(device, errno));
    BlockCursor header(QByteArrayView(bytes, got), m_position, m_bigEndian);
    const quint32 seconds = header.u32();
    const quint32 fraction = header.u32();
    const quint32 captured = header.u32();
    header.u32(); // original length: what was on the wire, maybe more than was kept
    if (!header.ok())
        return failAt(
            m_position, tr("truncated packet record at offset %1 (a header of %2 of 16 bytes)"), got);
    if (captured > MaxRecordLength)
        return failAt(
            m_position, tr("corrupt packet record at offset %1 (impossible captured length %2)"), captured);
    const qint64 left = m_fileSize < 0 ? -1 : m_fileSize - m_position - RecordHeaderSize;
    if (left >= 0 && captured > left)
        return failAt(m_position,
            tr("truncated packet record at offset %1 (%2 bytes announced, %3 left in the file)"), captured,
            left);
    m_record.resize(captured);
    const qint64 read = device->read(m_record.data(), captured);
    if (read != qint64(captured))
        return failAt(m_position, tr("truncated packet record at offset %1 (%2 bytes announced, %3 read)"),
            captured, std::max<qint64>(read, 0));
    const qint64 ns
        = qint64(seconds) * 1000000000 + (m_nanosecond ? qint64(fraction) : qint64(fraction) * 1000);
    TcpSegment segment;
    if (PacketDissector::dissect(m_linkType, m_record, &segment))
        m_reassembler.add(segment, ns);
    m_position += RecordHeaderSize + captured;
    return true;
}

} // namespace Sockbench
