#pragma once

#include "capture/captureevent.h"
#include "connection.h" // complete, so signals carrying Connection* register their metatype
#include "sessionstatus.h"
#include "stream/streamerror.h"

#include <QList>
#include <QObject>

#include <deque>
#include <functional>

namespace Sockbench {

class ByteStream;
class CaptureStore;

/// What every session kind shares: an id and a name, its connections, the capture it records to, and the
/// answers views need without knowing the kind (its status, what close, restart and "send to" mean for it,
/// what it shows).
///
/// A kind (ClientSession, ServerSession) is a subclass that implements the pure virtual members and reports
/// its status with setStatus(); views and the window ask only what is declared here.
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

    /// Where the session stands; statusChanged() (then changed()) follows every change.
    SessionStatus status() const { return m_status; }
    /// Still doing something: starting, connected, listening, or holding an open connection.
    bool isActive() const;

    /// How many connections a session holds at once. It decides what sending "to the session" reaches (its
    /// current connection, or every open one) and what "close all connections" of it means.
    enum class Holds { OneConnection, ManyConnections };
    virtual Holds holds() const = 0;
    /// The connection a session of one connection is about (a client's current or last one); null for a
    /// session of many, and before the first connection.
    virtual Connection *currentConnection() const { return nullptr; }
    /// The open connections that bytes sent to the session reach: its current one, or every open one.
    QList<Connection *> sendTargets() const;
    /// Sends to every one of sendTargets(); returns how many took the bytes.
    int send(const QByteArray &data);

    /// Ends what the session does, gracefully: a client cancels connecting or closes its connection; a server
    /// stops listening and closes its connections. The session stays listed (Workbench::removeSession
    /// removes).
    virtual void close() = 0;
    /// Whether restart() means something now: a client that was started once, a server that does not listen.
    virtual bool canRestart() const = 0;
    /// Starts again as it was last asked to: a client reconnects, a server listens again. False when it
    /// failed at once (errorString() says why) or when !canRestart(); a later failure comes through
    /// errorOccurred().
    virtual bool restart() = 0;
    /// Whether it accepts new connections now, which stopAccepting() can end.
    virtual bool canStopAccepting() const { return false; }
    /// Stops accepting new connections; the open ones stay open. Nothing when !canStopAccepting().
    virtual void stopAccepting() { }
    /// Whether connectionTo() can make a connection to any address now (a bound UDP socket can).
    virtual bool canReachAnyAddress() const { return false; }
    /// The connection to endpoint, made when there is none open (for UDP, a peer only sent to so far); null
    /// when the session cannot reach it (errorString() may say why).
    virtual Connection *connectionTo(const Endpoint &endpoint)
    {
        Q_UNUSED(endpoint);
        return nullptr;
    }

    /// What views show besides name(): the local and the remote end as text (empty when there is none or it
    /// is not known yet), and one short translated fact for a tooltip (empty when there is none).
    virtual QString localText() const = 0;
    virtual QString remoteText() const = 0;
    virtual QString detail() const { return {}; }
    /// Whether its connections are TLS (views show a lock), and whether a TLS session accepted a peer it
    /// could not verify (--insecure, or "connect anyway"): views mark it wherever it shows.
    virtual bool isTls() const { return false; }
    virtual bool isUnverified() const { return false; }
    /// STARTTLS: whether the session's connection is plain TCP and open, so startTls() can upgrade it.
    virtual bool canStartTls() const { return false; }
    /// Upgrades it to TLS now (verified as the session's kind says); false with the reason when it cannot.
    virtual bool startTls(QString *error)
    {
        *error = tr("this session cannot start TLS");
        return false;
    }

    /// Closed connections kept for viewing; default 1000.
    void setClosedConnectionRetention(int count) { m_retention = count; }
    int closedConnectionRetention() const { return m_retention; }
    /// Removes every closed connection now (deleted later, after connectionRemoved()), as the window's
    /// Remove Closed does.
    void removeClosedConnections();

    /// Gives connections their ids; shared by the sessions of one workbench so ids are unique in its capture.
    using IdAllocator = std::function<quint32()>;

Q_SIGNALS:
    void nameChanged(const QString &name);
    void statusChanged(Sockbench::SessionStatus status);
    void connectionAdded(Sockbench::Connection *connection);
    /// Emitted before the connection is deleted (later).
    void connectionRemoved(Sockbench::Connection *connection);
    /// Something changed that views show: status, name, error, a connection's state.
    void changed();
    void errorOccurred(Sockbench::StreamError error, const QString &message);

protected:
    Session(quint32 id, SessionRole role, const QString &name, CaptureStore *capture,
        IdAllocator connectionIds, QObject *parent);

    /// Wraps a fresh stream in a Connection, records how it opened, and lists it.
    Connection *adoptStream(ByteStream *stream, EventKind openedAs);
    void setError(StreamError error, const QString &message);
    /// Kinds report every change of status here: it emits statusChanged() and changed().
    void setStatus(SessionStatus status);
    void record(EventKind kind, const QByteArray &payload = {});

private:
    void pruneClosedConnections();

    quint32 m_id = 0;
    SessionRole m_role = SessionRole::Client;
    QString m_name;
    CaptureStore *m_capture = nullptr;
    IdAllocator m_connectionIds;
    QList<Connection *> m_connections;
    std::deque<Connection *> m_closedInOrder; ///< The closed ones among m_connections, oldest first.
    int m_openConnections = 0; ///< Those of m_connections that have not emitted closed().
    SessionStatus m_status = SessionStatus::Idle;
    StreamError m_error = StreamError::None;
    QString m_errorString;
    int m_retention = 1000;
};

} // namespace Sockbench
