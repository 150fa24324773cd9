#include "capture/capturestore.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/sendpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_SendPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void textWithLineEnding_data();
    void textWithLineEnding();
    void enterInsertsNewline();
    void hexMode_data();
    void hexMode();
    void lineEndingFollowsMode();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void fixingInputClearsError();
    void sendDisabledDoesNothing();
    void historyWalksUpAndDown();
    void historyPersistsAndIsCapped();
    void repeatEmitsCountTimes();
    void repeatWithoutIntervalYields();
    void disablingStopsRepeat();
    void snippetsPersist();
    void sendFile();
    void sendFileRefusals();
    void repeatSettingsShowOnlyWithRepeat();
    void sendsThroughTheConnectionIntoTheCapture();
    void closedTargetRecordsNothing();
    void recalledEntryResendsItsOwnBytes();
    void largeSendsAreNotKept();
    void historyAndSnippetsStayWithinTheirBudget();
    void bloatedSettingsShrinkAtLoad();
    void rememberedStateComesBack();
};

namespace {

// A shown panel (so visibility and text layout are real) with its parts found by object name.
struct Fixture
{
    Fixture()
    {
        panel.resize(700, 200);
        panel.show();
        edit = panel.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
        modeCombo = panel.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        lineEndingCombo = panel.findChild<QComboBox *>(QStringLiteral("lineEndingCombo"));
        sendButton = panel.findChild<QPushButton *>(QStringLiteral("sendButton"));
        errorLabel = panel.findChild<QLabel *>(QStringLiteral("errorLabel"));
        repeatCheck = panel.findChild<QCheckBox *>(QStringLiteral("repeatCheck"));
        repeatCount = panel.findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"));
        repeatInterval = panel.findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"));
        panel.focusInput();
    }
    bool complete() const
    {
        return edit && modeCombo && lineEndingCombo && sendButton && errorLabel && repeatCheck && repeatCount
            && repeatInterval;
    }
    void ctrlEnter(Qt::Key key = Qt::Key_Return) { QTest::keyClick(edit, key, Qt::ControlModifier); }
    void type(const QString &text) { QTest::keyClicks(edit, text); }
    void chooseMode(PayloadMode mode) { modeCombo->setCurrentIndex(modeCombo->findData(int(mode))); }
    void chooseLineEnding(LineEnding ending)
    {
        lineEndingCombo->setCurrentIndex(lineEndingCombo->findData(int(ending)));
    }

    SendPanel panel;
    QPlainTextEdit *edit = nullptr;
    QComboBox *modeCombo = nullptr;
    QComboBox *lineEndingCombo = nullptr;
    QPushButton *sendButton = nullptr;
    QLabel *errorLabel = nullptr;
    QCheckBox *repeatCheck = nullptr;
    QSpinBox *repeatCount = nullptr;
    QSpinBox *repeatInterval = nullptr;
};

/// A real loopback conversation: a manual server on port 0 and a client connected to it.
struct Loopback
{
    QTemporaryDir spool;
    Workbench workbench { spool.path() };
    ServerSession *server = nullptr;
    Connection *client = nullptr;

    bool open()
    {
        server = workbench.createServer();
        if (!server->listen(ServerOptions {}))
            return false;
        ClientSession *session = workbench.createClient();
        session->connectTo(
            ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
        if (!QTest::qWaitFor(
                [&] { return session->currentConnection() && !server->connections().isEmpty(); }, 5000))
            return false;
        client = session->currentConnection();
        return true;
    }

    /// The outgoing payloads the capture holds for connection, one per event, in order.
    QList<QByteArray> sent(const Connection *connection) const
    {
        CaptureStore *capture = workbench.capture();
        capture->flush();
        QList<QByteArray> payloads;
        for (qint64 row = 0; row < capture->count(); ++row) {
            const CaptureEvent event = capture->event(row);
            if (event.kind == EventKind::Data && event.direction == Direction::Outbound
                && event.connectionId == connection->id())
                payloads.append(capture->payload(row));
        }
        return payloads;
    }
};

} // namespace

void tst_SendPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sendpanel"));
}

void tst_SendPanel::init()
{
    QSettings().clear();
}

void tst_SendPanel::cleanup()
{
    QSettings().clear();
}

