#pragma once

#include <QByteArrayView>
#include <QtEndian>

#include <cstring>

namespace Sockbench {

/// Reads little- or big-endian fields out of a block of hostile bytes, with a sticky status as QDataStream
/// has: the first read that runs past the end, or a length the caller finds impossible (fail()), sets the
/// status and keeps that read's file offset; every later read fails too and returns zeros or empty views.
/// So a parser reads a whole structure, then checks ok() once, and its error names the first bad place.
class BlockCursor final
{
public:
    enum class Status {
        Ok,
        ReadPastEnd, ///< A read or skip wanted more bytes than are left.
        BadLength, ///< The caller declared a length field impossible (fail()).
    };

    /// data: the bytes to read (not copied: they must outlive the cursor); baseOffset: where data starts in
    /// the file, so errorOffset() names a file offset; bigEndian: the fields' byte order.
    BlockCursor(QByteArrayView data, qint64 baseOffset, bool bigEndian = false)
        : m_data(data)
        , m_base(baseOffset)
        , m_bigEndian(bigEndian)
    { }

    void setBigEndian(bool bigEndian) { m_bigEndian = bigEndian; }
    bool isBigEndian() const { return m_bigEndian; }

    bool ok() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    /// File offset of the read that failed first; -1 while ok().
    qint64 errorOffset() const { return m_errorOffset; }

    /// Position in data; the file offset is baseOffset() + pos().
    qsizetype pos() const { return m_pos; }
    qint64 baseOffset() const { return m_base; }
    qint64 fileOffset() const { return m_base + m_pos; }
    qsizetype left() const { return ok() ? m_data.size() - m_pos : 0; }
    /// Whether n more bytes can be read (never fails the cursor).
    bool has(qsizetype n) const { return ok() && n >= 0 && n <= m_data.size() - m_pos; }
    bool atEnd() const { return left() == 0; }

    quint8 u8() { return take(1) ? quint8(m_data[m_pos - 1]) : 0; }
    quint16 u16() { return field<quint16>(); }
    quint32 u32() { return field<quint32>(); }
    quint64 u64() { return field<quint64>(); }
    /// The next n bytes (a view into data); empty, and the cursor failed, when fewer are left.
    QByteArrayView view(qsizetype n) { return take(n) ? m_data.sliced(m_pos - n, n) : QByteArrayView(); }
    /// Everything left.
    QByteArrayView rest() { return view(left()); }
    void skip(qsizetype n) { take(n); }
    /// Skips to the next multiple of four from the start of data (pcapng pads options and packets so).
    void align4() { skip((4 - m_pos % 4) % 4); }

    /// Declares the field just read impossible (a length that cannot be, an unknown version): the cursor
    /// fails with BadLength at offset (a file offset; -1: the current position). Sticky like a short read.
    void fail(qint64 offset = -1) { setError(Status::BadLength, offset < 0 ? fileOffset() : offset); }

private:
    bool take(qsizetype n)
    {
        if (!ok())
            return false;
        if (n < 0 || n > m_data.size() - m_pos) {
            setError(Status::ReadPastEnd, fileOffset());
            return false;
        }
        m_pos += n;
        return true;
    }
    template <typename T> T field()
    {
        if (!take(sizeof(T)))
            return 0;
        T v;
        std::memcpy(&v, m_data.data() + m_pos - sizeof(T), sizeof(T));
        return m_bigEndian ? qFromBigEndian(v) : qFromLittleEndian(v);
    }
    void setError(Status status, qint64 offset)
    {
        if (m_status != Status::Ok)
            return; // the first error is the one that explains the rest
        m_status = status;
        m_errorOffset = offset;
        m_pos = m_data.size();
    }

    QByteArrayView m_data;
    qint64 m_base = 0;
    qsizetype m_pos = 0;
    qint64 m_errorOffset = -1;
    Status m_status = Status::Ok;
    bool m_bigEndian = false;
};

} // namespace Sockbench
