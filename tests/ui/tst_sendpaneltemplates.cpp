// The send panel's line endings on multi-line input and its dynamic fields, on the real widget over a real
// loopback connection.

#include "codec/checksum.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/sendpanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_SendPanelTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyLineBreakTakesTheEnding_data();
    void everyLineBreakTakesTheEnding();
    void tooltipSaysSo();
    void fields_data();
    void fields();
    void counterCountsSendsAndRepeats();
    void dataIsWhatTheConnectionReceived();
    void badTemplateSendsNothing();
};

namespace {

struct Panel
{
    Panel()
    {
        panel.resize(700, 200);
        panel.show();
        edit = panel.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
        lineEndingCombo = panel.findChild<QComboBox *>(QStringLiteral("lineEndingCombo"));
        sendButton = panel.findChild<QPushButton *>(QStringLiteral("sendButton"));
        errorLabel = panel.findChild<QLabel *>(QStringLiteral("errorLabel"));
    }
    bool complete() const { return edit && lineEndingCombo && sendButton && errorLabel; }

    SendPanel panel;
    QPlainTextEdit *edit = nullptr;
    QComboBox *lineEndingCombo = nullptr;
    QPushButton *sendButton = nullptr;
    QLabel *errorLabel = nullptr;
};

} // namespace

void tst_SendPanelTemplates::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sockbench-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sendpaneltemplates"));
}

void tst_SendPanelTemplates::init()
{
    QSettings().clear();
}

void tst_SendPanelTemplates::everyLineBreakTakesTheEnding_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("expected");
    // HTTP headers typed on separate lines: with CRLF every line ends in CR LF, not only the last.
    QTest::addRow("crlf") << int(LineEnding::CRLF)
                          << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
    QTest::addRow("cr") << int(LineEnding::CR)
                        << QByteArray("GET / HTTP/1.1\rHost: localhost\rAccept: text/html\r\r");
    QTest::addRow("lf") << int(LineEnding::LF)
                        << QByteArray("GET / HTTP/1.1\nHost: localhost\nAccept: text/html\n\n");
    QTest::addRow("none keeps LF") << int(LineEnding::None)
                                   << QByteArray("GET / HTTP/1.1\nHost: localhost\nAccept: text/html\n");
}

