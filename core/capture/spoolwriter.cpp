#include "spoolwriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace Sockbench {

namespace {

// Payloads are copied into an aligned staging block and written with O_DIRECT: the page cache would take
// every byte into memory first, and on a virtual machine fresh memory is the dearest thing there is (on our
// CI's VM, a buffered 2 GiB spool costs 3 s of CPU in page faults; direct writes from one reused block cost
// 0.2 s). Filesystems without O_DIRECT get buffered writes from the same block.
constexpr qint64 PageSize = 4096; // the file offset and memory alignment O_DIRECT needs
constexpr qint64 BlockSize = 4 * 1024 * 1024; // staging block: large writes, few of them
constexpr qint64 EagerWriteBytes = 1024 * 1024; // write at once when this much waits in whole pages
constexpr int LingerMs = 5; // else wait this long for more before writing

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
        data += written;
        size -= written;
        offset += written;
    }
    return 0;
}

struct AlignedFree
{
    void operator()(char *block) const { std::free(block); }
};

} // namespace

class SpoolWriter::Private
{
public:
    void run();
    // Writer thread: writes staged bytes [alignDown(durableEnd), to) and retires the chunks now on disk.
    void writeStaged(QMutexLocker<QMutex> &lock, qint64 to);

    bool inMemory = false; // no file and no thread: the queue keeps every chunk
    int fd = -1; // buffered: reads, and writes when the filesystem refuses O_DIRECT
    int directFd = -1; // O_DIRECT: writes
    QString path;
    QString errorString;

    mutable QMutex mutex;
    QWaitCondition wake; // the writer waits for work
    QWaitCondition drained; // waitUntilWritten() waits for an empty queue
    std::deque<Chunk> queue; // chunks not yet wholly on disk, in offset order
    size_t stageCursor = 0; // queue index of the first chunk not wholly staged
    qint64 pendingBytes = 0;
    qint64 failedFrom = -1; // payloads at or after this offset were dropped
    int flushRequests = 0; // waitUntilWritten() callers: write the last partial page too
    bool stopping = false;
    std::function<void()> progress;
    qint64 wakeBelow = 0;
    std::thread thread;

    // Writer thread only.
    std::unique_ptr<char, AlignedFree> staging;
    qint64 blockStart = 0; // spool offset of staging[0], a multiple of BlockSize
    qint64 stagedEnd = 0; // bytes before this offset are in staging (or on disk)
    qint64 durableEnd = 0; // bytes before this offset are on disk
};

SpoolWriter::SpoolWriter(const QString &directory)
    : d(std::make_unique<Private>())
{
    QByteArray pattern
        = QFile::encodeName(QDir(directory).filePath(QStringLiteral("sockbench-spool-XXXXXX")));
    d->fd = ::mkstemp(pattern.data());
    d->path = QFile::decodeName(pattern);
    if (d->fd < 0) {
        d->errorString = QCoreApplication::translate(
            "Sockbench::SpoolWriter", "cannot create the capture spool in %1: %2")
                             .arg(QDir::toNativeSeparators(directory), qt_error_string(errno));
        return;
    }
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
            d->stopping = true; // what is queued dies with the anonymous file: nobody could read it back
            d->wake.wakeAll();
        }
        d->thread.join();
    }
    if (d->directFd >= 0)
        ::close(d->directFd);
    if (d->fd >= 0)
        ::close(d->fd);
}

bool SpoolWriter::isOpen() const
{
    return d->fd >= 0 || d->inMemory;
}

QString SpoolWriter::errorString() const
{
    QMutexLocker lock(&d->mutex);
    return d->errorString;
}

QString SpoolWriter::path() const
{
    return d->path;
}

void SpoolWriter::enqueue(qint64 offset, const QByteArray &bytes)
{
    QMutexLocker lock(&d->mutex);
    if (d->inMemory) {
        d->queue.push_back(Chunk { offset, bytes }); // kept, never pending: nothing waits for a disk
        return;
    }
    if (d->fd < 0 || d->failedFrom >= 0)
        return; // nowhere to keep it: see hasFailed()
    d->queue.push_back(Chunk { offset, bytes });
    d->pendingBytes += bytes.size();
    d->wake.wakeOne();
}

