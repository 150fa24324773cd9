// The dialogs and the sessions tree on a 1366 x 768 screen (the offscreen platform, configured in main()
// below), in English, French and German: no word-wrapped label is cut off (the TLS box's warning under "Do
// not verify" was), no dialog is wider than 900 px or taller than the screen, the tree keeps In, Out and Rate
// in sight and shows where the keyboard focus is. SOCKBENCH_SCREENSHOT_DIR=DIR saves a picture of each, to
// look at.
#include "models/sessiontreemodel.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serverpreset.h"
#include "session/serversession.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"
#include "widgets/sendpanel.h"
#include "widgets/tlsoptionsbox.h"
#include "windowdriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

/// The word-wrapped labels of root that are shown but cut: shorter than their text needs at their width, or
/// not wholly inside root.
QStringList cutLabels(QWidget *root)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->wordWrap())
            continue;
        const QRect area(label->mapTo(root, QPoint(0, 0)), label->size());
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed || !root->rect().contains(area))
            cut.append(QStringLiteral("\"%1\": %2x%3 at %4,%5, needs %6 high, in %7x%8")
                           .arg(label->text().left(40))
                           .arg(label->width())
                           .arg(label->height())
                           .arg(area.x())
                           .arg(area.y())
                           .arg(needed)
                           .arg(root->width())
                           .arg(root->height()));
    }
    return cut;
}

/// Shows window and waits until it is exposed and its splitters have taken their default proportions.
bool showAtDefaultProportions(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QTest::qWait(0); // the splitters take their default proportions on the event loop's next turn
    return true;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("SOCKBENCH_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png"))));
}

/// The dialog as shown, once its queued refits have run; checks its size on the screen and its labels.
void checkWhole(NewSessionDialog *dialog, const QString &what)
{
    QTest::qWait(50); // the dialog fits its height on the next turns of the event loop
    QApplication::processEvents();
    const QRect available = dialog->screen()->availableGeometry();
    QVERIFY2(
        dialog->width() <= 900, qPrintable(QStringLiteral("%1: %2 px wide").arg(what).arg(dialog->width())));
    QVERIFY2(dialog->height() <= available.height(),
        qPrintable(QStringLiteral("%1: %2 px high").arg(what).arg(dialog->height())));
    const QStringList cut = cutLabels(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(what + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
}

} // namespace

class tst_DialogLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tlsWarningIsWhole_data();
    void tlsWarningIsWhole();
    void udpFieldsAreWhole_data();
    void udpFieldsAreWhole();
    void replayDialogHasItsPace();
    void newSessionDialogFitsALaptop_data();
    void newSessionDialogFitsALaptop();
    void sessionTreeKeepsTheNumbersInSight_data();
    void sessionTreeKeepsTheNumbersInSight();
    void sessionTreeNamesReadWholeInANarrowTree_data();
    void sessionTreeNamesReadWholeInANarrowTree();
    void sessionTreeShowsItsFocus();

private:
    void useLanguage(const QString &language);
    QTemporaryDir m_spool;
    std::unique_ptr<QTranslator> m_translator;
};

void tst_DialogLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialoglayout"));
    QVERIFY(m_spool.isValid());
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
}

void tst_DialogLayout::init()
{
    QSettings().clear();
}

void tst_DialogLayout::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void tst_DialogLayout::useLanguage(const QString &language)
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QStringLiteral("sockbench_") + language, QStringLiteral(SOCKBENCH_QM_DIR)),
        qPrintable(QStringLiteral(SOCKBENCH_QM_DIR)));
    QCoreApplication::installTranslator(m_translator.get());
}

void tst_DialogLayout::tlsWarningIsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("French") << QStringLiteral("fr");
    QTest::addRow("German") << QStringLiteral("de");
}

