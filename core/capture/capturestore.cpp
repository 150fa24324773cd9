#include "capturestore.h"

#include "payloadheads.h"
#include "payloadhold.h"
#include "spoolformat.h"
#include "spoolwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <QWaitCondition>

#include <sched.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <thread>
#include <type_traits>
#include <vector>

namespace Sockbench {

namespace {

// The index grows in fixed segments so rows never move once published: readers on other threads can hold
// a row's address while the producer keeps appending. 2^16 segments of 2^16 rows: 4 billion events.
constexpr int SegmentBits = 16;
constexpr qint64 SegmentSize = qint64(1) << SegmentBits;
constexpr qint64 SegmentCount = qint64(1) << 16;
constexpr qint64 MaxRows = SegmentSize * SegmentCount;
static_assert(MaxRows == CaptureStore::MaxRowCount);
// 65,536 rows of 40 bytes: 2,621,440 bytes, 640 pages of 4 KiB (160 of 16 KiB, 40 of 64 KiB), so a segment is
// a mapping of its own that the index file can replace in place.
constexpr qint64 SegmentBytes = SegmentSize * qint64(sizeof(CaptureEvent));
// A spool store keeps the segment being filled and the newest complete ones in anonymous memory (what views
// read most); older complete segments are written to the index file and mapped back read-only.
constexpr qint64 SegmentsKeptInMemory = 2;
// When the index file cannot be written, rows stay in memory up to this many segments (63 MB, 1.57 million
// rows); later events are not recorded (counted, and said).
constexpr qint64 MaxSegmentsInMemory = 24;
constexpr qint64 MaxMegabytesInMemory = (MaxSegmentsInMemory * SegmentBytes + 500000) / 1000000;
// The index may take at most this part of the capture limit (DropOldest): the rest stays for payloads, so a
// flood of tiny chunks cannot end with every payload dropped for rows alone.
constexpr qint64 IndexShareOfLimit = 2;

// Segments are mappings of their own (not calloc'd: glibc's header would put them off a page boundary), so
// spilling one replaces its pages in place: its address, which readers on other threads may be using, never
// changes. Anonymous pages come zeroed and are only faulted in when touched, like calloc's.
CaptureEvent *mapSegment()
{
    void *memory
        = ::mmap(nullptr, size_t(SegmentBytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        qFatal("out of memory for the capture index");
    return static_cast<CaptureEvent *>(memory);
}

void unmapSegment(CaptureEvent *events)
{
    if (events)
        ::munmap(events, size_t(SegmentBytes));
}

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 wallClockNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// An event block's head: 52 bytes before the payload, 56 for the whole block of an event without one
// (spoolformat.cpp).
constexpr qint64 HeadBeforePayload = 52;
constexpr qint64 BareBlock = 56;

// A row recorded without its payload (the limit's StopCapturing) keeps the end of its bare block, negated:
// offsets stay in order (the limit searches them) and say "not kept".
bool isNotKept(const CaptureEvent &event)
{
    return event.payloadOffset < 0;
}

// UntilReleased has no spool offsets: a data row its destination did not take says why in its offset.
constexpr qint64 NotKeptByLimitMark = -1;
constexpr qint64 BelowDiskFloorMark = -2;

// UntilReleased with a destination: the free space there is measured again after this many payload bytes
// kept, so the floor is passed by at most this plus what the writer still holds. A statvfs took 17.9 us on
// /tmp at load 18 (100,000 calls): at 1.4 GiB/s, 1,400 a second cost 25 ms a second, under 3% of a core.
constexpr qint64 FloorCheckBytes = 1024 * 1024;

qint64 blockStartOf(const CaptureEvent &event)
{
    if (isNotKept(event))
        return -event.payloadOffset - BareBlock;
    return event.payloadOffset - (event.payloadSize == 0 ? BareBlock : HeadBeforePayload);
}

struct FileSystemSpace
{
    qint64 free = -1;
    qint64 size = -1;
};

FileSystemSpace spaceAt(const QString &directory)
{
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(directory).constData(), &info) != 0)
        return {};
    return { qint64(info.f_bavail) * qint64(info.f_frsize), qint64(info.f_blocks) * qint64(info.f_frsize) };
}

} // namespace

class CaptureStore::Private
{
public:
    // A store costs what it holds, not what it could: the fuzz targets make five per input, and filling the
    // whole segment table and a first segment of 2.6 MB (65,536 rows) row by row held them to 8-21 inputs a
    // second. The table is value-initialised (zeroed in one go) and only its used part is walked; segments
    // come zeroed from calloc (CaptureEvent's defaults are all zero bits), so the pages a small store never
    // touches are never faulted in.
    explicit Private(const QString &spoolDirectory)
        : spool(spoolDirectory.isEmpty() ? QDir::tempPath() : spoolDirectory)
        , segments(new std::atomic<CaptureEvent *>[SegmentCount]())
    {
        // The spool is a pcapng file from its first byte, so naming it later makes it a journal as it is.
        spool.enqueue(SpoolFormat::header(QStringLiteral("capture")));
        regionStart = spool.end();
        measureDisk(spoolDirectory.isEmpty() ? QDir::tempPath() : spoolDirectory);
        spillsRows = true;
    }
    Private()
        : segments(new std::atomic<CaptureEvent *>[SegmentCount]())
    { }

    ~Private()
    {
        const qint64 used = (published.load(std::memory_order_relaxed) + SegmentSize - 1) >> SegmentBits;
        for (qint64 i = 0; i < used; ++i)
            unmapSegment(segments[i].load(std::memory_order_relaxed));
        if (indexFd >= 0)
            ::close(indexFd);
    }

    CaptureEvent &slot(qint64 row)
    {
        const qint64 segment = row >> SegmentBits;
        CaptureEvent *events = segments[segment].load(std::memory_order_relaxed);
        if (!events) {
            static_assert(std::is_aggregate_v<CaptureEvent> && std::is_trivially_copyable_v<CaptureEvent>);
            events = mapSegment();
            segments[segment].store(events, std::memory_order_release);
        }
        return events[row & (SegmentSize - 1)];
    }

    const CaptureEvent &publishedSlot(qint64 row) const
    {
        return segments[row >> SegmentBits].load(std::memory_order_acquire)[row & (SegmentSize - 1)];
    }

    void measureDisk(const QString &directory)
    {
        const FileSystemSpace space = spaceAt(directory);
        automaticLimit = defaultCaptureLimit(space.free);
        floor = space.size > 0 ? diskFloor(space.size) : 0;
        spool.setFreeSpaceFloor(floor);
    }

