#pragma once

// A small tmpfs of its own, to make a disk full on purpose: mounted when the test runs as root (CI does),
// else the test skips and says why.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

namespace Sockbench::Test {

class SmallTmpfs final
{
public:
    /// Mounts a tmpfs of sizeBytes on a fresh directory; isMounted() says whether it worked, whyNot() why
    /// not.
    explicit SmallTmpfs(qint64 sizeBytes = 2 * 1024 * 1024)
    {
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("mounting a small tmpfs to fill needs root");
            return;
        }
        if (!m_dir.isValid()) {
            m_whyNot = QStringLiteral("no temporary directory");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1,mode=0777").arg(sizeBytes), QStringLiteral("tmpfs"), m_dir.path() });
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
            m_whyNot = QStringLiteral("cannot mount a tmpfs: %1")
                           .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (!m_mounted)
            return;
        QProcess umount;
        umount.start(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir.path() });
        umount.waitForFinished(10000);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool isMounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_whyNot;
    bool m_mounted = false;
};

} // namespace Sockbench::Test
