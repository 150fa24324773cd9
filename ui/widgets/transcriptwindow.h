#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QKeySequence;
class QLabel;
class QTabWidget;

namespace Sockbench {

class CaptureStore;
class ConversationPane;
class MainWindow;
class PayloadView;
class TrafficPane;
class TranscriptLoader;
class TranscriptSaver;
struct TranscriptOpenResult;

/// A transcript, read-only: the traffic log, the conversation and an event's bytes over a capture of its
/// own, filled from the file as it is read. Replays of its connections run in the main window's workbench.
///
/// It holds no sessions: nothing here sends, connects or closes a connection.
class TranscriptWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptWindow)
public:
    /// liveWindow: where replays run and further transcripts open (may be null); spoolDirectory: where the
    /// capture spools payloads (the system temp folder when empty).
    explicit TranscriptWindow(
        MainWindow *liveWindow, const QString &spoolDirectory = {}, QWidget *parent = nullptr);
    ~TranscriptWindow() override;

    /// Opens path in a new window that deletes itself when closed, shows at once and fills as the file is
    /// read (see isLoading()); null (after telling the user why, over errorParent) when the file is not a
    /// transcript.
    static TranscriptWindow *open(const QString &path, MainWindow *liveWindow, QWidget *errorParent);

    /// Starts reading path into this window's capture. False: error says why, and nothing was read.
    bool load(const QString &path, QString *error);
    /// Whether it is still reading its transcript.
    bool isLoading() const { return m_loader != nullptr; }

    CaptureStore *capture() const { return m_capture; }
    TrafficPane *trafficPane() const { return m_trafficPane; }
    ConversationPane *conversationPane() const { return m_conversationPane; }
    PayloadView *payloadView() const { return m_payloadView; }
    TranscriptSaver *saver() const { return m_saver; }
    MainWindow *liveWindow() const { return m_liveWindow; }

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip);
    void createActions();
    void createMenus();
    QWidget *createCentralArea();
    void onLoaded(const TranscriptOpenResult &result);
    void openWithDialog();
    void replay(bool asServer);
    void showCaptureRow(qint64 captureRow);
    void updateConversation();
    void updateTitle();
    void updateStatus();

    QPointer<MainWindow> m_liveWindow;
    CaptureStore *m_capture = nullptr;
    TranscriptSaver *m_saver = nullptr;
    TranscriptLoader *m_loader = nullptr; ///< While reading; deleted once done.
    QString m_path;
    TrafficPane *m_trafficPane = nullptr;
    ConversationPane *m_conversationPane = nullptr;
    QTabWidget *m_trafficTabs = nullptr;
    PayloadView *m_payloadView = nullptr;
    QLabel *m_totals = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_replayClientAction = nullptr;
    QAction *m_replayServerAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_relativeTimeAction = nullptr;
    QAction *m_allTrafficAction = nullptr;
};

} // namespace Sockbench
