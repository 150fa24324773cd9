#pragma once

#include "transcript/transcriptfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Sockbench {

class CrashRecovery;
class MainWindow;
class TranscriptSaver;
class TranscriptWindow;

/// The main window's transcript work: save what it recorded, open transcripts in windows of their own (and
/// keep track of them, so they close with it), and keep the live capture recoverable after a crash.
class TranscriptController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptController)
public:
    /// Call once the window's traffic pane exists: saving selected events reads its selection.
    explicit TranscriptController(MainWindow *window);
    ~TranscriptController() override;

    /// Adds the File menu's transcript entries.
    void populateMenu(QMenu *menu);
    /// Save Selected Events, for the traffic log's context menu.
    QAction *saveEventsAction() const;

    /// Saves synchronously (the menu entries save on a worker thread). False: error says why.
    bool save(const QString &path, const TranscriptSelection &selection, QString *error);
    /// Opens path read-only in a new TranscriptWindow, which shows at once and fills as the file is read (see
    /// TranscriptWindow::isLoading()); null (after telling the user why) when the file is not a transcript.
    TranscriptWindow *open(const QString &path);
    /// The transcript windows opened from here that are still open.
    QList<TranscriptWindow *> viewers() const;
    /// Closes every one of them.
    void closeViewers();

    /// Journals the window's capture so a crash loses nothing older than a moment (directory: for tests).
    bool startJournal(const QString &directory = {});
    /// The journal is no longer needed: the window closes normally.
    void finishJournal();
    /// Journals of earlier runs that crashed; opening one shows what it had.
    QStringList recoverableJournals() const;
    /// Asks whether to open the journals of crashed runs, and opens or discards them.
    void offerRecovery();
    /// Blocks until a save running on its worker thread is done (the capture it reads must outlive it).
    void waitForSave();

private:
    void saveSelection();
    void openWithDialog();

    MainWindow *m_window = nullptr;
    TranscriptSaver *m_saver = nullptr;
    CrashRecovery *m_recovery = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveSelectionAction = nullptr;
    QList<QPointer<TranscriptWindow>> m_viewers;
};

} // namespace Sockbench
