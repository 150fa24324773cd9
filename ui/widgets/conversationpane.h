#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QTimer;

namespace Sockbench {

class CaptureStore;
class ConversationModel;

/// One connection as a conversation of both directions, like Wireshark's Follow TCP Stream.
class ConversationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)
public:
    explicit ConversationPane(CaptureStore *capture, QWidget *parent = nullptr);
    ~ConversationPane() override;

    ConversationModel *model() const { return m_model; }
    /// Follows this connection (0: none).
    void setConnection(quint32 connectionId, const QString &title);
    /// The connection asked for (followed while the pane is shown).
    quint32 connectionId() const { return m_connectionId; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void follow();

    CaptureStore *m_capture = nullptr;
    ConversationModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_rendering = nullptr;
    QListView *m_view = nullptr;
    quint32 m_connectionId = 0; ///< Asked for; the model follows it only while the pane is visible.
    QTimer *m_scrollTimer = nullptr;
};

} // namespace Sockbench
