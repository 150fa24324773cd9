#include "sendpanel.h"

#include "session/connection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockbench {

namespace {

const QString settingsGroup = QStringLiteral("sendPanel");
const QString historyKey = QStringLiteral("history");
const QString snippetsKey = QStringLiteral("snippets");
const QString textKey = QStringLiteral("text");
const QString modeKey = QStringLiteral("mode");
const QString lineEndingKey = QStringLiteral("lineEnding");
const QString repeatCountKey = QStringLiteral("repeatCount");
const QString repeatIntervalKey = QStringLiteral("repeatIntervalMs");

// With a 0 ms interval a repeat sends in bursts, giving the event loop a turn between them so the window
// (and the sockets) stay responsive.
constexpr int burstSize = 64;
constexpr int burstBudgetMs = 5;

// Settings hold names, not enum values, so reordering an enum cannot change what a saved snippet means.
QString modeName(PayloadMode mode)
{
    return mode == PayloadMode::Hex ? QStringLiteral("hex") : QStringLiteral("text");
}

PayloadMode modeFromName(const QString &name)
{
    return name == QLatin1String("hex") ? PayloadMode::Hex : PayloadMode::Text;
}

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return QStringLiteral("none");
    case LineEnding::LF:
        return QStringLiteral("lf");
    case LineEnding::CR:
        return QStringLiteral("cr");
    case LineEnding::CRLF:
        return QStringLiteral("crlf");
    }
    return QStringLiteral("none");
}

LineEnding lineEndingFromName(const QString &name)
{
    if (name == QLatin1String("lf"))
        return LineEnding::LF;
    if (name == QLatin1String("cr"))
        return LineEnding::CR;
    if (name == QLatin1String("crlf"))
        return LineEnding::CRLF;
    return LineEnding::None;
}

LineEnding defaultLineEnding(PayloadMode mode)
{
    return mode == PayloadMode::Hex ? LineEnding::None : LineEnding::LF;
}

// True when the cursor is on the first (or last) visual line of the document, where Up (or Down) has no line
// to move to and walks the history instead.
bool cursorOnEdgeLine(const QPlainTextEdit *edit, bool first)
{
    const QTextCursor cursor = edit->textCursor();
    const QTextBlock block = cursor.block();
    const bool edgeBlock = first ? !block.previous().isValid() : !block.next().isValid();
    if (!edgeBlock)
        return false;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() <= 1)
        return true;
    const int line = layout->lineForTextPosition(cursor.positionInBlock()).lineNumber();
    return first ? line <= 0 : line >= layout->lineCount() - 1;
}

} // namespace

