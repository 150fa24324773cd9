#include "sessiontreemodel.h"

#include "capture/capturestore.h"
#include "session/connection.h"
#include "session/session.h"
#include "session/workbench.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <algorithm>

namespace Sockbench {

namespace {

// Mid-saturated fills with a darker rim: visible on light and dark palettes alike.
const QColor OpenColor(0x2e, 0xa0, 0x43);
const QColor BusyColor(0xd9, 0x8e, 0x04);
const QColor IdleColor(0x8a, 0x8a, 0x8a);
const QColor FailedColor(0xd0, 0x3b, 0x3b);
const QColor ListeningColor(0x3b, 0x82, 0xd0);

qint64 nowWallClockNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

QString endpointText(const Endpoint &endpoint)
{
    return endpoint.isValid() ? endpoint.toString() : QString();
}

} // namespace

SessionTreeModel::SessionTreeModel(Workbench *workbench, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workbench(workbench)
    , m_sampler(new QTimer(this))
    , m_announcer(new QTimer(this))
{
    // State changes are announced within ~30 ms, a batch of rows at a time. Announced one by one, each
    // dataChanged had the tree re-fit its columns to the rows in sight (text layout of every visible cell):
    // 1,000 echo clients closing at once took 14 s with event-loop stalls of 7 s (bench/echowindow.cpp).
    m_announcer->setSingleShot(true);
    m_announcer->setInterval(33);
    connect(m_announcer, &QTimer::timeout, this, &SessionTreeModel::announceChanges);
    if (workbench) {
        for (Session *session : workbench->sessions())
            addSession(session);
        connect(workbench, &Workbench::sessionAdded, this, &SessionTreeModel::addSession);
        connect(workbench, &Workbench::sessionRemoved, this,
            [this](Session *session) { removeSession(session->id()); });
    }
    m_sampler->setInterval(1000);
    connect(m_sampler, &QTimer::timeout, this, &SessionTreeModel::sample);
    // Every byte a connection counts is a capture row, announced at most ~30 times a second: that wakes the
    // sampler, which stops again once nothing moves. A free-running 1 s sampler woke an idle window with
    // 5,000 connections into a poll() over every socket and a walk over every connection each second.
    if (workbench && workbench->capture())
        connect(workbench->capture(), &CaptureStore::rowsAppended, this, &SessionTreeModel::wakeSampler);
    m_sinceSample.start();
}

SessionTreeModel::~SessionTreeModel() = default;

QString SessionTreeModel::sizeText(qint64 bytes)
{
    // QLocale says "1 bytes"; below 1 KiB, where it gives plain bytes, the translations know the plural.
    if (bytes > -1024 && bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes);
}

QString SessionTreeModel::cellSizeText(qint64 bytes)
{
    // "47 bytes" took the number columns 25 px more each than "47 B" and cut every name in the tree at the
    // 452 px a saved layout gives it (docs' screenshots: "Echo server 12…:36081", French "#1 127.0….:58860").
    // The unit symbol matches QLocale's KiB, MiB above it; the tooltip says it in words.
    if (bytes > -1024 && bytes < 1024)
        return tr("%1 B", "a byte count below 1 KiB, with the unit symbol (French: %1 o)").arg(bytes);
    return QLocale().formattedDataSize(bytes);
}

void SessionTreeModel::setSampleInterval(int milliseconds)
{
    m_sampler->setInterval(std::max(milliseconds, 1));
}

bool SessionTreeModel::isSampling() const
{
    return m_sampler->isActive();
}

void SessionTreeModel::wakeSampler()
{
    if (m_sampler->isActive())
        return;
    // The first rate after a still spell is over the time since this wake: the bytes of the row that woke
    // it came up to one announcement interval (~33 ms) earlier, a few percent too high for that second.
    m_sinceSample.restart();
    m_sampler->start();
}

Session *SessionTreeModel::sessionAt(const QModelIndex &index) const
{
    // No selection is an ordinary answer here, not a caller's mistake: no warning for an invalid index.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : sessionRow(quint32(index.internalId()));
    return row < 0 ? nullptr : m_sessions.at(row).session.data();
}

Connection *SessionTreeModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == 0)
        return nullptr;
    const int row = sessionRow(quint32(index.internalId()));
    if (row < 0)
        return nullptr;
    const SessionNode &node = m_sessions.at(row);
    return index.row() < node.connections.size() ? node.connections.at(index.row()).connection.data()
                                                 : nullptr;
}

