#pragma once

#include "capture/captureevent.h"
#include "models/directioncolors.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <array>
#include <vector>

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
        // A flooded log shows new rows in every frame, so little is left to cache: each repaint still asked
        // the model eight roles a cell, had the style lay out an empty item and built a font key per cell
        // (the table's paint was 35% of the GUI thread's samples in sockbench-windowflood, perf). A cell that
        // is neither selected nor focused is its tint and its text: that is all that is painted for it.
        if (!(option.state & (QStyle::State_Selected | QStyle::State_HasFocus))
            && paintPlain(painter, option, index))
            return;
        paintStyled(painter, option, index);
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
    struct Face
    {
        QFont font;
        QFontMetrics metrics;
    };
    struct Key
    {
        QString text;
        int width = 0;
        int face = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.width, key.face);
        }
    };

    // The style's colour group for a cell's state, as QCommonStyle's viewItemDrawText chooses it.
    static QPalette::ColorGroup colorGroup(QStyle::State state)
    {
        return !(state & QStyle::State_Enabled) ? QPalette::Disabled
            : (state & QStyle::State_Active)    ? QPalette::Normal
                                                : QPalette::Inactive;
    }

    // Draws text laid out once (see cached()) in rect as the style would: margins, alignment, elision.
    void drawText(QPainter *painter, const QString &text, const QFont &font, const QColor &color,
        Qt::Alignment alignment, Qt::TextElideMode elide, const QStyleOptionViewItem &option) const
    {
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        // As QCommonStyle's viewItemDrawText: the same margin.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText &laidOut = cached(text, font, textRect.width(), elide);
        const QRect at = QStyle::alignedRect(option.direction, alignment, laidOut.size().toSize(), textRect);
        painter->save();
        painter->setFont(font);
        painter->setPen(color);
        if (!textRect.contains(at))
            painter->setClipRect(textRect, Qt::IntersectClip);
        painter->drawStaticText(at.topLeft(), laidOut);
        painter->restore();
    }

    // The tint and the text of a plain cell, from one multiData() call; false (nothing painted) for a cell
    // the style must paint: an icon, a check box, a background of the model's, more than one line.
    bool paintPlain(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        std::array<QModelRoleData, 8> roles { QModelRoleData(Qt::DisplayRole),
            QModelRoleData(m_directionRole), QModelRoleData(Qt::TextAlignmentRole),
            QModelRoleData(Qt::ForegroundRole), QModelRoleData(Qt::FontRole),
            QModelRoleData(Qt::DecorationRole), QModelRoleData(Qt::CheckStateRole),
            QModelRoleData(Qt::BackgroundRole) };
        index.multiData(roles);
        if (roles[5].data().isValid() || roles[6].data().isValid() || roles[7].data().isValid())
            return false;
        const QString text = roles[0].data().toString();
        if (text.contains(QLatin1Char('\n')) || text.contains(QChar::LineSeparator))
            return false;
        const auto direction = Direction(roles[1].data().toInt());
        if (direction != Direction::None)
            painter->fillRect(option.rect, DirectionColors::background(direction, option.palette));
        if (text.isEmpty())
            return true;
        const QVariant &alignment = roles[2].data();
        const Qt::Alignment aligned = !alignment.isValid()                 ? option.displayAlignment
            : alignment.metaType() == QMetaType::fromType<Qt::Alignment>() ? alignment.value<Qt::Alignment>()
                                                                           : Qt::Alignment(alignment.toInt());
        const QVariant &foreground = roles[3].data();
        const QColor color = !foreground.isValid()
            ? option.palette.color(colorGroup(option.state), QPalette::Text)
            : foreground.metaType() == QMetaType::fromType<QColor>()
            ? foreground.value<QColor>()
            : qvariant_cast<QBrush>(foreground).color();
        const QVariant &font = roles[4].data();
        drawText(painter, text,
            font.isValid() ? qvariant_cast<QFont>(font).resolve(option.font) : option.font, color, aligned,
            option.textElideMode, option);
        return true;
    }

    // A selected or focused cell: the style draws the tint, selection and focus; the text is laid out once.
    void paintStyled(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
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
        drawText(painter, text, styled.font,
            styled.palette.color(colorGroup(styled.state),
                styled.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text),
            styled.displayAlignment, styled.textElideMode, styled);
    }

    const QStaticText &cached(
        const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
    {
        // Bounded: about two screens of cells of each kind; emptied whole when full (rows scroll on anyway).
        // Keyed by the font's place among the few a view uses: QFont::key() built a string per painted cell.
        constexpr qsizetype MaxEntries = 4096;
        constexpr size_t MaxFaces = 8;
        size_t face = 0;
        while (face < m_faces.size() && !(m_faces[face].font == font))
            ++face;
        if (face == m_faces.size()) {
            if (m_faces.size() >= MaxFaces) {
                m_faces.clear();
                m_cache.clear();
                face = 0;
            }
            m_faces.push_back(Face { font, QFontMetrics(font) });
        }
        const Key key { text, width, int(face) };
        auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return *it;
        if (m_cache.size() >= MaxEntries)
            m_cache.clear();
        // No character is wider than maxWidth(): text that fits so needs no elision, which lays it out.
        const QFontMetrics &metrics = m_faces[face].metrics;
        QStaticText laidOut(text.size() * qsizetype(metrics.maxWidth()) <= width
                ? text
                : metrics.elidedText(text, elide, width));
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), font);
        return *m_cache.insert(key, laidOut);
    }

    int m_directionRole = 0;
    Text m_text = Text::AsStyled;
    mutable std::vector<Face> m_faces;
    mutable QHash<Key, QStaticText> m_cache;
};

} // namespace Sockbench::DirectionStyle
