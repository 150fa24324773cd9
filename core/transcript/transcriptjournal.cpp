#include "transcriptjournal.h"

#include "capture/capturestore.h"
#include "deviceerror.h"
#include "stagedfile.h"
#include "transcriptwriter.h"

#include <QFile>
#include <QTimer>

#include <cerrno>
#include <limits>

namespace Sockbench {

namespace {

// rowsAppended() already comes at most every ~33 ms; the timer catches up when it is coalesced away.
constexpr int FlushIntervalMs = 200;

} // namespace

TranscriptJournal::TranscriptJournal(
    CaptureStore *store, const QString &path, std::optional<TranscriptFormat::Format> format, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(path)
    , m_format(format ? *format : TranscriptFormat::fromPath(path).value_or(TranscriptFormat::Format::Pcapng))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(FlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        catchUp();
        // Staged writes reach the file at this pace, not at each batch of rows: a partial page handed over
        // is written again whole later, so 30 of them a second would be 30 small synchronous writes more.
        if (m_staged && m_errorString.isEmpty() && !m_staged->flush())
            fail(m_staged->errorString());
    });
}

TranscriptJournal::~TranscriptJournal() = default;

bool TranscriptJournal::start(const QString &description)
{
    m_file = std::make_unique<QFile>(m_path);
    // Created for its owner only: captured traffic may hold credentials.
    if (!m_file->open(
            QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_errorString = tr("cannot write %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    QIODevice *device = m_file.get();
    if (m_stagedWrites) {
        m_staged = std::make_unique<StagedFile>(m_file.get());
        m_staged->open(QIODevice::WriteOnly);
        device = m_staged.get();
    }
    m_writer = TranscriptWriter::create(m_format, device);
    if (!m_writer->begin(description) || !m_writer->flush()) {
        m_errorString = tr("cannot write %1: %2").arg(m_path, m_writer->errorString());
        return false;
    }
    if (m_staged && !m_staged->flush()) {
        m_errorString = tr("cannot write %1: %2").arg(m_path, m_staged->errorString());
        return false;
    }
    connect(m_store, &CaptureStore::rowsAppended, this, &TranscriptJournal::catchUp);
    m_timer->start();
    catchUp();
    return m_errorString.isEmpty();
}

bool TranscriptJournal::finish()
{
    if (m_writer && m_errorString.isEmpty() && !m_abandoned.load(std::memory_order_relaxed))
        catchUp();
    m_timer->stop();
    disconnect(m_store, nullptr, this, nullptr);
    if (m_staged && m_staged->isOpen()) {
        if (!m_staged->flush() && m_errorString.isEmpty())
            fail(m_staged->errorString());
        m_staged->close();
    }
    if (m_file && m_file->isOpen()) {
        errno = 0;
        m_file->close();
        const int reason = errno;
        if (m_errorString.isEmpty() && m_file->error() != QFileDevice::NoError)
            fail(DeviceError::describe(m_file.get(), reason));
    }
    return m_errorString.isEmpty();
}

void TranscriptJournal::catchUp()
{
    if (!m_writer || !m_errorString.isEmpty())
        return;
    const qint64 end = m_store->count();
    if (m_nextRow == end)
        return;
    for (; m_nextRow < end && !m_abandoned.load(std::memory_order_relaxed); ++m_nextRow) {
        if (!m_writer->write(*m_store, m_nextRow))
            return fail(m_writer->errorString());
        // Written (into the device, which owns a copy now): the store need not keep it for us any longer.
        if (m_payloadReader >= 0)
            m_store->releasePayloads(m_payloadReader, m_nextRow + 1);
    }
    // Once a batch: the rows go a segment at a time anyway.
    if (m_rowReader >= 0)
        m_store->releaseRows(m_rowReader, m_nextRow);
    if (!m_writer->flush())
        fail(m_writer->errorString());
}

void TranscriptJournal::fail(const QString &message)
{
    if (!m_errorString.isEmpty())
        return;
    m_errorString = tr("cannot write %1: %2").arg(m_path, message);
    m_timer->stop();
    // Nothing more will be written: holding payloads for us would only stop the traffic at the store's bound.
    if (m_payloadReader >= 0)
        m_store->releasePayloads(m_payloadReader, std::numeric_limits<qint64>::max());
    if (m_rowReader >= 0)
        m_store->releaseRows(m_rowReader, std::numeric_limits<qint64>::max());
    Q_EMIT failed(m_errorString);
}

} // namespace Sockbench
