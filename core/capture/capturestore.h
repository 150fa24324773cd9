#pragma once

#include "captureevent.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace Sockbench {

/// What the store keeps of the payloads it records.
enum class PayloadRetention : int {
    /// Every payload, in the spool file (the window, opened transcripts).
    Spool,
    /// No spool file: a data payload stays in memory until every payload reader (addPayloadReader())
    /// has released its row, and is not kept at all when there is none (the command line: its
    /// --transcript writer and --log printer are the only ones who could ever read it). Lifecycle details
    /// are always kept. Held bytes count for backpressure as spool-queued bytes do: never a loss.
    UntilReleased,
};

/// The append-only record of everything that crossed every connection, bounded in memory.
///
/// Payload bytes are spooled to an anonymous file by a writer thread behind a bounded queue; only a compact
/// index (one CaptureEvent per row) stays in memory. One thread appends (the thread the store lives on); any
/// thread may read rows below count(), which never change once published. When the spool falls behind,
/// backpressureChanged(true) asks producers to stop reading their sockets until it catches up, so no byte
/// is ever dropped.
class CaptureStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStore)
public:
    /// spoolDirectory: where the spool file goes (the system temp folder when empty).
    explicit CaptureStore(const QString &spoolDirectory = {}, QObject *parent = nullptr);
    enum InMemoryTag { InMemory };
    /// Keeps every payload in memory, without a spool file or its thread: for small captures made and thrown
    /// away by the thousand (the fuzz targets: a spool thread per store held them to 8-21 inputs a second on
    /// a busy machine, each waiting for its writer thread to be scheduled to start and to stop).
    explicit CaptureStore(InMemoryTag, QObject *parent = nullptr);
    /// A store keeping payloads as retention says (Spool: in the system temp folder).
    explicit CaptureStore(PayloadRetention retention, QObject *parent = nullptr);
    ~CaptureStore() override;

    PayloadRetention payloadRetention() const;
    /// UntilReleased: registers a reader of the payloads of rows from count() on; they are kept until it
    /// releases them. Returns its handle. Spool: every payload is kept anyway; returns 0. Any thread.
    int addPayloadReader();
    /// UntilReleased: the reader is done with the payloads of every row below row (it wrote or printed them);
    /// their memory goes once no other reader needs them. Spool: does nothing. Any thread.
    void releasePayloads(int reader, qint64 row);
    /// Payload bytes held in memory: queued for the spool, or (UntilReleased) not yet released.
    qint64 heldPayloadBytes() const;

    /// Whether the spool file could be created; when not, errorString() says why.
    bool isValid() const;
    QString errorString() const;
    QString spoolFilePath() const;

    /// Records an event stamped now. Returns its row. Appends from the store's own thread only.
    qint64 append(EventKind kind, Direction direction, quint32 sessionId, quint32 connectionId,
        const QByteArray &payload = {});
    /// Records an event with the given times (for opened transcripts and tests).
    qint64 appendAt(qint64 monotonicNs, qint64 wallClockNs, EventKind kind, Direction direction,
        quint32 sessionId, quint32 connectionId, const QByteArray &payload = {});
    /// Records an event whose payload of size bytes is known to be missing, and why (a transcript that marks
    /// it lost or dropped): payload() gives nothing, isPayloadAvailable() false, payloadLoss() the reason.
    qint64 appendMissingAt(qint64 monotonicNs, qint64 wallClockNs, EventKind kind, Direction direction,
        quint32 sessionId, quint32 connectionId, quint32 size, PayloadLoss why);

    /// Records a session's facts (again, after a rename); sessionDescribed() announces them when they are new
    /// or changed. Safe from any thread.
    void describeSession(const SessionInfo &info);
    /// Records a connection's facts; connectionDescribed() announces them when they are new or changed.
    void describeConnection(const ConnectionInfo &info);
    SessionInfo sessionInfo(quint32 sessionId) const;
    ConnectionInfo connectionInfo(quint32 connectionId) const;
    /// Every session described so far, by id: a copy, for a view's first fill. Then follow
    /// sessionDescribed().
    QList<SessionInfo> sessions() const;
    /// Every connection described so far, by id: a copy. Then follow connectionDescribed().
    QList<ConnectionInfo> connections() const;
    /// How many sessions and connections are described. O(1), without a copy.
    qsizetype sessionCount() const;
    qsizetype connectionCount() const;

    /// Rows published so far. Safe from any thread; rows below it never change.
    qint64 count() const;
    /// The index row; row must be below count().
    CaptureEvent event(qint64 row) const;
    /// The whole payload of a row (from memory if not yet spooled, else read back from the spool).
    QByteArray payload(qint64 row) const;
    /// At most maxBytes of a row's payload starting at offset: previews without reading it all.
    QByteArray payload(qint64 row, qint64 offset, qint64 maxBytes) const;
    /// False when the payload was lost because the spool could not be written (see spoolFailed()), and
    /// (UntilReleased) when it was released or nobody was registered to read it.
    bool isPayloadAvailable(qint64 row) const;
    /// Why a row's payload is not available (None when it is): what transcript writers mark. UntilReleased:
    /// Dropped once its readers released it (or when nobody was there to read it).
    PayloadLoss payloadLoss(qint64 row) const;
    /// Sum of all payload sizes appended.
    qint64 totalPayloadBytes() const;

    /// Bytes appended but not yet written to the spool (UntilReleased: heldPayloadBytes()).
    qint64 pendingSpoolBytes() const;
    bool isBackpressured() const;
    /// Blocks until everything appended is on disk (tests, transcript writers).
    void flush();

    /// Queue size at which backpressure engages (it releases at half of it). Default 64 MiB.
    void setBackpressureLimit(qint64 bytes);
    qint64 backpressureLimit() const;
    /// How often rowsAppended() may fire. Default ~33 ms (30 per second).
    void setNotifyInterval(int milliseconds);

Q_SIGNALS:
    /// A session was described for the first time, or its facts changed (a rename). Emitted after
    /// sessionInfo() answers with them, once per change: views keep their lists from this, never by
    /// re-reading sessions().
    void sessionDescribed(const Sockbench::SessionInfo &info);
    /// A connection was described for the first time, or its facts changed.
    void connectionDescribed(const Sockbench::ConnectionInfo &info);
    /// New rows [first, last] were published. Coalesced: at most one per notify interval.
    void rowsAppended(qint64 first, qint64 last);
    /// Producers should stop (true) or resume (false) reading sockets.
    void backpressureChanged(bool engaged);
    /// Writing the spool failed (disk full...). The index goes on; later payloads are not kept (memory stays
    /// bounded). Emitted once; the message says why.
    void spoolFailed(const QString &message);

private:
    void announceNewRows();
    void onSpoolProgress();
    void watchSpool();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
