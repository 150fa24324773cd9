#include "mainwindow.h"

#include "agecolumnticker.h"
#include "capture/capturestore.h"
#include "certificatedialog.h"
#include "chapterguide.h"
#include "codec/byteformat.h"
#include "conversationpane.h"
#include "models/sessiontreemodel.h"
#include "newsessiondialog.h"
#include "payloadview.h"
#include "preferencesdialog.h"
#include "readpane.h"
#include "sendpanel.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "sessiontreeview.h"
#include "stream/endpointparser.h"
#include "stripstyle.h"
#include "trafficpane.h"
#include "transcriptcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Sockbench {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

/// Opens a view's menu for its current row when the keyboard asks for it (the Menu key), by triggering the
/// action that Shift+F10 triggers.
class KeyboardMenu final : public QObject
{
public:
    KeyboardMenu(QAbstractItemView *view, QAction *open)
        : QObject(view)
        , m_open(open)
    {
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ContextMenu
            && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
            m_open->trigger();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_open = nullptr;
};

// tr()'s %n is an int, and a capture counts in qint64 (up to 4,294,967,296 rows): past INT_MAX the text
// takes the plural form of INT_MAX, with the true number put back in it.
int trCount(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

QString withCount(QString text, qint64 n)
{
    return n > INT_MAX ? text.replace(QString::number(INT_MAX), QString::number(n)) : text;
}

} // namespace

MainWindow::MainWindow(const QString &spoolDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(new Workbench(spoolDirectory, this))
{
    // The whole window's painting goes through the style: in strips, so that Qt 6.4's raster engine does not
    // hand its fills to its thread pool and wait (see StripStyle). Before any child is made and polished.
    StripStyle::install();
    setWindowIcon(icon("sockbench"));
    // A server's send targets are every open connection: the list is rebuilt at most every 100 ms while its
    // connections come and go (per accepted connection, it made a burst of 10,000 quadratic), and at once
    // when the selection changes.
    m_sendTargetsTimer = new QTimer(this);
    m_sendTargetsTimer->setSingleShot(true);
    m_sendTargetsTimer->setInterval(100);
    connect(m_sendTargetsTimer, &QTimer::timeout, this, &MainWindow::updateSendTargets);

    m_sessionModel = new SessionTreeModel(m_workbench, this);
    createActions();
    setCentralWidget(createCentralArea());
    m_transcripts = new TranscriptController(this);
    createMenus();
    createToolBar();

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_totals);
    // The totals are refreshed at most every 500 ms, and only after something they show may have changed:
    // every byte and every open or close is a capture row, sessions come and go through the workbench and
    // prune closed connections with changed(). A free-running 500 ms timer woke the GUI thread to sum 5,000
    // idle connections (a poll() over every socket and a state() per connection each time, see
    // bench/README.md's idlewindow figures).
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(500);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    CaptureStore *capture = m_workbench->capture();
    connect(capture, &CaptureStore::rowsAppended, this, &MainWindow::scheduleStatus);
    connect(capture, &CaptureStore::unrecordedEventsChanged, this, &MainWindow::scheduleStatus);
    connect(m_workbench, &Workbench::sessionRemoved, this, &MainWindow::scheduleStatus);
    // A session's error goes with it: "port in use" must not outlive the session it was about.
    connect(m_workbench, &Workbench::sessionRemoved, this, [this](Session *session) {
        if (session->id() == m_messageSessionId && statusBar()->currentMessage() == m_sessionMessage)
            statusBar()->clearMessage();
    });
    if (!capture->isValid())
        showHint(tr("Traffic is not recorded to disk: %1").arg(capture->errorString()));
    connect(capture, &CaptureStore::spoolFailed, this, &MainWindow::showHint);
    connect(capture, &CaptureStore::captureLimitReached, this, &MainWindow::showHint);
    connect(capture, &CaptureStore::rowIndexFailed, this, &MainWindow::showHint);
    {
        QSettings settings;
        const PreferencesDialog::Settings preferences = PreferencesDialog::Settings::load(settings);
        preferences.apply(capture);
        m_sendPanel->setTextLineEnding(preferences.textLineEnding);
    }
    connect(m_workbench, &Workbench::sessionAdded, this, [this](Session *session) {
        connect(session, &Session::errorOccurred, this, [this, session](StreamError, const QString &message) {
            showSessionMessage(session, tr("%1: %2").arg(session->name(), message));
        });
        QSettings settings;
        session->setClosedConnectionRetention(PreferencesDialog::Settings::load(settings).closedRetention);
        connect(session, &Session::changed, this, [this, session] { onSessionChanged(session); });
        connect(session, &Session::changed, this, &MainWindow::scheduleStatus);
        scheduleStatus();
        connect(session, &Session::connectionAdded, this, [this, session] { onSessionChanged(session); });
        connect(session, &Session::nameChanged, this, &MainWindow::updateTitle);
    });

    restoreLayout();
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Children (sessions, models, panes) die after this body, and may signal on the way out: none of that
    // may reach a window that is no longer one.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    // Both read the capture, which goes with the workbench: stop them first. (closeEvent finishes the
    // journal too, but quit() does not pass there.)
    m_transcripts->waitForSave();
    m_transcripts->finishJournal();
}

QAction *MainWindow::makeAction(
    const char *iconName, const QString &text, const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(iconName ? icon(iconName) : QIcon(), text, this);
    action->setShortcut(shortcut);
    // The tooltip names the shortcut, from the one place that sets it.
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    const QString tip
        = toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : toolTip;
    action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    return action;
}

void MainWindow::createActions()
{
    m_newClientAction
        = makeAction("new-client", tr("New &Client…"), QKeySequence::New, tr("Connect to a server"));
    connect(m_newClientAction, &QAction::triggered, this, &MainWindow::newClient);
    m_newServerAction
        = makeAction("new-server", tr("New &Server…"), QKeySequence(tr("Ctrl+L")), tr("Listen for clients"));
    connect(m_newServerAction, &QAction::triggered, this, &MainWindow::newServer);
    m_newUdpAction = makeAction("new-server", tr("New &UDP Socket…"), QKeySequence(tr("Ctrl+U")),
        tr("Bind a UDP socket: send and receive datagrams"));
    connect(m_newUdpAction, &QAction::triggered, this, &MainWindow::newUdp);
    m_sendToAddressAction = makeAction(nullptr, tr("Send to &Address…"), {},
        tr("Add a peer for an address to the selected UDP socket, and send to it"));
    connect(m_sendToAddressAction, &QAction::triggered, this, &MainWindow::sendToAddress);
    m_closeAction = makeAction("close", tr("C&lose"), QKeySequence(tr("Ctrl+W")),
        tr("Close the selected connection, or close and remove the selected session"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeSelected);
    m_shutDownSendingAction = makeAction(nullptr, tr("Shut Down &Sending"), QKeySequence(tr("Ctrl+Shift+H")),
        tr("Half-close the selected connection: the peer sees the end of input, and can still send"));
    m_shutDownSendingAction->setObjectName(QStringLiteral("shutDownSendingAction"));
    connect(m_shutDownSendingAction, &QAction::triggered, this, &MainWindow::shutDownSendingSelected);
    m_reconnectAction = makeAction("reconnect", tr("&Reconnect"), QKeySequence(tr("Ctrl+R")),
        tr("Connect the selected client again, or listen again with a stopped server"));
    connect(m_reconnectAction, &QAction::triggered, this, &MainWindow::reconnectSelected);
    m_stopListeningAction = makeAction("stop", tr("S&top Listening"), QKeySequence(tr("Ctrl+T")),
        tr("Stop accepting clients; connected clients stay"));
    connect(m_stopListeningAction, &QAction::triggered, this, &MainWindow::stopListeningSelected);
    m_closeAllAction
        = makeAction("disconnect-all", tr("Close &All Connections"), QKeySequence(tr("Ctrl+Shift+W")),
            tr("Close every connection of the selected server, or of every session"));
    connect(m_closeAllAction, &QAction::triggered, this, &MainWindow::closeAllConnections);
    m_certificateAction = new QAction(tr("Show Certi&ficate…"), this);
    m_certificateAction->setObjectName(QStringLiteral("certificateAction"));
    m_certificateAction->setStatusTip(
        tr("The TLS connection's certificate chain, validity, fingerprint and errors"));
    connect(m_certificateAction, &QAction::triggered, this, &MainWindow::showCertificate);
    m_startTlsAction = new QAction(tr("Start &TLS (STARTTLS)"), this);
    m_startTlsAction->setObjectName(QStringLiteral("startTlsAction"));
    m_startTlsAction->setStatusTip(
        tr("Upgrade the selected client's plain connection to TLS, after the protocol's own go-ahead"));
    connect(m_startTlsAction, &QAction::triggered, this, &MainWindow::startTlsSelected);
    m_clearAction = makeAction("clear", tr("C&lear Log"), QKeySequence(tr("Ctrl+K")),
        tr("Hide the traffic shown so far; the capture keeps it, and File ▸ Save saves it"));
    connect(m_clearAction, &QAction::triggered, this, [this] {
        const int hidden = m_trafficPane->model()->rowCount();
        m_trafficPane->clear();
        statusBar()->showMessage(
            tr("Log cleared: %n event(s) hidden from the log. The capture keeps them: File ▸ Save still "
               "saves them, and sessions and their counts stay.",
                nullptr, hidden),
            10000);
    });
    m_findAction
        = makeAction("find", tr("&Find…"), QKeySequence::Find, tr("Find text or hex bytes in payloads"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_trafficTabs->setCurrentWidget(m_trafficPane);
        m_trafficPane->focusSearch();
    });
    m_findNextAction = makeAction(nullptr, tr("Find &Next"), QKeySequence::FindNext, {});
    connect(m_findNextAction, &QAction::triggered, this, [this] { m_trafficPane->findNext(); });
    m_findPreviousAction = makeAction(nullptr, tr("Find Pre&vious"), QKeySequence::FindPrevious, {});
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { m_trafficPane->findPrevious(); });
    m_relativeTimeAction = makeAction(nullptr, tr("&Relative Times"), QKeySequence(tr("Ctrl+Shift+T")),
        tr("Show times as seconds since the capture started"));
    m_relativeTimeAction->setCheckable(true);
    connect(m_relativeTimeAction, &QAction::toggled, this,
        [this](bool on) { m_trafficPane->setRelativeTime(on); });
    m_deltaColumnAction = makeAction(nullptr, tr("Show Time Since &Previous"), {},
        tr("Show the Δ column: seconds since the event shown above"));
    m_deltaColumnAction->setCheckable(true);
    m_deltaColumnAction->setChecked(true);
    connect(m_deltaColumnAction, &QAction::toggled, this,
        [this](bool on) { m_trafficPane->setDeltaColumnShown(on); });
    m_removeClosedAction
        = makeAction(nullptr, tr("Remove Closed &Connections"), QKeySequence(tr("Ctrl+Shift+R")),
            tr("Remove closed connections from the sessions list; their traffic stays in the log"));
    connect(m_removeClosedAction, &QAction::triggered, this, &MainWindow::removeClosedConnections);
    m_focusSessionsAction = makeAction(nullptr, tr("Go to &Sessions"), QKeySequence(tr("Ctrl+1")),
        tr("Move the keyboard focus to the sessions list"));
    connect(m_focusSessionsAction, &QAction::triggered, this,
        [this] { m_sessionView->setFocus(Qt::ShortcutFocusReason); });
    m_focusTrafficAction = makeAction(nullptr, tr("Go to the Traffic &Log"), QKeySequence(tr("Ctrl+2")),
        tr("Move the keyboard focus to the traffic log"));
    connect(m_focusTrafficAction, &QAction::triggered, this, [this] {
        m_trafficTabs->setCurrentWidget(m_trafficPane);
        m_trafficPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    m_allTrafficAction = makeAction(nullptr, tr("Show &All Traffic"), QKeySequence(tr("Ctrl+Shift+A")),
        tr("Show every session's traffic instead of the selection's"));
    connect(m_allTrafficAction, &QAction::triggered, this, [this] { m_trafficPane->setScope(0, 0); });
    m_demoAction = makeAction(
        nullptr, tr("Start the &Demo"), {}, tr("Open an echo server and a client connected to it"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::startDemo);
    m_quitAction = new QAction(tr("&Quit"), this);
    // Ctrl+Q everywhere: QKeySequence::Quit is empty where the platform's key scheme has no Quit (Windows,
    // and the offscreen platform the tests run on).
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitApplication);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_transcripts->populateMenu(file);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *session = menuBar()->addMenu(tr("Se&ssion"));
    session->addAction(m_newClientAction);
    session->addAction(m_newServerAction);
    session->addAction(m_newUdpAction);
    session->addSeparator();
    session->addAction(m_sendToAddressAction);
    session->addAction(m_reconnectAction);
    session->addAction(m_stopListeningAction);
    session->addAction(m_closeAction);
    session->addAction(m_shutDownSendingAction);
    session->addAction(m_closeAllAction);
    session->addAction(m_certificateAction);
    session->addAction(m_startTlsAction);
    session->addAction(m_removeClosedAction);
    session->addSeparator();
    session->addAction(m_demoAction);

    QMenu *traffic = menuBar()->addMenu(tr("&Traffic"));
    traffic->addAction(m_findAction);
    traffic->addAction(m_findNextAction);
    traffic->addAction(m_findPreviousAction);
    traffic->addSeparator();
    traffic->addAction(m_clearAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_allTrafficAction);
    view->addAction(m_relativeTimeAction);
    view->addAction(m_deltaColumnAction);
    view->addSeparator();
    view->addAction(m_focusSessionsAction);
    view->addAction(m_focusTrafficAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *chapter = help->addAction(tr("The Sockets &Chapter, Scenario by Scenario"));
    chapter->setObjectName(QStringLiteral("chapterGuideAction"));
    connect(chapter, &QAction::triggered, this, [this] {
        // Not modal: the reader follows the guide while clicking in the window.
        auto *guide = new ChapterGuide(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    QAction *manual = help->addAction(tr("User &Manual"));
    manual->setShortcut(QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, this, &MainWindow::showManual);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Sockbench"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { showAbout(this); });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Sockbench"),
        tr("<p><b>Sockbench %1</b></p><p>A workbench for TCP: open client and server "
           "sessions, watch every byte that crosses each connection, send text or hex.</p>"
           "<p>The same program is a command line: run <tt>sockbench --help</tt>.</p>"
           "<p>It began from the Sockets chapter of <i>Deep into Pharo</i> (Noury Bouraqadi and Luc "
           "Fabresse); Help &gt; The Sockets Chapter plays each of its scenarios.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
            + tr("<p>Free software under the GNU General Public License, version 3 or later "
                 "(GPL-3.0-or-later).</p>"));
}

void MainWindow::quitApplication()
{
    // Closing every window, not only the one Quit came from: a transcript window left open would keep the
    // process (and the main window's listening servers) alive with no window to stop them.
    QApplication::closeAllWindows();
    QCoreApplication::quit();
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    // Qt's » button, shown when the window is too narrow for every action, has no name of its own.
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));
    toolBar->addAction(m_newClientAction);
    toolBar->addAction(m_newServerAction);
    toolBar->addSeparator();
    toolBar->addAction(m_reconnectAction);
    toolBar->addAction(m_stopListeningAction);
    toolBar->addAction(m_closeAction);
    toolBar->addAction(m_closeAllAction);
    toolBar->addSeparator();
    toolBar->addAction(m_clearAction);
}

QWidget *MainWindow::createCentralArea()
{
    m_sessionView = new SessionTreeView(SessionTreeModel::NameColumn, SessionTreeModel::StateColumn, this);
    m_sessionView->setObjectName(QStringLiteral("sessionView"));
    m_sessionView->setModel(m_sessionModel);
    m_sessionView->setUniformRowHeights(true);
    m_sessionView->setAllColumnsShowFocus(true);
    m_sessionView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sessionView->setAccessibleName(tr("Sessions"));
    m_sessionView->setAccessibleDescription(
        tr("Sessions and their connections; the selection is what the log "
           "shows and where the send panel sends"));
    // Shift+F10 and the Menu key open the menu of the current row: Qt gives Shift+F10 no menu, and places the
    // Menu key's (a keyboard context menu event) at the view's centre, on whatever row is there.
    m_treeMenuAction = new QAction(tr("Open the Context Menu"), m_sessionView);
    m_treeMenuAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    m_treeMenuAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_treeMenuAction, &QAction::triggered, this,
        [this] { showTreeContextMenu(m_sessionView->visualRect(m_sessionView->currentIndex()).center()); });
    m_sessionView->addAction(m_treeMenuAction);
    new KeyboardMenu(m_sessionView, m_treeMenuAction);
    // Its columns share the width so that In, Out and Rate always show (SessionTreeView): at 1366 x 768 a
    // server's name ("Basic echo server 127.0.0.1:9999") had pushed them under the view's edge.
    // 32 digits: a server's name and its counts; longer names scroll. At 60 the window could not be narrower
    // than 1206 px, and two would not tile on a 1920 px screen.
    m_sessionView->setMinimumWidth(m_sessionView->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 32);
    // Endpoints already show in the names (and the tooltips), and the age would not leave In, Out and Rate
    // room beside the names at the default size; the header's menu brings the columns back.
    m_sessionView->setColumnHidden(SessionTreeModel::LocalColumn, true);
    m_sessionView->setColumnHidden(SessionTreeModel::PeerColumn, true);
    m_sessionView->setColumnHidden(SessionTreeModel::AgeColumn, true);
    new AgeColumnTicker(m_sessionView, SessionTreeModel::AgeColumn);
    m_sessionView->header()->setMinimumSectionSize(40);
    m_sessionView->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_sessionView->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
            QMenu menu(this);
            for (int column = SessionTreeModel::StateColumn; column < SessionTreeModel::ColumnCount;
                 ++column) {
                QAction *toggle
                    = menu.addAction(m_sessionModel->headerData(column, Qt::Horizontal).toString());
                toggle->setCheckable(true);
                toggle->setChecked(!m_sessionView->isColumnHidden(column));
                connect(toggle, &QAction::toggled, m_sessionView,
                    [this, column](bool shown) { m_sessionView->setColumnHidden(column, !shown); });
            }
            menu.exec(m_sessionView->header()->mapToGlobal(position));
        });
    connect(m_sessionView, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onSelectionChanged);
    // A new session is what the user wants to look at. A new connection only shows under its session: moving
    // the selection to it would narrow the log's scope (and the send target) behind the user's back.
    connect(m_sessionModel, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &parent, int first) {
            if (!parent.isValid())
                m_sessionView->setCurrentIndex(m_sessionModel->index(first, 0));
            else if (!m_sessionView->isExpanded(parent)) // expand() looks the row up among all rows shown
                m_sessionView->expand(parent);
        });

