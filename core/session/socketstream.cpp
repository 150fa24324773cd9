#include "socketstream.h"

#include "connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimerEvent>

#include <limits>

namespace Sockbench {

namespace {

// Delimiters show in messages as the user would type them: ";" or "\r\n".
QString printable(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes) {
        switch (c) {
        case '\r':
            text += QLatin1String("\\r");
            break;
        case '\n':
            text += QLatin1String("\\n");
            break;
        case '\t':
            text += QLatin1String("\\t");
            break;
        case '\\':
            text += QLatin1String("\\\\");
            break;
        case '"':
            text += QLatin1String("\\\"");
            break;
        default:
            if (c >= 0x20 && c < 0x7f)
                text += QLatin1Char(c);
            else
                text += QLatin1String("\\x")
                    + QString::number(uchar(c), 16).rightJustified(2, QLatin1Char('0'));
        }
    }
    return text;
}

void warnIfGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread())
        qWarning("SocketStream: blocking read on the GUI thread; use the asynchronous reads there");
}

} // namespace

SocketStream::SocketStream(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!connection) {
        m_inputEnded = true;
        return;
    }
    // Connection::received comes after the chunk was recorded, so the capture has every byte we read.
    connect(connection, &Connection::received, this, &SocketStream::append);
    connect(connection, &Connection::peerHalfClosed, this, [this] {
        m_peerHalfClosed = true;
        onInputEnded();
    });
    connect(connection, &Connection::closed, this, &SocketStream::onInputEnded);
    connect(connection, &Connection::errorOccurred, this, &SocketStream::onError);
    // The connection is not ours: when its session deletes it, reading simply ends.
    connect(connection, &QObject::destroyed, this, &SocketStream::onInputEnded);
    m_inputEnded = !connection->isReadOpen();
    m_error = connection->error();
    m_errorString = connection->errorString();
}

SocketStream::~SocketStream()
{
    if (m_budget)
        m_budget->release(bytesAvailable());
}

void SocketStream::setBufferLimit(qint64 bytes, std::shared_ptr<ReadBudget> budget)
{
    if (m_budget)
        m_budget->release(bytesAvailable());
    m_bufferLimit = qMax<qint64>(0, bytes);
    m_budget = std::move(budget);
    if (m_budget)
        m_budget->charge(bytesAvailable());
}

void SocketStream::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    if (!m_pending)
        return;
    // The timer is precise, but the deadline decides: a read never times out before its timeout.
    const qint64 left = m_deadline.remainingTime();
    if (left > 0) {
        m_timer.start(int(left), Qt::PreciseTimer, this);
        return;
    }
    endPending(ReadStatus::TimedOut);
}

bool SocketStream::next(qint64 count, const QObject *context, ReadCallback callback)
{
    if (count < 0)
        return refuse(
            context, std::move(callback), tr("cannot read a negative number of bytes (%1)").arg(count));
    PendingRead read;
    read.kind = ReadKind::Count;
    read.count = count;
    return startRead(std::move(read), context, std::move(callback));
}

bool SocketStream::nextLine(const QObject *context, ReadCallback callback)
{
    PendingRead read;
    read.kind = ReadKind::Line;
    return startRead(std::move(read), context, std::move(callback));
}

bool SocketStream::upTo(const QByteArray &delimiter, const QObject *context, ReadCallback callback)
{
    if (delimiter.isEmpty())
        return refuse(context, std::move(callback), tr("the delimiter is empty"));
    PendingRead read;
    read.kind = ReadKind::Delimiter;
    read.delimiter = delimiter;
    return startRead(std::move(read), context, std::move(callback));
}

bool SocketStream::upToEnd(const QObject *context, ReadCallback callback)
{
    PendingRead read;
    read.kind = ReadKind::End;
    return startRead(std::move(read), context, std::move(callback));
}

bool SocketStream::nextAvailable(const QObject *context, ReadCallback callback)
{
    PendingRead read;
    read.kind = ReadKind::Available;
    return startRead(std::move(read), context, std::move(callback));
}

bool SocketStream::receiveAvailable(const QObject *context, ReadCallback callback)
{
    PendingRead read;
    read.kind = ReadKind::Now;
    return startRead(std::move(read), context, std::move(callback));
}

ReadResult SocketStream::waitNext(qint64 count)
{
    return waitFor([this, count](const QObject *context, ReadCallback callback) {
        return next(count, context, std::move(callback));
    });
}

ReadResult SocketStream::waitNextLine()
{
    return waitFor([this](const QObject *context, ReadCallback callback) {
        return nextLine(context, std::move(callback));
    });
}

ReadResult SocketStream::waitUpTo(const QByteArray &delimiter)
{
    return waitFor([this, &delimiter](const QObject *context, ReadCallback callback) {
        return upTo(delimiter, context, std::move(callback));
    });
}

ReadResult SocketStream::waitUpToEnd()
{
    return waitFor([this](const QObject *context, ReadCallback callback) {
        return upToEnd(context, std::move(callback));
    });
}

ReadResult SocketStream::waitNextAvailable()
{
    return waitFor([this](const QObject *context, ReadCallback callback) {
        return nextAvailable(context, std::move(callback));
    });
}

