#include "payloadview.h"

#include "codec/byteformat.h"

#include <algorithm>

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sockbench {

namespace {

QPlainTextEdit *makeView(const QString &objectName, QPlainTextEdit::LineWrapMode wrap, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(wrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Selecting and copying stays possible; only editing is off.
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

} // namespace

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent)
{
    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));
    // The header may quote peer data (an address, a name): never let it be read as markup.
    m_headerLabel->setTextFormat(Qt::PlainText);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_headerLabel->font();
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);
    m_headerLabel->setContentsMargins(4, 2, 4, 2);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setContentsMargins(4, 0, 4, 2);
    m_noteLabel->hide();

    m_textView = makeView(QStringLiteral("textView"), QPlainTextEdit::WidgetWidth, this);
    // Payloads are not prose, and laying out one long "word" at word boundaries is quadratic.
    m_textView->setWordWrapMode(QTextOption::WrapAnywhere);
    m_textView->setToolTip(tr("The bytes as text: control characters and invalid UTF-8 are shown as escapes "
                              "such as \\r, \\t and \\xff."));
    m_hexView = makeView(QStringLiteral("hexView"), QPlainTextEdit::WidgetWidth, this);
    m_hexView->setToolTip(tr("The bytes as hex pairs; paste them into the send panel's Hex mode to send them "
                             "again."));
    m_hexdumpView = makeView(QStringLiteral("hexdumpView"), QPlainTextEdit::NoWrap, this);
    m_hexdumpView->setToolTip(tr("The bytes as \"hexdump -C\" shows them: offset, hex and ASCII."));
    // A hexdump line is 78 columns: a slightly smaller face keeps the ASCII column in a pane of normal width.
    QFont compact = m_hexdumpView->font();
    if (compact.pointSizeF() > 0)
        compact.setPointSizeF(compact.pointSizeF() * 0.85);
    else
        compact.setPixelSize(std::max(8, compact.pixelSize() * 85 / 100));
    m_hexdumpView->setFont(compact);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("payloadTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_textView, tr("&Text"));
    m_tabs->addTab(m_hexView, tr("He&x"));
    m_tabs->addTab(m_hexdumpView, tr("Hex&dump"));
    // A screen reader names each view by what it shows (the tab's title is not the editor's name).
    m_textView->setAccessibleName(tr("Payload as text"));
    m_hexView->setAccessibleName(tr("Payload as hex"));
    m_hexdumpView->setAccessibleName(tr("Payload as hexdump"));
    m_tabs->setAccessibleName(tr("Payload views"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_tabs, 1);

    clear();
}

PayloadView::~PayloadView() = default;

void PayloadView::showPayload(const QByteArray &bytes, const QString &header)
{
    m_headerLabel->setText(header);

    const QByteArray dumped = bytes.first(qMin(bytes.size(), maxShownBytes));
    const QByteArray shown = bytes.first(qMin(bytes.size(), maxTextBytes));
    if (shown.size() < bytes.size()) {
        const QLocale locale;
        const QString note = dumped.size() < bytes.size()
            ? tr("This payload has %1 bytes: Text and Hex show the first %2, Hexdump the first %3.")
                  .arg(locale.toString(bytes.size()), locale.toString(shown.size()),
                      locale.toString(dumped.size()))
            : tr("This payload has %1 bytes: Text and Hex show the first %2; Hexdump shows them all.")
                  .arg(locale.toString(bytes.size()), locale.toString(shown.size()));
        m_noteLabel->setText(note);
        m_noteLabel->show();
    } else {
        m_noteLabel->clear();
        m_noteLabel->hide();
    }

    // An empty payload leaves the views empty (so they still read back exactly) and says so in grey.
    const QString placeholder = bytes.isEmpty() ? tr("(no bytes)") : QString();
    for (QPlainTextEdit *view : { m_textView, m_hexView, m_hexdumpView })
        view->setPlaceholderText(placeholder);
    m_textView->setPlainText(ByteFormat::toVisibleText(shown, ByteFormat::LineBreaks::Keep));
    m_hexView->setPlainText(ByteFormat::toHex(shown));
    m_hexdumpView->setPlainText(ByteFormat::toHexdump(dumped));
}

void PayloadView::clear()
{
    m_headerLabel->setText(tr("No payload selected"));
    m_noteLabel->clear();
    m_noteLabel->hide();
    for (QPlainTextEdit *view : { m_textView, m_hexView, m_hexdumpView }) {
        view->clear();
        view->setPlaceholderText(QString());
    }
}

} // namespace Sockbench