void tst_SendPanel::textWithLineEnding_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<int>("key");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("none") << int(LineEnding::None) << int(Qt::Key_Return) << QByteArray("hello\n");
    QTest::addRow("lf") << int(LineEnding::LF) << int(Qt::Key_Return) << QByteArray("hello\n\n");
    QTest::addRow("cr") << int(LineEnding::CR) << int(Qt::Key_Return) << QByteArray("hello\n\r");
    QTest::addRow("crlf") << int(LineEnding::CRLF) << int(Qt::Key_Return) << QByteArray("hello\n\r\n");
    QTest::addRow("keypad enter") << int(LineEnding::LF) << int(Qt::Key_Enter) << QByteArray("hello\n\n");
}

void tst_SendPanel::textWithLineEnding()
{
    QFETCH(int, ending);
    QFETCH(int, key);
    QFETCH(QByteArray, expected);

    Fixture f;
    QVERIFY(f.complete());
    QCOMPARE(f.panel.lineEnding(), LineEnding::LF); // the text mode default
    f.chooseLineEnding(LineEnding(ending));
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    QVERIFY(spy.isValid());

    f.type(QStringLiteral("hello\\n"));
    QCOMPARE(f.panel.currentBytes(), expected);
    QVERIFY(f.sendButton->isEnabled());
    f.ctrlEnter(Qt::Key(key));

    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), expected);
    QVERIFY(f.edit->toPlainText().isEmpty()); // cleared after a send
}

void tst_SendPanel::enterInsertsNewline()
{
    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.type(QStringLiteral("ab"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    f.type(QStringLiteral("cd"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("ab\ncd"));

    QTest::mouseClick(f.sendButton, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("ab\ncd\n"));
}

void tst_SendPanel::hexMode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("spaced") << QStringLiteral("48 65 6c") << QByteArray("Hel");
    QTest::addRow("packed") << QStringLiteral("48656C") << QByteArray("Hel");
    QTest::addRow("0x commas") << QStringLiteral("0x00,0xff") << QByteArray("\0\xff", 2);
}

void tst_SendPanel::hexMode()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);

    Fixture f;
    QVERIFY(f.complete());
    f.chooseMode(PayloadMode::Hex);
    QCOMPARE(f.panel.lineEnding(), LineEnding::None); // the hex mode default
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.type(typed);
    f.ctrlEnter();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), expected);
}

void tst_SendPanel::lineEndingFollowsMode()
{
    Fixture f;
    QVERIFY(f.complete());
    QCOMPARE(f.panel.mode(), PayloadMode::Text);
    QCOMPARE(f.panel.lineEnding(), LineEnding::LF);
    f.chooseMode(PayloadMode::Hex);
    QCOMPARE(f.panel.lineEnding(), LineEnding::None);
    f.chooseLineEnding(LineEnding::CRLF);
    f.type(QStringLiteral("41"));
    QCOMPARE(f.panel.currentBytes(), QByteArray("A\r\n"));
    f.chooseMode(PayloadMode::Text);
    QCOMPARE(f.panel.lineEnding(), LineEnding::LF);
    QCOMPARE(f.panel.currentBytes(), QByteArray("41\n"));
}

void tst_SendPanel::invalidInputIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("column");

    QTest::addRow("bad hex digit") << int(PayloadMode::Hex) << QStringLiteral("4g") << 2;
    QTest::addRow("odd hex run") << int(PayloadMode::Hex) << QStringLiteral("48 6") << 4;
    QTest::addRow("short \\x") << int(PayloadMode::Text) << QStringLiteral("\\x4") << 1;
    QTest::addRow("unknown escape") << int(PayloadMode::Text) << QStringLiteral("ab\\q") << 3;
    QTest::addRow("lone backslash") << int(PayloadMode::Text) << QStringLiteral("abc\\") << 4;
}

void tst_SendPanel::invalidInputIsRefused()
{
    QFETCH(int, mode);
    QFETCH(QString, typed);
    QFETCH(int, column);

    Fixture f;
    QVERIFY(f.complete());
    f.chooseMode(PayloadMode(mode));
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.type(typed);

    QVERIFY(!f.panel.isInputValid());
    QVERIFY(f.panel.currentBytes().isEmpty());
    QVERIFY(f.errorLabel->isVisible());
    const QString columnText = QStringLiteral("column %1").arg(column);
    QVERIFY2(f.errorLabel->text().contains(columnText), qPrintable(f.errorLabel->text()));
    QVERIFY(!f.sendButton->isEnabled());

    // The bad character is marked in the edit.
    const QList<QTextEdit::ExtraSelection> marks = f.edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), column - 1);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);

    f.ctrlEnter();
    QVERIFY(!f.panel.send());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(f.edit->toPlainText(), typed); // kept, so it can be fixed
}

