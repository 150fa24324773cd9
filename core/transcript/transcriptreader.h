#pragma once

#include "capture/captureevent.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace Sockbench {

class CaptureStore;

/// Reads a transcript or capture file of hostile bytes into a CaptureStore: the one interface behind which
/// the pcapng, classic pcap and JSON Lines readers sit, and the one place a file's format is recognised.
///
/// A reader appends events and describes sessions and connections in the store as it goes, a slice at a time
/// (readSome) or all at once (read). On a truncated or corrupt file it stops with errorString() naming the
/// byte offset (errorOffset()) where the file breaks; the store then holds everything read before it.
class TranscriptReader
{
    Q_DISABLE_COPY_MOVE(TranscriptReader)
public:
    /// What a file to open holds.
    enum class Input {
        Pcapng, ///< pcapng, ours (lossless) or from elsewhere (rebuilt from its TCP packets).
        Pcap, ///< Classic pcap (tcpdump -w, editcap -F pcap): always rebuilt from its TCP packets.
        JsonLines, ///< Sockbench's JSON Lines transcript.
    };
    enum class State { MoreToRead, Done, Failed };

    /// Recognises the format by content (peeks at the device, consumes nothing); the path's extension decides
    /// only for what is neither. nullopt, with *error saying why, for a text or hexdump transcript (written
    /// for people, never read back). Anything else goes to the pcapng reader, which names what it found.
    static std::optional<Input> sniff(QIODevice *device, const QString &path, QString *error);
    /// A reader of that input appending to store.
    static std::unique_ptr<TranscriptReader> create(Input input, CaptureStore *store);
    /// The short name of an input ("pcapng", "pcap", "jsonl").
    static QString name(Input input);

    virtual ~TranscriptReader();

    /// Reads the whole device (open for reading). False: see errorString(); what was read stays in the store.
    bool read(QIODevice *device);
    /// Reads until about maxBytes were consumed (at least one block or line), then returns; the next call
    /// goes on from there. Returns early, without waiting, when the store's spool falls behind (appending
    /// more would only queue it in memory): the caller lets it catch up. Done and Failed are final.
    virtual State readSome(QIODevice *device, qint64 maxBytes) = 0;

    /// Why reading failed, naming the offset; empty while it has not.
    QString errorString() const { return m_errorString; }
    /// The byte offset errorString() names; -1 while no error.
    qint64 errorOffset() const { return m_errorOffset; }
    /// Whether the file was not written by Sockbench and was rebuilt from its TCP packets.
    virtual bool isForeign() const { return false; }
    /// Events appended to the store.
    qint64 eventsRead() const { return m_events; }

protected:
    explicit TranscriptReader(CaptureStore *store);

    /// Appends one event, counting it and noting when the spool falls behind (see spoolFull()).
    void append(qint64 mono, qint64 wall, EventKind kind, Direction direction, quint32 session,
        quint32 connection, const QByteArray &payload);
    /// Appends one event whose size bytes of payload the file marks as missing, and why.
    void appendMissing(qint64 mono, qint64 wall, EventKind kind, Direction direction, quint32 session,
        quint32 connection, quint32 size, PayloadLoss why);
    /// Whether a read found the true end of the device. A sequential device (a pipe) is at its end only
    /// when a read gives nothing: atEnd() there means "nothing buffered", true between two writes.
    static bool atEndOfInput(QIODevice *device);
    /// Records the first error only (the later ones follow from it); returns false.
    bool fail(qint64 offset, const QString &message);
    /// The spool fell behind during this call: return and let it catch up.
    bool spoolFull() const { return m_spoolFull; }
    void resetSpoolFull() { m_spoolFull = false; }
    CaptureStore *store() const { return m_store; }

private:
    CaptureStore *m_store = nullptr;
    QString m_errorString;
    qint64 m_errorOffset = -1;
    qint64 m_events = 0;
    bool m_spoolFull = false;
};

} // namespace Sockbench
