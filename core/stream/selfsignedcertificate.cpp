#include "selfsignedcertificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QStandardPaths>

#include <memory>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Sockbench {

namespace {

constexpr auto CertificateName = "localhost-cert.pem";
constexpr auto KeyName = "localhost-key.pem";
constexpr int ValidDays = 365;

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

/// Makes a P-256 key and a certificate for localhost signed by it, both as PEM.
bool make(QByteArray *certificatePem, QByteArray *keyPem)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return false;
    X509_set_version(certificate.get(), 2); // v3, for the extensions
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER *asn1Serial = number ? BN_to_ASN1_INTEGER(number, nullptr) : nullptr;
    BN_free(number);
    if (!asn1Serial)
        return false;
    X509_set_serialNumber(certificate.get(), asn1Serial);
    ASN1_INTEGER_free(asn1Serial);
    // An hour back, for a client whose clock is a little behind.
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(ValidDays) * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Sockbench"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (!addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash"))
        return false;
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return false;

    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return false;
    *certificatePem = bioContents(certificateBio.get());
    *keyPem = bioContents(keyBio.get());
    return true;
}

bool writeOwnerOnly(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    // QSaveFile creates its temporary file 0600 and keeps those permissions on commit when asked for them.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(contents) != contents.size() || !file.commit()) {
        *error = SelfSignedCertificate::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString SelfSignedCertificate::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/sockbench");
}

bool SelfSignedCertificate::ensure(QString *certificatePath, QString *keyPath, QString *error)
{
    return ensureIn(directory(), certificatePath, keyPath, error);
}

bool SelfSignedCertificate::ensureIn(
    const QString &directory, QString *certificatePath, QString *keyPath, QString *error)
{
    const QString certificateFile = directory + QLatin1Char('/') + QLatin1String(CertificateName);
    const QString keyFile = directory + QLatin1Char('/') + QLatin1String(KeyName);
    *certificatePath = certificateFile;
    *keyPath = keyFile;

    QFile existing(certificateFile);
    if (existing.open(QIODevice::ReadOnly) && QFile::exists(keyFile)) {
        const QList<QSslCertificate> kept = QSslCertificate::fromData(existing.read(1 << 20), QSsl::Pem);
        if (!kept.isEmpty() && kept.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(1))
            return true;
    }

    if (!QDir().mkpath(directory)) {
        *error = tr("cannot create %1").arg(directory);
        return false;
    }
    QFile::setPermissions(
        directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!make(&certificatePem, &keyPem)) {
        *error = tr("OpenSSL could not make a self-signed certificate");
        return false;
    }
    // The key first: a certificate without its key would be taken as valid next time.
    return writeOwnerOnly(keyFile, keyPem, error) && writeOwnerOnly(certificateFile, certificatePem, error);
}

} // namespace Sockbench