void SocketStream::nextPutAll(const QByteArray &data)
{
    m_writeBuffer += data;
    if (m_autoFlush)
        flush();
}

bool SocketStream::flush()
{
    if (m_writeBuffer.isEmpty())
        return true;
    // A refused write means writing is closed for good, so the bytes are dropped either way.
    const bool written = m_connection && m_connection->send(m_writeBuffer);
    m_writeBuffer.clear();
    return written;
}

bool SocketStream::sendCommand(const QByteArray &command)
{
    m_writeBuffer += command;
    m_writeBuffer += "\r\n";
    return flush();
}

void SocketStream::close()
{
    flush();
    if (m_connection)
        m_connection->close();
}

bool SocketStream::startRead(PendingRead read, const QObject *context, ReadCallback callback)
{
    if (isReadPending())
        return refuse(context, std::move(callback), tr("another read is already pending on this stream"));
    read.callback = std::move(callback);
    read.context = context ? context : this;
    read.timeout = m_timeout;
    m_pending = std::move(read);
    // Taken before anything is read, so the wait counts from the call.
    m_deadline = m_timeout > 0 ? QDeadlineTimer(m_timeout, Qt::PreciseTimer) : QDeadlineTimer::Forever;
    tryComplete();
    if (m_pending && m_timeout > 0)
        m_timer.start(m_timeout, Qt::PreciseTimer, this);
    return true;
}

bool SocketStream::refuse(const QObject *context, ReadCallback callback, const QString &message)
{
    ReadResult result;
    result.status = ReadStatus::Refused;
    result.error = StreamError::InvalidArgument;
    result.errorMessage = message;
    post(context ? context : this, std::move(callback), std::move(result), false);
    return false;
}

void SocketStream::tryComplete()
{
    if (!m_pending)
        return;
    if (std::optional<QByteArray> data = takeIfSatisfied(*m_pending)) {
        ReadResult result;
        result.data = std::move(*data);
        result.ok = true;
        complete(std::move(result));
        return;
    }
    if (m_pending->tooLong) {
        // Whatever the policy: returning the first 16 MiB as if they were the line would be a lie.
        ReadResult result;
        result.status = ReadStatus::TooLong;
        result.error = StreamError::InvalidArgument;
        result.errorMessage = m_pending->kind == ReadKind::Line
            ? tr("no end of line within %1 bytes (the line limit)").arg(m_maxLineLength)
            : tr("no delimiter \"%1\" within %2 bytes (the line limit)")
                  .arg(printable(m_pending->delimiter))
                  .arg(m_maxLineLength);
        complete(std::move(result));
        return;
    }
    if (m_full) {
        // Whatever the policy: what came after the buffer filled is missing, so no read past it is true.
        ReadResult result;
        result.status = ReadStatus::BufferFull;
        result.error = StreamError::InvalidArgument;
        result.errorMessage = tr("the read buffer is full: it took no more bytes after its bound, and the %1 "
                                 "bytes it holds are not %2")
                                  .arg(bytesAvailable())
                                  .arg(describe(*m_pending));
        complete(std::move(result));
        return;
    }
    if (m_error != StreamError::None) {
        // Whatever the policy: a reset is a fact the caller must see, not a short read.
        ReadResult result;
        result.status = ReadStatus::StreamFailed;
        result.error = m_error;
        result.errorMessage = m_errorString;
        complete(std::move(result));
        return;
    }
    if (m_inputEnded)
        endPending(ReadStatus::PeerClosed);
}

std::optional<QByteArray> SocketStream::takeIfSatisfied(PendingRead &read)
{
    const qsizetype available = bytesAvailable();
    switch (read.kind) {
    case ReadKind::Count:
        if (available >= read.count)
            return take(read.count);
        return std::nullopt;
    case ReadKind::Available:
        if (available > 0)
            return takeAll();
        return std::nullopt;
    case ReadKind::Now:
        if (available > 0 || (!m_inputEnded && !m_full))
            return takeAll();
        return std::nullopt;
    case ReadKind::End:
        if (m_inputEnded && m_error == StreamError::None && !m_full)
            return takeAll();
        return std::nullopt;
    case ReadKind::Line:
    case ReadKind::Delimiter:
        break;
    }

    // A line that must end in CR LF is a delimited read of CR LF.
    const bool line = read.kind == ReadKind::Line && m_lineEnd == LineEnd::LfOrCrLf;
    const QByteArray terminator = line ? QByteArray(1, '\n')
        : read.kind == ReadKind::Line  ? QByteArray("\r\n")
                                       : read.delimiter;
    // Search only what is new, plus enough overlap for a terminator split across chunks.
    const qsizetype from = m_readPos + qMax<qsizetype>(0, read.scanned - (terminator.size() - 1));
    const qsizetype at = m_buffer.indexOf(terminator, from);
    // The line so far, or at least what it will be: a terminator not found yet can only end after the last
    // byte that could start it.
    const qsizetype length = at >= 0 ? at - m_readPos : available - (terminator.size() - 1);
    // A line may have one byte more when it is the CR of its CR LF end.
    const qsizetype limit = m_maxLineLength + (line ? 1 : 0);
    if (length > limit || (line && at >= 0 && length == limit && m_buffer.at(at - 1) != '\r')) {
        read.tooLong = true;
        return std::nullopt;
    }
    if (at < 0) {
        read.scanned = available;
        return std::nullopt;
    }
    QByteArray data = m_buffer.mid(m_readPos, at - m_readPos);
    take(at - m_readPos + terminator.size());
    if (line && data.endsWith('\r'))
        data.chop(1);
    return data;
}

