#include "transcriptcontroller.h"

#include "mainwindow.h"
#include "session/connection.h"
#include "session/session.h"
#include "session/workbench.h"
#include "transcript/crashrecovery.h"
#include "transcriptsaver.h"
#include "transcriptwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Sockbench {

TranscriptController::TranscriptController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_saver(new TranscriptSaver(window, window->workbench()->capture(), window->trafficPane()))
{
    m_openAction = new QAction(tr("&Open Transcript…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a pcapng, pcap or JSON Lines file read-only (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &TranscriptController::openWithDialog);

    m_saveSelectionAction = new QAction(tr("Save Selected Session or &Connection…"), this);
    m_saveSelectionAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_saveSelectionAction, &QAction::triggered, this, &TranscriptController::saveSelection);
}

TranscriptController::~TranscriptController() = default;

void TranscriptController::populateMenu(QMenu *menu)
{
    menu->addAction(m_openAction);
    menu->addSeparator();
    menu->addAction(m_saver->saveAllAction());
    menu->addAction(m_saveSelectionAction);
    menu->addAction(m_saver->saveEventsAction());
}

QAction *TranscriptController::saveEventsAction() const
{
    return m_saver->saveEventsAction();
}

bool TranscriptController::save(const QString &path, const TranscriptSelection &selection, QString *error)
{
    return m_saver->save(path, selection, error);
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
    m_saver->saveWithDialog(selection, what);
}

void TranscriptController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Transcript"), QString(),
        tr("Transcripts and captures (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

TranscriptWindow *TranscriptController::open(const QString &path)
{
    TranscriptWindow *viewer = TranscriptWindow::open(path, m_window, m_window);
    if (viewer) {
        m_viewers.removeAll(nullptr);
        m_viewers.append(viewer);
    }
    return viewer;
}

QList<TranscriptWindow *> TranscriptController::viewers() const
{
    QList<TranscriptWindow *> open;
    for (const QPointer<TranscriptWindow> &viewer : m_viewers) {
        if (viewer && viewer->isVisible())
            open.append(viewer);
    }
    return open;
}

void TranscriptController::closeViewers()
{
    const QList<QPointer<TranscriptWindow>> viewers = m_viewers;
    for (const QPointer<TranscriptWindow> &viewer : viewers) {
        if (viewer)
            viewer->close(); // deletes itself
    }
}

void TranscriptController::waitForSave()
{
    m_saver->waitForSave();
}

bool TranscriptController::startJournal(const QString &directory)
{
    m_recovery = new CrashRecovery(directory, this);
    connect(m_recovery, &CrashRecovery::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Crash recovery stopped: %1").arg(message));
    });
    if (!m_recovery->start(m_window->workbench()->capture())) {
        m_window->statusBar()->showMessage(
            tr("Crash recovery is off: %1").arg(m_recovery->errorString()), 15000);
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
           "(%n session journal(s)). Open it now?",
            nullptr, int(journals.size())),
        QMessageBox::NoButton, m_window);
    // Where they are, so the user can find them again whatever they answer.
    question.setInformativeText(
        tr("Kept in %1. Opened, each stays there under a new name until you delete it.")
            .arg(QDir::toNativeSeparators(QFileInfo(journals.first()).absolutePath())));
    QPushButton *openButton = question.addButton(tr("&Open"), QMessageBox::AcceptRole);
    QPushButton *discardButton = question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    question.addButton(tr("&Later"), QMessageBox::RejectRole);
    question.setDefaultButton(openButton);
    question.exec();
    for (const QString &journal : journals) {
        if (question.clickedButton() == openButton) {
            // Kept under a new name, so it is not offered again and survives until the user saves it
            // elsewhere.
            const QString kept = CrashRecovery::keep(journal);
            const QString told = tr("Recovered traffic, kept in %1").arg(QDir::toNativeSeparators(kept));
            if (TranscriptWindow *viewer = open(kept))
                viewer->statusBar()->showMessage(told);
            m_window->statusBar()->showMessage(told, 30000);
        } else if (question.clickedButton() == discardButton) {
            CrashRecovery::discard(journal);
        }
    }
}

} // namespace Sockbench
