#pragma once

#include "stream/streamerror.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Sockbench {

class Connection;

/// What a SocketStream read ended with.
enum class ReadStatus {
    Complete, ///< The read got what it asked for.
    TimedOut, ///< The timeout passed first.
    PeerClosed, ///< The input ended first (peer half-closed or the stream closed).
    StreamFailed, ///< The stream failed (reset, ...); error and errorMessage say how.
    Refused, ///< The read was not started: another read is pending, or the arguments are invalid.
    TooLong, ///< A line or delimited read found no end within maxLineLength(); the bytes stay buffered.
    BufferFull, ///< The read buffer reached its bound and stopped taking bytes before the read was satisfied.
};

/// The outcome of one SocketStream read.
///
/// ok is true when data is what the caller should use: a complete read, or, with
/// ReadFailurePolicy::ReturnAvailable, whatever arrived before a timeout or the end of input (status then
/// says which). When ok is false, data is empty and the bytes that did arrive stay in the read buffer.
struct ReadResult
{
    QByteArray data;
    bool ok = false;
    ReadStatus status = ReadStatus::Complete;
    /// IdleTimeout for a timeout, the stream's error for StreamFailed, InvalidArgument for Refused.
    StreamError error = StreamError::None;
    QString errorMessage;

    /// data decoded as UTF-8: the chapter's ascii mode.
    QString text() const { return QString::fromUtf8(data); }
};

using ReadCallback = std::function<void(const ReadResult &)>;

/// A bound on the bytes that many SocketStreams' read buffers hold together, as HeldBytes bounds write
/// queues: the window keeps one stream per connection, and a stream whose next chunk would pass the budget
/// stops buffering, as it does at its own limit. Used from the streams' thread only.
class ReadBudget final
{
public:
    explicit ReadBudget(qint64 limit)
        : m_limit(limit)
    { }
    qint64 limit() const { return m_limit; }
    void setLimit(qint64 bytes) { m_limit = bytes; }
    qint64 used() const { return m_used; }
    qint64 room() const { return qMax<qint64>(0, m_limit - m_used); }
    void charge(qint64 bytes) { m_used += bytes; }
    void release(qint64 bytes) { m_used = qMax<qint64>(0, m_used - bytes); }

private:
    qint64 m_limit = 0;
    qint64 m_used = 0;
};