void SocketStream::endPending(ReadStatus status)
{
    Q_ASSERT(m_pending);
    const PendingRead &read = *m_pending;
    ReadResult result;
    result.status = status;
    if (status == ReadStatus::TimedOut) {
        result.error = StreamError::IdleTimeout;
        result.errorMessage
            = tr("timed out after %1 ms waiting for %2").arg(read.timeout).arg(describe(read));
    } else {
        result.errorMessage = m_peerHalfClosed
            ? tr("connection closed by peer before %1 arrived").arg(describe(read))
            : tr("connection closed before %1 arrived").arg(describe(read));
    }
    if (m_policy == ReadFailurePolicy::ReturnAvailable) {
        result.ok = true;
        result.data = read.kind == ReadKind::Count ? take(qMin(read.count, bytesAvailable())) : takeAll();
    }
    complete(std::move(result));
}

void SocketStream::complete(ReadResult result)
{
    PendingRead read = std::move(*m_pending);
    m_pending.reset();
    m_timer.stop();
    m_deadline = QDeadlineTimer::Forever;
    post(read.context, std::move(read.callback), std::move(result), true);
}

void SocketStream::post(
    const QPointer<const QObject> &context, ReadCallback callback, ReadResult result, bool countsAsPending)
{
    // Posted to ourselves, not to the context, so the pending count drops even when the context is gone.
    if (countsAsPending)
        ++m_completing;
    QMetaObject::invokeMethod(
        this,
        [this, context, callback = std::move(callback), result = std::move(result), countsAsPending] {
            if (countsAsPending)
                --m_completing;
            if (context && callback)
                callback(result);
        },
        Qt::QueuedConnection);
}

QString SocketStream::describe(const PendingRead &read) const
{
    switch (read.kind) {
    case ReadKind::Count:
        return read.count == 1 ? tr("1 byte") : tr("%1 bytes").arg(read.count);
    case ReadKind::Line:
        return tr("a line");
    case ReadKind::Delimiter:
        return tr("the delimiter \"%1\"").arg(printable(read.delimiter));
    case ReadKind::End:
        return tr("the end of the input");
    case ReadKind::Available:
        return tr("any data");
    case ReadKind::Now:
        return tr("the data available");
    }
    return {};
}

ReadResult SocketStream::waitFor(const std::function<bool(const QObject *, ReadCallback)> &start)
{
    warnIfGuiThread();
    QEventLoop loop;
    std::optional<ReadResult> outcome;
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    start(&loop, [&outcome, &loop](const ReadResult &result) {
        outcome = result;
        loop.quit();
    });
    // Callbacks never run inside start(), so there is always something to wait for here.
    if (!outcome)
        loop.exec();
    if (outcome)
        return *outcome;
    ReadResult gone;
    gone.status = ReadStatus::StreamFailed;
    gone.error = StreamError::Other;
    gone.errorMessage = tr("the socket stream was destroyed while reading");
    return gone;
}

QByteArray SocketStream::take(qsizetype size)
{
    QByteArray data = m_buffer.mid(m_readPos, size);
    m_readPos += size;
    if (m_budget)
        m_budget->release(size);
    if (m_readPos >= m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    return data;
}

void SocketStream::append(const QByteArray &received)
{
    if (received.isEmpty() || m_full)
        return;
    QByteArray chunk = received;
    const qint64 ownRoom
        = m_bufferLimit > 0 ? m_bufferLimit - bytesAvailable() : std::numeric_limits<qint64>::max();
    const qint64 sharedRoom = m_budget ? m_budget->room() : std::numeric_limits<qint64>::max();
    const qint64 room = qMin<qint64>(chunk.size(), qMin(ownRoom, sharedRoom));
    if (room < chunk.size()) {
        m_fullByBudget = sharedRoom < ownRoom;
        // Kept up to the bound, so the buffer holds exactly the stream's first bytes, none skipped.
        chunk.truncate(qMax<qint64>(0, room));
        m_full = true;
    }
    if (m_budget)
        m_budget->charge(chunk.size());
    // Compact only when the consumed prefix is large and dominant: each byte is moved O(1) times.
    if (m_readPos >= 64 * 1024 && m_readPos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    if (m_buffer.isEmpty())
        m_buffer = chunk;
    else
        m_buffer += chunk;
    if (m_full)
        Q_EMIT bufferFilled();
    tryComplete();
}

void SocketStream::onInputEnded()
{
    m_inputEnded = true;
    tryComplete();
}

void SocketStream::onError(StreamError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    m_inputEnded = true;
    tryComplete();
}

} // namespace Sockbench
