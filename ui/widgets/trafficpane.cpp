#include "trafficpane.h"

#include "capture/capturestore.h"
#include "codec/byteformat.h"
#include "codec/payloadparser.h"
#include "directionstyle.h"

#include <QAbstractListModel>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionSlider>
#include <QStylePainter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace Sockbench {

/// The scope box's entries: "All traffic", then each session followed by its connections, all by id.
///
/// Kept from the capture's announcements, one insert per new description, found by binary search: nothing
/// is re-read while the capture is idle, and a new connection costs O(log n) to place among 10,000. A
/// connection described before its session waits until the session is.
class TrafficPane::ScopeModel final : public QAbstractListModel
{
public:
    struct Entry
    {
        quint32 sessionId = 0;
        quint32 connectionId = 0; ///< 0: the session itself (or all traffic, with sessionId 0)
        QString text;
    };

    ScopeModel(const QString &allText, QObject *parent)
        : QAbstractListModel(parent)
    {
        m_entries.push_back(Entry { 0, 0, allText });
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Entry &entry = m_entries[size_t(index.row())];
        if (role == Qt::DisplayRole)
            return entry.text;
        if (role == Qt::UserRole)
            return QPoint(int(entry.sessionId), int(entry.connectionId));
        return {};
    }

    /// The row showing a scope, or -1.
    int row(quint32 sessionId, quint32 connectionId) const
    {
        const auto at = lowerBound(sessionId, connectionId);
        return at != m_entries.end() && at->sessionId == sessionId && at->connectionId == connectionId
            ? int(at - m_entries.begin())
            : -1;
    }

    QString text(int row) const { return m_entries[size_t(row)].text; }

    /// A new session's entry, with the connections that waited for it; a known one's new text.
    void setSession(quint32 sessionId, const QString &text)
    {
        if (updateText(sessionId, 0, text))
            return;
        std::vector<Entry> added { Entry { sessionId, 0, text } };
        if (auto waiting = m_waiting.find(sessionId); waiting != m_waiting.end()) {
            std::vector<Entry> &connections = waiting->second;
            std::sort(connections.begin(), connections.end(),
                [](const Entry &a, const Entry &b) { return a.connectionId < b.connectionId; });
            added.insert(added.end(), connections.begin(), connections.end());
            m_waiting.erase(waiting);
        }
        // A session's connections follow it, so everything after its place belongs to later sessions.
        const int first = int(lowerBound(sessionId, 0) - m_entries.begin());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entries.insert(m_entries.begin() + first, added.begin(), added.end());
        endInsertRows();
    }

    void setConnection(quint32 sessionId, quint32 connectionId, const QString &text)
    {
        if (updateText(sessionId, connectionId, text))
            return;
        if (row(sessionId, 0) < 0) {
            std::vector<Entry> &waiting = m_waiting[sessionId];
            const auto known = std::find_if(waiting.begin(), waiting.end(),
                [connectionId](const Entry &e) { return e.connectionId == connectionId; });
            if (known != waiting.end())
                known->text = text;
            else
                waiting.push_back(Entry { sessionId, connectionId, text });
            return;
        }
        const int at = int(lowerBound(sessionId, connectionId) - m_entries.begin());
        beginInsertRows({}, at, at);
        m_entries.insert(m_entries.begin() + at, Entry { sessionId, connectionId, text });
        endInsertRows();
    }

private:
    std::vector<Entry>::const_iterator lowerBound(quint32 sessionId, quint32 connectionId) const
    {
        return std::lower_bound(m_entries.begin(), m_entries.end(), std::pair(sessionId, connectionId),
            [](const Entry &e, const std::pair<quint32, quint32> &key) {
                return std::pair(e.sessionId, e.connectionId) < key;
            });
    }

    bool updateText(quint32 sessionId, quint32 connectionId, const QString &text)
    {
        const int at = row(sessionId, connectionId);
        if (at < 0)
            return false;
        if (m_entries[size_t(at)].text != text) {
            m_entries[size_t(at)].text = text;
            Q_EMIT dataChanged(index(at), index(at), { Qt::DisplayRole });
        }
        return true;
    }

