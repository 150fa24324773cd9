#include "transcriptreader.h"

#include "capture/capturestore.h"
#include "jsonlinesreader.h"
#include "pcapngreader.h"
#include "pcapreader.h"
#include "transcriptformat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

namespace Sockbench {

namespace {

QString tr(const char *text)
{
    // The context lupdate files this message under (it is written in a TranscriptReader member): the one the
    // .ts files translate it in.
    return QCoreApplication::translate("Sockbench::TranscriptReader", text);
}

} // namespace

TranscriptReader::TranscriptReader(CaptureStore *store)
    : m_store(store)
{ }

TranscriptReader::~TranscriptReader() = default;

std::optional<TranscriptReader::Input> TranscriptReader::sniff(
    QIODevice *device, const QString &path, QString *error)
{
    const QByteArray head = device->peek(4);
    if (head == QByteArrayLiteral("\x0a\x0d\x0d\x0a"))
        return Input::Pcapng;
    if (head.size() == 4 && PcapReader::isPcapMagic(qFromLittleEndian<quint32>(head.constData())))
        return Input::Pcap;
    if (head.startsWith('{'))
        return Input::JsonLines;
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (path.contains(QLatin1Char('.'))
        && (suffix == QLatin1String("pcap") || suffix == QLatin1String("cap")))
        return Input::Pcap;
    const std::optional<TranscriptFormat::Format> named = TranscriptFormat::fromPath(path);
    if (named && !TranscriptFormat::isReadable(*named)) {
        *error = tr("%1 is a %2 transcript, written for people: only pcapng and JSON Lines transcripts (and "
                    "pcap captures) open")
                     .arg(path, TranscriptFormat::name(*named));
        return std::nullopt;
    }
    return named == TranscriptFormat::Format::JsonLines ? Input::JsonLines : Input::Pcapng;
}

std::unique_ptr<TranscriptReader> TranscriptReader::create(Input input, CaptureStore *store)
{
    switch (input) {
    case Input::Pcapng:
        return std::make_unique<PcapngReader>(store);
    case Input::Pcap:
        return std::make_unique<PcapReader>(store);
    case Input::JsonLines:
        return std::make_unique<JsonLinesReader>(store);
    }
    return std::make_unique<PcapngReader>(store);
}

QString TranscriptReader::name(Input input)
{
    switch (input) {
    case Input::Pcapng:
        return QStringLiteral("pcapng");
    case Input::Pcap:
        return QStringLiteral("pcap");
    case Input::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

bool TranscriptReader::read(QIODevice *device)
{
    State state;
    while ((state = readSome(device, 8 * 1024 * 1024)) == State::MoreToRead) {
        // Nothing else runs meanwhile: wait for the spool here.
        if (m_spoolFull)
            m_store->flush();
    }
    return state == State::Done;
}

void TranscriptReader::append(qint64 mono, qint64 wall, EventKind kind, Direction direction, quint32 session,
    quint32 connection, const QByteArray &payload)
{
    m_store->appendAt(mono, wall, kind, direction, session, connection, payload);
    ++m_events;
    // Reading is faster than the spool: stop after this block rather than queueing a whole file in memory.
    if (m_store->pendingSpoolBytes() >= m_store->backpressureLimit())
        m_spoolFull = true;
}

void TranscriptReader::appendMissing(qint64 mono, qint64 wall, EventKind kind, Direction direction,
    quint32 session, quint32 connection, quint32 size, PayloadLoss why)
{
    m_store->appendMissingAt(mono, wall, kind, direction, session, connection, size, why);
    ++m_events;
}

bool TranscriptReader::atEndOfInput(QIODevice *device)
{
    if (!device->isSequential())
        return device->atEnd();
    // peek() waits for a byte (a QFile over a pipe reads until one comes or the writer closes) and keeps
    // it for the next read: nothing peeked is the end.
    char byte;
    return device->peek(&byte, 1) <= 0;
}

bool TranscriptReader::fail(qint64 offset, const QString &message)
{
    if (m_errorString.isEmpty()) {
        m_errorString = message;
        m_errorOffset = offset;
    }
    return false;
}

} // namespace Sockbench