QModelIndex SessionTreeModel::indexOfSession(const Session *session) const
{
    if (!session)
        return {};
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).session == session)
            return createIndex(row, 0, quintptr(0));
    }
    return {};
}

QModelIndex SessionTreeModel::indexOfConnection(const Connection *connection) const
{
    if (!connection)
        return {};
    const int row = sessionRow(connection->sessionId());
    if (row < 0)
        return {};
    const SessionNode &node = m_sessions.at(row);
    for (int child = 0; child < node.connections.size(); ++child) {
        if (node.connections.at(child).connection == connection)
            return createIndex(child, 0, quintptr(node.id));
    }
    return {};
}

QModelIndex SessionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sessions.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    // Only session rows have children; their children carry the session id.
    if (parent.internalId() != 0 || parent.row() >= m_sessions.size())
        return {};
    const SessionNode &node = m_sessions.at(parent.row());
    return row < node.connections.size() ? createIndex(row, column, quintptr(node.id)) : QModelIndex();
}

QModelIndex SessionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = sessionRow(quint32(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int SessionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sessions.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_sessions.size())
        return 0;
    return int(m_sessions.at(parent.row()).connections.size());
}

int SessionTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool SessionTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SessionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return sessionData(m_sessions.at(index.row()), index.column(), role);
    const int row = sessionRow(quint32(index.internalId()));
    if (row < 0)
        return {};
    const SessionNode &node = m_sessions.at(row);
    if (index.row() >= node.connections.size())
        return {};
    return connectionData(node, node.connections.at(index.row()), index.column(), role);
}