    std::vector<Entry> m_entries; ///< ordered by (sessionId, connectionId)
    std::unordered_map<quint32, std::vector<Entry>> m_waiting; ///< connections of sessions not described yet
};

namespace {

/// The scope box, sized to its widest entry as QComboBox::AdjustToContents would, but measuring each entry
/// once as it comes.
///
/// Why: AdjustToContents measures every entry again after each insert; with 10,000 connections that is
/// 10,000 text layouts for one new connection.
class ScopeBox final : public QComboBox
{
public:
    explicit ScopeBox(QWidget *parent)
        : QComboBox(parent)
    {
        // A policy under which QComboBox measures no entry itself; the sizes are ours below.
        setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    void setModel(QAbstractItemModel *model)
    {
        QComboBox::setModel(model);
        if (auto *list = qobject_cast<QListView *>(view()))
            list->setUniformItemSizes(true); // the popup lays out 10,000 rows without measuring each
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { measure(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                measure(topLeft.row(), bottomRight.row());
            });
        measure(0, count() - 1);
    }

    QSize sizeHint() const override { return boxSize(std::max(m_widest, leastTextWidth())); }

protected:
    // As QComboBox paints itself, with the current entry elided so that its port stays whole.
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        painter.setPen(palette().color(QPalette::Text));
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field
            = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        // The indentation shows the tree in the popup; in the box it would only take the address's room.
        option.currentText
            = TrafficPane::elideScopeText(option.currentText.trimmed(), fontMetrics(), field.width() - 4);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }

public:
    QSize minimumSizeHint() const override { return boxSize(leastTextWidth()); }

private:
    int leastTextWidth() const
    {
        return minimumContentsLength() * fontMetrics().horizontalAdvance(QLatin1Char('X'));
    }

    // As QComboBox sizes itself under AdjustToContents, for text textWidth wide and no icons.
    QSize boxSize(int textWidth) const
    {
        const QSize contents(
            textWidth, std::max(int(std::ceil(QFontMetricsF(fontMetrics()).height())), 14) + 2);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
    }

    void measure(int first, int last)
    {
        // A renamed session may make an entry shorter; the box keeps the width it had, as it does not
        // shrink while the user looks at it.
        const QFontMetrics metrics = fontMetrics();
        int widest = m_widest;
        for (int row = first; row <= last; ++row)
            widest = std::max(widest, metrics.boundingRect(itemText(row)).width());
        if (widest != m_widest) {
            m_widest = widest;
            updateGeometry();
        }
    }

