#include "serversession.h"

#include "connection.h"
#include "descriptorlistener.h"
#include "stream/selfsignedcertificate.h"
#include "stream/tcpstream.h"
#include "stream/tlsstream.h"

#include <QFile>
#include <QTcpServer>
#include <QTimer>

#include <cstring>
#include <sys/socket.h>

namespace Sockbench {

namespace {

StreamError fromServerError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return StreamError::AddressInUse;
    case QAbstractSocket::SocketAccessError:
        return StreamError::PermissionDenied;
    case QAbstractSocket::SocketAddressNotAvailableError:
        return StreamError::AddressNotAvailable;
    case QAbstractSocket::UnsupportedSocketOperationError:
        return StreamError::AddressNotAvailable;
    default:
        return StreamError::Other;
    }
}

QString behaviourName(ServerBehaviour behaviour)
{
    switch (behaviour) {
    case ServerBehaviour::Echo:
        return ServerSession::tr("Echo server");
    case ServerBehaviour::Discard:
        return ServerSession::tr("Discard server");
    case ServerBehaviour::Manual:
        break;
    }
    return ServerSession::tr("Server");
}

} // namespace

int ServerOptions::kernelMaxBacklog()
{
    // Read once: a burst of 5,000 clients against a backlog of 128 overflowed it 986 times (nstat
    // ListenOverflows), and some of those clients waited 40 s for their SYN to be retried.
    static const int value = [] {
        QFile file(QStringLiteral("/proc/sys/net/core/somaxconn"));
        bool ok = false;
        int read = 0;
        if (file.open(QIODevice::ReadOnly))
            read = file.readAll().trimmed().toInt(&ok);
        return ok && read > 0 ? read : int(SOMAXCONN);
    }();
    return value;
}

ServerSession::ServerSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent)
    : Session(id, SessionRole::Server, tr("Server"), capture, std::move(connectionIds), parent)
{ }

ServerSession::~ServerSession() = default;

bool ServerSession::listen(const ServerOptions &options)
{
    stopListening(ConnectionsOnStop::Keep);
    m_options = options;
    if (m_options.tls.enabled && !prepareTls())
        return false;
    m_listener = new DescriptorListener(this);
    m_listener->setListenBacklogSize(options.backlog);
    const Endpoint wanted { options.bindAddress, options.port };
    if (!m_listener->open(options.bindAddress, options.port)) {
        const StreamError error = fromServerError(m_listener->serverError());
        const QString reason
            = error == StreamError::Other ? m_listener->errorString() : StreamErrorText::describe(error);
        delete m_listener;
        m_listener = nullptr;
        setName(behaviourName(options.behaviour) + QLatin1Char(' ') + wanted.toString()); // what it tried
        setError(error, tr("cannot listen on %1: %2").arg(wanted.toString(), reason));
        setStatus(SessionStatus::Failed);
        return false;
    }
    connect(m_listener, &DescriptorListener::descriptorReady, this, &ServerSession::onDescriptor);
    connect(m_listener, &DescriptorListener::acceptStalled, this, &ServerSession::onAcceptStalled);
    connect(m_listener, &DescriptorListener::acceptResumed, this, [this] {
        setError(StreamError::None, {});
        Q_EMIT acceptResumed();
    });
    m_endpoint = Endpoint { m_listener->serverAddress(), m_listener->serverPort() };
    setName(behaviourName(options.behaviour) + QLatin1Char(' ') + m_endpoint.toString());
    if (m_options.tls.enabled)
        setName(tr("%1 (TLS)").arg(name()));
    setError(StreamError::None, {});
    record(EventKind::Listening, m_endpoint.toString().toUtf8());
    setStatus(SessionStatus::Listening);
    Q_EMIT listeningChanged(true);
    return true;
}

void ServerSession::stopListening(ConnectionsOnStop connections)
{
    if (connections == ConnectionsOnStop::Close)
        closeAll();
    if (!m_listener)
        return;
    m_listener->shut();
    m_listener->deleteLater();
    m_listener = nullptr;
    record(EventKind::StoppedListening, m_endpoint.toString().toUtf8());
    setStatus(SessionStatus::Stopped);
    Q_EMIT listeningChanged(false);
}

bool ServerSession::isListening() const
{
    return m_listener && m_listener->isListening();
}

void ServerSession::setBehaviour(ServerBehaviour behaviour)
{
    m_options.behaviour = behaviour;
    for (Connection *connection : connections())
        connection->setBehaviour(behaviour);
    if (isListening())
        setName(behaviourName(behaviour) + QLatin1Char(' ') + m_endpoint.toString());
}