SendPanel::SendPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *payloadLabel = new QLabel(tr("&Payload"), this);
    QFont bold = payloadLabel->font();
    bold.setBold(true);
    payloadLabel->setFont(bold);

    m_targetLabel = new QLabel(tr("(select a connection to send it to)"), this);
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    m_targetLabel->setTextFormat(Qt::PlainText);
    // The target can be long ("To all 12 connections of Echo server [::1]:40285"): it takes the room there is
    // rather than widening the window; the tooltip has it whole.
    m_targetLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Not bold: it continues the bold "Payload" as one phrase ("Payload for #2 127.0.0.1:40735"); two bold
    // labels side by side read as "Payload To #2".
    m_targetLabel->setToolTip(
        tr("Where Send delivers the bytes; select a connection or a server to change it."));

    m_snippetsButton = new QToolButton(this);
    m_snippetsButton->setObjectName(QStringLiteral("snippetsButton"));
    m_snippetsButton->setText(tr("Sn&ippets"));
    m_snippetsButton->setToolTip(tr("Save the current input under a name, or load a saved one."));
    m_snippetsButton->setPopupMode(QToolButton::InstantPopup);
    m_snippetsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *snippetMenu = new QMenu(m_snippetsButton);
    m_snippetsButton->setMenu(snippetMenu);
    connect(snippetMenu, &QMenu::aboutToShow, this, &SendPanel::rebuildSnippetMenu);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("payloadEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setToolTip(tr("Ctrl+Enter sends; Enter starts a new line; Ctrl+Up and Ctrl+Down recall earlier "
                          "inputs."));
    m_edit->installEventFilter(this);
    payloadLabel->setBuddy(m_edit);
    {
        const QFontMetrics metrics(m_edit->font());
        m_edit->setMinimumHeight(metrics.lineSpacing() * 3 + 2 * m_edit->frameWidth() + 8);
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    {
        // A mid red reads on light and dark palettes alike.
        QPalette palette = m_errorLabel->palette();
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
        m_errorLabel->setPalette(palette);
    }
    m_errorLabel->hide();

    auto *modeLabel = new QLabel(tr("&Mode:"), this);
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    m_modeCombo->addItem(tr("Text"), QVariant::fromValue(int(PayloadMode::Text)));
    m_modeCombo->addItem(tr("Hex"), QVariant::fromValue(int(PayloadMode::Hex)));
    m_modeCombo->setItemData(
        0, tr("UTF-8 text with the escapes \\r \\n \\t \\0 \\\\ and \\xHH"), Qt::ToolTipRole);
    m_modeCombo->setItemData(1, tr("Hex bytes such as 48 65 6c, 48656c or 0x48,0x65"), Qt::ToolTipRole);
    m_modeCombo->setToolTip(tr("How the input is read: text with escapes, or hex bytes. Both take fields: "
                               "{{counter}} (sends so far + 1), {{time}}, {{random:N}}, {{data}} (what the "
                               "connection last received), and checksums of what precedes them: {{sum8}} "
                               "{{xor8}} {{crc16}} (Modbus) {{crc32}}, :hex for hex digits."));
    modeLabel->setBuddy(m_modeCombo);

    auto *lineEndingLabel = new QLabel(tr("Line &ending:"), this);
    m_lineEndingCombo = new QComboBox(this);
    m_lineEndingCombo->setObjectName(QStringLiteral("lineEndingCombo"));
    m_lineEndingCombo->addItem(tr("None"), QVariant::fromValue(int(LineEnding::None)));
    m_lineEndingCombo->addItem(tr("LF (\\n)"), QVariant::fromValue(int(LineEnding::LF)));
    m_lineEndingCombo->addItem(tr("CR (\\r)"), QVariant::fromValue(int(LineEnding::CR)));
    m_lineEndingCombo->addItem(tr("CRLF (\\r\\n)"), QVariant::fromValue(int(LineEnding::CRLF)));
    m_lineEndingCombo->setToolTip(tr("Appended after the input each time it is sent. With CR or CRLF, every "
                                     "line break typed in the input becomes that ending too (an escaped \\n "
                                     "stays LF)."));
    m_lineEndingCombo->setCurrentIndex(m_lineEndingCombo->findData(int(LineEnding::LF)));
    lineEndingLabel->setBuddy(m_lineEndingCombo);

    m_repeatCheck = new QCheckBox(tr("Re&peat"), this);
    m_repeatCheck->setObjectName(QStringLiteral("repeatCheck"));
    m_repeatCheck->setToolTip(tr("Send the same bytes several times, with a pause between sends."));
    m_repeatCount = new QSpinBox(this);
    m_repeatCount->setObjectName(QStringLiteral("repeatCountSpin"));
    m_repeatCount->setRange(1, 1000000);
    m_repeatCount->setValue(10);
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatCount->setToolTip(tr("How many times to send."));
    m_repeatCount->setAccessibleName(tr("Repeat count"));
    m_repeatCount->setAccelerated(true);
    m_repeatInterval = new QSpinBox(this);
    m_repeatInterval->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_repeatInterval->setRange(0, 3600000);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setSingleStep(100);
    m_repeatInterval->setPrefix(tr("every "));
    m_repeatInterval->setSuffix(tr(" ms"));
    m_repeatInterval->setToolTip(tr("Pause between sends in milliseconds; 0 sends as fast as possible."));
    m_repeatInterval->setAccessibleName(tr("Repeat interval"));
    m_repeatInterval->setAccelerated(true);
    // Shown only while Repeat is on, in a row below: beside the other options they made the window ~200 px
    // wider.
    m_repeatCount->setVisible(false);
    m_repeatInterval->setVisible(false);
    connect(m_repeatCheck, &QCheckBox::toggled, m_repeatCount, &QWidget::setVisible);
    connect(m_repeatCheck, &QCheckBox::toggled, m_repeatInterval, &QWidget::setVisible);
    // "5 of 5 sent" belongs to the repeat that is over: it goes with the option.
    connect(m_repeatCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && !isRepeating())
            m_statusLabel->clear();
    });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    // A long status ("Stopped after 3 of 1,000: …") elides into the room there is: it must not widen the
    // window.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_fileButton = new QToolButton(this);
    m_fileButton->setObjectName(QStringLiteral("sendFileButton"));
    m_fileButton->setText(tr("Send Fi&le…"));
    m_fileButton->setToolTip(tr("Send the contents of a file once (up to 64 MiB); the arrow sends it in "
                                "fixed-size chunks."));
    connect(m_fileButton, &QToolButton::clicked, this, [this] { chooseFile(); });
    // The chapter streams an mp3 in 3000-byte chunks, the last padded: the same, a menu away.
    auto *fileMenu = new QMenu(m_fileButton);
    QAction *inChunks = fileMenu->addAction(tr("Send File in Fixed-Size &Chunks…"));
    inChunks->setObjectName(QStringLiteral("sendFileInChunksAction"));
    connect(inChunks, &QAction::triggered, this, &SendPanel::chooseFileInChunks);
    m_fileButton->setMenu(fileMenu);
    m_fileButton->setPopupMode(QToolButton::MenuButtonPopup);

    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the input (Ctrl+Enter)."));
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        if (isRepeating())
            stopRepeat();
        else
            send();
    });

    m_repeatTimer = new QTimer(this);
    m_repeatTimer->setTimerType(Qt::PreciseTimer);
    connect(m_repeatTimer, &QTimer::timeout, this, &SendPanel::onRepeatTick);

    auto *top = new QHBoxLayout;
    top->addWidget(payloadLabel);
    top->addWidget(m_targetLabel, 1);
    top->addWidget(m_snippetsButton);

    auto *options = new QHBoxLayout;
    options->addWidget(modeLabel);
    options->addWidget(m_modeCombo);
    options->addSpacing(12);
    options->addWidget(lineEndingLabel);
    options->addWidget(m_lineEndingCombo);
    options->addSpacing(12);
    options->addWidget(m_repeatCheck);
    options->addWidget(m_statusLabel, 1);
    options->addWidget(m_fileButton);
    options->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(options);
    // A row of their own, so turning Repeat on never makes the window wider.
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeatCount);
    repeatRow->addWidget(m_repeatInterval);
    repeatRow->addStretch(1);
    layout->addLayout(repeatRow);

    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &SendPanel::validate);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &SendPanel::onModeChanged);
    // A typed line break follows the line ending: the bytes change with it.
    connect(m_lineEndingCombo, &QComboBox::currentIndexChanged, this, &SendPanel::validate);

    loadHistory();
    onModeChanged();
}

