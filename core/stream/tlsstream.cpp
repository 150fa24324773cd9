#include "tlsstream.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace Sockbench {

namespace {

// What QSslSocket may hold decrypted for us while we do not read (a paused reader): past it, it stops reading
// the descriptor and TCP flow control slows the peer, as TcpStream's paused notifier does.
constexpr qint64 ReadBufferSize = 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::TlsStream)
};

StreamError streamErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        return StreamError::ConnectionReset;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return StreamError::TlsHandshakeFailed;
    case QAbstractSocket::SocketTimeoutError:
        return StreamError::IdleTimeout;
    default:
        break;
    }
    return StreamError::ConnectionReset;
}

// Qt's text for a failed handshake is OpenSSL's error queue ("Error during SSL handshake:
// error:0A00010B:SSL routines::wrong version number"). The reasons people meet on a workbench get words (a
// user's review found the raw queue read as noise); OpenSSL's own reason stays in parentheses, for a search.
QString handshakeFailureText(const QString &qtText)
{
    const qsizetype at = qtText.lastIndexOf(QLatin1String("::"));
    const QString reason = at >= 0 ? qtText.mid(at + 2).trimmed() : QString();
    struct Known
    {
        const char *reason; // OpenSSL 3's reason string, as ERR_reason_error_string() gives it
        const char *words;
    };
    static const Known known[] = {
        { "wrong version number",
            QT_TRANSLATE_NOOP("Sockbench::TlsStream", "the peer does not speak TLS here") },
        { "http request", QT_TRANSLATE_NOOP("Sockbench::TlsStream", "the peer sent plain HTTP, not TLS") },
        { "tlsv1 alert protocol version",
            QT_TRANSLATE_NOOP(
                "Sockbench::TlsStream", "no TLS version both sides accept (--tls-min, --tls-max)") },
        { "unsupported protocol",
            QT_TRANSLATE_NOOP(
                "Sockbench::TlsStream", "no TLS version both sides accept (--tls-min, --tls-max)") },
        { "no protocols available",
            QT_TRANSLATE_NOOP(
                "Sockbench::TlsStream", "no TLS version both sides accept (--tls-min, --tls-max)") },
        { "no shared cipher", QT_TRANSLATE_NOOP("Sockbench::TlsStream", "no cipher both sides accept") },
        { "sslv3 alert handshake failure",
            QT_TRANSLATE_NOOP("Sockbench::TlsStream",
                "the peer refused the handshake (it may require a client certificate: --cert and --key; or "
                "accept none of our ciphers)") },
        { "tlsv13 alert certificate required",
            QT_TRANSLATE_NOOP(
                "Sockbench::TlsStream", "the peer requires a client certificate (--cert and --key)") },
        { "peer did not return a certificate",
            QT_TRANSLATE_NOOP(
                "Sockbench::TlsStream", "the client sent no certificate, and one is required") },
        { "tlsv1 alert unknown ca",
            QT_TRANSLATE_NOOP("Sockbench::TlsStream", "the peer does not trust our certificate's issuer") },
        { "sslv3 alert bad certificate",
            QT_TRANSLATE_NOOP("Sockbench::TlsStream", "the peer rejected our certificate") },
    };
    for (const Known &entry : known) {
        if (reason == QLatin1String(entry.reason))
            return Tr::tr("TLS handshake failed: %1 (OpenSSL: %2)").arg(Tr::tr(entry.words), reason);
    }
    return Tr::tr("TLS handshake failed: %1").arg(qtText);
}

} // namespace

TlsStream::TlsStream(qintptr descriptor, const QSslConfiguration &configuration, const TlsOptions &options,
    TlsOptions::Role role, const QString &peerName, QObject *parent)
    : ByteStream(parent)
    , m_socket(new QSslSocket(this))
    , m_options(options)
    , m_role(role)
{
    m_info.role = role;
    m_info.unverified = role == TlsOptions::Role::Client && options.insecure;
    m_socket->setSslConfiguration(configuration);
    m_socket->setReadBufferSize(ReadBufferSize);
    if (role == TlsOptions::Role::Client) {
        m_info.verifiedName = options.serverName.isEmpty() ? peerName : options.serverName;
        m_socket->setPeerVerifyName(m_info.verifiedName);
    }
    m_socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite);
    m_local = { m_socket->localAddress(), m_socket->localPort() };
    m_peer = { m_socket->peerAddress(), m_socket->peerPort() };
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(m_socket, &QSslSocket::encrypted, this, &TlsStream::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsStream::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &TlsStream::scheduleDrain);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TlsStream::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &TlsStream::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &ByteStream::bytesWritten);
    // The encrypted side draining is what shrinks bytesToWrite() for a producer that holds back.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { Q_EMIT bytesWritten(0); });
    connect(m_socket, &QSslSocket::alertReceived, this,
        [this](QSsl::AlertLevel, QSsl::AlertType type, const QString &description) {
            onAlert(true, int(type), description);
        });
    connect(m_socket, &QSslSocket::alertSent, this,
        [this](QSsl::AlertLevel, QSsl::AlertType type, const QString &description) {
            onAlert(false, int(type), description);
        });
}

