#include "transcriptjournal.h"

#include "capture/capturestore.h"
#include "deviceerror.h"
#include "transcriptwriter.h"

#include <QFile>
#include <QTimer>

#include <cerrno>

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
    connect(m_timer, &QTimer::timeout, this, &TranscriptJournal::catchUp);
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
    m_writer = TranscriptWriter::create(m_format, m_file.get());
    if (!m_writer->begin(description) || !m_writer->flush()) {
        m_errorString = tr("cannot write %1: %2").arg(m_path, m_writer->errorString());
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
    }
    if (!m_writer->flush())
        fail(m_writer->errorString());
}

void TranscriptJournal::fail(const QString &message)
{
    if (!m_errorString.isEmpty())
        return;
    m_errorString = tr("cannot write %1: %2").arg(m_path, message);
    m_timer->stop();
    Q_EMIT failed(m_errorString);
}

} // namespace Sockbench