SendPanel::~SendPanel() = default;

void SendPanel::setTargetDescription(const QString &text)
{
    m_targetLabel->setText(text);
}

void SendPanel::setSendEnabled(bool enabled)
{
    m_sendEnabled = enabled;
    if (!enabled && isRepeating())
        stopRepeat(closedReason());
    m_fileButton->setEnabled(enabled);
    updateSendButton();
}

void SendPanel::setTargets(const QList<Connection *> &targets)
{
    // {{data}} is what the first target last received: one connection watched, however many targets.
    if (targets.isEmpty() || m_targets.isEmpty() || m_targets.constFirst() != targets.constFirst()) {
        disconnect(m_receivedConnection);
        m_lastReceived.clear();
        if (!targets.isEmpty()) {
            m_receivedConnection = connect(targets.constFirst(), &Connection::received, this,
                [this](const QByteArray &chunk) { m_lastReceived = chunk; });
        }
    }
    m_targets.clear();
    bool anyOpen = false;
    for (Connection *connection : targets) {
        m_targets.append(connection);
        anyOpen = anyOpen || connection->isOpen();
    }
    setSendEnabled(anyOpen);
}

QList<Connection *> SendPanel::targets() const
{
    QList<Connection *> live;
    for (const QPointer<Connection> &connection : m_targets) {
        if (connection)
            live.append(connection);
    }
    return live;
}

