#pragma once

#include <QByteArray>
#include <QCache>
#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

namespace Sockbench {

/// The first bytes of payloads that live only in the spool file, read on a thread of its own and kept in a
/// small cache, so a view that shows many rows at once (the traffic table's previews) never makes its thread
/// wait for the disk. CaptureStore::payloadHead() is its one user.
///
/// Why: during a flood the spool writer keeps the disk busy with 4 MiB O_DIRECT writes, and a 64-byte pread
/// of an older row took 4 ms at p90 and 55 ms at worst from the GUI thread (strace -T over 4 s of
/// sockbench-windowflood, 333 reads); the table read its 30 visible rows one after the other, so one repaint
/// after a scroll cost 100 ms and more.
class PayloadHeads
{
public:
    /// Reads the head of a row, waiting for the disk if it must. Called on the reader thread.
    using Reader = std::function<QByteArray(qint64 row)>;
    /// Called on the reader thread when heads wait in takeReady() (once until takeReady() is called).
    using Notify = std::function<void()>;

    PayloadHeads(Reader reader, Notify notify);
    /// Stops the reader thread: what is queued is forgotten.
    ~PayloadHeads();
    PayloadHeads(const PayloadHeads &) = delete;
    PayloadHeads &operator=(const PayloadHeads &) = delete;

    /// The cached head of row. Owner thread.
    std::optional<QByteArray> cached(qint64 row) const;
    /// Keeps head as row's in the cache. Owner thread.
    void remember(qint64 row, const QByteArray &head);
    /// Queues a read of row's head, unless one is queued. The newest request is read first (the rows on
    /// screen now); beyond MaxQueued the oldest request is forgotten. Owner thread.
    void request(qint64 row);
    /// The heads read since the last call, put in the cache; returns their rows, ascending. Owner thread.
    QList<qint64> takeReady();

    /// Cache size in bytes (each head counts its size plus 64). Default 2 MiB: about 8,000 previews.
    void setCacheBytes(qint64 bytes) { m_cache.setMaxCost(bytes); }
    static constexpr int MaxQueued = 1024;

private:
    void run();

    Reader m_reader;
    Notify m_notify;
    QCache<qint64, QByteArray> m_cache { 2 * 1024 * 1024 };

    std::mutex m_mutex; // guards what follows
    std::condition_variable m_wake;
    std::deque<qint64> m_queue;
    std::unordered_set<qint64> m_queued;
    std::vector<std::pair<qint64, QByteArray>> m_ready;
    bool m_notified = false;
    bool m_stopping = false;
    std::thread m_thread; // started with the first request
};

} // namespace Sockbench
