#include "capture/capturestore.h"
#include "transcript/crashrecovery.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Sockbench;

namespace {

// The mode bits as the kernel has them, not as Qt translates them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultDirectoryFollowsXdgStateHome_data();
    void defaultDirectoryFollowsXdgStateHome();
    void journalAndFoldersAreOwnerOnlyUnderUmask022();
};

void tst_CrashRecovery::defaultDirectoryFollowsXdgStateHome_data()
{
    QTest::addColumn<QByteArray>("stateHome");
    QTest::addColumn<QString>("expected");
    const QString home = QDir::homePath();
    QTest::addRow("set") << QByteArray("/var/tmp/state") << QStringLiteral("/var/tmp/state/sockbench");
    QTest::addRow("unset") << QByteArray() << home + QStringLiteral("/.local/state/sockbench");
    // The spec: a relative path in an XDG variable is invalid and ignored.
    QTest::addRow("relative") << QByteArray("state") << home + QStringLiteral("/.local/state/sockbench");
}

void tst_CrashRecovery::defaultDirectoryFollowsXdgStateHome()
{
    QFETCH(QByteArray, stateHome);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    const bool wasSet = qEnvironmentVariableIsSet("XDG_STATE_HOME");
    if (stateHome.isEmpty())
        qunsetenv("XDG_STATE_HOME");
    else
        qputenv("XDG_STATE_HOME", stateHome);
    const QString directory = CrashRecovery::defaultDirectory();
    const QString constructed = CrashRecovery().directory();
    if (wasSet)
        qputenv("XDG_STATE_HOME", saved);
    else
        qunsetenv("XDG_STATE_HOME");
    QCOMPARE(directory, expected);
    QCOMPARE(constructed, expected);
    QVERIFY(!directory.contains(QStringLiteral("/.local/share/")));
}

void tst_CrashRecovery::journalAndFoldersAreOwnerOnlyUnderUmask022()
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(022);
    const QString state = dir.filePath(QStringLiteral("state"));
    const QString folder = state + QStringLiteral("/sockbench");
    CrashRecovery recovery(folder);
    CaptureStore store(dir.path());
    const bool started = recovery.start(&store);
    store.append(EventKind::Data, Direction::Inbound, 1, 1, QByteArrayLiteral("secret"));
    store.flush();
    ::umask(previous);
    QVERIFY2(started, qPrintable(recovery.errorString()));
    QCOMPARE(QString::number(modeOf(state), 8), QStringLiteral("700"));
    QCOMPARE(QString::number(modeOf(folder), 8), QStringLiteral("700"));
    QVERIFY(QFileInfo(recovery.journalPath()).absolutePath() == folder);
    QCOMPARE(QString::number(modeOf(recovery.journalPath()), 8), QStringLiteral("600"));
    recovery.finishCleanly();
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
