#pragma once

#include <QString>

class QIODevice;

namespace Sockbench {

class CaptureStore;

/// Reads a JSON Lines transcript written by JsonLinesWriter back into a CaptureStore, losslessly (times in
/// nanoseconds, payloads from base64). A line that is not JSON, or an event that breaks the format, stops the
/// reading with an error naming its line and byte offset; everything before it stays in the store.
class JsonLinesReader final
{
    Q_DISABLE_COPY_MOVE(JsonLinesReader)
public:
    explicit JsonLinesReader(CaptureStore *store);

    enum class State { MoreToRead, Done, Failed };

    /// Reads the whole device. False: see errorString(); what was read stays in the store.
    bool read(QIODevice *device);
    /// Reads lines until about maxBytes were consumed, then returns; the next call goes on from there (a line
    /// longer than that is gathered over several calls). Returns early, without waiting, when the store's
    /// spool falls behind: the caller lets it catch up. Done and Failed are final.
    State readSome(QIODevice *device, qint64 maxBytes);
    QString errorString() const { return m_errorString; }
    qint64 eventsRead() const { return m_events; }

private:
    /// Takes one whole line (or the last, cut one); false when it breaks the format.
    bool readLine(const QByteArray &line);
    bool fail(const QString &what);

    CaptureStore *m_store = nullptr;
    QString m_errorString;
    qint64 m_events = 0;
    State m_state = State::MoreToRead;
    qint64 m_offset = 0;    ///< Of the line being read.
    int m_lineNumber = 0;   ///< Of the line being read (1-based once one was started).
    QByteArray m_line;      ///< The start of a line longer than one call's share.
    bool m_spoolFull = false;
};

} // namespace Sockbench
