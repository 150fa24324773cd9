#include "chapterguide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sockbench {

ChapterGuide::ChapterGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("The Sockets Chapter, Scenario by Scenario"));
    m_browser->setObjectName(QStringLiteral("chapterText"));
    m_browser->setOpenExternalLinks(true);
    // Compiled in, so the guide is there whether Sockbench runs from its build tree or was installed. It is
    // written in English, like the chapter it follows.
    m_browser->setMarkdown(markdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(820, 640);
}

ChapterGuide::~ChapterGuide() = default;

QString ChapterGuide::markdown()
{
    QFile file(QStringLiteral(":/docs/chapter.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace Sockbench