void tst_SendPanel::fixingInputClearsError()
{
    Fixture f;
    QVERIFY(f.complete());
    f.chooseMode(PayloadMode::Hex);
    f.type(QStringLiteral("4g"));
    QVERIFY(f.errorLabel->isVisible());
    QTest::keyClick(f.edit, Qt::Key_Backspace);
    f.type(QStringLiteral("1"));
    QVERIFY(f.panel.isInputValid());
    QVERIFY(!f.errorLabel->isVisible());
    QVERIFY(f.edit->extraSelections().isEmpty());
    QVERIFY(f.sendButton->isEnabled());
    QCOMPARE(f.panel.currentBytes(), QByteArray("A"));
}

void tst_SendPanel::sendDisabledDoesNothing()
{
    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.panel.setTargetDescription(QStringLiteral("no connection selected"));
    f.panel.setSendEnabled(false);
    f.type(QStringLiteral("hello"));
    QVERIFY(!f.sendButton->isEnabled());
    f.ctrlEnter();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("hello"));

    f.panel.setSendEnabled(true);
    QVERIFY(f.sendButton->isEnabled());
    f.ctrlEnter();
    QCOMPARE(spy.count(), 1);
}

void tst_SendPanel::historyWalksUpAndDown()
{
    Fixture f;
    QVERIFY(f.complete());
    f.chooseLineEnding(LineEnding::None);
    for (const QString &text :
        { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("two"), QStringLiteral("three") }) {
        f.type(text);
        f.ctrlEnter();
    }
    QCOMPARE(f.panel.history(),
        (QStringList { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") }));

    f.type(QStringLiteral("draft"));
    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("three"));
    QTest::keyClick(f.edit, Qt::Key_Up); // the cursor is on the only line
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("two"));
    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("one"));
    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("one")); // the oldest stays
    QTest::keyClick(f.edit, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("two"));
    QTest::keyClick(f.edit, Qt::Key_Down);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("three"));
    QTest::keyClick(f.edit, Qt::Key_Down);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("draft")); // back to what was being typed

    // In a multi-line input, Up moves the cursor between lines before it reaches the history.
    f.edit->clear();
    f.type(QStringLiteral("a"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    f.type(QStringLiteral("b"));
    QTest::keyClick(f.edit, Qt::Key_Up);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("a\nb"));
    QCOMPARE(f.edit->textCursor().blockNumber(), 0);
    QTest::keyClick(f.edit, Qt::Key_Up);
    QCOMPARE(f.edit->toPlainText(), QStringLiteral("three"));
}

void tst_SendPanel::historyPersistsAndIsCapped()
{
    {
        Fixture f;
        QVERIFY(f.complete());
        for (int i = 0; i < SendPanel::maxHistory + 5; ++i) {
            f.panel.setInputText(QString::number(i));
            QVERIFY(f.panel.send());
        }
        QCOMPARE(f.panel.history().size(), SendPanel::maxHistory);
    }
    Fixture again;
    const QStringList history = again.panel.history();
    QCOMPARE(history.size(), SendPanel::maxHistory);
    QCOMPARE(history.first(), QStringLiteral("5"));
    QCOMPARE(history.last(), QString::number(SendPanel::maxHistory + 4));
}

void tst_SendPanel::repeatEmitsCountTimes()
{
    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    QSignalSpy repeating(&f.panel, &SendPanel::repeatingChanged);
    f.repeatCheck->setChecked(true);
    f.repeatCount->setValue(3);
    f.repeatInterval->setValue(10);
    f.type(QStringLiteral("ping"));
    f.ctrlEnter();

    QVERIFY(f.panel.isRepeating());
    QCOMPARE(spy.count(), 1); // the first goes at once
    QCOMPARE(f.sendButton->text().remove(QLatin1Char('&')), QStringLiteral("Stop"));
    QVERIFY(f.sendButton->isEnabled());

    QTRY_COMPARE(spy.count(), 3);
    QTRY_VERIFY(!f.panel.isRepeating());
    QCOMPARE(repeating.count(), 2);
    QCOMPARE(f.sendButton->text().remove(QLatin1Char('&')), QStringLiteral("Send"));
    for (const QList<QVariant> &args : std::as_const(spy))
        QCOMPARE(args.at(0).toByteArray(), QByteArray("ping\n"));
    // Finished: nothing more can come, as no timer is left running.
    QTest::qWait(50);
    QCOMPARE(spy.count(), 3);
}

