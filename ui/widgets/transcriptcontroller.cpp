#include "transcriptcontroller.h"

#include "capture/capturestore.h"
#include "mainwindow.h"
#include "newsessiondialog.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "trafficpane.h"
#include "transcript/crashrecovery.h"
#include "transcript/replayer.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QThread>

namespace Sockbench {

namespace {

struct FormatChoice
{
    TranscriptFormat::Format format;
    const char *filter;
};

// The order of the file dialog's filters; pcapng first: lossless and readable by Wireshark.
const FormatChoice formatChoices[] = {
    { TranscriptFormat::Format::Pcapng, QT_TRANSLATE_NOOP("Sockbench::TranscriptController", "pcapng, for Wireshark, lossless (*.pcapng)") },
    { TranscriptFormat::Format::Text, QT_TRANSLATE_NOOP("Sockbench::TranscriptController", "Text log (*.txt)") },
    { TranscriptFormat::Format::Hexdump, QT_TRANSLATE_NOOP("Sockbench::TranscriptController", "Hexdump (*.hex)") },
    { TranscriptFormat::Format::JsonLines, QT_TRANSLATE_NOOP("Sockbench::TranscriptController", "JSON Lines, lossless (*.jsonl)") },
};

} // namespace

TranscriptController::TranscriptController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_openAction = new QAction(tr("&Open Transcript…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a pcapng, pcap or JSON Lines file read-only (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &TranscriptController::openWithDialog);

    m_saveAllAction = new QAction(tr("&Save Transcript…"), this);
    m_saveAllAction->setShortcut(QKeySequence::Save);
    m_saveAllAction->setToolTip(tr("Save everything recorded, in any format (Ctrl+S)"));
    connect(m_saveAllAction, &QAction::triggered, this, &TranscriptController::saveAll);

    m_saveSelectionAction = new QAction(tr("Save Selected Session or &Connection…"), this);
    m_saveSelectionAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_saveSelectionAction, &QAction::triggered, this, &TranscriptController::saveSelection);

    m_saveEventsAction = new QAction(tr("Save Selected &Events…"), this);
    m_saveEventsAction->setToolTip(tr("Save the events selected in the traffic log"));
    connect(m_saveEventsAction, &QAction::triggered, this, &TranscriptController::saveEvents);

    m_replayClientAction = new QAction(tr("Replay as Clie&nt…"), this);
    m_replayClientAction->setToolTip(tr("Connect to a server and send it what this transcript's connection sent"));
    connect(m_replayClientAction, &QAction::triggered, this, [this] { replay(false); });
    m_replayServerAction = new QAction(tr("Replay as Ser&ver…"), this);
    m_replayServerAction->setToolTip(tr("Listen, and send the first client what this transcript's connection sent"));
    connect(m_replayServerAction, &QAction::triggered, this, [this] { replay(true); });
    setViewer(false);
}

TranscriptController::~TranscriptController() = default;

void TranscriptController::populateMenu(QMenu *menu)
{
    menu->addAction(m_openAction);
    menu->addSeparator();
    menu->addAction(m_saveAllAction);
    menu->addAction(m_saveSelectionAction);
    menu->addAction(m_saveEventsAction);
    menu->addSeparator();
    menu->addAction(m_replayClientAction);
    menu->addAction(m_replayServerAction);
}

void TranscriptController::setViewer(bool viewer)
{
    m_viewer = viewer;
    m_saveSelectionAction->setVisible(!viewer);
    m_replayClientAction->setEnabled(viewer);
    m_replayServerAction->setEnabled(viewer);
    const QString hint = tr("Open a transcript first: replays run from its window");
    m_replayClientAction->setStatusTip(viewer ? QString() : hint);
    m_replayServerAction->setStatusTip(viewer ? QString() : hint);
}

bool TranscriptController::save(const QString &path, const TranscriptSelection &selection, QString *error)
{
    return TranscriptFile::save(*m_window->workbench()->capture(), path, error, selection, std::nullopt,
                                m_window->windowTitle());
}

void TranscriptController::saveAll()
{
    saveWithDialog({}, {});
}

void TranscriptController::saveSelection()
{
    TranscriptSelection selection;
    QString what;
    if (const Connection *connection = m_window->selectedConnection()) {
        selection.sessionId = connection->sessionId();
        selection.connectionId = connection->id();
        what = tr("connection #%1").arg(connection->id());
    } else if (const Session *session = m_window->selectedSession()) {
        selection.sessionId = session->id();
        what = session->name();
    } else {
        m_window->statusBar()->showMessage(tr("Select a session or a connection to save."), 10000);
        return;
    }
    saveWithDialog(selection, what);
}

void TranscriptController::saveEvents()
{
    TrafficPane *pane = m_window->trafficPane();
    TranscriptSelection selection;
    const QModelIndexList rows = pane->view()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        selection.rows.append(pane->model()->captureRow(row.row()));
    std::sort(selection.rows.begin(), selection.rows.end());
    if (selection.rows.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select events in the traffic log to save them."), 10000);
        return;
    }
    saveWithDialog(selection, tr("%n event(s)", nullptr, int(selection.rows.size())));
}

void TranscriptController::saveWithDialog(const TranscriptSelection &selection, const QString &what)
{
    if (m_saving)
        return;
    QStringList filters;
    for (const FormatChoice &choice : formatChoices)
        filters.append(tr(choice.filter));
    QString chosenFilter = filters.first();
    const QString title = what.isEmpty() ? tr("Save Transcript") : tr("Save Transcript: %1").arg(what);
    QString path = QFileDialog::getSaveFileName(m_window, title, QString(),
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    // No known extension typed: take the chosen filter's.
    if (!TranscriptFormat::fromPath(path)) {
        const auto index = filters.indexOf(chosenFilter);
        path += QLatin1Char('.') + TranscriptFormat::extension(formatChoices[std::max<qsizetype>(index, 0)].format);
    }

    // Saving reads the capture, which any thread may do; the window stays usable meanwhile.
    m_saving = true;
    m_window->statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    const QString description = m_window->windowTitle();
    CaptureStore *capture = m_window->workbench()->capture();
    QThread *worker = m_saveThread = QThread::create([=] {
        *ok = TranscriptFile::save(*capture, path, error.get(), selection, std::nullopt, description);
    });
    connect(worker, &QThread::finished, this, [this, worker, path, error, ok] {
        worker->deleteLater();
        m_saving = false;
        if (*ok) {
            m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
        } else {
            m_window->statusBar()->clearMessage();
            QMessageBox::warning(m_window, tr("Transcript not saved"),
                                 tr("%1 was not saved: %2\n\nAny earlier file of that name is unchanged.")
                                     .arg(QDir::toNativeSeparators(path), *error));
        }
    });
    worker->start();
}

void TranscriptController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Transcript"), QString(),
        tr("Transcripts and captures (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

MainWindow *TranscriptController::open(const QString &path)
{
    auto *viewer = new MainWindow;
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    // Read a slice per event-loop turn: the window shows the first rows at once and stays usable meanwhile.
    auto *loader = new TranscriptLoader(path, viewer->workbench()->capture(), viewer->transcripts());
    if (!loader->start()) {
        const QString error = loader->errorString();
        delete viewer;
        QMessageBox::warning(m_window, tr("Cannot open transcript"),
                             tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), error));
        return nullptr;
    }
    const QString fileName = QFileInfo(path).fileName();
    viewer->becomeViewer(fileName);
    TranscriptController *controller = viewer->transcripts();
    controller->m_liveWindow = m_viewer ? m_liveWindow : QPointer<MainWindow>(m_window);
    controller->m_loading = true;
    viewer->setCursor(Qt::BusyCursor);
    const auto showProgress = [viewer, fileName](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        viewer->statusBar()->showMessage(tr("Reading %1… %2%").arg(fileName).arg(percent));
    };
    showProgress(loader->bytesRead(), loader->totalBytes());
    connect(loader, &TranscriptLoader::progress, viewer, showProgress);
    connect(loader, &TranscriptLoader::finished, viewer,
            [viewer, controller, loader, path](const TranscriptOpenResult &result) {
        loader->deleteLater();
        controller->m_loading = false;
        viewer->unsetCursor();
        viewer->statusBar()->clearMessage();
        if (result.events == 0 && !result.complete) {
            QMessageBox::warning(viewer, tr("Cannot open transcript"),
                                 tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), result.errorString));
            viewer->close(); // deletes itself
        } else if (!result.complete) {
            QMessageBox::warning(viewer, tr("Transcript partly read"),
                                 tr("%1 breaks off: %2\n\nThe %n event(s) read before that place are shown.", nullptr,
                                    int(result.events))
                                     .arg(QDir::toNativeSeparators(path), result.errorString));
        } else if (result.foreign) {
            viewer->statusBar()->showMessage(
                tr("Not written by Sockbench: the TCP conversations were reconstructed from its packets."), 15000);
        }
    });
    viewer->show();
    return viewer;
}