    CaptureStore *capture = m_workbench->capture();
    m_trafficPane = new TrafficPane(capture, this);
    connect(m_trafficPane, &TrafficPane::currentEventChanged, this, &MainWindow::showCaptureRow);
    // A scope chosen in the log's box is the window's selection: the send target and the conversation follow.
    connect(m_trafficPane, &TrafficPane::scopeChosen, this, [this](quint32 sessionId, quint32 connectionId) {
        Session *session = m_workbench->session(sessionId);
        Connection *connection = session && connectionId ? session->connection(connectionId) : nullptr;
        if (connection)
            selectConnection(connection);
        else if (session && !connectionId)
            selectSession(session);
        else if (!sessionId)
            m_sessionView->setCurrentIndex({});
    });
    m_trafficPane->setSendActionsEnabled(true);
    connect(m_trafficPane, &TrafficPane::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_conversationPane = new ConversationPane(capture, this);
    m_trafficTabs = new QTabWidget(this);
    m_trafficTabs->setObjectName(QStringLiteral("trafficTabs"));
    m_trafficTabs->setDocumentMode(true);
    m_trafficTabs->addTab(m_trafficPane, tr("Traffic &log"));
    m_trafficTabs->addTab(m_conversationPane, tr("C&onversation"));
    m_readPane = new ReadPane(m_workbench, this);
    m_trafficTabs->addTab(m_readPane, tr("Stream &reads"));
    m_trafficTabs->setTabToolTip(2,
        tr("Read the selected connection as a stream: a line, N bytes, up to a "
           "delimiter, to the end, with a timeout"));

    m_payloadView = new PayloadView(this);
    m_sendPanel = new SendPanel(this);
    connect(m_trafficPane, &TrafficPane::copyToSendPanelRequested, this, [this](const QByteArray &bytes) {
        // As escaped text with no line ending: parsing it gives back exactly these bytes.
        m_sendPanel->setMode(PayloadMode::Text);
        m_sendPanel->setLineEnding(LineEnding::None);
        m_sendPanel->setInputText(ByteFormat::toVisibleText(bytes));
        m_sendPanel->focusInput();
    });
    connect(m_trafficPane, &TrafficPane::sendAgainRequested, this, [this](const QByteArray &bytes) {
        if (!m_sendPanel->sendBytes(bytes))
            statusBar()->showMessage(tr("Nothing sent: select an open connection to send to."), 10000);
    });
    // A send goes to the targets as they are now, not as they were at the last coalesced refresh.
    connect(m_sendPanel, &SendPanel::targetsNeeded, this, [this] {
        if (m_sendTargetsTimer->isActive())
            updateSendTargets();
    });

    // A dismissable hint above the traffic: the demo's first instructions, spool trouble.
    m_hintBar = new QWidget(this);
    m_hintBar->setObjectName(QStringLiteral("hintBar"));
    m_hintBar->setAutoFillBackground(true);
    QPalette hintPalette = m_hintBar->palette();
    hintPalette.setColor(QPalette::Window, hintPalette.color(QPalette::ToolTipBase));
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::ToolTipText));
    m_hintBar->setPalette(hintPalette);
    m_hint = new QLabel(m_hintBar);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto *dismiss = new QToolButton(m_hintBar);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_hintBar, &QWidget::hide);
    auto *hintLayout = new QHBoxLayout(m_hintBar);
    hintLayout->setContentsMargins(8, 4, 4, 4);
    hintLayout->addWidget(m_hint, 1);
    hintLayout->addWidget(dismiss);
    m_hintBar->hide();

    auto *trafficArea = new QWidget(this);
    auto *trafficLayout = new QVBoxLayout(trafficArea);
    trafficLayout->setContentsMargins(0, 0, 0, 0);
    trafficLayout->setSpacing(0);
    trafficLayout->addWidget(m_hintBar);
    trafficLayout->addWidget(m_trafficTabs, 1);

    // Left: what exists (sessions) above the bytes of the chosen event; right: what flowed above what to
    // send.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("leftSplitter"));
    left->addWidget(m_sessionView);
    left->addWidget(m_payloadView);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(trafficArea);
    right->addWidget(m_sendPanel);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    for (QSplitter *splitter : { left, right, main })
        splitter->setChildrenCollapsible(false);
    m_splitters = { main, left, right };
    // Proportions are only known once the window has its size: set them when the event loop starts, unless
    // the user's own were restored.
    QTimer::singleShot(0, this, [this, main, left, right] {
        if (m_splittersRestored)
            return;
        main->setSizes({ main->width() * 42 / 100, main->width() * 58 / 100 });
        left->setSizes({ left->height() * 45 / 100, left->height() * 55 / 100 });
        right->setSizes({ right->height() * 65 / 100, right->height() * 35 / 100 });
    });
    return main;
}

