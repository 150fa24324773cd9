#include "capturestore.h"

#include "payloadhold.h"
#include "spoolwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <type_traits>

namespace Sockbench {

namespace {

// The index grows in fixed segments so rows never move once published: readers on other threads can hold
// a row's address while the producer keeps appending. 2^16 segments of 2^16 rows: 4 billion events.
constexpr int SegmentBits = 16;
constexpr qint64 SegmentSize = qint64(1) << SegmentBits;
constexpr qint64 SegmentCount = qint64(1) << 16;
constexpr qint64 MaxRows = SegmentSize * SegmentCount;

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 wallClockNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

class CaptureStore::Private
{
public:
    // A store costs what it holds, not what it could: the fuzz targets make five per input, and filling the
    // whole segment table and a first segment of 2.6 MB (65,536 rows) row by row held them to 8-21 inputs a
    // second. The table is value-initialised (zeroed in one go) and only its used part is walked; segments
    // come zeroed from calloc (CaptureEvent's defaults are all zero bits), so the pages a small store never
    // touches are never faulted in.
    explicit Private(const QString &spoolDirectory)
        : spool(spoolDirectory.isEmpty() ? QDir::tempPath() : spoolDirectory)
        , segments(new std::atomic<CaptureEvent *>[SegmentCount]())
    { }
    Private()
        : segments(new std::atomic<CaptureEvent *>[SegmentCount]())
    { }

    ~Private()
    {
        const qint64 used = (published.load(std::memory_order_relaxed) + SegmentSize - 1) >> SegmentBits;
        for (qint64 i = 0; i < used; ++i)
            std::free(segments[i].load(std::memory_order_relaxed));
    }

    CaptureEvent &slot(qint64 row)
    {
        const qint64 segment = row >> SegmentBits;
        CaptureEvent *events = segments[segment].load(std::memory_order_relaxed);
        if (!events) {
            static_assert(std::is_aggregate_v<CaptureEvent> && std::is_trivially_copyable_v<CaptureEvent>);
            events = static_cast<CaptureEvent *>(std::calloc(SegmentSize, sizeof(CaptureEvent)));
            if (!events)
                qFatal("out of memory for the capture index");
            segments[segment].store(events, std::memory_order_release);
        }
        return events[row & (SegmentSize - 1)];
    }

    const CaptureEvent &publishedSlot(qint64 row) const
    {
        return segments[row >> SegmentBits].load(std::memory_order_acquire)[row & (SegmentSize - 1)];
    }

    SpoolWriter spool;
    std::unique_ptr<PayloadHold> hold; // UntilReleased retention: no file at all (spool: in memory, unused)
    std::unique_ptr<std::atomic<CaptureEvent *>[]> segments;
    std::atomic<qint64> published { 0 };
    qint64 spoolEnd = 0; // producer thread only: where the next payload goes
    std::atomic<qint64> totalPayloadBytes { 0 };

    mutable QMutex infoMutex;
    QHash<quint32, SessionInfo> sessionInfos;
    QHash<quint32, ConnectionInfo> connectionInfos;

