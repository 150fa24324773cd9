#include "certificatedialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sockbench {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

CertificateDialog::CertificateDialog(const TlsSessionInfo &info, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Certificate: %1").arg(title));
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("certificateText"));
    text->setHtml(describe(info));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 30);
}

CertificateDialog::~CertificateDialog() = default;

QString CertificateDialog::describe(const TlsSessionInfo &info)
{
    QString html;
    if (info.encrypted) {
        html += QStringLiteral("<p><b>%1</b>, %2").arg(escaped(info.protocol), escaped(info.cipher));
        html += info.alpn.isEmpty() ? tr(", no ALPN protocol") : tr(", ALPN %1").arg(escaped(info.alpn));
        html += tr("; handshake %1 ms").arg(QString::number(double(info.handshakeNs) / 1e6, 'f', 1));
        html += QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("The handshake did not finish."));
    }
    if (info.role == TlsOptions::Role::Client) {
        if (info.unverified)
            html += QStringLiteral("<p style='color:#b00020'><b>%1</b></p>")
                        .arg(tr("NOT VERIFIED: anyone between you and the server could read and change the "
                                "bytes."));
        else if (info.encrypted)
            html += QStringLiteral("<p>%1</p>").arg(tr("Verified for %1.").arg(escaped(info.verifiedName)));
    }
    if (!info.errors.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Verification errors"));
        for (const QString &error : info.errors)
            html += QStringLiteral("<li style='color:#b00020'>%1</li>").arg(escaped(error));
        html += QStringLiteral("</ul>");
    }
    if (info.peerChain.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The peer sent no certificate."));
        return html;
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("The peer's chain, its own certificate first"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int depth = 0;
    for (const QSslCertificate &certificate : info.peerChain) {
        const bool expired = certificate.expiryDate() < now;
        const bool early = certificate.effectiveDate() > now;
        html += QStringLiteral("<p>%1<br>")
                    .arg(tr("<b>%1.</b> %2")
                             .arg(depth++)
                             .arg(escaped(TlsSetup::distinguishedName(certificate, false))));
        html += tr("Issuer: %1").arg(escaped(TlsSetup::distinguishedName(certificate, true)))
            + QStringLiteral("<br>");
        QString validity
            = tr("Valid from %1 to %2")
                  .arg(dateText(certificate.effectiveDate()), dateText(certificate.expiryDate()));
        if (expired)
            validity
                = QStringLiteral("<span style='color:#b00020'>%1 (%2)</span>").arg(validity, tr("expired"));
        else if (early)
            validity = QStringLiteral("<span style='color:#b00020'>%1 (%2)</span>")
                           .arg(validity, tr("not yet valid"));
        html += validity + QStringLiteral("<br>");
        const QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry)
            + certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        if (!names.isEmpty())
            html += tr("Names: %1").arg(escaped(names.join(QLatin1String(", ")))) + QStringLiteral("<br>");
        html += tr("SHA-256: <tt>%1</tt>").arg(TlsSetup::fingerprintText(TlsSetup::sha256(certificate)));
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace Sockbench
