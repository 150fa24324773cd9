#include "capture/capturestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

constexpr qint64 RowsPerSegment = 65536;
constexpr qint64 SegmentBytes = RowsPerSegment * qint64(sizeof(CaptureEvent));
constexpr qint64 MiB = 1024 * 1024;

// Every field differs with the row, so a row read from the wrong place, or half written, shows.
CaptureEvent expectedRow(qint64 row)
{
    CaptureEvent event;
    event.monotonicNs = row * 1000 + 7;
    event.wallClockNs = row * 3 + 1'700'000'000'000'000'000;
    event.sessionId = quint32(row % 13);
    event.connectionId = quint32(row);
    event.kind = EventKind::Data;
    event.direction = row % 2 ? Direction::Inbound : Direction::Outbound;
    event.payloadSize = 1;
    return event;
}

QByteArray payloadOf(qint64 row)
{
    return QByteArray(1, char(row * 31 & 0xff));
}

qint64 appendRow(CaptureStore &store, qint64 row)
{
    const CaptureEvent e = expectedRow(row);
    return store.appendAt(
        e.monotonicNs, e.wallClockNs, e.kind, e.direction, e.sessionId, e.connectionId, payloadOf(row));
}

// What the row must read as; the spool's offset is the store's own business.
bool sameRow(const CaptureEvent &got, qint64 row)
{
    const CaptureEvent e = expectedRow(row);
    return got.monotonicNs == e.monotonicNs && got.wallClockNs == e.wallClockNs
        && got.sessionId == e.sessionId && got.connectionId == e.connectionId && got.kind == e.kind
        && got.direction == e.direction && got.payloadSize == e.payloadSize
        && got.payloadLoss == PayloadLoss::None && got.payloadOffset > 0;
}

// Appends rows [from, to), flushing the spool every flushEvery rows (a power of two) so its queue stays
// small.
void appendRows(CaptureStore &store, qint64 from, qint64 to, qint64 flushEvery = RowsPerSegment)
{
    for (qint64 row = from; row < to; ++row) {
        appendRow(store, row);
        if ((row & (flushEvery - 1)) == flushEvery - 1)
            store.flush();
    }
    store.flush();
}

// The process's anonymous memory (heap, anonymous mappings), from the kernel's own accounting.
qint64 anonymousBytes()
{
    QFile file(QStringLiteral("/proc/self/smaps_rollup"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Anonymous:"))
            return line.mid(10).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Bytes the calling thread has passed to write() and pwrite() so far (its own I/O accounting), or -1.
qint64 bytesThisThreadWrote()
{
    QFile file(QStringLiteral("/proc/thread-self/io"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

// The descriptor of a deleted file that had this name, or -1.
int descriptorOf(const QString &path)
{
    const QByteArray deleted = QFile::encodeName(path) + " (deleted)";
    for (int fd = 0; fd < 4096; ++fd) {
        char target[4096];
        const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        if (length > 0 && QByteArray(target, qsizetype(length)) == deleted)
            return fd;
    }
    return -1;
}

struct Tmpfs
{
    QTemporaryDir dir;
    QString mount;
    bool mounted = false;
    explicit Tmpfs(const QString &size)
    {
        mount = dir.filePath(QStringLiteral("small"));
        QDir().mkpath(mount);
        mounted = QProcess::execute(QStringLiteral("mount"),
                      { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), mount })
            == 0;
    }
    ~Tmpfs()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), { mount });
    }
};

} // namespace

// The window's index rows beyond memory: older complete segments written to an index file and mapped back.
class tst_CaptureStoreIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void spilledRowsReadBackIdenticalAcrossThreads();
    void anonymousMemoryStaysBounded();
    void theAppendingThreadNeverWritesTheIndex();
    void indexFileIsPrivateAndGoesWithTheCapture();
    void indexCountsAgainstTheLimitAndRowsAloneStopRecording();
    void anUnwritableIndexKeepsRowsInMemoryThenSaysSo();
    void aShortIndexWriteKeepsTheRowsAndTheFileWhole();
    void theLastRowSaysLaterEventsAreNotRecorded();
};

void tst_CaptureStoreIndex::init()
{
    ::umask(022); // what a desktop session has: the modes must come from the code, not the umask
}

