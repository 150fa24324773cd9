#pragma once

#include "capture/captureevent.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

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

} // namespace Sockbench::DirectionStyle