void tst_SendPanelTemplates::everyLineBreakTakesTheEnding()
{
    QFETCH(int, ending);
    QFETCH(QByteArray, expected);
    Panel f;
    QVERIFY(f.complete());
    f.panel.setLineEnding(LineEnding(ending));
    // Typed as a user types it: Enter starts each new line.
    QTest::keyClicks(f.edit, QStringLiteral("GET / HTTP/1.1"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    QTest::keyClicks(f.edit, QStringLiteral("Host: localhost"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    QTest::keyClicks(f.edit, QStringLiteral("Accept: text/html"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    QCOMPARE(f.panel.currentBytes(), expected);
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    QVERIFY(spy.isValid());
    QTest::keyClick(f.edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), expected);
}

void tst_SendPanelTemplates::tooltipSaysSo()
{
    Panel f;
    QVERIFY(f.complete());
    QVERIFY2(f.lineEndingCombo->toolTip().contains(QStringLiteral("every line break")),
        qPrintable(f.lineEndingCombo->toolTip()));
}

void tst_SendPanelTemplates::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("crc32 hex") << QStringLiteral("123456789{{crc32:hex}}") << int(PayloadMode::Text)
                               << QByteArray("123456789CBF43926");
    QTest::addRow("crc16 modbus") << QStringLiteral("123456789{{crc16:hex}}") << int(PayloadMode::Text)
                                  << QByteArray("1234567894B37");
    QTest::addRow("modbus frame in hex") << QStringLiteral("01 03 00 00 00 0a {{crc16}}")
                                         << int(PayloadMode::Hex) << QByteArray::fromHex("01030000000ac5cd");
    QTest::addRow("sum8 and xor8") << QStringLiteral("123456789{{sum8:hex}}{{xor8}}")
                                   << int(PayloadMode::Text)
                                   << QByteArray("123456789DD1"); // 0x31 ^ 'D' ^ 'D'
}

void tst_SendPanelTemplates::fields()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(QByteArray, expected);
    Panel f;
    QVERIFY(f.complete());
    f.panel.setMode(PayloadMode(mode));
    f.panel.setLineEnding(LineEnding::None);
    f.panel.setInputText(text);
    QVERIFY2(f.panel.isInputValid(), qPrintable(f.errorLabel->text()));
    QCOMPARE(f.panel.currentBytes(), expected);
}

void tst_SendPanelTemplates::counterCountsSendsAndRepeats()
{
    Panel f;
    QVERIFY(f.complete());
    f.panel.setLineEnding(LineEnding::LF);
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.panel.setInputText(QStringLiteral("seq {{counter}}"));
    QCOMPARE(f.panel.currentBytes(), QByteArray("seq 1\n"));
    QVERIFY(f.panel.send());
    f.panel.setInputText(QStringLiteral("seq {{counter}}"));
    QCOMPARE(f.panel.currentBytes(), QByteArray("seq 2\n"));
    QVERIFY(f.panel.send());
    // A repeat renders each send anew.
    auto *repeat = f.panel.findChild<QAbstractButton *>(QStringLiteral("repeatCheck"));
    auto *count = f.panel.findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"));
    auto *interval = f.panel.findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"));
    QVERIFY(repeat && count && interval);
    repeat->setChecked(true);
    count->setValue(3);
    interval->setValue(1);
    f.panel.setInputText(QStringLiteral("seq {{counter}}"));
    QVERIFY(f.panel.send());
    QTRY_COMPARE(spy.count(), 5);
    QByteArrayList sent;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        sent.append(arguments.at(0).toByteArray());
    QCOMPARE(sent, (QByteArrayList { "seq 1\n", "seq 2\n", "seq 3\n", "seq 4\n", "seq 5\n" }));
}

void tst_SendPanelTemplates::dataIsWhatTheConnectionReceived()
{
    QTemporaryDir spool;
    Workbench workbench(spool.path());
    ServerSession *server = workbench.createServer();
    QVERIFY(server->listen(ServerOptions {}));
    ClientSession *session = workbench.createClient();
    session->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_VERIFY(session->currentConnection() && !server->connections().isEmpty());
    Connection *client = session->currentConnection();
    Connection *accepted = server->connections().constFirst();

    Panel f;
    QVERIFY(f.complete());
    f.panel.setTargets({ accepted });
    f.panel.setLineEnding(LineEnding::None);
    QByteArray atClient;
    connect(client, &Connection::received, this, [&atClient](const QByteArray &chunk) { atClient += chunk; });
    client->send("PING 42");
    f.panel.setInputText(QStringLiteral("re: {{data}} {{crc32:hex}}"));
    QTRY_COMPARE(f.panel.currentBytes().left(12), QByteArray("re: PING 42 "));
    QVERIFY(f.panel.send());
    const QByteArray prefix("re: PING 42 ");
    const QByteArray crc = QByteArray::number(Checksum::crc32(prefix), 16).toUpper().rightJustified(8, '0');
    QTRY_COMPARE(atClient, prefix + crc);
}

void tst_SendPanelTemplates::badTemplateSendsNothing()
{
    Panel f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.panel.setInputText(QStringLiteral("ok {{countr}}"));
    QVERIFY(!f.panel.isInputValid());
    QVERIFY(f.panel.currentBytes().isEmpty());
    QVERIFY(!f.sendButton->isEnabled());
    QVERIFY(f.errorLabel->isVisible());
    QCOMPARE(f.errorLabel->text().left(37), QStringLiteral("column 4: unknown field {{countr}}; t"));
    QVERIFY(!f.panel.send());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("ok {{countr}}")); // kept for fixing
}

QTEST_MAIN(tst_SendPanelTemplates)
#include "tst_sendpaneltemplates.moc"