void tst_SendPanel::repeatWithoutIntervalYields()
{
    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.repeatCheck->setChecked(true);
    f.repeatCount->setValue(1000);
    f.repeatInterval->setValue(0);
    f.type(QStringLiteral("x"));
    f.ctrlEnter();

    // Not all at once: the event loop gets turns between bursts.
    QVERIFY(spy.count() < 1000);
    QTRY_COMPARE(spy.count(), 1000);
    QTRY_VERIFY(!f.panel.isRepeating());
}

void tst_SendPanel::disablingStopsRepeat()
{
    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    f.repeatCheck->setChecked(true);
    f.repeatCount->setValue(100);
    f.repeatInterval->setValue(10);
    f.type(QStringLiteral("x"));
    f.ctrlEnter();
    QTRY_VERIFY(spy.count() >= 2);

    f.panel.setSendEnabled(false);
    QVERIFY(!f.panel.isRepeating());
    const qsizetype sent = spy.count();
    QTest::qWait(50);
    QCOMPARE(spy.count(), sent);
    QVERIFY(!f.sendButton->isEnabled());

    // Clicking Stop ends a repeat too.
    f.panel.setSendEnabled(true);
    f.type(QStringLiteral("y"));
    f.ctrlEnter();
    QVERIFY(f.panel.isRepeating());
    QTest::mouseClick(f.sendButton, Qt::LeftButton);
    QVERIFY(!f.panel.isRepeating());
}

void tst_SendPanel::snippetsPersist()
{
    {
        Fixture f;
        QVERIFY(f.complete());
        f.type(QStringLiteral("GET / HTTP/1.0\\r\\n"));
        f.chooseLineEnding(LineEnding::CRLF);
        f.panel.saveSnippet(QStringLiteral("http get"));
        f.edit->clear();
        f.chooseMode(PayloadMode::Hex);
        f.type(QStringLiteral("de ad"));
        f.chooseLineEnding(LineEnding::LF); // not the hex default, so it must come back as saved
        f.panel.saveSnippet(QStringLiteral("dead"));
    }
    {
        Fixture f;
        QCOMPARE(
            f.panel.snippetNames(), (QStringList { QStringLiteral("dead"), QStringLiteral("http get") }));
        QVERIFY(f.panel.loadSnippet(QStringLiteral("dead")));
        QCOMPARE(f.panel.inputText(), QStringLiteral("de ad"));
        QCOMPARE(f.panel.mode(), PayloadMode::Hex);
        QCOMPARE(f.panel.lineEnding(), LineEnding::LF);
        QCOMPARE(f.panel.currentBytes(), QByteArray("\xde\xad\n"));

        QVERIFY(f.panel.loadSnippet(QStringLiteral("http get")));
        QCOMPARE(f.panel.mode(), PayloadMode::Text);
        QCOMPARE(f.panel.lineEnding(), LineEnding::CRLF);
        QCOMPARE(f.panel.currentBytes(), QByteArray("GET / HTTP/1.0\r\n\r\n"));

        QVERIFY(!f.panel.loadSnippet(QStringLiteral("missing")));
        f.panel.deleteSnippet(QStringLiteral("dead"));
    }
    Fixture f;
    QCOMPARE(f.panel.snippetNames(), QStringList { QStringLiteral("http get") });
}

void tst_SendPanel::sendFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    const QByteArray contents("\x00\x01binary\xff", 9);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }

    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);
    QVERIFY(f.panel.sendFile(path));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), contents);
}

