#pragma once

#include "tcpreassembler.h"
#include "transcriptreader.h"

namespace Sockbench {

/// Reads a classic pcap file (what tcpdump -w and editcap -F pcap write) into a CaptureStore, treating it as
/// hostile input, and rebuilds its TCP conversations as PcapngReader does for a foreign pcapng.
///
/// Both byte orders, microsecond and nanosecond timestamps (by the magic), and the link types PacketDissector
/// knows (Ethernet, Linux cooked SLL and SLL2, BSD loopback, raw IP). Every record length is checked against
/// the limit and the file before anything is allocated; an error names the byte offset of the record.
class PcapReader final : public TranscriptReader
{
public:
    explicit PcapReader(CaptureStore *store);

    /// Whether the first four bytes of a file, read little-endian, are a classic pcap magic (either byte
    /// order, microseconds or nanoseconds).
    static bool isPcapMagic(quint32 littleEndianMagic);

    /// Reads records until about maxBytes were consumed (at least one).
    State readSome(QIODevice *device, qint64 maxBytes) override;
    bool isForeign() const override { return true; }
    /// The file's link type (valid once the header was read).
    quint32 linkType() const { return m_linkType; }
    bool isNanosecond() const { return m_nanosecond; }
    bool isBigEndian() const { return m_bigEndian; }

    /// Largest record accepted (a snap length beyond any real one).
    static constexpr quint32 MaxRecordLength = 256u * 1024 * 1024;

private:
    bool readHeader(QIODevice *device);
    /// Reads the next record; at the end of the device, sets *atEnd and reads nothing.
    bool readRecord(QIODevice *device, bool *atEnd);
    template <typename... Args> bool failAt(qint64 offset, const QString &message, Args... args);

    TcpReassembler m_reassembler;
    State m_state = State::MoreToRead;
    qint64 m_position = 0; ///< Of the next record in the file.
    qint64 m_fileSize = -1;
    QByteArray m_record; ///< The record being read, kept to reuse its memory.
    quint32 m_linkType = 0;
    bool m_headerRead = false;
    bool m_nanosecond = false;
    bool m_bigEndian = false;
};

} // namespace Sockbench
