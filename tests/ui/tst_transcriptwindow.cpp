#include "capture/capturestore.h"
#include "models/conversationmodel.h"
#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "transcript/transcriptfile.h"
#include "widgets/conversationpane.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"
#include "widgets/payloadview.h"
#include "widgets/readpane.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"
#include "widgets/transcriptwindow.h"
#include "windowdriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

const QByteArray greeting = QByteArrayLiteral("GET /viewer HTTP/1.0\r\n\r\n");
const QByteArray answer = QByteArrayLiteral("HTTP/1.0 200 OK\r\n\r\nhello");

/// Writes a transcript of one connection: connected, a request out, an answer in, closed (4 events).
QString writeTranscript(const QString &directory, const QString &name)
{
    CaptureStore store(directory);
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("to the web"), 0 });
    store.describeConnection(ConnectionInfo {
        1, 1, Endpoint { QHostAddress::LocalHost, 40000 }, Endpoint { QHostAddress::LocalHost, 8080 } });
    store.appendAt(1000, 1000, EventKind::Connected, Direction::None, 1, 1);
    store.appendAt(2000, 2000, EventKind::Data, Direction::Outbound, 1, 1, greeting);
    store.appendAt(3000, 3000, EventKind::Data, Direction::Inbound, 1, 1, answer);
    store.appendAt(4000, 4000, EventKind::Closed, Direction::None, 1, 1);
    store.flush();
    const QString path = QDir(directory).filePath(name);
    QString error;
    if (!TranscriptFile::save(store, path, &error))
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

/// Every entry of the window's menus.
QList<QAction *> menuEntries(QMainWindow &window)
{
    QList<QAction *> entries;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            entries += menu->menu()->actions();
    }
    return entries;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles.append(menu->text().remove(QLatin1Char('&')));
    return titles;
}

/// Whether a new TCP connection to port on loopback is refused (nothing listens there any more).
bool refused(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    if (probe.waitForConnected(3000))
        return false;
    return probe.error() == QAbstractSocket::ConnectionRefusedError;
}

/// Runs the application's event loop, as main() does, with start queued in it; a guard ends it after
/// guardMs. The exit code: 0 when something in the program quit, guardExit when the guard did.
constexpr int guardExit = 99;
int runEventLoop(QObject *context, int guardMs, const std::function<void()> &start)
{
    QTimer::singleShot(0, context, start);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &guard, [] { QCoreApplication::exit(guardExit); });
    guard.start(guardMs);
    return QCoreApplication::exec();
}

} // namespace

class tst_TranscriptWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsATranscriptInAWindowOfItsOwn();
    void fileOpenOpensATranscriptWindow();
    void quitFromTheViewerEndsEverySessionAndExits();
    void quitFromTheMainWindowClosesTheViewers();
    void closingTheViewerLeavesTheMainWindowRunning();
    void replaysAConnectionIntoTheMainWindow();

private:
    QTemporaryDir m_dir;
};