void SendPanel::deliver(const QByteArray &bytes)
{
    Q_EMIT targetsNeeded();
    // A target may have closed since it was chosen: it refuses the bytes, and the others still get them.
    int sent = 0;
    for (const QPointer<Connection> &connection : std::as_const(m_targets)) {
        if (connection && connection->send(bytes))
            ++sent;
    }
    if (!m_targets.isEmpty() && sent == 0) {
        // Nobody can take the bytes any more: a repeat would only say so again, so it ends here.
        stopRepeat(closedReason());
        showNotice(tr("Nothing sent: no open connection is selected."));
    }
    ++m_sendCount;
    Q_EMIT sendRequested(bytes);
}

QByteArray SendPanel::lineBreakFor(LineEnding ending)
{
    return ending == LineEnding::CR || ending == LineEnding::CRLF ? PayloadParser::lineEndingBytes(ending)
                                                                  : QByteArrayLiteral("\n");
}

QByteArray SendPanel::renderBytes(const PayloadTemplate &payload, LineEnding ending) const
{
    if (!payload.isValid())
        return {};
    TemplateContext context;
    context.counter = m_sendCount + 1;
    context.data = m_lastReceived;
    return payload.render(context) + PayloadParser::lineEndingBytes(ending);
}

QByteArray SendPanel::currentBytes() const
{
    if (!m_parsed.ok)
        return {};
    return renderBytes(m_template, lineEnding());
}

bool SendPanel::isInputValid() const
{
    return m_parsed.ok;
}

void SendPanel::focusInput()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

QString SendPanel::inputText() const
{
    return m_edit->toPlainText();
}

void SendPanel::setInputText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

PayloadMode SendPanel::mode() const
{
    return PayloadMode(m_modeCombo->currentData().toInt());
}

void SendPanel::setMode(PayloadMode mode)
{
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
}

LineEnding SendPanel::lineEnding() const
{
    return LineEnding(m_lineEndingCombo->currentData().toInt());
}

void SendPanel::setLineEnding(LineEnding ending)
{
    m_lineEndingCombo->setCurrentIndex(m_lineEndingCombo->findData(int(ending)));
}

void SendPanel::setTextLineEnding(LineEnding ending)
{
    m_textLineEnding = ending;
    if (mode() == PayloadMode::Text)
        setLineEnding(ending);
}

bool SendPanel::send()
{
    Q_EMIT targetsNeeded(); // may enable sending: a connection came since the targets were set
    if (!m_sendEnabled || isRepeating())
        return false;
    validate();
    if (!m_parsed.ok)
        return false;
    const QByteArray bytes = currentBytes();
    if (bytes.isEmpty())
        return false;
    const PayloadTemplate sent = m_template; // clearing the input below parses it anew, empty

    const bool kept = remember(m_edit->toPlainText());
    m_edit->clear();

    const int count = m_repeatCheck->isChecked() ? m_repeatCount->value() : 1;
    if (count <= 1) {
        m_statusLabel->clear();
        deliver(bytes);
        if (!kept)
            m_statusLabel->setText(notKeptNote(bytes.size()));
        return true;
    }

    m_repeatBytes = bytes;
    m_repeatTemplate = sent.isDynamic() ? sent : PayloadTemplate();
    m_repeatEnding = lineEnding();
    m_repeatTotal = count;
    m_repeatRemaining = count;
    updateSendButton();
    Q_EMIT repeatingChanged(true);
    // The first send goes at once, like a single send; the timer paces the rest.
    onRepeatTick();
    if (isRepeating())
        m_repeatTimer->start(m_repeatInterval->value());
    return true;
}

