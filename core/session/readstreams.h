#pragma once

#include "socketstream.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Sockbench {

class Connection;
class Session;
class Workbench;

/// One SocketStream per connection, for the window's Stream reads: made when the connection is, so a
/// connection can be read as a stream from its first byte whenever it is first looked at (a server that
/// greets, the chapter's HelloWorld chunk reader), and kept while other connections are looked at.
///
/// Bounded like the line reads and the write queues: each buffer keeps at most perConnectionLimit() unread
/// bytes (the line cap, SocketStream::DefaultMaxLineLength), and all of them together at most totalLimit();
/// a buffer that would pass either keeps what it has and stops (SocketStream::isBufferFull()), which
/// bufferFilled() announces. The capture still has every byte.
class ReadStreams final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadStreams)
public:
    static constexpr qint64 DefaultPerConnectionLimit = SocketStream::DefaultMaxLineLength;
    /// 64 MiB: four connections at the line cap. Unread bytes of connections nobody reads are the common
    /// case (a flood into the window), and the spool keeps them anyway.
    static constexpr qint64 DefaultTotalLimit = qint64(64) * 1024 * 1024;

    /// Makes a stream for every connection of workbench's sessions, present and future. With no workbench,
    /// streams are made only by streamFor(), from then on.
    explicit ReadStreams(Workbench *workbench, QObject *parent = nullptr);
    ~ReadStreams() override;

    /// The connection's stream, or null when there is none (yet).
    SocketStream *stream(const Connection *connection) const;
    /// The connection's stream, made now when there is none (then it buffers from now on).
    SocketStream *streamFor(Connection *connection);
    /// True when the connection's stream was made before it received anything: it holds every byte.
    bool buffersFromFirstByte(const Connection *connection) const;
    /// Drops the connection's stream and its unread bytes (a full one too) and buffers anew from now. Null
    /// when a read is pending on it (the stream stays) or the connection is closed.
    SocketStream *restart(Connection *connection);

    qint64 perConnectionLimit() const { return m_perConnectionLimit; }
    qint64 totalLimit() const { return m_budget->limit(); }
    /// Unread bytes held by every stream together.
    qint64 totalBuffered() const { return m_budget->used(); }
    /// Bounds for streams made from now on, and the shared budget at once (tests use small ones).
    void setLimits(qint64 perConnection, qint64 total);

Q_SIGNALS:
    /// connection's buffer is full: it keeps its unread bytes and takes no more.
    void bufferFilled(Sockbench::Connection *connection);

private:
    struct Entry
    {
        SocketStream *stream = nullptr;
        bool fromFirstByte = false;
    };

    void watch(Session *session);
    SocketStream *make(Connection *connection);
    void forget(const Connection *connection);

    QHash<const Connection *, Entry> m_streams;
    std::shared_ptr<ReadBudget> m_budget;
    qint64 m_perConnectionLimit = DefaultPerConnectionLimit;
};

} // namespace Sockbench