void tst_TranscriptWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_TranscriptWindow::showsATranscriptInAWindowOfItsOwn()
{
    const QString path = writeTranscript(m_dir.path(), QStringLiteral("web.pcapng"));
    MainWindow window(m_dir.path());
    window.show();
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(viewer != static_cast<QWidget *>(&window));
    QTRY_VERIFY(!viewer->isLoading());
    QCOMPARE(window.transcripts()->viewers(), QList<TranscriptWindow *> { viewer.data() });

    // Its events, in its own capture; the main window's capture is untouched.
    QCOMPARE(viewer->capture()->count(), 4);
    QTRY_COMPARE(viewer->trafficPane()->model()->rowCount(), 4);
    QCOMPARE(window.workbench()->capture()->count(), 0);
    QVERIFY2(viewer->windowTitle().contains(QStringLiteral("web.pcapng")), qPrintable(viewer->windowTitle()));
    QVERIFY(viewer->windowTitle().contains(QStringLiteral("read-only")));
    auto *totals = viewer->findChild<QLabel *>(QStringLiteral("totals"));
    QVERIFY(totals);
    QVERIFY2(totals->text().contains(QStringLiteral("1 connection")), qPrintable(totals->text()));
    QVERIFY2(totals->text().contains(QStringLiteral("4 event")), qPrintable(totals->text()));

    // The event's bytes and its conversation follow the row chosen in the log.
    QTableView *log = viewer->trafficPane()->view();
    log->setCurrentIndex(log->model()->index(2, 0)); // the answer
    const QList<QPlainTextEdit *> payloadViews = viewer->payloadView()->findChildren<QPlainTextEdit *>();
    QVERIFY(!payloadViews.isEmpty());
    QVERIFY2(payloadViews.first()->toPlainText().contains(QStringLiteral("hello")),
        qPrintable(payloadViews.first()->toPlainText()));
    auto *tabs = viewer->findChild<QTabWidget *>(QStringLiteral("trafficTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(viewer->conversationPane());
    QTRY_COMPARE(viewer->conversationPane()->model()->rowCount(), 2); // the request and the answer

    // Nothing of a live workbench: no sessions, nothing to send or read, no menu or action that does nothing.
    QVERIFY(!viewer->findChild<Workbench *>());
    QVERIFY(!viewer->findChild<SessionTreeModel *>());
    QVERIFY(!viewer->findChild<SendPanel *>());
    QVERIFY(!viewer->findChild<ReadPane *>());
    QVERIFY2(
        !menuTitles(*viewer).contains(QStringLiteral("Session")), qPrintable(menuTitles(*viewer).join(u',')));
    QVERIFY(
        menuTitles(window).contains(QStringLiteral("Session"))); // the check can fail: the workbench has one
    for (QAction *action : menuEntries(*viewer)) {
        QVERIFY2(action->text().remove(QLatin1Char('&')) != QStringLiteral("Clear Log"),
            "a viewer has no Clear Log");
        QVERIFY2(action->isVisible(), qPrintable(action->text())); // nothing hidden away either
    }
    QVERIFY(
        actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+K")))); // Clear Log, in the workbench
    QVERIFY(!actionWithShortcut(*viewer, QKeySequence(QStringLiteral("Ctrl+K"))));
    QVERIFY(!actionWithShortcut(*viewer, QKeySequence::New)); // New Client
    // What it does have.
    QVERIFY(actionWithShortcut(*viewer, QKeySequence::Find));
    QVERIFY(actionWithShortcut(*viewer, QKeySequence::Save));
    QVERIFY(actionWithShortcut(*viewer, QKeySequence::Open));
    QVERIFY(actionWithShortcut(*viewer, QKeySequence(QStringLiteral("Ctrl+Q"))));

    viewer->close(); // deletes itself
    QTRY_VERIFY(!viewer);
    QVERIFY(window.transcripts()->viewers().isEmpty());
}

void tst_TranscriptWindow::fileOpenOpensATranscriptWindow()
{
    const QString path = writeTranscript(m_dir.path(), QStringLiteral("opened.jsonl"));
    MainWindow window(m_dir.path());
    window.show();
    // File > Open (Ctrl+O) runs a file dialog: choose the transcript there, from its own event loop. The
    // dialog fills its folder view as it reads the folder, and may take the name back meanwhile: asked again
    // until it is gone.
    bool answered = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answered = true;
        dialog->setDirectory(QFileInfo(path).absolutePath());
        dialog->selectFile(QFileInfo(path).fileName());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes it protected, QDialog does not
    });
    poll.start();
    QAction *open = actionWithShortcut(window, QKeySequence::Open);
    QVERIFY(open);
    open->trigger();
    QVERIFY(answered);
    QCOMPARE(window.transcripts()->viewers().size(), 1);
    QPointer<TranscriptWindow> viewer = window.transcripts()->viewers().first();
    QTRY_VERIFY(!viewer->isLoading());
    QCOMPARE(viewer->capture()->count(), 4);
    QVERIFY(viewer->windowTitle().contains(QStringLiteral("opened.jsonl")));
    // The viewer's own File > Open opens the next one beside it, known to the main window too.
    answered = false;
    QAction *openFromViewer = actionWithShortcut(*viewer, QKeySequence::Open);
    QVERIFY(openFromViewer);
    openFromViewer->trigger();
    QVERIFY(answered);
    QCOMPARE(window.transcripts()->viewers().size(), 2);
    QVERIFY(window.transcripts()->viewers().last() != viewer);
    window.transcripts()->closeViewers();
    QTRY_VERIFY(window.transcripts()->viewers().isEmpty());
}

void tst_TranscriptWindow::quitFromTheViewerEndsEverySessionAndExits()
{
    const QString path = writeTranscript(m_dir.path(), QStringLiteral("quit.pcapng"));
    MainWindow window(m_dir.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    const quint16 port = server->listenEndpoint().port;
    QVERIFY(!refused(port)); // the probe can fail: the server answers now
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());

    // Ctrl+Q in the viewer, inside the application's event loop as main() runs it.
    QAction *quit = actionWithShortcut(*viewer, QKeySequence(QStringLiteral("Ctrl+Q")));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Quit"));
    QSignalSpy triggered(quit, &QAction::triggered);
    QVERIFY(triggered.isValid());
    viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(viewer));
    TranscriptWindow *pressedIn = viewer;
    const int exitCode = runEventLoop(
        viewer, 10000, [pressedIn] { QTest::keyClick(pressedIn, Qt::Key_Q, Qt::ControlModifier); });
    QCOMPARE(exitCode, 0); // Quit ended the loop, not the guard
    QCOMPARE(triggered.count(), 1);

    QVERIFY(!window.isVisible());
    QTRY_VERIFY(!viewer); // closed, and deleted with it
    QVERIFY(window.workbench()->sessions().isEmpty());
    QVERIFY2(refused(port), "the server went on listening after Quit");
}

