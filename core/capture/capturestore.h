#pragma once

#include "captureevent.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

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

/// Which index rows the store keeps.
enum class RowRetention : int {
    /// Every row, for the whole life of the store (the window: its log shows them all). A store with a spool
    /// keeps the newest rows in memory and older complete segments in its index file, mapped back read-only
    /// (page cache, not the process's own memory); the index counts against the capture limit.
    All,
    /// Only rows some row reader (addRowReader()) has still to read: the command line, where nobody reads a
    /// row again once its printer and transcript writer are past it. Rows keep their absolute numbers; a
    /// forgotten row (below firstRow()) reads as an empty event. Forgotten a segment (65,536 rows) at a time.
    UntilRead,
};

/// The append-only record of everything that crossed every connection, bounded in memory and on disk.
///
/// Every event, payload included, and every session and connection description is spooled by a writer thread
/// behind a bounded queue to a file that is itself a pcapng transcript (spoolformat.h); a compact index (one
/// CaptureEvent per row, pointing into that file) is kept beside it: its newest rows in memory, older ones
/// in an unlinked index file mapped back read-only (written by a thread of the store's own), within the
/// capture limit. The file starts anonymous; moveSpoolTo() names it, and it is then the crash journal too:
/// one copy on disk. One thread appends (the thread the store lives on); any thread may read rows below
/// count(), which never change once published.
/// When the spool falls behind, backpressureChanged(true) asks producers to stop reading their sockets until
/// it catches up. The capture limit (a budget on disk) drops the oldest payloads or stops keeping new ones,
/// as the policy says; a row's payloadLoss() says which happened to it, and the counts say how many bytes.
class CaptureStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStore)
public:
    /// What the store does when the capture limit is reached.
    enum class LimitPolicy : quint8 {
        DropOldest, ///< Free the disk under the oldest payloads; their rows stay, marked dropped.
        StopCapturing, ///< Keep the payloads so far; later rows are recorded without their bytes.
    };
    /// Why, in detail, a row has no payload to give (see lossReason(); payloadLoss() says it in the two words
    /// transcripts store).
    enum class LossReason : quint8 {
        None, ///< Available (or the row never had one).
        DroppedByLimit, ///< Dropped, oldest first, when the capture limit was reached (DropOldest).
        NotKeptByLimit, ///< Not kept: the capture limit was reached (StopCapturing).
        BelowDiskFloor, ///< Not kept: the disk's free space fell below the floor.
        WriteFailed, ///< Lost: the spool could not be written (disk full, I/O error...).
        Released, ///< UntilReleased: every reader released it, or none was registered to read it.
    };

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
    /// UntilReleased: the data payloads kept for readers are written to a file in directory (the command
    /// line's --transcript), so they are bounded as the spool is: the capture limit counts the payload bytes
    /// kept (automatic: defaultCaptureLimit() of the free space there, measured now), and below the disk
    /// floor there no payload is kept any more (spoolFailed() says so, once; no floor on a filesystem smaller
    /// than it). A payload that would pass the limit is not kept, nor any after it (the policy is
    /// StopCapturing whatever limitPolicy() says: a file written front to back cannot drop its oldest bytes).
    /// Without a destination only backpressure bounds them.
    void setPayloadDestination(const QString &directory);

    /// RowRetention::UntilRead (only with PayloadRetention::UntilReleased, where no spool needs the rows):
    /// rows every row reader is past are forgotten. Call before the first append. The store's thread.
    void setRowRetention(RowRetention retention);
    RowRetention rowRetention() const;
    /// Registers a reader of index rows from fromRow on (-1: from count()); the rows stay until it releases
    /// them. With no reader registered, UntilRead forgets every row once a newer segment is started. Any
    /// thread. Returns its handle.
    int addRowReader(qint64 fromRow = -1);
    /// The row reader is done with every row below row. Any thread; the memory goes on the store's thread
    /// (at its next append), so the store's thread may read any row at any time without a race.
    void releaseRows(int reader, qint64 row);
    /// The first row still kept: rows below it are forgotten (0 with RowRetention::All). Any thread.
    qint64 firstRow() const;
    /// Rows kept now: count() - firstRow() (in memory or in the index file).
    qint64 keptRowCount() const;
    /// Rows held in the process's own (anonymous) memory: those not forgotten and not in the index file. A
    /// spool store holds at most three segments (196,608 rows, 7.9 MB) there, and a fourth while its spill
    /// thread writes the oldest to the index file; 24 (63 MB) when its index file cannot be written. Any
    /// thread.
    qint64 rowsInMemory() const;
    /// Bytes of the index file on disk (also in spoolBytesOnDisk()), the segment being written counted from
    /// when it is handed to the spill thread. Any thread.
    qint64 indexBytesOnDisk() const;
    /// Events not recorded at all, only counted (their payload bytes are in droppedPayloadBytes() when the
    /// capture limit was reached by the index, in lostPayloadBytes() when the index could not be written):
    /// append() returned -1 for them. The last row recorded before them is an Error event saying so. Any
    /// thread.
    qint64 unrecordedEvents() const;
    /// Where the index file was made (it is unlinked at once, like the spool): empty until the first
    /// segment is written.
    QString indexFilePath() const;
    /// Where the index file goes; by default beside the spool (where it is when the first segment is
    /// written). Only before the file is made. The store's thread.
    void setIndexDirectory(const QString &directory);

    /// Whether the spool file could be created; when not, errorString() says why.
    bool isValid() const;
    QString errorString() const;
    QString spoolFilePath() const;
    /// Names the spool at path (created owner-only, 0600; it must not exist yet), the bytes so far copied
    /// there, so that it outlives a crash: a pcapng file PcapngReader reads back. False: error says why, and
    /// the spool stays anonymous. Call from the store's thread.
    bool moveSpoolTo(const QString &path, QString *error = nullptr);

    /// Records an event stamped now. Returns its row, or -1 when it could not be recorded (unrecordedEvents()
    /// counts those). Appends from the store's own thread only.
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
    /// The most rows a store numbers (65,536 segments of 65,536): the last is an Error event saying that
    /// later events are not recorded (they are counted, rowIndexFailed() says so).
    static constexpr qint64 MaxRowCount = qint64(1) << 32;
    /// Numbers the first row appended row, as if the rows below had been recorded and forgotten (below
    /// firstRow()): for tests at the edges of the row numbers (2^31, MaxRowCount), which no test could reach
    /// by appending. Only before the first append; the store's thread.
    void startAtRow(qint64 row);
    /// The index row. A row not below count(), or forgotten (below firstRow()), gives an empty event
    /// (CaptureEvent {}); isRowKept() tells them apart. Another thread may read only rows its row reader
    /// holds.
    CaptureEvent event(qint64 row) const;
    /// Whether row is published and not forgotten.
    bool isRowKept(qint64 row) const;
    /// The whole payload of a row (from memory if not yet spooled, else read back from the spool).
    QByteArray payload(qint64 row) const;
    /// At most maxBytes of a row's payload starting at offset: previews without reading it all.
    QByteArray payload(qint64 row, qint64 offset, qint64 maxBytes) const;
    /// As payload(row, offset, maxBytes), but never waiting for the disk: nothing when the bytes are only in
    /// the spool file (views ask PayloadHeads for those). Any thread.
    std::optional<QByteArray> payloadInMemory(qint64 row, qint64 offset, qint64 maxBytes) const;
    /// Bytes of a row's payload that payloadHead() gives.
    static constexpr qint64 PayloadHeadBytes = 256;
    /// The first PayloadHeadBytes of a row's payload, for views showing many rows at once: at once when they
    /// are in memory or were read lately; otherwise nothing now, they are read on another thread and
    /// payloadHeadsReady() names the row. The caller's thread never waits for the disk. The store's thread.
    std::optional<QByteArray> payloadHead(qint64 row) const;
    /// False when the row's payload is gone or was never kept (UntilReleased: released by its readers, or
    /// nobody was registered to read it; or the row itself was forgotten): payloadLoss() says why.
    bool isPayloadAvailable(qint64 row) const;
    /// Why a row's payload is not available (None when it is): what transcript writers mark. Dropped for
    /// what the capture limit dropped or did not keep, Lost for the floor and write failures. Any thread.
    PayloadLoss payloadLoss(qint64 row) const;
    /// The same, in detail. Any thread.
    LossReason lossReason(qint64 row) const;
    /// Sum of all payload sizes appended.
    qint64 totalPayloadBytes() const;
    /// Payload bytes the capture limit dropped or did not keep (LossReason DroppedByLimit and
    /// NotKeptByLimit).
    qint64 droppedPayloadBytes() const;
    /// Payload bytes not kept below the disk floor or lost to a write failure.
    qint64 lostPayloadBytes() const;

    /// The capture limit: the most the spool may take on disk. 0 (the default) means automatic:
    /// defaultCaptureLimit() of the free space where the spool is. Reaching it applies the policy.
    void setCaptureLimit(qint64 bytes);
    /// The limit in force, in bytes.
    qint64 captureLimit() const;
    void setLimitPolicy(LimitPolicy policy);
    LimitPolicy limitPolicy() const;
    /// Bytes the capture holds on disk now, the spool and the index file (what the limit bounds);
    /// UntilReleased with a destination: the payload bytes kept for it so far.
    qint64 spoolBytesOnDisk() const;
    /// The smaller of 4 GiB and a quarter of freeBytes: a day of moderate traffic, never most of a disk.
    static qint64 defaultCaptureLimit(qint64 freeBytes);
    /// The free space below which the spool stops writing: 5% of the filesystem, at least 16 MiB and at most
    /// 1 GiB (see the .cpp for why).
    static qint64 diskFloor(qint64 filesystemBytes);

    /// Bytes appended but not yet written to the spool (UntilReleased: heldPayloadBytes()).
    qint64 pendingSpoolBytes() const;
    bool isBackpressured() const;
    /// Blocks until everything appended is on disk (tests, transcript writers), the index's complete
    /// segments due included. The store's thread.
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
    /// More events were counted and not recorded (unrecordedEvents(), the total so far): no row announces
    /// them. Coalesced with rowsAppended().
    void unrecordedEventsChanged(qint64 total);
    /// Producers should stop (true) or resume (false) reading sockets.
    void backpressureChanged(bool engaged);
    /// Writing the spool failed (disk full...). The index goes on; later payloads are not kept (memory stays
    /// bounded). Emitted once; the message says why. Also when the disk's free space fell below the floor.
    void spoolFailed(const QString &message);
    /// The capture limit was reached; the message says what happens now (dropping the oldest payloads, or
    /// keeping no more). Emitted once each time the limit is reached anew.
    void captureLimitReached(const QString &message);
    /// The index file could not be written (the message says why and what follows): the rows stay in memory,
    /// up to a bound, after which later events are not recorded (unrecordedEvents()); emitted once for each.
    /// Also once the store holds MaxRowCount rows.
    void rowIndexFailed(const QString &message);
    /// The heads of these rows (ascending), asked of payloadHead() in vain, can now be had from it.
    void payloadHeadsReady(const QList<qint64> &rows);

private:
    std::optional<QByteArray> readPayload(qint64 row, qint64 offset, qint64 maxBytes, bool fromDisk) const;
    void announceNewRows();
    void forgetReadRows();
    void onPayloadHeadsRead();
    void onSpoolProgress();
    void watchSpool();
    void applyLimit();
    void announceLimit(qint64 limit);
    LossReason admitToDestination(qint64 size);
    bool refuseRow(qint64 payloadSize);
    bool openIndex(const QString &directory, QString *error);
    bool spillSegment(qint64 segment, const QString &directory, QString *error);
    void runSpills();
    bool startSpill();
    bool takeSpill(bool wait);
    void continueSpills(bool wait);
    void onIndexSpilled();
    void spillRows();
    void resumeRows();
    void stopRows(int why, const QString &message);
    void stopAtLastRow();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