TlsStream::~TlsStream() = default;

void TlsStream::startHandshake()
{
    if (!QSslSocket::supportsSsl()) {
        // Deferred like every failure, so the caller is never re-entered from here.
        QTimer::singleShot(0, this, [this] {
            fail(StreamError::TlsHandshakeFailed,
                Tr::tr("TLS is not available: Qt found no OpenSSL 3 library"));
            m_socket->abort();
        });
        return;
    }
    m_handshakeTimer.start();
    if (m_role == TlsOptions::Role::Client) {
        QString what = Tr::tr("handshake started as a client, for %1").arg(m_info.verifiedName);
        if (m_options.insecure)
            what += Tr::tr(
                "; WARNING: verification is off (--insecure), anyone in between can read and change "
                "the bytes");
        else if (!m_options.pinnedSha256.isEmpty())
            what += Tr::tr("; accepting only the certificate %1")
                        .arg(TlsSetup::fingerprintText(m_options.pinnedSha256));
        note(what);
        m_socket->startClientEncryption();
    } else {
        note(Tr::tr("handshake started as a server"));
        m_socket->startServerEncryption();
    }
}

qint64 TlsStream::bytesToWrite() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

bool TlsStream::write(const QByteArray &data)
{
    if (!isWriteOpen())
        return false;
    if (data.isEmpty())
        return true;
    return m_socket->write(data) == data.size();
}

void TlsStream::shutdownWrite()
{
    if (!isWriteOpen())
        return;
    if (!isReadOpen()) {
        close(); // the peer has finished too: nothing to wait for
        return;
    }
    // Qt's backend cannot send close_notify and go on reading (it closes the socket with it), so our end of
    // output stays ours: reading goes on, and close_notify goes with the close, when the peer has finished.
    markWriteClosing();
    note(Tr::tr("we will send nothing more (close_notify follows when the connection closes: TLS here cannot "
                "half-close)"));
}

void TlsStream::close()
{
    if (state() == State::Closed || m_closing)
        return;
    m_closing = true;
    markWriteClosing();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        markClosed();
        return;
    }
    m_socket->disconnectFromHost();
}

void TlsStream::abort()
{
    if (state() == State::Closed)
        return;
    m_socket->abort();
    markClosed();
}

void TlsStream::setReadPaused(bool paused)
{
    m_readPaused = paused;
    if (!paused)
        scheduleDrain();
}

void TlsStream::onEncrypted()
{
    m_info.handshakeNs = m_handshakeTimer.nsecsElapsed();
    m_info.encrypted = true;
    m_info.protocol = TlsSetup::protocolName(m_socket->sessionProtocol());
    m_info.cipher = m_socket->sessionCipher().name();
    m_info.alpn = QString::fromUtf8(m_socket->sslConfiguration().nextNegotiatedProtocol());
    m_info.peerChain = m_socket->peerCertificateChain();
    const QSslCertificate peer = m_socket->peerCertificate();
    if (m_role == TlsOptions::Role::Client && !m_options.pinnedSha256.isEmpty()
        && TlsSetup::sha256(peer) != m_options.pinnedSha256) {
        const QString message
            = Tr::tr("certificate verification failed: its SHA-256 fingerprint is %1, not the "
                     "pinned %2")
                  .arg(TlsSetup::fingerprintText(TlsSetup::sha256(peer)),
                      TlsSetup::fingerprintText(m_options.pinnedSha256));
        m_info.errors.append(message);
        fail(StreamError::TlsVerifyFailed, message);
        m_socket->abort();
        return;
    }
    QString what
        = Tr::tr("handshake finished in %1 ms: %2, %3")
              .arg(QString::number(double(m_info.handshakeNs) / 1e6, 'f', 1), m_info.protocol, m_info.cipher);
    what += m_info.alpn.isEmpty() ? Tr::tr(", no ALPN protocol") : Tr::tr(", ALPN %1").arg(m_info.alpn);
    what += m_role == TlsOptions::Role::Client
        ? Tr::tr("; server certificate: %1").arg(TlsSetup::describeCertificate(peer))
        : peer.isNull() ? Tr::tr("; the client sent no certificate")
                        : Tr::tr("; client certificate: %1").arg(TlsSetup::describeCertificate(peer));
    if (m_info.unverified)
        what += Tr::tr("; NOT VERIFIED");
    note(what);
    Q_EMIT tlsEstablished();
    scheduleDrain();
}

