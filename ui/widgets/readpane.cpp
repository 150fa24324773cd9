#include "readpane.h"

#include "codec/byteformat.h"
#include "codec/payloadparser.h"
#include "session/connection.h"
#include "session/readstreams.h"
#include "session/socketstream.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace Sockbench {

ReadPane::ReadPane(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_streams(new ReadStreams(workbench, this))
{
    build();
    // A full buffer says so at once, not at the next refresh.
    connect(m_streams, &ReadStreams::bufferFilled, this, [this](Connection *connection) {
        if (connection == m_connection)
            updateControls();
    });
}

ReadPane::ReadPane(QWidget *parent)
    : ReadPane(nullptr, parent)
{ }

void ReadPane::build()
{
    m_title = new QLabel(this);
    m_buffered = new QLabel(this);
    m_operation = new QComboBox(this);
    m_argument = new QLineEdit(this);
    m_timeout = new QSpinBox(this);
    m_policy = new QComboBox(this);
    m_readButton = new QPushButton(tr("&Read"), this);
    m_discardButton = new QPushButton(tr("&Discard Buffer"), this);
    m_message = new QLabel(this);
    m_results = new QStringListModel(this);
    m_resultView = new QListView(this);

    m_title->setObjectName(QStringLiteral("readTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_buffered->setObjectName(QStringLiteral("bufferedLabel"));
    m_buffered->setTextFormat(Qt::PlainText);

    m_operation->setObjectName(QStringLiteral("readOperation"));
    m_operation->addItem(tr("next N bytes"), int(Operation::Next));
    m_operation->addItem(tr("a line (LF or CR LF)"), int(Operation::Line));
    m_operation->addItem(tr("up to a delimiter"), int(Operation::UpTo));
    m_operation->addItem(tr("up to the end (peer closes)"), int(Operation::UpToEnd));
    m_operation->addItem(tr("what is available"), int(Operation::Available));
    m_operation->addItem(tr("a line (CR LF only, as Pharo's nextLine)"), int(Operation::CrLfLine));
    m_operation->setCurrentIndex(1);
    m_argument->setObjectName(QStringLiteral("readArgument"));
    m_timeout->setObjectName(QStringLiteral("readTimeout"));
    m_timeout->setRange(0, 3600);
    m_timeout->setValue(5);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("no timeout"));
    m_policy->setObjectName(QStringLiteral("readPolicy"));
    // Its long French and German items must not make the window wider than 900 px: the popup shows them
    // whole.
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policy->setMinimumContentsLength(16);
    m_policy->addItem(tr("fail (keep the bytes buffered)"));
    m_policy->addItem(tr("return what came"));
    m_policy->setToolTip(tr("What a read does when the timeout passes or the peer closes first"));
    m_readButton->setObjectName(QStringLiteral("readButton"));
    m_discardButton->setObjectName(QStringLiteral("discardBufferButton"));
    m_discardButton->setToolTip(tr("Drop the unread bytes and buffer anew from now (the traffic log keeps "
                                   "them)"));
    m_message->setObjectName(QStringLiteral("readMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_resultView->setObjectName(QStringLiteral("readResults"));
    m_resultView->setModel(m_results);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_resultView->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *request = new QHBoxLayout;
    request->addWidget(m_operation);
    request->addWidget(m_argument, 1);
    form->addRow(tr("Read &what:"), request);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_timeout);
    timing->addWidget(new QLabel(tr("then"), this));
    timing->addWidget(m_policy, 1);
    timing->addWidget(m_readButton);
    form->addRow(tr("&Timeout:"), timing);
    qobject_cast<QLabel *>(form->labelForField(request))->setBuddy(m_operation);
    qobject_cast<QLabel *>(form->labelForField(timing))->setBuddy(m_timeout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // The controls first: the description above them wrapped to two lines once a connection was chosen,
    // and the Read button jumped 14 px down under the pointer.
    layout->addLayout(form);
    layout->addWidget(m_title);
    auto *status = new QHBoxLayout;
    status->addWidget(m_buffered);
    status->addWidget(m_discardButton);
    status->addStretch();
    status->addWidget(m_message);
    layout->addLayout(status);
    layout->addWidget(m_resultView, 1);

    connect(m_operation, &QComboBox::currentIndexChanged, this, &ReadPane::updateControls);
    connect(m_argument, &QLineEdit::returnPressed, this, &ReadPane::read);
    connect(m_readButton, &QPushButton::clicked, this, &ReadPane::read);
    connect(m_discardButton, &QPushButton::clicked, this, &ReadPane::discardBuffer);
    // The buffer fills as bytes arrive; a light timer keeps its count honest without a signal per chunk. It
    // runs only while there is a buffer: each wake-up polls every socket of the window (5,000 idle
    // connections).
    m_refresh = new QTimer(this);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &ReadPane::updateControls);
    setConnection(nullptr);
}

ReadPane::~ReadPane() = default;

void ReadPane::setConnection(Connection *connection)
{
    if (connection == m_connection && (connection == nullptr || m_stream))
        return;
    // Each connection keeps its buffer (in m_streams) and its results while another one is shown.
    if (m_connection)
        m_resultsOf.insert(m_connection->id(), m_results->stringList());
    m_connection = connection;
    m_stream = m_streams->stream(connection);
    m_results->setStringList(connection ? m_resultsOf.take(connection->id()) : QStringList());
    m_message->clear();
    attach();
}

void ReadPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    attach();
}

void ReadPane::attach()
{
    // On its own, the pane buffers once it has been looked at: a connection nobody reads costs nothing.
    Connection *connection = m_connection;
    if (!m_stream && connection && connection->isOpen() && isVisible())
        m_stream = m_streams->streamFor(connection);
    if (m_stream && connection && m_streams->buffersFromFirstByte(connection)) {
        m_title->setText(tr("Reading from #%1 %2. Every byte it received is buffered for reads, from the "
                            "first, and stays buffered while other connections are selected.")
                             .arg(connection->id())
                             .arg(connection->peerEndpoint().toString()));
    } else if (m_stream && connection) {
        // Buffering lasts while the connection stays selected, whichever tab is open: say so, and that
        // what came before this tab first showed it is only in the log.
        m_title->setText(tr("Reading from #%1 %2. Bytes received since this tab first showed the connection "
                            "are buffered for reads, also while another tab is open; earlier bytes are only "
                            "in the traffic log.")
                             .arg(connection->id())
                             .arg(connection->peerEndpoint().toString()));
    } else {
        m_title->setText(tr("Select an open connection to read from it as a stream: a line, N bytes, up to a "
                            "delimiter or to the end, with a timeout."));
    }
    updateControls();
}

void ReadPane::updateControls()
{
    const auto operation = Operation(m_operation->currentData().toInt());
    m_argument->setEnabled(operation == Operation::Next || operation == Operation::UpTo);
    m_argument->setPlaceholderText(operation == Operation::Next ? tr("how many bytes, e.g. 5")
            : operation == Operation::UpTo                      ? tr("delimiter, e.g. ; or \\r\\n")
                                                                : QString());
    const bool pending = m_stream && m_stream->isReadPending();
    m_readButton->setEnabled(m_stream && !pending);
    m_readButton->setText(pending ? tr("Reading…") : tr("&Read"));
    const bool full = m_stream && m_stream->isBufferFull();
    m_discardButton->setVisible(m_stream && (full || m_stream->bytesAvailable() > 0));
    m_discardButton->setEnabled(!pending && m_connection && m_connection->isReadOpen());
    const int buffered = int(std::min<qint64>(m_stream ? m_stream->bytesAvailable() : 0, INT_MAX));
    if (!m_stream)
        m_buffered->clear();
    else if (full && m_stream->isBufferFullByBudget())
        // Stopped by the bound over all connections, not its own: say which, and what frees room.
        m_buffered->setText(tr("%n byte(s) buffered; full: the buffers of all connections together reached "
                               "%1 (discarding one frees room); later bytes are only in the traffic log",
            nullptr, buffered)
                                .arg(QLocale().formattedDataSize(m_streams->totalLimit())));
    else if (full)
        m_buffered->setText(
            tr("%n byte(s) buffered; the buffer is full: later bytes are only in the traffic log", nullptr,
                buffered));
    else if (m_stream->isInputEnded())
        m_buffered->setText(tr("%n byte(s) buffered; the peer has closed", nullptr, buffered));
    else
        m_buffered->setText(tr("%n byte(s) buffered", nullptr, buffered));
    if (!m_stream)
        m_refresh->stop();
    else if (!m_refresh->isActive())
        m_refresh->start();
}

bool ReadPane::discardBuffer()
{
    if (!m_connection || !m_stream)
        return false;
    SocketStream *fresh = m_streams->restart(m_connection);
    if (!fresh)
        return false;
    m_stream = fresh;
    m_message->setText(tr("Buffer discarded; buffering anew from now."));
    attach();
    return true;
}

bool ReadPane::read()
{
    if (!m_stream || m_stream->isReadPending())
        return false;
    const auto operation = Operation(m_operation->currentData().toInt());
    QString request;
    qint64 count = 0;
    QByteArray delimiter;
    if (operation == Operation::Next) {
        bool ok = false;
        count = m_argument->text().trimmed().toLongLong(&ok);
        if (!ok || count < 1 || count > 64 * 1024 * 1024) {
            m_message->setText(tr("N must be a number of bytes from 1 to 67108864"));
            return false;
        }
        request = tr("next(%1)").arg(count);
    } else if (operation == Operation::UpTo) {
        const ParseResult parsed = PayloadParser::parseEscapedText(m_argument->text());
        if (!parsed.ok || parsed.bytes.isEmpty()) {
            m_message->setText(parsed.ok ? tr("the delimiter is empty") : parsed.errorMessage);
            return false;
        }
        delimiter = parsed.bytes;
        request = tr("upTo(\"%1\")").arg(ByteFormat::toVisibleText(delimiter));
    } else {
        request = operation == Operation::Line ? tr("nextLine")
            : operation == Operation::CrLfLine ? tr("nextLine (CR LF)")
            : operation == Operation::UpToEnd  ? tr("upToEnd")
                                               : tr("nextAvailable");
    }
    m_message->clear();
    m_stream->setTimeout(m_timeout->value() * 1000);
    m_stream->setReadFailurePolicy(m_policy->currentIndex() == 0
            ? SocketStream::ReadFailurePolicy::Signal
            : SocketStream::ReadFailurePolicy::ReturnAvailable);
    m_stream->setLineEnd(
        operation == Operation::CrLfLine ? SocketStream::LineEnd::CrLf : SocketStream::LineEnd::LfOrCrLf);
    auto done
        = [this, request, id = m_connection->id()](const ReadResult &result) { report(id, request, result); };
    switch (operation) {
    case Operation::Next:
        m_stream->next(count, this, done);
        break;
    case Operation::Line:
    case Operation::CrLfLine:
        m_stream->nextLine(this, done);
        break;
    case Operation::UpTo:
        m_stream->upTo(delimiter, this, done);
        break;
    case Operation::UpToEnd:
        m_stream->upToEnd(this, done);
        break;
    case Operation::Available:
        m_stream->nextAvailable(this, done);
        break;
    }
    updateControls();
    return true;
}

void ReadPane::report(quint32 connectionId, const QString &request, const ReadResult &result)
{
    QString outcome;
    switch (result.status) {
    case ReadStatus::Complete:
        break;
    case ReadStatus::TimedOut:
        outcome = tr("timed out");
        break;
    case ReadStatus::PeerClosed:
        outcome = tr("the peer closed first");
        break;
    case ReadStatus::StreamFailed:
    case ReadStatus::TooLong:
    case ReadStatus::BufferFull:
        outcome = tr("failed: %1").arg(result.errorMessage);
        break;
    case ReadStatus::Refused:
        outcome = tr("refused: %1").arg(result.errorMessage);
        break;
    }
    QString line;
    if (result.ok) {
        line = tr("%1 → %n byte(s): %2", nullptr, int(result.data.size()))
                   .arg(request, ByteFormat::toVisibleText(result.data));
        if (!outcome.isEmpty())
            line += tr("  (%1; returned what came)").arg(outcome);
    } else {
        line = tr("%1 → %2; the bytes that came stay buffered").arg(request, outcome);
    }
    if (!m_connection || m_connection->id() != connectionId) {
        // Its connection is not the one shown now: the line waits with that connection's other results.
        m_resultsOf[connectionId].append(line);
        updateControls();
        return;
    }
    const int row = m_results->rowCount();
    m_results->insertRows(row, 1);
    m_results->setData(m_results->index(row), line);
    m_resultView->scrollToBottom();
    updateControls();
}

QStringList ReadPane::results() const
{
    return m_results->stringList();
}

} // namespace Sockbench
