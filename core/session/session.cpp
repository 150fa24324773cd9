#include "session.h"

#include "capture/capturestore.h"
#include "connection.h"

#include <QDateTime>

#include <algorithm>

namespace Sockbench {

Session::Session(quint32 id, SessionRole role, const QString &name, CaptureStore *capture,
    IdAllocator connectionIds, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_role(role)
    , m_name(name)
    , m_capture(capture)
    , m_connectionIds(std::move(connectionIds))
{
    m_capture->describeSession(
        SessionInfo { m_id, m_role, m_name, QDateTime::currentMSecsSinceEpoch() * 1000000 });
}

Session::~Session() = default;

void Session::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    SessionInfo info = m_capture->sessionInfo(m_id);
    info.name = name;
    m_capture->describeSession(info);
    Q_EMIT nameChanged(name);
    Q_EMIT changed();
}

Connection *Session::connection(quint32 connectionId) const
{
    for (Connection *connection : m_connections) {
        if (connection->id() == connectionId)
            return connection;
    }
    return nullptr;
}

int Session::openConnectionCount() const
{
    // Counted as connections come and close: views ask isActive() of a stopped server for every paint, and
    // counting 10,000 connections each time was a walk per row per repaint.
    return m_openConnections;
}

bool Session::isActive() const
{
    switch (m_status) {
    case SessionStatus::Resolving:
    case SessionStatus::Connecting:
    case SessionStatus::Connected:
    case SessionStatus::Listening:
        return true;
    case SessionStatus::Idle:
    case SessionStatus::Stopped:
    case SessionStatus::Closed:
    case SessionStatus::Failed:
        break;
    }
    return openConnectionCount() > 0; // a stopped server may still hold open connections
}

QList<Connection *> Session::sendTargets() const
{
    QList<Connection *> targets;
    if (holds() == Holds::OneConnection) {
        if (Connection *current = currentConnection(); current && current->isOpen())
            targets.append(current);
        return targets;
    }
    for (Connection *connection : m_connections) {
        if (connection->isOpen())
            targets.append(connection);
    }
    return targets;
}

int Session::send(const QByteArray &data)
{
    int count = 0;
    for (Connection *connection : sendTargets()) {
        if (connection->send(data))
            ++count;
    }
    return count;
}

void Session::setStatus(SessionStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
    Q_EMIT changed();
}

Connection *Session::adoptStream(ByteStream *stream, EventKind openedAs)
{
    auto *connection = new Connection(m_connectionIds(), m_id, stream, m_capture, openedAs, this);
    m_connections.append(connection);
    if (connection->isOpen())
        ++m_openConnections;
    connect(connection, &Connection::closed, this, [this, connection] {
        --m_openConnections;
        m_closedInOrder.push_back(connection);
        pruneClosedConnections();
        Q_EMIT changed();
    });
    connect(connection, &Connection::stateChanged, this, &Session::changed);
    Q_EMIT connectionAdded(connection);
    Q_EMIT changed();
    return connection;
}

void Session::setError(StreamError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    if (error != StreamError::None) {
        record(EventKind::Error, message.toUtf8());
        Q_EMIT errorOccurred(error, message);
    }
    Q_EMIT changed();
}

void Session::record(EventKind kind, const QByteArray &payload)
{
    m_capture->append(kind, Direction::None, m_id, 0, payload);
}

void Session::removeClosedConnections()
{
    if (m_closedInOrder.empty())
        return;
    const int retention = m_retention;
    m_retention = 0;
    pruneClosedConnections();
    m_retention = retention;
    Q_EMIT changed();
}

void Session::pruneClosedConnections()
{
    // Kept in the order they closed, so pruning does not count every connection on each close: with 10,000
    // clients leaving, that count was O(n^2) and took a quarter of the server's CPU (perf,
    // bench/connections.sh).
    while (qsizetype(m_closedInOrder.size()) > qMax(0, m_retention)) {
        Connection *connection = m_closedInOrder.front();
        m_closedInOrder.pop_front();
        m_connections.removeOne(connection);
        Q_EMIT connectionRemoved(connection);
        connection->deleteLater();
    }
}

} // namespace Sockbench
