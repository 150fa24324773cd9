#include "trafficmodel.h"

#include "capture/capturestore.h"
#include "capture/eventvocabulary.h"
#include "codec/byteformat.h"
#include "directioncolors.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

namespace Sockbench {

namespace {

// Mid-saturated hues that keep their contrast on light and dark backgrounds.

// Lifecycle payloads are short texts (endpoints, messages); more than this is not worth a table cell.
constexpr qint64 LifecycleTextBytes = CaptureStore::PayloadHeadBytes;

} // namespace

TrafficModel::TrafficModel(CaptureStore *capture, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capture(capture)
    , m_arrowFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    // The arrow is the direction column's whole message: big enough to read at a glance. Made once, not
    // per painted cell; the face may be sized in points or in pixels.
    m_arrowFont.setBold(true);
    if (m_arrowFont.pointSizeF() > 0)
        m_arrowFont.setPointSizeF(m_arrowFont.pointSizeF() * 1.4);
    else
        m_arrowFont.setPixelSize(m_arrowFont.pixelSize() * 14 / 10);
    if (capture) {
        // Rows a store has forgotten (or never held, starting high: tests at the int edge) are not shown.
        m_clearedBase = m_shownFrom = capture->firstRow();
        m_seen = capture->count();
        rebuild(); // the cap
        connect(capture, &CaptureStore::rowsAppended, this, &TrafficModel::onRowsAppended);
        connect(capture, &CaptureStore::payloadHeadsReady, this, &TrafficModel::onPayloadHeadsReady);
    }
}

TrafficModel::~TrafficModel() = default;

void TrafficModel::onPayloadHeadsReady(const QList<qint64> &rows)
{
    int first = -1;
    int last = -1;
    for (qint64 row : rows) {
        const int shown = modelRow(row);
        if (shown < 0)
            continue;
        first = first < 0 ? shown : std::min(first, shown);
        last = std::max(last, shown);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, PreviewColumn), index(last, PreviewColumn), { Qt::DisplayRole });
}

bool TrafficModel::isFiltering() const
{
    return !(m_filter == Filter {});
}

bool TrafficModel::matches(qint64 row) const
{
    const CaptureEvent event = m_capture->event(row);
    if (m_filter.sessionId != 0 && event.sessionId != m_filter.sessionId)
        return false;
    if (m_filter.connectionId != 0 && event.connectionId != m_filter.connectionId)
        return false;
    if (event.kind != EventKind::Data)
        return m_filter.lifecycle;
    return event.direction == Direction::Inbound ? m_filter.inbound : m_filter.outbound;
}

void TrafficModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void TrafficModel::rebuild()
{
    m_filtering = isFiltering();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_shownFrom = m_clearedBase;
    m_trimmed = 0;
    if (!m_filtering || !m_capture) {
        if (m_seen - m_shownFrom > m_maxRows) {
            m_shownFrom = m_seen - rowsKeptAtTheCap();
            m_trimmed = m_shownFrom - m_clearedBase;
        }
        return;
    }
    for (qint64 row = m_clearedBase; row < m_seen; ++row) {
        if (!matches(row))
            continue;
        m_rows.push_back(row);
        if (m_rows.size() > size_t(m_maxRows)) {
            const qint64 drop = qint64(m_rows.size()) - rowsKeptAtTheCap();
            m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
            m_trimmed += drop;
        }
    }
}

void TrafficModel::setMaxRows(int rows)
{
    beginResetModel();
    m_maxRows = std::max(rows, 8);
    rebuild();
    endResetModel();
}

void TrafficModel::setTimeFormat(TimeFormat format)
{
    if (format == m_timeFormat)
        return;
    m_timeFormat = format;
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn), { Qt::DisplayRole });
}

void TrafficModel::clear()
{
    beginResetModel();
    m_clearedBase = m_shownFrom = m_seen;
    m_trimmed = 0;
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
}