QVariant SessionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= BytesInColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case LocalColumn:
        return tr("Local");
    case PeerColumn:
        return tr("Peer");
    case BytesInColumn:
        return tr("In");
    case BytesOutColumn:
        return tr("Out");
    case RateColumn:
        return tr("Rate");
    case AgeColumn:
        return tr("Age");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionTreeModel::sessionData(const SessionNode &node, int column, int role) const
{
    const Session *session = node.session.data();
    if (!session)
        return {};
    switch (role) {
    case SessionIdRole:
        return node.id;
    case ConnectionIdRole:
        return 0u;
    case IsOpenRole:
        return session->isActive();
    default:
        break;
    }

    qint64 in = node.removedIn;
    qint64 out = node.removedOut;
    double rate = 0;
    // The totals walk every connection: only for the cells that show them, not for each role a view asks of
    // each cell (with 5,000 connections those walks were a sixth of an idle window's CPU).
    const bool totals = (role == Qt::DisplayRole || role == Qt::UserRole)
        && (column == BytesInColumn || column == BytesOutColumn || column == RateColumn);
    for (qsizetype i = 0; totals && i < node.connections.size(); ++i) {
        const ConnectionNode &connection = node.connections.at(i);
        if (connection.connection) {
            in += connection.connection->bytesReceived();
            out += connection.connection->bytesSent();
        }
        rate += connection.rate;
    }
    const qint64 startedNs
        = session->capture() ? session->capture()->sessionInfo(node.id).startedWallClockNs : 0;

    const QString local = session->localText();
    const QString peer = session->remoteText();

    if (role == Qt::UserRole) {
        switch (column) {
        case BytesInColumn:
            return in;
        case BytesOutColumn:
            return out;
        case RateColumn:
            return rate;
        case AgeColumn:
            return startedNs > 0 ? (nowWallClockNs() - startedNs) / 1000000000 : qint64(0);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column >= BytesInColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::DecorationRole)
        return column == NameColumn ? QVariant(sessionIcon(session)) : QVariant();
    if (role == Qt::ToolTipRole) {
        QString text = session->name() + QLatin1Char('\n') + tr("State: %1").arg(sessionStateText(session));
        if (const QString meaning = statusStyle(session->status()).meaning; !meaning.isEmpty())
            text += QLatin1String(" (") + meaning + QLatin1Char(')');
        if (const QString detail = session->detail(); !detail.isEmpty())
            text += QLatin1Char('\n') + detail;
        if (!local.isEmpty())
            text += QLatin1Char('\n') + tr("Local: %1").arg(local);
        if (!peer.isEmpty())
            text += QLatin1Char('\n') + tr("Peer: %1").arg(peer);
        text += QLatin1Char('\n')
            + tr("Connections: %1 open, %2 listed")
                  .arg(session->openConnectionCount())
                  .arg(node.connections.size());
        if (!session->errorString().isEmpty())
            text += QLatin1Char('\n') + tr("Error: %1").arg(session->errorString());
        return text;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return session->name();
    case StateColumn:
        return sessionStateWord(session);
    case LocalColumn:
        return local;
    case PeerColumn:
        return peer;
    case BytesInColumn:
        return cellSizeText(in);
    case BytesOutColumn:
        return cellSizeText(out);
    case RateColumn:
        return tr("%1/s").arg(cellSizeText(qint64(rate)));
    case AgeColumn:
        return startedNs > 0 ? ageText(startedNs) : QString();
    default:
        return {};
    }
}

QVariant SessionTreeModel::connectionData(
    const SessionNode &node, const ConnectionNode &entry, int column, int role) const
{
    const Connection *connection = entry.connection.data();
    if (!connection)
        return {};
    switch (role) {
    case SessionIdRole:
        return node.id;
    case ConnectionIdRole:
        return entry.id;
    case IsOpenRole:
        return connection->isOpen();
    default:
        break;
    }
    if (role == Qt::UserRole) {
        switch (column) {
        case BytesInColumn:
            return connection->bytesReceived();
        case BytesOutColumn:
            return connection->bytesSent();
        case RateColumn:
            return entry.rate;
        case AgeColumn:
            return (nowWallClockNs() - connection->openedWallClockNs()) / 1000000000;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column >= BytesInColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::DecorationRole)
        return column == NameColumn ? QVariant(connectionIcon(connection)) : QVariant();
    const QString local = endpointText(connection->localEndpoint());
    const QString peer = endpointText(connection->peerEndpoint());
    if (role == Qt::ToolTipRole) {
        QString text = tr("Connection #%1").arg(entry.id) + QLatin1Char('\n')
            + tr("State: %1").arg(connectionStateText(connection)) + QLatin1Char('\n')
            + tr("Local: %1").arg(local) + QLatin1Char('\n') + tr("Peer: %1").arg(peer) + QLatin1Char('\n')
            + tr("Received %1, sent %2")
                  .arg(sizeText(connection->bytesReceived()), sizeText(connection->bytesSent()));
        if (const TlsSessionInfo *tls = connection->tlsInfo()) {
            text += QLatin1Char('\n')
                + (tls->encrypted ? tr("TLS: %1, %2").arg(tls->protocol, tls->cipher)
                                  : tr("TLS: handshake not finished"));
            if (tls->unverified)
                text += QLatin1Char('\n') + tr("The peer's certificate is NOT VERIFIED");
        }
        if (connection->keepsBoundaries()) // a UDP peer: its datagrams, counted
            text += QLatin1Char('\n')
                + tr("UDP: %1 datagrams received, %2 sent")
                      .arg(connection->chunksReceived())
                      .arg(connection->chunksSent());
        if (!connection->errorString().isEmpty())
            text += QLatin1Char('\n') + tr("Error: %1").arg(connection->errorString());
        return text;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return tr("#%1 %2").arg(entry.id).arg(peer);
    case StateColumn:
        return connectionStateWord(connection);
    case LocalColumn:
        return local;
    case PeerColumn:
        return peer;
    case BytesInColumn:
        return cellSizeText(connection->bytesReceived());
    case BytesOutColumn:
        return cellSizeText(connection->bytesSent());
    case RateColumn:
        return tr("%1/s").arg(cellSizeText(qint64(entry.rate)));
    case AgeColumn:
        return ageText(connection->openedWallClockNs());
    default:
        return {};
    }
}

SessionTreeModel::StatusStyle SessionTreeModel::statusStyle(SessionStatus status)
{
    // The one table from a session's status to what people see; no view asks which kind of session it shows.
    switch (status) {
    case SessionStatus::Idle:
        return { tr("idle"), IdleColor, tr("not started") };
    case SessionStatus::Resolving:
        return { tr("resolving…"), BusyColor, tr("looking the host name up") };
    case SessionStatus::Connecting:
        return { tr("connecting…"), BusyColor, tr("waiting for the peer to accept") };
    case SessionStatus::Connected:
        return { tr("connected"), OpenColor, {} };
    case SessionStatus::Listening:
        return { tr("listening"), ListeningColor, tr("accepting new connections") };
    case SessionStatus::Stopped:
        return { tr("not listening"), IdleColor, tr("accepts no new connections; open ones stay") };
    case SessionStatus::Closed:
        return { tr("closed"), IdleColor, {} };
    case SessionStatus::Failed:
        return { tr("failed"), FailedColor, {} };
    }
    return { {}, IdleColor, {} };
}

QString SessionTreeModel::sessionStateText(const Session *session) const
{
    const SessionStatus status = session->status();
    if (status == SessionStatus::Failed)
        return tr("failed: %1").arg(StreamErrorText::describe(session->error()));
    // A connected session of one connection says how that connection is (half-closed, and which side).
    if (const Connection *current = session->currentConnection();
        current && status == SessionStatus::Connected)
        return connectionStateText(current);
    return statusStyle(status).word;
}

QString SessionTreeModel::connectionStateText(const Connection *connection) const
{
    switch (connection->state()) {
    case Connection::State::Open:
        return tr("connected");
    case Connection::State::PeerHalfClosed:
        return tr("peer closed its side");
    case Connection::State::LocalHalfClosed:
        return tr("we closed our side");
    case Connection::State::Closed:
        return connection->errorString().isEmpty() ? tr("closed")
                                                   : tr("closed: %1").arg(connection->errorString());
    }
    return {};
}

QString SessionTreeModel::sessionStateWord(const Session *session) const
{
    // The reason ("address already in use") would push In/Out/Rate out of a narrow tree; the tooltip has it.
    if (const Connection *current = session->currentConnection();
        current && session->status() == SessionStatus::Connected)
        return connectionStateWord(current);
    return statusStyle(session->status()).word;
}

QString SessionTreeModel::connectionStateWord(const Connection *connection) const
{
    switch (connection->state()) {
    case Connection::State::PeerHalfClosed:
    case Connection::State::LocalHalfClosed:
        return tr("half-closed"); // which side: the tooltip says
    case Connection::State::Closed:
        return tr("closed");
    case Connection::State::Open:
        break;
    }
    return connectionStateText(connection);
}

QIcon SessionTreeModel::sessionIcon(const Session *session) const
{
    if (const Connection *current = session->currentConnection();
        current && session->status() == SessionStatus::Connected)
        return connectionIcon(current);
    return lockedDot(statusStyle(session->status()).color, lockOf(session));
}

SessionTreeModel::Lock SessionTreeModel::lockOf(const Session *session)
{
    if (!session->isTls())
        return Lock::None;
    return session->isUnverified() ? Lock::Unverified : Lock::Verified;
}

QIcon SessionTreeModel::connectionIcon(const Connection *connection) const
{
    const TlsSessionInfo *tls = connection->tlsInfo();
    const Lock lock = !tls ? Lock::None : tls->unverified ? Lock::Unverified : Lock::Verified;
    switch (connection->state()) {
    case Connection::State::Open:
        return lockedDot(OpenColor, lock);
    case Connection::State::PeerHalfClosed:
    case Connection::State::LocalHalfClosed:
        return lockedDot(BusyColor, lock);
    case Connection::State::Closed:
        return lockedDot(connection->errorString().isEmpty() ? IdleColor : FailedColor, lock);
    }
    return {};
}

QIcon SessionTreeModel::lockedDot(const QColor &color, Lock lock) const
{
    if (lock == Lock::None)
        return dot(color);
    const quint64 key = (quint64(lock) << 32) | color.rgb();
    auto it = m_lockIcons.constFind(key);
    if (it != m_lockIcons.cend())
        return *it;
    const QIcon plain = dot(color);
    QIcon icon;
    for (int size : { 16, 32 }) {
        QPixmap pixmap = plain.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        // A padlock in the lower right corner: the body, and its shackle, open when not verified.
        const QColor body = lock == Lock::Verified ? QColor(0x30, 0x30, 0x30) : QColor(0xc0, 0x10, 0x20);
        const QRectF bodyRect(8.5 * unit, 9 * unit, 7 * unit, 6 * unit);
        painter.setPen(QPen(body, 1.6 * unit));
        painter.setBrush(Qt::NoBrush);
        const QRectF shackle(9.8 * unit, 4.8 * unit, 4.4 * unit, 8 * unit);
        if (lock == Lock::Verified)
            painter.drawArc(shackle, 0, 180 * 16);
        else
            painter.drawArc(shackle.translated(2.5 * unit, -1.2 * unit), 0, 180 * 16);
        painter.setPen(QPen(Qt::white, 0.8 * unit));
        painter.setBrush(body);
        painter.drawRoundedRect(bodyRect, unit, unit);
        painter.end();
        icon.addPixmap(pixmap);
    }
    m_lockIcons.insert(key, icon);
    return icon;
}

QIcon SessionTreeModel::dot(const QColor &color) const
{
    auto it = m_icons.constFind(color.rgb());
    if (it != m_icons.cend())
        return *it;
    QIcon icon;
    for (int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal rim = size / 16.0;
        painter.setPen(QPen(color.darker(150), rim));
        painter.setBrush(color);
        const qreal margin = size * 0.22;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    m_icons.insert(color.rgb(), icon);
    return icon;
}

QString SessionTreeModel::ageText(qint64 sinceWallClockNs) const
{
    const qint64 seconds = std::max<qint64>(0, (nowWallClockNs() - sinceWallClockNs) / 1000000000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

int SessionTreeModel::sessionRow(quint32 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == sessionId)
            return row;
    }
    return -1;
}

int SessionTreeModel::connectionRow(const SessionNode &node, quint32 connectionId) const
{
    // A session's connections are kept in id order: with 10,000 of them, a linear search for each new,
    // changed or closed one was quadratic over a burst.
    const auto at = std::lower_bound(node.connections.cbegin(), node.connections.cend(), connectionId,
        [](const ConnectionNode &entry, quint32 id) { return entry.id < id; });
    return at != node.connections.cend() && at->id == connectionId ? int(at - node.connections.cbegin()) : -1;
}

void SessionTreeModel::addSession(Session *session)
{
    if (!session || sessionRow(session->id()) >= 0)
        return;
    const quint32 id = session->id();
    SessionNode node;
    node.id = id;
    node.session = session;
    for (Connection *connection : session->connections())
        node.connections.append(ConnectionNode {
            connection->id(), connection, connection->bytesReceived() + connection->bytesSent(), 0 });
    std::sort(node.connections.begin(), node.connections.end(),
        [](const ConnectionNode &a, const ConnectionNode &b) { return a.id < b.id; });
    const int row = int(m_sessions.size());
    beginInsertRows({}, row, row);
    m_sessions.append(node);
    endInsertRows();

    for (Connection *connection : session->connections()) {
        const quint32 connectionId = connection->id();
        connect(connection, &Connection::stateChanged, this,
            [this, id, connectionId] { connectionChanged(id, connectionId); });
        connect(connection, &QObject::destroyed, this,
            [this, id, connectionId] { removeConnection(id, connectionId); });
    }
    connect(session, &Session::connectionAdded, this,
        [this, id](Connection *connection) { addConnection(id, connection); });
    connect(session, &Session::connectionRemoved, this,
        [this, id](Connection *connection) { removeConnection(id, connection->id()); });
    connect(session, &Session::changed, this, [this, id] { sessionChanged(id); });
    connect(session, &Session::nameChanged, this, [this, id] { sessionChanged(id); });
    // Sessions deleted without sessionRemoved (the workbench's destructor) leave too.
    connect(session, &QObject::destroyed, this, [this, id] { removeSession(id); });
}

void SessionTreeModel::removeSession(quint32 sessionId)
{
    const int row = sessionRow(sessionId);
    if (row < 0)
        return;
    if (Session *session = m_sessions.at(row).session) {
        disconnect(session, nullptr, this, nullptr);
        for (const ConnectionNode &connection : std::as_const(m_sessions.at(row).connections)) {
            if (connection.connection)
                disconnect(connection.connection, nullptr, this, nullptr);
        }
    }
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

void SessionTreeModel::addConnection(quint32 sessionId, Connection *connection)
{
    const int row = sessionRow(sessionId);
    if (row < 0 || !connection || connectionRow(m_sessions.at(row), connection->id()) >= 0)
        return;
    SessionNode &node = m_sessions[row];
    const quint32 connectionId = connection->id();
    // Ids grow, so a new connection goes last; the search keeps the order should one ever come late.
    const int child = int(std::lower_bound(node.connections.cbegin(), node.connections.cend(), connectionId,
                              [](const ConnectionNode &entry, quint32 id) { return entry.id < id; })
        - node.connections.cbegin());
    beginInsertRows(createIndex(row, 0, quintptr(0)), child, child);
    node.connections.insert(child,
        ConnectionNode {
            connectionId, connection, connection->bytesReceived() + connection->bytesSent(), 0 });
    endInsertRows();
    connect(connection, &Connection::stateChanged, this,
        [this, sessionId, connectionId] { connectionChanged(sessionId, connectionId); });
    connect(connection, &QObject::destroyed, this,
        [this, sessionId, connectionId] { removeConnection(sessionId, connectionId); });
}

void SessionTreeModel::removeConnection(quint32 sessionId, quint32 connectionId)
{
    const int row = sessionRow(sessionId);
    if (row < 0)
        return;
    SessionNode &node = m_sessions[row];
    const int child = connectionRow(node, connectionId);
    if (child < 0)
        return;
    if (Connection *connection = node.connections.at(child).connection) {
        node.removedIn += connection->bytesReceived();
        node.removedOut += connection->bytesSent();
        disconnect(connection, nullptr, this, nullptr);
    }
    beginRemoveRows(createIndex(row, 0, quintptr(0)), child, child);
    node.connections.removeAt(child);
    endRemoveRows();
}

void SessionTreeModel::sessionChanged(quint32 sessionId)
{
    const int row = sessionRow(sessionId);
    if (row < 0)
        return;
    m_sessions[row].changed = true;
    if (!m_announcer->isActive())
        m_announcer->start();
}

void SessionTreeModel::connectionChanged(quint32 sessionId, quint32 connectionId)
{
    const int row = sessionRow(sessionId);
    if (row < 0)
        return;
    SessionNode &node = m_sessions[row];
    const int child = connectionRow(node, connectionId);
    if (child < 0 || node.connections.at(child).changed)
        return;
    node.connections[child].changed = true;
    node.changedConnections.append(connectionId);
    if (!m_announcer->isActive())
        m_announcer->start();
}

void SessionTreeModel::announceChanges()
{
    QList<int> rows;
    for (int row = 0; row < m_sessions.size(); ++row) {
        SessionNode &node = m_sessions[row];
        if (node.changed) {
            node.changed = false;
            Q_EMIT dataChanged(
                createIndex(row, 0, quintptr(0)), createIndex(row, ColumnCount - 1, quintptr(0)));
        }
        if (node.changedConnections.isEmpty())
            continue;
        // Found again by id: rows may have come and gone since the change.
        rows.clear();
        for (quint32 connectionId : std::as_const(node.changedConnections)) {
            const int child = connectionRow(node, connectionId);
            if (child >= 0) {
                node.connections[child].changed = false;
                rows.append(child);
            }
        }
        node.changedConnections.clear();
        std::sort(rows.begin(), rows.end());
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
                ++j;
            Q_EMIT dataChanged(createIndex(rows.at(i), 0, quintptr(node.id)),
                createIndex(rows.at(j), ColumnCount - 1, quintptr(node.id)));
            i = j + 1;
        }
    }
}

void SessionTreeModel::sample()
{
    const double seconds = std::max<qint64>(m_sinceSample.restart(), 1) / 1000.0;
    const QList<int> numeric { Qt::DisplayRole, Qt::UserRole, Qt::ToolTipRole };
    // Only rows whose counters or rate moved are announced, as contiguous runs (a flood over every
    // connection is still one range): idle with 5,000 connections, one dataChanged over every row each
    // second had the tree compute a rectangle per row and repaint. Ages are not announced at all (see the
    // class comment).
    const auto emitRuns = [this, &numeric](const QList<int> &rows, quintptr parentId) {
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
                ++j;
            Q_EMIT dataChanged(createIndex(rows.at(i), BytesInColumn, parentId),
                createIndex(rows.at(j), AgeColumn, parentId), numeric);
            i = j + 1;
        }
    };
    bool anyMoved = false;
    QList<int> moved;
    for (int row = 0; row < m_sessions.size(); ++row) {
        SessionNode &node = m_sessions[row];
        moved.clear();
        for (int child = 0; child < node.connections.size(); ++child) {
            ConnectionNode &entry = node.connections[child];
            if (!entry.connection)
                continue;
            const qint64 total = entry.connection->bytesReceived() + entry.connection->bytesSent();
            const double rate = (total - entry.lastTotal) / seconds;
            // A rate that was shown must be shown falling to 0 once, so the decay tick still counts as moved.
            if (total != entry.lastTotal || rate != entry.rate)
                moved.append(child);
            entry.rate = rate;
            entry.lastTotal = total;
        }
        if (!moved.isEmpty() || (node.removedIn + node.removedOut) != node.lastRemoved) {
            node.lastRemoved = node.removedIn + node.removedOut;
            anyMoved = true;
            Q_EMIT dataChanged(createIndex(row, BytesInColumn, quintptr(0)),
                createIndex(row, AgeColumn, quintptr(0)), numeric);
        }
        emitRuns(moved, quintptr(node.id));
    }
    // Every rate is 0 and shown so: nothing to sample until the capture grows again (wakeSampler).
    if (!anyMoved)
        m_sampler->stop();
}

} // namespace Sockbench
