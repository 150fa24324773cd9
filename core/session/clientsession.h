#pragma once

#include "session.h"
#include "stream/endpoint.h"

#include <QAbstractSocket>
#include <QPointer>

namespace Sockbench {

class TcpConnector;
class TcpStream;

/// Where a client session connects, and how patiently.
struct ClientOptions
{
    QString host;
    quint16 port = 0;
    int connectTimeoutMs = 10000; ///< Resolution included; <= 0 leaves it to the system.
    QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::AnyIPProtocol;
};

/// A TCP client: resolves, connects (with a timeout), and holds one connection at a time; can reconnect.
class ClientSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)
public:
    enum class State { Idle, Resolving, Connecting, Connected, Closed, Failed };
    Q_ENUM(State)

    ClientSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent = nullptr);
    ~ClientSession() override;

    /// Starts connecting; connected() or failed() follows.
    void connectTo(const ClientOptions &options);
    /// Closes the current connection, if any, and connects again with the same options.
    void reconnect();
    /// Cancels connecting, or closes the connection gracefully.
    void disconnectFromHost();

    ClientOptions options() const { return m_options; }
    State state() const { return m_state; }
    /// The current (or last) connection; null before the first success.
    Connection *currentConnection() const { return m_connection; }
    /// The address the name resolved to and that we connected (or last tried) to.
    Endpoint remoteEndpoint() const { return m_remote; }

Q_SIGNALS:
    void stateChanged(Sockbench::ClientSession::State state);
    void connected(Sockbench::Connection *connection);
    void failed(Sockbench::StreamError error, const QString &message);

private:
    void setState(State state);
    void onConnected(TcpStream *stream);
    void onFailed(StreamError error, const QString &message);

    ClientOptions m_options;
    State m_state = State::Idle;
    TcpConnector *m_connector = nullptr;
    QPointer<Connection> m_connection; ///< Closed connections may be pruned (deleted) by the session.
    Endpoint m_remote;
};

} // namespace Sockbench
