#include "transcriptwindow.h"

#include "capture/capturestore.h"
#include "conversationpane.h"
#include "mainwindow.h"
#include "models/sessiontreemodel.h"
#include "newsessiondialog.h"
#include "payloadview.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/udpsession.h"
#include "trafficpane.h"
#include "transcript/replayer.h"
#include "transcript/transcriptloader.h"
#include "transcriptcontroller.h"
#include "transcriptsaver.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace Sockbench {

TranscriptWindow::TranscriptWindow(MainWindow *liveWindow, const QString &spoolDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_liveWindow(liveWindow)
    , m_capture(new CaptureStore(spoolDirectory, this))
{
    setObjectName(QStringLiteral("transcriptWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sockbench.svg")));
    setCentralWidget(createCentralArea());
    m_saver = new TranscriptSaver(this, m_capture, m_trafficPane);
    createActions();
    createMenus();

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_totals);
    // The counts grow while the file is read, then stay: they follow the rows, not a clock.
    connect(m_capture, &CaptureStore::rowsAppended, this, &TranscriptWindow::updateStatus);

    // The workbench's size, which French and German labels need, less a step so the viewer shows as a window
    // of its own over it.
    const QRect available = screen()->availableGeometry();
    resize(std::clamp(available.width() * 8 / 10, 1200, 1360),
        std::clamp(available.height() * 8 / 10, 760, 860));
    updateTitle();
    updateStatus();
}

TranscriptWindow::~TranscriptWindow()
{
    // Children die after this body and may signal on the way out: none of that may reach a window that is
    // no longer one. Everything that reads the capture goes before it: a save running on its thread, the
    // reading of the file, and the panes with their models (the capture, the first child, would go first).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    m_saver->waitForSave();
    delete m_loader;
    delete takeCentralWidget();
}

TranscriptWindow *TranscriptWindow::open(const QString &path, MainWindow *liveWindow, QWidget *errorParent)
{
    auto *viewer = new TranscriptWindow(liveWindow);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!viewer->load(path, &error)) {
        delete viewer;
        QMessageBox::warning(errorParent, tr("Cannot open transcript"),
            tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), error));
        return nullptr;
    }
    viewer->show();
    return viewer;
}

bool TranscriptWindow::load(const QString &path, QString *error)
{
    // Read a slice per event-loop turn: the window shows the first rows at once and stays usable meanwhile.
    auto *loader = new TranscriptLoader(path, m_capture, this);
    if (!loader->start()) {
        *error = loader->errorString();
        delete loader;
        return false;
    }
    m_loader = loader;
    m_path = path;
    updateTitle();
    setCursor(Qt::BusyCursor);
    const QString fileName = QFileInfo(path).fileName();
    const auto showProgress = [this, fileName](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        statusBar()->showMessage(tr("Reading %1… %2%").arg(fileName).arg(percent));
    };
    showProgress(loader->bytesRead(), loader->totalBytes());
    connect(loader, &TranscriptLoader::progress, this, showProgress);
    connect(loader, &TranscriptLoader::finished, this, &TranscriptWindow::onLoaded);
    return true;
}

void TranscriptWindow::onLoaded(const TranscriptOpenResult &result)
{
    m_loader->deleteLater();
    m_loader = nullptr;
    unsetCursor();
    statusBar()->clearMessage();
    updateStatus();
    const QString path = QDir::toNativeSeparators(m_path);
    if (result.events == 0 && !result.complete) {
        QMessageBox::warning(
            this, tr("Cannot open transcript"), tr("%1 cannot be opened: %2").arg(path, result.errorString));
        close(); // deletes itself when opened by open()
    } else if (!result.complete) {
        QMessageBox::warning(this, tr("Transcript partly read"),
            tr("%1 breaks off: %2\n\nThe %n event(s) read before that place are shown.", nullptr,
                int(result.events))
                .arg(path, result.errorString));
    } else if (result.foreign) {
        statusBar()->showMessage(
            tr("Not written by Sockbench: the TCP conversations were reconstructed from its packets."),
            15000);
    }
}

QAction *TranscriptWindow::makeAction(
    const QString &text, const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // The tooltip names the shortcut, from the one place that sets it.
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    const QString tip
        = toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : toolTip;
    action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    return action;
}

