#include "hexdumpwriter.h"

#include "codec/byteformat.h"
#include "textwriter.h"

namespace Sockbench {

HexdumpWriter::HexdumpWriter(QIODevice *device)
    : TranscriptWriter(device)
{
}

bool HexdumpWriter::writeHeader(const QString &description)
{
    return put((QStringLiteral("# Sockbench transcript") + (description.isEmpty() ? QString() : QStringLiteral(": ") + description)
                + QStringLiteral("\n\n")).toUtf8());
}

bool HexdumpWriter::writeSession(const SessionInfo &info)
{
    return put(QStringLiteral("# session %1: %2\n\n").arg(info.id).arg(info.name).toUtf8());
}

bool HexdumpWriter::writeConnection(const ConnectionInfo &info)
{
    return put(QStringLiteral("# connection #%1 (session %2): local %3, peer %4\n\n")
                   .arg(info.id)
                   .arg(info.sessionId)
                   .arg(info.local.toString(), info.peer.toString())
                   .toUtf8());
}

bool HexdumpWriter::writeEvent(const CaptureEvent &event, const QByteArray &payload)
{
    QString text = transcriptEventPrefix(event);
    if (event.kind == EventKind::Data) {
        // The body is exactly `hexdump -C` of the chunk, its final offset line included.
        text += QLatin1Char('\n') + ByteFormat::toHexdump(payload);
    } else if (!payload.isEmpty()) {
        text += QLatin1Char(' ') + ByteFormat::toVisibleText(payload) + QLatin1Char('\n');
    } else {
        text += QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    return put(text.toUtf8());
}

} // namespace Sockbench
