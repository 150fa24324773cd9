#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Sockbench {

/// Repaints the Age cells of the rows a tree view shows, once a second, while that column is shown.
///
/// Ages are time, not data: the session tree model computes them when asked and announces none, so the
/// view that shows them asks again. Only the visible cells repaint, and only while the column and the view
/// are visible: the Age column is hidden by default, and then nothing ticks at all.
class AgeColumnTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgeColumnTicker)
public:
    AgeColumnTicker(QTreeView *view, int column);
    ~AgeColumnTicker() override;

    /// Whether the ticker is running (the column and the view are shown).
    bool isTicking() const;
    /// How often the cells repaint; default 1000 ms (tests make it shorter).
    void setInterval(int milliseconds);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(bool columnShown);
    void tick();

    QTreeView *m_view = nullptr;
    int m_column = 0;
    QTimer *m_timer = nullptr;
};

} // namespace Sockbench
