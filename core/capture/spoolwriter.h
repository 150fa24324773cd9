#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Sockbench {

/// Writes the capture spool on its own thread, behind a queue: the blocks CaptureStore frames
/// (spoolformat.h), payloads among them.
///
/// Producers enqueue blocks and never wait on the disk; any thread may read a payload back, from the queue
/// while it waits and from the file once written. The file starts anonymous (unlinked at once, so no spool
/// is left behind, not even after a crash); moveTo() gives it a name, owner-only, when it must outlive a
/// crash. When a write fails (disk full...) or the free space falls below the floor, later payloads are
/// dropped instead of piling up in memory, and hasFailed() and failure() say so. release() frees the disk
/// under blocks nobody reads any more.
class SpoolWriter final
{
    Q_DISABLE_COPY_MOVE(SpoolWriter)
public:
    /// Why the writer stopped keeping bytes.
    enum class Failure { None, WriteFailed, BelowFloor };

    explicit SpoolWriter(const QString &directory);
    /// Keeps every payload in memory instead: no file, no thread (see CaptureStore::InMemory).
    SpoolWriter();
    /// Stops the thread. What is still queued is dropped: the file goes with this object, nobody can read it.
    ~SpoolWriter();

    bool isOpen() const;
    QString errorString() const;
    /// Where the spool is (while anonymous, where it was created: the name is gone from the directory).
    QString path() const;
    /// Whether moveTo() named it.
    bool isNamed() const;

    /// Any thread: queues head, payload and tail, one after the other at the end of the spool. Returns the
    /// offset of the payload (of where it would be, when the spool failed).
    qint64 enqueue(const QByteArray &head, const QByteArray &payload = {}, const QByteArray &tail = {});
    /// Offset of the next byte enqueue() places.
    qint64 end() const;
    /// Bytes queued and not yet written.
    qint64 pendingBytes() const;
    /// Bytes before this offset are on disk (durable against a kill of the process).
    qint64 durableEnd() const;
    bool hasFailed() const;
    Failure failure() const;
    /// Offset from which bytes were dropped (-1 when none were).
    qint64 failedFrom() const;

    /// length bytes from offset within the payload stored at payloadOffset (payloadSize long). Any thread.
    QByteArray read(qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const;
    /// As read(), but only from memory (a payload still queued, or an in-memory spool): nothing when the
    /// bytes would have to come from the file. Any thread; never waits for the disk.
    std::optional<QByteArray> readQueued(
        qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const;
    /// False for payloads dropped after a write failure.
    bool isReadable(qint64 payloadOffset) const;

    /// Blocks until the queue is empty (written or dropped), the last partial page included.
    void waitUntilWritten();

    /// Gives the spool a name: creates path (0600, it must not exist), copies what was written so far and
    /// goes on there. The spool's offsets do not change. False: error says why, and the spool stays as it
    /// was.
    bool moveTo(const QString &path, QString *error);

    /// Frees the disk under [from, to), which must be whole blocks already on disk that nobody reads any
    /// more: the writer thread writes skip blocks over the range (so the file still reads as pcapng) and
    /// punches a hole under their bodies (fallocate). Bytes freed so far: releasedBytes().
    void release(qint64 from, qint64 to);
    qint64 releasedBytes() const;

    /// The free space below which nothing more is written (checked before each write). 0: no floor.
    void setFreeSpaceFloor(qint64 bytes);
    /// Free space (for unprivileged users) on the spool's filesystem; -1 if unknown.
    qint64 freeSpace() const;

    /// Called from the writer thread when pending bytes fall to wakeBelow or less, and when writing fails.
    void setProgressCallback(std::function<void()> callback, qint64 wakeBelow);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