    SpoolWriter spool;
    std::unique_ptr<PayloadHold> hold; // UntilReleased retention: no file at all (spool: in memory, unused)
    std::unique_ptr<std::atomic<CaptureEvent *>[]> segments;
    std::atomic<qint64> published { 0 };
    std::atomic<qint64> totalPayloadBytes { 0 };

    // RowRetention::UntilRead: rows below firstRow are forgotten, their segments freed (from firstSegment on
    // they are kept). The producer frees; readers register and release under rowReaderMutex, and forgetHint
    // (the lowest reader's position, the most a release could allow) spares the producer the lock until a
    // whole segment may go.
    RowRetention rowRetention = RowRetention::All;
    std::atomic<qint64> firstRow { 0 };
    qint64 firstSegment = 0;
    mutable QMutex rowReaderMutex;
    std::vector<qint64> rowReaders; // per reader: the first row it still needs
    std::atomic<qint64> forgetHint { std::numeric_limits<qint64>::max() };

    // A spool store's index beyond memory: segments below spilledSegments are mapped read-only from the
    // index file (at segment * SegmentBytes), an unlinked 0600 file beside the spool. The producer decides
    // which segment goes and when; the spill thread writes it and maps it back, one segment at a time.
    bool spillsRows = false;
    QString indexDirectory; // empty: the spool's directory at the first spill
    QString indexPath; // the name it had (unlinked at once); written by the spill thread under spillMutex
    int indexFd = -1; // the spill thread's (closed once it has stopped)
    qint64 indexFloor = 0; // the spill thread's
    std::atomic<qint64> spilledSegments { 0 }; // written by the producer, read by rowsInMemory() anywhere
    std::atomic<qint64> indexBytes { 0 };
    std::atomic<qint64> indexReserved { 0 }; // the segment being written: on disk for the limit already
    bool indexFailureReported = false;
    bool lastSpillFailed = false;
    qint64 spilling = -1; // the segment handed to the spill thread (producer's copy, no lock needed)
    // The spill thread, made with the first spill: a 2.5 MiB pwrite() per 65,536 rows had been on the
    // appending thread, which in the window is the GUI thread. The segment and its directory are handed
    // over, and the result taken back, under spillMutex.
    std::thread spillThread;
    QMutex spillMutex;
    QWaitCondition spillWake; // the spill thread waits for a segment
    QWaitCondition spillDone; // the producer waits for a result
    qint64 spillJob = -1; // the segment handed over, until its result is taken
    QString spillDirectory; // where the index file is made, when the segment is the first
    bool spillFinished = false;
    bool spillSucceeded = false;
    QString spillError;
    bool spillStopping = false;
    enum class RowStop : int { None, Limit, Memory, Full };
    RowStop rowStop = RowStop::None; // set: events are not recorded, only counted
    std::atomic<qint64> unrecordedEvents { 0 };

    // The capture limit. Producer thread only, but for the counters and droppedBelow.
    qint64 limitSetting = 0; // 0: automatic
    qint64 automaticLimit = 0;
    LimitPolicy policy = LimitPolicy::DropOldest;
    bool limitReached = false; // announced; StopCapturing keeps no payloads while set
    qint64 floor = 0; // the free space kept on the disk of the capture (spool or destination)
    // UntilReleased with a destination (setPayloadDestination): where the kept payloads go.
    QString destination;
    qint64 keptBytes = 0; // data payload bytes kept for the destination
    qint64 nextFloorCheck = 0; // keptBytes at which the free space is measured again
    bool belowFloor = false;
    qint64 regionStart = 0; // where the next dropped range starts (a block boundary)
    qint64 firstKeptRow = 0; // the oldest row whose payload DropOldest has not dropped
    qint64 releasedSpan = 0; // spool bytes handed to release()
    std::atomic<qint64> droppedBelow { 0 }; // payloads at offsets below this were dropped
    std::atomic<qint64> droppedBytes { 0 };
    std::atomic<qint64> lostBytes { 0 };

    mutable QMutex infoMutex;
    QHash<quint32, SessionInfo> sessionInfos;
    QHash<quint32, ConnectionInfo> connectionInfos;

