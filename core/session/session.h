#pragma once

#include "capture/captureevent.h"
#include "connection.h" // complete, so signals carrying Connection* register their metatype
#include "stream/streamerror.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Sockbench {

class ByteStream;
class CaptureStore;

/// What client and server sessions share: an id and a name, their connections, and the capture they record to.
///
/// Closed connections stay listed (so views can show what happened) until there are more than
/// closedConnectionRetention() of them; the oldest closed ones are then removed and deleted.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    ~Session() override;

    quint32 id() const { return m_id; }
    SessionRole role() const { return m_role; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    CaptureStore *capture() const { return m_capture; }

    /// Live and recently closed connections, oldest first.
    QList<Connection *> connections() const { return m_connections; }
    Connection *connection(quint32 connectionId) const;
    int openConnectionCount() const;

    /// The last session-level error (refused, port in use...), or empty.
    StreamError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    /// Closed connections kept for viewing; default 1000.
    void setClosedConnectionRetention(int count) { m_retention = count; }
    int closedConnectionRetention() const { return m_retention; }

    /// Gives connections their ids; shared by the sessions of one workbench so ids are unique in its capture.
    using IdAllocator = std::function<quint32()>;

Q_SIGNALS:
    void nameChanged(const QString &name);
    void connectionAdded(Sockbench::Connection *connection);
    /// Emitted before the connection is deleted (later).
    void connectionRemoved(Sockbench::Connection *connection);
    /// Something changed that views show: state, listening, error.
    void changed();
    void errorOccurred(Sockbench::StreamError error, const QString &message);

protected:
    Session(quint32 id, SessionRole role, const QString &name, CaptureStore *capture, IdAllocator connectionIds,
            QObject *parent);

    /// Wraps a fresh stream in a Connection, records how it opened, and lists it.
    Connection *adoptStream(ByteStream *stream, EventKind openedAs);
    void setError(StreamError error, const QString &message);
    void record(EventKind kind, const QByteArray &payload = {});

private:
    void pruneClosedConnections();

    quint32 m_id = 0;
    SessionRole m_role = SessionRole::Client;
    QString m_name;
    CaptureStore *m_capture = nullptr;
    IdAllocator m_connectionIds;
    QList<Connection *> m_connections;
    StreamError m_error = StreamError::None;
    QString m_errorString;
    int m_retention = 1000;
};

} // namespace Sockbench
