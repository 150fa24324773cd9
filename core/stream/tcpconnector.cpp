#include "tcpconnector.h"

#include "socketaddress.h"
#include "tcpstream.h"

#include <QHostInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockbench {

namespace {

QString describeErrno(int error)
{
    const StreamError kind = StreamErrorText::fromErrno(error);
    return kind == StreamError::Other ? QString::fromLocal8Bit(std::strerror(error))
                                      : StreamErrorText::describe(kind);
}

} // namespace

TcpConnector::TcpConnector(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finishWithError(StreamError::ConnectTimeout,
            StreamErrorText::describe(StreamError::ConnectTimeout) + QLatin1String(" (")
                + QString::number(m_timeoutMs / 1000.0) + QLatin1String(" s)"));
    });
}

TcpConnector::~TcpConnector()
{
    cancel();
}

void TcpConnector::connectToHost(
    const QString &host, quint16 port, int timeoutMs, QAbstractSocket::NetworkLayerProtocol protocol)
{
    cancel();
    m_busy = true;
    m_host = host;
    m_port = port;
    m_protocol = protocol;
    m_timeoutMs = timeoutMs;
    m_firstError = StreamError::None;
    m_firstErrorMessage.clear();
    m_addresses.clear();
    if (timeoutMs > 0)
        m_timer->start(timeoutMs);

    QHostAddress literal;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (literal.setAddress(bare)) {
        // Resolve asynchronously anyway: callers get their signals from the event loop, never from here.
        // A cancel() or a newer attempt before then makes this one stale.
        QTimer::singleShot(0, this, [this, literal, attempt = m_attempt] {
            if (attempt != m_attempt)
                return;
            QHostInfo info;
            info.setAddresses({ literal });
            onLookedUp(info);
        });
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, &TcpConnector::onLookedUp);
}

void TcpConnector::cancel()
{
    ++m_attempt;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    closePending();
    m_timer->stop();
    m_busy = false;
}

void TcpConnector::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (!m_busy)
        return;
    if (info.error() != QHostInfo::NoError) {
        finishWithError(StreamError::HostNotFound,
            StreamErrorText::describe(StreamError::HostNotFound) + QLatin1String(": ") + m_host);
        return;
    }
    for (const QHostAddress &address : info.addresses()) {
        const bool wanted = m_protocol == QAbstractSocket::AnyIPProtocol
            || m_protocol == QAbstractSocket::UnknownNetworkLayerProtocol || address.protocol() == m_protocol;
        if (wanted && !m_addresses.contains(address))
            m_addresses.append(address);
    }
    if (m_addresses.isEmpty()) {
        finishWithError(
            StreamError::HostNotFound, tr("%1 has no address of the requested family").arg(m_host));
        return;
    }
    Q_EMIT resolved(m_addresses);
    tryNextAddress();
}

void TcpConnector::tryNextAddress()
{
    while (m_busy && !m_addresses.isEmpty()) {
        m_pendingEndpoint = Endpoint { m_addresses.takeFirst(), m_port };
        sockaddr_storage storage;
        const socklen_t length = SocketAddress::toSockaddr(m_pendingEndpoint, &storage);
        m_pendingFd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_pendingFd < 0) {
            const int error = errno;
            if (m_firstError == StreamError::None) {
                m_firstError = StreamErrorText::fromErrno(error);
                m_firstErrorMessage = describeErrno(error);
            }
            continue;
        }
        Q_EMIT connecting(m_pendingEndpoint);
        if (::connect(m_pendingFd, reinterpret_cast<sockaddr *>(&storage), length) == 0
            || errno == EINPROGRESS) {
            m_notifier = new QSocketNotifier(m_pendingFd, QSocketNotifier::Write, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::onConnectFinished);
            return;
        }
        const int error = errno;
        if (m_firstError == StreamError::None) {
            m_firstError = StreamErrorText::fromErrno(error);
            m_firstErrorMessage = describeErrno(error);
        }
        closePending();
    }
    if (m_busy)
        finishWithError(m_firstError, m_firstErrorMessage);
}

void TcpConnector::onConnectFinished()
{
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(m_pendingFd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        if (m_firstError == StreamError::None) {
            m_firstError = StreamErrorText::fromErrno(error);
            m_firstErrorMessage = describeErrno(error);
        }
        closePending();
        tryNextAddress();
        return;
    }
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
    const int fd = m_pendingFd;
    m_pendingFd = -1;
    m_timer->stop();
    m_busy = false;
    Q_EMIT connected(new TcpStream(fd));
}

void TcpConnector::finishWithError(StreamError error, const QString &message)
{
    cancel();
    Q_EMIT failed(error, message);
}

void TcpConnector::closePending()
{
    if (m_notifier) {
        // We may be inside its activated() signal.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_pendingFd >= 0) {
        ::close(m_pendingFd);
        m_pendingFd = -1;
    }
}

} // namespace Sockbench
