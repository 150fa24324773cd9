#include "sessiontreeview.h"

#include "stripstyle.h"
#include "trafficpane.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace Sockbench {

namespace {

/// Draws a name elided as the scope box elides it: "#N" and ":PORT" whole, the address cut at its end.
class NameDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget *widget = item.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (!style) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        // The style keeps a margin each side of the text (QCommonStyle: the focus frame's margin + 1).
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const int room = text.width() - 2 * margin;
        if (item.fontMetrics.horizontalAdvance(item.text) > room)
            item.text = TrafficPane::elideScopeText(item.text, item.fontMetrics, room);
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    }
};

/// A header whose labels end in "…" when their section is narrower than they are: Qt 6.4's header clips
/// them, and a right-aligned label lost its first letters ("mpfangen" for Empfangen).
class ElidingHeader final : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
        const int room = sectionSize(logicalIndex) - 2 * margin;
        if (option->fontMetrics.horizontalAdvance(option->text) > room)
            option->text = option->fontMetrics.elidedText(option->text, Qt::ElideRight, room);
    }
};

} // namespace

SessionTreeView::SessionTreeView(int nameColumn, int remainderColumn, QWidget *parent)
    : QTreeView(parent)
    , m_nameColumn(nameColumn)
    , m_remainderColumn(remainderColumn)
{
    setItemDelegateForColumn(nameColumn, new NameDelegate(this));
    // The tree's own header, as QTreeView sets it up, but eliding.
    auto *head = new ElidingHeader(Qt::Horizontal, this);
    head->setSectionsMovable(header()->sectionsMovable());
    head->setFirstSectionMovable(header()->isFirstSectionMovable());
    head->setDefaultAlignment(header()->defaultAlignment());
    head->setSectionsClickable(header()->sectionsClickable());
    setHeader(head);
    head->setStretchLastSection(false);
    // Fitted to the rows in sight, not to the first 1,000: the counts' refresh every second re-fits the
    // columns, and measuring 1,000 rows each time cost an idle window with 5,000 connections 5% of a core
    // (8.5% -> 3.6%).
    head->setResizeContentsPrecision(0);
    // Other columns fit their contents as rows change, and hiding one resizes it to 0: both land here.
    connect(head, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (!m_fitting && logicalIndex != m_remainderColumn && logicalIndex != m_nameColumn)
            fitLater();
    });
    // A label cut to give a name room (ElidingHeader ends it in "…") says itself whole on hover.
    head->viewport()->installEventFilter(this);
    applyColumnModes();
}

SessionTreeView::~SessionTreeView() = default;

void SessionTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    // A change of texts re-fits the other columns at the view's next layout, without sectionResized: fit
    // once the event loop gets there (once per burst of changes).
    connect(model, &QAbstractItemModel::dataChanged, this, &SessionTreeView::fitLater);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SessionTreeView::fitLater);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SessionTreeView::fitLater);
    connect(this, &QTreeView::expanded, this, &SessionTreeView::fitLater);
    applyColumnModes();
}

void SessionTreeView::applyColumnModes()
{
    QHeaderView *head = header();
    if (head->count() == 0)
        return;
    // Numbers fit their contents ("1023.9 MiB") and their labels, sized by fitColumns(). The name and the
    // state share what is left: the name as wide as it needs when there is room, else down to nameFloor()
    // (elided, its port kept); the state takes the rest and elides (a long reason must not push In, Out and
    // Rate out of sight; the tooltips have both whole).
    head->setSectionResizeMode(QHeaderView::Fixed);
    head->setSectionResizeMode(m_nameColumn, QHeaderView::Interactive);
    head->setSectionResizeMode(m_remainderColumn, QHeaderView::Interactive);
    fitLater();
}

int SessionTreeView::nameFloor() const
{
    // "#12 127.0.0.1:65535" under its server, indented: the connection's number, the address's start and
    // the port still read.
    return fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16 + indentation();
}

void SessionTreeView::fitLater()
{
    if (m_fitQueued)
        return;
    m_fitQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fitQueued = false;
        fitColumns();
    });
}