    qint64 backpressureLimit = 64 * 1024 * 1024;
    bool backpressured = false;
    bool spoolFailureReported = false;
    qint64 lastNotifiedRow = -1;
    qint64 lastNotifiedUnrecorded = 0;
    QTimer notifyTimer;
    // Last, so it goes first: its thread reads the spool and the index above.
    std::unique_ptr<PayloadHeads> heads; // made with the first head that must come from the disk
};

CaptureStore::CaptureStore(const QString &spoolDirectory, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(spoolDirectory))
{
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(33);
    connect(&d->notifyTimer, &QTimer::timeout, this, &CaptureStore::announceNewRows);
    watchSpool();
}

CaptureStore::CaptureStore(InMemoryTag, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(33);
    connect(&d->notifyTimer, &QTimer::timeout, this, &CaptureStore::announceNewRows);
}

CaptureStore::CaptureStore(PayloadRetention retention, QObject *parent)
    : QObject(parent)
    , d(retention == PayloadRetention::Spool ? std::make_unique<Private>(QString())
                                             : std::make_unique<Private>())
{
    if (retention == PayloadRetention::UntilReleased)
        d->hold = std::make_unique<PayloadHold>();
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(33);
    connect(&d->notifyTimer, &QTimer::timeout, this, &CaptureStore::announceNewRows);
    watchSpool();
}

CaptureStore::~CaptureStore()
{
    d->heads.reset(); // its thread reads what follows
    if (d->spillThread.joinable()) {
        // A segment being written is finished first: its mapping replaces pages that are unmapped next.
        {
            QMutexLocker lock(&d->spillMutex);
            d->spillStopping = true;
            d->spillWake.wakeAll();
        }
        d->spillThread.join();
    }
    d->spool.setProgressCallback({}, 0); // no more calls into a store being destroyed
    if (d->hold)
        d->hold->setDrainCallback({}, 0);
}

void CaptureStore::setRowRetention(RowRetention retention)
{
    // A spool's limit and failure accounting walk old rows, and the window's log shows them: only a store
    // without a spool forgets.
    d->rowRetention = d->hold ? retention : RowRetention::All;
}

RowRetention CaptureStore::rowRetention() const
{
    return d->rowRetention;
}

int CaptureStore::addRowReader(qint64 fromRow)
{
    QMutexLocker lock(&d->rowReaderMutex);
    // Under the lock the producer frees under: a reader cannot be given a row that is going away.
    const qint64 from
        = std::max(fromRow < 0 ? count() : fromRow, d->firstRow.load(std::memory_order_acquire));
    d->rowReaders.push_back(from);
    d->forgetHint.store(
        *std::min_element(d->rowReaders.cbegin(), d->rowReaders.cend()), std::memory_order_relaxed);
    return int(d->rowReaders.size() - 1);
}

void CaptureStore::releaseRows(int reader, qint64 row)
{
    QMutexLocker lock(&d->rowReaderMutex);
    if (reader < 0 || size_t(reader) >= d->rowReaders.size())
        return;
    qint64 &position = d->rowReaders[size_t(reader)];
    position = std::max(position, row);
    d->forgetHint.store(
        *std::min_element(d->rowReaders.cbegin(), d->rowReaders.cend()), std::memory_order_relaxed);
}

qint64 CaptureStore::firstRow() const
{
    return d->firstRow.load(std::memory_order_acquire);
}

qint64 CaptureStore::keptRowCount() const
{
    return count() - firstRow();
}

void CaptureStore::forgetReadRows()
{
    // Whole segments only, and only on this thread: rows never move, and a reader on this thread (the
    // printer) can never meet a freed one. 65,536 rows of 40 bytes: at most 2.6 MB freed at a time, and at
    // most one segment kept beyond what the slowest reader holds.
    const qint64 published = d->published.load(std::memory_order_relaxed);
    if ((std::min(d->forgetHint.load(std::memory_order_relaxed), published) >> SegmentBits)
        <= d->firstSegment)
        return;
    QMutexLocker lock(&d->rowReaderMutex);
    qint64 below = published;
    for (const qint64 position : d->rowReaders)
        below = std::min(below, position);
    const qint64 lastSegment = below >> SegmentBits;
    if (lastSegment <= d->firstSegment)
        return;
    // Readers check firstRow before they read a slot: it moves before the memory goes.
    d->firstRow.store(lastSegment << SegmentBits, std::memory_order_release);
    for (; d->firstSegment < lastSegment; ++d->firstSegment)
        unmapSegment(d->segments[d->firstSegment].exchange(nullptr, std::memory_order_acq_rel));
    if (d->hold)
        d->hold->forgetDetailsBelow(lastSegment << SegmentBits);
}

PayloadRetention CaptureStore::payloadRetention() const
{
    return d->hold ? PayloadRetention::UntilReleased : PayloadRetention::Spool;
}

int CaptureStore::addPayloadReader()
{
    return d->hold ? d->hold->addReader(count()) : 0;
}

void CaptureStore::releasePayloads(int reader, qint64 row)
{
    if (d->hold)
        d->hold->release(reader, row);
}

qint64 CaptureStore::heldPayloadBytes() const
{
    return d->hold ? d->hold->heldBytes() : d->spool.pendingBytes();
}

bool CaptureStore::isValid() const
{
    return d->spool.isOpen();
}

QString CaptureStore::errorString() const
{
    return d->spool.errorString();
}

QString CaptureStore::spoolFilePath() const
{
    return d->spool.path();
}

bool CaptureStore::moveSpoolTo(const QString &path, QString *error)
{
    if (!d->spool.moveTo(path, error))
        return false;
    // The limit and the floor follow the capture to where it lives now.
    d->measureDisk(QFileInfo(path).path());
    applyLimit();
    return true;
}

bool CaptureStore::refuseRow(qint64 payloadSize)
{
    if (d->rowStop == Private::RowStop::None)
        return false;
    // Counted, never silent: the counts and the message say how many events and bytes were not recorded.
    d->unrecordedEvents.fetch_add(1, std::memory_order_relaxed);
    d->totalPayloadBytes.fetch_add(payloadSize, std::memory_order_relaxed);
    (d->rowStop == Private::RowStop::Memory ? d->lostBytes : d->droppedBytes)
        .fetch_add(payloadSize, std::memory_order_relaxed);
    if (!d->notifyTimer.isActive()) // no row announces them: unrecordedEventsChanged() does
        d->notifyTimer.start();
    return true;
}

bool CaptureStore::openIndex(const QString &directory, QString *error)
{
    if (d->indexFd >= 0)
        return true;
    QByteArray pattern
        = QFile::encodeName(QDir(directory).filePath(QStringLiteral("sockbench-index-XXXXXX")));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // 0600, whatever the umask
    if (fd < 0) {
        *error = tr("cannot create the capture's index file in %1: %2")
                     .arg(QDir::toNativeSeparators(directory), qt_error_string(errno));
        return false;
    }
    // Unlinked at once, as the spool is: it goes with the capture, even after a kill -9 (the journal, the
    // spool, describes every event itself; the index is only its table).
    ::unlink(pattern.constData());
    d->indexFd = fd;
    {
        QMutexLocker lock(&d->spillMutex);
        d->indexPath = QFile::decodeName(pattern);
    }
    const FileSystemSpace space = spaceAt(directory);
    // As for a transcript's folder: no floor on a filesystem smaller than it.
    d->indexFloor = space.size > 0 ? diskFloor(space.size) : 0;
    if (d->indexFloor >= space.size)
        d->indexFloor = 0;
    return true;
}

bool CaptureStore::spillSegment(qint64 segment, const QString &directory, QString *error)
{
    // The spill thread. The segment is complete and no longer written: the producer only reads it, as
    // readers on other threads do.
    if (!openIndex(directory, error))
        return false;
    // Where the file is (this thread alone writes its name): the spool may have moved since it was made.
    const QString folder = QFileInfo(d->indexPath).path();
    const QString where = QDir::toNativeSeparators(folder);
    if (d->indexFloor > 0) {
        const FileSystemSpace space = spaceAt(folder);
        if (space.free >= 0 && space.free - SegmentBytes < d->indexFloor) {
            *error
                = tr("cannot write the capture's index file in %1: %2")
                      .arg(where, tr("less than %1 MiB free on the disk").arg(d->indexFloor / (1024 * 1024)));
            return false;
        }
    }
    CaptureEvent *events = d->segments[segment].load(std::memory_order_acquire);
    const char *bytes = reinterpret_cast<const char *>(events);
    const qint64 at = segment * SegmentBytes;
    for (qint64 done = 0; done < SegmentBytes;) {
        const ssize_t written = ::pwrite(d->indexFd, bytes + done, size_t(SegmentBytes - done), at + done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int why = written < 0 ? errno : ENOSPC;
            // Nothing half-written stays behind: the rows stay in memory, the file ends where it was whole.
            [[maybe_unused]] const int truncated = ::ftruncate(d->indexFd, at); // else rewritten next time
            *error = tr("cannot write the capture's index file in %1: %2").arg(where, qt_error_string(why));
            return false;
        }
        done += written;
    }
    // A mapping past the file's end reads as SIGBUS, not as an error: the file must hold the whole segment
    // before it replaces the memory (someone may have truncated it, through /proc, meanwhile).
    struct stat info
    {
    };
    if (::fstat(d->indexFd, &info) != 0 || info.st_size < at + SegmentBytes) {
        *error = tr("cannot write the capture's index file in %1: %2")
                     .arg(where, tr("the file is shorter than what was written to it (truncated)"));
        return false;
    }
    // MAP_FIXED replaces the anonymous pages in one step under the kernel's mmap lock: a reader on another
    // thread (the producer among them) reads the old page or, after a fault, the file's page, which holds
    // the same bytes; the address never changes. The anonymous pages are freed with the old mapping.
    void *mapped = ::mmap(events, size_t(SegmentBytes), PROT_READ, MAP_SHARED | MAP_FIXED, d->indexFd, at);
    if (mapped == MAP_FAILED) {
        *error = tr("cannot map the capture's index file in %1: %2").arg(where, qt_error_string(errno));
        return false;
    }
    return true;
}

void CaptureStore::runSpills()
{
    // The spill thread: one segment at a time, handed over by startSpill(), its result taken by takeSpill().
    // SCHED_BATCH: woken by the appending thread, it does not preempt it (the kernel's wakeup preemption
    // spares the waker). sockbench-capturerows at load 15, one run each: the append that hands a segment
    // over took 10.4 ms on average with a normal thread (median 46 us, worst 203 ms), 5.3 ms with this
    // (median 50 us, worst 91 ms); it was 33.7 ms (median 35 ms) when it wrote the segment itself.
    const sched_param batch {};
    ::sched_setscheduler(0, SCHED_BATCH, &batch);
    QMutexLocker lock(&d->spillMutex);
    for (;;) {
        while (!d->spillStopping && (d->spillJob < 0 || d->spillFinished))
            d->spillWake.wait(&d->spillMutex);
        if (d->spillStopping)
            return;
        const qint64 segment = d->spillJob;
        const QString directory = d->spillDirectory;
        lock.unlock();
        QString error;
        const bool succeeded = spillSegment(segment, directory, &error);
        lock.relock();
        d->spillSucceeded = succeeded;
        d->spillError = error;
        d->spillFinished = true;
        d->spillDone.wakeAll();
        // Taken on the store's thread, which may hand over the next segment there.
        QMetaObject::invokeMethod(this, &CaptureStore::onIndexSpilled, Qt::QueuedConnection);
    }
}

bool CaptureStore::takeSpill(bool wait)
{
    if (d->spilling < 0)
        return false;
    bool succeeded = false;
    QString error;
    {
        QMutexLocker lock(&d->spillMutex);
        if (!d->spillFinished && !wait)
            return false;
        while (!d->spillFinished)
            d->spillDone.wait(&d->spillMutex);
        succeeded = d->spillSucceeded;
        error = d->spillError;
        d->spillJob = -1;
        d->spillFinished = false;
    }
    d->spilling = -1;
    d->lastSpillFailed = !succeeded;
    if (succeeded) {
        d->indexBytes.fetch_add(SegmentBytes, std::memory_order_relaxed);
        d->spilledSegments.fetch_add(1, std::memory_order_relaxed);
    }
    d->indexReserved.store(0, std::memory_order_relaxed);
    if (succeeded) {
        applyLimit(); // the index took room on disk: payloads may have to make way
    } else if (!d->indexFailureReported) {
        d->indexFailureReported = true;
        Q_EMIT rowIndexFailed(tr("%1: the capture's events stay in memory, at most %2 MB of them; "
                                 "after that events are not recorded (they are counted)")
                                  .arg(error)
                                  .arg(MaxMegabytesInMemory));
    }
    return true;
}

void CaptureStore::onIndexSpilled()
{
    continueSpills(false);
}

void CaptureStore::continueSpills(bool wait)
{
    // Catching up (a larger limit, a disk that works again) one segment after another. After a failure the
    // next complete segment tries again (spillRows()), not this: a failing disk is not retried in a loop.
    while (takeSpill(wait) && !d->lastSpillFailed)
        startSpill();
}

// Whether the next segment may not go to the index file: the index counts against the capture limit.
static bool indexOverLimit(qint64 limit, CaptureStore::LimitPolicy policy, qint64 indexBytes, qint64 onDisk)
{
    return limit > 0
        && (policy == CaptureStore::LimitPolicy::DropOldest
                ? indexBytes + SegmentBytes > limit / IndexShareOfLimit
                : onDisk + SegmentBytes > limit + limit / 8);
}

void CaptureStore::resumeRows()
{
    // Rows stopped by the limit are recorded again once the index has room (a larger limit, DropOldest).
    if (d->rowStop != Private::RowStop::Limit
        || indexOverLimit(captureLimit(), d->policy, indexBytesOnDisk(), spoolBytesOnDisk()))
        return;
    d->rowStop = Private::RowStop::None;
    spillRows();
}

bool CaptureStore::startSpill()
{
    // Only whole segments, once complete: a row is never written after it is published, so what goes to the
    // file is final.
    const qint64 complete = d->published.load(std::memory_order_relaxed) >> SegmentBits;
    const qint64 segment = d->spilledSegments.load(std::memory_order_relaxed);
    if (d->spilling >= 0 || segment + SegmentsKeptInMemory >= complete)
        return false;
    // The index counts against the capture limit: DropOldest drops payloads to make room for it, up to half
    // the limit; StopCapturing keeps what it has, events without payloads take at most an eighth more. Past
    // that, new events are not recorded (a stated choice: the rows already kept stay readable, and nothing
    // fills the disk).
    if (indexOverLimit(captureLimit(), d->policy, indexBytesOnDisk(), spoolBytesOnDisk()))
        return true;
    // Where the spool is when the first segment is written (the state directory once the journal is named).
    const QString directory
        = d->indexDirectory.isEmpty() ? QFileInfo(d->spool.path()).path() : d->indexDirectory;
    // Counted on disk from now on, so the limit cannot be passed by what is being written.
    d->indexReserved.store(SegmentBytes, std::memory_order_relaxed);
    d->spilling = segment;
    QMutexLocker lock(&d->spillMutex);
    d->spillJob = segment;
    d->spillDirectory = directory;
    d->spillFinished = false;
    if (!d->spillThread.joinable())
        d->spillThread = std::thread([this] { runSpills(); });
    d->spillWake.wakeOne();
    return false;
}

void CaptureStore::spillRows()
{
    // On the store's thread, once a segment is complete (and when the limit changes): the oldest complete
    // segment beyond the two kept goes to the spill thread. The producer waits for it only when that thread
    // is a whole segment behind (a disk slower than 65,536 rows take to arrive): the bound of rows in
    // memory holds, one segment more while one is being written.
    const qint64 complete = d->published.load(std::memory_order_relaxed) >> SegmentBits;
    takeSpill(false);
    if (d->spilling >= 0
        && complete - d->spilledSegments.load(std::memory_order_relaxed) > SegmentsKeptInMemory + 1)
        takeSpill(true);
    bool refusedByLimit = startSpill();
    // At the bound (the index file failing): first learn whether the segment being written made it, and go
    // on while they do, before saying that events are no longer recorded.
    while (d->spilling >= 0
        && complete - d->spilledSegments.load(std::memory_order_relaxed) >= MaxSegmentsInMemory) {
        takeSpill(true);
        if (d->lastSpillFailed)
            break;
        refusedByLimit = startSpill();
    }
    const qint64 inMemory = complete - d->spilledSegments.load(std::memory_order_relaxed);
    if (refusedByLimit && inMemory > SegmentsKeptInMemory && d->rowStop == Private::RowStop::None) {
        const QString size
            = QLocale().formattedDataSize(captureLimit(), 1, QLocale::DataSizeTraditionalFormat);
        const QString message
            = tr("the capture reached its limit of %1 with the index of its events: later events are not "
                 "recorded (they are counted; a larger limit records them again)")
                  .arg(size);
        stopRows(int(Private::RowStop::Limit), message);
        Q_EMIT captureLimitReached(message);
    } else if (inMemory >= MaxSegmentsInMemory && d->rowStop == Private::RowStop::None) {
        const QString message
            = tr("the capture's index could not be written to disk and holds %1 MB in memory: "
                 "later events are not recorded (they are counted)")
                  .arg(MaxMegabytesInMemory);
        stopRows(int(Private::RowStop::Memory), message);
        Q_EMIT rowIndexFailed(message);
    }
}

void CaptureStore::stopAtLastRow()
{
    // The last row a store can number says so, as the limit's does: events after it were returned -1 and
    // not counted anywhere (a day of a 50,000-a-second flood; the command line numbers rows for its whole
    // life, forgotten or not).
    if (d->rowStop != Private::RowStop::None)
        return;
    const QString message = tr("the capture holds as many events as it can number (%1): later events are "
                               "not recorded (they are counted)")
                                .arg(QLocale().toString(MaxRows));
    stopRows(int(Private::RowStop::Full), message);
    Q_EMIT rowIndexFailed(message);
}

void CaptureStore::startAtRow(qint64 row)
{
    if (count() != 0 || row <= 0)
        return;
    row = std::min(row, MaxRows);
    // As if rows below had been recorded and forgotten: every walk over old rows starts at firstRow() or
    // from the limit's first kept row, and the index spills from the first segment used.
    d->firstSegment = row >> SegmentBits;
    d->spilledSegments.store(row >> SegmentBits, std::memory_order_relaxed);
    d->firstKeptRow = row;
    d->lastNotifiedRow = row - 1;
    d->firstRow.store(row, std::memory_order_release);
    d->published.store(row, std::memory_order_release);
}

void CaptureStore::stopRows(int why, const QString &message)
{
    // The last row says it, so the log shows where recording stopped and a saved transcript carries it: a
    // session-less Error event (a row of a segment of its own; the bound is one row more).
    append(EventKind::Error, Direction::None, 0, 0, message.toUtf8());
    d->rowStop = Private::RowStop(why);
}

qint64 CaptureStore::append(
    EventKind kind, Direction direction, quint32 sessionId, quint32 connectionId, const QByteArray &payload)
{
    return appendAt(steadyNowNs(), wallClockNowNs(), kind, direction, sessionId, connectionId, payload);
}

qint64 CaptureStore::appendAt(qint64 monotonicNs, qint64 wallClockNs, EventKind kind, Direction direction,
    quint32 sessionId, quint32 connectionId, const QByteArray &payload)
{
    const qint64 row = d->published.load(std::memory_order_relaxed);
    if (row >= MaxRows && d->rowStop == Private::RowStop::None)
        d->rowStop = Private::RowStop::Full; // counted below, even where the last row could not say so
    if (refuseRow(payload.size()) || row >= MaxRows)
        return -1;
    CaptureEvent &event = d->slot(row);
    event.monotonicNs = monotonicNs;
    event.wallClockNs = wallClockNs;
    event.payloadSize = quint32(payload.size());
    event.sessionId = sessionId;
    event.connectionId = connectionId;
    event.kind = kind;
    event.direction = direction;
    if (d->hold) {
        const bool lifecycle = kind != EventKind::Data;
        if (!payload.isEmpty() && (lifecycle || d->destination.isEmpty())) {
            d->hold->keep(row, payload, lifecycle);
        } else if (!payload.isEmpty()) {
            const LossReason why = admitToDestination(payload.size());
            if (why == LossReason::None) {
                d->hold->keep(row, payload, false);
                d->keptBytes += payload.size();
            } else {
                event.payloadOffset
                    = why == LossReason::BelowDiskFloor ? BelowDiskFloorMark : NotKeptByLimitMark;
                (why == LossReason::BelowDiskFloor ? d->lostBytes : d->droppedBytes)
                    .fetch_add(payload.size(), std::memory_order_relaxed);
            }
        }
    } else {
        // One block per event, its payload inline: written once, and read back from there.
        const bool keep = !(d->limitReached && d->policy == LimitPolicy::StopCapturing) || payload.isEmpty();
        if (keep) {
            event.payloadOffset
                = d->spool.enqueue(SpoolFormat::eventHead(event), payload, SpoolFormat::eventTail(event));
            if (!payload.isEmpty() && d->spool.hasFailed())
                d->lostBytes.fetch_add(payload.size(), std::memory_order_relaxed);
        } else {
            // The journal still says the event happened: a block without its bytes.
            CaptureEvent bare = event;
            bare.payloadSize = 0;
            event.payloadOffset = -d->spool.enqueue(SpoolFormat::eventHead(bare));
            d->droppedBytes.fetch_add(payload.size(), std::memory_order_relaxed);
        }
    }
    d->totalPayloadBytes.fetch_add(payload.size(), std::memory_order_relaxed);
    d->published.store(row + 1, std::memory_order_release);
    if (!d->hold && !payload.isEmpty())
        applyLimit();
    if (d->rowRetention == RowRetention::UntilRead)
        forgetReadRows();
    if (d->spillsRows && ((row + 1) & (SegmentSize - 1)) == 0)
        spillRows();
    if (row + 2 == MaxRows)
        stopAtLastRow();

    if (!d->backpressured && heldPayloadBytes() >= d->backpressureLimit) {
        d->backpressured = true;
        Q_EMIT backpressureChanged(true);
    }
    if (!d->notifyTimer.isActive())
        d->notifyTimer.start();
    return row;
}

qint64 CaptureStore::appendMissingAt(qint64 monotonicNs, qint64 wallClockNs, EventKind kind,
    Direction direction, quint32 sessionId, quint32 connectionId, quint32 size, PayloadLoss why)
{
    const qint64 row = d->published.load(std::memory_order_relaxed);
    if (row >= MaxRows && d->rowStop == Private::RowStop::None)
        d->rowStop = Private::RowStop::Full;
    if (refuseRow(0) || row >= MaxRows) // its bytes are missing already
        return -1;
    CaptureEvent &event = d->slot(row);
    event = CaptureEvent {};
    event.monotonicNs = monotonicNs;
    event.wallClockNs = wallClockNs;
    event.sessionId = sessionId;
    event.connectionId = connectionId;
    event.kind = kind;
    event.direction = direction;
    // In the spool as a block without its bytes, like a row the limit did not keep: offsets stay in order.
    event.payloadOffset = -d->spool.enqueue(SpoolFormat::eventHead(event));
    event.payloadSize = size;
    event.payloadLoss = size == 0 ? PayloadLoss::None : why;
    d->published.store(row + 1, std::memory_order_release);
    if (d->rowRetention == RowRetention::UntilRead)
        forgetReadRows();
    if (d->spillsRows && ((row + 1) & (SegmentSize - 1)) == 0)
        spillRows();
    if (row + 2 == MaxRows)
        stopAtLastRow();
    if (!d->notifyTimer.isActive())
        d->notifyTimer.start();
    return row;
}

void CaptureStore::describeSession(const SessionInfo &info)
{
    {
        QMutexLocker lock(&d->infoMutex);
        auto known = d->sessionInfos.find(info.id);
        if (known != d->sessionInfos.end() && *known == info)
            return;
        d->sessionInfos.insert(info.id, info);
        // In the spool under the lock, so a rename's block follows the facts it replaces.
        if (!d->hold) // UntilReleased keeps no spool, not even its descriptions
            d->spool.enqueue(SpoolFormat::sessionBlock(info));
    }
    // Announced, not polled: the traffic pane used to copy and sort every description on each batch of new
    // rows to notice a new one, and rebuild its list. Emitted outside the lock, so a receiver may read the
    // store.
    Q_EMIT sessionDescribed(info);
}

void CaptureStore::describeConnection(const ConnectionInfo &info)
{
    {
        QMutexLocker lock(&d->infoMutex);
        auto known = d->connectionInfos.find(info.id);
        if (known != d->connectionInfos.end() && *known == info)
            return;
        d->connectionInfos.insert(info.id, info);
        if (!d->hold)
            d->spool.enqueue(SpoolFormat::connectionBlock(info));
    }
    Q_EMIT connectionDescribed(info);
}

SessionInfo CaptureStore::sessionInfo(quint32 sessionId) const
{
    QMutexLocker lock(&d->infoMutex);
    return d->sessionInfos.value(sessionId);
}

ConnectionInfo CaptureStore::connectionInfo(quint32 connectionId) const
{
    QMutexLocker lock(&d->infoMutex);
    return d->connectionInfos.value(connectionId);
}

QList<SessionInfo> CaptureStore::sessions() const
{
    QMutexLocker lock(&d->infoMutex);
    QList<SessionInfo> list = d->sessionInfos.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return list;
}

QList<ConnectionInfo> CaptureStore::connections() const
{
    QMutexLocker lock(&d->infoMutex);
    QList<ConnectionInfo> list = d->connectionInfos.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return list;
}

qsizetype CaptureStore::sessionCount() const
{
    QMutexLocker lock(&d->infoMutex);
    return d->sessionInfos.size();
}

qsizetype CaptureStore::connectionCount() const
{
    QMutexLocker lock(&d->infoMutex);
    return d->connectionInfos.size();
}

qint64 CaptureStore::count() const
{
    return d->published.load(std::memory_order_acquire);
}

CaptureEvent CaptureStore::event(qint64 row) const
{
    if (!isRowKept(row))
        return {};
    return d->publishedSlot(row);
}

bool CaptureStore::isRowKept(qint64 row) const
{
    return row >= firstRow() && row < count();
}

QByteArray CaptureStore::payload(qint64 row) const
{
    return payload(row, 0, std::numeric_limits<qint64>::max());
}

QByteArray CaptureStore::payload(qint64 row, qint64 offset, qint64 maxBytes) const
{
    return readPayload(row, offset, maxBytes, true).value_or(QByteArray());
}

std::optional<QByteArray> CaptureStore::payloadInMemory(qint64 row, qint64 offset, qint64 maxBytes) const
{
    return readPayload(row, offset, maxBytes, false);
}

std::optional<QByteArray> CaptureStore::readPayload(
    qint64 row, qint64 offset, qint64 maxBytes, bool fromDisk) const
{
    if (!isRowKept(row) || offset < 0 || maxBytes <= 0)
        return QByteArray();
    const CaptureEvent &event = d->publishedSlot(row);
    if (offset >= event.payloadSize)
        return QByteArray();
    if (event.payloadLoss != PayloadLoss::None || isNotKept(event)
        || event.payloadOffset < d->droppedBelow.load())
        return QByteArray();
    const qint64 length = std::min<qint64>(maxBytes, event.payloadSize - offset);
    if (d->hold) {
        const QByteArray bytes = d->hold->read(row);
        return offset == 0 && length == bytes.size() ? bytes : bytes.mid(offset, length);
    }
    std::optional<QByteArray> bytes = fromDisk
        ? d->spool.read(event.payloadOffset, event.payloadSize, offset, length)
        : d->spool.readQueued(event.payloadOffset, event.payloadSize, offset, length);
    // Dropped while it was read? Then the read may have met the hole: give nothing rather than zeros.
    if (event.payloadOffset < d->droppedBelow.load())
        return QByteArray();
    return bytes;
}

std::optional<QByteArray> CaptureStore::payloadHead(qint64 row) const
{
    if (d->heads) {
        if (std::optional<QByteArray> head = d->heads->cached(row))
            return head;
    }
    if (std::optional<QByteArray> head = payloadInMemory(row, 0, PayloadHeadBytes)) {
        // Kept, so the row does not go blank while it is read back once its chunk has gone to the disk.
        if (d->heads)
            d->heads->remember(row, *head);
        return head;
    }
    if (!d->heads) {
        auto *self = const_cast<CaptureStore *>(this);
        d->heads = std::make_unique<PayloadHeads>(
            [self](qint64 at) { return self->payload(at, 0, PayloadHeadBytes); },
            [self] {
                QMetaObject::invokeMethod(self, &CaptureStore::onPayloadHeadsRead, Qt::QueuedConnection);
            });
    }
    d->heads->request(row);
    return std::nullopt;
}

void CaptureStore::onPayloadHeadsRead()
{
    if (!d->heads)
        return;
    const QList<qint64> rows = d->heads->takeReady();
    if (!rows.isEmpty())
        Q_EMIT payloadHeadsReady(rows);
}

bool CaptureStore::isPayloadAvailable(qint64 row) const
{
    if (!isRowKept(row))
        return false;
    return lossReason(row) == LossReason::None;
}

PayloadLoss CaptureStore::payloadLoss(qint64 row) const
{
    switch (lossReason(row)) {
    case LossReason::None:
        return PayloadLoss::None;
    case LossReason::DroppedByLimit:
    case LossReason::NotKeptByLimit:
    case LossReason::Released:
        return PayloadLoss::Dropped;
    case LossReason::BelowDiskFloor:
    case LossReason::WriteFailed:
        break;
    }
    return PayloadLoss::Lost;
}

CaptureStore::LossReason CaptureStore::lossReason(qint64 row) const
{
    if (row < 0 || row >= count())
        return LossReason::None;
    if (row < firstRow()) // forgotten with its payload, once every reader was past it
        return LossReason::Released;
    const CaptureEvent &event = d->publishedSlot(row);
    if (event.payloadSize == 0)
        return LossReason::None;
    // A transcript read back said so (appendMissingAt): dropped by a limit, or lost.
    if (event.payloadLoss == PayloadLoss::Dropped)
        return LossReason::DroppedByLimit;
    if (event.payloadLoss == PayloadLoss::Lost)
        return LossReason::WriteFailed;
    if (d->hold && event.payloadOffset == NotKeptByLimitMark)
        return LossReason::NotKeptByLimit;
    if (d->hold && event.payloadOffset == BelowDiskFloorMark)
        return LossReason::BelowDiskFloor;
    if (d->hold) // not kept, or released by its readers: on purpose
        return d->hold->isKept(row) ? LossReason::None : LossReason::Released;
    if (isNotKept(event))
        return LossReason::NotKeptByLimit;
    if (event.payloadOffset < d->droppedBelow.load())
        return LossReason::DroppedByLimit;
    if (d->spool.isReadable(event.payloadOffset))
        return LossReason::None;
    return d->spool.failure() == SpoolWriter::Failure::BelowFloor ? LossReason::BelowDiskFloor
                                                                  : LossReason::WriteFailed;
}

qint64 CaptureStore::droppedPayloadBytes() const
{
    return d->droppedBytes.load(std::memory_order_relaxed);
}

qint64 CaptureStore::lostPayloadBytes() const
{
    return d->lostBytes.load(std::memory_order_relaxed);
}

void CaptureStore::setCaptureLimit(qint64 bytes)
{
    d->limitSetting = std::max<qint64>(0, bytes);
    if (d->limitReached && spoolBytesOnDisk() < captureLimit())
        d->limitReached = false; // room again: StopCapturing keeps payloads again
    applyLimit();
    resumeRows();
}

qint64 CaptureStore::captureLimit() const
{
    return d->limitSetting > 0 ? d->limitSetting : d->automaticLimit;
}

void CaptureStore::setLimitPolicy(LimitPolicy policy)
{
    d->policy = policy;
    applyLimit();
    resumeRows();
}

CaptureStore::LimitPolicy CaptureStore::limitPolicy() const
{
    return d->policy;
}

qint64 CaptureStore::spoolBytesOnDisk() const
{
    if (d->hold)
        return d->keptBytes;
    return d->spool.end() - d->releasedSpan + indexBytesOnDisk();
}

qint64 CaptureStore::indexBytesOnDisk() const
{
    return d->indexBytes.load(std::memory_order_relaxed) + d->indexReserved.load(std::memory_order_relaxed);
}

qint64 CaptureStore::rowsInMemory() const
{
    const qint64 rows = count();
    const qint64 spilled = std::min(rows, d->spilledSegments.load(std::memory_order_relaxed) << SegmentBits);
    return rows - std::max(spilled, firstRow());
}

qint64 CaptureStore::unrecordedEvents() const
{
    return d->unrecordedEvents.load(std::memory_order_relaxed);
}

QString CaptureStore::indexFilePath() const
{
    QMutexLocker lock(&d->spillMutex);
    return d->indexPath;
}

void CaptureStore::setIndexDirectory(const QString &directory)
{
    if (indexFilePath().isEmpty())
        d->indexDirectory = directory;
}

void CaptureStore::setPayloadDestination(const QString &directory)
{
    if (!d->hold)
        return;
    d->destination = directory;
    d->measureDisk(directory);
    // A filesystem smaller than its floor (a tmpfs of a few MiB: the floor is 16 MiB at least) could never
    // take a byte: there the limit, a quarter of its free space, bounds the transcript alone, and a disk that
    // fills anyway says so as any write failure does.
    if (d->floor >= spaceAt(directory).size)
        d->floor = 0;
    d->nextFloorCheck = d->keptBytes; // the first payload is measured: a disk may be below its floor already
    d->belowFloor = false;
}

CaptureStore::LossReason CaptureStore::admitToDestination(qint64 size)
{
    // The spool's own limit code decides (applyLimit counts spoolBytesOnDisk(), the kept bytes here), but
    // before the payload is kept rather than after: a file written front to back cannot take it back.
    if (!d->limitReached) {
        const qint64 limit = captureLimit();
        if (limit > 0 && spoolBytesOnDisk() + size > limit)
            announceLimit(limit);
    }
    if (d->limitReached)
        return LossReason::NotKeptByLimit;
    if (!d->belowFloor && d->floor > 0 && d->keptBytes + size >= d->nextFloorCheck) {
        d->nextFloorCheck = d->keptBytes + size + FloorCheckBytes;
        // What is kept but not written yet will take its room too.
        const FileSystemSpace space = spaceAt(d->destination);
        if (space.free >= 0 && space.free - heldPayloadBytes() - size < d->floor) {
            d->belowFloor = true;
            d->spoolFailureReported = true;
            Q_EMIT spoolFailed(
                tr("the capture stopped keeping payloads: %1 (the floor kept so the disk "
                   "never fills); the traffic itself goes on")
                    .arg(tr("less than %1 MiB free on the disk").arg(d->floor / (1024 * 1024))));
        }
    }
    return d->belowFloor ? LossReason::BelowDiskFloor : LossReason::None;
}

qint64 CaptureStore::defaultCaptureLimit(qint64 freeBytes)
{
    constexpr qint64 FourGiB = qint64(4) << 30;
    return freeBytes < 0 ? FourGiB : std::min(FourGiB, freeBytes / 4);
}

qint64 CaptureStore::diskFloor(qint64 filesystemBytes)
{
    // 5% is what ext4 keeps back for root by default, given back here to every other program; 1 GiB is
    // plenty on a large disk, and 16 MiB still leaves a small one room for a desktop's settings and logs.
    constexpr qint64 Minimum = qint64(16) << 20, Maximum = qint64(1) << 30;
    return std::clamp(filesystemBytes / 20, Minimum, Maximum);
}

void CaptureStore::announceLimit(qint64 limit)
{
    if (d->limitReached)
        return;
    d->limitReached = true;
    const QString size = QLocale().formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat);
    // Without a spool nothing can be dropped: only StopCapturing applies (setPayloadDestination()).
    Q_EMIT captureLimitReached(d->policy == LimitPolicy::DropOldest && !d->hold
            ? tr("the capture reached its limit of %1: the oldest payloads are being dropped to make room "
                 "(their events stay)")
                  .arg(size)
            : tr("the capture reached its limit of %1: payloads from now on are not kept (their events "
                 "are)")
                  .arg(size));
}