// The issue: ticking "Do not verify" showed a warning the dialog had no room for, cut off at its bottom.
void tst_DialogLayout::tlsWarningIsWhole()
{
    QFETCH(QString, language);
    useLanguage(language);
    NewSessionDialog dialog(NewSessionDialog::Role::Client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *box = dialog.findChild<TlsOptionsBox *>();
    QVERIFY(box);
    box->setChecked(true);
    checkWhole(&dialog, language + QStringLiteral(" TLS"));
    const int before = dialog.height();
    dialog.findChild<QCheckBox *>(QStringLiteral("tlsInsecureCheck"))->setChecked(true);
    checkWhole(&dialog, language + QStringLiteral(" TLS, do not verify"));
    const int withWarning = dialog.height();
    QVERIFY2(withWarning > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(withWarning)));
    saveShot(&dialog, QStringLiteral("tls-do-not-verify-") + language);
    // Unticked, the warning goes and so does its room.
    dialog.findChild<QCheckBox *>(QStringLiteral("tlsInsecureCheck"))->setChecked(false);
    QTRY_VERIFY(dialog.height() < withWarning);
}

void tst_DialogLayout::udpFieldsAreWhole_data()
{
    tlsWarningIsWhole_data();
}

void tst_DialogLayout::udpFieldsAreWhole()
{
    QFETCH(QString, language);
    useLanguage(language);
    NewSessionDialog dialog(NewSessionDialog::Role::Udp);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
        ->setText(QStringLiteral("127.0.0.1:9999"));
    dialog.findChild<QCheckBox *>(QStringLiteral("broadcastCheck"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("multicastGroupEdit"))
        ->setText(QStringLiteral("239.255.0.1"));
    // Bound to 127.0.0.1: the hint that the group will not be heard shows, and must be whole.
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("multicastHint"));
    QTRY_VERIFY(hint->isVisibleTo(&dialog));
    checkWhole(&dialog, language + QStringLiteral(" UDP"));
    saveShot(&dialog, QStringLiteral("udp-") + language);
    // An error is whole too.
    dialog.findChild<QLineEdit *>(QStringLiteral("multicastGroupEdit"))->setText(QStringLiteral("ff02::1"));
    QVERIFY(!dialog.isInputValid());
    checkWhole(&dialog, language + QStringLiteral(" UDP error"));
    saveShot(&dialog, QStringLiteral("udp-error-") + language);
}

void tst_DialogLayout::replayDialogHasItsPace()
{
    NewSessionDialog dialog(NewSessionDialog::Role::Client);
    dialog.setWindowTitle(QStringLiteral("Replay Connection #3"));
    dialog.setRoleFixed(true);
    dialog.setEndpoint(QStringLiteral("127.0.0.1"), 8080);
    dialog.showReplayPace(Replayer::Pace::Fast);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pace = dialog.findChild<QComboBox *>(QStringLiteral("paceCombo"));
    QVERIFY(pace && pace->isVisible());
    QCOMPARE(pace->currentText(), QStringLiteral("As fast as possible"));
    QCOMPARE(dialog.replayPace(), Replayer::Pace::Fast);
    pace->setCurrentIndex(0);
    QCOMPARE(dialog.replayPace(), Replayer::Pace::Original);
    checkWhole(&dialog, QStringLiteral("replay"));
    saveShot(&dialog, QStringLiteral("replay"));
    // Not a replay: no Pace row.
    NewSessionDialog plain(NewSessionDialog::Role::Client);
    QVERIFY(!plain.findChild<QComboBox *>(QStringLiteral("paceCombo"))->isVisibleTo(&plain));
}

