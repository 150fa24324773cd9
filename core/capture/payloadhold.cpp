#include "payloadhold.h"

#include <QMutexLocker>

#include <algorithm>

namespace Sockbench {

int PayloadHold::addReader(qint64 fromRow)
{
    QMutexLocker lock(&m_mutex);
    m_readers.push_back(fromRow);
    return int(m_readers.size()) - 1;
}

void PayloadHold::release(int reader, qint64 row)
{
    std::function<void()> drained;
    {
        QMutexLocker lock(&m_mutex);
        if (reader < 0 || reader >= int(m_readers.size()) || row <= m_readers[size_t(reader)])
            return;
        m_readers[size_t(reader)] = row;
        const qint64 below = *std::min_element(m_readers.begin(), m_readers.end());
        if (below <= m_releasedBelow)
            return;
        m_releasedBelow = below;
        const qint64 before = m_heldBytes.load(std::memory_order_relaxed);
        qint64 held = before;
        while (!m_data.empty() && m_data.front().row < below) {
            held -= m_data.front().bytes.size();
            m_data.pop_front();
        }
        m_heldBytes.store(held, std::memory_order_relaxed);
        if (before > m_wakeBelow && held <= m_wakeBelow)
            drained = m_drained;
    }
    if (drained)
        drained();
}

void PayloadHold::keep(qint64 row, const QByteArray &payload, bool lifecycle)
{
    QMutexLocker lock(&m_mutex);
    if (lifecycle) {
        m_details.insert(row, payload);
        return;
    }
    // Nobody registered, or every reader is past this row already (it cannot be: readers only release
    // published rows): nobody will ever read it.
    if (m_readers.empty() || row < m_releasedBelow)
        return;
    m_data.push_back(Held { row, payload }); // shared with the caller, not copied
    m_heldBytes.fetch_add(payload.size(), std::memory_order_relaxed);
}

QByteArray PayloadHold::read(qint64 row) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto detail = m_details.constFind(row); detail != m_details.cend())
        return *detail;
    const auto it = std::lower_bound(
        m_data.begin(), m_data.end(), row, [](const Held &held, qint64 at) { return held.row < at; });
    if (it == m_data.end() || it->row != row)
        return {};
    return it->bytes;
}

bool PayloadHold::isKept(qint64 row) const
{
    QMutexLocker lock(&m_mutex);
    if (m_details.contains(row))
        return true;
    const auto it = std::lower_bound(
        m_data.begin(), m_data.end(), row, [](const Held &held, qint64 at) { return held.row < at; });
    return it != m_data.end() && it->row == row;
}

void PayloadHold::forgetDetailsBelow(qint64 row)
{
    QMutexLocker lock(&m_mutex);
    m_details.removeIf([row](const auto &detail) { return detail.key() < row; });
}

void PayloadHold::setDrainCallback(std::function<void()> callback, qint64 wakeBelow)
{
    QMutexLocker lock(&m_mutex);
    m_drained = std::move(callback);
    m_wakeBelow = wakeBelow;
}

} // namespace Sockbench
