#pragma once

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QPointer>

#include <vector>

namespace Sockbench {

class CaptureStore;
struct CaptureEvent;

/// The capture as a table, filtered, growing in batches as the capture announces rows.
///
/// Without a filter a model row is a capture row minus the rows hidden by clear(), so nothing is stored per
/// row; with a filter the matching capture rows are kept in a vector extended batch by batch. rowCount() and
/// data() are O(1): data() reads one index entry and at most 64 payload bytes. A capture counts rows in
/// qint64 (up to 2^32 of them) and a table in int: past maxRows() the oldest rows leave the table, and
/// trimmedRowCount() says how many, for the window to say so.
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficModel)
public:
    /// DeltaColumn: seconds since the event shown above ("+0.000120"), empty on the first row.
    enum Column {
        TimeColumn,
        DeltaColumn,
        ConnectionColumn,
        DirectionColumn,
        SizeColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role { CaptureRowRole = Qt::UserRole + 1, DirectionRole, EventKindRole, ConnectionIdRole };
    /// Relative: seconds since the capture started (its first session's start, else its first event), e.g.
    /// "+12.345678": one origin for every row, so rows in time order read in order.
    enum class TimeFormat { Absolute, Relative };

    struct Filter
    {
        quint32 sessionId = 0; ///< 0: all sessions
        quint32 connectionId = 0; ///< 0: all of the session (session-level events included)
        bool inbound = true;
        bool outbound = true;
        bool lifecycle = true;
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    /// Bytes of payload previewed per row.
    static constexpr qint64 PreviewBytes = 64; // within CaptureStore::PayloadHeadBytes
    /// Bytes of payload a preview's tooltip shows.
    static constexpr qint64 ToolTipBytes = 4096;

    explicit TrafficModel(CaptureStore *capture, QObject *parent = nullptr);
    ~TrafficModel() override;

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    void setTimeFormat(TimeFormat format);
    TimeFormat timeFormat() const { return m_timeFormat; }

    /// The capture row shown at modelRow; -1 when out of range.
    qint64 captureRow(int modelRow) const;
    /// The model row showing captureRow; -1 when filtered out or cleared.
    int modelRow(qint64 captureRow) const;

    /// Searches the payloads of data rows after (forward) or before fromRow, wrapping around and ending with
    /// fromRow itself; -1 when none. A needle split across two chunks is not found. At most findByteBudget()
    /// payload bytes are read per call, so a huge capture cannot freeze the caller; findWasCut() then says
    /// so.
    int find(const QByteArray &needle, int fromRow, bool forward) const;
    void setFindByteBudget(qint64 bytes) { m_findBudget = bytes; }
    qint64 findByteBudget() const { return m_findBudget; }
    bool findWasCut() const { return m_findCut; }

    /// The capture is append-only: clear hides everything recorded so far.
    void clear();

    /// The most rows the table holds by default. Views lay rows out in int pixels (QHeaderView's length):
    /// 2^25 rows of up to 63 pixels fit. Measured with Qt 6.4: a QTableView of 20-pixel rows finds no row
    /// at all past 107 million (its header's length is negative), and crashes at 2^31 - 1 rows.
    static constexpr int DefaultMaxRows = 1 << 25;
    /// Past this many rows the oldest leave the table, an eighth of it at a time (one removal per that many
    /// rows, not one per batch); the capture keeps them. Tests set a small one.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    /// Rows of the table (matching the filter) that left it for the cap since it was made, filtered or
    /// cleared.
    qint64 trimmedRowCount() const { return m_trimmed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Every role asked for one cell from one read of its index entry (a delegate asks about eight).
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After each batch insert, so a view can autoscroll.
    void rowsBatchAppended(int first, int last);

private:
    void onRowsAppended(qint64 first, qint64 last);
    void onPayloadHeadsReady(const QList<qint64> &rows);
    bool isFiltering() const;
    qint64 rowsKeptAtTheCap() const { return m_maxRows - m_maxRows / 8; }
    bool matches(qint64 row) const;
    void rebuild();
    QString timeText(qint64 wallClockNs) const;
    static QString secondsText(qint64 deltaNs);
    qint64 origin() const;
    QVariant previewToolTip(qint64 row, const CaptureEvent &event) const;
    QVariant value(const QModelIndex &index, qint64 row, const CaptureEvent &event, int role) const;

    QPointer<CaptureStore> m_capture;
    Filter m_filter;
    QFont m_arrowFont;
    TimeFormat m_timeFormat = TimeFormat::Absolute;
    qint64 m_seen = 0; ///< capture rows taken in so far
    qint64 m_clearedBase = 0; ///< capture rows hidden by clear()
    qint64 m_shownFrom = 0; ///< without a filter, the capture row shown first (the cap moves it on)
    int m_maxRows = DefaultMaxRows;
    qint64 m_trimmed = 0; ///< rows taken off the top for the cap
    bool m_filtering = false;
    std::vector<qint64> m_rows; ///< matching capture rows, only while filtering
    mutable qint64 m_origin = 0; ///< the capture's start, found once it is known
    mutable qint64 m_shownSecond = 0; ///< the last second timeText() converted, and its text
    mutable QString m_shownSecondText;
    qint64 m_findBudget = 256 * 1024 * 1024;
    mutable bool m_findCut = false;
};

} // namespace Sockbench