    int m_widest = 0;
};

// Fills as tall as this or taller Qt's raster engine splits among its thread pool and waits for (96 spans),
// so the log paints its background in strips below it.
constexpr int StripHeight = 64;

/// The traffic table, painting its own background in strips no taller than StripHeight.
///
/// Why: the viewport's background was one fill as tall as the log in every repaint, and Qt 6.4's raster
/// engine hands any fill of 96 lines or more to its thread pool and waits for it: on a machine whose cores
/// are busy (the flood's sender, the spool writer) each such wait lasted until a pool thread was scheduled,
/// milliseconds of every frame (perf sched_switch: the GUI thread asleep in QSemaphore::acquire under
/// QRasterPaintEngine::fillRect and drawRects). Strips stay on the GUI thread.
class LogView final : public QTableView
{
public:
    explicit LogView(QWidget *parent)
        : QTableView(parent)
    {
        viewport()->setAutoFillBackground(false);
        viewport()->setAttribute(Qt::WA_OpaquePaintEvent); // every pixel of the region is painted below
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        {
            QPainter painter(viewport());
            const QBrush base = viewport()->palette().brush(viewport()->backgroundRole());
            for (const QRect &rect : event->region()) {
                for (int y = rect.top(); y <= rect.bottom(); y += StripHeight)
                    painter.fillRect(
                        QRect(rect.left(), y, rect.width(), std::min(StripHeight, rect.bottom() - y + 1)),
                        base);
            }
        }
        QTableView::paintEvent(event);
    }
};

/// A scroll bar of the log, repainted only when what it shows changes: its thumb, its ends.
///
/// Why: a flood changes its range with every batch of rows (~30 a second), while the thumb of a long log,
/// already at its smallest, moves less than a pixel; and each repaint drew the groove as tall as the log,
/// fills that Qt's raster engine hands to its thread pool and waits for (see LogView). In
/// sockbench-windowflood the scroll bar's paints were 2.4 s of the stalls' 3.3 s of repaints in 10 s.
class LogScrollBar final : public QScrollBar
{
public:
    LogScrollBar(Qt::Orientation orientation, QWidget *parent)
        : QScrollBar(orientation, parent)
    { }

protected:
    void sliderChange(SliderChange change) override
    {
        if (change != SliderValueChange && change != SliderRangeChange) {
            QScrollBar::sliderChange(change);
            return;
        }
        // A user's drag repaints at once. Otherwise the look is compared once the turn's changes are done
        // (new rows grow the range, then the view follows them to the bottom): a change nobody could see
        // does not repaint at all.
        if (isSliderDown()) {
            QScrollBar::sliderChange(change);
            return;
        }
        if (m_checkPending)
            return;
        m_checkPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_checkPending = false;
                if (!(look() == m_painted))
                    update();
            },
            Qt::QueuedConnection);
    }

    void paintEvent(QPaintEvent *event) override
    {
        m_painted = look();
        // Strip by strip as the whole window's style paints (StripStyle). Cut here under clips of its own,
        // the groove's edge, which Fusion clips itself, was drawn once a strip, darker each time.
        QScrollBar::paintEvent(event);
    }

private:
    struct Look
    {
        QRect slider;
        bool atMinimum = false;
        bool atMaximum = false;
        friend bool operator==(const Look &, const Look &) = default;
    };

    Look look() const
    {
        QStyleOptionSlider option;
        initStyleOption(&option);
        return Look { style()->subControlRect(
                          QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
            value() == minimum(), value() == maximum() };
    }

    Look m_painted;
    bool m_checkPending = false;
};

} // namespace

TrafficPane::TrafficPane(CaptureStore *capture, QWidget *parent)
    : QWidget(parent)
    , m_capture(capture)
    , m_model(new TrafficModel(capture, this))
    , m_view(new LogView(this))
{
    m_view->setObjectName(QStringLiteral("trafficView"));
    m_view->setVerticalScrollBar(new LogScrollBar(Qt::Vertical, m_view));
    m_view->setHorizontalScrollBar(new LogScrollBar(Qt::Horizontal, m_view));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // File > Save Selected Events
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setItemDelegate(new DirectionStyle::TintDelegate(
        TrafficModel::DirectionRole, m_view, DirectionStyle::TintDelegate::Text::SingleLineCached));
    m_view->verticalHeader()->hide();
    // Uniform row heights keep a table of millions of rows cheap to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(TrafficModel::TimeColumn, digit * 17);
    m_view->setColumnWidth(TrafficModel::DeltaColumn, digit * 11);
    m_view->setColumnWidth(TrafficModel::ConnectionColumn, digit * 14);
    m_fittedConnectionWidth = digit * 14;
    m_view->setColumnWidth(TrafficModel::DirectionColumn, digit * 6);
    m_view->setColumnWidth(TrafficModel::SizeColumn, digit * 10);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);

    // Right-click (and Ctrl+C) copies the selected events' bytes, as text with escapes or as hex.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyText = new QAction(tr("&Copy Bytes as Text"), m_view);
    copyText->setShortcut(QKeySequence::Copy);
    copyText->setShortcutContext(Qt::WidgetShortcut);
    connect(copyText, &QAction::triggered, this, [this] { copySelection(false); });
    auto *copyHex = new QAction(tr("Copy Bytes as &Hex"), m_view);
    connect(copyHex, &QAction::triggered, this, [this] { copySelection(true); });
    m_view->addActions({ copyText, copyHex });
    m_copyToSendAction = new QAction(tr("Copy to Send &Panel"), m_view);
    m_copyToSendAction->setToolTip(tr("Put the selected events' bytes in the send panel, to edit and send"));
    connect(m_copyToSendAction, &QAction::triggered, this, [this] {
        const QByteArray bytes = selectedDataBytes();
        if (!bytes.isEmpty())
            Q_EMIT copyToSendPanelRequested(bytes);
    });
    m_sendAgainAction = new QAction(tr("Send &Again"), m_view);
    m_sendAgainAction->setToolTip(tr("Send the selected events' bytes again to the send panel's target"));
    connect(m_sendAgainAction, &QAction::triggered, this, [this] {
        const QByteArray bytes = selectedDataBytes();
        if (!bytes.isEmpty())
            Q_EMIT sendAgainRequested(bytes);
    });
    m_copyToSendAction->setVisible(false);
    m_sendAgainAction->setVisible(false);
    m_view->addActions({ m_copyToSendAction, m_sendAgainAction });
    m_view->setAccessibleName(tr("Traffic log"));
    m_view->setAccessibleDescription(
        tr("Every event of the selected scope: time, connection, direction, size, preview"));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](
            const QModelIndex &current) { Q_EMIT currentEventChanged(m_model->captureRow(current.row())); });
    connect(m_model, &TrafficModel::rowsBatchAppended, this, &TrafficPane::onRowsAppended);
    // The user scrolling back pauses autoscroll; scrolling to the bottom resumes it. Only user actions
    // count: the view's own moves (new rows, a new filter) must not switch it.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_autoscroll->setChecked(bar->sliderPosition() >= bar->maximum());
    });
}

