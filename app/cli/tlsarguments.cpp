#include "tlsarguments.h"

#include "arguments.h"

#include <QCommandLineParser>
#include <QFile>

namespace Sockbench::Cli {

namespace {

const QStringList ClientOnly { QStringLiteral("insecure"), QStringLiteral("servername"),
    QStringLiteral("pin") };
const QStringList ServerOnly { QStringLiteral("client-cert") };
const QStringList Shared { QStringLiteral("ca"), QStringLiteral("cert"), QStringLiteral("key"),
    QStringLiteral("pass"), QStringLiteral("alpn"), QStringLiteral("tls-min") };

/// --pass as openssl takes it: pass:TEXT, env:VAR or file:PATH (its first line).
bool readPassPhrase(const QString &spec, QByteArray *phrase, QString *error)
{
    if (spec.startsWith(QLatin1String("pass:"))) {
        *phrase = spec.mid(5).toUtf8();
        return true;
    }
    if (spec.startsWith(QLatin1String("env:"))) {
        const QString name = spec.mid(4);
        if (name.isEmpty() || !qEnvironmentVariableIsSet(qPrintable(name))) {
            *error = CommandLineTr::tr("--pass: the environment variable '%1' is not set").arg(name);
            return false;
        }
        *phrase = qgetenv(qPrintable(name));
        return true;
    }
    if (spec.startsWith(QLatin1String("file:"))) {
        QFile file(spec.mid(5));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CommandLineTr::tr("--pass: cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        *phrase = file.readLine(4096);
        while (phrase->endsWith('\n') || phrase->endsWith('\r'))
            phrase->chop(1);
        return true;
    }
    *error = CommandLineTr::tr("--pass needs pass:TEXT, env:VARIABLE or file:PATH, not '%1'").arg(spec);
    return false;
}

} // namespace

void addTlsOptions(QCommandLineParser &parser, TlsFlags flags)
{
    parser.addOptions({
        { QStringLiteral("tls"), CommandLineTr::tr("Speak TLS.") },
        { QStringLiteral("ca"), CommandLineTr::tr("Trust the CAs in this PEM file."),
            CommandLineTr::tr("file") },
        { QStringLiteral("cert"), CommandLineTr::tr("Our certificate (PEM)."), CommandLineTr::tr("file") },
        { QStringLiteral("key"), CommandLineTr::tr("Our private key (PEM)."), CommandLineTr::tr("file") },
        { QStringLiteral("pass"), CommandLineTr::tr("The key's pass phrase: pass:TEXT, env:VAR, file:PATH."),
            CommandLineTr::tr("source") },
        { QStringLiteral("alpn"), CommandLineTr::tr("ALPN protocols, comma-separated."),
            CommandLineTr::tr("list") },
        { QStringLiteral("tls-min"), CommandLineTr::tr("Oldest TLS version: 1.2 or 1.3."),
            CommandLineTr::tr("version") },
    });
    if (flags != TlsFlags::Server) {
        parser.addOptions({
            { QStringLiteral("insecure"), CommandLineTr::tr("Do not verify the server's certificate.") },
            { QStringLiteral("servername"), CommandLineTr::tr("Name for SNI and verification."),
                CommandLineTr::tr("name") },
            { QStringLiteral("pin"), CommandLineTr::tr("Accept only the certificate with this SHA-256."),
                CommandLineTr::tr("sha256") },
        });
    }
    if (flags != TlsFlags::Client) {
        parser.addOption({ QStringLiteral("client-cert"),
            CommandLineTr::tr("Ask clients for a certificate: request or require."),
            CommandLineTr::tr("mode") });
    }
}

bool readTlsOptions(
    const QCommandLineParser &parser, TlsFlags flags, TlsOptions *options, QString *error, bool impliedTls)
{
    QStringList known = Shared;
    if (flags != TlsFlags::Server)
        known += ClientOnly;
    if (flags != TlsFlags::Client)
        known += ServerOnly;
    options->enabled = impliedTls || parser.isSet(QStringLiteral("tls"));
    if (!options->enabled) {
        for (const QString &flag : std::as_const(known)) {
            if (parser.isSet(flag)) {
                *error = CommandLineTr::tr("--%1 needs --tls").arg(flag);
                return false;
            }
        }
        return true;
    }
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    options->caFile = value("ca");
    options->certificateFile = value("cert");
    options->keyFile = value("key");
    if (parser.isSet(QStringLiteral("pass")) && !readPassPhrase(value("pass"), &options->passPhrase, error))
        return false;
    if (parser.isSet(QStringLiteral("alpn"))) {
        options->alpn = value("alpn").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (options->alpn.isEmpty()) {
            *error
                = CommandLineTr::tr("--alpn needs protocol names separated by commas, such as h2,http/1.1");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("tls-min"))
        && !TlsSetup::parseMinimumVersion(value("tls-min"), &options->minimumVersion)) {
        *error = CommandLineTr::tr("--tls-min needs 1.2 or 1.3, not '%1'").arg(value("tls-min"));
        return false;
    }
    if (flags != TlsFlags::Server) {
        options->insecure = parser.isSet(QStringLiteral("insecure"));
        options->serverName = value("servername");
        if (parser.isSet(QStringLiteral("pin"))) {
            options->pinnedSha256 = TlsSetup::parseFingerprint(value("pin"));
            if (options->pinnedSha256.isEmpty()) {
                *error
                    = CommandLineTr::tr("--pin needs a SHA-256 fingerprint (64 hex digits, colons allowed), "
                                        "not '%1'")
                          .arg(value("pin"));
                return false;
            }
        }
        if (options->insecure
            && (parser.isSet(QStringLiteral("pin")) || parser.isSet(QStringLiteral("ca")))) {
            *error = CommandLineTr::tr("--insecure verifies nothing: it excludes --pin and --ca");
            return false;
        }
    }
    if (flags != TlsFlags::Client && parser.isSet(QStringLiteral("client-cert"))) {
        const QString mode = value("client-cert");
        if (mode == QLatin1String("request"))
            options->clientCertificates = TlsOptions::ClientCertificates::Request;
        else if (mode == QLatin1String("require"))
            options->clientCertificates = TlsOptions::ClientCertificates::Require;
        else {
            *error = CommandLineTr::tr("--client-cert needs request or require, not '%1'").arg(mode);
            return false;
        }
    }
    // Every file is read now: a wrong path is a usage error before anything connects or listens.
    QSslConfiguration unused;
    const TlsOptions::Role role
        = flags == TlsFlags::Server ? TlsOptions::Role::Server : TlsOptions::Role::Client;
    return TlsSetup::configure(*options, role, &unused, error);
}

} // namespace Sockbench::Cli
