#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;
class QThread;

namespace Sockbench {

class CaptureStore;
class TranscriptJournal;

/// Keeps a live capture recoverable: journals it (pcapng) into a recovery folder while the program runs,
/// removes the journal on a clean exit, and finds the journals of runs that did not exit cleanly.
///
/// Each journal sits beside a lock file held for the run's lifetime; after a crash or kill -9 the lock is
/// stale (its process is gone), which is how orphans() tells a dead run's journal from a running one's.
/// The journal reads the capture (safe from any thread) and writes on a thread of its own.
class CrashRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrashRecovery)
public:
    /// directory: where journals go (defaultDirectory() when empty). Created owner-only (0700).
    explicit CrashRecovery(const QString &directory = {}, QObject *parent = nullptr);
    ~CrashRecovery() override;

    /// $XDG_STATE_HOME/sockbench, by default ~/.local/state/sockbench.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    /// Starts journaling store. False (errorString() says why) when the folder or file cannot be written.
    bool start(CaptureStore *store);
    /// Writes what is left, closes and deletes the journal: the run ended cleanly.
    void finishCleanly();
    QString journalPath() const;
    QString errorString() const { return m_errorString; }

    /// Journals left by runs that ended without finishCleanly(), newest first.
    QStringList orphans() const;
    /// Deletes an orphaned journal (the user declined to recover it).
    static bool discard(const QString &journalPath);
    /// Renames an orphaned journal to recovered-….pcapng beside it, so it is not offered again; returns the
    /// new path (the old one if renaming failed).
    static QString keep(const QString &journalPath);

Q_SIGNALS:
    /// Journaling stopped (disk full...): traffic goes on, but a crash would lose it from here.
    void failed(const QString &message);

private:
    void stopThread();

    QString m_directory;
    QString m_errorString;
    std::unique_ptr<QLockFile> m_lock;
    /// The journal writes on its own thread: under a flood, its disk writes must not stall the window.
    QThread *m_thread = nullptr;
    TranscriptJournal *m_journal = nullptr;
    QString m_journalPath;
};

} // namespace Sockbench
