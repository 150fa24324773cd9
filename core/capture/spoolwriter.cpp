#include "spoolwriter.h"

#include "spoolformat.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Sockbench {

namespace {

// Blocks are copied into an aligned staging block and written with O_DIRECT: the page cache would take
// every byte into memory first, and on a virtual machine fresh memory is the dearest thing there is (on our
// CI's VM, a buffered 2 GiB spool costs 3 s of CPU in page faults; direct writes from one reused block cost
// 0.2 s). Filesystems without O_DIRECT get buffered writes from the same block.
constexpr qint64 PageSize = 4096; // the file offset and memory alignment O_DIRECT needs
constexpr qint64 BlockSize = 4 * 1024 * 1024; // staging block: large writes, few of them
constexpr qint64 EagerWriteBytes = 1024 * 1024; // write at once when this much waits in whole pages
constexpr int LingerMs = 5; // else wait this long for more before writing
// The spool is the crash journal: nothing staged waits longer than this for the disk, even while a trickle
// of small chunks never lets the queue linger (the journal promised at most ~200 ms lost to a kill -9).
constexpr qint64 MaxUnwrittenMs = 50;

qint64 alignDown(qint64 value)
{
    return value & ~(PageSize - 1);
}
qint64 alignUp(qint64 value)
{
    return alignDown(value + PageSize - 1);
}

struct Chunk
{
    qint64 offset = 0;
    QByteArray bytes;
    qint64 end() const { return offset + bytes.size(); }
};

// Writes every byte, retrying short writes. Returns 0 or the errno of the failure.
int writeAll(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(fd, data, size_t(size), offset);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return ENOSPC;
        data += written;
        size -= written;
        offset += written;
    }
    return 0;
}

// Copies [0, size) of from into to at the same offsets. Returns 0 or an errno.
int copyAll(int from, int to, qint64 size)
{
    loff_t in = 0, out = 0;
    while (in < size) {
        const ssize_t copied = ::copy_file_range(from, &in, to, &out, size_t(size - in), 0);
        if (copied > 0)
            continue;
        if (copied < 0 && errno == EINTR)
            continue;
        if (copied == 0)
            return EIO; // the source is shorter than it should be
        if (errno != EXDEV && errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
            return errno;
        // Another filesystem on an older kernel: by hand.
        std::vector<char> buffer(1024 * 1024);
        while (in < size) {
            const ssize_t got
                = ::pread(from, buffer.data(), std::min<size_t>(buffer.size(), size_t(size - in)), in);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                return got < 0 ? errno : EIO;
            if (const int error = writeAll(to, buffer.data(), got, in))
                return error;
            in += got;
        }
    }
    return 0;
}

struct AlignedFree
{
    void operator()(char *block) const { std::free(block); }
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Sockbench::SpoolWriter", text);
}

} // namespace

class SpoolWriter::Private
{
public:
    void run();
    // Writer thread: writes staged bytes [alignDown(durableEnd), to) and retires the chunks now on disk.
    // exact: the last partial page is written as it is (buffered), not padded, so the file ends at a block
    // boundary.
    void writeStaged(QMutexLocker<QMutex> &lock, qint64 to, bool exact);
    void releaseRanges(QMutexLocker<QMutex> &lock);
    void fail(int error, Failure why);

    bool inMemory = false; // no file and no thread: the queue keeps every chunk
    std::atomic<int> fd { -1 }; // buffered: reads, the exact tail, skip blocks, and writes without O_DIRECT
    int directFd = -1; // O_DIRECT: writes (writer thread, or moveTo() while the writer is idle)
    std::vector<int> retiredFds; // readers may still pread() them: closed with the writer
    QString path;
    QString directory;
    bool named = false;
    QString errorString;

    mutable QMutex mutex;
    QWaitCondition wake; // the writer waits for work
    QWaitCondition drained; // waitUntilWritten() waits for an empty queue
    std::deque<Chunk> queue; // chunks not yet wholly on disk, in offset order
    size_t stageCursor = 0; // queue index of the first chunk not wholly staged
    qint64 appendEnd = 0; // where the next chunk goes
    qint64 pendingBytes = 0;
    qint64 failedFrom = -1; // payloads at or after this offset were dropped
    Failure failure = Failure::None;
    int flushRequests = 0; // waitUntilWritten() callers: write the last partial page too
    bool stopping = false;
    bool busy = false; // the writer is writing without the lock
    std::vector<std::pair<qint64, qint64>> releases; // ranges to free, for the writer
    qint64 released = 0;
    qint64 floor = 0;
    std::function<void()> progress;
    qint64 wakeBelow = 0;
    std::thread thread;
    std::atomic<qint64> durable { 0 };

