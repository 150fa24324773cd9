#pragma once

#include "bytestream.h"
#include "tlsoptions.h"

#include <QElapsedTimer>
#include <QSslConfiguration>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace Sockbench {

/// A ByteStream over TLS: a QSslSocket (Qt's OpenSSL backend) on a connected TCP descriptor, as a client or
/// as a server's accepted connection. The descriptor comes from TcpConnector or the listener, as for TCP, so
/// resolving, timeouts and accepting stay where they are; STARTTLS hands over a plain connection's.
///
/// Its life is told through tlsEvent() in plain words (handshake, each verification error, close_notify or
/// truncation), which the Connection records. Limits of Qt 6.4's backend, measured or read in its source:
/// TLS cannot half-close (sending close_notify closes the socket), so shutdownWrite() only stops our writes
/// and close_notify goes with close(); the session keys are not reachable (no SSL handle, libssl loaded with
/// dlopen), so there is no SSLKEYLOGFILE.
class TlsStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsStream)
public:
    /// Takes ownership of a connected socket descriptor. peerName is the host a client connected to (used for
    /// SNI and verification unless options.serverName says otherwise).
    TlsStream(qintptr descriptor, const QSslConfiguration &configuration, const TlsOptions &options,
        TlsOptions::Role role, const QString &peerName, QObject *parent = nullptr);
    ~TlsStream() override;

    /// Starts the handshake; call once the stream has its listener (a Connection), so every step is heard.
    void startHandshake();

    Endpoint localEndpoint() const override { return m_local; }
    Endpoint peerEndpoint() const override { return m_peer; }
    qint64 bytesToWrite() const override;
    bool write(const QByteArray &data) override;
    void shutdownWrite() override;
    void close() override;
    void abort() override;
    void setReadPaused(bool paused) override;
    bool isReadPaused() const override { return m_readPaused; }
    const TlsSessionInfo *tlsInfo() const override { return &m_info; }

private:
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onAlert(bool received, int type, const QString &description);
    void scheduleDrain();
    /// Hands on what Qt has decrypted; at the end (evenIfPaused), whatever a paused reader left.
    void drain(bool evenIfPaused);
    void note(const QString &text);

    QSslSocket *m_socket = nullptr;
    TlsOptions m_options;
    TlsOptions::Role m_role = TlsOptions::Role::Client;
    TlsSessionInfo m_info;
    Endpoint m_local;
    Endpoint m_peer;
    QElapsedTimer m_handshakeTimer;
    int m_maxChunkSize = 1024 * 1024;
    bool m_readPaused = false;
    bool m_drainScheduled = false;
    bool m_closeNotifyReceived = false;
    bool m_closing = false;
};

} // namespace Sockbench