/// Pull-style, buffered reading and writing over a Connection: the C++ side of Pharo's SocketStream.
///
/// It reads and writes through the Connection, never around it, so the capture records every byte it reads
/// and writes, and it lives in the session room beside Connection (the stream room, below, knows nothing of
/// sessions). The Connection pushes chunks; SocketStream keeps them in a read buffer and completes reads such
/// as next(n), nextLine() or upTo(";") once the buffer holds enough, whatever the chunking. Reads are
/// asynchronous: a callback receives the ReadResult, always on a later event-loop turn, never inside the
/// call that started the read, so a callback may start the next read without recursion. One read may be
/// pending at a time; reads therefore complete in the order they were started. A second read while one is
/// pending is refused (the call returns false and its callback gets status Refused) and the pending read
/// goes on. Overloads with a context object drop the callback when the context was destroyed, as
/// QTimer::singleShot does. Everything runs in the stream's thread.
///
/// A pending read that is not done within timeout() milliseconds, or whose input ends first, completes by
/// the ReadFailurePolicy (the chapter's shouldSignal:). A stream error fails the pending read whatever the
/// policy. The timeout never fires early: it runs on a precise timer and checks a deadline taken when the
/// read started (a coarse timer had ended a 2 s read at about 1.9 s). The waitNext() family blocks on a
/// local event loop for scripts and tests.
///
/// The read buffer is unbounded unless setBufferLimit() bounds it (the window, which buffers every
/// connection from its first byte): past the bound it keeps the bytes it has, takes no more, and a read
/// it cannot satisfy from them ends with ReadStatus::BufferFull.
///
/// SocketStream does not own the Connection (its session does); it notices when the connection is destroyed
/// and then reads as if the input had ended. A read still pending when the SocketStream itself is destroyed
/// never calls back.
class SocketStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketStream)
public:
    /// What a read does when the timeout passes or the input ends before it is satisfied.
    enum class ReadFailurePolicy {
        Signal, ///< Fail (ok false), keeping the buffered bytes for later reads. The default.
        ReturnAvailable, ///< Succeed with whatever arrived, consuming it (Pharo's shouldSignal: false).
    };
    Q_ENUM(ReadFailurePolicy)

    explicit SocketStream(Connection *connection, QObject *parent = nullptr);
    ~SocketStream() override;

    /// The connection read and written, or null once it was destroyed.
    Connection *connection() const { return m_connection; }

    /// Milliseconds a read may wait; 0 or less waits without limit. Default 45000: the chapter's default,
    /// 45 s (Pharo's Socket class>>standardTimeout).
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    int timeout() const { return m_timeout; }
    void setReadFailurePolicy(ReadFailurePolicy policy) { m_policy = policy; }
    ReadFailurePolicy readFailurePolicy() const { return m_policy; }

    /// The longest line nextLine() and upTo() return (not counting the terminator): past it the read fails
    /// with ReadStatus::TooLong instead of buffering without end. 16 MiB: far beyond any protocol line a
    /// workbench meets, and a 500 MB line used to cost 3.6 GB of memory.
    static constexpr qint64 DefaultMaxLineLength = 16 * 1024 * 1024;
    void setMaxLineLength(qint64 bytes) { m_maxLineLength = qMax<qint64>(1, bytes); }
    qint64 maxLineLength() const { return m_maxLineLength; }

    /// What ends a line for nextLine().
    enum class LineEnd {
        LfOrCrLf, ///< LF, with or without a CR before it. The default.
        CrLf, ///< CR LF only, as Pharo's nextLine reads (a bare LF stays in the line).
    };
    Q_ENUM(LineEnd)
    void setLineEnd(LineEnd end) { m_lineEnd = end; }
    LineEnd lineEnd() const { return m_lineEnd; }

    /// Bounds the unread bytes kept: at most bytes (0: no bound of its own), and within budget, shared with
    /// other streams (null: none). A chunk that would pass either is kept up to the bound; then the buffer
    /// is full for good: it takes no more bytes and bufferFilled() is emitted once.
    void setBufferLimit(qint64 bytes, std::shared_ptr<ReadBudget> budget = {});
    qint64 bufferLimit() const { return m_bufferLimit; }
    /// True once the buffer stopped taking bytes (see setBufferLimit()).
    bool isBufferFull() const { return m_full; }
    /// True when the shared budget, not this stream's own bound, filled it.
    bool isBufferFullByBudget() const { return m_full && m_fullByBudget; }

    // Reading, asynchronous. Each returns false when the read was refused (its callback still runs).

    /// Exactly count bytes.
    bool next(qint64 count, const QObject *context, ReadCallback callback);
    bool next(qint64 count, ReadCallback callback) { return next(count, this, std::move(callback)); }
    /// One line ended by LF or CR LF (only CR LF with LineEnd::CrLf), returned without the terminator.
    bool nextLine(const QObject *context, ReadCallback callback);
    bool nextLine(ReadCallback callback) { return nextLine(this, std::move(callback)); }
    /// Bytes up to delimiter; the delimiter is consumed, not returned.
    bool upTo(const QByteArray &delimiter, const QObject *context, ReadCallback callback);
    bool upTo(const QByteArray &delimiter, ReadCallback callback)
    {
        return upTo(delimiter, this, std::move(callback));
    }
    /// Everything until the input ends (peer half-close or close).
    bool upToEnd(const QObject *context, ReadCallback callback);
    bool upToEnd(ReadCallback callback) { return upToEnd(this, std::move(callback)); }
    /// Whatever is buffered, waiting for at least one byte when nothing is.
    bool nextAvailable(const QObject *context, ReadCallback callback);
    bool nextAvailable(ReadCallback callback) { return nextAvailable(this, std::move(callback)); }
    /// Whatever is buffered, without waiting: empty when nothing is (Pharo's receiveAvailableData). It still
    /// calls back on a later turn; when nothing is buffered and the input has ended, it ends as PeerClosed.
    bool receiveAvailable(const QObject *context, ReadCallback callback);
    bool receiveAvailable(ReadCallback callback) { return receiveAvailable(this, std::move(callback)); }

    /// True while a read waits for its data or for its callback to run.
    bool isReadPending() const { return m_pending.has_value() || m_completing > 0; }

    // Reading, blocking: they run a local QEventLoop until the read completes, so they return within the
    // timeout (never, with no timeout, if nothing comes). For the command line and tests; never call
    // them from the GUI thread, where they would re-enter event handling.

    ReadResult waitNext(qint64 count);
    ReadResult waitNextLine();
    ReadResult waitUpTo(const QByteArray &delimiter);
    ReadResult waitUpToEnd();
    ReadResult waitNextAvailable();

    /// Bytes in the read buffer.
    qint64 bytesAvailable() const { return m_buffer.size() - m_readPos; }
    bool isDataAvailable() const { return bytesAvailable() > 0; }
    /// No byte is buffered and none will come.
    bool atEnd() const { return bytesAvailable() == 0 && m_inputEnded; }
    /// True once the input has ended (peer half-closed, stream closed or gone).
    bool isInputEnded() const { return m_inputEnded; }

    // Writing.

    /// Appends to the write buffer; sent by flush(), or at once with auto-flush.
    void nextPutAll(const QByteArray &data);
    /// Sends the write buffer through the connection (which records it); false when the connection refused
    /// it (writing closed or the connection gone).
    bool flush();
    /// Sends command followed by CR LF, flushing.
    bool sendCommand(const QByteArray &command);
    /// Flush after every nextPutAll(). Default off.
    void setAutoFlush(bool on) { m_autoFlush = on; }
    bool autoFlush() const { return m_autoFlush; }
    /// Bytes put but not yet flushed.
    qint64 bytesToFlush() const { return m_writeBuffer.size(); }

    /// Flushes, then closes the connection (both directions).
    void close();

