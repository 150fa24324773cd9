#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace Sockbench {

class CaptureStore;

/// Keeps a live capture recoverable: names the capture's spool (a pcapng file, see CaptureStore) in a
/// recovery folder while the program runs, removes that name on a clean exit, and finds the journals of runs
/// that did not exit cleanly.
///
/// Each journal sits beside a lock file held for the run's lifetime; after a crash or kill -9 the lock is
/// stale (its process is gone), which is how orphans() tells a dead run's journal from a running one's.
/// The spool's own writer thread writes it: the journal is the capture, not a second copy of it.
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

    /// Starts journaling store (its spool moves into the folder, 0600). False (errorString() says why) when
    /// the folder or file cannot be written.
    bool start(CaptureStore *store);
    /// Deletes the journal (the capture stays readable until the store goes): the run ended cleanly.
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
    /// The spool stopped keeping payloads (disk full, the disk floor...): traffic goes on, but a crash would
    /// lose them from here.
    void failed(const QString &message);

private:
    QString m_directory;
    QString m_errorString;
    std::unique_ptr<QLockFile> m_lock;
    QPointer<CaptureStore> m_store;
    QString m_journalPath;
};

} // namespace Sockbench
