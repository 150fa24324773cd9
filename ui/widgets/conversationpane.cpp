#include "conversationpane.h"

#include "capture/captureevent.h"
#include "directionstyle.h"
#include "models/conversationmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sockbench {

ConversationPane::ConversationPane(CaptureStore *capture, QWidget *parent)
    : QWidget(parent)
    , m_capture(capture)
    , m_model(new ConversationModel(capture, this))
    , m_title(new QLabel(this))
    , m_rendering(new QComboBox(this))
    , m_view(new QListView(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_rendering->setObjectName(QStringLiteral("conversationRendering"));
    m_rendering->addItem(tr("Text"));
    m_rendering->addItem(tr("Hexdump"));
    m_rendering->setToolTip(tr("Show the conversation as text (control characters visible) or as a hexdump"));
    connect(m_rendering, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setRendering(
            index == 1 ? ConversationModel::Rendering::Hexdump : ConversationModel::Rendering::Text);
    });

    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DirectionStyle::TintDelegate(ConversationModel::DirectionRole, m_view));
    m_view->setWordWrap(true);
    m_view->setSpacing(2);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Rows differ in height, so laying them out measures each; in batches, a flood cannot freeze the loop.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(50);
    m_scrollTimer = new QTimer(this);
    m_scrollTimer->setSingleShot(true);
    m_scrollTimer->setInterval(100);
    connect(m_scrollTimer, &QTimer::timeout, m_view, &QListView::scrollToBottom);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_scrollTimer, [this] {
        if (!m_scrollTimer->isActive())
            m_scrollTimer->start();
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 2);
    // The title ("#3  127.0.0.1:40312 ⇄ 127.0.0.1:9999", or a German sentence) takes the room there is: at
    // its full width it made the window 710 px wide at least.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(m_title, 1);
    // The legend wears the rows' tints, so the colours explain themselves.
    for (const Direction direction : { Direction::Inbound, Direction::Outbound }) {
        auto *legend = new QLabel(direction == Direction::Inbound ? tr("← received") : tr("→ sent"), this);
        legend->setTextFormat(Qt::PlainText);
        legend->setMargin(3);
        legend->setAutoFillBackground(true);
        QPalette palette = legend->palette();
        palette.setBrush(QPalette::Window, DirectionColors::background(direction, palette));
        legend->setPalette(palette);
        top->addWidget(legend);
    }
    top->addWidget(m_rendering);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setConnection(0, {});
}

ConversationPane::~ConversationPane() = default;

void ConversationPane::setConnection(quint32 connectionId, const QString &title)
{
    m_title->setText(connectionId ? title : tr("Select a connection to follow its conversation."));
    m_connectionId = connectionId;
    follow();
}

void ConversationPane::follow()
{
    // A hidden conversation costs nothing: the model lets go and catches up when the pane shows again.
    const quint32 wanted = isVisible() ? m_connectionId : 0;
    m_model->setConnection(wanted);
    if (wanted)
        m_scrollTimer->start();
}

void ConversationPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    follow();
}

void ConversationPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    follow();
}

} // namespace Sockbench
