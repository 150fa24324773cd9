#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Sockbench {

/// What a TLS connection asks for and trusts, for a client or for a server's accepted connections.
///
/// The defaults are the safe ones: a client verifies the server against the system's CAs and the host name
/// it connected to; TLS 1.2 is the oldest version allowed. Files are read by TlsSetup::configure().
struct TlsOptions
{
    enum class Role { Client, Server };
    /// What a server asks of its clients' certificates.
    enum class ClientCertificates {
        None, ///< Asks for none.
        Request, ///< Asks; a client without one, or with one we cannot verify, is still served.
        Require, ///< A client must send one that verifies against caFile (or the system's CAs).
    };

    bool enabled = false;
    /// Client: the name sent as SNI and verified against the certificate (empty: the host connected to).
    QString serverName;
    /// Client: trust the CAs in this PEM file (besides the system's). Server: the CAs client certificates
    /// are verified against.
    QString caFile;
    /// Client: accept exactly the certificate whose SHA-256 digest this is (32 bytes), whatever its chain.
    QByteArray pinnedSha256;
    /// Client: no verification at all. Asked for explicitly; every session that has it says so.
    bool insecure = false;
    /// Client: the errors of a certificate whose SHA-256 is this are accepted, once ("connect anyway").
    QByteArray acceptOnceSha256;
    /// Our certificate and key, PEM (a client's for mutual TLS; a server's own). The key may be encrypted.
    QString certificateFile;
    QString keyFile;
    QByteArray passPhrase;
    /// Protocols offered (client) or accepted (server) by ALPN, most preferred first.
    QStringList alpn;
    QSsl::SslProtocol minimumVersion = QSsl::TlsV1_2OrLater;
    ClientCertificates clientCertificates = ClientCertificates::None; ///< Server only.
};

/// Reads a TlsOptions' files into a QSslConfiguration, and the words TLS facts are shown in.
struct TlsSetup
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::TlsSetup)
public:
    /// False, with a message naming the file and what is wrong with it, when a file cannot be used.
    static bool configure(
        const TlsOptions &options, TlsOptions::Role role, QSslConfiguration *configuration, QString *error);
    /// A SHA-256 fingerprint as hex pairs separated by colons, upper case (as openssl x509 -fingerprint).
    static QString fingerprintText(const QByteArray &digest);
    /// Parses "AB:CD:..." or "abcd..." (64 hex digits, colons optional) into 32 bytes; empty when invalid.
    static QByteArray parseFingerprint(const QString &text);
    /// A certificate's SHA-256 digest.
    static QByteArray sha256(const QSslCertificate &certificate);
    /// "TLS 1.3", "TLS 1.2"...
    static QString protocolName(QSsl::SslProtocol protocol);
    /// "1.2" or "1.3" to a minimum version; false when neither.
    static bool parseMinimumVersion(const QString &text, QSsl::SslProtocol *protocol);
    /// One verification error in plain words: "the certificate expired on 2026-11-30", "self-signed
    /// certificate", "the certificate is for other.example, not localhost", "unknown issuer: CN=...".
    static QString describe(const QSslError &error, const QString &expectedName = {});
    /// Subject, issuer, validity and fingerprint on one line.
    static QString describeCertificate(const QSslCertificate &certificate);
    /// A distinguished name as one line: "CN=localhost, O=Example".
    static QString distinguishedName(const QSslCertificate &certificate, bool issuer);
};

} // namespace Sockbench

namespace Sockbench {

/// What a TLS connection turned out to be, for views (the certificate pane, the lock) and the command line.
struct TlsSessionInfo
{
    TlsOptions::Role role = TlsOptions::Role::Client;
    bool encrypted = false; ///< The handshake finished.
    /// Verification was off (--insecure) or its errors were accepted once: the session says so everywhere.
    bool unverified = false;
    QString protocol; ///< "TLS 1.3"
    QString cipher; ///< "TLS_AES_256_GCM_SHA384"
    QString alpn; ///< The protocol ALPN agreed on; empty when none.
    QString verifiedName; ///< Client: the name checked against the certificate (and sent as SNI).
    QList<QSslCertificate> peerChain; ///< The peer's certificate first.
    QStringList errors; ///< Each verification error, in plain words.
    qint64 handshakeNs = 0; ///< From the handshake's start to its end.
};

} // namespace Sockbench
