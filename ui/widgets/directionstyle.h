#pragma once

#include "capture/captureevent.h"
#include "models/directioncolors.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Sockbench::DirectionStyle {

/// Tints each row by the direction its model reports under directionRole, the way Follow TCP Stream does.
class TintDelegate final : public QStyledItemDelegate
{
public:
    /// Single-line cells (a log whose texts never wrap) can have their laid-out text kept: see paint().
    enum class Text { AsStyled, SingleLineCached };

    TintDelegate(int directionRole, QObject *parent, Text text = Text::AsStyled)
        : QStyledItemDelegate(parent)
        , m_directionRole(directionRole)
        , m_text(text)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_text == Text::AsStyled) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The style lays out, elides and shapes every cell's text anew on each repaint (QTextLayout, three
        // times a cell), and a flooded log repaints its rows ~30 times a second as they scroll: that was 12%
        // of the GUI thread and most of each 16-21 ms stall in sockbench-windowflood (perf,
        // SOCKBENCH_TRACE_STALLS). The rows of an append-only log keep their texts, so each is laid out once,
        // as a QStaticText, and the style draws everything else (tint, selection, focus) around it.
        QStyleOptionViewItem styled = option;
        initStyleOption(&styled, index);
        const QString text = styled.text;
        if (text.contains(QLatin1Char('\n')) || text.contains(QChar::LineSeparator)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QWidget *widget = styled.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        styled.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &styled, painter, widget);
        if (text.isEmpty())
            return;
        // As QCommonStyle's viewItemDrawText: the same margin, colour group and alignment.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = styled.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText &laidOut = cached(text, styled.font, textRect.width(), styled.textElideMode);
        const QPalette::ColorGroup group = !(styled.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (styled.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                                   : QPalette::Inactive;
        painter->save();
        painter->setFont(styled.font);
        painter->setPen(styled.palette.color(
            group, styled.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(textRect, Qt::IntersectClip);
        const QRect at = QStyle::alignedRect(
            styled.direction, styled.displayAlignment, laidOut.size().toSize(), textRect);
        painter->drawStaticText(at.topLeft(), laidOut);
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto direction = Direction(index.data(m_directionRole).toInt());
        if (direction != Direction::None)
            option->backgroundBrush = DirectionColors::background(direction, option->palette);
    }

private:
    const QStaticText &cached(
        const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
    {
        // Bounded: about two screens of cells of each kind; emptied whole when full (rows scroll on anyway).
        constexpr qsizetype MaxEntries = 4096;
        const QString key = text + QChar(0x1f) + QString::number(width) + QChar(0x1f) + font.key();
        auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return *it;
        if (m_cache.size() >= MaxEntries)
            m_cache.clear();
        QStaticText laidOut(QFontMetrics(font).elidedText(text, elide, width));
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), font);
        return *m_cache.insert(key, laidOut);
    }

    int m_directionRole = 0;
    Text m_text = Text::AsStyled;
    mutable QHash<QString, QStaticText> m_cache;
};

} // namespace Sockbench::DirectionStyle