void TrafficModel::onRowsAppended(qint64 first, qint64 last)
{
    Q_UNUSED(first)
    // The announcement may overlap rows taken in at construction: only what is new counts.
    const qint64 end = last + 1;
    if (!m_capture || end <= m_seen)
        return;
    const qint64 from = m_seen;
    std::vector<qint64> matching;
    if (m_filtering) {
        for (qint64 row = from; row < end; ++row) {
            if (matches(row))
                matching.push_back(row);
        }
    }
    const qint64 adding = m_filtering ? qint64(matching.size()) : end - from;
    if (adding == 0) {
        m_seen = end;
        return;
    }
    // Past the cap the oldest rows leave first, so that rowCount() and a view's int pixels never overflow
    // (a capture may hold 2^32 rows; 2^31 is negative here).
    const qint64 shown = rowCount();
    if (shown + adding > m_maxRows) {
        const qint64 room = rowsKeptAtTheCap();
        if (adding >= room) {
            // The new rows alone fill the table: it starts again with the newest of them.
            beginResetModel();
            m_trimmed += shown + (adding - room);
            if (m_filtering)
                m_rows.assign(matching.cend() - room, matching.cend());
            else
                m_shownFrom = end - room;
            m_seen = end;
            endResetModel();
            Q_EMIT rowsBatchAppended(0, int(room) - 1);
            return;
        }
        const qint64 drop = shown + adding - room;
        beginRemoveRows({}, 0, int(drop) - 1);
        if (m_filtering)
            m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        else
            m_shownFrom += drop;
        m_trimmed += drop;
        endRemoveRows();
    }
    const int firstRow = rowCount();
    const int lastRow = firstRow + int(adding) - 1;
    beginInsertRows({}, firstRow, lastRow);
    if (m_filtering)
        m_rows.insert(m_rows.end(), matching.cbegin(), matching.cend());
    m_seen = end;
    endInsertRows();
    Q_EMIT rowsBatchAppended(firstRow, lastRow);
}

qint64 TrafficModel::captureRow(int modelRow) const
{
    if (modelRow < 0 || modelRow >= rowCount())
        return -1;
    return m_filtering ? m_rows[size_t(modelRow)] : m_shownFrom + modelRow;
}

int TrafficModel::modelRow(qint64 captureRow) const
{
    if (captureRow < m_clearedBase || captureRow >= m_seen)
        return -1;
    if (!m_filtering)
        return captureRow < m_shownFrom ? -1 : int(captureRow - m_shownFrom);
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), captureRow);
    return it != m_rows.cend() && *it == captureRow ? int(it - m_rows.cbegin()) : -1;
}

int TrafficModel::find(const QByteArray &needle, int fromRow, bool forward) const
{
    m_findCut = false;
    const int rows = rowCount();
    if (needle.isEmpty() || rows == 0 || !m_capture)
        return -1;
    const int start = fromRow >= 0 && fromRow < rows ? fromRow : (forward ? -1 : rows);
    qint64 budget = m_findBudget;
    for (int step = 1; step <= rows; ++step) {
        // Every row once, beginning beside fromRow and ending on it.
        int row = forward ? start + step : start - step;
        row = ((row % rows) + rows) % rows;
        const qint64 capRow = captureRow(row);
        const CaptureEvent event = m_capture->event(capRow);
        if (event.kind != EventKind::Data || event.payloadSize < quint32(needle.size()))
            continue;
        if (budget <= 0) {
            m_findCut = true;
            return -1;
        }
        budget -= event.payloadSize;
        if (m_capture->payload(capRow).contains(needle))
            return row;
    }
    return -1;
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filtering ? int(m_rows.size()) : int(m_seen - m_shownFrom);
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TrafficModel::origin() const
{
    // Sessions are described in the order they start, so the first one known is the earliest; a capture
    // without sessions (a foreign pcap) starts at its first event.
    if (m_origin == 0 && m_capture) {
        for (const SessionInfo &session : m_capture->sessions()) {
            if (session.startedWallClockNs != 0 && (m_origin == 0 || session.startedWallClockNs < m_origin))
                m_origin = session.startedWallClockNs;
        }
        if (m_origin == 0 && m_capture->count() > 0)
            m_origin = m_capture->event(0).wallClockNs;
    }
    return m_origin;
}

QString TrafficModel::secondsText(qint64 deltaNs)
{
    const qint64 magnitude = deltaNs < 0 ? -deltaNs : deltaNs;
    return QString(deltaNs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QString::number(magnitude / 1000000000) + QLatin1Char('.')
        + QStringLiteral("%1").arg((magnitude / 1000) % 1000000, 6, 10, QLatin1Char('0'));
}

QString TrafficModel::timeText(qint64 wallClockNs) const
{
    if (m_timeFormat == TimeFormat::Relative) {
        const qint64 start = origin();
        return start == 0 ? QString() : secondsText(wallClockNs - start);
    }
    // The local time of day changes once a second; rows painted together share their second, and the time
    // zone's conversion was half of data()'s cost during a flood (perf, sockbench-windowflood).
    const qint64 second = wallClockNs / 1000000000;
    if (second != m_shownSecond || m_shownSecondText.isEmpty()) {
        m_shownSecond = second;
        m_shownSecondText = QDateTime::fromSecsSinceEpoch(second).toString(QStringLiteral("HH:mm:ss"));
    }
    return m_shownSecondText + QLatin1Char('.')
        + QStringLiteral("%1").arg((wallClockNs / 1000) % 1000000, 6, 10, QLatin1Char('0'));
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_capture)
        return {};
    const qint64 row = captureRow(index.row());
    if (row < 0)
        return {};
    return value(index, row, m_capture->event(row), role);
}

void TrafficModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // A painted cell asks for its text, alignment, colours, font and tint: eight data() calls each read
    // the row's index entry and checked the index again.
    const bool valid
        = checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) && m_capture;
    const qint64 row = valid ? captureRow(index.row()) : -1;
    if (row < 0) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }
    const CaptureEvent event = m_capture->event(row);
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(value(index, row, event, roleData.role()));
}

