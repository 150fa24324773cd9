#include "stagedfile.h"

#include <QFile>
#include <QtGlobal>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sockbench {

namespace {

constexpr qint64 PageSize = 4096; // the file offset, size and memory alignment O_DIRECT needs
// 4 MiB blocks, four of them, as bench/keepreceiver.cpp (the machine's limit for keeping every byte) uses:
// while the disk takes one, the writer fills the next. Written from the caller's thread, the transcript
// thread waited 2.3 ms per block for the disk after 1.2 ms of formatting it: 1.1 GiB/s at best.
constexpr qint64 BlockSize = 4 * 1024 * 1024;
constexpr int BlockCount = 4;
// The window: what may sit in the page cache, not yet on disk, when the transfer ends. `nc > file` leaves the
// whole transfer there (1 GiB at 612 MiB/s connect, 761 listen, on a quiet run); 0.95 of that means 1.76 s
// and 1.42 s, in which this disk takes 777 and 625 MiB (441 MiB/s with O_DIRECT), so 247 and 399 MiB must
// stay behind: 512 MiB is the power of two that holds both. A sixteenth of memory at most (1.5 GiB here),
// well under the kernel's own background write-back threshold (dirty_background_ratio, 10%), so a small
// machine never has its memory filled by one transcript.
constexpr qint64 MaxWindow = 512 * 1024 * 1024;

qint64 alignDown(qint64 value)
{
    return value & ~(PageSize - 1);
}

// sync_file_range, retried on EINTR. Returns 0 or an errno.
int syncRange(int fd, qint64 from, qint64 to, unsigned int flags)
{
    while (::sync_file_range(fd, from, to - from, flags) != 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

// Writes every byte, retrying short writes; at offset, or where the descriptor stands when offset is -1 (a
// pipe). Returns 0 or the errno of the failure.
int writeAll(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t written
            = offset < 0 ? ::write(fd, data, size_t(size)) : ::pwrite(fd, data, size_t(size), offset);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += written;
        size -= written;
        if (offset >= 0)
            offset += written;
    }
    return 0;
}

// Names a thread, so perf, top and /proc/PID/task tell StagedFile's threads apart (at most 15 characters).
// Named by its creator, so the name is there as soon as the thread is.
void nameThread(std::thread &thread, const char *name)
{
    ::pthread_setname_np(thread.native_handle(), name);
}

struct AlignedFree
{
    void operator()(char *block) const { std::free(block); }
};

} // namespace

class StagedFile::Private
{
public:
    struct Full
    {
        int block = 0;
        qint64 blockStart = 0; // file offset of the block's first byte
        qint64 from = 0; // file offset from which the operating system does not have it yet
    };
    struct Range // written through the page cache, not yet known to be on disk
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    // Writes [from, to) of a block that starts at blockStart: through the page cache while the window has
    // room, else whole pages with O_DIRECT and the rest (only at a flush) through the ordinary descriptor.
    // Returns 0 or an errno.
    int write(const char *block, qint64 blockStart, qint64 from, qint64 to);
    int writeDirect(const char *block, qint64 blockStart, qint64 from, qint64 to);
    // Through the page cache, counted in the window (reserved with reserve()) until the syncer has it on
    // disk.
    int writeCached(const char *block, qint64 blockStart, qint64 from, qint64 to);
    // Takes size bytes of the window: at once if they fit (or wait: until they do). False: they do not fit.
    bool reserve(qint64 size, bool wait);
    void run(); // the writer thread
    void sync(); // the syncer thread: write-back started, waited for, pages dropped
    // Caller's thread: waits until the writer has written every full block. Returns its errno, if any.
    int waitForWriter();

    QFile *file = nullptr;
    int fd = -1; // the file's own descriptor: partial pages, and everything when not direct
    std::atomic<int> directFd { -1 }; // O_DIRECT, whole pages
    bool regular = false; // pwrite at offsets; else write() in order
    qint64 window = defaultWindow();
    bool windowed = false; // a regular file, window > 0, and sync_file_range works on it
    std::vector<std::unique_ptr<char, AlignedFree>> blocks;

