#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <deque>
#include <functional>
#include <vector>

namespace Sockbench {

/// Keeps capture payloads in memory only while a reader still has to read them: the command line's capture,
/// where a payload is of use to the --transcript writer and the --log printer and to nobody once they have
/// passed it. No file is involved.
///
/// Readers register (addReader) and release the rows they are done with (release); a data payload is kept
/// from its append until every reader registered at that time has released its row, and not at all when no
/// reader is registered. Lifecycle details (an error's message, an endpoint: a few bytes per step, like the
/// index row itself) are always kept. The producer appends from one thread; readers read and release from any
/// thread.
class PayloadHold final
{
    Q_DISABLE_COPY_MOVE(PayloadHold)
public:
    PayloadHold() = default;

    /// A new reader, which needs the payloads of rows from fromRow on. Returns its handle for release().
    int addReader(qint64 fromRow);
    /// The reader is done with every row below row: their data payloads go once no other reader needs them.
    void release(int reader, qint64 row);

    /// Producer: keeps row's payload if anyone will read it. lifecycle: a detail, always kept.
    void keep(qint64 row, const QByteArray &payload, bool lifecycle);
    /// The payload of row, or nothing when it was not kept or is released already. Any thread.
    QByteArray read(qint64 row) const;
    bool isKept(qint64 row) const;
    /// Drops the lifecycle details of rows below row (the store forgot those rows).
    void forgetDetailsBelow(qint64 row);

    /// Data payload bytes held now (lifecycle details are not counted).
    qint64 heldBytes() const { return m_heldBytes.load(std::memory_order_relaxed); }
    /// Called (from the releasing thread, without the lock) when a release brings heldBytes() from above
    /// wakeBelow to wakeBelow or less.
    void setDrainCallback(std::function<void()> callback, qint64 wakeBelow);

private:
    struct Held
    {
        qint64 row = 0;
        QByteArray bytes;
    };

    mutable QMutex m_mutex;
    std::deque<Held> m_data; // in row order
    QHash<qint64, QByteArray> m_details;
    std::vector<qint64> m_readers; // per reader: the first row it still needs
    qint64 m_releasedBelow = 0; // every data payload below this row is gone
    std::atomic<qint64> m_heldBytes { 0 };
    std::function<void()> m_drained;
    qint64 m_wakeBelow = 0;
};

} // namespace Sockbench
