#include "agecolumnticker.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace Sockbench {

AgeColumnTicker::AgeColumnTicker(QTreeView *view, int column)
    : QObject(view)
    , m_view(view)
    , m_column(column)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AgeColumnTicker::tick);
    // Hiding or showing a column resizes its section (to 0 and back): that is where the column's visibility
    // is heard, by the new size (a header with sections fitted to their contents says it only at its next
    // layout; tick() checks too). The view's own visibility comes through its show and hide events.
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int logicalIndex, int, int newSize) {
        if (logicalIndex == m_column)
            follow(newSize > 0);
    });
    view->installEventFilter(this);
    follow(!view->isColumnHidden(column));
}

AgeColumnTicker::~AgeColumnTicker() = default;

bool AgeColumnTicker::isTicking() const
{
    return m_timer->isActive();
}

void AgeColumnTicker::setInterval(int milliseconds)
{
    m_timer->setInterval(std::max(milliseconds, 1));
}

bool AgeColumnTicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        follow(!m_view->isColumnHidden(m_column));
    return QObject::eventFilter(watched, event);
}

void AgeColumnTicker::follow(bool columnShown)
{
    const bool wanted = columnShown && m_view->isVisible();
    if (wanted && !m_timer->isActive())
        m_timer->start();
    else if (!wanted)
        m_timer->stop();
}

void AgeColumnTicker::tick()
{
    if (m_view->isColumnHidden(m_column)) {
        m_timer->stop();
        return;
    }
    // One repaint of the column's strip of the viewport: the view asks the model for the rows in sight only.
    // A section fitted to its texts ("59 s" is narrower than "1 min") is fitted again to the rows in sight
    // (the tree's resize precision is 0); the header leaves a section whose width stays as it is.
    if (m_view->header()->sectionResizeMode(m_column) == QHeaderView::ResizeToContents)
        m_view->resizeColumnToContents(m_column);
    const int x = m_view->columnViewportPosition(m_column);
    m_view->viewport()->update(x, 0, m_view->columnWidth(m_column), m_view->viewport()->height());
}

} // namespace Sockbench