void tst_CaptureStoreIndex::spilledRowsReadBackIdenticalAcrossThreads()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    constexpr qint64 Rows = 10 * RowsPerSegment + 123;
    std::atomic<bool> done = false;
    std::atomic<qint64> mismatches = 0;
    std::atomic<qint64> checked = 0;
    // Reads while segments are replaced under it: every published row, from memory or the file, is the same.
    std::thread reader([&] {
        qint64 row = 0;
        while (!done.load() || row < store.count()) {
            const qint64 published = store.count();
            for (; row < published; row += 7) {
                if (!sameRow(store.event(row), row))
                    ++mismatches;
                // Old rows too, which have moved to the file by now.
                if (!sameRow(store.event(row / 3), row / 3))
                    ++mismatches;
                ++checked;
            }
        }
    });
    for (qint64 row = 0; row < Rows; ++row)
        QCOMPARE(appendRow(store, row), row);
    done = true;
    reader.join();
    store.flush();
    QCOMPARE(mismatches.load(), 0);
    QVERIFY(checked.load() >= Rows / 7);
    // Ten complete segments, the newest two in memory, the eight before in the file.
    QCOMPARE(store.indexBytesOnDisk(), 8 * SegmentBytes);
    QCOMPARE(store.rowsInMemory(), Rows - 8 * RowsPerSegment);
    QCOMPARE(store.keptRowCount(), Rows);
    qint64 wrong = 0;
    for (qint64 row = 0; row < Rows; ++row)
        wrong += sameRow(store.event(row), row) ? 0 : 1;
    QCOMPARE(wrong, 0);
    for (const qint64 row : { qint64(0), RowsPerSegment - 1, 5 * RowsPerSegment + 17, Rows - 1 })
        QCOMPARE(store.payload(row), payloadOf(row));
    QVERIFY(store.spoolBytesOnDisk() > store.indexBytesOnDisk()); // counted with the spool
}

void tst_CaptureStoreIndex::anonymousMemoryStaysBounded()
{
    // Two million rows held 77 MiB of anonymous memory (40 bytes each); now at most three segments (7.5 MiB)
    // stay, plus what the spool's queue leaves in the heap between flushes (5 to 23 MiB flushing every
    // segment under load: flushed every 4,096 rows here).
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    appendRows(store, 0, RowsPerSegment, 4096); // the spool's staging block and a segment, before measuring
    const qint64 before = anonymousBytes();
    QVERIFY(before > 0);
    constexpr qint64 Rows = 2'000'000;
    appendRows(store, RowsPerSegment, Rows, 4096);
    const qint64 grown = anonymousBytes() - before;
    qInfo("anonymous memory grew %lld KiB for %lld rows; %lld rows in memory, %lld MiB of index file",
        grown / 1024, Rows - RowsPerSegment, store.rowsInMemory(), store.indexBytesOnDisk() / MiB);
    QVERIFY(store.rowsInMemory() <= 3 * RowsPerSegment);
    QVERIFY2(grown < 32 * MiB, qPrintable(QString::number(grown)));
    QCOMPARE(store.count(), Rows);
    QVERIFY(sameRow(store.event(12345), 12345));
    QVERIFY(sameRow(store.event(Rows - 1), Rows - 1));
}

void tst_CaptureStoreIndex::theAppendingThreadNeverWritesTheIndex()
{
    // In the window the thread that appends is the GUI thread: a 2.5 MiB pwrite() there per 65,536 events
    // was a stall of its own. The spill thread writes the segments; this thread only hands them over.
    if (bytesThisThreadWrote() < 0)
        QSKIP("no per-thread I/O accounting here (/proc/thread-self/io)");
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    const qint64 before = bytesThisThreadWrote();
    constexpr qint64 Rows = 8 * RowsPerSegment + 5;
    appendRows(store, 0, Rows);
    const qint64 written = bytesThisThreadWrote() - before;
    QCOMPARE(store.indexBytesOnDisk(), 6 * SegmentBytes); // written all the same, by another thread
    QVERIFY2(written < SegmentBytes, qPrintable(QString::number(written)));
    qint64 wrong = 0;
    for (qint64 row = 0; row < Rows; ++row)
        wrong += sameRow(store.event(row), row) ? 0 : 1;
    QCOMPARE(wrong, 0);
}