QSize MainWindow::defaultSize(const QRect &available)
{
    // 1280 x 800 where there is room; on a larger screen up to 1440 x 900, where French and German labels and
    // the sessions tree's State column have room; never more than the screen gives (on 1366 x 768 the window
    // had opened 800 px tall, its Send button and status bar below the screen's edge).
    const int width = std::clamp(available.width() * 9 / 10, 1280, 1440);
    const int height = std::clamp(available.height() * 9 / 10, 800, 900);
    return { std::min(width, available.width()), std::min(height, available.height()) };
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    if (available.isEmpty())
        return;
    const QSize size(std::min(width(), available.width()), std::min(height(), available.height()));
    if (size != this->size())
        resize(size);
    // The frame as the window manager adds it is not known before the window shows: keep the client area
    // inside, which is what a saved geometry from a larger screen misses.
    QRect area(pos(), size);
    if (!available.contains(area)) {
        area.moveLeft(std::clamp(area.left(), available.left(), available.right() - size.width() + 1));
        area.moveTop(std::clamp(area.top(), available.top(), available.bottom() - size.height() + 1));
        move(area.topLeft());
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultSize(screen()->availableGeometry()));
    fitToScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    settings.beginGroup(QStringLiteral("window"));
    const QVariantList splitters = settings.value(QStringLiteral("splitters")).toList();
    if (splitters.size() == m_splitters.size()) {
        m_splittersRestored = true;
        for (int i = 0; i < m_splitters.size(); ++i)
            m_splittersRestored
                = m_splitters.at(i)->restoreState(splitters.at(i).toByteArray()) && m_splittersRestored;
    }
    const QByteArray tree = settings.value(QStringLiteral("sessionColumns")).toByteArray();
    if (!tree.isEmpty()) {
        m_sessionView->header()->restoreState(tree);
        m_sessionView->applyColumnModes(); // a state saved before brings back its own modes
    }
    m_relativeTimeAction->setChecked(settings.value(QStringLiteral("relativeTimes"), false).toBool());
    settings.endGroup();
    m_trafficPane->restoreState(settings, QStringLiteral("trafficLog"));
    m_deltaColumnAction->setChecked(m_trafficPane->isDeltaColumnShown());
    m_sendPanel->restoreState(settings);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.beginGroup(QStringLiteral("window"));
    QVariantList splitters;
    for (const QSplitter *splitter : std::as_const(m_splitters))
        splitters.append(splitter->saveState());
    settings.setValue(QStringLiteral("splitters"), splitters);
    settings.setValue(QStringLiteral("sessionColumns"), m_sessionView->header()->saveState());
    settings.setValue(QStringLiteral("relativeTimes"), m_relativeTimeAction->isChecked());
    settings.endGroup();
    m_trafficPane->saveState(settings, QStringLiteral("trafficLog"));
    m_sendPanel->saveState(settings);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The frame is known once the window shows: keep it, not only the client area, on the screen.
    if (m_fittedOnShow)
        return;
    m_fittedOnShow = true;
    QTimer::singleShot(0, this, [this] {
        const QRect available = screen()->availableGeometry();
        const QRect frame = frameGeometry();
        if (available.isEmpty() || available.contains(frame))
            return;
        const QSize margins = frame.size() - size();
        resize(std::min(width(), available.width() - margins.width()),
            std::min(height(), available.height() - margins.height()));
        const QSize outer = size() + margins;
        move(std::clamp(frame.left(), available.left(), available.right() - outer.width() + 1),
            std::clamp(frame.top(), available.top(), available.bottom() - outer.height() + 1));
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // The workbench window is the application: its transcript windows go with it, and no session outlives it
    // (a server still listening with no window left to stop it was the bug).
    m_transcripts->closeViewers();
    if (m_manual)
        m_manual->close();
    const QList<Session *> sessions = m_workbench->sessions();
    for (Session *session : sessions)
        m_workbench->removeSession(session);
    m_transcripts->finishJournal();
    event->accept();
}

ClientSession *MainWindow::openClient(const ClientOptions &options)
{
    ClientSession *client = m_workbench->createClient();
    connect(client, &ClientSession::connected, this, [this, client](Connection *connection) {
        connect(connection, &Connection::errorOccurred, this, [this, client, connection](StreamError error) {
            // Queued: the box waits for the user, and the connection must finish closing first.
            if (error == StreamError::TlsVerifyFailed)
                QMetaObject::invokeMethod(
                    this, [this, client, connection] { offerConnectAnyway(client, connection); },
                    Qt::QueuedConnection);
        });
    });
    client->connectTo(options);
    selectSession(client);
    return client;
}

ServerSession *MainWindow::openServer(const ServerOptions &options)
{
    ServerSession *server = m_workbench->createServer();
    if (!server->listen(options))
        showSessionMessage(server, server->errorString());
    selectSession(server);
    return server;
}

UdpSession *MainWindow::openUdp(const UdpOptions &options)
{
    auto *udp = m_workbench->create<UdpSession>();
    if (!udp->start(options))
        statusBar()->showMessage(udp->errorString(), 15000);
    selectSession(udp);
    return udp;
}

void MainWindow::newUdp()
{
    NewSessionDialog dialog(NewSessionDialog::Role::Udp, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.role() == NewSessionDialog::Role::Client)
        openClient(dialog.clientOptions());
    else if (dialog.role() == NewSessionDialog::Role::Server)
        openServer(dialog.serverOptions());
    else
        openUdp(dialog.udpOptions());
    m_sendPanel->focusInput();
}

void MainWindow::sendToAddress()
{
    Session *session = selectedSession();
    if (!session || !session->canReachAnyAddress())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Send to Address"),
        tr("Address and port to send to (HOST:PORT, an IPv6 address in brackets):"), QLineEdit::Normal,
        QString(), &ok);
    if (!ok)
        return;
    EndpointError error;
    const std::optional<Endpoint> endpoint = EndpointParser::endpoint(text.trimmed(), &error);
    Connection *peer = endpoint ? session->connectionTo(*endpoint) : nullptr;
    if (!peer) {
        statusBar()->showMessage(endpoint ? session->errorString() : error.message(), 15000);
        return;
    }
    selectConnection(peer); // the send panel now sends to it
    m_sendPanel->focusInput();
}

void MainWindow::startDemo()
{
    ServerOptions serverOptions;
    serverOptions.behaviour = ServerBehaviour::Echo;
    ServerSession *server = openServer(serverOptions);
    if (!server->isListening())
        return;
    ClientOptions clientOptions;
    clientOptions.host = server->listenEndpoint().address.toString();
    clientOptions.port = server->listenEndpoint().port;
    ClientSession *client = openClient(clientOptions);
    connect(client, &ClientSession::connected, this, [this](Connection *connection) {
        selectConnection(connection);
        m_sendPanel->focusInput();
    });
    showHint(
        tr("This is a demo: an echo server on %1 and a client connected to it. Type a line in the send "
           "panel below and press Ctrl+Enter: it crosses the connection, comes back, and shows in the log.")
            .arg(server->listenEndpoint().toString()));
}

void MainWindow::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hintBar->show();
}

