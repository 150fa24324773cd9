#pragma once

#include "capture/captureevent.h"
#include "models/directioncolors.h"

#include <QStyledItemDelegate>

namespace Sockbench::DirectionStyle {

/// Tints each row by the direction its model reports under directionRole, the way Follow TCP Stream does.
class TintDelegate final : public QStyledItemDelegate
{
public:
    TintDelegate(int directionRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_directionRole(directionRole)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto direction = Direction(index.data(m_directionRole).toInt());
        if (direction != Direction::None)
            option->backgroundBrush = DirectionColors::background(direction, option->palette);
    }

private:
    int m_directionRole = 0;
};

} // namespace Sockbench::DirectionStyle
