#pragma once

#include "respond/responder.h"
#include "serverbehaviour.h"
#include "session.h"
#include "stream/endpoint.h"
#include "stream/tlsoptions.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

class DescriptorListener;

/// Where and how a server session listens.
struct ServerOptions
{
    /// Loopback unless the user asks for more: a workbench should not open ports to the network by surprise.
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0 picks a free port.
    /// Connections that may wait to be accepted: by default the kernel's maximum (it caps any value there).
    int backlog = kernelMaxBacklog();
    ServerBehaviour behaviour = ServerBehaviour::Manual;
    /// tls.enabled: every accepted connection is TLS. Without a certificate file, the self-signed one for
    /// localhost (SelfSignedCertificate) is used.
    TlsOptions tls {};
    /// Automatic responses; when they say anything (!isManual()) they replace the behaviour's preset.
    ResponseSettings responses;
    /// Stop listening when no client came this long after listen() (0: wait forever): the chapter's
    /// waitForAcceptFor:. Only the first client counts.
    int acceptTimeoutMs = 0;
    /// Stop listening once one client is accepted (nc -l without -k; the chapter's basic echo server).
    bool singleClient = false;

    /// What the connections do: responses, or the behaviour's preset when responses say nothing.
    ResponseSettings effectiveResponses() const;

    /// /proc/sys/net/core/somaxconn (SOMAXCONN when it cannot be read).
    static int kernelMaxBacklog();
};

/// A TCP server: listens, accepts many clients at once (one Connection each), sends to one or all, and can
/// stop listening while keeping its connections.
class ServerSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)
public:
    ServerSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent = nullptr);
    ~ServerSession() override;

    /// Starts listening. False (with error() and errorString() set) when the address or port cannot be had,
    /// or the responses are not valid (then nothing is listened on, nothing sent).
    bool listen(const ServerOptions &options);
    enum class ConnectionsOnStop { Keep, Close };
    /// Closes the listening socket; existing connections stay open or are closed gracefully, as asked.
    void stopListening(ConnectionsOnStop connections = ConnectionsOnStop::Keep);

    bool isListening() const;
    ServerOptions options() const { return m_options; }
    /// The address and port actually bound (the chosen port when 0 was asked for).
    Endpoint listenEndpoint() const { return m_endpoint; }

    ServerBehaviour behaviour() const { return m_options.behaviour; }
    /// Applies to current and future connections (and replaces any responses).
    void setBehaviour(ServerBehaviour behaviour);
    /// Applies to future connections; current ones keep theirs. False (with the reason in error) when
    /// the settings are not valid: then nothing changes.
    bool setResponses(const ResponseSettings &responses, QString *error = nullptr);

    /// Sends to every open connection; returns how many took the bytes.
    int sendToAll(const QByteArray &data);
    void closeAll();
    void abortAll();

    /// Like the chapter's waitForAcceptFor:: calls back with the next accepted connection, or with null after
    /// timeoutMs (<= 0: no limit). The callback runs at most once, and not at all if context is destroyed.
    void expectConnection(int timeoutMs, QObject *context, std::function<void(Connection *)> callback);

    /// Idle timeout applied to every accepted connection (0: none).
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }

    /// Any number of connections; a send reaches every open one.
    Holds holds() const override { return Holds::ManyConnections; }
    /// Stops listening and closes every connection gracefully.
    void close() override;
    /// True when it was asked to listen once and does not listen now (stopped, or the port was taken).
    bool canRestart() const override;
    /// Listens again with the same options (the same port, when one was asked for).
    bool restart() override;
    bool canStopAccepting() const override { return isListening(); }
    /// stopListening(ConnectionsOnStop::Keep).
    void stopAccepting() override;
    /// The address and port it listens on (or last listened on); no remote end of its own.
    QString localText() const override;
    QString remoteText() const override { return {}; }
    /// What it does with what it receives (its behaviour).
    QString detail() const override;
    bool isTls() const override { return m_options.tls.enabled; }
    /// The SHA-256 fingerprint of the certificate it presents over TLS (empty when not TLS).
    QByteArray certificateFingerprint() const { return m_fingerprint; }
    /// The certificate file it presents (the self-signed one's path when none was given).
    QString certificateFile() const { return m_options.tls.certificateFile; }
    /// "TLS, certificate SHA-256 AB:CD:..." for a TLS server; empty otherwise.
    QString tlsDetail() const;

Q_SIGNALS:
    void listeningChanged(bool listening);
    void accepted(Sockbench::Connection *connection);
    /// Accepting rests for want of descriptors (or another resource); message says so, once per stall, and
    /// is the session's error until acceptResumed(). It still listens: new clients wait in the backlog.
    void acceptStalled(const QString &message);
    void acceptResumed();
    /// No client came within options().acceptTimeoutMs: listening stopped (the session's error says so).
    void acceptTimedOut();

private:
    void onDescriptor(qintptr descriptor);
    /// Reads (or makes) the certificate; false with the session failed when it cannot.
    bool prepareTls();
    void onAcceptStalled(int errorNumber, int openDescriptors);

    DescriptorListener *m_listener = nullptr;
    ServerOptions m_options;
    QSslConfiguration m_tlsConfiguration;
    QByteArray m_fingerprint;
    Endpoint m_endpoint;
    int m_idleTimeoutMs = 0;
    Responder m_responder; ///< Checked at listen(); each connection gets a copy.
    QTimer *m_acceptTimer = nullptr;
};

} // namespace Sockbench
