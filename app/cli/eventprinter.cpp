#include "eventprinter.h"

#include "capture/capturestore.h"
#include "capture/eventvocabulary.h"
#include "codec/byteformat.h"
#include "transcript/transcriptformat.h"

#include <QDateTime>

#include <cstdio>

namespace Sockbench::Cli {

EventPrinter::EventPrinter(CaptureStore *capture, bool lifecycle, bool traffic, QObject *parent)
    : QObject(parent)
    , m_capture(capture)
    , m_lifecycle(lifecycle)
    , m_traffic(traffic)
    , m_nextRow(capture->count())
{
    if (m_traffic)
        m_payloadReader = m_capture->addPayloadReader();
    m_rowReader = m_capture->addRowReader(m_nextRow);
    connect(m_capture, &CaptureStore::rowsAppended, this, &EventPrinter::catchUp);
}

EventPrinter::~EventPrinter() = default;

void EventPrinter::catchUp()
{
    const qint64 end = m_capture->count();
    for (; m_nextRow < end; ++m_nextRow)
        print(m_nextRow);
    if (m_payloadReader >= 0)
        m_capture->releasePayloads(m_payloadReader, m_nextRow);
    m_capture->releaseRows(m_rowReader, m_nextRow);
    std::fflush(stderr);
}

void EventPrinter::print(qint64 row) const
{
    const CaptureEvent event = m_capture->event(row);
    const bool isData = event.kind == EventKind::Data;
    if ((isData && !m_traffic) || (!isData && !m_lifecycle))
        return;
    const QString time = QDateTime::fromMSecsSinceEpoch(event.wallClockNs / 1000000)
                             .toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString who
        = event.connectionId ? tr("#%1").arg(event.connectionId) : tr("session %1").arg(event.sessionId);
    QString line;
    if (isData) {
        const bool in = event.direction == Direction::Inbound;
        const QString what = event.payloadSize == 1
            ? (in ? tr("received 1 byte") : tr("sent 1 byte"))
            : (in ? tr("received %1 bytes") : tr("sent %1 bytes")).arg(event.payloadSize);
        line = time + QLatin1Char(' ') + who + QLatin1Char(' ') + what + QLatin1Char('\n')
            + (m_capture->isPayloadAvailable(row)
                    ? ByteFormat::toHexdump(m_capture->payload(row))
                    : TranscriptFormat::payloadLossLine(m_capture->payloadLoss(row), event.payloadSize)
                        + QLatin1Char('\n'));
    } else {
        // Escaped like every string shown on a terminal that came from outside (a peer's name, a file).
        const QString detail = ByteFormat::toVisibleText(m_capture->payload(row));
        line = time + QLatin1Char(' ') + who + QLatin1Char(' ') + EventVocabulary::phrase(event.kind, detail)
            + QLatin1Char('\n');
    }
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace Sockbench::Cli
