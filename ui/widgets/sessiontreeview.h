#pragma once

#include <QTreeView>

namespace Sockbench {

/// The sessions tree's view: its columns share the width so that In, Out and Rate always show (their labels
/// give way first, elided with a tooltip, then the names, elided before their port), and it shows when it
/// has the keyboard focus (a frame in the highlight colour), which the style alone did not.
class SessionTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTreeView)
public:
    /// nameColumn holds the names (endpoints in them); remainderColumn (the state) takes what is left.
    SessionTreeView(int nameColumn, int remainderColumn, QWidget *parent = nullptr);
    ~SessionTreeView() override;

    void setModel(QAbstractItemModel *model) override;
    /// Sets the columns' resize modes again (a restored header state brings back its saved ones) and fits.
    void applyColumnModes();
    /// The narrowest the name column is made to fit the numbers in (it is wider when there is room).
    int nameFloor() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void fitLater();

    int m_nameColumn = 0;
    int m_remainderColumn = 1;
    bool m_fitQueued = false;
    bool m_fitting = false;
};

} // namespace Sockbench