void TranscriptController::replay(bool asServer)
{
    if (!m_viewer)
        return;
    if (!m_liveWindow) {
        QMessageBox::information(m_window, tr("Replay"), tr("The window this transcript was opened from is closed."));
        return;
    }
    // The connection of the event in view, else the one the log is scoped to, else the first.
    CaptureStore *source = m_window->workbench()->capture();
    quint32 connectionId = 0;
    if (const qint64 row = m_window->trafficPane()->currentCaptureRow(); row >= 0)
        connectionId = source->event(row).connectionId;
    if (connectionId == 0)
        connectionId = m_window->trafficPane()->scopeConnectionId();
    if (connectionId == 0)
        connectionId = Replayer::firstConnection(*source);
    if (connectionId == 0) {
        QMessageBox::information(m_window, tr("Replay"), tr("This transcript has no connection to replay."));
        return;
    }
    NewSessionDialog dialog(asServer ? NewSessionDialog::Role::Server : NewSessionDialog::Role::Client, m_window);
    dialog.setWindowTitle(tr("Replay Connection #%1").arg(connectionId));
    dialog.setRoleFixed(true);
    const ConnectionInfo recorded = source->connectionInfo(connectionId);
    // A client replays to where the recorded connection went; a server listens where it listened.
    if (!asServer && recorded.peer.isValid())
        dialog.setEndpoint(recorded.peer.address.toString(), recorded.peer.port);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList paces = { tr("At the recorded pace"), tr("As fast as possible") };
    bool chosen = false;
    const QString pace = QInputDialog::getItem(m_window, tr("Replay"), tr("Send the recorded bytes:"), paces, 0,
                                               false, &chosen);
    if (!chosen)
        return;

    // The replayer reads this window's capture, so it lives (and stops) with this window.
    auto *replayer = new Replayer(source, connectionId,
                                  pace == paces.first() ? Replayer::Pace::Original : Replayer::Pace::Fast, this);
    connect(replayer, &Replayer::finished, replayer, &QObject::deleteLater);
    MainWindow *live = m_liveWindow;
    if (dialog.role() == NewSessionDialog::Role::Server) {
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

void TranscriptController::waitForSave()
{
    if (m_saveThread)
        m_saveThread->wait();
}

bool TranscriptController::startJournal(const QString &directory)
{
    m_recovery = new CrashRecovery(directory, this);
    connect(m_recovery, &CrashRecovery::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Crash recovery stopped: %1").arg(message));
    });
    if (!m_recovery->start(m_window->workbench()->capture())) {
        m_window->statusBar()->showMessage(tr("Crash recovery is off: %1").arg(m_recovery->errorString()), 15000);
        return false;
    }
    return true;
}

void TranscriptController::finishJournal()
{
    if (m_recovery)
        m_recovery->finishCleanly();
}

QStringList TranscriptController::recoverableJournals() const
{
    return m_recovery ? m_recovery->orphans() : CrashRecovery().orphans();
}

void TranscriptController::offerRecovery()
{
    const QStringList journals = recoverableJournals();
    if (journals.isEmpty())
        return;
    QMessageBox question(QMessageBox::Question, tr("Recover Traffic"),
                         tr("Sockbench did not close properly last time. The traffic it had recorded was kept "
                            "(%n session journal(s)). Open it now?", nullptr, int(journals.size())),
                         QMessageBox::NoButton, m_window);
    QPushButton *openButton = question.addButton(tr("&Open"), QMessageBox::AcceptRole);
    QPushButton *discardButton = question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    question.addButton(tr("&Later"), QMessageBox::RejectRole);
    question.setDefaultButton(openButton);
    question.exec();
    for (const QString &journal : journals) {
        if (question.clickedButton() == openButton) {
            // Kept under a new name, so it is not offered again and survives until the user saves it elsewhere.
            const QString kept = CrashRecovery::keep(journal);
            if (MainWindow *viewer = open(kept))
                viewer->statusBar()->showMessage(tr("Recovered traffic, kept in %1").arg(QDir::toNativeSeparators(kept)));
        } else if (question.clickedButton() == discardButton) {
            CrashRecovery::discard(journal);
        }
    }
}

} // namespace Sockbench
