#pragma once

#include "transcriptformat.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QFile;
class QTimer;

namespace Sockbench {

class CaptureStore;
class StagedFile;
class TranscriptWriter;

/// Follows a capture and appends every new row to a transcript file as it is published, so that after a
/// crash or a kill -9 the file holds everything up to the last flush (at most ~200 ms old; in pcapng, whole
/// blocks, a cut last block aside). Written with write(2), not fsync: it survives the process, not the
/// machine.
class TranscriptJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptJournal)
public:
    /// Journals store to path in format (or the one the path's extension names, pcapng when it names none).
    TranscriptJournal(CaptureStore *store, const QString &path,
        std::optional<TranscriptFormat::Format> format = std::nullopt, QObject *parent = nullptr);
    ~TranscriptJournal() override;

    /// Creates (truncates) the file, writes the header and the rows already in the store. False:
    /// errorString().
    bool start(const QString &description = {});
    /// Writes what is left and closes the file. False when anything failed on the way.
    bool finish();
    /// Any thread: stop writing rows, at once, even in the middle of catching up (the journal is about to be
    /// thrown away: a clean exit). finish() then only closes the file.
    void abandon() { m_abandoned.store(true, std::memory_order_relaxed); }

    /// Releases each row's payload in the store (CaptureStore::releasePayloads) as soon as it is written:
    /// reader is the handle from the store's addPayloadReader(), taken before the rows to write were
    /// appended. Call before start().
    void setPayloadReader(int reader) { m_payloadReader = reader; }
    /// Releases the index rows written (CaptureStore::releaseRows), for a store that forgets them: reader is
    /// the handle from addRowReader(0). Call before start().
    void setRowReader(int reader) { m_rowReader = reader; }

    /// Writes the file in large blocks with O_DIRECT, overflowing into a bounded page-cache window when the
    /// disk is behind (StagedFile): for a transcript that must keep up with a flood (the command line's
    /// --transcript). Call before start().
    void setStagedWrites(bool staged) { m_stagedWrites = staged; }

    QString path() const { return m_path; }
    QString errorString() const { return m_errorString; }
    qint64 rowsWritten() const { return m_nextRow; }

Q_SIGNALS:
    /// Writing failed (disk full...); the journal stops. Emitted once.
    void failed(const QString &message);

private:
    void catchUp();
    void fail(const QString &message);

    CaptureStore *m_store = nullptr;
    QString m_path;
    TranscriptFormat::Format m_format = TranscriptFormat::Format::Pcapng;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<StagedFile> m_staged; // between the writer and m_file, with setStagedWrites(true)
    bool m_stagedWrites = false;
    std::unique_ptr<TranscriptWriter> m_writer;
    QTimer *m_timer = nullptr;
    qint64 m_nextRow = 0;
    int m_payloadReader = -1;
    int m_rowReader = -1;
    QString m_errorString;
    std::atomic<bool> m_abandoned { false };
};

} // namespace Sockbench
