#pragma once

#include "transcriptfile.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Sockbench {

class CaptureStore;

/// Opens a pcapng or JSON Lines transcript into a store a slice at a time on the store's thread, so a window
/// shows the first rows at once and stays responsive while a large file is read.
///
/// Each event-loop turn reads for a few milliseconds (at most a few MiB), then yields; when the store's
/// spool falls behind, reading waits for it instead of blocking. The result is the one TranscriptFile::open()
/// gives for the same file.
class TranscriptLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptLoader)
public:
    /// store must live on this object's thread and outlive the loading.
    TranscriptLoader(const QString &path, CaptureStore *store, QObject *parent = nullptr);
    ~TranscriptLoader() override;

    /// Opens the file, recognises its format by content and reads its first slice. False (see errorString())
    /// when the file cannot be opened or nothing of it could be read as a transcript; then nothing is
    /// emitted. True: reading goes on in the event loop until finished() (which always comes later, never
    /// inside start()).
    bool start();
    QString errorString() const;

    bool isFinished() const;
    qint64 bytesRead() const;
    qint64 totalBytes() const;
    /// Valid once finished; before that, what has been read so far.
    TranscriptOpenResult result() const;

    /// How long one turn may read (milliseconds), for tests and benchmarks. Default 8.
    void setTimeBudget(int milliseconds);

Q_SIGNALS:
    /// Emitted after every turn that read something.
    void progress(qint64 bytesRead, qint64 totalBytes);
    void finished(const Sockbench::TranscriptOpenResult &result);

private:
    void readTurn();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
