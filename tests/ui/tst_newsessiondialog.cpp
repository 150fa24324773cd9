#include "widgets/newsessiondialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Sockbench;

class tst_NewSessionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void portValidation_data();
    void portValidation();
    void hostValidation_data();
    void hostValidation();
    void bindAddressValidation_data();
    void bindAddressValidation();
    void hostAndPortInTheHostField_data();
    void hostAndPortInTheHostField();
    void clientServiceNames();
    void clientOptions();
    void serverOptionsDefaults();
    void serverOptions();
    void anyInterfaceWarns();
    void roleSwitching();
    void invalidInputIsNotAccepted();
    void recentEndpointsAreOffered();
    void serverAndClientPortsAreRememberedApart();
};

namespace {

struct Fixture
{
    explicit Fixture(NewSessionDialog::Role role)
        : dialog(role)
    {
        dialog.show();
        hostEdit = dialog.findChild<QComboBox *>(QStringLiteral("hostEdit"));
        bindEdit = dialog.findChild<QComboBox *>(QStringLiteral("bindEdit"));
        portEdit = dialog.findChild<QLineEdit *>(QStringLiteral("portEdit"));
        timeoutSpin = dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
        behaviourCombo = dialog.findChild<QComboBox *>(QStringLiteral("behaviourCombo"));
        messageLabel = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        warningLabel = dialog.findChild<QLabel *>(QStringLiteral("bindWarningLabel"));
        okButton = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    }
    bool complete() const
    {
        return hostEdit && bindEdit && portEdit && timeoutSpin && behaviourCombo && messageLabel
            && warningLabel && okButton;
    }
    // Replaces the text as a user would: select all, then type.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    void typeHost(const QString &text) { retype(hostEdit->lineEdit(), text); }
    void typeBind(const QString &text) { retype(bindEdit->lineEdit(), text); }
    void typePort(const QString &text) { retype(portEdit, text); }

    NewSessionDialog dialog;
    QComboBox *hostEdit = nullptr;
    QComboBox *bindEdit = nullptr;
    QLineEdit *portEdit = nullptr;
    QSpinBox *timeoutSpin = nullptr;
    QComboBox *behaviourCombo = nullptr;
    QLabel *messageLabel = nullptr;
    QLabel *warningLabel = nullptr;
    QPushButton *okButton = nullptr;
};

} // namespace

void tst_NewSessionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newsessiondialog"));
}

void tst_NewSessionDialog::init()
{
    QSettings().clear();
}

void tst_NewSessionDialog::cleanup()
{
    QSettings().clear();
}

void tst_NewSessionDialog::portValidation_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message"); // empty when the port is fine

    const int client = int(NewSessionDialog::Role::Client);
    const int server = int(NewSessionDialog::Role::Server);
    QTest::addRow("client 80") << client << QStringLiteral("80") << QString();
    QTest::addRow("client 65535") << client << QStringLiteral("65535") << QString();
    QTest::addRow("client 70000") << client << QStringLiteral("70000")
                                  << QStringLiteral("port must be between 1 and 65535");
    QTest::addRow("client 0") << client << QStringLiteral("0")
                              << QStringLiteral("port must be between 1 and 65535");
    QTest::addRow("client abc") << client << QStringLiteral("abc") << QStringLiteral("port must be a number");
    QTest::addRow("client -1") << client << QStringLiteral("-1") << QStringLiteral("port must be a number");
    QTest::addRow("client huge") << client << QStringLiteral("99999999999")
                                 << QStringLiteral("port must be between 1 and 65535");
    QTest::addRow("client empty") << client << QString() << QStringLiteral("between 1 and 65535");
    QTest::addRow("server 0") << server << QStringLiteral("0") << QString();
    QTest::addRow("server empty") << server << QString() << QString();
    QTest::addRow("server 8080") << server << QStringLiteral("8080") << QString();
    QTest::addRow("server 70000") << server << QStringLiteral("70000")
                                  << QStringLiteral("port must be between 0 and 65535");
    QTest::addRow("server abc") << server << QStringLiteral("abc") << QStringLiteral("port must be a number");
}

void tst_NewSessionDialog::portValidation()
{
    QFETCH(int, role);
    QFETCH(QString, port);
    QFETCH(QString, message);

    Fixture f { NewSessionDialog::Role(role) };
    QVERIFY(f.complete());
    f.typePort(port);

    QCOMPARE(f.dialog.isInputValid(), message.isEmpty());
    QCOMPARE(f.okButton->isEnabled(), message.isEmpty());
    QVERIFY(f.messageLabel->isVisible());
    if (!message.isEmpty())
        QVERIFY2(f.messageLabel->text().contains(message), qPrintable(f.messageLabel->text()));
}

