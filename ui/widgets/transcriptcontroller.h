#pragma once

#include "transcript/transcriptfile.h"
#include "transcript/transcriptloader.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QThread;

namespace Sockbench {

class CrashRecovery;
class MainWindow;

/// The window's transcript work: save (all, a selection, chosen events) in any format, open a transcript
/// read-only, replay one as a client or a server, and keep the live capture recoverable after a crash.
class TranscriptController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptController)
public:
    explicit TranscriptController(MainWindow *window);
    ~TranscriptController() override;

    /// Adds the File menu's transcript entries.
    void populateMenu(QMenu *menu);
    void setViewer(bool viewer);

    /// Saves synchronously (the menu entries save on a worker thread). False: error says why.
    bool save(const QString &path, const TranscriptSelection &selection, QString *error);
    /// Opens path read-only in a new window, which shows at once and fills as the file is read (see
    /// isLoading()); null (after telling the user why) when the file is not a transcript at all.
    MainWindow *open(const QString &path);
    /// For a window open() made: whether it is still reading its transcript.
    bool isLoading() const { return m_loading; }

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
    void saveAll();
    void saveSelection();
    void saveEvents();
    void saveWithDialog(const TranscriptSelection &selection, const QString &what);
    void openWithDialog();
    void replay(bool asServer);

    MainWindow *m_window = nullptr;
    CrashRecovery *m_recovery = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_saveSelectionAction = nullptr;
    QAction *m_saveEventsAction = nullptr;
    QAction *m_replayClientAction = nullptr;
    QAction *m_replayServerAction = nullptr;
    bool m_saving = false;
    QPointer<QThread> m_saveThread;
    bool m_viewer = false;
    bool m_loading = false;
    /// For a read-only window: the live window that opened it, where replays run.
    QPointer<MainWindow> m_liveWindow;

    friend class MainWindow;
};

} // namespace Sockbench