void SendPanel::onRepeatTick()
{
    const bool burst = m_repeatInterval->value() == 0;
    const QDeadlineTimer budget(burstBudgetMs);
    int sent = 0;
    // A receiver may stop the repeat from inside sendRequested (setSendEnabled(false)); re-check every time.
    while (isRepeating()) {
        --m_repeatRemaining;
        // A dynamic input is rendered for each send ({{counter}} counts them); a fixed one once.
        const QByteArray bytes
            = m_repeatTemplate.isDynamic() ? renderBytes(m_repeatTemplate, m_repeatEnding) : m_repeatBytes;
        deliver(bytes);
        ++sent;
        if (!burst || sent >= burstSize || budget.hasExpired())
            break;
    }
    if (m_repeatTotal > 0) {
        const QLocale locale;
        m_statusLabel->setText(
            tr("%1 of %2 sent")
                .arg(locale.toString(m_repeatTotal - m_repeatRemaining), locale.toString(m_repeatTotal)));
    }
    if (m_repeatRemaining <= 0 && m_repeatTotal > 0)
        stopRepeat();
}

void SendPanel::stopRepeat(const QString &reason)
{
    m_repeatTimer->stop();
    const bool wasRepeating = m_repeatTotal > 0;
    if (wasRepeating && !reason.isEmpty()) {
        const QLocale locale;
        m_statusLabel->setText(tr("Stopped after %1 of %2: %3")
                                   .arg(locale.toString(m_repeatTotal - m_repeatRemaining),
                                       locale.toString(m_repeatTotal), reason));
    }
    m_repeatRemaining = 0;
    m_repeatTotal = 0;
    m_repeatBytes.clear();
    m_repeatTemplate = PayloadTemplate();
    updateSendButton();
    if (wasRepeating)
        Q_EMIT repeatingChanged(false);
}