void tst_SendPanel::sendFileRefusals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString large = dir.filePath(QStringLiteral("large.bin"));
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SendPanel::maxFileSize + 1)); // sparse: costs no disk
    }

    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy spy(&f.panel, &SendPanel::sendRequested);

    QVERIFY(!f.panel.sendFile(dir.filePath(QStringLiteral("missing.bin"))));
    QVERIFY(f.errorLabel->isVisible());
    QVERIFY2(f.errorLabel->text().contains(QStringLiteral("missing.bin")), qPrintable(f.errorLabel->text()));

    QVERIFY(!f.panel.sendFile(large));
    QVERIFY2(f.errorLabel->text().contains(QStringLiteral("large.bin")), qPrintable(f.errorLabel->text()));

    f.panel.setSendEnabled(false);
    QVERIFY(!f.panel.sendFile(large));
    QCOMPARE(spy.count(), 0);
}

void tst_SendPanel::recalledEntryResendsItsOwnBytes()
{
    // Issue 10, point 6: a recalled entry resends exactly the bytes it sent, its own line ending included.
    Loopback loop;
    QVERIFY(loop.open());
    Fixture f;
    QVERIFY(f.complete());
    f.panel.setTargets({ loop.client });
    f.chooseLineEnding(LineEnding::CRLF);
    f.type(QStringLiteral("PING"));
    f.ctrlEnter();
    f.chooseMode(PayloadMode::Hex);
    f.chooseLineEnding(LineEnding::None);
    f.type(QStringLiteral("de ad"));
    f.ctrlEnter();
    f.chooseMode(PayloadMode::Text);
    f.chooseLineEnding(LineEnding::LF); // what is chosen now must not change what a recalled entry sends

    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.panel.mode(), PayloadMode::Hex);
    QCOMPARE(f.panel.lineEnding(), LineEnding::None);
    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.panel.inputText(), QStringLiteral("PING"));
    QCOMPARE(f.panel.lineEnding(), LineEnding::CRLF);
    f.ctrlEnter();
    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier); // the latest is PING again (kept once)
    QTest::keyClick(f.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.panel.inputText(), QStringLiteral("de ad"));
    f.ctrlEnter();
    QTRY_COMPARE(loop.sent(loop.client).size(), 4);
    const QList<QByteArray> sent = loop.sent(loop.client);
    QCOMPARE(sent.at(2), sent.at(0));
    QCOMPARE(sent.at(2), QByteArray("PING\r\n"));
    QCOMPARE(sent.at(3), sent.at(1));
    QCOMPARE(sent.at(3), QByteArray("\xde\xad"));

    // And after a restart, from the settings.
    Fixture again;
    QCOMPARE(again.panel.historyEntries().size(), 4);
    QTest::keyClick(again.edit, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(again.edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(again.panel.currentBytes(), QByteArray("PING\r\n"));
}

void tst_SendPanel::largeSendsAreNotKept()
{
    // The issue: one 10 MB send made the settings file 42 MB, a second 84 MB.
    QString large;
    large.reserve(10 * 1024 * 1024 + 200000);
    const QString line = QString(63, QLatin1Char('x')) + QLatin1Char('\n');
    while (large.size() < 10 * 1024 * 1024)
        large += line;
    QByteArray received;
    Fixture f;
    QVERIFY(f.complete());
    connect(
        &f.panel, &SendPanel::sendRequested, &f.panel, [&](const QByteArray &bytes) { received = bytes; });
    f.panel.setInputText(QStringLiteral("small"));
    QVERIFY(f.panel.send());
    for (int i = 0; i < 2; ++i) {
        f.panel.setInputText(large);
        QVERIFY(f.panel.send());
        QCOMPARE(received.size(), large.size() + 1); // sent whole, with its line ending
    }
    QCOMPARE(f.panel.history(), QStringList { QStringLiteral("small") });
    auto *status = f.panel.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("not kept")), qPrintable(status->text()));
    QSettings settings;
    settings.sync();
    QVERIFY2(QFileInfo(settings.fileName()).size() < 64 * 1024,
        qPrintable(QString::number(QFileInfo(settings.fileName()).size())));

    // A snippet that large is refused, with the reason.
    f.panel.setInputText(large);
    QVERIFY(!f.panel.saveSnippet(QStringLiteral("huge")));
    QVERIFY(f.errorLabel->isVisible());
    QVERIFY(f.errorLabel->text().contains(QStringLiteral("64")));
    QVERIFY(f.panel.snippetNames().isEmpty());
}

