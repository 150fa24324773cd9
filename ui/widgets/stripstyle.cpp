#include "stripstyle.h"

#include <QApplication>
#include <QImage>
#include <QStyleFactory>
#include <QStyleOption>

namespace Sockbench {

namespace {

// The style calls itself (a scroll bar its slider and arrows, a frame its panel) through proxy(), which is
// this style again: only the outermost call is cut, everything inside it is cut already.
thread_local int t_depth = 0;

// Cut only what sets no clip of its own: Fusion and QCommonStyle replace the painter's clip inside some
// elements (an item view item, a header, a tab, a combo box), and under a replaced clip a strip would
// paint all of the element again, translucent parts darker each time.
bool cutsPrimitive(QStyle::PrimitiveElement element)
{
    switch (element) {
    case QStyle::PE_Frame:
    case QStyle::PE_FrameTabWidget:
    case QStyle::PE_PanelItemViewRow:
    case QStyle::PE_PanelItemViewItem:
        return true;
    default:
        return false;
    }
}

bool cutsControl(QStyle::ControlElement element)
{
    switch (element) {
    case QStyle::CE_ToolBar:
    case QStyle::CE_Splitter:
    case QStyle::CE_ShapedFrame:
        return true;
    default:
        return false;
    }
}

template <typename Paint>
void paintOnce(QPainter *painter, const QStyleOption *option, bool cut, Paint &&paint)
{
    if (!cut || t_depth > 0 || !painter || !option) {
        paint();
        return;
    }
    ++t_depth;
    StripStyle::paintInStrips(painter, option->rect, paint);
    --t_depth;
}

} // namespace

StripStyle::StripStyle(const QString &key)
    : QProxyStyle(key.isEmpty() ? nullptr : QStyleFactory::create(key))
    , m_opaqueScrollBars(baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{ }

StripStyle::~StripStyle() = default;

void StripStyle::install()
{
    if (qobject_cast<StripStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new StripStyle(QApplication::style()->name()));
}

void StripStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    paintOnce(painter, option, cutsPrimitive(element),
        [&] { QProxyStyle::drawPrimitive(element, option, painter, widget); });
}

void StripStyle::drawControl(
    ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    paintOnce(painter, option, cutsControl(element),
        [&] { QProxyStyle::drawControl(element, option, painter, widget); });
}

void StripStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    // Fusion's scroll bar clips its groove's edge itself, so no clip can cut it; but it is opaque (its
    // groove's gradient covers all of it first), so each strip is painted into an image of its own and
    // the image onto the widget: the same pixels, in blends of at most StripRows spans.
    const QTransform transform = painter ? painter->deviceTransform() : QTransform();
    if (control == CC_ScrollBar && t_depth == 0 && option && painter && painter->isActive()
        && transform.type() <= QTransform::TxTranslate && m_opaqueScrollBars
        && option->rect.width() + option->rect.height() >= 96) {
        QRect area = option->rect;
        if (painter->hasClipping())
            area &= painter->clipBoundingRect().toAlignedRect();
        ++t_depth;
        QImage strip(QSize(option->rect.width(), std::min(StripRows, option->rect.height())),
            QImage::Format_ARGB32_Premultiplied);
        for (int y = area.top(); y <= area.bottom(); y += strip.height()) {
            strip.fill(Qt::transparent);
            QPainter stripPainter(&strip);
            stripPainter.setRenderHints(painter->renderHints());
            // A clip of its own, so that its lines are drawn pixel by pixel too (see paintInStrips).
            stripPainter.setClipRect(strip.rect());
            stripPainter.translate(-option->rect.left(), -y);
            QProxyStyle::drawComplexControl(control, option, &stripPainter, widget);
            stripPainter.end();
            painter->drawImage(QPoint(option->rect.left(), y), strip);
        }
        --t_depth;
        return;
    }
    paintOnce(
        painter, option, false, [&] { QProxyStyle::drawComplexControl(control, option, painter, widget); });
}

} // namespace Sockbench
