#include "transcriptloader.h"

#include "capture/capturestore.h"
#include "jsonlinesreader.h"
#include "pcapngreader.h"

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
    std::unique_ptr<PcapngReader> pcapng;
    std::unique_ptr<JsonLinesReader> jsonLines;
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
    if (jsonLines) {
        const JsonLinesReader::State state = jsonLines->readSome(&file, SliceBytes);
        result.events = jsonLines->eventsRead();
        result.errorString = jsonLines->errorString();
        return state == JsonLinesReader::State::MoreToRead ? Step::MoreToRead
            : state == JsonLinesReader::State::Done        ? Step::Done
                                                           : Step::Failed;
    }
    const PcapngReader::State state = pcapng->readSome(&file, SliceBytes);
    result.events = pcapng->eventsRead();
    result.errorString = pcapng->errorString();
    result.foreign = pcapng->isForeign();
    return state == PcapngReader::State::MoreToRead ? Step::MoreToRead
        : state == PcapngReader::State::Done        ? Step::Done
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
    // Recognised by content as TranscriptFile::open() does; the name only decides for what is neither.
    const QByteArray head = d->file.peek(4);
    const std::optional<TranscriptFormat::Format> named = TranscriptFormat::fromPath(d->path);
    if (head == QByteArrayLiteral("\x0a\x0d\x0d\x0a")) {
        d->result.format = TranscriptFormat::Format::Pcapng;
    } else if (head.startsWith('{')) {
        d->result.format = TranscriptFormat::Format::JsonLines;
    } else if (named && !TranscriptFormat::isReadable(*named)) {
        d->errorString = tr("%1 is a %2 transcript, written for people: only pcapng and JSON Lines transcripts open")
                             .arg(d->path, TranscriptFormat::name(*named));
        return false;
    } else {
        d->result.format = named.value_or(TranscriptFormat::Format::Pcapng);
    }
    if (d->result.format == TranscriptFormat::Format::JsonLines)
        d->jsonLines = std::make_unique<JsonLinesReader>(d->store);
    else
        d->pcapng = std::make_unique<PcapngReader>(d->store);

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
        } while (step == Step::MoreToRead && clock.elapsed() < d->budgetMs && d->bytesRead - before < TurnBytes
                 && !d->store->isBackpressured());
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