    // Writer thread only (and moveTo() while it is idle).
    std::unique_ptr<char, AlignedFree> staging;
    qint64 blockStart = 0; // spool offset of staging[0], a multiple of BlockSize
    qint64 stagedEnd = 0; // bytes before this offset are in staging (or on disk)
    qint64 durableEnd = 0; // bytes before this offset are on disk
    QElapsedTimer unwrittenSince; // valid while stagedEnd > durableEnd
};

SpoolWriter::SpoolWriter(const QString &directory)
    : d(std::make_unique<Private>())
{
    d->directory = directory;
    QByteArray pattern
        = QFile::encodeName(QDir(directory).filePath(QStringLiteral("sockbench-spool-XXXXXX")));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // 0600, whatever the umask
    d->path = QFile::decodeName(pattern);
    if (fd < 0) {
        d->errorString = translated("cannot create the capture spool in %1: %2")
                             .arg(QDir::toNativeSeparators(directory), qt_error_string(errno));
        return;
    }
    d->fd.store(fd);
    d->directFd = ::open(pattern.constData(), O_WRONLY | O_DIRECT | O_CLOEXEC); // -1: buffered writes
    ::unlink(pattern.constData());
    d->thread = std::thread([this] { d->run(); });
}

SpoolWriter::SpoolWriter()
    : d(std::make_unique<Private>())
{
    d->inMemory = true;
}

SpoolWriter::~SpoolWriter()
{
    if (d->thread.joinable()) {
        {
            QMutexLocker lock(&d->mutex);
            d->stopping = true; // what is queued dies with the file: nobody could read it back
            d->wake.wakeAll();
        }
        d->thread.join();
    }
    if (d->directFd >= 0)
        ::close(d->directFd);
    if (d->fd.load() >= 0)
        ::close(d->fd.load());
    for (int retired : d->retiredFds)
        ::close(retired);
}

bool SpoolWriter::isOpen() const
{
    return d->fd.load() >= 0 || d->inMemory;
}

QString SpoolWriter::errorString() const
{
    QMutexLocker lock(&d->mutex);
    return d->errorString;
}

QString SpoolWriter::path() const
{
    QMutexLocker lock(&d->mutex);
    return d->path;
}

bool SpoolWriter::isNamed() const
{
    QMutexLocker lock(&d->mutex);
    return d->named;
}

qint64 SpoolWriter::enqueue(const QByteArray &head, const QByteArray &payload, const QByteArray &tail)
{
    QMutexLocker lock(&d->mutex);
    const qint64 payloadOffset = d->appendEnd + head.size();
    if (d->inMemory) { // only the payload is kept, never pending: nothing waits for a disk
        if (!payload.isEmpty())
            d->queue.push_back(Chunk { payloadOffset, payload });
        d->appendEnd += head.size() + payload.size() + tail.size();
        return payloadOffset;
    }
    const bool keeping = d->fd.load(std::memory_order_relaxed) >= 0 && d->failedFrom < 0;
    for (const QByteArray *bytes : { &head, &payload, &tail }) {
        if (bytes->isEmpty())
            continue;
        if (keeping) { // else nowhere to keep it: see hasFailed()
            d->queue.push_back(Chunk { d->appendEnd, *bytes });
            d->pendingBytes += bytes->size();
        }
        d->appendEnd += bytes->size();
    }
    if (keeping)
        d->wake.wakeOne();
    return payloadOffset;
}

qint64 SpoolWriter::end() const
{
    QMutexLocker lock(&d->mutex);
    return d->appendEnd;
}

qint64 SpoolWriter::pendingBytes() const
{
    QMutexLocker lock(&d->mutex);
    return d->pendingBytes;
}

qint64 SpoolWriter::durableEnd() const
{
    return d->durable.load(std::memory_order_acquire);
}