Q_SIGNALS:
    /// The buffer reached its bound and takes no more bytes (see setBufferLimit()).
    void bufferFilled();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class ReadKind { Count, Line, Delimiter, End, Available, Now };
    struct PendingRead
    {
        ReadKind kind = ReadKind::Available;
        qint64 count = 0;
        QByteArray delimiter;
        ReadCallback callback;
        QPointer<const QObject> context;
        qsizetype scanned = 0; ///< Bytes after the read position already searched for the terminator.
        int timeout = 0;
        bool tooLong = false; ///< The line passed maxLineLength() without its end.
    };

    bool startRead(PendingRead read, const QObject *context, ReadCallback callback);
    bool refuse(const QObject *context, ReadCallback callback, const QString &message);
    void tryComplete();
    std::optional<QByteArray> takeIfSatisfied(PendingRead &read);
    void endPending(ReadStatus status);
    void complete(ReadResult result);
    void post(const QPointer<const QObject> &context, ReadCallback callback, ReadResult result,
        bool countsAsPending);
    QString describe(const PendingRead &read) const;
    ReadResult waitFor(const std::function<bool(const QObject *, ReadCallback)> &start);

    QByteArray take(qsizetype size);
    QByteArray takeAll() { return take(bytesAvailable()); }
    void append(const QByteArray &received);
    void onInputEnded();
    void onError(StreamError error, const QString &message);

    QPointer<Connection> m_connection;
    QByteArray m_buffer;
    qsizetype m_readPos = 0; ///< Bytes of m_buffer already consumed; compacted lazily.
    QByteArray m_writeBuffer;
    std::optional<PendingRead> m_pending;
    int m_completing = 0; ///< Completions posted but whose callbacks have not run yet.
    // A QBasicTimer, not a QTimer: the window keeps one stream per connection, and a QTimer is a QObject.
    QBasicTimer m_timer;
    QDeadlineTimer m_deadline;
    int m_timeout = 45000;
    qint64 m_maxLineLength = DefaultMaxLineLength;
    LineEnd m_lineEnd = LineEnd::LfOrCrLf;
    qint64 m_bufferLimit = 0;
    std::shared_ptr<ReadBudget> m_budget;
    bool m_full = false;
    bool m_fullByBudget = false;
    ReadFailurePolicy m_policy = ReadFailurePolicy::Signal;
    bool m_inputEnded = false;
    bool m_peerHalfClosed = false;
    bool m_autoFlush = false;
    StreamError m_error = StreamError::None;
    QString m_errorString;
};

} // namespace Sockbench