void MainWindow::newClient()
{
    openFromDialog(false);
}

void MainWindow::newServer()
{
    openFromDialog(true);
}

void MainWindow::openFromDialog(bool asServer)
{
    NewSessionDialog dialog(asServer ? NewSessionDialog::Role::Server : NewSessionDialog::Role::Client, this);
    // A session that accepts peers listens: its local end's port is taken ("127.0.0.1:9999", "[::1]:9999").
    QList<quint16> listening;
    for (const Session *session : m_workbench->sessions()) {
        if (!session->canStopAccepting())
            continue;
        const QString local = session->localText();
        bool ok = false;
        const quint16 port = local.mid(local.lastIndexOf(QLatin1Char(':')) + 1).toUShort(&ok);
        if (ok)
            listening.append(port);
    }
    dialog.setPortsInUse(listening);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.role() == NewSessionDialog::Role::Client)
        openClient(dialog.clientOptions());
    else if (dialog.role() == NewSessionDialog::Role::Udp)
        openUdp(dialog.udpOptions());
    else
        openServer(dialog.serverOptions());
    // What the user does next is type something to send, not walk the tree.
    m_sendPanel->focusInput();
}

Session *MainWindow::selectedSession() const
{
    return m_sessionModel->sessionAt(m_sessionView->currentIndex());
}

