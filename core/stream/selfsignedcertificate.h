#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockbench {

/// The certificate a TLS server uses when it is given none: self-signed, for localhost (and 127.0.0.1, ::1),
/// made with OpenSSL's API on first use and kept, owner-only, in Sockbench's data directory, so a client that
/// pinned or trusted it once can again.
struct SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::SelfSignedCertificate)
public:
    /// $XDG_DATA_HOME/sockbench (~/.local/share/sockbench).
    static QString directory();
    /// Makes the certificate and key in directory() unless valid ones are there (a kept one is made again a
    /// day before it expires). False, with the reason, when they can be neither read nor made.
    static bool ensure(QString *certificatePath, QString *keyPath, QString *error);
    /// The same in another directory (tests).
    static bool ensureIn(
        const QString &directory, QString *certificatePath, QString *keyPath, QString *error);
};

} // namespace Sockbench