TrafficPane::~TrafficPane() = default;

QWidget *TrafficPane::createFilterBar()
{
    // A tool bar, not a row of widgets: when the window is narrow (two side by side on a 1920 px screen, 900
    // px each) what does not fit goes behind its » button, instead of making the window at least 720 px (in
    // German 790) wider than the sessions beside it.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setContentsMargins(2, 0, 2, 0);
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More filters"));

    // What the log shows: everything, a session, or one connection. The window's selection sets it; the
    // box lets a reader of an opened transcript, which has no live sessions, choose too.
    auto *scope = new ScopeBox(bar);
    m_scope = scope;
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setToolTip(tr("Show all traffic, one session's or one connection's"));
    // The box may elide its entry: its tooltip says the whole of it.
    connect(m_scope, &QComboBox::currentTextChanged, m_scope, [this](const QString &text) {
        m_scope->setToolTip(
            tr("Show all traffic, one session's or one connection's") + QLatin1Char('\n') + text.trimmed());
    });
    m_scope->setAccessibleName(tr("Traffic scope"));
    // The tree's selection names the scope too: when the row is short, this box gives way (and elides) first.
    m_scope->setMinimumContentsLength(6);
    // Filled once from what the capture holds, then from its announcements only.
    m_scopeModel = new ScopeModel(tr("All traffic"), this);
    for (const SessionInfo &session : m_capture->sessions())
        m_scopeModel->setSession(session.id, session.name);
    for (const ConnectionInfo &connection : m_capture->connections())
        m_scopeModel->setConnection(connection.sessionId, connection.id, scopeText(connection));
    scope->setModel(m_scopeModel);
    fitConnectionColumn();
    connect(m_capture, &CaptureStore::sessionDescribed, this, &TrafficPane::onSessionDescribed);
    connect(m_capture, &CaptureStore::connectionDescribed, this, &TrafficPane::onConnectionDescribed);
    // A scope set before its entry was announced is shown once it is.
    connect(m_scopeModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_scope->currentData().toPoint() != QPoint(int(m_sessionId), int(m_connectionId)))
            selectScopeItem();
    });
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        const QPoint ids = m_scope->itemData(index).toPoint();
        m_sessionId = quint32(ids.x());
        m_connectionId = quint32(ids.y());
        fitConnectionColumn();
        applyFilter();
        Q_EMIT scopeChosen(m_sessionId, m_connectionId);
    });
    bar->addWidget(m_scope);
    selectScopeItem();

    m_inbound = new QCheckBox(tr("&Received"), bar);
    m_inbound->setObjectName(QStringLiteral("showInbound"));
    m_inbound->setToolTip(tr("Show bytes that came from the peer (←)"));
    m_outbound = new QCheckBox(tr("S&ent"), bar);
    m_outbound->setObjectName(QStringLiteral("showOutbound"));
    m_outbound->setToolTip(tr("Show bytes sent to the peer (→)"));
    m_lifecycle = new QCheckBox(tr("Lifec&ycle"), bar);
    m_lifecycle->setObjectName(QStringLiteral("showLifecycle"));
    m_lifecycle->setToolTip(tr("Show connects, accepts, closes and errors (•)"));
    for (QCheckBox *box : { m_inbound, m_outbound, m_lifecycle }) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &TrafficPane::applyFilter);
        bar->addWidget(box);
    }
    bar->addSeparator();

    m_searchMode = new QComboBox(bar);
    m_searchMode->setObjectName(QStringLiteral("searchMode"));
    m_searchMode->addItem(tr("Text"));
    m_searchMode->addItem(tr("Hex"));
    m_searchMode->setToolTip(tr("Search for text (with escapes such as \\r\\n) or for hex bytes"));
    m_searchMode->setAccessibleName(tr("Search mode"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Find in payloads (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in payloads"));
    m_searchMessage = new QLabel(bar);
    // A message about the text that was there (a bad escape, "not found") goes with it.
    connect(m_search, &QLineEdit::textChanged, m_searchMessage, &QLabel::clear);
    // Long translations of the labels beside it must not squeeze it to "S…": room for its placeholder, within
    // 12 to 20 average characters, plus the frame and the clear button.
    const QFontMetrics metrics = m_search->fontMetrics();
    const int textWidth = std::clamp(metrics.horizontalAdvance(m_search->placeholderText()),
        metrics.averageCharWidth() * 12, metrics.averageCharWidth() * 20);
    m_search->setMinimumWidth(textWidth + metrics.height() * 2);
    connect(m_search, &QLineEdit::returnPressed, this, &TrafficPane::findNext);
    auto *previous = new QToolButton(bar);
    previous->setArrowType(Qt::UpArrow);
    previous->setObjectName(QStringLiteral("findPrevious"));
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    previous->setAccessibleName(tr("Find previous"));
    connect(previous, &QToolButton::clicked, this, &TrafficPane::findPrevious);
    auto *next = new QToolButton(bar);
    next->setArrowType(Qt::DownArrow);
    next->setObjectName(QStringLiteral("findNext"));
    next->setToolTip(tr("Find next (F3)"));
    next->setAccessibleName(tr("Find next"));
    connect(next, &QToolButton::clicked, this, &TrafficPane::findNext);
    m_searchMessage->setObjectName(QStringLiteral("searchMessage"));
    m_searchMessage->setTextFormat(Qt::PlainText);
    bar->addWidget(m_searchMode);
    bar->addWidget(m_search); // expanding: it takes the room left
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_searchMessage);
    bar->addSeparator();

    m_autoscroll = new QCheckBox(tr("&Autoscroll"), bar);
    m_autoscroll->setObjectName(QStringLiteral("autoscroll"));
    m_autoscroll->setChecked(true);
    m_autoscroll->setToolTip(tr("Follow new traffic; scrolling back pauses it"));
    connect(m_autoscroll, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    bar->addWidget(m_autoscroll);
    return bar;
}

QString TrafficPane::elideScopeText(const QString &text, const QFontMetrics &metrics, int width)
{
    // The box clipped by the style once showed port 3703 for 37035: "…" before the last ":PORT", never in it.
    // Then it cut the middle of the address ("#2 ….0.1:46595"). Now the connection's number ("#2") and the
    // port stay whole, and the address keeps its start ("#2  127.0.…:46595"): the start says which network,
    // and the box's tooltip has the whole entry.
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("…");
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return metrics.elidedText(text, Qt::ElideRight, width);
    const QString tail = text.mid(colon);
    QString head = text.left(colon).trimmed();
    QString number;
    if (head.startsWith(QLatin1Char('#'))) {
        const qsizetype space = head.indexOf(QLatin1Char(' '));
        if (space > 0) {
            number = head.left(space) + QLatin1Char(' ');
            head = head.mid(space).trimmed();
        }
    }
    const int room = width - metrics.horizontalAdvance(number) - metrics.horizontalAdvance(tail);
    if (room >= metrics.horizontalAdvance(ellipsis) * 3) {
        const QString address = metrics.elidedText(head, Qt::ElideRight, room);
        if (address != ellipsis)
            return number + address + tail;
    }
    // Too narrow for any of the address: the number and the port, else the port alone.
    const QString numbered = number.trimmed() + ellipsis + tail;
    if (!number.isEmpty() && metrics.horizontalAdvance(numbered) <= width)
        return numbered;
    return ellipsis + tail;
}

void TrafficPane::setScope(quint32 sessionId, quint32 connectionId)
{
    if (sessionId == m_sessionId && connectionId == m_connectionId)
        return;
    m_sessionId = sessionId;
    m_connectionId = connectionId;
    selectScopeItem();
    fitConnectionColumn();
    applyFilter();
}

void TrafficPane::onSessionDescribed(const SessionInfo &info)
{
    m_scopeModel->setSession(info.id, info.name);
    fitConnectionColumn(); // a new or renamed session may need a wider column
}

void TrafficPane::onConnectionDescribed(const ConnectionInfo &info)
{
    m_scopeModel->setConnection(info.sessionId, info.id, scopeText(info));
}

QString TrafficPane::scopeText(const ConnectionInfo &info)
{
    return tr("    #%1  %2").arg(info.id).arg(info.peer.toString());
}

void TrafficPane::fitConnectionColumn()
{
    // Session events name their session there ("Echo server 127.0.0.1:40285"), connection events say "#3":
    // fit the names the scope can show, within reason. A width the user dragged stays theirs.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    int widest = digit * 14;
    if (m_connectionId == 0) {
        const int margins
            = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 4);
        for (const SessionInfo &session : m_capture->sessions()) {
            if (m_sessionId == 0 || session.id == m_sessionId)
                widest = std::max(widest, metrics.horizontalAdvance(session.name) + margins);
        }
    }
    const int wanted = std::min(widest, digit * 48);
    if (m_view->columnWidth(TrafficModel::ConnectionColumn) != m_fittedConnectionWidth)
        return;
    m_view->setColumnWidth(TrafficModel::ConnectionColumn, wanted);
    m_fittedConnectionWidth = wanted;
}

void TrafficPane::selectScopeItem()
{
    m_scope->setCurrentIndex(std::max(m_scopeModel->row(m_sessionId, m_connectionId), 0));
}

void TrafficPane::applyFilter()
{
    TrafficModel::Filter filter;
    filter.sessionId = m_sessionId;
    filter.connectionId = m_connectionId;
    filter.inbound = m_inbound->isChecked();
    filter.outbound = m_outbound->isChecked();
    filter.lifecycle = m_lifecycle->isChecked();
    const qint64 current = currentCaptureRow();
    m_model->setFilter(filter);
    // Keep the event the user was looking at, if it is still shown.
    const int row = current >= 0 ? m_model->modelRow(current) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        Q_EMIT currentEventChanged(-1); // the detail pane must not keep showing what is filtered out
    if (m_autoscroll->isChecked())
        m_view->scrollToBottom();
}

QByteArray TrafficPane::selectedDataBytes() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    for (const QModelIndex &row : rows) {
        const qint64 captureRow = m_model->captureRow(row.row());
        if (m_capture->event(captureRow).kind == EventKind::Data)
            bytes += m_capture->payload(captureRow);
    }
    return bytes;
}

