#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
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
class ReadStreams;
class SocketStream;
class Workbench;
struct ReadResult;

/// The chapter's SocketStream, by hand: reads on the selected connection (next n bytes, a line, up to a
/// delimiter, up to the end, what is there) with a timeout that fails or returns what came, as chosen.
///
/// Over a Workbench, every connection is buffered for reads from its first byte (ReadStreams), and each
/// keeps its buffer and its results while others are selected; a full buffer says so and can be discarded.
/// Without one (a pane on its own), bytes are buffered from the moment the pane is first shown with a
/// connection chosen. The traffic log shows every byte either way, read or not.
class ReadPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadPane)
public:
    enum class Operation { Next, Line, UpTo, UpToEnd, Available, CrLfLine };
    Q_ENUM(Operation)

    /// A pane that buffers every connection of workbench from its first byte.
    explicit ReadPane(Workbench *workbench, QWidget *parent = nullptr);
    /// A pane that buffers a connection from when it is first shown with it.
    explicit ReadPane(QWidget *parent = nullptr);
    ~ReadPane() override;

    /// Reads from this connection from now on (null: none).
    void setConnection(Connection *connection);
    /// Starts the read the controls describe; false (with the reason shown) when it cannot start.
    bool read();
    /// The results so far on the connection read from, one line each, newest last.
    QStringList results() const;
    /// Drops the unread bytes (a full buffer's too) and buffers anew from now; false when it cannot.
    bool discardBuffer();
    ReadStreams *streams() const { return m_streams; }

    /// Unread bytes kept for reads at most, per connection; beyond, buffering stops (the capture still has
    /// everything).
    static constexpr qint64 MaxBuffered = 16 * 1024 * 1024;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void attach();
    void updateControls();
    void report(quint32 connectionId, const QString &request, const ReadResult &result);

    ReadStreams *m_streams = nullptr;
    QPointer<Connection> m_connection;
    QPointer<SocketStream> m_stream;
    QHash<quint32, QStringList> m_resultsOf; ///< Results by connection id, of those not shown now.
    QLabel *m_title = nullptr;
    QLabel *m_buffered = nullptr;
    QTimer *m_refresh = nullptr;
    QComboBox *m_operation = nullptr;
    QLineEdit *m_argument = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_policy = nullptr;
    QPushButton *m_readButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_message = nullptr;
    QStringListModel *m_results = nullptr;
    QListView *m_resultView = nullptr;
};

} // namespace Sockbench