void tst_CaptureStoreIndex::indexFileIsPrivateAndGoesWithTheCapture()
{
    QTemporaryDir dir;
    QString path;
    {
        CaptureStore store(dir.path());
        appendRows(store, 0, 4 * RowsPerSegment);
        path = store.indexFilePath();
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        // Unlinked at once, as the spool is: no name to leave behind, even after a kill -9.
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        const int fd = descriptorOf(path);
        QVERIFY2(fd >= 0, qPrintable(path));
        struct stat info
        {
        };
        QCOMPARE(::fstat(fd, &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(qint64(info.st_size), store.indexBytesOnDisk());
        QCOMPARE(store.indexBytesOnDisk(), 2 * SegmentBytes); // four complete: the newest two stay in memory
    }
    // Gone with the capture: no descriptor, no mapping, no file.
    QCOMPARE(descriptorOf(path), -1);
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    QVERIFY(!maps.readAll().contains(QFile::encodeName(QFileInfo(path).fileName())));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void tst_CaptureStoreIndex::indexCountsAgainstTheLimitAndRowsAloneStopRecording()
{
    // A 16 MiB limit: the index may take half, three segments (7.5 MiB); payloads are dropped to make room
    // for it, and once the index alone is at its share, later events are not recorded but counted.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setCaptureLimit(16 * MiB);
    QSignalSpy reached(&store, &CaptureStore::captureLimitReached);
    qint64 row = 0;
    qint64 refused = 0;
    for (; row < 12 * RowsPerSegment; ++row) {
        if (appendRow(store, row) < 0)
            ++refused;
        if ((row & (RowsPerSegment - 1)) == RowsPerSegment - 1)
            store.flush();
    }
    store.flush();
    // Three segments in the file, three in memory, the row that says so, then no more rows.
    QCOMPARE(store.indexBytesOnDisk(), 3 * SegmentBytes);
    QCOMPARE(store.count(), 6 * RowsPerSegment + 1);
    QCOMPARE(store.event(6 * RowsPerSegment).kind, EventKind::Error);
    QVERIFY(store.payload(6 * RowsPerSegment).contains("not recorded"));
    QCOMPARE(refused, row - 6 * RowsPerSegment);
    QCOMPARE(store.unrecordedEvents(), refused);
    QVERIFY(store.droppedPayloadBytes() >= refused); // their bytes are said too, one each
    // Everything is on disk now, so the limit can be applied whole: spool and index within 16 MiB.
    store.setCaptureLimit(16 * MiB);
    QVERIFY2(store.spoolBytesOnDisk() <= 16 * MiB, qPrintable(QString::number(store.spoolBytesOnDisk())));
    QCOMPARE(store.count(), 6 * RowsPerSegment + 1); // still stopped
    QVERIFY(!reached.isEmpty());
    QVERIFY2(reached.last().first().toString().contains(QStringLiteral("not recorded")),
        qPrintable(reached.last().first().toString()));
    // The rows kept are all there; the oldest payloads went for the index.
    QVERIFY(sameRow(store.event(0), 0));
    QVERIFY(sameRow(store.event(6 * RowsPerSegment - 1), 6 * RowsPerSegment - 1));
    QCOMPARE(store.lossReason(0), CaptureStore::LossReason::DroppedByLimit);
    QCOMPARE(store.payload(6 * RowsPerSegment - 1), payloadOf(6 * RowsPerSegment - 1));
    // A larger limit records events again.
    store.setCaptureLimit(64 * MiB);
    const qint64 resumed = appendRow(store, 6 * RowsPerSegment);
    QCOMPARE(resumed, 6 * RowsPerSegment + 1);
    QCOMPARE(store.indexBytesOnDisk(), 4 * SegmentBytes);
}

void tst_CaptureStoreIndex::anUnwritableIndexKeepsRowsInMemoryThenSaysSo()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    const QString missing = dir.filePath(QStringLiteral("gone"));
    store.setIndexDirectory(missing);
    QSignalSpy failed(&store, &CaptureStore::rowIndexFailed);
    appendRows(store, 0, 4 * RowsPerSegment);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(missing))
            && message.contains(QStringLiteral("No such file"))
            && message.contains(QStringLiteral("stay in memory")),
        qPrintable(message));
    QCOMPARE(store.indexBytesOnDisk(), 0);
    QCOMPARE(store.rowsInMemory(), 4 * RowsPerSegment);
    // Up to 24 segments in memory, every row intact; then events are counted, not recorded, and it says so.
    constexpr qint64 Kept = 24 * RowsPerSegment;
    appendRows(store, 4 * RowsPerSegment, Kept + 1000);
    QCOMPARE(store.count(), Kept + 1);
    QCOMPARE(store.event(Kept).kind, EventKind::Error);
    QVERIFY(store.payload(Kept).contains("not recorded"));
    QCOMPARE(store.unrecordedEvents(), 1000);
    QCOMPARE(store.lostPayloadBytes(), 1000);
    QCOMPARE(failed.size(), 2);
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("not recorded")),
        qPrintable(failed.last().first().toString()));
    qint64 wrong = 0;
    for (qint64 row = 0; row < Kept; row += 5)
        wrong += sameRow(store.event(row), row) ? 0 : 1;
    QCOMPARE(wrong, 0);
    QCOMPARE(store.payload(Kept - 1), payloadOf(Kept - 1));
}