void tst_TranscriptWindow::quitFromTheMainWindowClosesTheViewers()
{
    const QString path = writeTranscript(m_dir.path(), QStringLiteral("main.pcapng"));
    MainWindow window(m_dir.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    const quint16 port = server->listenEndpoint().port;
    QPointer<TranscriptWindow> first = window.transcripts()->open(path);
    QPointer<TranscriptWindow> second = window.transcripts()->open(path);
    QVERIFY(first && second);
    QTRY_VERIFY(!first->isLoading() && !second->isLoading());

    QAction *quit = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+Q")));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Quit"));
    const int exitCode = runEventLoop(&window, 10000, [quit] { quit->trigger(); });
    QCOMPARE(exitCode, 0);
    QTRY_VERIFY(!first && !second);
    QVERIFY(!window.isVisible());
    QVERIFY2(refused(port), "the server went on listening after Quit");
}

void tst_TranscriptWindow::closingTheViewerLeavesTheMainWindowRunning()
{
    const QString path = writeTranscript(m_dir.path(), QStringLiteral("close.pcapng"));
    MainWindow window(m_dir.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    const quint16 port = server->listenEndpoint().port;
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());

    // Close Window (Ctrl+W) in the viewer: the loop goes on until the guard ends it.
    QAction *close = actionWithShortcut(*viewer, QKeySequence(QStringLiteral("Ctrl+W")));
    QVERIFY(close);
    const int exitCode = runEventLoop(viewer, 500, [close] { close->trigger(); });
    QCOMPARE(exitCode, guardExit);
    QTRY_VERIFY(!viewer);
    QVERIFY(window.isVisible());
    QVERIFY(server->isListening());
    QCOMPARE(window.workbench()->sessions().size(), 1);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY2(peer.waitForConnected(3000), "closing a viewer stopped the main window's server");
    QTRY_VERIFY(!server->connections().isEmpty());
}

void tst_TranscriptWindow::replaysAConnectionIntoTheMainWindow()
{
    const QString path = writeTranscript(m_dir.path(), QStringLiteral("replay.pcapng"));
    MainWindow window(m_dir.path());
    window.show();
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());
    QTcpServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    QByteArray arrived;
    connect(&target, &QTcpServer::newConnection, &target, [&] {
        QTcpSocket *socket = target.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&arrived, socket] { arrived += socket->readAll(); });
    });

    // Replay as Client: the dialog offers where the recorded connection went; point it at our server, and
    // take the fast pace, in the same dialog (no second one asks it).
    QString offeredHost;
    bool secondDialog = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<NewSessionDialog *>(modal)) {
            auto *host = dialog->findChild<QComboBox *>(QStringLiteral("hostEdit"));
            auto *port = dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"));
            auto *pace = dialog->findChild<QComboBox *>(QStringLiteral("paceCombo"));
            if (!host || !port || !pace || !pace->isVisibleTo(dialog)) {
                dialog->reject(); // the check on offeredHost fails
                return;
            }
            offeredHost = host->currentText() + QLatin1Char(':') + port->text();
            port->setText(QString::number(target.serverPort()));
            pace->setCurrentIndex(pace->findText(QStringLiteral("As fast as possible")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        } else if (auto *other = qobject_cast<QDialog *>(modal)) {
            secondDialog = true;
            other->reject();
        }
    });
    poll.start();
    QAction *replay = nullptr;
    for (QAction *action : menuEntries(*viewer)) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Replay as Client…"))
            replay = action;
    }
    QVERIFY(replay);
    replay->trigger();
    poll.stop();
    QCOMPARE(offeredHost, QStringLiteral("127.0.0.1:8080"));
    QVERIFY(!secondDialog);

    // The replay runs in the main window's workbench, and sends what the recorded connection sent.
    QCOMPARE(window.workbench()->sessions().size(), 1);
    QTRY_COMPARE(arrived, greeting);
    QVERIFY(!viewer->findChild<Workbench *>());
    viewer->close();
}

QTEST_MAIN(tst_TranscriptWindow)
#include "tst_transcriptwindow.moc"