void tst_NewSessionDialog::hostValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // what clientOptions().host holds when valid

    QTest::addRow("name") << QStringLiteral("example.com") << true << QStringLiteral("example.com");
    QTest::addRow("ipv4") << QStringLiteral("192.168.1.10") << true << QStringLiteral("192.168.1.10");
    QTest::addRow("ipv6") << QStringLiteral("::1") << true << QStringLiteral("::1");
    QTest::addRow("bracketed ipv6") << QStringLiteral("[::1]") << true << QStringLiteral("::1");
    QTest::addRow("spaces trimmed") << QStringLiteral("  localhost ") << true << QStringLiteral("localhost");
    QTest::addRow("empty") << QString() << false << QString();
    QTest::addRow("inner space") << QStringLiteral("local host") << false << QString();
    // Issue 8: HOST:PORT in the Host field is split into both fields (it was refused before); see
    // hostAndPortInTheHostField. What is neither a host nor HOST:PORT is still refused.
    QTest::addRow("port in host") << QStringLiteral("localhost:80") << true << QStringLiteral("localhost");
    QTest::addRow("colons, no address") << QStringLiteral("a:b:c") << false << QString();
    QTest::addRow("brackets around a name") << QStringLiteral("[localhost]") << false << QString();
}

void tst_NewSessionDialog::hostValidation()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    Fixture f { NewSessionDialog::Role::Client };
    QVERIFY(f.complete());
    f.typePort(QStringLiteral("80"));
    f.typeHost(host);
    QCOMPARE(f.dialog.isInputValid(), valid);
    QCOMPARE(f.okButton->isEnabled(), valid);
    if (valid)
        QCOMPARE(f.dialog.clientOptions().host, expected);
    else
        QVERIFY(!f.messageLabel->text().isEmpty());
}

void tst_NewSessionDialog::bindAddressValidation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("address"); // empty when refused

    QTest::addRow("ipv4") << QStringLiteral("127.0.0.2") << QStringLiteral("127.0.0.2");
    QTest::addRow("ipv6 bracketed") << QStringLiteral("[::1]") << QStringLiteral("::1");
    QTest::addRow("bad octet") << QStringLiteral("999.1.2.3") << QString();
    QTest::addRow("a name") << QStringLiteral("localhost") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void tst_NewSessionDialog::bindAddressValidation()
{
    QFETCH(QString, typed);
    QFETCH(QString, address);

    Fixture f { NewSessionDialog::Role::Server };
    QVERIFY(f.complete());
    f.typeBind(typed);
    QCOMPARE(f.dialog.isInputValid(), !address.isEmpty());
    QCOMPARE(f.okButton->isEnabled(), !address.isEmpty());
    if (!address.isEmpty()) {
        QCOMPARE(f.dialog.serverOptions().bindAddress, QHostAddress(address));
    } else if (!typed.isEmpty()) {
        QVERIFY2(f.messageLabel->text().contains(QStringLiteral("not an IP address")),
            qPrintable(f.messageLabel->text()));
    }
}

void tst_NewSessionDialog::hostAndPortInTheHostField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("portBefore"); // what the Port field held
    QTest::addColumn<QString>("host"); // the Host field once split
    QTest::addColumn<QString>("portField"); // the Port field once split
    QTest::addColumn<int>("port"); // clientOptions().port; 0: refused

    QTest::addRow("name:port") << QStringLiteral("example.com:8080") << QString()
                               << QStringLiteral("example.com") << QStringLiteral("8080") << 8080;
    QTest::addRow("ipv4:port, over the Port field")
        << QStringLiteral("192.0.2.1:7") << QStringLiteral("80") << QStringLiteral("192.0.2.1")
        << QStringLiteral("7") << 7;
    QTest::addRow("[ipv6]:port") << QStringLiteral("[::1]:9000") << QString() << QStringLiteral("::1")
                                 << QStringLiteral("9000") << 9000;
    QTest::addRow("name:service") << QStringLiteral("localhost:http") << QString()
                                  << QStringLiteral("localhost") << QStringLiteral("http") << 80;
    // Unbracketed, the last group belongs to the address: nothing moves.
    QTest::addRow("bare ipv6") << QStringLiteral("::1") << QStringLiteral("22") << QStringLiteral("::1")
                               << QStringLiteral("22") << 22;
    QTest::addRow("name:bad port") << QStringLiteral("localhost:70000") << QStringLiteral("80")
                                   << QStringLiteral("localhost") << QStringLiteral("70000") << 0;
}

