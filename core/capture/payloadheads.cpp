#include "payloadheads.h"

#include <algorithm>

namespace Sockbench {

PayloadHeads::PayloadHeads(Reader reader, Notify notify)
    : m_reader(std::move(reader))
    , m_notify(std::move(notify))
{ }

PayloadHeads::~PayloadHeads()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<QByteArray> PayloadHeads::cached(qint64 row) const
{
    if (const QByteArray *head = m_cache.object(row))
        return *head;
    return std::nullopt;
}

void PayloadHeads::remember(qint64 row, const QByteArray &head)
{
    m_cache.insert(row, new QByteArray(head), head.size() + 64);
}

void PayloadHeads::request(qint64 row)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_queued.insert(row).second)
            return;
        m_queue.push_back(row);
        if (m_queue.size() > size_t(MaxQueued)) { // scrolled past long ago: nobody waits for those
            m_queued.erase(m_queue.front());
            m_queue.pop_front();
        }
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

QList<qint64> PayloadHeads::takeReady()
{
    std::vector<std::pair<qint64, QByteArray>> ready;
    {
        std::lock_guard lock(m_mutex);
        ready.swap(m_ready);
        m_notified = false;
    }
    QList<qint64> rows;
    rows.reserve(qsizetype(ready.size()));
    for (auto &[row, head] : ready) {
        remember(row, head);
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PayloadHeads::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const qint64 row = m_queue.back();
        m_queue.pop_back();
        lock.unlock();
        QByteArray head = m_reader(row);
        lock.lock();
        // Forgotten only now, so a request made while it was read does not read it twice.
        m_queued.erase(row);
        m_ready.emplace_back(row, std::move(head));
        if (!m_notified) {
            m_notified = true;
            lock.unlock();
            m_notify();
            lock.lock();
        }
    }
}

} // namespace Sockbench