void ServerSession::close()
{
    stopListening(ConnectionsOnStop::Close);
}

bool ServerSession::canRestart() const
{
    return status() != SessionStatus::Idle && !isListening();
}

bool ServerSession::restart()
{
    return canRestart() && listen(m_options);
}

void ServerSession::stopAccepting()
{
    stopListening(ConnectionsOnStop::Keep);
}

QString ServerSession::localText() const
{
    return m_endpoint.isValid() ? m_endpoint.toString() : QString();
}

QString ServerSession::detail() const
{
    switch (m_options.behaviour) {
    case ServerBehaviour::Echo:
        return tr("Sends every byte back to the connection it came from");
    case ServerBehaviour::Discard:
        return tr("Records what it receives and sends nothing back");
    case ServerBehaviour::Manual:
        break;
    }
    return tr("Sends only what you send");
}

QString ServerSession::tlsDetail() const
{
    return m_fingerprint.isEmpty()
        ? QString()
        : tr("TLS, certificate SHA-256 %1").arg(TlsSetup::fingerprintText(m_fingerprint));
}

int ServerSession::sendToAll(const QByteArray &data)
{
    return send(data); // a server's send targets are every open connection
}

void ServerSession::closeAll()
{
    for (Connection *connection : connections())
        connection->close();
}

void ServerSession::abortAll()
{
    for (Connection *connection : connections()) {
        if (connection->isOpen())
            connection->abort();
    }
}

void ServerSession::expectConnection(
    int timeoutMs, QObject *context, std::function<void(Connection *)> callback)
{
    // A shared flag makes sure exactly one of the two paths calls back.
    auto done = std::make_shared<bool>(false);
    auto acceptedConnection = std::make_shared<QMetaObject::Connection>();
    auto shared = std::make_shared<std::function<void(Connection *)>>(std::move(callback));
    *acceptedConnection = connect(this, &ServerSession::accepted, context, [=](Connection *connection) {
        if (*done)
            return;
        *done = true;
        disconnect(*acceptedConnection);
        (*shared)(connection);
    });
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, context, [=] {
            if (*done)
                return;
            *done = true;
            disconnect(*acceptedConnection);
            (*shared)(nullptr);
        });
    }
}

void ServerSession::onAcceptStalled(int errorNumber, int openDescriptors)
{
    QString message;
    if (errorNumber == EMFILE) {
        message = openDescriptors > 0
            ? tr("too many open files (%1 open): raise ulimit -n").arg(openDescriptors)
            : tr("too many open files: raise ulimit -n");
    } else {
        message = tr("cannot accept connections: %1; retrying")
                      .arg(QString::fromLocal8Bit(std::strerror(errorNumber)));
    }
    // The session goes on listening: new clients wait in the backlog until a descriptor is free.
    setError(StreamError::Other, message);
    Q_EMIT acceptStalled(message);
}

bool ServerSession::prepareTls()
{
    QString error;
    if (m_options.tls.certificateFile.isEmpty()
        && !SelfSignedCertificate::ensure(&m_options.tls.certificateFile, &m_options.tls.keyFile, &error)) {
        setError(StreamError::InvalidArgument, tr("cannot make a self-signed certificate: %1").arg(error));
        setStatus(SessionStatus::Failed);
        return false;
    }
    if (!TlsSetup::configure(m_options.tls, TlsOptions::Role::Server, &m_tlsConfiguration, &error)) {
        setError(StreamError::InvalidArgument, error);
        setStatus(SessionStatus::Failed);
        return false;
    }
    m_fingerprint = TlsSetup::sha256(m_tlsConfiguration.localCertificate());
    return true;
}

void ServerSession::onDescriptor(qintptr descriptor)
{
    TlsStream *tls = m_options.tls.enabled
        ? new TlsStream(descriptor, m_tlsConfiguration, m_options.tls, TlsOptions::Role::Server, {})
        : nullptr;
    Connection *connection
        = adoptStream(tls ? static_cast<ByteStream *>(tls) : new TcpStream(descriptor), EventKind::Accepted);
    if (tls)
        tls->startHandshake();
    // Each connection that closes frees a descriptor: accepting, if it rests, need not wait for its retry.
    connect(connection, &Connection::closed, this, [this] {
        if (m_listener)
            m_listener->retryAccepting();
    });
    connection->setBehaviour(m_options.behaviour);
    connection->setIdleTimeout(m_idleTimeoutMs);
    Q_EMIT accepted(connection);
}

} // namespace Sockbench