void TlsStream::onSslErrors(const QList<QSslError> &errors)
{
    // Kept now: a refused peer's certificate is what the window shows and offers to accept once.
    m_info.peerChain = m_socket->peerCertificateChain();
    for (const QSslError &error : errors) {
        const QString words = TlsSetup::describe(error, m_info.verifiedName);
        m_info.errors.append(words);
        note(Tr::tr("verification error: %1").arg(words));
    }
    const QByteArray digest = TlsSetup::sha256(m_socket->peerCertificate());
    if (m_role == TlsOptions::Role::Server) {
        // Only a server that asks for client certificates sees errors; one that merely requests them serves a
        // client whose certificate does not verify (QueryPeer), one that requires them refuses it.
        return;
    }
    if (m_options.insecure) {
        note(Tr::tr("accepted anyway: verification is off (--insecure)"));
        m_socket->ignoreSslErrors();
    } else if (!m_options.pinnedSha256.isEmpty() && digest == m_options.pinnedSha256) {
        note(Tr::tr("accepted: the certificate is the pinned one (%1)")
                 .arg(TlsSetup::fingerprintText(digest)));
        m_socket->ignoreSslErrors();
    } else if (!m_options.acceptOnceSha256.isEmpty() && digest == m_options.acceptOnceSha256) {
        m_info.unverified = true;
        note(Tr::tr("accepted once, as asked: the certificate %1").arg(TlsSetup::fingerprintText(digest)));
        m_socket->ignoreSslErrors();
    } else if (!m_options.pinnedSha256.isEmpty()) {
        // Refused: say what the pin had to do with it, beside the chain's errors.
        const QString words
            = Tr::tr("its SHA-256 fingerprint is %1, not the pinned %2")
                  .arg(TlsSetup::fingerprintText(digest), TlsSetup::fingerprintText(m_options.pinnedSha256));
        m_info.errors.append(words);
        note(Tr::tr("verification error: %1").arg(words));
    }
}

void TlsStream::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (!m_info.encrypted && !m_closing) {
            fail(StreamError::TlsHandshakeFailed,
                m_info.errors.isEmpty() ? Tr::tr("the peer closed the connection during the TLS handshake")
                                        : Tr::tr("certificate verification failed: %1")
                                              .arg(m_info.errors.join(QLatin1String("; "))));
            return;
        }
        // Both a close_notify and a bare FIN end up here; the alert told us which it was.
        if (!m_closeNotifyReceived && !m_closing)
            note(Tr::tr("truncated: the peer closed the connection without close_notify; what it sent may be "
                        "incomplete"));
        return; // disconnected() follows
    }
    if (state() == State::Closed)
        return;
    drain(true);
    if (error == QAbstractSocket::SslHandshakeFailedError && !m_info.errors.isEmpty()) {
        fail(StreamError::TlsVerifyFailed,
            Tr::tr("certificate verification failed: %1").arg(m_info.errors.join(QLatin1String("; "))));
        return;
    }
    QString message = m_socket->errorString();
    if (!m_info.encrypted)
        message = handshakeFailureText(message);
    fail(streamErrorFor(error), message);
}

void TlsStream::onDisconnected()
{
    drain(true);
    markClosed();
}

void TlsStream::onAlert(bool received, int type, const QString &description)
{
    if (type == int(QSsl::AlertType::CloseNotify)) {
        if (received) {
            m_closeNotifyReceived = true;
            note(Tr::tr("the peer sent close_notify: a clean close"));
            // This runs inside OpenSSL's read, while Qt's buffer is half-filled: read what came with the
            // alert, then close, on the next turn of the event loop.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    drain(true);
                    markPeerHalfClosed();
                    close();
                },
                Qt::QueuedConnection);
        } else {
            note(Tr::tr("we sent close_notify"));
        }
        return;
    }
    note(received ? Tr::tr("the peer sent the alert: %1").arg(description)
                  : Tr::tr("we sent the alert: %1").arg(description));
}

void TlsStream::scheduleDrain()
{
    // Qt decrypts in 4 KiB records and says readyRead for each; reading once per event-loop turn hands
    // the capture one chunk per burst instead of one per record.
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { drain(false); }, Qt::QueuedConnection);
}

void TlsStream::drain(bool evenIfPaused)
{
    m_drainScheduled = false;
    while ((evenIfPaused || !m_readPaused) && isReadOpen()) {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            break;
        const QByteArray chunk = m_socket->read(qMin<qint64>(available, m_maxChunkSize));
        if (chunk.isEmpty())
            break;
        Q_EMIT received(chunk);
    }
}

void TlsStream::note(const QString &text)
{
    Q_EMIT tlsEvent(text);
}

} // namespace Sockbench
