#pragma once

#include <QPaintEngine>
#include <QPainter>
#include <QProxyStyle>
#include <QRect>
#include <QRegion>

#include <algorithm>

namespace Sockbench {

/// The application's style, painting whatever is tall in strips so that Qt 6.4's raster engine keeps the
/// fills on the GUI thread; the pixels are the style's own.
///
/// Why: Qt 6.4.2's raster engine hands every blend of 96 spans or more (about one span a device row: a
/// gradient, a translucent fill, a fill in a clip of several rectangles, a stroked frame, a pixmap) to
/// QThreadPool::globalInstance() and sleeps on a semaphore until the pool's threads have done it
/// (QT_THREAD_PARALLEL_FILLS in qdrawhelper.cpp). On a machine whose cores are busy (a flood's sender, the
/// spool writer, other programs) each sleep lasts until a pool thread is scheduled, and the GUI thread
/// then waits its own turn again: milliseconds, several times a frame. Qt 6.4 has no switch for it: no
/// environment variable, no QPA or image format setting (every format qualifies), and the pool is the
/// global one, whose own threads alone paint inline. What the style paints is the one place the whole
/// window goes through, so that is where it is cut: clipped to one rectangle of the repainted region and
/// a strip of rows at a time, no fill reaches 96 spans, and lines (a frame, a tool bar's edge) are drawn
/// pixel by pixel, which the engine does only under a clip rectangle of the painter's own (else one span
/// a pixel: the line under a tool bar was 1,280 spans). Clipping changes where the engine paints, not what:
/// each pixel's coverage and colour are the same.
class StripStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StripStyle)
public:
    /// Device rows a strip may have: a stroked or antialiased outline has two or three spans a row, and 32
    /// rows of them stay below the engine's 96.
    static constexpr int StripRows = 32;

    /// Over the style named key (QStyleFactory), or the platform's default style when key is empty.
    explicit StripStyle(const QString &key = {});
    ~StripStyle() override;

    /// Makes the application's style a StripStyle over the one it has (the default, or -style NAME); does
    /// nothing when it already is one. Before the first window is shown: QApplication::setStyle polishes
    /// every widget again.
    static void install();

    /// Calls paint() once per piece of rect, the painter clipped to it: each piece a rectangle inside one
    /// rectangle of what is being repainted (the engine's system clip), at most StripRows device rows tall.
    /// A small rect in a repaint of one rectangle is painted at once. For widgets that paint tall or wide
    /// things themselves; a rotated or sheared painter has no rows to cut along and is painted as it is.
    template <typename Paint> static void paintInStrips(QPainter *painter, const QRect &rect, Paint &&paint)
    {
        const QTransform transform = painter->deviceTransform();
        if (!painter->isActive() || transform.type() > QTransform::TxScale || rect.isEmpty()) {
            paint();
            return;
        }
        // In device pixels, where the engine counts its spans and keeps its system clip.
        QRect area = transform.mapRect(QRectF(rect)).toAlignedRect();
        if (painter->hasClipping())
            area &= transform.mapRect(painter->clipBoundingRect()).toAlignedRect();
        const QRegion system = painter->paintEngine() ? painter->paintEngine()->systemClip() : QRegion();
        const QRegion pieces = system.isEmpty() ? QRegion(area) : system & area;
        // Small, in a repaint of one rectangle: no fill, and no outline (the engine gathers a stroked
        // rectangle's top and right side into one blend), comes near 96 spans.
        if (system.rectCount() <= 1 && area.width() + area.height() < 96) {
            paint();
            return;
        }
        const QTransform toLogical = transform.inverted();
        for (const QRect &piece : pieces) {
            for (int y = piece.top(); y <= piece.bottom(); y += StripRows) {
                const QRect strip(
                    piece.left(), y, piece.width(), std::min(StripRows, piece.bottom() - y + 1));
                painter->save();
                painter->setClipRect(toLogical.mapRect(QRectF(strip)), Qt::IntersectClip);
                paint();
                painter->restore();
            }
        }
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

private:
    bool m_opaqueScrollBars = false; ///< the base style paints every pixel of a scroll bar (Fusion does)
};

} // namespace Sockbench
