#include "crashrecovery.h"

#include "capture/capturestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <limits>

namespace Sockbench {

namespace {

QString lockPathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

// A lock is stale when its process is gone (QLockFile checks the PID); by age, only after the longest time
// QLockFile can express (~24 days), so a long-running session's lock is never taken from it.
constexpr int LockAgeLimitMs = std::numeric_limits<int>::max();

// Captured traffic holds whatever crossed the wire, credentials included: only its owner may read it,
// whatever the umask says.
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyFolder = OwnerOnlyFile | QFile::ExeOwner;

// Creates path and the missing folders above it owner-only (the XDG base directory spec asks 0700 of
// $XDG_STATE_HOME too), and makes path itself owner-only if it was there already.
bool makePrivatePath(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (at == QFileInfo(at).path())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, OwnerOnlyFolder) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(absolute).isDir() && QFile::setPermissions(absolute, OwnerOnlyFolder);
}

} // namespace

QString CrashRecovery::defaultDirectory()
{
    // Qt 6.4 has no state location (QStandardPaths::GenericStateLocation is 6.7): as the spec says, an unset
    // or relative $XDG_STATE_HOME means ~/.local/state.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/sockbench");
}

CrashRecovery::CrashRecovery(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

bool CrashRecovery::start(CaptureStore *store)
{
    if (!makePrivatePath(m_directory)) {
        m_errorString = tr("cannot create the recovery folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QString name = QStringLiteral("session-%1-%2.pcapng")
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                             .arg(QCoreApplication::applicationPid());
    const QString path = QDir(m_directory).filePath(name);
    m_lock = std::make_unique<QLockFile>(lockPathFor(path));
    m_lock->setStaleLockTime(LockAgeLimitMs);
    if (!m_lock->tryLock()) {
        m_errorString = tr("cannot lock %1").arg(QDir::toNativeSeparators(lockPathFor(path)));
        return false;
    }
    // The journal is the capture's own spool, named: one copy on disk, written once by the spool's thread
    // (bench/sockbench-windowflood: a second pcapng copy on a thread of its own held the flood to 0.4 of the
    // keeping receiver; docs/ARCHITECTURE.md has the figures).
    QString error;
    if (!store->moveSpoolTo(path, &error)) {
        m_errorString = error;
        m_lock.reset();
        return false;
    }
    m_store = store;
    m_journalPath = path;
    connect(store, &CaptureStore::spoolFailed, this, &CrashRecovery::failed);
    return true;
}

CrashRecovery::~CrashRecovery() = default;

void CrashRecovery::finishCleanly()
{
    if (m_journalPath.isEmpty())
        return;
    // The spool goes on as an anonymous file for what is still open (its descriptor stays): only its name
    // goes.
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    QFile::remove(m_journalPath);
    m_journalPath.clear();
    m_lock.reset(); // unlocks and removes the lock file
}

QString CrashRecovery::journalPath() const
{
    return m_journalPath;
}

QStringList CrashRecovery::orphans() const
{
    QStringList found;
    const QFileInfoList journals
        = QDir(m_directory).entryInfoList({ QStringLiteral("session-*.pcapng") }, QDir::Files, QDir::Time);
    for (const QFileInfo &journal : journals) {
        if (journal.absoluteFilePath() == journalPath())
            continue;
        // A lock we can take belongs to nobody alive (or the file has none): the run that wrote it is over.
        QLockFile lock(lockPathFor(journal.absoluteFilePath()));
        lock.setStaleLockTime(LockAgeLimitMs);
        if (lock.tryLock()) {
            lock.unlock();
            found.append(journal.absoluteFilePath());
        }
    }
    return found;
}

QString CrashRecovery::keep(const QString &journalPath)
{
    const QFileInfo info(journalPath);
    const QString kept
        = info.dir().filePath(QStringLiteral("recovered-") + info.fileName().mid(int(qstrlen("session-"))));
    if (!QFile::rename(journalPath, kept))
        return journalPath;
    QFile::remove(lockPathFor(journalPath));
    return kept;
}

bool CrashRecovery::discard(const QString &journalPath)
{
    QFile::remove(lockPathFor(journalPath));
    return QFile::remove(journalPath);
}

} // namespace Sockbench