void tst_CaptureStoreIndex::aShortIndexWriteKeepsTheRowsAndTheFileWhole()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs for an index file that cannot be written whole");
    // 4 MiB: the first segment (2.5 MiB) fits, the second is written short and then fails.
    Tmpfs tmpfs(QStringLiteral("4m"));
    if (!tmpfs.mounted)
        QSKIP("cannot mount a tmpfs here (a container without CAP_SYS_ADMIN)");
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setIndexDirectory(tmpfs.mount);
    QSignalSpy failed(&store, &CaptureStore::rowIndexFailed);
    constexpr qint64 Rows = 6 * RowsPerSegment + 9;
    appendRows(store, 0, Rows);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("No space left on device")),
        qPrintable(failed.first().first().toString()));
    // The whole first segment stays in the file; the part of the second that was written is given back.
    QCOMPARE(store.indexBytesOnDisk(), SegmentBytes);
    const int fd = descriptorOf(store.indexFilePath());
    QVERIFY(fd >= 0);
    struct stat info
    {
    };
    QCOMPARE(::fstat(fd, &info), 0);
    QCOMPARE(qint64(info.st_size), SegmentBytes);
    QCOMPARE(store.rowsInMemory(), Rows - RowsPerSegment);
    qint64 wrong = 0;
    for (qint64 row = 0; row < Rows; ++row)
        wrong += sameRow(store.event(row), row) ? 0 : 1;
    QCOMPARE(wrong, 0);
    QCOMPARE(store.unrecordedEvents(), 0);
}

void tst_CaptureStoreIndex::theLastRowSaysLaterEventsAreNotRecorded()
{
    // A store numbers at most 2^32 rows (a day of a 50,000-a-second flood). Past them events were returned
    // -1 and counted nowhere; now the last row says so and later events are counted. The store starts
    // numbering near the top (no test could append that many), and its index spills at the rows' own
    // offsets in the file.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    constexpr qint64 Last = CaptureStore::MaxRowCount - 1;
    const qint64 start = CaptureStore::MaxRowCount - 4 * RowsPerSegment - 10;
    store.startAtRow(start);
    QCOMPARE(store.count(), start);
    QCOMPARE(store.firstRow(), start);
    QSignalSpy failed(&store, &CaptureStore::rowIndexFailed);
    qint64 refused = 0;
    for (qint64 row = start; row < CaptureStore::MaxRowCount + 100; ++row) {
        if (appendRow(store, row) < 0)
            ++refused;
        if ((row & (RowsPerSegment - 1)) == RowsPerSegment - 1)
            store.flush();
    }
    store.flush();
    QCOMPARE(store.count(), CaptureStore::MaxRowCount);
    QCOMPARE(store.event(Last).kind, EventKind::Error);
    QVERIFY(store.payload(Last).contains("not recorded"));
    QCOMPARE(refused, 101); // the last row's own event, and the 100 after it
    QCOMPARE(store.unrecordedEvents(), refused);
    QCOMPARE(store.droppedPayloadBytes(), refused); // one byte each, said too
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not recorded")),
        qPrintable(failed.first().first().toString()));
    // Five segments touched, the first in part: the three oldest in the file, every row intact.
    QCOMPARE(store.indexBytesOnDisk(), 3 * SegmentBytes);
    QCOMPARE(store.rowsInMemory(), 2 * RowsPerSegment);
    QVERIFY(!store.isRowKept(start - 1));
    qint64 wrong = 0;
    for (qint64 row = start; row < Last; ++row)
        wrong += sameRow(store.event(row), row) ? 0 : 1;
    QCOMPARE(wrong, 0);
    QCOMPARE(store.payload(start), payloadOf(start));
    QCOMPARE(store.payload(Last - 1), payloadOf(Last - 1));
}

QTEST_GUILESS_MAIN(tst_CaptureStoreIndex)
#include "tst_capturestoreindex.moc"
