#pragma once

#include "capture/captureevent.h"

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace Sockbench::DirectionStyle {

/// Received bytes lean blue, sent bytes orange: distinct for most colour vision, and mixed into the
/// palette's base colour so they read on light and dark themes alike.
inline QColor accent(Direction direction)
{
    switch (direction) {
    case Direction::Inbound: return QColor(0x2f, 0x80, 0xed);
    case Direction::Outbound: return QColor(0xe0, 0x7b, 0x1a);
    case Direction::None: break;
    }
    return QColor(0x80, 0x80, 0x80);
}

inline QBrush background(Direction direction, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = accent(direction);
    const qreal amount = direction == Direction::None ? 0.0 : 0.16;
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

/// Tints each row by the direction its model reports under directionRole, the way Follow TCP Stream does.
class TintDelegate final : public QStyledItemDelegate
{
public:
    TintDelegate(int directionRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_directionRole(directionRole)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto direction = Direction(index.data(m_directionRole).toInt());
        if (direction != Direction::None)
            option->backgroundBrush = background(direction, option->palette);
    }

private:
    int m_directionRole = 0;
};

} // namespace Sockbench::DirectionStyle
