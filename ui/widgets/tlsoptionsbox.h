#pragma once

#include "stream/tlsoptions.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sockbench {

/// The TLS section of the New Session dialog: checkable ("Use TLS"), with a client's fields (CA file, name,
/// pinned fingerprint, no verification, client certificate, ALPN, minimum version) or a server's (certificate
/// and key, or the self-signed one; pass phrase; client certificates), for the role shown.
class TlsOptionsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsOptionsBox)
public:
    explicit TlsOptionsBox(QWidget *parent = nullptr);
    ~TlsOptionsBox() override;

    void setRole(TlsOptions::Role role);
    /// What the fields say; enabled is false when the box is unchecked.
    TlsOptions options() const;
    /// Why the fields cannot be used (a file that cannot be read, a bad fingerprint); empty when they can.
    QString problem() const;

Q_SIGNALS:
    void edited();
    /// A row was shown or hidden (the warning under "Do not verify"): the window may need another height.
    void rowsChanged();

private:
    QLineEdit *addFileRow(const QString &label, const QString &placeholder);

    TlsOptions::Role m_role = TlsOptions::Role::Client;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QLineEdit *m_serverNameEdit = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QCheckBox *m_insecureCheck = nullptr;
    QLabel *m_insecureWarning = nullptr;
    QLineEdit *m_certificateEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLineEdit *m_passEdit = nullptr;
    QLineEdit *m_alpnEdit = nullptr;
    QComboBox *m_minimumCombo = nullptr;
    QComboBox *m_clientCertificatesCombo = nullptr;
};

} // namespace Sockbench
