#include "hexdumpwriter.h"

#include "codec/byteformat.h"
#include "textwriter.h"

namespace Sockbench {

HexdumpWriter::HexdumpWriter(QIODevice *device)
    : TranscriptWriter(device)
{ }

bool HexdumpWriter::writeHeader(const QString &description)
{
    return put((transcriptHeaderLine(description) + QLatin1Char('\n')).toUtf8());
}

bool HexdumpWriter::writeSession(const SessionInfo &info)
{
    return put((transcriptSessionLine(info) + QLatin1Char('\n')).toUtf8());
}

bool HexdumpWriter::writeConnection(const ConnectionInfo &info)
{
    return put((transcriptConnectionLine(info) + QLatin1Char('\n')).toUtf8());
}

bool HexdumpWriter::writeEvent(const CaptureEvent &event, const QByteArray &payload)
{
    QString text = transcriptEventPrefix(event, payload);
    if (event.kind == EventKind::Data && event.payloadLoss != PayloadLoss::None) {
        // No body to dump: one line says which bytes are missing and why, where the dump would be.
        text += QLatin1Char('\n') + TranscriptFormat::payloadLossLine(event.payloadLoss, event.payloadSize)
            + QStringLiteral("\n\n");
    } else if (event.kind == EventKind::Data) {
        // The body is exactly `hexdump -C` of the chunk, its final offset line included; a blank line sets
        // the block apart. Lifecycle events take one line each.
        text += QLatin1Char('\n') + ByteFormat::toHexdump(payload) + QLatin1Char('\n');
    } else {
        text += QLatin1Char('\n');
    }
    return put(text.toUtf8());
}

} // namespace Sockbench