    qint64 backpressureLimit = 64 * 1024 * 1024;
    bool backpressured = false;
    bool spoolFailureReported = false;
    qint64 lastNotifiedRow = -1;
    QTimer notifyTimer;
};

CaptureStore::CaptureStore(const QString &spoolDirectory, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(spoolDirectory))
{
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(33);
    connect(&d->notifyTimer, &QTimer::timeout, this, &CaptureStore::announceNewRows);
    watchSpool();
}

CaptureStore::CaptureStore(InMemoryTag, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(33);
    connect(&d->notifyTimer, &QTimer::timeout, this, &CaptureStore::announceNewRows);
}

CaptureStore::CaptureStore(PayloadRetention retention, QObject *parent)
    : QObject(parent)
    , d(retention == PayloadRetention::Spool ? std::make_unique<Private>(QString())
                                             : std::make_unique<Private>())
{
    if (retention == PayloadRetention::UntilReleased)
        d->hold = std::make_unique<PayloadHold>();
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(33);
    connect(&d->notifyTimer, &QTimer::timeout, this, &CaptureStore::announceNewRows);
    watchSpool();
}

CaptureStore::~CaptureStore()
{
    d->spool.setProgressCallback({}, 0); // no more calls into a store being destroyed
    if (d->hold)
        d->hold->setDrainCallback({}, 0);
}

PayloadRetention CaptureStore::payloadRetention() const
{
    return d->hold ? PayloadRetention::UntilReleased : PayloadRetention::Spool;
}

int CaptureStore::addPayloadReader()
{
    return d->hold ? d->hold->addReader(count()) : 0;
}

void CaptureStore::releasePayloads(int reader, qint64 row)
{
    if (d->hold)
        d->hold->release(reader, row);
}

qint64 CaptureStore::heldPayloadBytes() const
{
    return d->hold ? d->hold->heldBytes() : d->spool.pendingBytes();
}

bool CaptureStore::isValid() const
{
    return d->spool.isOpen();
}

QString CaptureStore::errorString() const
{
    return d->spool.errorString();
}

QString CaptureStore::spoolFilePath() const
{
    return d->spool.path();
}

qint64 CaptureStore::append(
    EventKind kind, Direction direction, quint32 sessionId, quint32 connectionId, const QByteArray &payload)
{
    return appendAt(steadyNowNs(), wallClockNowNs(), kind, direction, sessionId, connectionId, payload);
}

qint64 CaptureStore::appendAt(qint64 monotonicNs, qint64 wallClockNs, EventKind kind, Direction direction,
    quint32 sessionId, quint32 connectionId, const QByteArray &payload)
{
    const qint64 row = d->published.load(std::memory_order_relaxed);
    if (row >= MaxRows)
        return -1;
    CaptureEvent &event = d->slot(row);
    event.monotonicNs = monotonicNs;
    event.wallClockNs = wallClockNs;
    event.payloadOffset = d->spoolEnd;
    event.payloadSize = quint32(payload.size());
    event.sessionId = sessionId;
    event.connectionId = connectionId;
    event.kind = kind;
    event.direction = direction;
    if (d->hold) {
        if (!payload.isEmpty())
            d->hold->keep(row, payload, kind != EventKind::Data);
        d->spoolEnd += payload.size(); // offsets as if spooled: the index reads the same either way
        d->totalPayloadBytes.fetch_add(payload.size(), std::memory_order_relaxed);
    } else if (!payload.isEmpty()) {
        d->spool.enqueue(d->spoolEnd, payload);
        d->spoolEnd += payload.size();
        d->totalPayloadBytes.fetch_add(payload.size(), std::memory_order_relaxed);
    }
    d->published.store(row + 1, std::memory_order_release);

    if (!d->backpressured && heldPayloadBytes() >= d->backpressureLimit) {
        d->backpressured = true;
        Q_EMIT backpressureChanged(true);
    }
    if (!d->notifyTimer.isActive())
        d->notifyTimer.start();
    return row;
}

qint64 CaptureStore::appendMissingAt(qint64 monotonicNs, qint64 wallClockNs, EventKind kind,
    Direction direction, quint32 sessionId, quint32 connectionId, quint32 size, PayloadLoss why)
{
    const qint64 row = d->published.load(std::memory_order_relaxed);
    if (row >= MaxRows)
        return -1;
    CaptureEvent &event = d->slot(row);
    event = CaptureEvent {};
    event.monotonicNs = monotonicNs;
    event.wallClockNs = wallClockNs;
    event.payloadOffset = d->spoolEnd; // nothing is spooled: the next payload goes at the same offset
    event.payloadSize = size;
    event.sessionId = sessionId;
    event.connectionId = connectionId;
    event.kind = kind;
    event.direction = direction;
    event.payloadLoss = size == 0 ? PayloadLoss::None : why;
    d->published.store(row + 1, std::memory_order_release);
    if (!d->notifyTimer.isActive())
        d->notifyTimer.start();
    return row;
}

void CaptureStore::describeSession(const SessionInfo &info)
{
    {
        QMutexLocker lock(&d->infoMutex);
        auto known = d->sessionInfos.find(info.id);
        if (known != d->sessionInfos.end() && *known == info)
            return;
        d->sessionInfos.insert(info.id, info);
    }
    // Announced, not polled: the traffic pane used to copy and sort every description on each batch of new
    // rows to notice a new one, and rebuild its list. Emitted outside the lock, so a receiver may read the
    // store.
    Q_EMIT sessionDescribed(info);
}

void CaptureStore::describeConnection(const ConnectionInfo &info)
{
    {
        QMutexLocker lock(&d->infoMutex);
        auto known = d->connectionInfos.find(info.id);
        if (known != d->connectionInfos.end() && *known == info)
            return;
        d->connectionInfos.insert(info.id, info);
    }
    Q_EMIT connectionDescribed(info);
}

SessionInfo CaptureStore::sessionInfo(quint32 sessionId) const
{
    QMutexLocker lock(&d->infoMutex);
    return d->sessionInfos.value(sessionId);
}

ConnectionInfo CaptureStore::connectionInfo(quint32 connectionId) const
{
    QMutexLocker lock(&d->infoMutex);
    return d->connectionInfos.value(connectionId);
}

QList<SessionInfo> CaptureStore::sessions() const
{
    QMutexLocker lock(&d->infoMutex);
    QList<SessionInfo> list = d->sessionInfos.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return list;
}

QList<ConnectionInfo> CaptureStore::connections() const
{
    QMutexLocker lock(&d->infoMutex);
    QList<ConnectionInfo> list = d->connectionInfos.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return list;
}

qsizetype CaptureStore::sessionCount() const
{
    QMutexLocker lock(&d->infoMutex);
    return d->sessionInfos.size();
}

qsizetype CaptureStore::connectionCount() const
{
    QMutexLocker lock(&d->infoMutex);
    return d->connectionInfos.size();
}

qint64 CaptureStore::count() const
{
    return d->published.load(std::memory_order_acquire);
}

CaptureEvent CaptureStore::event(qint64 row) const
{
    Q_ASSERT(row >= 0 && row < count());
    return d->publishedSlot(row);
}

QByteArray CaptureStore::payload(qint64 row) const
{
    return payload(row, 0, std::numeric_limits<qint64>::max());
}

QByteArray CaptureStore::payload(qint64 row, qint64 offset, qint64 maxBytes) const
{
    if (row < 0 || row >= count() || offset < 0 || maxBytes <= 0)
        return {};
    const CaptureEvent &event = d->publishedSlot(row);
    if (offset >= event.payloadSize || event.payloadLoss != PayloadLoss::None)
        return {};
    const qint64 length = std::min<qint64>(maxBytes, event.payloadSize - offset);
    if (d->hold) {
        const QByteArray bytes = d->hold->read(row);
        return offset == 0 && length == bytes.size() ? bytes : bytes.mid(offset, length);
    }
    return d->spool.read(event.payloadOffset, event.payloadSize, offset, length);
}

bool CaptureStore::isPayloadAvailable(qint64 row) const
{
    if (row < 0 || row >= count())
        return false;
    const CaptureEvent &event = d->publishedSlot(row);
    return event.payloadSize == 0
        || (event.payloadLoss == PayloadLoss::None
            && (d->hold ? d->hold->isKept(row) : d->spool.isReadable(event.payloadOffset)));
}

PayloadLoss CaptureStore::payloadLoss(qint64 row) const
{
    if (row < 0 || row >= count())
        return PayloadLoss::None;
    const CaptureEvent &event = d->publishedSlot(row);
    if (event.payloadSize == 0 || event.payloadLoss != PayloadLoss::None)
        return event.payloadLoss;
    if (d->hold) // not kept, or released by its readers: on purpose, like the budget's drops
        return d->hold->isKept(row) ? PayloadLoss::None : PayloadLoss::Dropped;
    return d->spool.isReadable(event.payloadOffset) ? PayloadLoss::None : PayloadLoss::Lost;
}

qint64 CaptureStore::totalPayloadBytes() const
{
    return d->totalPayloadBytes.load(std::memory_order_relaxed);
}

qint64 CaptureStore::pendingSpoolBytes() const
{
    return heldPayloadBytes();
}

bool CaptureStore::isBackpressured() const
{
    return d->backpressured;
}

void CaptureStore::flush()
{
    d->spool.waitUntilWritten();
    onSpoolProgress();
}

void CaptureStore::setBackpressureLimit(qint64 bytes)
{
    d->backpressureLimit = std::max<qint64>(bytes, 1);
    watchSpool();
}

void CaptureStore::watchSpool()
{
    // The writer thread reports when the queue has drained to the release mark, and failures; both are
    // handled on the store's own thread. Without a spool, the thread that releases payloads reports.
    auto progress
        = [this] { QMetaObject::invokeMethod(this, &CaptureStore::onSpoolProgress, Qt::QueuedConnection); };
    if (d->hold)
        d->hold->setDrainCallback(progress, d->backpressureLimit / 2);
    else
        d->spool.setProgressCallback(progress, d->backpressureLimit / 2);
}

qint64 CaptureStore::backpressureLimit() const
{
    return d->backpressureLimit;
}

void CaptureStore::setNotifyInterval(int milliseconds)
{
    d->notifyTimer.setInterval(std::max(milliseconds, 0));
}

void CaptureStore::announceNewRows()
{
    const qint64 last = count() - 1;
    if (last <= d->lastNotifiedRow)
        return;
    const qint64 first = d->lastNotifiedRow + 1;
    d->lastNotifiedRow = last;
    Q_EMIT rowsAppended(first, last);
}

void CaptureStore::onSpoolProgress()
{
    if (!d->spoolFailureReported && d->spool.hasFailed()) {
        d->spoolFailureReported = true;
        Q_EMIT spoolFailed(tr("the capture spool could not be written (%1); payloads recorded from now on "
                              "are not kept, the traffic itself goes on")
                               .arg(d->spool.errorString()));
    }
    if (d->backpressured && heldPayloadBytes() <= d->backpressureLimit / 2) {
        d->backpressured = false;
        Q_EMIT backpressureChanged(false);
    }
}

} // namespace Sockbench
