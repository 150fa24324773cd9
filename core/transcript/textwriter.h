#pragma once

#include "transcriptwriter.h"

namespace Sockbench {

/// Writes a readable log (.txt): '#' lines for the header, sessions and connections, then one event a line:
/// UTC time, connection, an arrow ("->" sent, "<-" received), size, and the bytes as ByteFormat's visible
/// text (escapes for what is not printable, so the line reads back with PayloadParser).
class TextWriter final : public TranscriptWriter
{
public:
    explicit TextWriter(QIODevice *device);

protected:
    bool writeHeader(const QString &description) override;
    bool writeSession(const SessionInfo &info) override;
    bool writeConnection(const ConnectionInfo &info) override;
    bool writeEvent(const CaptureEvent &event, const QByteArray &payload) override;
};

/// The start of a text or hexdump event line: time, who, and an arrow and size, or for a lifecycle step its
/// whole line (EventVocabulary's key and the payload as visible text).
QString transcriptEventPrefix(const CaptureEvent &event, const QByteArray &payload);
/// The comment lines the text and hexdump formats share, without their line end.
QString transcriptHeaderLine(const QString &description);
QString transcriptSessionLine(const SessionInfo &info);
QString transcriptConnectionLine(const ConnectionInfo &info);

} // namespace Sockbench
