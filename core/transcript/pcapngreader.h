#pragma once

#include "transcriptreader.h"

#include <memory>

namespace Sockbench {

/// Reads a pcapng file into a CaptureStore, treating it as hostile input.
///
/// A file Sockbench wrote (PcapngWriter) reads back losslessly: every event with its kind, direction,
/// session, connection, both clocks and payload, and every session's and connection's facts. A pcapng from
/// elsewhere (tshark, Wireshark, tcpdump) is rebuilt from its TCP packets instead (PacketDissector finds
/// them, TcpReassembler makes the conversations); packets that are not TCP over a known link type are
/// skipped.
///
/// Blocks are read with a BlockCursor: every block length is checked against the file before anything is
/// allocated, and every field against its block. On a truncated or corrupt file, read() returns false with
/// errorString() naming the byte offset of the block where it breaks; the store then holds everything read
/// before that place.
class PcapngReader final : public TranscriptReader
{
public:
    explicit PcapngReader(CaptureStore *store);
    ~PcapngReader() override;

    /// Reads whole blocks until about maxBytes were consumed (at least one block).
    State readSome(QIODevice *device, qint64 maxBytes) override;
    bool isForeign() const override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
