#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QKeySequence;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Sockbench {

class ClientSession;
class Connection;
class ConversationPane;
class PayloadView;
class ReadPane;
class SendPanel;
class ServerSession;
class Session;
class SessionTreeModel;
class SessionTreeView;
class TrafficPane;
class TranscriptController;
class Workbench;
struct ClientOptions;
struct ServerOptions;
class UdpSession;
struct UdpOptions;

/// The workbench window: sessions and connections beside their traffic, an event's bytes, and a send panel.
///
/// The window only arranges and wires: sessions live in the Workbench it owns, the views read the capture
/// through models, and every byte the user sends goes through a Connection like any other.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// spoolDirectory: where the capture spools payloads (the system temp folder when empty).
    explicit MainWindow(const QString &spoolDirectory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench *workbench() const { return m_workbench; }
    SessionTreeModel *sessionModel() const { return m_sessionModel; }
    TrafficPane *trafficPane() const { return m_trafficPane; }
    SendPanel *sendPanel() const { return m_sendPanel; }

    /// Opens sessions as the dialogs do; an error shows in the status bar and in the session's row.
    ClientSession *openClient(const ClientOptions &options);
    ServerSession *openServer(const ServerOptions &options);
    UdpSession *openUdp(const UdpOptions &options);
    /// The first-start demo: an echo server on a free loopback port and a client connected to it.
    void startDemo();

    void selectSession(const Session *session);
    void selectConnection(const Connection *connection);
    Session *selectedSession() const;
    Connection *selectedConnection() const;
    TranscriptController *transcripts() const { return m_transcripts; }

    /// Where the send panel's bytes go now: the selected connection, or every open one of a selected server.
    QList<Connection *> sendTargets() const;

    /// File ▸ Quit, from any window: closes every window (the main window's closing ends every session and
    /// closes the transcript windows it opened) and leaves the event loop.
    static void quitApplication();
    /// Help ▸ About Sockbench, over parent.
    static void showAbout(QWidget *parent);

    /// Help ▸ Keyboard Shortcuts: every action of this window that has one, by menu.
    void showShortcuts();
    /// Help ▸ User Manual: docs/manual.md, compiled in, in a window of its own.
    void showManual();

    /// The size the window opens at with no saved geometry, within available (never larger).
    static QSize defaultSize(const QRect &available);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QAction *makeAction(
        const char *iconName, const QString &text, const QKeySequence &shortcut, const QString &toolTip);
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createCentralArea();
    void restoreLayout();
    void saveLayout();
    /// Keeps the window on the screen it is on: no larger than the available area, and inside it.
    void fitToScreen();

    void newClient();
    void newServer();
    /// The New Client / New Server dialog, starting on the server role when asServer.
    void openFromDialog(bool asServer);
    void newUdp();
    /// Session ▸ Send to Address…: a peer for an address typed, for a session that can reach any.
    void sendToAddress();
    void closeSelected();
    /// Half-closes the selected connection (or the selected client's): shuts down sending, reading goes on.
    void shutDownSendingSelected();
    void reconnectSelected();
    void stopListeningSelected();
    void closeAllConnections();
    /// The certificate pane of the selected TLS connection (or the selected client's).
    void showCertificate();
    /// STARTTLS: upgrades the selected client's plain connection to TLS (verified against the system's CAs
    /// and the host name), as SMTP, IMAP and XMPP do after their own "go ahead".
    void startTlsSelected();
    /// After a client's certificate did not verify: says why, and offers to connect anyway, once.
    void offerConnectAnyway(ClientSession *client, Connection *connection);
    /// The one connection the selection means, where the send panel sends and the stream reads read: the
    /// selected connection, or the current one of a selected session that holds one (a client, a connected
    /// UDP socket); null for a server's many or no selection.
    Connection *connectionOfSelection() const;
    /// The TLS connection the selection means: the selected connection, or the selected session's current
    /// one.
    Connection *selectedTlsConnection() const;
    void removeClosedConnections();
    void showTreeContextMenu(const QPoint &position);
    /// A message of a session's in the status bar, cleared when the session goes.
    void showSessionMessage(const Session *session, const QString &message);
    void showPreferences();
    void showCaptureRow(qint64 captureRow);
    void onSelectionChanged();
    void updateConversation();
    void updateActions(); ///< the actions' states and the send targets, at once
    void updateActionStates();
    void updateSendTargets();
    void onSessionChanged(const Session *session);
    void updateTitle();
    void updateStatus();
    void scheduleStatus(); ///< updateStatus() within 500 ms, once however many changes come
    void showHint(const QString &text);

    Workbench *m_workbench = nullptr;
    SessionTreeModel *m_sessionModel = nullptr;
    SessionTreeView *m_sessionView = nullptr;
    TrafficPane *m_trafficPane = nullptr;
    ConversationPane *m_conversationPane = nullptr;
    QTabWidget *m_trafficTabs = nullptr;
    PayloadView *m_payloadView = nullptr;
    ReadPane *m_readPane = nullptr;
    SendPanel *m_sendPanel = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_hintBar = nullptr;
    QLabel *m_totals = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_sendTargetsTimer = nullptr; ///< coalesces the send targets' refresh after session changes
    TranscriptController *m_transcripts = nullptr;
    QList<QSplitter *> m_splitters;
    bool m_splittersRestored = false;
    bool m_fittedOnShow = false;
    quint32 m_messageSessionId = 0; ///< the session of m_sessionMessage
    QString m_sessionMessage; ///< the last session message shown in the status bar
    QMetaObject::Connection m_followRestart; ///< selects the connection a Reconnect brings
    QPointer<QWidget> m_manual;

    QAction *m_newClientAction = nullptr;
    QAction *m_newServerAction = nullptr;
    QAction *m_newUdpAction = nullptr;
    QAction *m_sendToAddressAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_shutDownSendingAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_stopListeningAction = nullptr;
    QAction *m_closeAllAction = nullptr;
    QAction *m_certificateAction = nullptr;
    QAction *m_startTlsAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_relativeTimeAction = nullptr;
    QAction *m_deltaColumnAction = nullptr;
    QAction *m_removeClosedAction = nullptr;
    QAction *m_focusSessionsAction = nullptr;
    QAction *m_focusTrafficAction = nullptr;
    QAction *m_treeMenuAction = nullptr;
    QAction *m_allTrafficAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace Sockbench
