#include "readstreams.h"

#include "connection.h"
#include "session.h"
#include "workbench.h"

namespace Sockbench {

ReadStreams::ReadStreams(Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_budget(std::make_shared<ReadBudget>(DefaultTotalLimit))
{
    if (!workbench)
        return;
    connect(workbench, &Workbench::sessionAdded, this, &ReadStreams::watch);
    for (Session *session : workbench->sessions())
        watch(session);
}

ReadStreams::~ReadStreams()
{
    // Before the budget they charge goes (children would be deleted after our members).
    for (const Entry &entry : std::as_const(m_streams))
        delete entry.stream;
}

void ReadStreams::watch(Session *session)
{
    // connectionAdded comes from adoptStream(), before the event loop could read a byte: nothing is missed.
    connect(session, &Session::connectionAdded, this, &ReadStreams::make);
    connect(session, &Session::connectionRemoved, this, &ReadStreams::forget);
    for (Connection *connection : session->connections())
        make(connection);
}

SocketStream *ReadStreams::stream(const Connection *connection) const
{
    return m_streams.value(connection).stream;
}

SocketStream *ReadStreams::streamFor(Connection *connection)
{
    if (!connection)
        return nullptr;
    if (SocketStream *existing = stream(connection))
        return existing;
    return make(connection);
}

bool ReadStreams::buffersFromFirstByte(const Connection *connection) const
{
    return m_streams.value(connection).fromFirstByte;
}

SocketStream *ReadStreams::restart(Connection *connection)
{
    SocketStream *old = stream(connection);
    if (!connection || (old && old->isReadPending()) || !connection->isReadOpen())
        return nullptr;
    forget(connection);
    return make(connection);
}

void ReadStreams::setLimits(qint64 perConnection, qint64 total)
{
    m_perConnectionLimit = perConnection;
    m_budget->setLimit(total);
}

SocketStream *ReadStreams::make(Connection *connection)
{
    if (SocketStream *existing = stream(connection))
        return existing;
    auto *stream = new SocketStream(connection, this);
    stream->setBufferLimit(m_perConnectionLimit, m_budget);
    m_streams.insert(connection, Entry { stream, connection->bytesReceived() == 0 });
    connect(
        stream, &SocketStream::bufferFilled, this, [this, connection] { Q_EMIT bufferFilled(connection); });
    // A connection its session pruned goes with connectionRemoved; one deleted otherwise goes here.
    connect(connection, &QObject::destroyed, this, [this, connection] { forget(connection); });
    return stream;
}

void ReadStreams::forget(const Connection *connection)
{
    const auto found = m_streams.constFind(connection);
    if (found == m_streams.constEnd())
        return;
    // Later: forget() may run from inside one of the stream's own signals.
    found->stream->deleteLater();
    // Its unread bytes leave the budget now, not when the event loop gets to the deletion.
    found->stream->setBufferLimit(0);
    m_streams.erase(found);
}

} // namespace Sockbench