void tst_DialogLayout::newSessionDialogFitsALaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("tls");
    const QStringList presets { QStringLiteral("manual"), QStringLiteral("echo"), QStringLiteral("discard"),
        QStringLiteral("chapter-basic-echo"), QStringLiteral("chapter-echoserver"),
        QStringLiteral("chapter-socketstream"), QStringLiteral("custom") };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de") }) {
        const QByteArray l = language.toLatin1();
        QTest::addRow("%s client", l.constData())
            << language << int(NewSessionDialog::Role::Client) << QString() << false;
        QTest::addRow("%s client TLS", l.constData())
            << language << int(NewSessionDialog::Role::Client) << QString() << true;
        for (const QString &preset : presets) {
            const QByteArray p = preset.toLatin1();
            QTest::addRow("%s server %s", l.constData(), p.constData())
                << language << int(NewSessionDialog::Role::Server) << preset << false;
            QTest::addRow("%s server TLS %s", l.constData(), p.constData())
                << language << int(NewSessionDialog::Role::Server) << preset << true;
            QTest::addRow("%s UDP %s", l.constData(), p.constData())
                << language << int(NewSessionDialog::Role::Udp) << preset << false;
        }
    }
}

// The review: the New Server dialog was 692 x 793 on a 1366 x 768 screen, its Listen and Cancel buttons cut
// off, its rows squashed when the preset's hint took two lines. In every language, mode and preset it asks
// for at most 700 px (room for a title bar and a panel), shows its buttons whole, and squashes no row: what
// does not fit scrolls.
void tst_DialogLayout::newSessionDialogFitsALaptop()
{
    QFETCH(QString, language);
    QFETCH(int, role);
    QFETCH(QString, preset);
    QFETCH(bool, tls);
    useLanguage(language);
    NewSessionDialog dialog { NewSessionDialog::Role(role) };
    if (!preset.isEmpty())
        QVERIFY(dialog.choosePreset(preset));
    dialog.findChild<TlsOptionsBox *>()->setChecked(tls);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString what = QStringLiteral("%1 %2 %3%4")
                             .arg(language)
                             .arg(role)
                             .arg(preset, tls ? QStringLiteral(" TLS") : QString());
    checkWhole(&dialog, what);
    QVERIFY2(dialog.sizeHint().height() <= 700,
        qPrintable(QStringLiteral("%1: asks for %2 px").arg(what).arg(dialog.sizeHint().height())));
    QVERIFY2(dialog.minimumSizeHint().height() <= 700,
        qPrintable(QStringLiteral("%1: needs %2 px").arg(what).arg(dialog.minimumSizeHint().height())));
    QVERIFY2(
        dialog.height() <= 700, qPrintable(QStringLiteral("%1: %2 px high").arg(what).arg(dialog.height())));
    // The buttons are whole inside the dialog.
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (!button->isVisibleTo(&dialog))
            continue;
        const QRect area(button->mapTo(&dialog, QPoint(0, 0)), button->size());
        QVERIFY2(dialog.rect().contains(area) && button->height() >= button->minimumSizeHint().height(),
            qPrintable(QStringLiteral("%1: \"%2\" at %3,%4 in %5x%6")
                           .arg(what, button->text())
                           .arg(area.y())
                           .arg(area.height())
                           .arg(dialog.width())
                           .arg(dialog.height())));
    }
    // No field squashed below the height it asks for (the review's spin boxes were).
    QStringList squashed;
    for (QWidget *field : dialog.findChildren<QWidget *>()) {
        if (!field->isVisibleTo(&dialog)
            || !(qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field)
                || qobject_cast<QSpinBox *>(field) || qobject_cast<QCheckBox *>(field)))
            continue;
        if (qobject_cast<QLineEdit *>(field)
            && (qobject_cast<QComboBox *>(field->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(field->parentWidget())))
            continue; // an editable combo's or a spin box's own line edit
        if (field->height() < field->sizeHint().height())
            squashed.append(QStringLiteral("%1 %2 < %3")
                                .arg(field->objectName())
                                .arg(field->height())
                                .arg(field->sizeHint().height()));
    }
    QVERIFY2(
        squashed.isEmpty(), qPrintable(what + QStringLiteral(": ") + squashed.join(QStringLiteral(", "))));
    // What does not fit is in the scroll area: its content keeps its height, and scrolls.
    auto *area = dialog.findChild<QScrollArea *>(QStringLiteral("advancedArea"));
    QVERIFY(area);
    if (area->isVisibleTo(&dialog) && area->widget()->height() > area->viewport()->height())
        QVERIFY(area->verticalScrollBar()->isVisibleTo(&dialog));
    saveShot(&dialog,
        QStringLiteral("new-session-%1-%2-%3%4")
            .arg(language)
            .arg(role)
            .arg(preset, tls ? QStringLiteral("-tls") : QString()));
}