    // Caller's thread.
    int current = 0; // the block being filled
    qint64 blockStart = 0; // its file offset, a multiple of BlockSize
    qint64 staged = 0; // bytes in it
    qint64 handedOver = 0; // the operating system has (or the writer will write) every byte before this

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Full> full; // blocks for the writer, in order
    std::vector<int> free; // blocks to fill
    bool writing = false; // the writer has taken a block out of full and not yet given it back
    bool stopping = false;
    int writerError = 0; // the writer's (or the syncer's) first failure
    std::thread writer;

    // The window, under the same mutex. Ranges are in file order; the syncer starts their write-back in
    // order, waits for the oldest, drops its pages and gives its bytes back.
    std::deque<Range> unstarted;
    std::deque<Range> started;
    std::atomic<qint64> unsynced { 0 };
    std::atomic<qint64> peakUnsynced { 0 };
    qint64 dropped = 0; // pages before this offset were given back to the kernel
    std::thread syncer;
};

int StagedFile::Private::write(const char *block, qint64 start, qint64 from, qint64 to)
{
    if (!windowed)
        return writeDirect(block, start, from, to);
    if (directFd.load(std::memory_order_relaxed) < 0) { // the page cache is the only way: wait for room
        reserve(to - from, true);
        return writeCached(block, start, from, to);
    }
    // O_DIRECT first: it costs no copy and no fresh page (a page-cache page is fresh memory on this VM, up
    // to 1.8 s of system time per GiB under load). Only a partial last page (at a flush) goes through the
    // page cache, counted in the window like the blocks that overflow there (writeData()).
    const qint64 pagesTo = alignDown(to);
    const qint64 pagesFrom = alignDown(from);
    if (pagesTo > pagesFrom) {
        if (const int error = writeDirect(block, start, from, pagesTo); error != 0)
            return error;
    }
    const qint64 tailFrom = std::max(from, pagesTo);
    if (to <= tailFrom)
        return 0;
    reserve(to - tailFrom, true);
    return writeCached(block, start, tailFrom, to);
}

bool StagedFile::Private::reserve(qint64 size, bool wait)
{
    std::unique_lock lock(mutex);
    if (unsynced.load() + size > window && writerError == 0) {
        if (!wait)
            return false;
        // Alone, a range larger than the window still goes (only when O_DIRECT failed after open()): never
        // a deadlock.
        changed.wait(lock,
            [&] { return unsynced.load() + size <= window || unsynced.load() == 0 || writerError != 0; });
    }
    const qint64 now = unsynced.fetch_add(size) + size;
    if (now > peakUnsynced.load())
        peakUnsynced.store(now);
    return true;
}

int StagedFile::Private::writeCached(const char *block, qint64 start, qint64 from, qint64 to)
{
    const int error = writeAll(fd, block + (from - start), to - from, from);
    std::lock_guard lock(mutex);
    if (error != 0) {
        unsynced.fetch_sub(to - from);
        return error;
    }
    unstarted.push_back(Range { from, to });
    changed.notify_all();
    return 0;
}

void StagedFile::Private::sync()
{
    std::unique_lock lock(mutex);
    for (;;) {
        changed.wait(lock, [this] { return stopping || !unstarted.empty() || !started.empty(); });
        if (stopping)
            return; // what is left is the kernel's to write back, as for any file a process leaves behind
        // Started at once, so the disk is never idle while the window fills. This can block while the
        // device's queue is full (0.76 s in all over 1 GiB, loaded), which is why it is not the writer's job.
        while (!unstarted.empty() && !stopping) {
            const Range range = unstarted.front();
            unstarted.pop_front();
            lock.unlock();
            const int error = syncRange(fd, range.from, range.to, SYNC_FILE_RANGE_WRITE);
            lock.lock();
            started.push_back(range);
            if (error != 0 && writerError == 0)
                writerError = error;
        }
        if (started.empty() || stopping)
            continue;
        const Range oldest = started.front();
        lock.unlock();
        int error = syncRange(fd, oldest.from, oldest.to,
            SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
        // On disk: its pages can go. The page holding the range's last bytes stays until the next range,
        // which goes on writing into it, is on disk too (dropped now, it would be read back first).
        const qint64 dropTo = alignDown(oldest.to);
        if (error == 0 && dropTo > dropped) {
            ::posix_fadvise(fd, dropped, dropTo - dropped, POSIX_FADV_DONTNEED);
            dropped = dropTo;
        }
        lock.lock();
        started.pop_front();
        unsynced.fetch_sub(oldest.to - oldest.from);
        if (error != 0 && writerError == 0)
            writerError = error;
        changed.notify_all();
    }
}

int StagedFile::Private::writeDirect(const char *block, qint64 start, qint64 from, qint64 to)
{
    const int direct = directFd.load(std::memory_order_relaxed);
    if (direct < 0)
        return writeAll(fd, block + (from - start), to - from, regular ? from : -1);
    const qint64 pagesFrom = alignDown(from); // a partial page handed over earlier goes again, whole
    const qint64 pagesTo = alignDown(to);
    if (pagesTo > pagesFrom) {
        const int error = writeAll(direct, block + (pagesFrom - start), pagesTo - pagesFrom, pagesFrom);
        if (error == EINVAL) { // O_DIRECT refused after all: ordinary writes from now on
            directFd.store(-1, std::memory_order_relaxed);
            ::close(direct);
            return writeAll(fd, block + (from - start), to - from, from);
        }
        if (error != 0)
            return error;
    }
    const qint64 tailFrom = std::max(from, pagesTo);
    return to > tailFrom ? writeAll(fd, block + (tailFrom - start), to - tailFrom, tailFrom) : 0;
}

void StagedFile::Private::run()
{
    std::unique_lock lock(mutex);
    for (;;) {
        changed.wait(lock, [this] { return stopping || !full.empty(); });
        if (full.empty())
            return; // stopping, and nothing left to write
        const Full next = full.front();
        full.pop_front();
        writing = true;
        const int failed = writerError;
        // Every other block is full and waits behind this one (the caller fills the last): the disk is
        // behind. This one goes into the page cache, while the window has room, so the caller gets blocks
        // back at memory speed instead of the disk's. (One block behind was too eager: bench/
        // sockbench-stagedfile at load 12 spent 0.3 to 0.6 s/GiB more CPU than with this trigger, which is
        // the one the caller's thread used, while O_DIRECT alone was the fastest.)
        const bool direct = directFd.load(std::memory_order_relaxed) >= 0;
        const bool behind = qsizetype(full.size()) >= BlockCount - 2 && windowed && direct;
        lock.unlock();
        const qint64 end = next.blockStart + BlockSize;
        char *block = blocks[size_t(next.block)].get();
        int result = 0;
        if (failed == 0 && behind && reserve(end - next.from, false))
            result = writeCached(block, next.blockStart, next.from, end);
        else if (failed == 0)
            result = write(block, next.blockStart, next.from, end);
        lock.lock();
        writing = false;
        if (result != 0 && writerError == 0)
            writerError = result;
        free.push_back(next.block);
        changed.notify_all();
    }
}

int StagedFile::Private::waitForWriter()
{
    std::unique_lock lock(mutex);
    changed.wait(lock, [this] { return full.empty() && !writing; });
    return writerError;
}

StagedFile::StagedFile(QFile *file, QObject *parent)
    : QIODevice(parent)
    , d(std::make_unique<Private>())
{
    d->file = file;
}

StagedFile::~StagedFile()
{
    if (isOpen())
        close();
}

bool StagedFile::open(OpenMode mode)
{
    if (isOpen() || (mode & ReadOnly) || !(mode & WriteOnly) || !d->file->isOpen() || d->file->handle() < 0) {
        setErrorString(tr("the file is not open for writing"));
        return false;
    }
    d->fd = d->file->handle();
    struct stat status = {};
    d->regular = ::fstat(d->fd, &status) == 0 && S_ISREG(status.st_mode);
    if (d->regular) { // -1 (the filesystem refuses O_DIRECT): ordinary writes
        d->directFd.store(
            ::open(QFile::encodeName(d->file->fileName()).constData(), O_WRONLY | O_DIRECT | O_CLOEXEC));
    }
    // An empty range at offset 0 asks nothing of the disk; it fails where the file takes no sync_file_range.
    d->windowed = d->regular && d->window > 0 && syncRange(d->fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0;
    if (d->windowed && d->directFd.load() < 0) // every block waits for room then: one must fit
        d->window = std::max(d->window, BlockSize);
    d->unstarted.clear();
    d->started.clear();
    d->unsynced.store(0);
    d->peakUnsynced.store(0);
    d->dropped = 0;
    d->blocks.clear();
    d->free.clear();
    for (int i = 0; i < BlockCount; ++i) {
        d->blocks.emplace_back(static_cast<char *>(std::aligned_alloc(PageSize, BlockSize)));
        if (i > 0)
            d->free.push_back(i);
    }
    d->current = 0;
    d->blockStart = d->staged = d->handedOver = 0;
    d->stopping = false;
    d->writerError = 0;
    d->writer = std::thread([this] { d->run(); });
    nameThread(d->writer, "sb-blockwriter");
    if (d->windowed) {
        d->syncer = std::thread([this] { d->sync(); });
        nameThread(d->syncer, "sb-writeback");
    }
    return QIODevice::open(mode | Unbuffered);
}

void StagedFile::close()
{
    if (!isOpen())
        return;
    flush();
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->changed.notify_all();
    }
    d->writer.join();
    if (d->syncer.joinable())
        d->syncer.join();
    if (const int direct = d->directFd.exchange(-1); direct >= 0)
        ::close(direct);
    d->blocks.clear();
    QIODevice::close();
}

bool StagedFile::flush()
{
    if (!isOpen())
        return true;
    int error = d->waitForWriter();
    const qint64 end = d->blockStart + d->staged;
    if (error == 0 && end > d->handedOver) {
        error = d->write(d->blocks[size_t(d->current)].get(), d->blockStart, d->handedOver, end);
        if (error == 0)
            d->handedOver = end;
    }
    if (error != 0) {
        setErrorString(qt_error_string(error));
        return false;
    }
    return true;
}

bool StagedFile::isDirect() const
{
    return d->directFd.load(std::memory_order_relaxed) >= 0;
}

qint64 StagedFile::defaultWindow()
{
    bool ok = false;
    const qint64 mib = qEnvironmentVariableIntValue("SOCKBENCH_TRANSCRIPT_WINDOW_MIB", &ok);
    if (ok && mib >= 0)
        return mib * 1024 * 1024;
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return MaxWindow;
    return std::min(MaxWindow, qint64(pages) * pageSize / 16);
}

void StagedFile::setWindow(qint64 bytes)
{
    if (!isOpen())
        d->window = std::max<qint64>(bytes, 0);
}

qint64 StagedFile::window() const
{
    return d->window;
}

bool StagedFile::isWindowed() const
{
    return isOpen() && d->windowed;
}

qint64 StagedFile::unsyncedBytes() const
{
    return d->unsynced.load();
}

qint64 StagedFile::peakUnsyncedBytes() const
{
    return d->peakUnsynced.load();
}

qint64 StagedFile::readData(char *, qint64)
{
    return -1;
}

qint64 StagedFile::writeData(const char *data, qint64 size)
{
    const qint64 total = size;
    while (size > 0) {
        const qint64 n = std::min(size, BlockSize - d->staged);
        std::memcpy(d->blocks[size_t(d->current)].get() + d->staged, data, size_t(n));
        d->staged += n;
        data += n;
        size -= n;
        if (d->staged < BlockSize)
            break;
        const qint64 from = std::max(d->blockStart, d->handedOver);
        // Full: the writer takes it; fill the next free one (waiting for the writer when none is). Never a
        // write from this thread: an O_DIRECT write that extends the file holds the inode's lock (ext4's
        // i_rwsem) until the disk has the block, and a buffered write from here waited for it (perf:
        // rwsem_down_write_slowpath under ext4_buffered_write_iter, the transcript's thread's largest wait).
        std::unique_lock lock(d->mutex);
        d->full.push_back(Private::Full { d->current, d->blockStart, from });
        d->changed.notify_all();
        d->changed.wait(lock, [this] { return !d->free.empty(); });
        if (d->writerError != 0) {
            setErrorString(qt_error_string(d->writerError));
            return -1;
        }
        d->current = d->free.back();
        d->free.pop_back();
        lock.unlock();
        d->blockStart += BlockSize;
        d->handedOver = d->blockStart;
        d->staged = 0;
    }
    return total;
}

} // namespace Sockbench