void tst_NewSessionDialog::hostAndPortInTheHostField()
{
    QFETCH(QString, typed);
    QFETCH(QString, portBefore);
    QFETCH(QString, host);
    QFETCH(QString, portField);
    QFETCH(int, port);

    Fixture f { NewSessionDialog::Role::Client };
    QVERIFY(f.complete());
    f.typePort(portBefore);
    f.typeHost(typed);
    // While typing, the Host field's port already counts.
    QCOMPARE(f.okButton->isEnabled(), port != 0);
    if (port != 0) {
        QCOMPARE(f.dialog.clientOptions().host, host);
        QCOMPARE(f.dialog.clientOptions().port, quint16(port));
        QVERIFY2(f.messageLabel->text().contains(QString::number(port)), qPrintable(f.messageLabel->text()));
    } else {
        QVERIFY2(f.messageLabel->text().contains(QLatin1String("port must be between 1 and 65535")),
            qPrintable(f.messageLabel->text()));
    }
    // Leaving the field (Tab, a click elsewhere) splits it into both fields.
    Q_EMIT f.hostEdit->lineEdit()->editingFinished();
    QCOMPARE(f.hostEdit->currentText(), host);
    QCOMPARE(f.portEdit->text(), portField);
    QCOMPARE(f.okButton->isEnabled(), port != 0);
    if (port != 0) {
        QCOMPARE(f.dialog.clientOptions().host, host);
        QCOMPARE(f.dialog.clientOptions().port, quint16(port));
        // Accepting keeps the split fields, and remembers the host without its port.
        f.okButton->click();
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
        Fixture again { NewSessionDialog::Role::Client };
        QCOMPARE(again.hostEdit->currentText(), host);
        QCOMPARE(again.portEdit->text(), QString::number(port));
    }
}

void tst_NewSessionDialog::clientServiceNames()
{
    // A client's port may name a service, as on the command line; a server's must be a number.
    Fixture client { NewSessionDialog::Role::Client };
    QVERIFY(client.complete());
    client.typeHost(QStringLiteral("localhost"));
    client.typePort(QStringLiteral("https"));
    QVERIFY(client.okButton->isEnabled());
    QCOMPARE(client.dialog.clientOptions().port, quint16(443));
    client.typePort(QStringLiteral("nosuchsvc"));
    QVERIFY(!client.okButton->isEnabled());
    QVERIFY2(client.messageLabel->text().contains(QLatin1String("nosuchsvc")),
        qPrintable(client.messageLabel->text()));

    Fixture server { NewSessionDialog::Role::Server };
    QVERIFY(server.complete());
    server.typePort(QStringLiteral("http"));
    QVERIFY(!server.okButton->isEnabled());
    QVERIFY2(server.messageLabel->text().contains(QLatin1String("port must be a number")),
        qPrintable(server.messageLabel->text()));
}

void tst_NewSessionDialog::clientOptions()
{
    Fixture f { NewSessionDialog::Role::Client };
    QVERIFY(f.complete());
    QCOMPARE(f.dialog.role(), NewSessionDialog::Role::Client);
    QCOMPARE(f.timeoutSpin->value(), 10);
    f.typeHost(QStringLiteral("example.com"));
    f.typePort(QStringLiteral("8080"));
    f.timeoutSpin->setValue(5);

    QVERIFY(f.okButton->isEnabled());
    const ClientOptions options = f.dialog.clientOptions();
    QCOMPARE(options.host, QStringLiteral("example.com"));
    QCOMPARE(options.port, quint16(8080));
    QCOMPARE(options.connectTimeoutMs, 5000);
}