void CaptureStore::applyLimit()
{
    const qint64 limit = captureLimit();
    if (limit <= 0 || spoolBytesOnDisk() <= limit)
        return;
    announceLimit(limit);
    if (d->policy != LimitPolicy::DropOldest)
        return;
    // Drop an eighth of the limit at a time: one hole punched per that many bytes, not one per chunk. Only
    // what is on disk, short of the page the writer may still rewrite.
    const qint64 target = d->regionStart + (spoolBytesOnDisk() - limit) + limit / 8;
    const qint64 bound = std::min(target, d->spool.durableEnd() & ~qint64(4095));
    // The cut is the start of the last row's block at or before the bound (binary search: offsets grow).
    qint64 low = d->firstKeptRow, high = count();
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        if (blockStartOf(d->publishedSlot(mid)) > bound)
            high = mid;
        else
            low = mid + 1;
    }
    const qint64 cutRow = low - 1;
    if (cutRow <= d->firstKeptRow)
        return; // nothing whole on disk to drop yet: a later append tries again
    const qint64 cut = blockStartOf(d->publishedSlot(cutRow));
    if (cut <= d->regionStart)
        return;
    qint64 dropped = 0;
    for (qint64 row = d->firstKeptRow; row < cutRow; ++row) {
        const CaptureEvent &event = d->publishedSlot(row);
        if (!isNotKept(event))
            dropped += event.payloadSize;
    }
    d->droppedBelow.store(cut); // readers stop before the hole is punched
    d->droppedBytes.fetch_add(dropped, std::memory_order_relaxed);
    d->spool.release(d->regionStart, cut);
    d->releasedSpan += cut - d->regionStart;
    d->regionStart = cut;
    d->firstKeptRow = cutRow;
    // The descriptions in the dropped range are written again, so a recovered journal still names every
    // session and connection.
    QMutexLocker lock(&d->infoMutex);
    for (const SessionInfo &info : std::as_const(d->sessionInfos))
        d->spool.enqueue(SpoolFormat::sessionBlock(info));
    for (const ConnectionInfo &info : std::as_const(d->connectionInfos))
        d->spool.enqueue(SpoolFormat::connectionBlock(info));
}

