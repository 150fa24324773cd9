// The main window on a 1366 x 768 screen (the offscreen platform, configured in main() below): its size, its
// narrowest width in every language, and what it remembers from one run to the next.
#include "codec/payloadparser.h"
#include "models/trafficmodel.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "windowdriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_WindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensWithinTheScreen();
    void savedGeometryFromALargerScreenIsFitted();
    void narrowestWidthIn_data();
    void narrowestWidthIn();
    void remembersTheLayoutAndTheChoices();
    void screenshot();

private:
    QTemporaryDir m_spool;
};

namespace {

/// Whether widget lies wholly inside window's client area.
bool inside(const QWidget *widget, const QWidget *window)
{
    const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(area);
}

} // namespace

void tst_WindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    QVERIFY(m_spool.isValid());
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
}

void tst_WindowLayout::init()
{
    QSettings().clear();
}

void tst_WindowLayout::opensWithinTheScreen()
{
    // The old default was at least 1280 x 800: taller than this screen, Send and the status bar below it.
    QCOMPARE(MainWindow::defaultSize(QRect(0, 0, 1366, 768)), QSize(1280, 768));
    QCOMPARE(MainWindow::defaultSize(QRect(0, 0, 1920, 1050)), QSize(1440, 900));
    QCOMPARE(MainWindow::defaultSize(QRect(0, 0, 1024, 600)), QSize(1024, 600));

    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
        qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    QTRY_VERIFY(available.contains(window.frameGeometry()));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(send && send->isVisible());
    QVERIFY(inside(send, &window));
    QVERIFY(inside(window.statusBar(), &window));
}

void tst_WindowLayout::savedGeometryFromALargerScreenIsFitted()
{
    {
        // As a run on a 1920 x 1200 screen left it.
        MainWindow big(m_spool.path());
        big.resize(1600, 1100);
        big.move(200, 50);
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QTRY_VERIFY2(available.contains(window.frameGeometry()),
        qPrintable(QStringLiteral("%1,%2 %3x%4")
                       .arg(window.x())
                       .arg(window.y())
                       .arg(window.width())
                       .arg(window.height())));
}

void tst_WindowLayout::narrowestWidthIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("French") << QStringLiteral("fr");
    QTest::addRow("German") << QStringLiteral("de");
}

void tst_WindowLayout::narrowestWidthIn()
{
    // Two windows side by side on a 1920 pixel screen: each may be 900 wide at most, in every language.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("sockbench_") + language, QStringLiteral(SOCKBENCH_QM_DIR)),
        qPrintable(QStringLiteral(SOCKBENCH_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    {
        MainWindow window(m_spool.path());
        if (language != QLatin1String("en")) // the translation is in force: the menus say so
            QVERIFY(actionNamed(window, QStringLiteral("Quit")) == nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int narrowest = std::max(window.minimumSizeHint().width(), window.minimumWidth());
        QVERIFY2(narrowest <= 900, qPrintable(QStringLiteral("%1: %2 px").arg(language).arg(narrowest)));
        window.resize(900, 700);
        QTRY_COMPARE(window.width(), 900);
        // The send panel's controls are still in the window at that width.
        auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
        QVERIFY(inside(send, &window));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_WindowLayout::remembersTheLayoutAndTheChoices()
{
    QList<int> mainSizes;
    int sizeWidth = 0;
    {
        MainWindow window(m_spool.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(0); // the default proportions are set once the event loop runs
        auto *main = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(main);
        main->setSizes({ 300, main->width() - 300 - main->handleWidth() });
        mainSizes = main->sizes();
        QTableView *log = window.trafficPane()->view();
        log->setColumnWidth(TrafficModel::SizeColumn, 123);
        actionNamed(window, QStringLiteral("Relative Times"))->setChecked(true);
        actionNamed(window, QStringLiteral("Show Time Since Previous"))->setChecked(false);
        window.sendPanel()->setMode(PayloadMode::Hex);
        window.sendPanel()->setLineEnding(LineEnding::CR);
        window.findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"))->setValue(7);
        window.findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"))->setValue(250);
        window.findChild<QComboBox *>(QStringLiteral("searchMode"))->setCurrentIndex(1);
        sizeWidth = log->columnWidth(TrafficModel::SizeColumn);
        window.close();
    }
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(0);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), mainSizes);
    QTableView *log = window.trafficPane()->view();
    QCOMPARE(log->columnWidth(TrafficModel::SizeColumn), sizeWidth);
    QVERIFY(log->isColumnHidden(TrafficModel::DeltaColumn));
    QVERIFY(actionNamed(window, QStringLiteral("Relative Times"))->isChecked());
    QVERIFY(!actionNamed(window, QStringLiteral("Show Time Since Previous"))->isChecked());
    QCOMPARE(window.trafficPane()->model()->timeFormat(), TrafficModel::TimeFormat::Relative);
    QCOMPARE(window.sendPanel()->mode(), PayloadMode::Hex);
    QCOMPARE(window.sendPanel()->lineEnding(), LineEnding::CR);
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"))->value(), 7);
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"))->value(), 250);
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("searchMode"))->currentIndex(), 1);
}

void tst_WindowLayout::screenshot()
{
    // Not an assertion of looks: a picture for the one who changes the window to look at
    // (SOCKBENCH_WINDOW_SHOT=file.png), with the demo's traffic in it.
    const QString path = qEnvironmentVariable("SOCKBENCH_WINDOW_SHOT");
    if (path.isEmpty())
        QSKIP("set SOCKBENCH_WINDOW_SHOT=file.png to save a picture of the window");
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemo();
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    for (const QString &line : { QStringLiteral("Hello, Sockbench!"), QStringLiteral("GET / HTTP/1.0\\r"),
             QStringLiteral("<b>binary</b>: \\x00\\x01\\xfe\\xff") }) {
        window.sendPanel()->setInputText(line);
        QVERIFY(window.sendPanel()->send());
        QTest::qWait(120);
    }
    QTRY_VERIFY(window.trafficPane()->model()->rowCount() >= 6); // three lines there and back
    QTableView *log = window.trafficPane()->view();
    log->setCurrentIndex(log->model()->index(log->model()->rowCount() - 1, 0));
    QTest::qWait(200);
    QVERIFY(window.grab().save(path));
}

// A 1366 x 768 screen: the size the window did not fit.
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    if (!useLaptopScreen(config))
        return 2;
    QApplication app(argc, argv);
    tst_WindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
