#pragma once

#include "transcript/transcriptfile.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDateTime;
class QMainWindow;
class QThread;

namespace Sockbench {

class CaptureStore;
class TrafficPane;

/// Saves one window's capture as a transcript (all of it, a session or connection, the events selected in its
/// traffic log) in any format, on a worker thread, reporting in that window's status bar.
///
/// The main window saves what it recorded; a transcript window saves what it read (a conversion).
class TranscriptSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptSaver)
public:
    /// capture and pane must outlive the saver; window is where dialogs and messages show.
    TranscriptSaver(QMainWindow *window, CaptureStore *capture, TrafficPane *pane);
    ~TranscriptSaver() override;

    /// Save Transcript (Ctrl+S): everything in the capture.
    QAction *saveAllAction() const { return m_saveAllAction; }
    /// Save Selected Events: the rows selected in the traffic log.
    QAction *saveEventsAction() const { return m_saveEventsAction; }

    /// Saves synchronously (the actions save on a worker thread). False: error says why.
    bool save(const QString &path, const TranscriptSelection &selection, QString *error);
    /// Asks where to save selection (what names it in the dialog's title), then saves on a worker thread.
    void saveWithDialog(const TranscriptSelection &selection, const QString &what);
    /// Blocks until a save running on its worker thread is done (the capture it reads must outlive it).
    void waitForSave();

    /// The file's description: what it holds (what, else all traffic) and when it was saved.
    static QString description(const QString &what);
    /// The name the save dialog proposes, e.g. "sockbench-connection-3-20261201-154500.pcapng".
    static QString suggestedName(const QString &what, const QDateTime &when);

private:
    void saveEvents();

    QMainWindow *m_window = nullptr;
    CaptureStore *m_capture = nullptr;
    TrafficPane *m_pane = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_saveEventsAction = nullptr;
    bool m_saving = false;
    QPointer<QThread> m_saveThread;
};

} // namespace Sockbench
