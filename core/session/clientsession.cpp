#include "clientsession.h"

#include "connection.h"
#include "stream/tcpconnector.h"
#include "stream/tcpstream.h"
#include "stream/tlsstream.h"

namespace Sockbench {

ClientSession::ClientSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent)
    : Session(id, SessionRole::Client, tr("Client"), capture, std::move(connectionIds), parent)
    , m_connector(new TcpConnector(this))
{
    connect(m_connector, &TcpConnector::resolved, this, [this](const QList<QHostAddress> &addresses) {
        QStringList texts;
        for (const QHostAddress &address : addresses)
            texts.append(address.toString());
        if (status() == State::Resolving && !m_options.host.isEmpty()
            && QHostAddress(m_options.host).isNull())
            record(EventKind::Resolved,
                (m_options.host + QLatin1String(" -> ") + texts.join(QLatin1String(", "))).toUtf8());
    });
    connect(m_connector, &TcpConnector::connecting, this, [this](const Endpoint &endpoint) {
        m_remote = endpoint;
        record(EventKind::Connecting, endpoint.toString().toUtf8());
        setStatus(State::Connecting);
    });
    connect(m_connector, &TcpConnector::connected, this, &ClientSession::onConnected);
    connect(m_connector, &TcpConnector::failed, this, &ClientSession::onFailed);
}

ClientSession::~ClientSession() = default;

void ClientSession::connectTo(const ClientOptions &options)
{
    m_options = options;
    m_remote = {};
    if (!options.tls.enabled)
        setName(tr("Client %1:%2").arg(options.host).arg(options.port));
    else if (options.tls.insecure || !options.tls.acceptOnceSha256.isEmpty())
        setName(tr("TLS client %1:%2 (not verified)").arg(options.host).arg(options.port));
    else
        setName(tr("TLS client %1:%2").arg(options.host).arg(options.port));
    setError(StreamError::None, {});
    if (options.tls.enabled) {
        QString error;
        if (!TlsSetup::configure(options.tls, TlsOptions::Role::Client, &m_tlsConfiguration, &error)) {
            setError(StreamError::InvalidArgument, error);
            setStatus(State::Failed);
            // Deferred, as a connect failure is: the caller hears it after connectTo() returns.
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT failed(StreamError::InvalidArgument, errorString()); },
                Qt::QueuedConnection);
            return;
        }
    }
    setStatus(State::Resolving);
    m_connector->connectToHost(options.host, options.port, options.connectTimeoutMs, options.protocol);
}

void ClientSession::reconnect()
{
    if (m_connection && m_connection->isOpen())
        m_connection->abort();
    connectTo(m_options);
}

void ClientSession::disconnectFromHost()
{
    if (m_connector->isBusy()) {
        m_connector->cancel();
        setStatus(State::Closed);
        return;
    }
    if (m_connection)
        m_connection->close();
}

void ClientSession::close()
{
    disconnectFromHost();
}

bool ClientSession::canRestart() const
{
    return status() != State::Idle;
}

bool ClientSession::restart()
{
    if (!canRestart())
        return false;
    reconnect();
    return true;
}

QString ClientSession::localText() const
{
    const Connection *connection = m_connection;
    return connection && connection->localEndpoint().isValid() ? connection->localEndpoint().toString()
                                                               : QString();
}

QString ClientSession::remoteText() const
{
    if (m_remote.isValid())
        return m_remote.toString();
    if (m_options.host.isEmpty())
        return {};
    return m_options.host + QLatin1Char(':') + QString::number(m_options.port);
}

bool ClientSession::isTls() const
{
    const Connection *connection = m_connection;
    return m_options.tls.enabled || (connection && connection->isTls());
}

bool ClientSession::canStartTls() const
{
    const Connection *connection = m_connection;
    return connection && !connection->isTls() && connection->state() == Connection::State::Open;
}

bool ClientSession::startTls(QString *error)
{
    if (!canStartTls()) {
        *error = tr("STARTTLS needs an open plain TCP connection");
        return false;
    }
    TlsOptions tls = m_options.tls;
    tls.enabled = true;
    if (!m_connection->startTls(tls, TlsOptions::Role::Client, m_options.host, error))
        return false;
    connect(m_connection, &Connection::tlsEstablished, this, &Session::changed);
    Q_EMIT changed();
    return true;
}

bool ClientSession::isUnverified() const
{
    const Connection *connection = m_connection;
    const TlsSessionInfo *info = connection ? connection->tlsInfo() : nullptr;
    return (m_options.tls.enabled && m_options.tls.insecure) || (info && info->unverified);
}

QString ClientSession::detail() const
{
    const Connection *connection = m_connection;
    if (const TlsSessionInfo *info = connection ? connection->tlsInfo() : nullptr; info && info->encrypted) {
        QString text = tr("%1, %2").arg(info->protocol, info->cipher);
        if (info->unverified)
            text += tr(", NOT VERIFIED");
        return text;
    }
    if (m_options.tls.enabled && m_options.tls.insecure)
        return tr("TLS without verification (--insecure)");
    if (!m_remote.isValid() || m_options.host.isEmpty() || !QHostAddress(m_options.host).isNull())
        return {};
    return tr("%1 resolved to %2").arg(m_options.host, m_remote.address.toString());
}

void ClientSession::onConnected(TcpStream *stream)
{
    m_remote = stream->peerEndpoint();
    TlsStream *tls = nullptr;
    if (m_options.tls.enabled) {
        // The descriptor goes on to TLS; resolving, the connect timeout and every address tried stay TCP's.
        const qintptr descriptor = stream->takeDescriptor();
        delete stream;
        tls = new TlsStream(
            descriptor, m_tlsConfiguration, m_options.tls, TlsOptions::Role::Client, m_options.host);
        // "Connect anyway, once": this connection only; a reconnect verifies again.
        m_options.tls.acceptOnceSha256.clear();
        m_connection = adoptStream(tls, EventKind::Connected);
    } else {
        m_connection = adoptStream(stream, EventKind::Connected);
    }
    Connection *connection = m_connection;
    connect(connection, &Connection::closed, this, [this, connection] {
        if (connection == m_connection)
            setStatus(State::Closed);
    });
    setStatus(State::Connected);
    if (tls) {
        connect(connection, &Connection::tlsEstablished, this, &Session::changed);
        tls->startHandshake();
    }
    Q_EMIT connected(connection);
}

void ClientSession::onFailed(StreamError error, const QString &message)
{
    const QString target = m_remote.isValid()
        ? m_remote.toString()
        : m_options.host + QLatin1Char(':') + QString::number(m_options.port);
    setError(error, tr("cannot connect to %1: %2").arg(target, message));
    setStatus(State::Failed);
    Q_EMIT failed(error, errorString());
}

} // namespace Sockbench