qint64 CaptureStore::totalPayloadBytes() const
{
    return d->totalPayloadBytes.load(std::memory_order_relaxed);
}

qint64 CaptureStore::pendingSpoolBytes() const
{
    return heldPayloadBytes();
}

bool CaptureStore::isBackpressured() const
{
    return d->backpressured;
}

void CaptureStore::flush()
{
    d->spool.waitUntilWritten();
    continueSpills(true); // the index too: every segment due is in its file
    onSpoolProgress();
}

void CaptureStore::setBackpressureLimit(qint64 bytes)
{
    d->backpressureLimit = std::max<qint64>(bytes, 1);
    watchSpool();
}

void CaptureStore::watchSpool()
{
    // The writer thread reports when the queue has drained to the release mark, and failures; both are
    // handled on the store's own thread. Without a spool, the thread that releases payloads reports.
    auto progress
        = [this] { QMetaObject::invokeMethod(this, &CaptureStore::onSpoolProgress, Qt::QueuedConnection); };
    if (d->hold)
        d->hold->setDrainCallback(progress, d->backpressureLimit / 2);
    else
        d->spool.setProgressCallback(progress, d->backpressureLimit / 2);
}

qint64 CaptureStore::backpressureLimit() const
{
    return d->backpressureLimit;
}