void TranscriptWindow::createActions()
{
    m_openAction = makeAction(
        tr("&Open Transcript…"), QKeySequence::Open, tr("Open a pcapng or JSON Lines transcript read-only"));
    connect(m_openAction, &QAction::triggered, this, &TranscriptWindow::openWithDialog);
    m_replayClientAction = makeAction(tr("Replay as Clie&nt…"), {},
        tr("Connect to a server and send it what this transcript's connection sent"));
    connect(m_replayClientAction, &QAction::triggered, this, [this] { replay(false); });
    m_replayServerAction = makeAction(tr("Replay as Ser&ver…"), {},
        tr("Listen, and send the first client what this transcript's connection sent"));
    connect(m_replayServerAction, &QAction::triggered, this, [this] { replay(true); });
    m_closeAction = makeAction(tr("&Close Window"), QKeySequence(tr("Ctrl+W")), tr("Close this transcript"));
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    m_quitAction = new QAction(tr("&Quit"), this);
    // Ctrl+Q everywhere: QKeySequence::Quit is empty where the platform's key scheme has no Quit (Windows,
    // and the offscreen platform the tests run on).
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitApplication);

    m_findAction = makeAction(tr("&Find…"), QKeySequence::Find, tr("Find text or hex bytes in payloads"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_trafficTabs->setCurrentWidget(m_trafficPane);
        m_trafficPane->focusSearch();
    });
    m_findNextAction = makeAction(tr("Find &Next"), QKeySequence::FindNext, {});
    connect(m_findNextAction, &QAction::triggered, this, [this] { m_trafficPane->findNext(); });
    m_findPreviousAction = makeAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, {});
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { m_trafficPane->findPrevious(); });
    m_relativeTimeAction = makeAction(tr("&Relative Times"), QKeySequence(tr("Ctrl+Shift+T")),
        tr("Show times as seconds since the session started"));
    m_relativeTimeAction->setCheckable(true);
    connect(m_relativeTimeAction, &QAction::toggled, this,
        [this](bool on) { m_trafficPane->setRelativeTime(on); });
    m_allTrafficAction = makeAction(tr("Show &All Traffic"), QKeySequence(tr("Ctrl+Shift+A")),
        tr("Show every connection's traffic instead of the scope's"));
    connect(m_allTrafficAction, &QAction::triggered, this, [this] { m_trafficPane->setScope(0, 0); });
}

void TranscriptWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_saver->saveAllAction());
    file->addAction(m_saver->saveEventsAction());
    file->addSeparator();
    file->addAction(m_replayClientAction);
    file->addAction(m_replayServerAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *traffic = menuBar()->addMenu(tr("&Traffic"));
    traffic->addAction(m_findAction);
    traffic->addAction(m_findNextAction);
    traffic->addAction(m_findPreviousAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_allTrafficAction);
    view->addAction(m_relativeTimeAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sockbench"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { MainWindow::showAbout(this); });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QWidget *TranscriptWindow::createCentralArea()
{
    m_trafficPane = new TrafficPane(m_capture, this);
    connect(m_trafficPane, &TrafficPane::currentEventChanged, this, &TranscriptWindow::showCaptureRow);
    connect(m_trafficPane, &TrafficPane::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_conversationPane = new ConversationPane(m_capture, this);
    m_trafficTabs = new QTabWidget(this);
    m_trafficTabs->setObjectName(QStringLiteral("trafficTabs"));
    m_trafficTabs->setDocumentMode(true);
    m_trafficTabs->addTab(m_trafficPane, tr("Traffic &log"));
    m_trafficTabs->addTab(m_conversationPane, tr("C&onversation"));
    m_payloadView = new PayloadView(this);

    // Where the main window has them: an event's bytes on the left, what flowed on the right.
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("transcriptSplitter"));
    main->addWidget(m_payloadView);
    main->addWidget(m_trafficTabs);
    main->setChildrenCollapsible(false);
    main->setStretchFactor(0, 38);
    main->setStretchFactor(1, 62);
    // Proportions are only known once the window has its size: set them when the event loop starts.
    QTimer::singleShot(0, main, [main] {
        main->setSizes({ main->width() * 38 / 100, main->width() * 62 / 100 });
    });
    return main;
}

void TranscriptWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Transcript"), QString(), tr("Transcripts (*.pcapng *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    // The main window keeps track of every viewer, so Quit there closes this one's siblings too.
    if (m_liveWindow)
        m_liveWindow->transcripts()->open(path);
    else
        open(path, nullptr, this);
}

void TranscriptWindow::replay(bool asServer)
{
    if (!m_liveWindow) {
        QMessageBox::information(
            this, tr("Replay"), tr("The window this transcript was opened from is closed."));
        return;
    }
    // The connection of the event in view, else the one the log is scoped to, else the first.
    quint32 connectionId = 0;
    if (const qint64 row = m_trafficPane->currentCaptureRow(); row >= 0)
        connectionId = m_capture->event(row).connectionId;
    if (connectionId == 0)
        connectionId = m_trafficPane->scopeConnectionId();
    if (connectionId == 0)
        connectionId = Replayer::firstConnection(*m_capture);
    if (connectionId == 0) {
        QMessageBox::information(this, tr("Replay"), tr("This transcript has no connection to replay."));
        return;
    }
    NewSessionDialog dialog(asServer ? NewSessionDialog::Role::Server : NewSessionDialog::Role::Client, this);
    dialog.setWindowTitle(tr("Replay Connection #%1").arg(connectionId));
    dialog.setRoleFixed(true);
    const ConnectionInfo recorded = m_capture->connectionInfo(connectionId);
    // The recorded server's end: for a connection a server accepted that is its local end, for a client's the
    // peer (the other end of an accepted connection is the client's ephemeral port, no place to connect to).
    // A client replays to it; a server listens on its port.
    const bool accepted = m_capture->sessionInfo(recorded.sessionId).role == SessionRole::Server;
    const Endpoint serverEnd = accepted ? recorded.local : recorded.peer;
    if (!asServer && serverEnd.isValid())
        dialog.setEndpoint(serverEnd.address.toString(), serverEnd.port);
    else if (asServer && serverEnd.isValid())
        dialog.setEndpoint(QHostAddress(QHostAddress::LocalHost).toString(), serverEnd.port);
    // The pace in the same dialog as the endpoint, as last chosen: one dialog, not two in a row.
    const QString paceKey = QStringLiteral("replay/pace");
    QSettings settings;
    const bool wasFast = settings.value(paceKey).toString() == QLatin1String("fast");
    dialog.showReplayPace(wasFast ? Replayer::Pace::Fast : Replayer::Pace::Original);
    if (dialog.exec() != QDialog::Accepted || !m_liveWindow)
        return;
    const Replayer::Pace pace = dialog.replayPace();
    settings.setValue(
        paceKey, pace == Replayer::Pace::Fast ? QStringLiteral("fast") : QStringLiteral("original"));

    // The replayer reads this window's capture, so it lives (and stops) with this window.
    auto *replayer = new Replayer(m_capture, connectionId, pace, this);
    connect(replayer, &Replayer::finished, replayer, &QObject::deleteLater);
    MainWindow *live = m_liveWindow;
    if (recorded.transport == Transport::Udp) {
        // A UDP conversation goes out over UDP, datagram by datagram: to the address asked for, or, as a
        // server, to the first peer that sends to the socket.
        UdpOptions udp;
        if (dialog.role() == NewSessionDialog::Role::Server) {
            const ServerOptions server = dialog.serverOptions();
            udp.bindAddress = server.bindAddress;
            udp.port = server.port;
        } else {
            const ClientOptions client = dialog.clientOptions();
            udp.destinationHost = client.host;
            udp.destinationPort = client.port;
        }
        UdpSession *socket = live->openUdp(udp);
        if (Connection *destination = socket->destinationPeer())
            replayer->start(destination);
        else
            connect(socket, &UdpSession::peerAdded, replayer, [replayer](Connection *connection) {
                if (!replayer->property("started").toBool()) {
                    replayer->setProperty("started", true);
                    replayer->start(connection);
                }
            });
    } else if (dialog.role() == NewSessionDialog::Role::Server) {
        ServerSession *server = live->openServer(dialog.serverOptions());
        connect(server, &Session::connectionAdded, replayer, [replayer](Connection *connection) {
            if (!replayer->property("started").toBool()) {
                replayer->setProperty("started", true);
                replayer->start(connection);
            }
        });
    } else {
        ClientSession *client = live->openClient(dialog.clientOptions());
        connect(client, &ClientSession::connected, replayer, &Replayer::start);
    }
    live->activateWindow();
    live->raise();
}

void TranscriptWindow::updateConversation()
{
    // The conversation follows the connection of the event being looked at, else the one the log is scoped
    // to.
    quint32 followed = m_trafficPane->scopeConnectionId();
    if (const qint64 row = m_trafficPane->currentCaptureRow(); row >= 0 && m_capture->event(row).connectionId)
        followed = m_capture->event(row).connectionId;
    const ConnectionInfo info = m_capture->connectionInfo(followed);
    m_conversationPane->setConnection(
        followed, tr("#%1  %2 ⇄ %3").arg(followed).arg(info.local.toString(), info.peer.toString()));
}

void TranscriptWindow::showCaptureRow(qint64 captureRow)
{
    updateConversation();
    if (captureRow < 0 || captureRow >= m_capture->count()) {
        m_payloadView->clear();
        return;
    }
    const CaptureEvent event = m_capture->event(captureRow);
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
    m_payloadView->showPayload(m_capture->payload(captureRow), header);
}

void TranscriptWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Transcript") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1 (transcript, read-only) — Sockbench").arg(name));
}

void TranscriptWindow::updateStatus()
{
    // What the transcript holds, not live counts.
    QString totals = tr("%n connection(s)", nullptr, int(m_capture->connectionCount()))
        + QStringLiteral(" · ")
        + tr("%n event(s)", nullptr, int(std::min<qint64>(m_capture->count(), INT_MAX)))
        + QStringLiteral(" · ") + SessionTreeModel::sizeText(m_capture->totalPayloadBytes());
    // The log holds at most TrafficModel::maxRows() rows: it says what it left out.
    if (const qint64 trimmed = m_trafficPane->model()->trimmedRowCount(); trimmed > 0)
        totals += QStringLiteral(" · ")
            + tr("%n older event(s) not in the log", nullptr, int(std::min<qint64>(trimmed, INT_MAX)));
    m_totals->setText(totals);
}

} // namespace Sockbench
