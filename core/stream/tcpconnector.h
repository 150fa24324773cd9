#pragma once

#include "endpoint.h"
#include "streamerror.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QHostInfo;
class QSocketNotifier;
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

class TcpStream;

/// Opens one TCP connection: resolves a name, tries each address in turn, gives up after a timeout.
///
/// The timeout covers the whole attempt (resolution included), like the chapter's waitForConnectionFor:.
/// Exactly one of connected() or failed() follows each connectToHost() unless cancel() is called.
class TcpConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpConnector)
public:
    explicit TcpConnector(QObject *parent = nullptr);
    ~TcpConnector() override;

    /// protocol narrows a name to IPv4 or IPv6 addresses; timeoutMs <= 0 waits for the system's own limit.
    void connectToHost(const QString &host, quint16 port, int timeoutMs = 10000,
        QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::AnyIPProtocol);
    /// Stops an attempt under way; no signal follows.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The name resolved to these addresses (also emitted, with one address, for a literal address).
    void resolved(const QList<QHostAddress> &addresses);
    /// A connect() to this endpoint started.
    void connecting(const Sockbench::Endpoint &endpoint);
    /// The connection is up. The receiver takes ownership of the stream (it has no parent).
    void connected(Sockbench::TcpStream *stream);
    void failed(Sockbench::StreamError error, const QString &message);

private:
    void onLookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onConnectFinished();
    void finishWithError(StreamError error, const QString &message);
    void closePending();

    QList<QHostAddress> m_addresses;
    QString m_host;
    quint16 m_port = 0;
    int m_lookupId = -1;
    int m_pendingFd = -1;
    Endpoint m_pendingEndpoint;
    StreamError m_firstError = StreamError::None;
    QString m_firstErrorMessage;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 0;
    QAbstractSocket::NetworkLayerProtocol m_protocol = QAbstractSocket::AnyIPProtocol;
    bool m_busy = false;
    quint64 m_attempt = 0; ///< Counts attempts, so a literal address's deferred result can tell it is stale.
};

} // namespace Sockbench
