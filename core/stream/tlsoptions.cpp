#include "tlsoptions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>

namespace Sockbench {

namespace {

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TlsSetup::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // Certificates and keys are small; a bound keeps a wrong path (a disk image) from filling memory.
    constexpr qint64 Largest = 4 * 1024 * 1024;
    if (file.size() > Largest) {
        *error = TlsSetup::tr("%1 is too large for a certificate or key file (%2 bytes)")
                     .arg(path)
                     .arg(file.size());
        return false;
    }
    *contents = file.readAll();
    return true;
}

QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString namesOf(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    for (const QString &address : certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry))
        names.append(address);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QLatin1String(", "));
}

} // namespace

bool TlsSetup::configure(
    const TlsOptions &options, TlsOptions::Role role, QSslConfiguration *configuration, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(options.minimumVersion);
    // Sessions are not resumed: every connection shows its own full handshake and certificate.
    config.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    config.setSslOption(QSsl::SslOptionDisableSessionSharing, true);

    if (!options.caFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(options.caFile, &pem, error))
            return false;
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(pem, QSsl::Pem);
        if (authorities.isEmpty()) {
            *error = tr("%1 holds no PEM certificate").arg(options.caFile);
            return false;
        }
        config.setCaCertificates(config.caCertificates() + authorities);
    }

    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty()) {
        *error = options.certificateFile.isEmpty() ? tr("a key needs its certificate (--cert)")
                                                   : tr("a certificate needs its key (--key)");
        return false;
    }
    if (!options.certificateFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(options.certificateFile, &pem, error))
            return false;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
        if (chain.isEmpty()) {
            *error = tr("%1 holds no PEM certificate").arg(options.certificateFile);
            return false;
        }
        QByteArray keyPem;
        if (!readFile(options.keyFile, &keyPem, error))
            return false;
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, options.passPhrase);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *error = keyPem.contains("ENCRYPTED")
                ? tr("cannot read the private key in %1: wrong pass phrase?").arg(options.keyFile)
                : tr("%1 holds no PEM private key (RSA, EC or DSA)").arg(options.keyFile);
            return false;
        }
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
    }

    if (!options.alpn.isEmpty()) {
        QList<QByteArray> protocols;
        for (const QString &protocol : options.alpn) {
            const QByteArray bytes = protocol.toUtf8();
            if (bytes.isEmpty() || bytes.size() > 255) {
                *error = tr("an ALPN protocol name has 1 to 255 bytes: '%1'").arg(protocol);
                return false;
            }
            protocols.append(bytes);
        }
        config.setAllowedNextProtocols(protocols);
    }

    if (role == TlsOptions::Role::Client) {
        // Errors are always collected, even with --insecure, so a session can say what it accepted.
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        switch (options.clientCertificates) {
        case TlsOptions::ClientCertificates::None:
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            break;
        case TlsOptions::ClientCertificates::Request:
            config.setPeerVerifyMode(QSslSocket::QueryPeer);
            break;
        case TlsOptions::ClientCertificates::Require:
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
            break;
        }
    }
    *configuration = config;
    return true;
}

QString TlsSetup::fingerprintText(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray TlsSetup::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QByteArray TlsSetup::sha256(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString TlsSetup::protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        break;
    }
    return tr("an older or unknown TLS version");
}

bool TlsSetup::parseMinimumVersion(const QString &text, QSsl::SslProtocol *protocol)
{
    if (text == QLatin1String("1.2")) {
        *protocol = QSsl::TlsV1_2OrLater;
        return true;
    }
    if (text == QLatin1String("1.3")) {
        *protocol = QSsl::TlsV1_3OrLater;
        return true;
    }
    return false;
}

QString TlsSetup::describe(const QSslError &error, const QString &expectedName)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("the certificate expired on %1").arg(dateText(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return tr("the certificate is not valid before %1").arg(dateText(certificate.effectiveDate()));
    case QSslError::SelfSignedCertificate:
        return tr("self-signed certificate (%1), not issued by a trusted authority")
            .arg(distinguishedName(certificate, false));
    case QSslError::SelfSignedCertificateInChain:
        return tr("self-signed certificate in the chain (%1), not a trusted authority")
            .arg(distinguishedName(certificate, false));
    case QSslError::HostNameMismatch:
        return expectedName.isEmpty()
            ? tr("the certificate is for %1, another name").arg(namesOf(certificate))
            : tr("name mismatch: the certificate is for %1, not %2").arg(namesOf(certificate), expectedName);
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("unknown issuer: %1 is not a trusted authority").arg(distinguishedName(certificate, true));
    case QSslError::NoPeerCertificate:
        return tr("the peer sent no certificate");
    case QSslError::CertificateRevoked:
        return tr("the certificate was revoked");
    default:
        break;
    }
    return error.errorString();
}

QString TlsSetup::distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values
            = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.isEmpty() ? tr("(no name)") : parts.join(QLatin1String(", "));
}

QString TlsSetup::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("no certificate");
    return tr("subject %1; issuer %2; valid %3 to %4; SHA-256 %5")
        .arg(distinguishedName(certificate, false), distinguishedName(certificate, true),
            dateText(certificate.effectiveDate()), dateText(certificate.expiryDate()),
            fingerprintText(sha256(certificate)));
}

} // namespace Sockbench
