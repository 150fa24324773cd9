#pragma once

#include "transcriptformat.h"
#include "transcriptreader.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sockbench {

class CaptureStore;

/// Which rows of a capture to save: all of them, one session's, one connection's, or a list of rows.
struct TranscriptSelection
{
    quint32 sessionId = 0; ///< 0: any session.
    quint32 connectionId = 0; ///< 0: any connection (session-level events included).
    QList<qint64> rows; ///< When not empty: exactly these rows (in this order), the ids ignored.
};

/// What opening a transcript gave.
struct TranscriptOpenResult
{
    bool complete = false; ///< The whole file was read.
    QString errorString; ///< Why not, naming the place where it breaks; the store holds what came before.
    qint64 events = 0; ///< Events appended to the store.
    bool foreign = false; ///< A capture not written by Sockbench, reconstructed from its TCP packets.
    /// The family read: Pcapng for pcapng and classic pcap alike (input tells them apart), or JsonLines.
    TranscriptFormat::Format format = TranscriptFormat::Format::Pcapng;
    TranscriptReader::Input input = TranscriptReader::Input::Pcapng; ///< What the file held, by content.
};

/// Saving a capture to a transcript file and opening one into a capture.
namespace TranscriptFile {

/// Saves the selected rows in the format given, or the one the path's extension names. Atomic (QSaveFile):
/// on failure (disk full, no permission) an earlier file at path stays whole, and error says why. A path
/// that is a device or a pipe (/dev/stdout, /dev/full) is written directly.
bool save(const CaptureStore &store, const QString &path, QString *error,
    const TranscriptSelection &selection = {}, std::optional<TranscriptFormat::Format> format = std::nullopt,
    const QString &description = {});

/// Opens a pcapng, classic pcap or JSON Lines file into store (recognised by TranscriptReader::sniff()).
TranscriptOpenResult open(const QString &path, CaptureStore *store);

/// The format family TranscriptOpenResult::format gives for an input.
TranscriptFormat::Format readFamily(TranscriptReader::Input input);

} // namespace TranscriptFile
} // namespace Sockbench
