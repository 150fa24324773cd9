#include "transcriptloader.h"

#include "capture/capturestore.h"
#include "transcriptreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <memory>

namespace Sockbench {

namespace {

// One readSome() call: small, so the time budget is checked often (a pcapng block may still be bigger).
constexpr qint64 SliceBytes = 512 * 1024;
// Most one turn reads, however fast the disk: the spool and the views get their share too.
constexpr qint64 TurnBytes = 8 * 1024 * 1024;
// While the spool catches up, look again this often.
constexpr int SpoolWaitMs = 2;

enum class Step { MoreToRead, Done, Failed };

} // namespace

class TranscriptLoader::Private
{
public:
    Step readSlice();

    QString path;
    CaptureStore *store = nullptr;
    QFile file;
    std::unique_ptr<TranscriptReader> reader;
    TranscriptOpenResult result;
    QString errorString;
    QTimer turn;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    int budgetMs = 8;
    bool started = false;
    bool finished = false;
};

Step TranscriptLoader::Private::readSlice()
{
    const TranscriptReader::State state = reader->readSome(&file, SliceBytes);
    result.events = reader->eventsRead();
    result.errorString = reader->errorString();
    result.foreign = reader->isForeign();
    return state == TranscriptReader::State::MoreToRead ? Step::MoreToRead
        : state == TranscriptReader::State::Done        ? Step::Done
                                                        : Step::Failed;
}

TranscriptLoader::TranscriptLoader(const QString &path, CaptureStore *store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->path = path;
    d->store = store;
    d->file.setFileName(path);
    d->turn.setSingleShot(true);
    d->turn.setInterval(0);
    connect(&d->turn, &QTimer::timeout, this, &TranscriptLoader::readTurn);
}

TranscriptLoader::~TranscriptLoader() = default;

bool TranscriptLoader::start()
{
    if (d->started)
        return false;
    d->started = true;
    if (!d->file.open(QIODevice::ReadOnly)) {
        d->errorString = tr("cannot open %1: %2").arg(d->path, d->file.errorString());
        return false;
    }
    d->totalBytes = d->file.size();
    // Recognised by content by the one sniffer TranscriptFile::open() uses too.
    const std::optional<TranscriptReader::Input> input
        = TranscriptReader::sniff(&d->file, d->path, &d->errorString);
    if (!input)
        return false;
    d->result.input = *input;
    d->result.format = TranscriptFile::readFamily(*input);
    d->reader = TranscriptReader::create(*input, d->store);

    // The first slice now: a file that is not a transcript at all is refused before any window shows it.
    const Step step = d->readSlice();
    d->bytesRead = d->file.pos();
    if (step == Step::Failed && d->result.events == 0) {
        d->errorString = d->result.errorString;
        return false;
    }
    if (step != Step::MoreToRead) {
        d->result.complete = step == Step::Done;
        d->finished = true; // announced in the first turn, never from inside start()
    }
    d->turn.start();
    return true;
}

QString TranscriptLoader::errorString() const
{
    return d->errorString;
}

bool TranscriptLoader::isFinished() const
{
    return d->finished;
}

qint64 TranscriptLoader::bytesRead() const
{
    return d->bytesRead;
}

qint64 TranscriptLoader::totalBytes() const
{
    return d->totalBytes;
}

TranscriptOpenResult TranscriptLoader::result() const
{
    return d->result;
}

void TranscriptLoader::setTimeBudget(int milliseconds)
{
    d->budgetMs = std::max(milliseconds, 1);
}

void TranscriptLoader::readTurn()
{
    if (!d->finished) {
        // The spool is behind: appending more would only queue payloads in memory, and flushing would block.
        if (d->store->isBackpressured()) {
            d->turn.start(SpoolWaitMs);
            return;
        }
        QElapsedTimer clock;
        clock.start();
        const qint64 before = d->bytesRead;
        Step step = Step::MoreToRead;
        do {
            step = d->readSlice();
            d->bytesRead = d->file.pos();
        } while (step == Step::MoreToRead && clock.elapsed() < d->budgetMs
            && d->bytesRead - before < TurnBytes && !d->store->isBackpressured());
        if (step != Step::MoreToRead) {
            d->result.complete = step == Step::Done;
            d->finished = true;
        }
        Q_EMIT progress(d->bytesRead, d->totalBytes);
        if (!d->finished) {
            d->turn.start(0);
            return;
        }
    }
    d->file.close();
    // Last: a receiver may show a dialog, or delete this object.
    Q_EMIT finished(d->result);
}

} // namespace Sockbench