void SessionTreeView::fitColumns()
{
    QHeaderView *head = header();
    if (!model() || head->count() <= std::max(m_nameColumn, m_remainderColumn))
        return;
    m_fitting = true;
    const int available = viewport()->width();
    const int least = head->minimumSectionSize();
    const bool stateShown = !head->isSectionHidden(m_remainderColumn);
    const int nameWanted = std::max(sizeHintForColumn(m_nameColumn), head->sectionSizeHint(m_nameColumn));
    const int stateWanted = stateShown ? std::max(least, sizeHintForColumn(m_remainderColumn)) : 0;
    // A number column is as wide as its values and its label; where the name would be cut, the labels give
    // way first, down to the values: German's "Empfangen" and "Gesendet" are a third wider than "47 Bytes"
    // and had cut "#1 127.0.0.1:34768" to "#1…:34768" in a 452 px tree (1366 x 768, a saved layout).
    struct Number
    {
        int section = 0;
        int values = 0;
        int label = 0;
    };
    std::vector<Number> numberColumns;
    int numbers = 0;
    int labelsExcess = 0;
    for (int section = 0; section < head->count(); ++section) {
        if (section == m_remainderColumn || section == m_nameColumn || head->isSectionHidden(section))
            continue;
        const int values = std::max(least, sizeHintForColumn(section));
        const int label = std::max(values, head->sectionSizeHint(section));
        numberColumns.push_back({ section, values, label });
        numbers += label;
        labelsExcess += label - values;
    }
    const int nameShort = nameWanted - (available - numbers - stateWanted);
    const int labelsGive = std::clamp(nameShort, 0, labelsExcess);
    // Each label gives its share of what the name lacks; the pixels rounding left go to the first that can
    // still give one.
    std::vector<int> shares;
    int given = 0;
    for (const Number &number : numberColumns) {
        shares.push_back(labelsExcess > 0 ? labelsGive * (number.label - number.values) / labelsExcess : 0);
        given += shares.back();
    }
    for (size_t i = 0; i < numberColumns.size() && given < labelsGive; ++i) {
        const int more
            = std::min(labelsGive - given, numberColumns[i].label - numberColumns[i].values - shares[i]);
        shares[i] += more;
        given += more;
    }
    for (size_t i = 0; i < numberColumns.size(); ++i) {
        const int width = numberColumns[i].label - shares[i];
        if (head->sectionSize(numberColumns[i].section) != width)
            head->resizeSection(numberColumns[i].section, width);
    }
    numbers -= labelsGive;
    // Who gives way, in order: the name down to its floor, then the state down to its least width; the
    // numbers never ("lis…" for listening read worse than a name cut before its port).
    const int nameLeast = std::min(nameFloor(), nameWanted);
    const int state = stateShown ? std::clamp(available - numbers - nameLeast, least, stateWanted) : 0;
    const int name = std::max(std::min(nameWanted, available - numbers - state), nameLeast);
    if (head->sectionSize(m_nameColumn) != name)
        head->resizeSection(m_nameColumn, name);
    // The state takes what is left (a long reason elides; its tooltip has it whole).
    const int rest = std::max(least, available - numbers - name);
    if (stateShown && head->sectionSize(m_remainderColumn) != rest)
        head->resizeSection(m_remainderColumn, rest);
    m_fitting = false;
}

bool SessionTreeView::eventFilter(QObject *watched, QEvent *event)
{
    QHeaderView *head = header();
    if (watched == head->viewport() && event->type() == QEvent::ToolTip && model()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = head->logicalIndexAt(help->pos());
        // Only a label fitColumns() narrowed (the style elides it): the others read whole already.
        if (section >= 0 && head->sectionSize(section) < head->sectionSizeHint(section)) {
            QToolTip::showText(help->globalPos(),
                model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString(), head,
                head->sectionViewportPosition(section) >= 0 ? QRect(
                    head->sectionViewportPosition(section), 0, head->sectionSize(section), head->height())
                                                            : QRect());
            return true;
        }
    }
    return QTreeView::eventFilter(watched, event);
}

void SessionTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void SessionTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!hasFocus())
        return;
    // Where the keyboard is: a 2 px frame in the highlight colour inside the viewport's edge. The style
    // draws no focus frame around item views, and the current row alone is easy to miss.
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // In strips: a stroked frame as tall as the tree is one blend of two spans a row, which Qt 6.4's raster
    // engine hands to its thread pool and waits for (see StripStyle), on every repaint while focused.
    const QRect frame = viewport()->rect().adjusted(1, 1, -1, -1);
    StripStyle::paintInStrips(&painter, viewport()->rect(), [&] { painter.drawRect(frame); });
}

void SessionTreeView::focusInEvent(QFocusEvent *event)
{
    QTreeView::focusInEvent(event);
    viewport()->update();
}

void SessionTreeView::focusOutEvent(QFocusEvent *event)
{
    QTreeView::focusOutEvent(event);
    viewport()->update();
}

} // namespace Sockbench
