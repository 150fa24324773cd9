#include "conversationmodel.h"

#include "capture/capturestore.h"
#include "codec/byteformat.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>

namespace Sockbench {

namespace {

// The same hues as the traffic table, so a direction reads the same everywhere.

} // namespace

ConversationModel::ConversationModel(CaptureStore *capture, QObject *parent)
    : QAbstractListModel(parent)
    , m_capture(capture)
{
    if (capture) {
        m_seen = capture->count();
        connect(capture, &CaptureStore::rowsAppended, this, &ConversationModel::onRowsAppended);
    }
}

ConversationModel::~ConversationModel() = default;

void ConversationModel::setConnection(quint32 connectionId)
{
    if (connectionId == m_connectionId)
        return;
    beginResetModel();
    m_connectionId = connectionId;
    // A UDP peer's datagrams stay one item each (an empty one too); TCP chunks run together as a stream.
    m_datagrams = m_capture && connectionId != 0
        && m_capture->connectionInfo(connectionId).transport == Transport::Udp;
    m_items.clear();
    m_rendered.clear();
    m_inboundBytes = 0;
    m_outboundBytes = 0;
    if (m_capture) {
        m_seen = m_capture->count();
        if (connectionId != 0)
            scan(0, m_seen, false);
    }
    endResetModel();
}

void ConversationModel::setRendering(Rendering rendering)
{
    if (rendering == m_rendering)
        return;
    m_rendering = rendering;
    m_rendered.clear();
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), { Qt::DisplayRole });
}

void ConversationModel::onRowsAppended(qint64 first, qint64 last)
{
    Q_UNUSED(first)
    const qint64 end = last + 1;
    if (!m_capture || end <= m_seen)
        return;
    const qint64 from = m_seen;
    m_seen = end;
    if (m_connectionId != 0)
        scan(from, end, true);
}

void ConversationModel::scan(qint64 from, qint64 to, bool notify)
{
    // New items are gathered aside so rowCount() only grows inside beginInsertRows().
    std::vector<Item> fresh;
    std::vector<Item> &target = notify ? fresh : m_items;
    const int existing = int(m_items.size());
    bool mergedIntoExisting = false;
    for (qint64 row = from; row < to; ++row) {
        const CaptureEvent event = m_capture->event(row);
        if (event.connectionId != m_connectionId || event.kind != EventKind::Data
            || event.direction == Direction::None || (event.payloadSize == 0 && !m_datagrams))
            continue;
        qint64 &streamBytes = event.direction == Direction::Inbound ? m_inboundBytes : m_outboundBytes;
        Item *tail = !target.empty() ? &target.back() : (!m_items.empty() ? &m_items.back() : nullptr);
        if (!m_datagrams && tail && tail->direction == event.direction
            && tail->size + event.payloadSize <= MergeLimit) {
            tail->captureRows.push_back(row);
            tail->size += event.payloadSize;
            if (notify && target.empty())
                mergedIntoExisting = true;
        } else {
            Item item;
            item.direction = event.direction;
            item.captureRows.push_back(row);
            item.size = event.payloadSize;
            item.streamOffset = streamBytes;
            target.push_back(std::move(item));
        }
        streamBytes += event.payloadSize;
    }
    if (!notify)
        return;
    if (mergedIntoExisting) {
        m_rendered.remove(existing - 1);
        Q_EMIT dataChanged(index(existing - 1), index(existing - 1));
    }
    if (!fresh.empty()) {
        beginInsertRows({}, existing, existing + int(fresh.size()) - 1);
        std::move(fresh.begin(), fresh.end(), std::back_inserter(m_items));
        endInsertRows();
    }
}

QByteArray ConversationModel::bytes(const Item &item, qint64 maxBytes) const
{
    QByteArray result;
    result.reserve(int(std::min(item.size, maxBytes)));
    for (qint64 row : item.captureRows) {
        const qint64 remaining = maxBytes - result.size();
        if (remaining <= 0)
            break;
        result += m_capture->payload(row, 0, remaining);
    }
    return result;
}

QString ConversationModel::render(int row) const
{
    if (const QString *cached = m_rendered.object(row))
        return *cached;
    const Item &item = m_items[size_t(row)];
    const QByteArray shown = bytes(item, DisplayLimit);
    QString text;
    if (m_rendering == Rendering::Hexdump) {
        text = ByteFormat::toHexdump(shown, item.streamOffset);
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
    } else {
        text = ByteFormat::toVisibleText(shown, ByteFormat::LineBreaks::Keep);
        // A chunk ending in a line feed would otherwise end the row in an empty line.
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
    }
    if (item.size > shown.size())
        text += QLatin1Char('\n') + tr("… %1 more bytes").arg(QLocale().toString(item.size - shown.size()));
    m_rendered.insert(row, new QString(text));
    return text;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_capture)
        return {};
    const Item &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return render(index.row());
    case DirectionRole:
        return int(item.direction);
    case CaptureRowRole:
        return item.captureRows.front();
    case PayloadRole:
        return bytes(item, item.size);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::ToolTipRole: {
        const CaptureEvent event = m_capture->event(item.captureRows.front());
        const QString time = QDateTime::fromMSecsSinceEpoch(event.wallClockNs / 1000000)
                                 .toString(QStringLiteral("HH:mm:ss.zzz"));
        const QString size = QLocale().toString(item.size);
        const int chunks = int(item.captureRows.size());
        return item.direction == Direction::Outbound
            ? tr("Sent %1 bytes at %2 (%n chunk(s))", nullptr, chunks).arg(size, time)
            : tr("Received %1 bytes at %2 (%n chunk(s))", nullptr, chunks).arg(size, time);
    }
    default:
        return {};
    }
}

} // namespace Sockbench
