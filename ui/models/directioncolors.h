#pragma once

#include "capture/captureevent.h"

#include <QColor>
#include <QPalette>

namespace Sockbench::DirectionColors {

/// The one place that says which colour a direction wears, for models and views alike. Received bytes lean
/// blue, sent bytes orange: distinct for most colour vision.
inline QColor accent(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return QColor(0x2f, 0x80, 0xed);
    case Direction::Outbound:
        return QColor(0xe0, 0x7b, 0x1a);
    case Direction::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

/// A row's background: the accent mixed into the palette's base colour, so it reads on light and dark themes.
inline QColor background(Direction direction, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = accent(direction);
    const qreal amount = direction == Direction::None ? 0.0 : 0.16;
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
        base.greenF() * (1 - amount) + tint.greenF() * amount,
        base.blueF() * (1 - amount) + tint.blueF() * amount);
}

} // namespace Sockbench::DirectionColors
