#pragma once

#include "transcriptreader.h"

#include <QString>

namespace Sockbench {

/// Reads a JSON Lines transcript written by JsonLinesWriter back into a CaptureStore, losslessly (times in
/// nanoseconds, payloads from base64). A line that is not JSON, or an event that breaks the format, stops the
/// reading with an error naming its line and byte offset; everything before it stays in the store.
class JsonLinesReader final : public TranscriptReader
{
public:
    explicit JsonLinesReader(CaptureStore *store);

    /// Reads lines until about maxBytes were consumed (a line longer than that is gathered over several
    /// calls).
    State readSome(QIODevice *device, qint64 maxBytes) override;

private:
    /// Takes one whole line (or the last, cut one); false when it breaks the format.
    bool readLine(const QByteArray &line);
    bool fail(const QString &what);

    State m_state = State::MoreToRead;
    qint64 m_offset = 0; ///< Of the line being read.
    int m_lineNumber = 0; ///< Of the line being read (1-based once one was started).
    QByteArray m_line; ///< The start of a line longer than one call's share.
};

} // namespace Sockbench
