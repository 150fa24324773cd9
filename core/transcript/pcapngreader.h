#pragma once

#include <QString>

#include <memory>

class QIODevice;

namespace Sockbench {

class CaptureStore;

/// Reads a pcapng file into a CaptureStore, treating it as hostile input.
///
/// A file Sockbench wrote (PcapngWriter) reads back losslessly: every event with its kind, direction,
/// session, connection, both clocks and payload, and every session's and connection's facts. A pcapng from
/// elsewhere (tshark, Wireshark, tcpdump) is reconstructed instead: one imported client session, one
/// connection per TCP 4-tuple (local is the side that sent the SYN, or the first packet), its payloads as
/// data events in file order with retransmitted bytes dropped (gaps are not filled), FIN as half-closes and
/// RST as an error; packets that are not TCP over Ethernet, raw IP, Linux cooked or loopback are skipped.
///
/// Every block length is checked against the file before anything is allocated. On a truncated or corrupt
/// file, read() returns false with errorString() naming the byte offset where it breaks; the store then holds
/// everything read before that place.
class PcapngReader final
{
    Q_DISABLE_COPY_MOVE(PcapngReader)
public:
    explicit PcapngReader(CaptureStore *store);
    ~PcapngReader();

    enum class State { MoreToRead, Done, Failed };

    /// Reads the whole device (open for reading). False: see errorString(); what was read stays in the store.
    bool read(QIODevice *device);
    /// Reads whole blocks until about maxBytes were consumed (at least one block), then returns; the next call
    /// goes on from there. Returns early, without waiting, when the store's spool falls behind (appending more
    /// would only queue it in memory): the caller lets it catch up. Done and Failed are final.
    State readSome(QIODevice *device, qint64 maxBytes);

    QString errorString() const;
    /// Whether the file was not written by Sockbench and was reconstructed from its TCP packets.
    bool isForeign() const;
    /// Events appended to the store.
    qint64 eventsRead() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