qint64 SpoolWriter::pendingBytes() const
{
    QMutexLocker lock(&d->mutex);
    return d->pendingBytes;
}

bool SpoolWriter::hasFailed() const
{
    QMutexLocker lock(&d->mutex);
    return !d->inMemory && (d->fd < 0 || d->failedFrom >= 0);
}

bool SpoolWriter::isReadable(qint64 payloadOffset) const
{
    QMutexLocker lock(&d->mutex);
    return d->inMemory || (d->fd >= 0 && (d->failedFrom < 0 || payloadOffset < d->failedFrom));
}

QByteArray SpoolWriter::read(qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const
{
    {
        QMutexLocker lock(&d->mutex);
        if (!d->inMemory && (d->fd < 0 || (d->failedFrom >= 0 && payloadOffset >= d->failedFrom)))
            return {};
        // Still queued? Chunks are in offset order and leave the queue only once written.
        if (!d->queue.empty() && payloadOffset >= d->queue.front().offset) {
            const auto it = std::lower_bound(d->queue.begin(), d->queue.end(), payloadOffset,
                [](const Chunk &chunk, qint64 at) { return chunk.offset < at; });
            if (it == d->queue.end() || it->offset != payloadOffset)
                return {};
            if (offset == 0 && length == payloadSize)
                return it->bytes; // shared, not copied
            return it->bytes.mid(offset, length);
        }
    }
    // Written bytes never change, so the file is read without the lock.
    QByteArray bytes(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t got
            = ::pread(d->fd, bytes.data() + done, size_t(length - done), payloadOffset + offset + done);
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
    if (d->inMemory)
        return; // nothing is ever pending
    ++d->flushRequests;
    d->wake.wakeOne();
    while (!d->queue.empty() && !d->stopping)
        d->drained.wait(&d->mutex);
    --d->flushRequests;
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
        while (!stopping && stageCursor == queue.size()) {
            const bool wholePages = alignDown(stagedEnd) > alignDown(durableEnd);
            if ((flushRequests > 0 && durableEnd < stagedEnd) || (wholePages && lingered))
                break;
            if (wholePages)
                lingered = !wake.wait(&mutex, QDeadlineTimer(LingerMs));
            else
                wake.wait(&mutex);
        }
        if (stopping)
            return;

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
            stagedEnd = staged;
        }
        if (stopping)
            return;

        const bool blockFull = stagedEnd == blockStart + BlockSize;
        const bool caughtUp = stageCursor == queue.size();
        const qint64 wholePagesEnd = alignDown(stagedEnd);
        if (blockFull)
            writeStaged(lock, stagedEnd);
        else if (caughtUp && flushRequests > 0)
            writeStaged(lock, alignUp(stagedEnd)); // the last partial page too, padded
        else if (caughtUp && (lingered || wholePagesEnd - alignDown(durableEnd) >= EagerWriteBytes))
            writeStaged(lock, wholePagesEnd);
        if (blockFull && durableEnd == stagedEnd)
            blockStart = stagedEnd;
    }
}

void SpoolWriter::Private::writeStaged(QMutexLocker<QMutex> &lock, qint64 to)
{
    const qint64 from = alignDown(durableEnd);
    if (to <= from)
        return;
    const bool writing = failedFrom < 0;
    lock.unlock();
    const char *data = staging.get() + (from - blockStart);
    int error = 0;
    if (writing) {
        error
            = directFd >= 0 ? writeAll(directFd, data, to - from, from) : writeAll(fd, data, to - from, from);
        if (error == EINVAL && directFd >= 0) { // O_DIRECT refused after all: buffered from now on
            ::close(directFd);
            directFd = -1;
            error = writeAll(fd, data, to - from, from);
        }
    }
    lock.relock();

    if (error != 0) {
        failedFrom = queue.empty() ? stagedEnd : queue.front().offset;
        errorString = qt_error_string(error);
    } else {
        durableEnd = std::min(to, stagedEnd); // the padding is not data
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
        blockStart = stagedEnd = durableEnd = 0;
    }
    if (queue.empty())
        drained.wakeAll();
    const bool report = (wasAbove && pendingBytes <= wakeBelow) || error != 0;
    if (report && progress) {
        const auto callback = progress;
        lock.unlock();
        callback();
        lock.relock();
    }
}

} // namespace Sockbench