void tst_SendPanel::historyAndSnippetsStayWithinTheirBudget()
{
    // 25 entries of 60 KiB would be 1.5 MB: the oldest go until 1 MiB is left.
    const QString entry(60 * 1024, QLatin1Char('y'));
    Fixture f;
    QVERIFY(f.complete());
    f.chooseLineEnding(LineEnding::None);
    for (int i = 0; i < 25; ++i) {
        f.panel.setInputText(entry + QString::number(i));
        QVERIFY(f.panel.send());
    }
    const QStringList history = f.panel.history();
    qint64 total = 0;
    for (const QString &text : history)
        total += text.toUtf8().size();
    QVERIFY2(total <= SendPanel::maxKeptTotalBytes, qPrintable(QString::number(total)));
    QCOMPARE(history.size(), int(SendPanel::maxKeptTotalBytes / (60 * 1024 + 2)));
    QCOMPARE(history.last(), entry + QString::number(24));
    QSettings settings;
    settings.sync();
    // A few MiB at most (the file takes ~3 bytes per character kept).
    const qint64 fileSize = QFileInfo(settings.fileName()).size();
    QVERIFY2(fileSize < 4 * 1024 * 1024, qPrintable(QString::number(fileSize)));

    // Snippets: the one that would pass 4 MiB is refused, the others stay.
    int saved = 0;
    for (int i = 0; i < 30; ++i) {
        f.panel.setInputText(entry);
        if (!f.panel.saveSnippet(QStringLiteral("s%1").arg(i)))
            break;
        ++saved;
    }
    QCOMPARE(saved, int(SendPanel::maxKeptTotalBytes / (60 * 1024)));
    QVERIFY(f.errorLabel->text().contains(QStringLiteral("snippets")));
    QCOMPARE(f.panel.snippetNames().size(), saved);
    // Replacing one keeps within the budget too: its old text does not count twice.
    f.panel.setInputText(entry);
    QVERIFY(f.panel.saveSnippet(QStringLiteral("s0")));
    settings.sync();
    QVERIFY2(QFileInfo(settings.fileName()).size() < 8 * 1024 * 1024,
        qPrintable(QString::number(QFileInfo(settings.fileName()).size())));
}

void tst_SendPanel::bloatedSettingsShrinkAtLoad()
{
    {
        // As an older version left it: a 1 MiB entry among small ones, no line endings kept.
        QSettings settings;
        settings.beginGroup(QStringLiteral("sendPanel"));
        QVariantList history;
        history.append(QVariantMap { { QStringLiteral("text"), QStringLiteral("old") },
            { QStringLiteral("mode"), QStringLiteral("text") } });
        history.append(QVariantMap { { QStringLiteral("text"), QString(1024 * 1024, QLatin1Char('z')) },
            { QStringLiteral("mode"), QStringLiteral("text") } });
        history.append(QVariantMap { { QStringLiteral("text"), QStringLiteral("0a") },
            { QStringLiteral("mode"), QStringLiteral("hex") } });
        settings.setValue(QStringLiteral("history"), history);
    }
    Fixture f;
    QCOMPARE(f.panel.history(), (QStringList { QStringLiteral("old"), QStringLiteral("0a") }));
    QCOMPARE(f.panel.historyEntries().at(0).lineEnding, LineEnding::LF); // the text mode's default
    QCOMPARE(f.panel.historyEntries().at(1).lineEnding, LineEnding::None); // the hex mode's
    QSettings settings;
    settings.sync();
    QVERIFY(QFileInfo(settings.fileName()).size() < 64 * 1024);
    QCOMPARE(settings.value(QStringLiteral("sendPanel/history")).toList().size(), 2);
}

void tst_SendPanel::rememberedStateComesBack()
{
    QSettings settings;
    {
        Fixture f;
        f.chooseMode(PayloadMode::Hex);
        f.chooseLineEnding(LineEnding::CRLF);
        f.repeatCount->setValue(42);
        f.repeatInterval->setValue(1500);
        f.panel.saveState(settings);
    }
    Fixture f;
    QCOMPARE(f.panel.mode(), PayloadMode::Text); // a panel alone does not restore: the window asks it to
    f.panel.restoreState(settings);
    QCOMPARE(f.panel.mode(), PayloadMode::Hex);
    QCOMPARE(f.panel.lineEnding(), LineEnding::CRLF);
    QCOMPARE(f.repeatCount->value(), 42);
    QCOMPARE(f.repeatInterval->value(), 1500);

    // Preferences' text line ending is what text mode starts with.
    f.panel.setTextLineEnding(LineEnding::CR);
    f.chooseMode(PayloadMode::Text);
    QCOMPARE(f.panel.lineEnding(), LineEnding::CR);
}

