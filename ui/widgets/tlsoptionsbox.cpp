#include "tlsoptionsbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockbench {

TlsOptionsBox::TlsOptionsBox(QWidget *parent)
    : QGroupBox(tr("&TLS"), parent)
{
    setObjectName(QStringLiteral("tlsBox"));
    setCheckable(true);
    setChecked(false);
    // Unticked, the box is its title alone: its ten rows, shown greyed out, made the New Server dialog 793 px
    // high, taller than a 1366 x 768 screen has room for.
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("tlsFields"));
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(content);
    m_form = new QFormLayout(content);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    content->setVisible(false);
    connect(this, &QGroupBox::toggled, this, [this, content](bool on) {
        content->setVisible(on);
        Q_EMIT rowsChanged();
    });

    m_caEdit = addFileRow(tr("Trusted CAs:"), tr("the system's; or a PEM file"));
    m_caEdit->setObjectName(QStringLiteral("tlsCaEdit"));
    m_serverNameEdit = new QLineEdit(this);
    m_serverNameEdit->setObjectName(QStringLiteral("tlsServerNameEdit"));
    m_serverNameEdit->setPlaceholderText(tr("the host connected to"));
    m_form->addRow(tr("Server name (SNI):"), m_serverNameEdit);
    m_pinEdit = new QLineEdit(this);
    m_pinEdit->setObjectName(QStringLiteral("tlsPinEdit"));
    m_pinEdit->setPlaceholderText(tr("SHA-256, e.g. AB:CD:... (optional)"));
    m_form->addRow(tr("Pinned certificate:"), m_pinEdit);
    m_insecureCheck = new QCheckBox(tr("Do not verify the server's certificate"), this);
    m_insecureCheck->setObjectName(QStringLiteral("tlsInsecureCheck"));
    m_form->addRow(QString(), m_insecureCheck);
    m_insecureWarning = new QLabel(
        tr("Anyone between you and the server can read and change the bytes. The session is marked."), this);
    m_insecureWarning->setWordWrap(true);
    // The field column's width, not the few words a line a word-wrapped label asks for by itself.
    m_insecureWarning->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Nor the height of those narrow lines as its least: one line, and its height for the width it has.
    m_insecureWarning->setMinimumHeight(m_insecureWarning->fontMetrics().lineSpacing());
    m_insecureWarning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_insecureWarning->setStyleSheet(QStringLiteral("color: #b00020"));
    m_form->addRow(QString(), m_insecureWarning);
    m_certificateEdit = addFileRow(tr("Certificate:"), QString());
    m_certificateEdit->setObjectName(QStringLiteral("tlsCertificateEdit"));
    m_keyEdit = addFileRow(tr("Private key:"), QString());
    m_keyEdit->setObjectName(QStringLiteral("tlsKeyEdit"));
    m_passEdit = new QLineEdit(this);
    m_passEdit->setObjectName(QStringLiteral("tlsPassEdit"));
    m_passEdit->setEchoMode(QLineEdit::Password);
    m_passEdit->setPlaceholderText(tr("when the key is encrypted"));
    m_form->addRow(tr("Pass phrase:"), m_passEdit);
    m_clientCertificatesCombo = new QComboBox(this);
    m_clientCertificatesCombo->setObjectName(QStringLiteral("tlsClientCertificatesCombo"));
    m_clientCertificatesCombo->addItem(tr("Not asked for"), int(TlsOptions::ClientCertificates::None));
    m_clientCertificatesCombo->addItem(tr("Requested"), int(TlsOptions::ClientCertificates::Request));
    m_clientCertificatesCombo->addItem(
        tr("Required (verified against the CAs)"), int(TlsOptions::ClientCertificates::Require));
    m_form->addRow(tr("Client certificates:"), m_clientCertificatesCombo);
    m_alpnEdit = new QLineEdit(this);
    m_alpnEdit->setObjectName(QStringLiteral("tlsAlpnEdit"));
    m_alpnEdit->setPlaceholderText(tr("e.g. h2,http/1.1 (optional)"));
    m_form->addRow(tr("ALPN:"), m_alpnEdit);
    m_minimumCombo = new QComboBox(this);
    m_minimumCombo->setObjectName(QStringLiteral("tlsMinimumCombo"));
    m_minimumCombo->addItem(QStringLiteral("TLS 1.2"), int(QSsl::TlsV1_2OrLater));
    m_minimumCombo->addItem(QStringLiteral("TLS 1.3"), int(QSsl::TlsV1_3OrLater));
    m_form->addRow(tr("Oldest version:"), m_minimumCombo);

    for (QLineEdit *edit :
        { m_caEdit, m_serverNameEdit, m_pinEdit, m_certificateEdit, m_keyEdit, m_passEdit, m_alpnEdit })
        connect(edit, &QLineEdit::textChanged, this, &TlsOptionsBox::edited);
    connect(m_insecureCheck, &QCheckBox::toggled, this, [this](bool on) {
        // Through the form: a row hidden by setRowVisible() stays hidden whatever its widget says.
        m_form->setRowVisible(m_insecureWarning, on && m_role == TlsOptions::Role::Client);
        m_caEdit->setEnabled(!on);
        m_pinEdit->setEnabled(!on);
        Q_EMIT rowsChanged();
        Q_EMIT edited();
    });
    connect(this, &QGroupBox::toggled, this, &TlsOptionsBox::edited);
    setRole(TlsOptions::Role::Client);
}

