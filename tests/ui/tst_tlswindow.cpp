// TLS in the window, on the offscreen platform: the New Session dialog's TLS section, and the main window
// against a real TLS server session on loopback (its self-signed certificate, made in a temporary data
// directory): a certificate that does not verify offers "Connect Anyway, Once", the session is then marked,
// and the certificate pane shows the chain and its fingerprint.

#include "models/sessiontreemodel.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "stream/tlsoptions.h"
#include "widgets/certificatedialog.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Sockbench;

namespace {

constexpr int Timeout = 20000;

/// Runs action once a modal widget of type T is up (an exec() that blocks the test), then returns.
template <typename T> void whenModal(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(widget);
        }
    });
    timer->start();
}

} // namespace

class tst_TlsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogSection();
    void connectAnywayOnceAndCertificatePane();

private:
    QTemporaryDir m_dataHome;
    QTemporaryDir m_spool;
};

void tst_TlsWindow::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
}

void tst_TlsWindow::dialogSection()
{
    NewSessionDialog dialog(NewSessionDialog::Role::Client);
    dialog.show();
    auto *box = dialog.findChild<QGroupBox *>(QStringLiteral("tlsBox"));
    auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("tlsCaEdit"));
    auto *insecure = dialog.findChild<QCheckBox *>(QStringLiteral("tlsInsecureCheck"));
    auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("tlsPinEdit"));
    auto *clientCertificates = dialog.findChild<QComboBox *>(QStringLiteral("tlsClientCertificatesCombo"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(box && ca && insecure && pin && clientCertificates && ok);
    dialog.setEndpoint(QStringLiteral("localhost"), 8443);
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.clientOptions().tls.enabled);

    box->setChecked(true);
    QVERIFY(dialog.clientOptions().tls.enabled);
    QTest::keyClicks(ca, QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.errorMessage().contains(QLatin1String("cannot read /nonexistent/ca.pem")),
        qPrintable(dialog.errorMessage()));
    ca->clear();
    QTest::keyClicks(pin, QStringLiteral("AB:CD"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.errorMessage().contains(QLatin1String("SHA-256")));
    pin->clear();
    insecure->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.clientOptions().tls.insecure);
    QVERIFY(!pin->isEnabled());
    QVERIFY(pin->isVisible());
    QVERIFY(!clientCertificates->isVisible());
    const QImage clientShot = dialog.grab().toImage();
    QVERIFY(clientShot.save(m_spool.filePath(QStringLiteral("tls-client-dialog.png"))));

    dialog.setRole(NewSessionDialog::Role::Server);
    QVERIFY(clientCertificates->isVisible());
    QVERIFY(!pin->isVisible());
    QVERIFY(!insecure->isVisible());
    clientCertificates->setCurrentIndex(2);
    const ServerOptions server = dialog.serverOptions();
    QVERIFY(server.tls.enabled);
    QCOMPARE(server.tls.clientCertificates, TlsOptions::ClientCertificates::Require);
    QVERIFY(!server.tls.insecure);
    QVERIFY(dialog.grab().toImage().save(m_spool.filePath(QStringLiteral("tls-server-dialog.png"))));
    qInfo("screenshots in %s", qPrintable(m_spool.path()));
    m_spool.setAutoRemove(!qEnvironmentVariableIsSet("SOCKBENCH_KEEP_SHOTS"));
}

void tst_TlsWindow::connectAnywayOnceAndCertificatePane()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerOptions serverOptions;
    serverOptions.behaviour = ServerBehaviour::Echo;
    serverOptions.tls.enabled = true;
    ServerSession *server = window.openServer(serverOptions);
    QVERIFY(server->isListening());

    ClientOptions clientOptions;
    clientOptions.host = QStringLiteral("127.0.0.1");
    clientOptions.port = server->listenEndpoint().port;
    clientOptions.tls.enabled = true;
    QString shown;
    whenModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        auto *once = box->findChild<QPushButton *>(QStringLiteral("connectAnywayButton"));
        QVERIFY(once);
        once->click();
    });
    ClientSession *client = window.openClient(clientOptions);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), Timeout);
    QVERIFY2(shown.contains(QLatin1String("self-signed certificate")), qPrintable(shown));
    // The second attempt accepts that certificate, once, and says so everywhere.
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection() && client->currentConnection()->tlsInfo()
            && client->currentConnection()->tlsInfo()->encrypted,
        Timeout);
    QVERIFY(client->isUnverified());
    QVERIFY(client->name().contains(QLatin1String("not verified")));

    // The tree's lock: the unverified client's icon is not a plain dot.
    auto *model = window.findChild<SessionTreeModel *>();
    QVERIFY(model);
    const QModelIndex clientIndex = model->indexOfSession(client);
    QVERIFY(clientIndex.isValid());
    const QIcon icon = model->data(clientIndex, Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());

    // The certificate pane of the selected session's connection.
    auto *action = window.findChild<QAction *>(QStringLiteral("certificateAction"));
    QVERIFY(action);
    QTRY_VERIFY(action->isEnabled());
    QString pane;
    whenModal<CertificateDialog>([&pane, this](CertificateDialog *dialog) {
        pane = dialog->findChild<QTextBrowser *>(QStringLiteral("certificateText"))->toPlainText();
        dialog->grab().save(m_spool.filePath(QStringLiteral("tls-certificate-pane.png")));
        dialog->reject();
    });
    action->trigger();
    QVERIFY2(pane.contains(QLatin1String("NOT VERIFIED")), qPrintable(pane));
    QVERIFY(pane.contains(TlsSetup::fingerprintText(server->certificateFingerprint())));
    QVERIFY(pane.contains(QLatin1String("CN=localhost")));
    QVERIFY(pane.contains(QLatin1String("self-signed certificate")));
    QVERIFY(window.grab().save(m_spool.filePath(QStringLiteral("tls-window.png"))));
}

QTEST_MAIN(tst_TlsWindow)

#include "tst_tlswindow.moc"