void tst_DialogLayout::sessionTreeKeepsTheNumbersInSight_data()
{
    tlsWarningIsWhole_data();
}

// The issue: at 1366 x 768 the tree's In and Out columns were cut: a server's name pushed them under the
// view's edge. The chapter's presets name their servers at length.
void tst_DialogLayout::sessionTreeKeepsTheNumbersInSight()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window(m_spool.path());
    QVERIFY(showAtDefaultProportions(&window));
    ServerOptions options = ServerPreset::find(QStringLiteral("chapter-echoserver")).options;
    options.port = 0;
    options.responses.name = QStringLiteral("Basic echo server of the chapter, many clients");
    ServerSession *server = window.openServer(options);
    QVERIFY(server->isListening());
    ClientSession *client = window.openClient(
        ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_VERIFY(client->currentConnection());
    window.selectConnection(client->currentConnection());
    window.sendPanel()->setInputText(QStringLiteral("Hello Pharo"));
    QVERIFY(window.sendPanel()->send());
    QTRY_VERIFY(
        client->currentConnection()->bytesReceived() > 0 || client->status() != SessionStatus::Connected);

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    QHeaderView *header = tree->header();
    // QTreeView makes it protected; QAbstractItemView's is public, and the call is the same.
    const auto wants
        = [tree](int column) { return static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(column); };
    const auto inSight = [&](int column) {
        return header->sectionViewportPosition(column) >= 0
            && header->sectionViewportPosition(column) + header->sectionSize(column)
            <= tree->viewport()->width()
            && header->sectionSize(column) >= wants(column);
    };
    for (int column :
        { SessionTreeModel::BytesInColumn, SessionTreeModel::BytesOutColumn, SessionTreeModel::RateColumn })
        QTRY_VERIFY2(inSight(column),
            qPrintable(QStringLiteral("%1: column %2 at %3+%4 (wants %5) of %6")
                           .arg(language)
                           .arg(column)
                           .arg(header->sectionViewportPosition(column))
                           .arg(header->sectionSize(column))
                           .arg(wants(column))
                           .arg(tree->viewport()->width())));
    // The name was too long for the tree beside the numbers (else this test tests nothing), and gave way.
    int numbers = 0;
    for (int column :
        { SessionTreeModel::BytesInColumn, SessionTreeModel::BytesOutColumn, SessionTreeModel::RateColumn })
        numbers += header->sectionSize(column);
    const int nameWanted = wants(SessionTreeModel::NameColumn);
    QVERIFY2(nameWanted + numbers + header->minimumSectionSize() > tree->viewport()->width(),
        qPrintable(
            QStringLiteral("%1 + %2 fit in %3").arg(nameWanted).arg(numbers).arg(tree->viewport()->width())));
    QVERIFY(header->sectionSize(SessionTreeModel::NameColumn) < nameWanted);
    QVERIFY(header->sectionSize(SessionTreeModel::StateColumn) >= header->minimumSectionSize());
    QTest::qWait(100);
    saveShot(&window, QStringLiteral("window-") + language);
}

void tst_DialogLayout::sessionTreeNamesReadWholeInANarrowTree_data()
{
    tlsWarningIsWhole_data();
}

