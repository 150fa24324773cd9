#include "textwriter.h"

#include "capture/eventvocabulary.h"
#include "codec/byteformat.h"

namespace Sockbench {

namespace {

QString roleName(SessionRole role)
{
    return role == SessionRole::Server ? QStringLiteral("server") : QStringLiteral("client");
}

} // namespace

QString transcriptEventPrefix(const CaptureEvent &event, const QByteArray &payload)
{
    QString line = TranscriptFormat::timestamp(event.wallClockNs) + QStringLiteral("  ")
        + (event.connectionId ? QStringLiteral("#%1").arg(event.connectionId)
                              : QStringLiteral("session %1").arg(event.sessionId))
        + QStringLiteral("  ");
    if (event.kind == EventKind::Data) {
        line += event.direction == Direction::Outbound ? QStringLiteral("->") : QStringLiteral("<-");
        line += QStringLiteral("  %1 %2")
                    .arg(event.payloadSize)
                    .arg(event.payloadSize == 1 ? QStringLiteral("byte") : QStringLiteral("bytes"));
    } else {
        line += EventVocabulary::line(event.kind, ByteFormat::toVisibleText(payload));
        if (event.payloadLoss != PayloadLoss::None)
            line += QStringLiteral("  ")
                + TranscriptFormat::payloadLossLine(event.payloadLoss, event.payloadSize);
    }
    return line;
}

QString transcriptHeaderLine(const QString &description)
{
    // Every string that came from elsewhere (a file's name, a session's name read from a file) is escaped:
    // `transcript show` prints these lines to a terminal, and a hostile file must not drive it.
    return QStringLiteral("# Sockbench transcript")
        + (description.isEmpty() ? QString()
                                 : QStringLiteral(": ") + ByteFormat::toVisibleText(description.toUtf8()));
}

QString transcriptSessionLine(const SessionInfo &info)
{
    return QStringLiteral("# session %1 (%2): %3, started %4")
        .arg(info.id)
        .arg(roleName(info.role), ByteFormat::toVisibleText(info.name.toUtf8()),
            TranscriptFormat::timestamp(info.startedWallClockNs));
}

QString transcriptConnectionLine(const ConnectionInfo &info)
{
    return QStringLiteral("# connection #%1 (session %2%3): local %4, peer %5")
        .arg(info.id)
        .arg(info.sessionId)
        .arg(info.transport == Transport::Udp ? QStringLiteral(", udp") : QString(), info.local.toString(),
            info.peer.toString());
}

TextWriter::TextWriter(QIODevice *device)
    : TranscriptWriter(device)
{ }

bool TextWriter::writeHeader(const QString &description)
{
    return put((transcriptHeaderLine(description) + QLatin1Char('\n')).toUtf8());
}

bool TextWriter::writeSession(const SessionInfo &info)
{
    return put((transcriptSessionLine(info) + QLatin1Char('\n')).toUtf8());
}

bool TextWriter::writeConnection(const ConnectionInfo &info)
{
    return put((transcriptConnectionLine(info) + QLatin1Char('\n')).toUtf8());
}

bool TextWriter::writeEvent(const CaptureEvent &event, const QByteArray &payload)
{
    QString line = transcriptEventPrefix(event, payload);
    if (event.kind == EventKind::Data && event.payloadLoss != PayloadLoss::None)
        line
            += QStringLiteral("  ") + TranscriptFormat::payloadLossLine(event.payloadLoss, event.payloadSize);
    else if (event.kind == EventKind::Data)
        line += QStringLiteral("  ") + ByteFormat::toVisibleText(payload);
    line += QLatin1Char('\n');
    return put(line.toUtf8());
}

} // namespace Sockbench
