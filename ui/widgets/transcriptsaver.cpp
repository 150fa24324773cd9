#include "transcriptsaver.h"

#include "capture/capturestore.h"
#include "trafficpane.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <memory>

namespace Sockbench {

namespace {

struct FormatChoice
{
    TranscriptFormat::Format format;
    const char *filter;
};

// The order of the file dialog's filters; pcapng first: lossless and readable by Wireshark.
const FormatChoice formatChoices[] = {
    { TranscriptFormat::Format::Pcapng,
        QT_TRANSLATE_NOOP("Sockbench::TranscriptSaver", "pcapng, for Wireshark, lossless (*.pcapng)") },
    { TranscriptFormat::Format::Text, QT_TRANSLATE_NOOP("Sockbench::TranscriptSaver", "Text log (*.txt)") },
    { TranscriptFormat::Format::Hexdump, QT_TRANSLATE_NOOP("Sockbench::TranscriptSaver", "Hexdump (*.hex)") },
    { TranscriptFormat::Format::JsonLines,
        QT_TRANSLATE_NOOP("Sockbench::TranscriptSaver", "JSON Lines, lossless (*.jsonl)") },
};

} // namespace

TranscriptSaver::TranscriptSaver(QMainWindow *window, CaptureStore *capture, TrafficPane *pane)
    : QObject(window)
    , m_window(window)
    , m_capture(capture)
    , m_pane(pane)
{
    m_saveAllAction = new QAction(tr("&Save Transcript…"), this);
    m_saveAllAction->setShortcut(QKeySequence::Save);
    m_saveAllAction->setToolTip(tr("Save everything recorded, in any format (Ctrl+S)"));
    connect(m_saveAllAction, &QAction::triggered, this, [this] { saveWithDialog({}, {}); });

    m_saveEventsAction = new QAction(tr("Save Selected &Events…"), this);
    m_saveEventsAction->setToolTip(tr("Save the events selected in the traffic log"));
    connect(m_saveEventsAction, &QAction::triggered, this, &TranscriptSaver::saveEvents);
    // The traffic log's context menu offers it too.
    m_pane->view()->addAction(m_saveEventsAction);
}

TranscriptSaver::~TranscriptSaver()
{
    waitForSave();
}

bool TranscriptSaver::save(const QString &path, const TranscriptSelection &selection, QString *error)
{
    return TranscriptFile::save(*m_capture, path, error, selection, std::nullopt, description({}));
}

QString TranscriptSaver::description(const QString &what)
{
    // What the file holds and when it was saved; the window's title of the moment said neither.
    return tr("Sockbench %1: %2, saved %3")
        .arg(QCoreApplication::applicationVersion(), what.isEmpty() ? tr("all traffic") : what,
            QDateTime::currentDateTime().toString(Qt::ISODate));
}

QString TranscriptSaver::suggestedName(const QString &what, const QDateTime &when)
{
    // "sockbench-connection-3-20261201-154500.pcapng": what and when, in characters every file system takes.
    QString slug;
    for (const QChar c : what.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    QString name = QStringLiteral("sockbench");
    if (!slug.isEmpty())
        name += QLatin1Char('-') + slug.left(48);
    return name + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".pcapng");
}

void TranscriptSaver::saveEvents()
{
    TranscriptSelection selection;
    const QModelIndexList rows = m_pane->view()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        selection.rows.append(m_pane->model()->captureRow(row.row()));
    std::sort(selection.rows.begin(), selection.rows.end());
    if (selection.rows.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select events in the traffic log to save them."), 10000);
        return;
    }
    saveWithDialog(selection, tr("%n event(s)", nullptr, int(selection.rows.size())));
}

void TranscriptSaver::saveWithDialog(const TranscriptSelection &selection, const QString &what)
{
    if (m_saving)
        return;
    QStringList filters;
    for (const FormatChoice &choice : formatChoices)
        filters.append(tr(choice.filter));
    QString chosenFilter = filters.first();
    const QString title = what.isEmpty() ? tr("Save Transcript") : tr("Save Transcript: %1").arg(what);
    QSettings settings;
    QString folder = settings.value(QStringLiteral("transcripts/lastFolder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(suggestedName(what, QDateTime::currentDateTime()));
    QString path = QFileDialog::getSaveFileName(
        m_window, title, suggested, filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("transcripts/lastFolder"), QFileInfo(path).absolutePath());
    // No known extension typed: take the chosen filter's.
    if (!TranscriptFormat::fromPath(path)) {
        const auto index = filters.indexOf(chosenFilter);
        path += QLatin1Char('.')
            + TranscriptFormat::extension(formatChoices[std::max<qsizetype>(index, 0)].format);
    }

    // Saving reads the capture, which any thread may do; the window stays usable meanwhile.
    m_saving = true;
    m_window->statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    const QString description = this->description(what);
    CaptureStore *capture = m_capture;
    QThread *worker = m_saveThread = QThread::create([=] {
        *ok = TranscriptFile::save(*capture, path, error.get(), selection, std::nullopt, description);
    });
    connect(worker, &QThread::finished, this, [this, worker, path, error, ok] {
        worker->deleteLater();
        m_saving = false;
        if (*ok) {
            m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
        } else {
            m_window->statusBar()->clearMessage();
            QMessageBox::warning(m_window, tr("Transcript not saved"),
                tr("%1 was not saved: %2\n\nAny earlier file of that name is unchanged.")
                    .arg(QDir::toNativeSeparators(path), *error));
        }
    });
    worker->start();
}

void TranscriptSaver::waitForSave()
{
    if (m_saveThread)
        m_saveThread->wait();
}

} // namespace Sockbench