bool SpoolWriter::hasFailed() const
{
    QMutexLocker lock(&d->mutex);
    return !d->inMemory && (d->fd.load(std::memory_order_relaxed) < 0 || d->failedFrom >= 0);
}

SpoolWriter::Failure SpoolWriter::failure() const
{
    QMutexLocker lock(&d->mutex);
    return d->fd.load(std::memory_order_relaxed) < 0 && !d->inMemory ? Failure::WriteFailed : d->failure;
}

qint64 SpoolWriter::failedFrom() const
{
    QMutexLocker lock(&d->mutex);
    return d->fd.load(std::memory_order_relaxed) < 0 && !d->inMemory ? 0 : d->failedFrom;
}

bool SpoolWriter::isReadable(qint64 payloadOffset) const
{
    QMutexLocker lock(&d->mutex);
    return d->inMemory
        || (d->fd.load(std::memory_order_relaxed) >= 0
            && (d->failedFrom < 0 || payloadOffset < d->failedFrom));
}

std::optional<QByteArray> SpoolWriter::readQueued(
    qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const
{
    QMutexLocker lock(&d->mutex);
    if (!d->inMemory
        && (d->fd.load(std::memory_order_relaxed) < 0
            || (d->failedFrom >= 0 && payloadOffset >= d->failedFrom)))
        return QByteArray();
    // Still queued? Chunks are in offset order and leave the queue only once written.
    if (d->inMemory || (!d->queue.empty() && payloadOffset >= d->queue.front().offset)) {
        const auto it = std::lower_bound(d->queue.begin(), d->queue.end(), payloadOffset,
            [](const Chunk &chunk, qint64 at) { return chunk.offset < at; });
        if (it == d->queue.end() || it->offset != payloadOffset)
            return QByteArray();
        if (offset == 0 && length == payloadSize)
            return it->bytes; // shared, not copied
        return it->bytes.mid(offset, length);
    }
    return std::nullopt;
}

QByteArray SpoolWriter::read(qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const
{
    if (std::optional<QByteArray> queued = readQueued(payloadOffset, payloadSize, offset, length))
        return *std::move(queued);
    // Written bytes never change, so the file is read without the lock.
    const int fd = d->fd.load(std::memory_order_acquire);
    QByteArray bytes(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t got
            = ::pread(fd, bytes.data() + done, size_t(length - done), payloadOffset + offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return {};
        done += got;
    }
    return bytes;
}

void SpoolWriter::waitUntilWritten()
{
    QMutexLocker lock(&d->mutex);
    ++d->flushRequests;
    d->wake.wakeOne();
    while ((!d->queue.empty() || d->busy) && !d->stopping)
        d->drained.wait(&d->mutex);
    --d->flushRequests;
}

bool SpoolWriter::moveTo(const QString &path, QString *error)
{
    QMutexLocker lock(&d->mutex);
    auto refuse = [&](const QString &why) {
        if (error)
            *error = translated("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (d->inMemory || d->fd.load() < 0 || d->failedFrom >= 0)
        return refuse(d->inMemory ? translated("the capture is kept in memory") : d->errorString);
    // Everything on disk and the writer idle, so its descriptors can change under it.
    ++d->flushRequests;
    d->wake.wakeOne();
    while ((!d->queue.empty() || d->busy || !d->releases.empty()) && !d->stopping)
        d->drained.wait(&d->mutex);
    --d->flushRequests;
    if (d->failedFrom >= 0)
        return refuse(d->errorString);

    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return refuse(qt_error_string(errno));
    ::fchmod(fd, 0600);
    if (const int failed = copyAll(d->fd.load(), fd, d->durableEnd)) {
        ::close(fd);
        ::unlink(name.constData());
        return refuse(qt_error_string(failed));
    }
    if (d->directFd >= 0)
        ::close(d->directFd);
    d->directFd = ::open(name.constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    d->retiredFds.push_back(d->fd.exchange(fd, std::memory_order_acq_rel));
    d->path = path;
    d->directory = QFileInfo(path).path();
    d->named = true;
    return true;
}

void SpoolWriter::release(qint64 from, qint64 to)
{
    QMutexLocker lock(&d->mutex);
    if (to <= from || d->fd.load() < 0)
        return;
    d->releases.emplace_back(from, to);
    d->wake.wakeOne();
}

qint64 SpoolWriter::releasedBytes() const
{
    QMutexLocker lock(&d->mutex);
    return d->released;
}

void SpoolWriter::setFreeSpaceFloor(qint64 bytes)
{
    QMutexLocker lock(&d->mutex);
    d->floor = std::max<qint64>(0, bytes);
}

qint64 SpoolWriter::freeSpace() const
{
    const int fd = d->fd.load();
    struct statvfs info
    {
    };
    if (fd < 0 || ::fstatvfs(fd, &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

void SpoolWriter::setProgressCallback(std::function<void()> callback, qint64 wakeBelow)
{
    QMutexLocker lock(&d->mutex);
    d->progress = std::move(callback);
    d->wakeBelow = wakeBelow;
}

void SpoolWriter::Private::run()
{
    QMutexLocker lock(&mutex);
    for (;;) {
        // Wait for bytes to stage, or for a reason to write what is staged.
        bool lingered = false;
        while (!stopping && stageCursor == queue.size() && releases.empty()) {
            const bool unwritten = durableEnd < stagedEnd;
            if (unwritten && (flushRequests > 0 || lingered))
                break;
            if (unwritten) {
                const qint64 left = MaxUnwrittenMs - unwrittenSince.elapsed();
                lingered = left <= 0 || !wake.wait(&mutex, QDeadlineTimer(std::min<qint64>(LingerMs, left)));
            } else {
                wake.wait(&mutex);
            }
        }
        if (stopping)
            return;
        if (!releases.empty())
            releaseRanges(lock);

        // Stage what fits in the block. The chunks stay queued (readers find them there) until on disk;
        // the copy runs without the lock, so the producer never waits for it.
        struct Piece
        {
            QByteArray bytes; // shared with the queue, not copied
            qint64 from; // within bytes
            qint64 size;
            qint64 at; // within the staging block
        };
        std::vector<Piece> pieces;
        qint64 staged = stagedEnd;
        for (; stageCursor < queue.size() && staged < blockStart + BlockSize; ++stageCursor) {
            const Chunk &chunk = queue[stageCursor];
            const qint64 from = staged - chunk.offset;
            const qint64 size = std::min(chunk.end() - staged, blockStart + BlockSize - staged);
            pieces.push_back(Piece { chunk.bytes, from, size, staged - blockStart });
            staged += size;
            if (staged < chunk.end())
                break; // the rest goes in the next block
        }
        if (!pieces.empty()) {
            lock.unlock();
            // Allocated at the first payload, not with the store: most stores of an opened transcript or a
            // fuzz input never spool a byte, and 4 MiB each made a store costly to make and free.
            if (!staging)
                staging.reset(static_cast<char *>(std::aligned_alloc(PageSize, BlockSize)));
            for (const Piece &piece : pieces)
                std::memcpy(
                    staging.get() + piece.at, piece.bytes.constData() + piece.from, size_t(piece.size));
            pieces.clear();
            lock.relock();
            if (stagedEnd == durableEnd)
                unwrittenSince.start();
            stagedEnd = staged;
        }
        if (stopping)
            return;

        const bool blockFull = stagedEnd == blockStart + BlockSize;
        const bool caughtUp = stageCursor == queue.size();
        const qint64 wholePagesEnd = alignDown(stagedEnd);
        const bool overdue = stagedEnd > durableEnd && unwrittenSince.elapsed() >= MaxUnwrittenMs;
        if (blockFull)
            writeStaged(lock, stagedEnd, false);
        else if ((caughtUp && (flushRequests > 0 || lingered)) || overdue)
            writeStaged(lock, stagedEnd, true); // the last partial page too, as it is
        else if (caughtUp && wholePagesEnd - alignDown(durableEnd) >= EagerWriteBytes)
            writeStaged(lock, wholePagesEnd, false);
        if (blockFull && durableEnd == stagedEnd)
            blockStart = stagedEnd;
    }
}

void SpoolWriter::Private::fail(int error, Failure why)
{
    failedFrom = queue.empty() ? stagedEnd : std::min(queue.front().offset, durableEnd);
    failure = why;
    errorString = why == Failure::BelowFloor
        ? translated("less than %1 MiB free on the disk").arg(floor / (1024 * 1024))
        : qt_error_string(error);
}

void SpoolWriter::Private::writeStaged(QMutexLocker<QMutex> &lock, qint64 to, bool exact)
{
    const qint64 from = alignDown(durableEnd);
    if (to <= durableEnd)
        return;
    const bool writing = failedFrom < 0;
    const qint64 wholeEnd = exact ? std::max(from, alignDown(to)) : to;
    const qint64 minimumFree = floor;
    busy = true;
    lock.unlock();
    const char *data = staging.get() + (from - blockStart);
    int error = 0;
    bool belowFloor = false;
    if (writing && minimumFree > 0) {
        // Checked before each write, so the disk never goes below the floor by more than one block.
        struct statvfs info
        {
        };
        if (::fstatvfs(fd.load(std::memory_order_relaxed), &info) == 0
            && qint64(info.f_bavail) * qint64(info.f_frsize) - (to - from) < minimumFree)
            belowFloor = true;
    }
    if (writing && !belowFloor && wholeEnd > from) {
        error = directFd >= 0 ? writeAll(directFd, data, wholeEnd - from, from)
                              : writeAll(fd.load(std::memory_order_relaxed), data, wholeEnd - from, from);
        if (error == EINVAL && directFd >= 0) { // O_DIRECT refused after all: buffered from now on
            ::close(directFd);
            directFd = -1;
            error = writeAll(fd.load(std::memory_order_relaxed), data, wholeEnd - from, from);
        }
    }
    if (writing && !belowFloor && error == 0 && to > wholeEnd)
        error
            = writeAll(fd.load(std::memory_order_relaxed), data + (wholeEnd - from), to - wholeEnd, wholeEnd);
    lock.relock();
    busy = false;

    if (belowFloor && failedFrom < 0)
        fail(0, Failure::BelowFloor);
    else if (error != 0 && failedFrom < 0)
        fail(error, Failure::WriteFailed);
    else if (writing && !belowFloor && error == 0) {
        durableEnd = std::min(to, stagedEnd);
        durable.store(durableEnd, std::memory_order_release);
    }
    const bool wasAbove = pendingBytes > wakeBelow;
    while (!queue.empty() && (failedFrom >= 0 || queue.front().end() <= durableEnd)) {
        pendingBytes -= queue.front().bytes.size();
        queue.pop_front();
        if (stageCursor > 0)
            --stageCursor;
    }
    if (failedFrom >= 0) { // nothing more is kept: memory must stay bounded
        stageCursor = 0;
        pendingBytes = 0;
        blockStart = stagedEnd = durableEnd = alignDown(durableEnd);
    }
    if (queue.empty())
        drained.wakeAll();
    const bool report = (wasAbove && pendingBytes <= wakeBelow) || error != 0 || belowFloor;
    if (report && progress) {
        const auto callback = progress;
        lock.unlock();
        callback();
        lock.relock();
    }
}

void SpoolWriter::Private::releaseRanges(QMutexLocker<QMutex> &lock)
{
    const std::vector<std::pair<qint64, qint64>> ranges = std::move(releases);
    releases.clear();
    busy = true;
    lock.unlock();
    const int file = fd.load(std::memory_order_relaxed);
    qint64 freed = 0;
    for (auto [from, to] : ranges) {
        // Skip blocks of at most the reader's block limit; none shorter than its head and tail.
        while (from < to) {
            qint64 length = std::min<qint64>(to - from, SpoolFormat::maxSkipLength());
            if (to - from - length > 0 && to - from - length < 20)
                length -= 20;
            const QByteArray head = SpoolFormat::skipHead(quint32(length));
            const QByteArray tail = SpoolFormat::skipTail(quint32(length));
            if (writeAll(file, head.constData(), head.size(), from) != 0
                || writeAll(file, tail.constData(), tail.size(), from + length - tail.size()) != 0)
                break;
            const qint64 holeFrom = alignUp(from + head.size());
            const qint64 holeTo = alignDown(from + length - tail.size());
            if (holeTo > holeFrom
                && ::fallocate(file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, holeFrom, holeTo - holeFrom)
                    == 0)
                freed += holeTo - holeFrom;
            from += length;
        }
    }
    lock.relock();
    busy = false;
    released += freed;
    if (queue.empty())
        drained.wakeAll();
}

} // namespace Sockbench
