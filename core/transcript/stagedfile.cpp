#include "stagedfile.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sockbench {

namespace {

constexpr qint64 PageSize = 4096; // the file offset, size and memory alignment O_DIRECT needs
// 4 MiB: at 1.5 GiB/s about 370 writes a second, each long enough for the disk to run at its pace.
constexpr qint64 BlockSize = 4 * 1024 * 1024;

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
    // Writes out the staged bytes the operating system does not have yet; full: the block is full and
    // starts over afterwards. Returns 0 or an errno.
    int writeOut(bool full);

    QFile *file = nullptr;
    int fd = -1; // the file's own descriptor: partial pages, and everything when not direct
    int directFd = -1; // O_DIRECT, whole pages
    bool regular = false; // pwrite at offsets; else write() in order
    std::unique_ptr<char, AlignedFree> block;
    qint64 blockStart = 0; // file offset of block[0], a multiple of BlockSize
    qint64 staged = 0; // bytes in block
    qint64 handedOver = 0; // the operating system has every byte before this file offset
};

int StagedFile::Private::writeOut(bool full)
{
    const qint64 end = blockStart + staged;
    if (directFd >= 0) {
        const qint64 from = alignDown(handedOver); // a partial page handed over earlier goes again, whole
        const qint64 wholeEnd = alignDown(end);
        if (wholeEnd > from) {
            const int error = writeAll(directFd, block.get() + (from - blockStart), wholeEnd - from, from);
            if (error == EINVAL) { // O_DIRECT refused after all: ordinary writes from now on
                ::close(directFd);
                directFd = -1;
                return writeOut(full);
            }
            if (error != 0)
                return error;
            handedOver = std::max(handedOver, wholeEnd);
        }
        if (!full && end > handedOver) {
            if (const int error
                = writeAll(fd, block.get() + (handedOver - blockStart), end - handedOver, handedOver))
                return error;
            handedOver = end;
        }
        return 0;
    }
    if (end > handedOver) {
        if (const int error = writeAll(
                fd, block.get() + (handedOver - blockStart), end - handedOver, regular ? handedOver : -1))
            return error;
        handedOver = end;
    }
    return 0;
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
    if ((mode & ReadOnly) || !(mode & WriteOnly) || !d->file->isOpen() || d->file->handle() < 0) {
        setErrorString(tr("the file is not open for writing"));
        return false;
    }
    d->fd = d->file->handle();
    struct stat status = {};
    d->regular = ::fstat(d->fd, &status) == 0 && S_ISREG(status.st_mode);
    if (d->regular) // -1 (the filesystem refuses O_DIRECT): ordinary writes
        d->directFd
            = ::open(QFile::encodeName(d->file->fileName()).constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    d->block.reset(static_cast<char *>(std::aligned_alloc(PageSize, BlockSize)));
    d->blockStart = d->staged = d->handedOver = 0;
    return QIODevice::open(mode | Unbuffered);
}

void StagedFile::close()
{
    flush();
    if (d->directFd >= 0)
        ::close(d->directFd);
    d->directFd = -1;
    d->block.reset();
    QIODevice::close();
}

bool StagedFile::flush()
{
    if (!d->block)
        return true;
    if (const int error = d->writeOut(false)) {
        setErrorString(qt_error_string(error));
        return false;
    }
    return true;
}

bool StagedFile::isDirect() const
{
    return d->directFd >= 0;
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
        std::memcpy(d->block.get() + d->staged, data, size_t(n));
        d->staged += n;
        data += n;
        size -= n;
        if (d->staged == BlockSize) {
            if (const int error = d->writeOut(true)) {
                setErrorString(qt_error_string(error));
                return -1;
            }
            d->blockStart += BlockSize;
            d->staged = 0;
        }
    }
    return total;
}

} // namespace Sockbench