TlsOptionsBox::~TlsOptionsBox() = default;

QLineEdit *TlsOptionsBox::addFileRow(const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a PEM file"));
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a PEM File"), edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    m_form->addRow(label, row);
    return edit;
}

void TlsOptionsBox::setRole(TlsOptions::Role role)
{
    m_role = role;
    const bool client = role == TlsOptions::Role::Client;
    m_form->setRowVisible(m_serverNameEdit, client);
    m_form->setRowVisible(m_pinEdit, client);
    m_form->setRowVisible(m_insecureCheck, client);
    m_form->setRowVisible(m_insecureWarning, client && m_insecureCheck->isChecked());
    m_form->setRowVisible(m_clientCertificatesCombo, !client);
    m_certificateEdit->setPlaceholderText(
        client ? tr("for mutual TLS (optional)") : tr("none: a self-signed one for localhost"));
    m_keyEdit->setPlaceholderText(client ? tr("the client certificate's key") : tr("the certificate's key"));
    m_caEdit->setPlaceholderText(client ? tr("the system's; or a PEM file") : tr("for client certificates"));
    setTitle(client ? tr("&TLS (verify the server)") : tr("&TLS"));
    Q_EMIT rowsChanged();
}

TlsOptions TlsOptionsBox::options() const
{
    TlsOptions options;
    options.enabled = isChecked();
    options.caFile = m_caEdit->text().trimmed();
    options.certificateFile = m_certificateEdit->text().trimmed();
    options.keyFile = m_keyEdit->text().trimmed();
    options.passPhrase = m_passEdit->text().toUtf8();
    options.alpn = m_alpnEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &protocol : options.alpn)
        protocol = protocol.trimmed();
    options.minimumVersion = QSsl::SslProtocol(m_minimumCombo->currentData().toInt());
    if (m_role == TlsOptions::Role::Client) {
        options.serverName = m_serverNameEdit->text().trimmed();
        options.insecure = m_insecureCheck->isChecked();
        if (options.insecure)
            options.caFile.clear();
        else
            options.pinnedSha256 = TlsSetup::parseFingerprint(m_pinEdit->text());
    } else {
        options.clientCertificates
            = TlsOptions::ClientCertificates(m_clientCertificatesCombo->currentData().toInt());
    }
    return options;
}

QString TlsOptionsBox::problem() const
{
    if (!isChecked())
        return {};
    const TlsOptions chosen = options();
    if (m_role == TlsOptions::Role::Client && !chosen.insecure && !m_pinEdit->text().trimmed().isEmpty()
        && chosen.pinnedSha256.isEmpty())
        return tr("the pinned certificate needs a SHA-256 fingerprint: 64 hex digits, colons allowed");
    QSslConfiguration unused;
    QString error;
    if (!TlsSetup::configure(chosen, m_role, &unused, &error))
        return error;
    return {};
}

} // namespace Sockbench