Connection *MainWindow::selectedConnection() const
{
    return m_sessionModel->connectionAt(m_sessionView->currentIndex());
}

void MainWindow::selectSession(const Session *session)
{
    const QModelIndex index = m_sessionModel->indexOfSession(session);
    if (index.isValid())
        m_sessionView->setCurrentIndex(index);
}

void MainWindow::selectConnection(const Connection *connection)
{
    const QModelIndex index = m_sessionModel->indexOfConnection(connection);
    if (index.isValid()) {
        m_sessionView->expand(index.parent());
        m_sessionView->setCurrentIndex(index);
    }
}

QList<Connection *> MainWindow::sendTargets() const
{
    if (Connection *connection = selectedConnection())
        return connection->isOpen() ? QList<Connection *> { connection } : QList<Connection *> {};
    const Session *session = selectedSession();
    return session ? session->sendTargets() : QList<Connection *> {};
}

void MainWindow::closeSelected()
{
    if (Connection *connection = selectedConnection()) {
        connection->close();
        return;
    }
    if (Session *session = selectedSession())
        m_workbench->removeSession(session);
}

void MainWindow::shutDownSendingSelected()
{
    Connection *connection = selectedConnection();
    if (!connection) {
        const Session *session = selectedSession();
        connection = session && session->holds() == Session::Holds::OneConnection
            ? session->currentConnection()
            : nullptr;
    }
    if (connection && connection->isWriteOpen())
        connection->shutdownWrite();
    updateActionStates();
}