QVariant TrafficModel::value(const QModelIndex &index, qint64 row, const CaptureEvent &event, int role) const
{
    const bool isData = event.kind == EventKind::Data;
    switch (role) {
    case CaptureRowRole:
        return row;
    case DirectionRole:
        return int(event.direction);
    case EventKindRole:
        return int(event.kind);
    case ConnectionIdRole:
        return event.connectionId;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != DirectionColumn || !isData)
            return {};
        return DirectionColors::accent(event.direction); // the same hue as the row's tint
    case Qt::FontRole: {
        if (index.column() != DirectionColumn)
            return {};
        return m_arrowFont;
    }
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn)
            return previewToolTip(row, event);
        if (index.column() == DeltaColumn)
            return tr("Seconds since the event shown above");
        if (index.column() != DirectionColumn || !isData)
            return {};
        return event.direction == Direction::Outbound ? tr("sent to the peer") : tr("received from the peer");
    case Qt::UserRole:
        // Raw values for sorting proxies.
        switch (index.column()) {
        case TimeColumn:
            return event.wallClockNs;
        case SizeColumn:
            return qint64(event.payloadSize);
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case TimeColumn:
        return timeText(event.wallClockNs);
    case DeltaColumn: {
        const qint64 previous = captureRow(index.row() - 1);
        return previous < 0 ? QString()
                            : secondsText(event.wallClockNs - m_capture->event(previous).wallClockNs);
    }
    case ConnectionColumn:
        if (event.connectionId != 0)
            return tr("#%1").arg(event.connectionId);
        return m_capture->sessionInfo(event.sessionId).name;
    case DirectionColumn:
        if (!isData)
            return QStringLiteral("•");
        return event.direction == Direction::Outbound ? QStringLiteral("→") : QStringLiteral("←");
    case SizeColumn:
        return isData ? QLocale().toString(qint64(event.payloadSize)) : QString();
    case PreviewColumn: {
        if (!isData) {
            // The lifecycle's detail (a reason, an address) is in its payload; while it is read back from
            // the disk the phrase shows without it.
            const QByteArray detail = event.payloadSize > 0
                ? m_capture->payloadHead(row).value_or(QByteArray()).left(LifecycleTextBytes)
                : QByteArray();
            return EventVocabulary::phrase(event.kind, ByteFormat::toVisibleText(detail));
        }
        if (!m_capture->isPayloadAvailable(row))
            return tr("(payload lost: the spool could not be written)");
        // Never from the disk on this thread: a head still being read shows as nothing, for a moment.
        const std::optional<QByteArray> head = m_capture->payloadHead(row);
        if (!head)
            return QString();
        const QString text = ByteFormat::toVisibleText(head->left(PreviewBytes));
        return event.payloadSize > PreviewBytes ? text + QStringLiteral("…") : text;
    }
    default:
        return {};
    }
}

QVariant TrafficModel::previewToolTip(qint64 row, const CaptureEvent &event) const
{
    // The whole text (up to ToolTipBytes), escaped as the cell is, and as rich text that shows it literally:
    // a plain-text tooltip holding "<b>" would be taken for markup.
    // Never from the disk on this thread, like the cell: what memory still holds (up to ToolTipBytes), else
    // the head the preview thread read.
    QString text;
    if (event.kind != EventKind::Data) {
        const QByteArray detail = event.payloadSize > 0
            ? m_capture->payloadHead(row).value_or(QByteArray()).left(LifecycleTextBytes)
            : QByteArray();
        text = EventVocabulary::phrase(event.kind, ByteFormat::toVisibleText(detail));
    } else if (!m_capture->isPayloadAvailable(row)) {
        return {};
    } else {
        std::optional<QByteArray> bytes = m_capture->payloadInMemory(row, 0, ToolTipBytes);
        if (!bytes)
            bytes = m_capture->payloadHead(row);
        if (!bytes)
            return {};
        text = ByteFormat::toVisibleText(*bytes, ByteFormat::LineBreaks::Keep);
        if (event.payloadSize > bytes->size())
            text += QStringLiteral("…");
    }
    if (text.isEmpty())
        return {};
    return QString(
        QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>"));
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return m_timeFormat == TimeFormat::Absolute ? tr("Time") : tr("Time (s)");
    case DeltaColumn:
        return tr("Δ (s)");
    case ConnectionColumn:
        return tr("Connection");
    case DirectionColumn:
        return tr("Dir");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Preview");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Sockbench
