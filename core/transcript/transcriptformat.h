#pragma once

#include "capture/captureevent.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Sockbench {

/// The transcript formats Sockbench writes, and how a file name or a word picks one.
namespace TranscriptFormat {

enum class Format {
    Pcapng, ///< Native and lossless: synthetic TCP conversations plus Sockbench blocks; Wireshark reads it.
    Text, ///< A readable log, one event a line (.txt).
    Hexdump, ///< Per event a header line and a `hexdump -C` body (.hex).
    JsonLines, ///< One JSON object a line, lossless (.jsonl).
};

/// The format a path's extension names (.pcapng, .txt/.log, .hex, .jsonl/.ndjson), case-insensitively.
std::optional<Format> fromPath(const QString &path);
/// The format a word names ("pcapng", "text", "hex", "jsonl"...), for --format.
std::optional<Format> fromName(const QString &name);
/// The short name of a format ("pcapng", "text", "hex", "jsonl").
QString name(Format format);
/// The usual extension, without the dot.
QString extension(Format format);
/// Whether the format can be read back (pcapng, JSON Lines).
bool isReadable(Format format);
/// Every short name, for usage messages.
QStringList names();

/// Stable words for directions, as written in text and JSON Lines ("in", "out", ""). Event kinds have theirs
/// in EventVocabulary.
QString directionName(Direction direction);
std::optional<Direction> directionFromName(const QString &name);
/// Stable words for why a payload is missing, as JSON Lines writes them ("lost", "dropped"; "" for None).
QString payloadLossName(PayloadLoss loss);
std::optional<PayloadLoss> payloadLossFromName(const QString &name);
/// Says, in one line for people, that an event's bytes are missing and why: "[1234 bytes lost: the capture
/// spool could not be written]". What text and hexdump transcripts write in place of the bytes, and pcapng
/// shows as the comment of the packet that marks the gap.
QString payloadLossLine(PayloadLoss loss, quint32 bytes);
/// A wall-clock time in UTC with nanoseconds: "2024-05-01T12:00:00.123456789Z".
QString timestamp(qint64 wallClockNs);

} // namespace TranscriptFormat
} // namespace Sockbench
