#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTimer;

namespace Sockbench {

class Connection;
class SocketStream;
struct ReadResult;

/// The chapter's SocketStream, by hand: reads on the selected connection (next n bytes, a line, up to a
/// delimiter, up to the end, what is there) with a timeout that fails or returns what came, as chosen.
///
/// Bytes are buffered for reads from the moment the pane is first shown with a connection chosen, and go on
/// being buffered while it is hidden, until another connection is chosen; the traffic log still shows every
/// byte, read or not.
class ReadPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadPane)
public:
    enum class Operation { Next, Line, UpTo, UpToEnd, Available };
    Q_ENUM(Operation)

    explicit ReadPane(QWidget *parent = nullptr);
    ~ReadPane() override;

    /// Reads from this connection from now on (null: none).
    void setConnection(Connection *connection);
    /// Starts the read the controls describe; false (with the reason shown) when it cannot start.
    bool read();
    /// The results so far, one line each, newest last.
    QStringList results() const;

    /// Unread bytes kept for reads at most; beyond, buffering stops (the capture still has everything).
    static constexpr qint64 MaxBuffered = 16 * 1024 * 1024;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void attach();
    void updateControls();
    void report(const QString &request, const ReadResult &result);

    QPointer<Connection> m_connection;
    SocketStream *m_stream = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_buffered = nullptr;
    QTimer *m_refresh = nullptr;
    QComboBox *m_operation = nullptr;
    QLineEdit *m_argument = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_policy = nullptr;
    QPushButton *m_readButton = nullptr;
    QLabel *m_message = nullptr;
    QStringListModel *m_results = nullptr;
    QListView *m_resultView = nullptr;
};

} // namespace Sockbench