void TrafficPane::setSendActionsEnabled(bool enabled)
{
    m_copyToSendAction->setVisible(enabled);
    m_sendAgainAction->setVisible(enabled);
}

void TrafficPane::setDeltaColumnShown(bool shown)
{
    m_view->setColumnHidden(TrafficModel::DeltaColumn, !shown);
}

bool TrafficPane::isDeltaColumnShown() const
{
    return !m_view->isColumnHidden(TrafficModel::DeltaColumn);
}

void TrafficPane::saveState(QSettings &settings, const QString &group) const
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("columns"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("connectionColumnFitted"),
        m_view->columnWidth(TrafficModel::ConnectionColumn) == m_fittedConnectionWidth);
    settings.setValue(QStringLiteral("searchMode"),
        m_searchMode->currentIndex() == 1 ? QStringLiteral("hex") : QStringLiteral("text"));
    settings.endGroup();
}

void TrafficPane::restoreState(const QSettings &settings, const QString &group)
{
    const QString prefix = group + QLatin1Char('/');
    const QByteArray columns = settings.value(prefix + QStringLiteral("columns")).toByteArray();
    // A state saved with another set of columns would put widths on the wrong ones.
    if (!columns.isEmpty() && m_view->horizontalHeader()->restoreState(columns)
        && m_view->horizontalHeader()->count() == TrafficModel::ColumnCount) {
        // A width the user dragged stays theirs; one that was fitted goes on being fitted.
        if (settings.value(prefix + QStringLiteral("connectionColumnFitted"), true).toBool())
            m_fittedConnectionWidth = m_view->columnWidth(TrafficModel::ConnectionColumn);
        else
            m_fittedConnectionWidth = -1;
    }
    if (settings.value(prefix + QStringLiteral("searchMode")).toString() == QLatin1String("hex"))
        m_searchMode->setCurrentIndex(1);
}

