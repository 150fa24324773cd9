#include "transcript/stagedfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed * 7 + (i >> 12)) & 0xff);
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_StagedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryByteInOrder_data();
    void writesEveryByteInOrder();
    void flushHandsOverThePartialPage();
    void writesToAPipe();
    void writesOnATmpfs();
    void reportsAFullDisk();
    void windowBoundsWhatIsNotOnDisk();
    void windowZeroWritesDirectOnly();
    void flushedBytesSurviveAKillNine();
    void namesItsThreads();
};

void tst_StagedFile::writesEveryByteInOrder_data()
{
    QTest::addColumn<QList<int>>("writes"); // sizes; -1: flush() here
    QTest::addColumn<qint64>("window"); // -1: the default
    const struct
    {
        const char *name;
        QList<int> writes;
    } cases[] = {
        { "nothing", {} },
        { "a few bytes", { 5 } },
        { "one page exactly", { 4096 } },
        { "flushed mid-page, then on", { 100, -1, 5000, -1, 3, -1, 8192 } },
        { "across blocks", { 3 * 1024 * 1024, 3 * 1024 * 1024, 7 } },
        { "block boundary exactly", { 4 * 1024 * 1024, -1, 1 } },
        { "flushes around a boundary", { 4 * 1024 * 1024 - 10, -1, 20, -1, 65536 } },
        { "one large write", { 9 * 1024 * 1024 + 123 } },
        { "flushed mid-page across blocks", { 6000, -1, 5 * 1024 * 1024, -1, 3 * 1024 * 1024 + 1, -1, 9 } },
    };
    // The default window (the page cache), none (O_DIRECT only, as before the window), and one smaller than a
    // block (every full block with O_DIRECT, the partial pages of flushes through the page cache).
    const struct
    {
        const char *name;
        qint64 bytes;
    } windows[] = { { "", -1 }, { ", O_DIRECT only", 0 }, { ", 64 KiB window", 64 * 1024 } };
    for (const auto &window : windows) {
        for (const auto &c : cases)
            QTest::addRow("%s%s", c.name, window.name) << c.writes << window.bytes;
    }
}

void tst_StagedFile::writesEveryByteInOrder()
{
    QFETCH(QList<int>, writes);
    QFETCH(qint64, window);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("staged"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    StagedFile staged(&file);
    if (window >= 0)
        staged.setWindow(window);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    QByteArray expected;
    int seed = 0;
    for (const int size : writes) {
        if (size < 0) {
            QVERIFY2(staged.flush(), qPrintable(staged.errorString()));
            // Handed over: another reader sees every byte so far, before close.
            QCOMPARE(fileBytes(path), expected);
            continue;
        }
        const QByteArray bytes = pattern(size, ++seed);
        QCOMPARE(staged.write(bytes), qint64(size));
        expected += bytes;
    }
    staged.close();
    file.close();
    const QByteArray written = fileBytes(path);
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
    if (window >= 0)
        QVERIFY(staged.peakUnsyncedBytes() <= window);
}

void tst_StagedFile::flushHandsOverThePartialPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    StagedFile staged(&file);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    const QByteArray first = pattern(10000, 1);
    staged.write(first);
    QCOMPARE(QFile(path).size(), 0); // staged, not yet written: one large write later, not many small ones
    QVERIFY(staged.flush());
    QCOMPARE(fileBytes(path), first); // what a kill -9 now would leave
    const QByteArray second = pattern(5000, 2);
    staged.write(second);
    QVERIFY(staged.flush());
    QCOMPARE(fileBytes(path), first + second); // the page written partly before is whole again
}

