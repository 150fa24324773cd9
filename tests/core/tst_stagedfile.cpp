#include "transcript/stagedfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
};

void tst_StagedFile::writesEveryByteInOrder_data()
{
    QTest::addColumn<QList<int>>("writes"); // sizes; -1: flush() here
    QTest::addRow("nothing") << QList<int> {};
    QTest::addRow("a few bytes") << QList<int> { 5 };
    QTest::addRow("one page exactly") << QList<int> { 4096 };
    QTest::addRow("flushed mid-page, then on") << QList<int> { 100, -1, 5000, -1, 3, -1, 8192 };
    QTest::addRow("across blocks") << QList<int> { 3 * 1024 * 1024, 3 * 1024 * 1024, 7 };
    QTest::addRow("block boundary exactly") << QList<int> { 4 * 1024 * 1024, -1, 1 };
    QTest::addRow("flushes around a boundary") << QList<int> { 4 * 1024 * 1024 - 10, -1, 20, -1, 65536 };
    QTest::addRow("one large write") << QList<int> { 9 * 1024 * 1024 + 123 };
}

void tst_StagedFile::writesEveryByteInOrder()
{
    QFETCH(QList<int>, writes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("staged"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    StagedFile staged(&file);
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

QTEST_GUILESS_MAIN(tst_StagedFile)
#include "tst_stagedfile.moc"
