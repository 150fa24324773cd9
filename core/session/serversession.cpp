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

QString behaviourName(const ResponseSettings &responses)
{
    if (!responses.name.isEmpty())
        return responses.name;
    return responses.isManual() ? ServerSession::tr("Server") : ServerSession::tr("Responding server");
}

} // namespace

ResponseSettings responsesFor(ServerBehaviour behaviour)
{
    ResponseSettings settings;
    switch (behaviour) {
    case ServerBehaviour::Echo:
        settings.name = ServerSession::tr("Echo server");
        settings.answer = QStringLiteral("{{data}}");
        settings.finishWithPeer = true;
        break;
    case ServerBehaviour::Discard:
        settings.name = ServerSession::tr("Discard server");
        settings.finishWithPeer = true;
        break;
    case ServerBehaviour::Manual:
        break;
    }
    return settings;
}

ResponseSettings ServerOptions::effectiveResponses() const
{
    return responses.isManual() ? responsesFor(behaviour) : responses;
}

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
    const Endpoint wanted { options.bindAddress, options.port };
    QString responseError;
    const std::optional<Responder> responder
        = Responder::create(options.effectiveResponses(), &responseError);
    if (!responder) {
        setName(behaviourName(options.effectiveResponses()) + QLatin1Char(' ') + wanted.toString());
        setError(StreamError::InvalidArgument,
            tr("cannot listen on %1: %2").arg(wanted.toString(), responseError));
        setStatus(SessionStatus::Failed);
        return false;
    }
    m_responder = *responder;
    if (m_options.tls.enabled && !prepareTls())
        return false;
    m_listener = new DescriptorListener(this);
    m_listener->setListenBacklogSize(options.backlog);
    if (!m_listener->open(options.bindAddress, options.port)) {
        const StreamError error = fromServerError(m_listener->serverError());
        const QString reason
            = error == StreamError::Other ? m_listener->errorString() : StreamErrorText::describe(error);
        delete m_listener;
        m_listener = nullptr;
        setName(
            behaviourName(m_responder.settings()) + QLatin1Char(' ') + wanted.toString()); // what it tried
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
    setName(behaviourName(m_responder.settings()) + QLatin1Char(' ') + m_endpoint.toString());
    if (m_options.tls.enabled)
        setName(tr("%1 (TLS)").arg(name()));
    setError(StreamError::None, {});
    record(EventKind::Listening, m_endpoint.toString().toUtf8());
    setStatus(SessionStatus::Listening);
    Q_EMIT listeningChanged(true);
    if (options.acceptTimeoutMs > 0) {
        m_acceptTimer = new QTimer(this);
        m_acceptTimer->setSingleShot(true);
        m_acceptTimer->setTimerType(Qt::PreciseTimer); // never early: a coarse timer may fire 5% before
        connect(m_acceptTimer, &QTimer::timeout, this, [this] {
            const QString message = tr("no client came within %1 s").arg(m_options.acceptTimeoutMs / 1000.0);
            stopListening(ConnectionsOnStop::Keep);
            setError(StreamError::Other, message);
            Q_EMIT acceptTimedOut();
        });
        m_acceptTimer->start(options.acceptTimeoutMs);
    }
    return true;
}

void ServerSession::stopListening(ConnectionsOnStop connections)
{
    delete m_acceptTimer;
    m_acceptTimer = nullptr;
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
    m_options.responses = {};
    m_responder = Responder::create(responsesFor(behaviour)).value_or(Responder());
    for (Connection *connection : connections())
        connection->setBehaviour(behaviour);
    if (isListening())
        setName(behaviourName(m_responder.settings()) + QLatin1Char(' ') + m_endpoint.toString());
}

bool ServerSession::setResponses(const ResponseSettings &responses, QString *error)
{
    const ResponseSettings effective = responses.isManual() ? responsesFor(m_options.behaviour) : responses;
    const std::optional<Responder> responder = Responder::create(effective, error);
    if (!responder)
        return false;
    m_options.responses = responses;
    m_responder = *responder;
    if (isListening())
        setName(behaviourName(m_responder.settings()) + QLatin1Char(' ') + m_endpoint.toString());
    return true;
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
    if (!m_options.responses.isManual()) {
        const ResponseSettings &responses = m_responder.settings();
        QStringList parts;
        if (!responses.greeting.isEmpty())
            parts.append(tr("greets"));
        if (!responses.answer.isEmpty())
            parts.append(responses.unit == ResponseSettings::Unit::Line ? tr("answers each line")
                                                                        : tr("answers each chunk"));
        if (responses.closeAfterAnswer)
            parts.append(tr("closes after answering"));
        if (responses.receiveTimeoutMs > 0)
            parts.append(tr("closes after %1 s without data").arg(responses.receiveTimeoutMs / 1000.0));
        if (!parts.isEmpty())
            return tr("Automatic responses: %1").arg(parts.join(QStringLiteral(", ")));
    }
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
        // Precise: a coarse timer may fire up to 5% early (a 2 s wait ended at about 1.9 s); a precise one
        // fires once the monotonic clock has passed the interval, never before.
        QTimer::singleShot(timeoutMs, Qt::PreciseTimer, context, [=] {
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
    if (m_acceptTimer) {
        delete m_acceptTimer; // the first client came in time
        m_acceptTimer = nullptr;
    }
    connection->setResponder(m_responder);
    connection->setIdleTimeout(m_idleTimeoutMs);
    connection->setReceiveTimeout(m_responder.settings().receiveTimeoutMs);
    connection->greet();
    if (m_options.singleClient)
        stopListening(ConnectionsOnStop::Keep); // the chapter's basic server closes its listening socket
    Q_EMIT accepted(connection);
}

} // namespace Sockbench