bool SendPanel::sendFile(const QString &path, qint64 chunkSize)
{
    Q_EMIT targetsNeeded();
    if (!m_sendEnabled) {
        showNotice(tr("There is no open connection to send %1 to.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        showNotice(tr("%1 does not exist.").arg(path));
        return false;
    }
    if (info.isDir()) {
        showNotice(tr("%1 is a folder; choose a file.").arg(path));
        return false;
    }
    const QLocale locale;
    const QString tooLarge
        = tr("%1 is %2; files up to %3 can be sent.")
              .arg(name, locale.formattedDataSize(info.size()), locale.formattedDataSize(maxFileSize));
    if (info.size() > maxFileSize) {
        showNotice(tooLarge);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    // Files that report no size (pipes, /proc) are read up to the cap and refused beyond it.
    const QByteArray contents = file.read(maxFileSize + 1);
    if (contents.size() > maxFileSize) {
        showNotice(tr("%1 is larger than %2; files up to that size can be sent.")
                       .arg(name, locale.formattedDataSize(maxFileSize)));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        showNotice(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (contents.isEmpty()) {
        showNotice(tr("%1 is empty; nothing was sent.").arg(name));
        return false;
    }
    if (chunkSize <= 0) {
        m_statusLabel->setText(tr("Sent %1 (%2 bytes)").arg(name, locale.toString(contents.size())));
        deliver(contents);
        return true;
    }
    const qint64 chunks = (contents.size() + chunkSize - 1) / chunkSize;
    if (chunkSize > maxFileSize || chunks > maxFileChunks) {
        showNotice(tr("%1 in chunks of %2 bytes would be %3 sends; at most %4: choose larger chunks.")
                       .arg(name, locale.toString(chunkSize), locale.toString(chunks),
                           locale.toString(maxFileChunks)));
        return false;
    }
    const qint64 padding = chunks * chunkSize - contents.size();
    for (qint64 i = 0; i < chunks; ++i) {
        QByteArray chunk = contents.mid(i * chunkSize, chunkSize);
        if (chunk.size() < chunkSize)
            chunk.append(QByteArray(chunkSize - chunk.size(), '\0')); // the last one, padded
        deliver(chunk);
    }
    m_statusLabel->setText(
        tr("Sent %1 in %2 chunks of %3 bytes (%4 bytes of padding)")
            .arg(name, locale.toString(chunks), locale.toString(chunkSize), locale.toString(padding)));
    return true;
}

QString SendPanel::closedReason() const
{
    // Why the targets stopped taking bytes: the first one's error (a reset, a broken pipe), else a close.
    for (const QPointer<Connection> &connection : m_targets) {
        if (connection && !connection->isOpen() && !connection->errorString().isEmpty())
            return tr("#%1 %2").arg(connection->id()).arg(connection->errorString());
    }
    return tr("the connection closed");
}

QString SendPanel::notKeptNote(qint64 size)
{
    const QLocale locale;
    return tr("Sent %1; not kept in the history (over %2)")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxKeptEntryBytes));
}

bool SendPanel::sendBytes(const QByteArray &bytes)
{
    Q_EMIT targetsNeeded();
    if (!m_sendEnabled || isRepeating() || bytes.isEmpty())
        return false;
    m_statusLabel->setText(
        tr("Sent %n byte(s) again", nullptr, int(std::min<qint64>(bytes.size(), INT_MAX))));
    deliver(bytes);
    return true;
}

void SendPanel::saveState(QSettings &settings) const
{
    settings.beginGroup(settingsGroup);
    settings.setValue(modeKey, modeName(mode()));
    settings.setValue(lineEndingKey, lineEndingName(lineEnding()));
    settings.setValue(repeatCountKey, m_repeatCount->value());
    settings.setValue(repeatIntervalKey, m_repeatInterval->value());
    settings.endGroup();
}

void SendPanel::restoreState(const QSettings &settings)
{
    const QString group = settingsGroup + QLatin1Char('/');
    if (settings.contains(group + modeKey)) {
        setMode(modeFromName(settings.value(group + modeKey).toString()));
        // After the mode, whose change puts its own default ending in.
        setLineEnding(lineEndingFromName(settings.value(group + lineEndingKey).toString()));
    }
    if (settings.contains(group + repeatCountKey))
        m_repeatCount->setValue(settings.value(group + repeatCountKey).toInt());
    if (settings.contains(group + repeatIntervalKey))
        m_repeatInterval->setValue(settings.value(group + repeatIntervalKey).toInt());
}

QStringList SendPanel::history() const
{
    QStringList texts;
    texts.reserve(m_history.size());
    for (const HistoryEntry &entry : m_history)
        texts.append(entry.text);
    return texts;
}

QStringList SendPanel::snippetNames() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    QStringList names = settings.value(snippetsKey).toMap().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool SendPanel::saveSnippet(const QString &name)
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return false;
    const QString text = m_edit->toPlainText();
    const QLocale locale;
    const qint64 size = keptSize(text);
    if (size > maxKeptEntryBytes) {
        showNotice(tr("Not saved: the input is %1; a snippet keeps up to %2.")
                       .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxKeptEntryBytes)));
        return false;
    }
    QSettings settings;
    settings.beginGroup(settingsGroup);
    QVariantMap snippets = settings.value(snippetsKey).toMap();
    snippets.remove(key);
    qint64 total = size;
    for (const QVariant &snippet : std::as_const(snippets))
        total += keptSize(snippet.toMap().value(textKey).toString());
    if (total > maxKeptTotalBytes) {
        showNotice(tr("Not saved: the snippets would take more than %1; delete some first.")
                       .arg(locale.formattedDataSize(maxKeptTotalBytes)));
        return false;
    }
    snippets.insert(key,
        QVariantMap { { textKey, text }, { modeKey, modeName(mode()) },
            { lineEndingKey, lineEndingName(lineEnding()) } });
    settings.setValue(snippetsKey, snippets);
    return true;
}

bool SendPanel::loadSnippet(const QString &name)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QVariantMap snippets = settings.value(snippetsKey).toMap();
    const auto it = snippets.constFind(name);
    if (it == snippets.constEnd())
        return false;
    const QVariantMap snippet = it->toMap();
    applyEntry({ snippet.value(textKey).toString(), modeFromName(snippet.value(modeKey).toString()),
        lineEndingFromName(snippet.value(lineEndingKey).toString()) });
    m_historyIndex = -1;
    focusInput();
    return true;
}

void SendPanel::deleteSnippet(const QString &name)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    QVariantMap snippets = settings.value(snippetsKey).toMap();
    if (snippets.remove(name) > 0)
        settings.setValue(snippetsKey, snippets);
}