void tst_NewSessionDialog::serverOptionsDefaults()
{
    Fixture f { NewSessionDialog::Role::Server };
    QVERIFY(f.complete());
    QVERIFY(f.okButton->isEnabled()); // loopback and a free port are fine as they are
    const ServerOptions options = f.dialog.serverOptions();
    QCOMPARE(options.bindAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(options.port, quint16(0));
    QCOMPARE(options.behaviour, ServerBehaviour::Manual);
    QVERIFY(!f.warningLabel->isVisible());
}

void tst_NewSessionDialog::serverOptions()
{
    Fixture f { NewSessionDialog::Role::Server };
    QVERIFY(f.complete());
    f.typePort(QStringLiteral("9000"));
    f.behaviourCombo->setCurrentIndex(f.behaviourCombo->findData(QVariant::fromValue(ServerBehaviour::Echo)));
    f.bindEdit->setCurrentIndex(1);

    ServerOptions options = f.dialog.serverOptions();
    QCOMPARE(options.bindAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(options.port, quint16(9000));
    QCOMPARE(options.behaviour, ServerBehaviour::Echo);

    f.behaviourCombo->setCurrentIndex(
        f.behaviourCombo->findData(QVariant::fromValue(ServerBehaviour::Discard)));
    QCOMPARE(f.dialog.serverOptions().behaviour, ServerBehaviour::Discard);
}

void tst_NewSessionDialog::anyInterfaceWarns()
{
    Fixture f { NewSessionDialog::Role::Server };
    QVERIFY(f.complete());
    QVERIFY(!f.warningLabel->isVisible());

    f.bindEdit->setCurrentIndex(f.bindEdit->findData(QStringLiteral("0.0.0.0")));
    QVERIFY(f.warningLabel->isVisible());
    QCOMPARE(f.dialog.serverOptions().bindAddress, QHostAddress(QHostAddress::AnyIPv4));

    f.bindEdit->setCurrentIndex(0);
    QVERIFY(!f.warningLabel->isVisible());

    f.typeBind(QStringLiteral("::"));
    QVERIFY(f.warningLabel->isVisible());
    QCOMPARE(f.dialog.serverOptions().bindAddress, QHostAddress(QHostAddress::AnyIPv6));

    f.typeBind(QStringLiteral("127.0.0.1"));
    QVERIFY(!f.warningLabel->isVisible());

    // The warning belongs to the server role only.
    f.typeBind(QStringLiteral("0.0.0.0"));
    QVERIFY(f.warningLabel->isVisible());
    f.dialog.setRole(NewSessionDialog::Role::Client);
    QVERIFY(!f.warningLabel->isVisible());
}

void tst_NewSessionDialog::roleSwitching()
{
    Fixture f { NewSessionDialog::Role::Client };
    QVERIFY(f.complete());
    QVERIFY(f.hostEdit->isVisible());
    QVERIFY(!f.bindEdit->isVisible());
    QVERIFY(!f.behaviourCombo->isVisible());

    f.dialog.setRole(NewSessionDialog::Role::Server);
    QCOMPARE(f.dialog.role(), NewSessionDialog::Role::Server);
    QVERIFY(!f.hostEdit->isVisible());
    QVERIFY(f.bindEdit->isVisible());
    QVERIFY(f.behaviourCombo->isVisible());
    QVERIFY(!f.timeoutSpin->isVisible());

    auto *clientRadio = f.dialog.findChild<QRadioButton *>(QStringLiteral("clientRadio"));
    QVERIFY(clientRadio);
    QVERIFY(!clientRadio->isChecked());
    QTest::mouseClick(clientRadio, Qt::LeftButton);
    QCOMPARE(f.dialog.role(), NewSessionDialog::Role::Client);
    QVERIFY(f.hostEdit->isVisible());
    QVERIFY(f.timeoutSpin->isVisible());

    // A port that suits a server (0) does not suit a client.
    f.typePort(QStringLiteral("0"));
    QVERIFY(!f.okButton->isEnabled());
    f.dialog.setRole(NewSessionDialog::Role::Server);
    QVERIFY(f.okButton->isEnabled());
}

void tst_NewSessionDialog::invalidInputIsNotAccepted()
{
    Fixture f { NewSessionDialog::Role::Client };
    QVERIFY(f.complete());
    f.typePort(QStringLiteral("70000"));
    f.dialog.accept();
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
    QVERIFY(QSettings().allKeys().isEmpty()); // nothing remembered

    f.typePort(QStringLiteral("7000"));
    f.dialog.accept();
    QVERIFY(!f.dialog.isVisible());
    QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
}

void tst_NewSessionDialog::recentEndpointsAreOffered()
{
    {
        Fixture f { NewSessionDialog::Role::Client };
        QVERIFY(f.complete());
        f.typeHost(QStringLiteral("first.example"));
        f.typePort(QStringLiteral("1111"));
        f.dialog.accept();
    }
    {
        Fixture f { NewSessionDialog::Role::Client };
        f.typeHost(QStringLiteral("second.example"));
        f.typePort(QStringLiteral("2222"));
        f.dialog.accept();
    }
    {
        Fixture f { NewSessionDialog::Role::Server };
        f.typeBind(QStringLiteral("127.0.0.2"));
        f.typePort(QStringLiteral("3333"));
        f.dialog.accept();
    }

    Fixture f { NewSessionDialog::Role::Client };
    QVERIFY(f.complete());
    // The most recent first, and filled in.
    QCOMPARE(f.hostEdit->count(), 2);
    QCOMPARE(f.hostEdit->itemText(0), QStringLiteral("second.example"));
    QCOMPARE(f.hostEdit->itemText(1), QStringLiteral("first.example"));
    QCOMPARE(f.hostEdit->currentText(), QStringLiteral("second.example"));
    QCOMPARE(f.portEdit->text(), QStringLiteral("2222"));
    QVERIFY(f.okButton->isEnabled());

    // Choosing an older host brings back its port.
    f.hostEdit->showPopup();
    QTest::keyClick(f.hostEdit->view(), Qt::Key_Down);
    QTest::keyClick(f.hostEdit->view(), Qt::Key_Return);
    QCOMPARE(f.hostEdit->currentText(), QStringLiteral("first.example"));
    QCOMPARE(f.portEdit->text(), QStringLiteral("1111"));

    // The typed bind address is offered, but loopback stays the default.
    f.dialog.setRole(NewSessionDialog::Role::Server);
    QVERIFY(f.bindEdit->findData(QStringLiteral("127.0.0.2")) >= 0);
    QCOMPARE(f.dialog.serverOptions().bindAddress, QHostAddress(QHostAddress::LocalHost));

    // At most maxRecent are kept.
    for (int i = 0; i < NewSessionDialog::maxRecent + 3; ++i) {
        Fixture more { NewSessionDialog::Role::Client };
        more.typeHost(QStringLiteral("host%1.example").arg(i));
        more.typePort(QStringLiteral("80"));
        more.dialog.accept();
    }
    Fixture last { NewSessionDialog::Role::Client };
    QCOMPARE(last.hostEdit->count(), NewSessionDialog::maxRecent);
}

void tst_NewSessionDialog::serverAndClientPortsAreRememberedApart()
{
    {
        Fixture f { NewSessionDialog::Role::Client };
        QVERIFY(f.complete());
        f.typeHost(QStringLiteral("127.0.0.1"));
        f.typePort(QStringLiteral("5432"));
        f.dialog.accept();
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
    }
    {
        // A client's target is another program's port: a server with no history of its own takes any free
        // one.
        Fixture f { NewSessionDialog::Role::Server };
        QVERIFY(f.complete());
        QCOMPARE(f.portEdit->text(), QString());
        QCOMPARE(f.dialog.serverOptions().port, quint16(0));
        QVERIFY(f.okButton->isEnabled());
        f.typePort(QStringLiteral("7001"));
        f.dialog.accept();
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
    }
    {
        Fixture f { NewSessionDialog::Role::Server };
        QCOMPARE(f.dialog.serverOptions().port, quint16(7001)); // its own last port
        // Switching roles without typing a port brings each role's own.
        f.dialog.setRole(NewSessionDialog::Role::Client);
        QCOMPARE(f.dialog.clientOptions().port, quint16(5432));
        f.dialog.setRole(NewSessionDialog::Role::Server);
        QCOMPARE(f.dialog.serverOptions().port, quint16(7001));
    }
    {
        Fixture f { NewSessionDialog::Role::Client };
        QCOMPARE(f.portEdit->text(), QStringLiteral("5432"));
        f.dialog.setRole(NewSessionDialog::Role::Server);
        QCOMPARE(f.portEdit->text(), QStringLiteral("7001"));
        // A port the user typed stays when the role changes.
        f.typePort(QStringLiteral("9100"));
        f.dialog.setRole(NewSessionDialog::Role::Client);
        QCOMPARE(f.dialog.clientOptions().port, quint16(9100));
    }
    {
        // A server that last took any free port proposes that again, not the client's port.
        Fixture f { NewSessionDialog::Role::Server };
        f.typePort(QStringLiteral("0"));
        f.dialog.accept();
        Fixture again { NewSessionDialog::Role::Server };
        QCOMPARE(again.dialog.serverOptions().port, quint16(0));
    }
}

QTEST_MAIN(tst_NewSessionDialog)
#include "tst_newsessiondialog.moc"
