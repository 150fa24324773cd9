#include "stagedfile.h"

#include <QFile>

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

qint64 alignDown(qint64 value)
{
    return value & ~(PageSize - 1);
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

    // Writes [from, to) of a block that starts at blockStart: whole pages with O_DIRECT, the rest (only
    // at a flush) through the ordinary descriptor. Returns 0 or an errno.
    int write(const char *block, qint64 blockStart, qint64 from, qint64 to);
    void run(); // the writer thread
    // Caller's thread: waits until the writer has written every full block. Returns its errno, if any.
    int waitForWriter();

    QFile *file = nullptr;
    int fd = -1; // the file's own descriptor: partial pages, and everything when not direct
    std::atomic<int> directFd { -1 }; // O_DIRECT, whole pages
    bool regular = false; // pwrite at offsets; else write() in order
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
    int writerError = 0; // the writer's first failure
    std::thread writer;
};

int StagedFile::Private::write(const char *block, qint64 start, qint64 from, qint64 to)
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
        lock.unlock();
        const int result = failed ? 0
                                  : write(blocks[size_t(next.block)].get(), next.blockStart, next.from,
                                      next.blockStart + BlockSize);
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
        // Full: the writer takes it; fill the next free one (waiting for the disk when none is).
        std::unique_lock lock(d->mutex);
        d->full.push_back(
            Private::Full { d->current, d->blockStart, std::max(d->blockStart, d->handedOver) });
        d->changed.notify_all();
        d->changed.wait(lock, [this] { return !d->free.empty(); });
        if (d->writerError != 0) {
            setErrorString(qt_error_string(d->writerError));
            return -1;
        }
        d->current = d->free.back();
        d->free.pop_back();
        d->blockStart += BlockSize;
        d->handedOver = d->blockStart;
        d->staged = 0;
    }
    return total;
}

} // namespace Sockbench
