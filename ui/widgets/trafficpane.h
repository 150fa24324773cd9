#pragma once

#include "models/trafficmodel.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFontMetrics;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace Sockbench {

class CaptureStore;
struct ConnectionInfo;
struct SessionInfo;

/// The traffic log: a table over the capture with direction filters, search and autoscroll.
///
/// The scope (all traffic, one session or one connection) follows what the window selects; its box lists the
/// capture's sessions and connections as the capture announces them. Autoscroll follows new rows only while
/// the view is at its bottom, so scrolling back pauses it.
class TrafficPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficPane)
public:
    explicit TrafficPane(CaptureStore *capture, QWidget *parent = nullptr);
    ~TrafficPane() override;

    TrafficModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Shows one session's or one connection's traffic (0, 0: everything); the scope box follows.
    void setScope(quint32 sessionId, quint32 connectionId);
    quint32 scopeSessionId() const { return m_sessionId; }
    quint32 scopeConnectionId() const { return m_connectionId; }
    /// The capture row of the current event, or -1.
    qint64 currentCaptureRow() const;

    void focusSearch();
    void findNext();
    void findPrevious();
    void clear();
    void setAutoscroll(bool on);
    bool autoscroll() const;
    void setRelativeTime(bool relative);
    /// The Δ column (seconds since the event above); shown by default.
    void setDeltaColumnShown(bool shown);
    bool isDeltaColumnShown() const;
    /// Shows "Copy to Send Panel" and "Send Again" in the rows' menu (the main window; a viewer has no
    /// connection to send to).
    void setSendActionsEnabled(bool enabled);

    /// text as the scope box shows it in width pixels: elided with "…", its "#N" and last ":PORT" kept whole,
    /// the address cut at its end rather than in its middle.
    static QString elideScopeText(const QString &text, const QFontMetrics &metrics, int width);

    /// Column widths and the search mode, remembered by the window between runs.
    void saveState(QSettings &settings, const QString &group) const;
    void restoreState(const QSettings &settings, const QString &group);

Q_SIGNALS:
    void currentEventChanged(qint64 captureRow);
    /// The user chose a scope in the box (not setScope()): the window selects it, so one selection drives the
    /// log, the send target and the conversation.
    void scopeChosen(quint32 sessionId, quint32 connectionId);
    /// The selected data events' bytes, in order, for the send panel's input or to send again.
    void copyToSendPanelRequested(const QByteArray &bytes);
    void sendAgainRequested(const QByteArray &bytes);
    void statusMessage(const QString &message);

private:
    QWidget *createFilterBar();
    void applyFilter();
    void copySelection(bool asHex);
    QByteArray selectedDataBytes() const;
    void onSessionDescribed(const SessionInfo &info);
    void onConnectionDescribed(const ConnectionInfo &info);
    static QString scopeText(const ConnectionInfo &info);
    void fitConnectionColumn();
    void selectScopeItem();
    void find(bool forward);
    void onRowsAppended();

    CaptureStore *m_capture = nullptr;
    TrafficModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_scope = nullptr;
    class ScopeModel;
    ScopeModel *m_scopeModel = nullptr;
    QCheckBox *m_inbound = nullptr;
    QCheckBox *m_outbound = nullptr;
    QCheckBox *m_lifecycle = nullptr;
    QCheckBox *m_autoscroll = nullptr;
    QComboBox *m_searchMode = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QAction *m_copyToSendAction = nullptr;
    QAction *m_sendAgainAction = nullptr;
    quint32 m_sessionId = 0;
    quint32 m_connectionId = 0;
    int m_fittedConnectionWidth = 0; ///< the Connection column's width as last fitted; another is the user's
};

} // namespace Sockbench
