#pragma once

#include <QDialog>

class QTextBrowser;

namespace Sockbench {

/// The Help menu's tutorial: docs/chapter.md (compiled in), every scenario of the Sockets chapter of Deep
/// into Pharo with the command and the clicks that play it, shown as formatted text.
class ChapterGuide final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChapterGuide)
public:
    explicit ChapterGuide(QWidget *parent = nullptr);
    ~ChapterGuide() override;

    /// The guide's Markdown, as compiled in (empty if it is missing).
    static QString markdown();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Sockbench