void TrafficPane::copySelection(bool asHex)
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    for (const QModelIndex &row : rows)
        bytes += m_capture->payload(m_model->captureRow(row.row()));
    QGuiApplication::clipboard()->setText(
        asHex ? ByteFormat::toHex(bytes) : ByteFormat::toVisibleText(bytes));
    Q_EMIT statusMessage(tr("Copied %n byte(s)", nullptr, int(std::min<qint64>(bytes.size(), INT_MAX))));
}

qint64 TrafficPane::currentCaptureRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->captureRow(current.row()) : -1;
}

void TrafficPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TrafficPane::findNext()
{
    find(true);
}

void TrafficPane::findPrevious()
{
    find(false);
}

void TrafficPane::find(bool forward)
{
    if (m_search->text().isEmpty()) {
        focusSearch();
        return;
    }
    const PayloadMode mode = m_searchMode->currentIndex() == 1 ? PayloadMode::Hex : PayloadMode::Text;
    const ParseResult needle = PayloadParser::parsePayload(m_search->text(), mode);
    if (!needle.ok) {
        m_searchMessage->setText(needle.errorMessage);
        return;
    }
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (forward ? -1 : 0);
    const int row = m_model->find(needle.bytes, from, forward);
    if (row < 0) {
        m_searchMessage->setText(tr("not found"));
        return;
    }
    m_searchMessage->clear();
    m_autoscroll->setChecked(false); // stay on the match
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void TrafficPane::clear()
{
    m_model->clear();
    Q_EMIT currentEventChanged(-1);
}

void TrafficPane::setAutoscroll(bool on)
{
    m_autoscroll->setChecked(on);
}

bool TrafficPane::autoscroll() const
{
    return m_autoscroll->isChecked();
}

void TrafficPane::setRelativeTime(bool relative)
{
    m_model->setTimeFormat(
        relative ? TrafficModel::TimeFormat::Relative : TrafficModel::TimeFormat::Absolute);
}

void TrafficPane::onRowsAppended()
{
    if (m_autoscroll->isChecked())
        m_view->scrollToBottom();
}

} // namespace Sockbench