void tst_StagedFile::writesToAPipe()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QFile file;
    QVERIFY(file.open(fds[1], QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
    StagedFile staged(&file);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    QVERIFY(!staged.isDirect());
    staged.write("through ");
    staged.write("a pipe");
    QVERIFY(staged.flush());
    QByteArray got(64, '\0');
    const ssize_t n = ::read(fds[0], got.data(), size_t(got.size()));
    QCOMPARE(got.left(int(n)), QByteArray("through a pipe"));
    staged.close();
    ::close(fds[0]);
}

void tst_StagedFile::writesOnATmpfs()
{
    if (!QDir(QStringLiteral("/dev/shm")).exists())
        QSKIP("no tmpfs at /dev/shm");
    QTemporaryDir dir(QStringLiteral("/dev/shm/tst_stagedfile-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("staged"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    StagedFile staged(&file);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    // tmpfs refused O_DIRECT before Linux 6.6 (ordinary writes of the same blocks then): right either way.
    const QByteArray bytes = pattern(5 * 1024 * 1024 + 1, 3);
    staged.write(bytes);
    staged.close();
    QVERIFY(fileBytes(path) == bytes);
}

void tst_StagedFile::reportsAFullDisk()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("no /dev/full");
    StagedFile staged(&full);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    staged.write("lost");
    QVERIFY(!staged.flush());
    QCOMPARE(staged.errorString(), qt_error_string(ENOSPC));

    // Full blocks fail on the writer's thread: the caller hears of it at a later write or flush.
    QFile again(QStringLiteral("/dev/full"));
    QVERIFY(again.open(QIODevice::WriteOnly));
    StagedFile blocks(&again);
    QVERIFY(blocks.open(QIODevice::WriteOnly));
    const QByteArray mebibyte = pattern(1024 * 1024, 4);
    bool failed = false;
    for (int i = 0; i < 32 && !failed; ++i)
        failed = blocks.write(mebibyte) != mebibyte.size();
    QVERIFY(failed || !blocks.flush());
    QCOMPARE(blocks.errorString(), qt_error_string(ENOSPC));
}

void tst_StagedFile::windowBoundsWhatIsNotOnDisk()
{
    // A disk is slower than copying into memory, so blocks overflow into the page cache here, and without the
    // bound far more than 8 MiB would be waiting for the disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("windowed"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    StagedFile staged(&file);
    constexpr qint64 window = 8 * 1024 * 1024;
    staged.setWindow(window);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    if (!staged.isWindowed())
        QSKIP("the temporary directory's filesystem takes no sync_file_range");
    QByteArray expected;
    // Made once, written whole: the blocks come at memcpy's speed. (Short bursts do not overflow: the disk
    // takes a few blocks at several GB/s before it slows down.)
    QByteArray piece = pattern(64 * 1024 * 1024 + 17, 6);
    for (int i = 0; i < 3; ++i) {
        piece[i] = char(i);
        QCOMPARE(staged.write(piece), piece.size());
        expected += piece;
        QVERIFY2(staged.unsyncedBytes() <= window, qPrintable(QString::number(staged.unsyncedBytes())));
        QVERIFY2(staged.flush(), qPrintable(staged.errorString()));
    }
    QVERIFY2(staged.flush(), qPrintable(staged.errorString()));
    // More than a flush's partial page: whole blocks overflowed into the page cache while the disk was
    // behind.
    if (staged.peakUnsyncedBytes() <= 4096)
        QSKIP(qPrintable(
            QStringLiteral("the disk kept up with memcpy: nothing overflowed into the page cache (peak %1)")
                .arg(staged.peakUnsyncedBytes())));
    QVERIFY2(staged.peakUnsyncedBytes() <= window, qPrintable(QString::number(staged.peakUnsyncedBytes())));
    staged.close();
    QVERIFY(fileBytes(path) == expected);
}

void tst_StagedFile::windowZeroWritesDirectOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("direct"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    StagedFile staged(&file);
    staged.setWindow(0);
    QVERIFY(staged.open(QIODevice::WriteOnly));
    QVERIFY(!staged.isWindowed());
    const QByteArray bytes = pattern(10 * 1024 * 1024 + 5, 9);
    staged.write(bytes);
    QVERIFY(staged.flush());
    QCOMPARE(staged.peakUnsyncedBytes(), 0);
    staged.close();
    QVERIFY(fileBytes(path) == bytes);
}

void tst_StagedFile::flushedBytesSurviveAKillNine()
{
    // What a flush handed over is in the page cache, not yet on disk, when the writer dies: the page cache
    // outlives the process, so the file still holds it all.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed"));
    const QByteArray bytes = pattern(48 * 1024 * 1024 + 1234, 5);
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            ::_exit(1);
        StagedFile staged(&file);
        staged.open(QIODevice::WriteOnly);
        staged.write(bytes.left(bytes.size() - 1000));
        staged.write(bytes.right(1000));
        const qint64 report[3]
            = { staged.flush() ? 1 : 0, staged.unsyncedBytes(), staged.peakUnsyncedBytes() };
        if (::write(ready[1], report, sizeof report) != sizeof report)
            ::_exit(1);
        for (;;)
            ::pause(); // killed here, its writer threads running
    }
    ::close(ready[1]);
    qint64 report[3] = { 0, 0, 0 };
    const ssize_t got = ::read(ready[0], report, sizeof report);
    ::close(ready[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    QCOMPARE(got, ssize_t(sizeof report));
    QCOMPARE(report[0], 1); // flushed
    qInfo("not yet on disk at the kill: %lld bytes (at most %lld)", report[1], report[2]);
    QVERIFY(fileBytes(path) == bytes);
}

namespace {

// The names of this process's threads, from /proc/self/task/*/comm.
QStringList threadNames()
{
    QStringList names;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll().trimmed());
    }
    return names;
}

} // namespace

void tst_StagedFile::namesItsThreads()
{
    // perf, top and the per-thread figures in bench/README.md tell the block writer from the write-back
    // thread by these names.
    if (!QDir(QStringLiteral("/proc/self/task")).exists())
        QSKIP("no /proc/self/task");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("named")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(!threadNames().contains(QStringLiteral("sb-blockwriter")));
    {
        StagedFile staged(&file);
        QVERIFY(staged.open(QIODevice::WriteOnly));
        QVERIFY(staged.write(pattern(5 * 1024 * 1024, 8)) == 5 * 1024 * 1024); // a block for the writer
        QVERIFY(staged.flush());
        const QStringList names = threadNames();
        QVERIFY2(names.contains(QStringLiteral("sb-blockwriter")), qPrintable(names.join(u',')));
        QCOMPARE(names.contains(QStringLiteral("sb-writeback")), staged.isWindowed());
        staged.close();
    }
    const QStringList after = threadNames();
    const bool gone = !after.contains(QStringLiteral("sb-blockwriter"))
        && !after.contains(QStringLiteral("sb-writeback"));
    QVERIFY2(gone, qPrintable(after.join(u',')));
}

QTEST_GUILESS_MAIN(tst_StagedFile)
#include "tst_stagedfile.moc"