void MainWindow::reconnectSelected()
{
    // A client connects again; a server that stopped, or could not listen (port in use), tries again where it
    // was asked to. What failed at once is said here; what fails later comes through errorOccurred.
    Session *session = selectedSession();
    if (!session || !session->canRestart())
        return;
    // The connection a Reconnect brings is what the user reconnected for: it is selected as it comes, so the
    // send panel, the log and the conversation leave the dead one ("No open connection to send to").
    disconnect(m_followRestart);
    if (session->holds() == Session::Holds::OneConnection) {
        m_followRestart = connect(session, &Session::connectionAdded, this, [this](Connection *connection) {
            disconnect(m_followRestart);
            selectConnection(connection);
        });
    }
    if (!session->restart()) {
        disconnect(m_followRestart);
        showSessionMessage(session, session->errorString());
    }
}

void MainWindow::removeClosedConnections()
{
    // The selected server's, or every session's when none is selected.
    Session *selected = selectedSession();
    const QList<Session *> sessions = selected ? QList<Session *> { selected } : m_workbench->sessions();
    for (Session *session : sessions)
        session->removeClosedConnections();
    updateActionStates();
}

void MainWindow::showSessionMessage(const Session *session, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    m_messageSessionId = session->id();
    m_sessionMessage = message;
}

void MainWindow::showPreferences()
{
    QSettings settings;
    const PreferencesDialog::Settings before = PreferencesDialog::Settings::load(settings);
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferencesDialog::Settings after = dialog.settings();
    after.save(settings);
    after.apply(m_workbench->capture());
    m_sendPanel->setTextLineEnding(after.textLineEnding);
    for (Session *session : m_workbench->sessions())
        session->setClosedConnectionRetention(after.closedRetention);
    if (after.language != before.language)
        statusBar()->showMessage(tr("The new language applies from the next start."), 15000);
}

