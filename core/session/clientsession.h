#pragma once

#include "session.h"
#include "stream/endpoint.h"
#include "stream/tlsoptions.h"

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
    TlsOptions tls {}; ///< tls.enabled: TLS over the connection, from its first byte.
};

/// A TCP client: resolves, connects (with a timeout), and holds one connection at a time; can reconnect.
class ClientSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)
public:
    /// A client's states are session statuses: Idle, Resolving, Connecting, Connected, Closed, Failed.
    using State = SessionStatus;

    ClientSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent = nullptr);
    ~ClientSession() override;

    /// Starts connecting; connected() or failed() follows.
    void connectTo(const ClientOptions &options);
    /// Closes the current connection, if any, and connects again with the same options.
    void reconnect();
    /// Cancels connecting, or closes the connection gracefully.
    void disconnectFromHost();

    ClientOptions options() const { return m_options; }
    /// The same as status().
    State state() const { return status(); }
    /// The current (or last) connection; null before the first success.
    Connection *currentConnection() const override { return m_connection; }
    /// The address the name resolved to and that we connected (or last tried) to.
    Endpoint remoteEndpoint() const { return m_remote; }

    /// One connection at a time; a send reaches it while it is open.
    Holds holds() const override { return Holds::OneConnection; }
    /// Cancels connecting, or closes the connection gracefully (disconnectFromHost()).
    void close() override;
    /// True once connectTo() has been called.
    bool canRestart() const override;
    /// reconnect(); true when the attempt started (its failure comes later, through failed()).
    bool restart() override;
    /// The current connection's local end; the address connected (or tried), else the host and port asked
    /// for.
    QString localText() const override;
    QString remoteText() const override;
    /// What a host name resolved to, once it has; for TLS, what the handshake settled.
    QString detail() const override;
    bool isTls() const override;
    bool isUnverified() const override;
    /// Its connection is open plain TCP.
    bool canStartTls() const override;
    /// STARTTLS on its connection, verified against the system's CAs (and options().tls's CA file, pin or
    /// client certificate) for the host it connected to.
    bool startTls(QString *error) override;

Q_SIGNALS:
    void connected(Sockbench::Connection *connection);
    void failed(Sockbench::StreamError error, const QString &message);

private:
    void onConnected(TcpStream *stream);
    void onFailed(StreamError error, const QString &message);

    ClientOptions m_options;
    QSslConfiguration m_tlsConfiguration; ///< Read from m_options.tls's files once per connectTo().
    TcpConnector *m_connector = nullptr;
    QPointer<Connection> m_connection; ///< Closed connections may be pruned (deleted) by the session.
    Endpoint m_remote;
};

} // namespace Sockbench