// The demo's names in the tree as a saved layout left it at 1366 x 768 (452 px): German's "Empfangen" and
// "Gesendet" are wider than the byte counts under them, and had cut the connections' names ("#1…:34768").
// Labels give way before names: a connection's name and the client's read whole, each count too, and where a
// name is still cut (the server's) every label is down to its values, its whole word in a tooltip.
void tst_DialogLayout::sessionTreeNamesReadWholeInANarrowTree()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window(m_spool.path());
    QVERIFY(showAtDefaultProportions(&window));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({ 452, total - 452 });
    window.startDemo();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    QTRY_COMPARE(tree->model()->rowCount(), 2);
    tree->expandAll();
    QTRY_VERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) == 1
        && tree->model()->rowCount(tree->model()->index(1, 0)) == 1);
    QTest::qWait(100); // counts and states announced, columns fitted
    QApplication::processEvents();
    QHeaderView *header = tree->header();
    QCOMPARE(splitter->sizes().value(0), 452);
    const auto wants
        = [tree](int column) { return static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(column); };
    const auto readsWhole = [tree](const QModelIndex &index) {
        return tree->visualRect(index).width() >= tree->sizeHintForIndex(index).width();
    };
    QStringList cut;
    bool serverCut = false;
    for (int session = 0; session < 2; ++session) {
        const QModelIndex sessionName = tree->model()->index(session, SessionTreeModel::NameColumn);
        const QModelIndex connectionName = tree->model()->index(0, SessionTreeModel::NameColumn, sessionName);
        // The demo's first session is its echo server, named at length; the client and both connections
        // must read whole.
        if (session == 0 && !readsWhole(sessionName))
            serverCut = true;
        for (const QModelIndex &name :
            session == 0 ? QList { connectionName } : QList { sessionName, connectionName }) {
            if (!readsWhole(name))
                cut += QStringLiteral("%1 (%2 of %3 px)")
                           .arg(name.data().toString())
                           .arg(tree->visualRect(name).width())
                           .arg(tree->sizeHintForIndex(name).width());
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut.join(QStringLiteral(", "))));
    const QList<int> numbers
        = { SessionTreeModel::BytesInColumn, SessionTreeModel::BytesOutColumn, SessionTreeModel::RateColumn };
    for (int column : numbers) {
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column)
                <= tree->viewport()->width(),
            qPrintable(QStringLiteral("%1: column %2 past the edge").arg(language).arg(column)));
        QVERIFY2(header->sectionSize(column) >= wants(column),
            qPrintable(QStringLiteral("%1: column %2 is %3 px, its values %4")
                           .arg(language)
                           .arg(column)
                           .arg(header->sectionSize(column))
                           .arg(wants(column))));
        if (serverCut)
            QCOMPARE(header->sectionSize(column), std::max(wants(column), header->minimumSectionSize()));
    }
    // A label that gave way says itself whole on hover.
    for (int column : numbers) {
        if (header->sectionSize(column) >= header->sectionSizeHint(column))
            continue;
        const QPoint at(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QHelpEvent help(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &help);
        QTRY_COMPARE(
            QToolTip::text(), tree->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        QToolTip::hideText();
    }
    saveShot(&window, QStringLiteral("window-narrow-tree-") + language);
}

// The issue: the tree showed no focus. Focused, a frame in the highlight colour runs inside its edge.
void tst_DialogLayout::sessionTreeShowsItsFocus()
{
    MainWindow window(m_spool.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    const QColor highlight = tree->palette().color(QPalette::Active, QPalette::Highlight);
    // A point on the frame's line, below the rows: nothing else is painted there.
    const auto edge = [&] {
        const QImage image = tree->viewport()->grab().toImage();
        return image.pixelColor(1, image.height() - 2);
    };
    window.sendPanel()->focusInput();
    QTRY_VERIFY(QApplication::focusWidget() != tree);
    QVERIFY(edge() != highlight);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+1")));
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QTRY_COMPARE(edge(), highlight);
    saveShot(&window, QStringLiteral("tree-focused"));
}

// A 1366 x 768 screen: the size the window and dialogs did not fit.
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    if (!useLaptopScreen(config))
        return 2;
    QApplication app(argc, argv);
    tst_DialogLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialoglayout.moc"
