#include "crashrecovery.h"

#include "transcriptjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

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
    {
        // Created owner-only here; the journal then opens it as it is (truncating keeps the mode).
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile)) {
            m_errorString = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), create.errorString());
            return false;
        }
    }
    m_journal = new TranscriptJournal(store, path, std::nullopt);
    m_journalPath = path;
    if (!m_journal->start(tr("Recovery journal of a Sockbench session"))) {
        m_errorString = m_journal->errorString();
        delete m_journal;
        m_journal = nullptr;
        return false;
    }
    connect(m_journal, &TranscriptJournal::failed, this, &CrashRecovery::failed);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("Sockbench journal"));
    m_journal->moveToThread(m_thread); // its timer and its rowsAppended slot now run there
    connect(m_thread, &QThread::finished, m_journal, &QObject::deleteLater);
    m_thread->start();
    return true;
}

CrashRecovery::~CrashRecovery()
{
    stopThread();
}

void CrashRecovery::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_journal = nullptr; // deleted by the thread's finished()
}

void CrashRecovery::finishCleanly()
{
    if (!m_journal)
        return;
    // The journal is deleted next: it need not catch up first (after a flood that could take many seconds).
    m_journal->abandon();
    QMetaObject::invokeMethod(m_journal, &TranscriptJournal::finish, Qt::BlockingQueuedConnection);
    stopThread();
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