void CaptureStore::setNotifyInterval(int milliseconds)
{
    d->notifyTimer.setInterval(std::max(milliseconds, 0));
}

void CaptureStore::announceNewRows()
{
    const qint64 unrecorded = unrecordedEvents();
    if (unrecorded != d->lastNotifiedUnrecorded) {
        d->lastNotifiedUnrecorded = unrecorded;
        Q_EMIT unrecordedEventsChanged(unrecorded);
    }
    const qint64 last = count() - 1;
    if (last <= d->lastNotifiedRow)
        return;
    const qint64 first = d->lastNotifiedRow + 1;
    d->lastNotifiedRow = last;
    Q_EMIT rowsAppended(first, last);
}

void CaptureStore::onSpoolProgress()
{
    if (!d->spoolFailureReported && d->spool.hasFailed()) {
        d->spoolFailureReported = true;
        // The rows still queued when it failed are lost too; later ones are counted as they come.
        const qint64 failedFrom = d->spool.failedFrom();
        qint64 lost = 0;
        for (qint64 row = count() - 1; row >= firstRow(); --row) {
            const CaptureEvent &event = d->publishedSlot(row);
            if (!isNotKept(event) && event.payloadOffset < failedFrom)
                break;
            if (!isNotKept(event))
                lost += event.payloadSize;
        }
        d->lostBytes.store(lost, std::memory_order_relaxed);
        if (d->spool.failure() == SpoolWriter::Failure::BelowFloor)
            Q_EMIT spoolFailed(tr("the capture stopped keeping payloads: %1 (the floor kept so the disk "
                                  "never fills); the traffic itself goes on")
                                   .arg(d->spool.errorString()));
        else
            Q_EMIT spoolFailed(tr("the capture spool could not be written (%1); payloads recorded from now "
                                  "on are not kept, the traffic itself goes on")
                                   .arg(d->spool.errorString()));
    }
    if (d->backpressured && heldPayloadBytes() <= d->backpressureLimit / 2) {
        d->backpressured = false;
        Q_EMIT backpressureChanged(false);
    }
}

} // namespace Sockbench
