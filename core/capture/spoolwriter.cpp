#include "spoolwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <deque>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Sockbench {

namespace {

// One writev() takes at most this many queued payloads, so the lock is held briefly and writes stay large.
constexpr int MaxBatchChunks = 64;
constexpr qint64 MaxBatchBytes = 8 * 1024 * 1024;

struct Chunk
{
    qint64 offset = 0;
    QByteArray bytes;
};

// Writes every byte of the batch, retrying short writes. Returns 0 or the errno of the failure.
int writeAll(int fd, const std::vector<Chunk> &batch)
{
    std::vector<iovec> vectors;
    vectors.reserve(batch.size());
    for (const Chunk &chunk : batch)
        vectors.push_back(iovec { const_cast<char *>(chunk.bytes.constData()), size_t(chunk.bytes.size()) });
    size_t first = 0;
    while (first < vectors.size()) {
        const ssize_t written = ::writev(fd, vectors.data() + first, int(vectors.size() - first));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        size_t left = size_t(written);
        while (first < vectors.size() && left >= vectors[first].iov_len)
            left -= vectors[first++].iov_len;
        if (first < vectors.size()) {
            vectors[first].iov_base = static_cast<char *>(vectors[first].iov_base) + left;
            vectors[first].iov_len -= left;
        }
    }
    return 0;
}

} // namespace

class SpoolWriter::Private
{
public:
    void run();

    int fd = -1;
    QString path;
    QString errorString;

    mutable QMutex mutex;
    QWaitCondition wake;    // the writer waits for work
    QWaitCondition drained; // waitUntilWritten() waits for an empty queue
    std::deque<Chunk> queue;
    qint64 pendingBytes = 0;
    qint64 failedFrom = -1; // payloads at or after this offset were dropped
    bool stopping = false;
    std::function<void()> progress;
    qint64 wakeBelow = 0;
    std::thread thread;
};

SpoolWriter::SpoolWriter(const QString &directory)
    : d(std::make_unique<Private>())
{
    QByteArray pattern = QFile::encodeName(QDir(directory).filePath(QStringLiteral("sockbench-spool-XXXXXX")));
    d->fd = ::mkstemp(pattern.data());
    d->path = QFile::decodeName(pattern);
    if (d->fd < 0) {
        d->errorString = QCoreApplication::translate("Sockbench::SpoolWriter", "cannot create the capture spool in %1: %2")
                             .arg(QDir::toNativeSeparators(directory), qt_error_string(errno));
        return;
    }
    ::unlink(pattern.constData());
    d->thread = std::thread([this] { d->run(); });
}

SpoolWriter::~SpoolWriter()
{
    if (d->thread.joinable()) {
        {
            QMutexLocker lock(&d->mutex);
            d->stopping = true;
            d->wake.wakeAll();
        }
        d->thread.join();
    }
    if (d->fd >= 0)
        ::close(d->fd);
}

bool SpoolWriter::isOpen() const
{
    return d->fd >= 0;
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
    return d->fd < 0 || d->failedFrom >= 0;
}

bool SpoolWriter::isReadable(qint64 payloadOffset) const
{
    QMutexLocker lock(&d->mutex);
    return d->fd >= 0 && (d->failedFrom < 0 || payloadOffset < d->failedFrom);
}

QByteArray SpoolWriter::read(qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const
{
    {
        QMutexLocker lock(&d->mutex);
        if (d->fd < 0 || (d->failedFrom >= 0 && payloadOffset >= d->failedFrom))
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
        const ssize_t got = ::pread(d->fd, bytes.data() + done, size_t(length - done), payloadOffset + offset + done);
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
    while (!d->queue.empty())
        d->drained.wait(&d->mutex);
}

void SpoolWriter::setProgressCallback(std::function<void()> callback, qint64 wakeBelow)
{
    QMutexLocker lock(&d->mutex);
    d->progress = std::move(callback);
    d->wakeBelow = wakeBelow;
}

void SpoolWriter::Private::run()
{
    std::vector<Chunk> batch;
    QMutexLocker lock(&mutex);
    for (;;) {
        while (queue.empty() && !stopping)
            wake.wait(&mutex);
        if (queue.empty())
            return;
        batch.clear();
        qint64 batchBytes = 0;
        for (auto it = queue.begin(); it != queue.end() && int(batch.size()) < MaxBatchChunks
             && batchBytes < MaxBatchBytes;
             ++it) {
            batch.push_back(*it);
            batchBytes += it->bytes.size();
        }
        const bool writing = failedFrom < 0;
        lock.unlock();
        const int error = writing ? writeAll(fd, batch) : 0;
        lock.relock();

        if (error != 0) {
            failedFrom = batch.front().offset;
            errorString = qt_error_string(error);
        }
        const bool wasAbove = pendingBytes > wakeBelow;
        queue.erase(queue.begin(), queue.begin() + qsizetype(batch.size()));
        pendingBytes -= batchBytes;
        if (failedFrom >= 0) { // drop the rest: memory must stay bounded
            queue.clear();
            pendingBytes = 0;
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
}

} // namespace Sockbench