bool SendPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);

    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers == Qt::ControlModifier) {
            send();
            return true;
        }
        break;
    case Qt::Key_Up:
        if (modifiers == Qt::ControlModifier
            || (modifiers == Qt::NoModifier && !m_history.isEmpty() && cursorOnEdgeLine(m_edit, true))) {
            walkHistory(-1);
            return true;
        }
        break;
    case Qt::Key_Down:
        if (modifiers == Qt::ControlModifier
            || (modifiers == Qt::NoModifier && m_historyIndex >= 0 && cursorOnEdgeLine(m_edit, false))) {
            walkHistory(+1);
            return true;
        }
        break;
    case Qt::Key_Escape:
        if (isRepeating()) {
            stopRepeat();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SendPanel::validate()
{
    m_template = PayloadTemplate::parse(m_edit->toPlainText(), mode(), lineBreakFor(lineEnding()));
    m_parsed = ParseResult();
    if (!m_template.isValid()) {
        m_parsed.ok = false;
        m_parsed.errorColumn = m_template.errorColumn();
        m_parsed.errorMessage = m_template.errorMessage();
    }

    QList<QTextEdit::ExtraSelection> selections;
    if (!m_parsed.ok) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        // Translucent, so the character stays readable on light and dark backgrounds.
        selection.format.setBackground(QColor(0xd3, 0x2f, 0x2f, 0x50));
        QTextCursor cursor(m_edit->document());
        const int last = m_edit->document()->characterCount() - 1; // without the final paragraph separator
        const int position = qBound(0, m_parsed.errorColumn - 1, qMax(0, last - 1));
        cursor.setPosition(position);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selections.append(selection);
        m_errorLabel->setText(m_parsed.errorMessage);
        m_errorLabel->show();
    } else {
        m_errorLabel->clear();
        m_errorLabel->hide();
    }
    m_edit->setExtraSelections(selections);
    updateSendButton();
}

void SendPanel::updateSendButton()
{
    if (isRepeating()) {
        m_sendButton->setText(tr("&Stop"));
        m_sendButton->setToolTip(tr("Stop repeating (Esc)."));
        m_sendButton->setEnabled(true);
        return;
    }
    m_sendButton->setText(tr("&Send"));
    m_sendButton->setToolTip(
        m_sendEnabled ? tr("Send the input (Ctrl+Enter).") : tr("There is no open connection to send to."));
    m_sendButton->setEnabled(m_sendEnabled && !currentBytes().isEmpty());
}

void SendPanel::showNotice(const QString &message)
{
    // Shown until the input next changes, which re-validates.
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void SendPanel::onModeChanged()
{
    if (!m_applyingEntry)
        setLineEnding(mode() == PayloadMode::Text ? m_textLineEnding : defaultLineEnding(mode()));
    m_edit->setPlaceholderText(mode() == PayloadMode::Hex
            ? tr("Hex bytes, e.g. 48 65 6c 6c 6f, 48656c6c6f or 0x48,0x65. Ctrl+Enter sends.")
            : tr("Text to send. Escapes: \\r \\n \\t \\0 \\\\ \\xHH. Ctrl+Enter sends, Enter starts a new "
                 "line."));
    validate();
}

bool SendPanel::remember(const QString &text)
{
    m_historyIndex = -1;
    if (text.isEmpty())
        return true;
    if (keptSize(text) > maxKeptEntryBytes)
        return false;
    const HistoryEntry entry { text, mode(), lineEnding() };
    if (!m_history.isEmpty() && m_history.constLast() == entry)
        return true;
    m_history.append(entry);
    trimHistory();
    saveHistory();
    return true;
}

qint64 SendPanel::keptSize(const QString &text)
{
    // UTF-8 takes at most three bytes per UTF-16 unit: only a text that could pass the bound is encoded.
    if (text.size() * 3 <= maxKeptEntryBytes)
        return text.size();
    return text.toUtf8().size();
}

bool SendPanel::trimHistory()
{
    const qsizetype before = m_history.size();
    m_history.removeIf([](const HistoryEntry &entry) { return keptSize(entry.text) > maxKeptEntryBytes; });
    qint64 total = 0;
    for (const HistoryEntry &entry : std::as_const(m_history))
        total += keptSize(entry.text);
    while (!m_history.isEmpty() && (m_history.size() > maxHistory || total > maxKeptTotalBytes)) {
        total -= keptSize(m_history.constFirst().text);
        m_history.removeFirst();
    }
    return m_history.size() != before;
}

void SendPanel::walkHistory(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyIndex < 0) {
        if (step > 0)
            return;
        m_draft = { m_edit->toPlainText(), mode(), lineEnding() };
        m_historyIndex = int(m_history.size()) - 1;
    } else {
        m_historyIndex += step;
        if (m_historyIndex < 0) {
            m_historyIndex = 0;
            return;
        }
        if (m_historyIndex >= m_history.size()) {
            m_historyIndex = -1;
            applyEntry(m_draft);
            return;
        }
    }
    applyEntry(m_history.at(m_historyIndex));
}

