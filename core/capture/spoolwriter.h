#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Sockbench {

/// Writes capture payloads to an anonymous spool file on its own thread, behind a queue.
///
/// The producer enqueues payloads at increasing offsets and never waits on the disk; any thread may read a
/// payload back, from the queue while it waits and from the file once written. The file is unlinked as soon
/// as it is created, so no spool is ever left behind, not even after a crash. When a write fails (disk
/// full...), later payloads are dropped instead of piling up in memory, and hasFailed() says so.
class SpoolWriter final
{
    Q_DISABLE_COPY_MOVE(SpoolWriter)
public:
    explicit SpoolWriter(const QString &directory);
    /// Keeps every payload in memory instead: no file, no thread (see CaptureStore::InMemory).
    SpoolWriter();
    /// Stops the thread. What is still queued is dropped: the file goes with this object, nobody can read it.
    ~SpoolWriter();

    bool isOpen() const;
    QString errorString() const;
    /// Where the spool was created (for messages: the name is gone from the directory at once).
    QString path() const;

    /// Producer thread only: queues bytes that belong at offset (the previous offset plus its size).
    void enqueue(qint64 offset, const QByteArray &bytes);
    /// Bytes queued and not yet written.
    qint64 pendingBytes() const;
    bool hasFailed() const;

    /// length bytes from offset within the payload stored at payloadOffset (payloadSize long). Any thread.
    QByteArray read(qint64 payloadOffset, qint64 payloadSize, qint64 offset, qint64 length) const;
    /// False for payloads dropped after a write failure.
    bool isReadable(qint64 payloadOffset) const;

    /// Blocks until the queue is empty (written or dropped), the last partial page included.
    void waitUntilWritten();

    /// Called from the writer thread when pending bytes fall to wakeBelow or less, and when writing fails.
    void setProgressCallback(std::function<void()> callback, qint64 wakeBelow);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