QTEST_MAIN(tst_SendPanel)
void tst_SendPanel::repeatSettingsShowOnlyWithRepeat()
{
    Fixture f;
    QVERIFY(f.complete());
    QVERIFY(!f.repeatCount->isVisible());
    QVERIFY(!f.repeatInterval->isVisible());
    const int narrowest = f.panel.minimumSizeHint().width();
    f.repeatCheck->setChecked(true);
    QVERIFY(f.repeatCount->isVisible());
    QVERIFY(f.repeatInterval->isVisible());
    // They take a row of their own: turning Repeat on must not make the window wider.
    QVERIFY2(f.panel.minimumSizeHint().width() <= narrowest,
        qPrintable(QStringLiteral("%1 > %2").arg(f.panel.minimumSizeHint().width()).arg(narrowest)));
    f.repeatCheck->setChecked(false);
    QVERIFY(!f.repeatCount->isVisible());
}

void tst_SendPanel::sendsThroughTheConnectionIntoTheCapture()
{
    Loopback loopback;
    QVERIFY(loopback.open());
    Connection *accepted = loopback.server->connections().first();
    QByteArray arrived;
    connect(accepted, &Connection::received, this, [&](const QByteArray &chunk) { arrived += chunk; });
    Fixture f;
    QVERIFY(f.complete());
    f.panel.setTargets({ loopback.client });
    QVERIFY(f.panel.isSendEnabled());
    QCOMPARE(f.panel.targets(), QList<Connection *> { loopback.client });

    f.chooseLineEnding(LineEnding::CRLF);
    f.type(QStringLiteral("GET /\\t\\x00\\xff"));
    QTest::mouseClick(f.sendButton, Qt::LeftButton);
    const QByteArray typed("GET /\t\x00\xff\r\n", 10);
    QCOMPARE(loopback.sent(loopback.client), QList<QByteArray> { typed });
    QTRY_COMPARE(arrived, typed);

    // Every open target gets the bytes, each recorded on its own connection.
    f.panel.setTargets({ loopback.client, accepted });
    f.chooseMode(PayloadMode::Hex);
    f.type(QStringLiteral("41 42"));
    f.ctrlEnter();
    QCOMPARE(loopback.sent(loopback.client), (QList<QByteArray> { typed, "AB" }));
    QCOMPARE(loopback.sent(accepted), QList<QByteArray> { "AB" });
    QCOMPARE(loopback.client->bytesSent(), typed.size() + 2);
}

void tst_SendPanel::closedTargetRecordsNothing()
{
    Loopback loopback;
    QVERIFY(loopback.open());
    Fixture f;
    QVERIFY(f.complete());
    QSignalSpy closed(loopback.client, &Connection::closed);
    f.panel.setTargets({ loopback.client });
    loopback.client->abort();
    QTRY_COMPARE(closed.count(), 1);
    f.chooseLineEnding(LineEnding::None);
    f.type(QStringLiteral("late"));
    // Still enabled (nobody told the panel), but the connection refuses, and nothing is recorded.
    QVERIFY(f.panel.send());
    QVERIFY(loopback.sent(loopback.client).isEmpty());
    QVERIFY(f.errorLabel->isVisible());
    QCOMPARE(f.errorLabel->text(), QStringLiteral("Nothing sent: no open connection is selected."));
    // A repeat started before the panel is told ends at the first refusal, recording nothing.
    f.repeatCheck->setChecked(true);
    f.repeatCount->setValue(5);
    f.repeatInterval->setValue(0);
    f.type(QStringLiteral("again"));
    QVERIFY(f.panel.send());
    QVERIFY(!f.panel.isRepeating());
    QVERIFY(loopback.sent(loopback.client).isEmpty());
    // Told again, the panel sees no open target and sends nothing.
    f.panel.setTargets({ loopback.client });
    QVERIFY(!f.panel.isSendEnabled());
}

#include "tst_sendpanel.moc"