void MainWindow::showShortcuts()
{
    // Read from the actions themselves, so the list cannot go stale: what a menu holds, by menu.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({ tr("Menu"), tr("Command"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const auto addRow = [table](const QString &where, const QString &what, const QString &keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(where));
        table->setItem(row, 1, new QTableWidgetItem(what));
        table->setItem(row, 2, new QTableWidgetItem(keys));
    };
    const auto plain = [](QString text) { return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")); };
    for (QAction *menuAction : menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            if (!action->shortcut().isEmpty())
                addRow(plain(menuAction->text()), plain(action->text()),
                    action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    const QString sendPanel = tr("Send panel");
    addRow(sendPanel, tr("Send"), tr("Ctrl+Enter"));
    addRow(sendPanel, tr("Earlier and later inputs"), tr("Ctrl+Up, Ctrl+Down"));
    addRow(sendPanel, tr("Stop a repeat"), tr("Esc"));
    addRow(tr("Sessions"), plain(m_treeMenuAction->text()), tr("Shift+F10, Menu"));
    addRow(tr("Traffic log"), tr("Copy bytes as text"),
        QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(std::min(640, screen()->availableGeometry().width()),
        std::min(520, screen()->availableGeometry().height()));
    dialog.exec();
}

void MainWindow::showManual()
{
    if (m_manual) {
        m_manual->raise();
        m_manual->activateWindow();
        return;
    }
    // Compiled in, so it is there installed or not, and it is the manual of this very version.
    QFile file(QStringLiteral(":/docs/manual.md"));
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("manual"));
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setWindowTitle(tr("Sockbench User Manual"));
    browser->setAccessibleName(tr("User manual"));
    browser->setOpenExternalLinks(true);
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        browser->setPlainText(tr("The manual is missing from this build: %1").arg(file.errorString()));
    browser->resize(std::min(800, screen()->availableGeometry().width()),
        std::min(700, screen()->availableGeometry().height()));
    m_manual = browser;
    browser->show();
}

void MainWindow::stopListeningSelected()
{
    if (Session *session = selectedSession())
        session->stopAccepting();
}

void MainWindow::closeAllConnections()
{
    // A session of many connections (a server) closes its own; otherwise every session's go.
    Session *selected = selectedSession();
    const QList<Session *> sessions = selected && selected->holds() == Session::Holds::ManyConnections
        ? QList<Session *> { selected }
        : m_workbench->sessions();
    for (Session *session : sessions) {
        for (Connection *connection : session->connections())
            connection->close();
    }
}

void MainWindow::showTreeContextMenu(const QPoint &position)
{
    const QModelIndex index = m_sessionView->indexAt(position);
    if (index.isValid())
        m_sessionView->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("sessionMenu"));
    if (index.isValid()) {
        menu.addAction(m_reconnectAction);
        menu.addAction(m_stopListeningAction);
        menu.addAction(m_closeAction);
        menu.addAction(m_shutDownSendingAction);
        menu.addAction(m_closeAllAction);
        menu.addAction(m_certificateAction);
        menu.addAction(m_removeClosedAction);
        menu.addSeparator();
    }
    menu.addAction(m_newClientAction);
    menu.addAction(m_newServerAction);
    menu.exec(m_sessionView->viewport()->mapToGlobal(position));
}

void MainWindow::onSelectionChanged()
{
    Session *session = selectedSession();
    Connection *connection = selectedConnection();
    if (!session)
        m_trafficPane->setScope(0, 0);
    else
        m_trafficPane->setScope(session->id(), connection ? connection->id() : 0);

    updateConversation();
    // Stream reads follow the selected connection, or a selected client's current one (and follow it on in
    // updateSendTargets(), as the send panel does, when the client connects or reconnects).
    m_readPane->setConnection(connectionOfSelection());
    updateActions();
    updateTitle();
}

void MainWindow::updateConversation()
{
    // The conversation follows the connection selected in the tree, else the one of the event being looked
    // at in the log, else a selected client's current connection.
    CaptureStore *capture = m_workbench->capture();
    quint32 followed = 0;
    if (const Connection *connection = selectedConnection()) {
        followed = connection->id();
    } else if (const qint64 row = m_trafficPane->currentCaptureRow();
               row >= 0 && capture->event(row).connectionId) {
        followed = capture->event(row).connectionId;
    } else if (const Session *session = selectedSession(); session && session->currentConnection()) {
        followed = session->currentConnection()->id();
    }
    const ConnectionInfo info = capture->connectionInfo(followed);
    m_conversationPane->setConnection(
        followed, tr("#%1  %2 ⇄ %3").arg(followed).arg(info.local.toString(), info.peer.toString()));
}

void MainWindow::showCaptureRow(qint64 captureRow)
{
    updateConversation();
    CaptureStore *capture = m_workbench->capture();
    if (captureRow < 0 || captureRow >= capture->count()) {
        m_payloadView->clear();
        return;
    }
    const CaptureEvent event = capture->event(captureRow);
    const QString time = QDateTime::fromMSecsSinceEpoch(event.wallClockNs / 1000000)
                             .toString(QStringLiteral("HH:mm:ss.zzz"));
    QString header;
    if (event.kind == EventKind::Data) {
        const QString arrow = event.direction == Direction::Inbound ? tr("← received") : tr("→ sent");
        header = tr("#%1 %2 %n byte(s) at %3", nullptr, int(event.payloadSize))
                     .arg(event.connectionId)
                     .arg(arrow, time);
    } else {
        header = tr("Event at %1").arg(time);
    }
    m_payloadView->showPayload(capture->payload(captureRow), header);
}

void MainWindow::updateActions()
{
    updateActionStates();
    updateSendTargets();
}

void MainWindow::onSessionChanged(const Session *session)
{
    // Only the selected session's changes move the send targets; the actions' states are cheap.
    updateActionStates();
    if (session == selectedSession() && !m_sendTargetsTimer->isActive())
        m_sendTargetsTimer->start();
}

void MainWindow::updateActionStates()
{
    Session *session = selectedSession();
    Connection *connection = selectedConnection();
    m_closeAction->setEnabled(connection ? connection->isOpen() : session != nullptr);
    m_closeAction->setText(connection ? tr("C&lose Connection") : tr("C&lose Session"));
    const Connection *halfClosable = connection                        ? connection
        : session && session->holds() == Session::Holds::OneConnection ? session->currentConnection()
                                                                       : nullptr;
    m_shutDownSendingAction->setEnabled(halfClosable && halfClosable->isWriteOpen());
    m_reconnectAction->setEnabled(session && session->canRestart());
    // For the server role a restart is listening again; for the client role, connecting again.
    m_reconnectAction->setText(
        session && session->role() == SessionRole::Server ? tr("&Listen Again") : tr("&Reconnect"));
    m_stopListeningAction->setEnabled(session && session->canStopAccepting());
    m_sendToAddressAction->setEnabled(session && session->canReachAnyAddress());
    m_closeAllAction->setEnabled(!m_workbench->sessions().isEmpty());
    m_certificateAction->setEnabled(selectedTlsConnection() != nullptr);
    m_startTlsAction->setEnabled(session && session->canStartTls());
}

void MainWindow::startTlsSelected()
{
    Session *session = selectedSession();
    QString error;
    if (session && !session->startTls(&error))
        statusBar()->showMessage(error, 15000);
    updateActionStates();
}

Connection *MainWindow::selectedTlsConnection() const
{
    Connection *connection = selectedConnection();
    if (!connection)
        if (const Session *session = selectedSession())
            connection = session->currentConnection();
    return connection && connection->tlsInfo() ? connection : nullptr;
}

void MainWindow::showCertificate()
{
    const Connection *connection = selectedTlsConnection();
    if (!connection)
        return;
    CertificateDialog dialog(*connection->tlsInfo(), connection->peerEndpoint().toString(), this);
    dialog.exec();
}

void MainWindow::offerConnectAnyway(ClientSession *client, Connection *connection)
{
    const TlsSessionInfo *info = connection->tlsInfo();
    if (!info || info->peerChain.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Certificate Not Verified"),
        tr("The certificate of %1 did not verify:\n\n%2\n\nConnecting anyway means anyone between you and "
           "the server could read and change the bytes. The session will be marked as not verified.")
            .arg(client->remoteText(), info->errors.join(QLatin1Char('\n'))),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("connectAnywayBox"));
    box.setDetailedText(TlsSetup::describeCertificate(info->peerChain.first()));
    QPushButton *once = box.addButton(tr("Connect Anyway, &Once"), QMessageBox::AcceptRole);
    once->setObjectName(QStringLiteral("connectAnywayButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != once)
        return;
    ClientOptions options = client->options();
    options.tls.acceptOnceSha256 = TlsSetup::sha256(info->peerChain.first());
    client->connectTo(options);
}

Connection *MainWindow::connectionOfSelection() const
{
    if (Connection *connection = selectedConnection())
        return connection;
    const Session *session = selectedSession();
    return session && session->holds() == Session::Holds::OneConnection ? session->currentConnection()
                                                                        : nullptr;
}

void MainWindow::updateSendTargets()
{
    m_sendTargetsTimer->stop();
    const Session *session = selectedSession();
    const QList<Connection *> targets = sendTargets();
    m_sendPanel->setTargets(targets);
    // The stream reads read where the send panel sends: a client selected before it connected had them
    // still saying "Select an open connection" once the panel sent to it.
    m_readPane->setConnection(connectionOfSelection());
    // Each follows the send panel's bold "Payload", and reads with it as one phrase.
    if (targets.isEmpty() && session)
        //: Follows the send panel's bold "Payload": "Payload (no open connection to send it to)".
        m_sendPanel->setTargetDescription(tr("(no open connection to send it to)"));
    else if (targets.isEmpty())
        //: Follows the send panel's bold "Payload": "Payload (select a connection to send it to)".
        m_sendPanel->setTargetDescription(tr("(select a connection to send it to)"));
    else if (targets.size() == 1 && connectionOfSelection())
        m_sendPanel->setTargetDescription(
            //: Follows the send panel's bold "Payload": "Payload for #2 127.0.0.1:40735".
            tr("for #%1 %2").arg(targets.first()->id()).arg(targets.first()->peerEndpoint().toString()));
    else
        m_sendPanel->setTargetDescription(
            //: Follows the send panel's bold "Payload": "Payload for all 3 connections of Echo server …".
            tr("for all %n connection(s) of %1", nullptr, int(targets.size())).arg(session->name()));
}

void MainWindow::updateTitle()
{
    const Session *session = selectedSession();
    setWindowTitle(session ? tr("%1 — Sockbench").arg(session->name()) : tr("Sockbench"));
}

void MainWindow::scheduleStatus()
{
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void MainWindow::updateStatus()
{
    qint64 received = 0;
    qint64 sent = 0;
    int open = 0;
    for (const Session *session : m_workbench->sessions()) {
        for (const Connection *connection : session->connections()) {
            received += connection->bytesReceived();
            sent += connection->bytesSent();
            open += connection->isOpen() ? 1 : 0;
        }
    }
    const qint64 events = m_workbench->capture()->count();
    QString totals = tr("%n session(s)", nullptr, int(m_workbench->sessions().size())) + QStringLiteral(" · ")
        + tr("%n open connection(s)", nullptr, open) + QStringLiteral(" · ")
        + tr("← %1  → %2").arg(SessionTreeModel::sizeText(received), SessionTreeModel::sizeText(sent))
        + QStringLiteral(" · ") + withCount(tr("%n event(s)", nullptr, trCount(events)), events);
    // Counted, never silent: events the capture could no longer record (its index at the limit, or the
    // index file failing) stay said here, not only in the message that went by.
    if (const qint64 unrecorded = m_workbench->capture()->unrecordedEvents(); unrecorded > 0)
        totals += QStringLiteral(" · ")
            + withCount(tr("%n event(s) not recorded", nullptr, trCount(unrecorded)), unrecorded);
    // The log holds at most TrafficModel::maxRows() rows (a view counts them in int): it says what it left
    // out.
    if (const qint64 trimmed = m_trafficPane->model()->trimmedRowCount(); trimmed > 0)
        totals += QStringLiteral(" · ")
            + withCount(tr("%n older event(s) not in the log", nullptr, trCount(trimmed)), trimmed);
    m_totals->setText(totals);
}

} // namespace Sockbench
