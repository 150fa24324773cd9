#pragma once

#include "stream/tlsoptions.h"

#include <QDialog>

namespace Sockbench {

/// The certificate pane: what a TLS connection settled (version, cipher, ALPN), whether the peer was
/// verified, each verification error, and the peer's chain with each certificate's subject, issuer,
/// validity and SHA-256 fingerprint.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)
public:
    CertificateDialog(const TlsSessionInfo &info, const QString &title, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    /// The pane's text as HTML (tests read it; the dialog shows it).
    static QString describe(const TlsSessionInfo &info);
};

} // namespace Sockbench
