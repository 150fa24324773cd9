#include "transcriptformat.h"

#include <QDateTime>
#include <QFileInfo>

namespace Sockbench::TranscriptFormat {

std::optional<Format> fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pcapng"))
        return Format::Pcapng;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("log"))
        return Format::Text;
    if (suffix == QLatin1String("hex") || suffix == QLatin1String("hexdump"))
        return Format::Hexdump;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

std::optional<Format> fromName(const QString &word)
{
    const QString lower = word.toLower();
    if (lower == QLatin1String("pcapng"))
        return Format::Pcapng;
    if (lower == QLatin1String("text") || lower == QLatin1String("txt"))
        return Format::Text;
    if (lower == QLatin1String("hex") || lower == QLatin1String("hexdump"))
        return Format::Hexdump;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("json"))
        return Format::JsonLines;
    return std::nullopt;
}

QString name(Format format)
{
    switch (format) {
    case Format::Pcapng:
        return QStringLiteral("pcapng");
    case Format::Text:
        return QStringLiteral("text");
    case Format::Hexdump:
        return QStringLiteral("hex");
    case Format::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

QString extension(Format format)
{
    switch (format) {
    case Format::Pcapng:
        return QStringLiteral("pcapng");
    case Format::Text:
        return QStringLiteral("txt");
    case Format::Hexdump:
        return QStringLiteral("hex");
    case Format::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

bool isReadable(Format format)
{
    return format == Format::Pcapng || format == Format::JsonLines;
}

QStringList names()
{
    return { name(Format::Pcapng), name(Format::Text), name(Format::Hexdump), name(Format::JsonLines) };
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::None:
        return {};
    case Direction::Inbound:
        return QStringLiteral("in");
    case Direction::Outbound:
        return QStringLiteral("out");
    }
    return {};
}

std::optional<Direction> directionFromName(const QString &word)
{
    if (word.isEmpty())
        return Direction::None;
    if (word == QLatin1String("in"))
        return Direction::Inbound;
    if (word == QLatin1String("out"))
        return Direction::Outbound;
    return std::nullopt;
}

QString payloadLossName(PayloadLoss loss)
{
    switch (loss) {
    case PayloadLoss::None:
        return {};
    case PayloadLoss::Lost:
        return QStringLiteral("lost");
    case PayloadLoss::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<PayloadLoss> payloadLossFromName(const QString &word)
{
    if (word == QLatin1String("lost"))
        return PayloadLoss::Lost;
    if (word == QLatin1String("dropped"))
        return PayloadLoss::Dropped;
    return std::nullopt;
}

QString payloadLossLine(PayloadLoss loss, quint32 bytes)
{
    // In the file, not on screen: the same words whatever the language, like the rest of a transcript.
    const QString count = bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
    switch (loss) {
    case PayloadLoss::None:
        break;
    case PayloadLoss::Lost:
        return QStringLiteral("[%1 lost: the capture could not keep them (its spool could not be written)]")
            .arg(count);
    case PayloadLoss::Dropped:
        return QStringLiteral("[%1 dropped: the capture budget was reached]").arg(count);
    }
    return {};
}

QString timestamp(qint64 wallClockNs)
{
    const qint64 ms = wallClockNs >= 0 ? wallClockNs / 1000000 : (wallClockNs - 999999) / 1000000;
    const qint64 subMs = wallClockNs - ms * 1000000;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1Z").arg(subMs, 6, 10, QLatin1Char('0'));
}

} // namespace Sockbench::TranscriptFormat