void SendPanel::applyEntry(const HistoryEntry &entry)
{
    // A recalled entry brings back its own line ending, so it sends the bytes it sent (issue 10, point 6);
    // the mode's default ending applies only to the user's own change of mode.
    m_applyingEntry = true;
    setMode(entry.mode);
    setLineEnding(entry.lineEnding);
    m_applyingEntry = false;
    setInputText(entry.text);
}

void SendPanel::loadHistory()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QVariantList stored = settings.value(historyKey).toList();
    m_history.clear();
    for (const QVariant &item : stored) {
        const QVariantMap map = item.toMap();
        const QString text = map.value(textKey).toString();
        if (text.isEmpty())
            continue;
        const PayloadMode entryMode = modeFromName(map.value(modeKey).toString());
        // Entries saved before the ending was kept get their mode's default.
        const LineEnding ending = map.contains(lineEndingKey)
            ? lineEndingFromName(map.value(lineEndingKey).toString())
            : defaultLineEnding(entryMode);
        m_history.append({ text, entryMode, ending });
    }
    // A settings file bloated by an older version shrinks at once, not at the next send.
    if (trimHistory()) {
        settings.endGroup();
        saveHistory();
    }
}

void SendPanel::saveHistory() const
{
    QVariantList stored;
    stored.reserve(m_history.size());
    for (const HistoryEntry &entry : m_history)
        stored.append(QVariantMap { { textKey, entry.text }, { modeKey, modeName(entry.mode) },
            { lineEndingKey, lineEndingName(entry.lineEnding) } });
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(historyKey, stored);
}

void SendPanel::chooseFile(qint64 chunkSize)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File"));
    if (!path.isEmpty())
        sendFile(path, chunkSize);
}

void SendPanel::chooseFileInChunks()
{
    bool ok = false;
    const int size = QInputDialog::getInt(this, tr("Send File in Chunks"),
        tr("Bytes per chunk (the last chunk is padded with zeros):"), 3000, 1, int(maxFileSize), 1, &ok);
    if (ok)
        chooseFile(size);
}

void SendPanel::promptSaveSnippet()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Snippet"),
        tr("Save the current input, mode and line ending as:"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (snippetNames().contains(name)
        && QMessageBox::question(
               this, tr("Replace Snippet"), tr("A snippet named \"%1\" exists. Replace it?").arg(name))
            != QMessageBox::Yes) {
        return;
    }
    saveSnippet(name);
}

void SendPanel::rebuildSnippetMenu()
{
    QMenu *menu = m_snippetsButton->menu();
    menu->clear();
    QAction *save = menu->addAction(tr("&Save Current Input…"), this, &SendPanel::promptSaveSnippet);
    save->setEnabled(!m_edit->toPlainText().isEmpty());
    menu->addSeparator();

    const QStringList names = snippetNames();
    if (names.isEmpty()) {
        menu->addAction(tr("No saved snippets"))->setEnabled(false);
        return;
    }
    // Names are the user's own text: keep '&' literal in the menu.
    const auto menuText = [](QString name) { return name.replace(QLatin1Char('&'), QLatin1String("&&")); };
    for (const QString &name : names)
        menu->addAction(menuText(name), this, [this, name] { loadSnippet(name); });
    menu->addSeparator();
    QMenu *deleteMenu = menu->addMenu(tr("&Delete"));
    for (const QString &name : names) {
        deleteMenu->addAction(menuText(name), this, [this, name] {
            if (QMessageBox::question(this, tr("Delete Snippet"), tr("Delete the snippet \"%1\"?").arg(name))
                == QMessageBox::Yes) {
                deleteSnippet(name);
            }
        });
    }
}

} // namespace Sockbench
