#pragma once

#include "session/sessionstatus.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

class Connection;
class Session;
class Workbench;

/// Sessions and their connections as a tree: top-level rows are sessions, children are connections.
///
/// Mirrors the workbench through its signals and keeps only ids and QPointers, so a session or connection
/// that goes away never leaves a dangling pointer. A 1 s timer samples the byte counters for the rate column
/// while bytes move (the capture's new rows wake it; it stops once every rate is back to 0). Ages are
/// time, not data: data() computes them when asked and no signal announces them, so a view that shows the
/// Age column repaints it itself (the session tree's AgeColumnTicker).
class SessionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTreeModel)
public:
    enum Column {
        NameColumn,
        StateColumn,
        LocalColumn,
        PeerColumn,
        BytesInColumn,
        BytesOutColumn,
        RateColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1, ConnectionIdRole, IsOpenRole };

    explicit SessionTreeModel(Workbench *workbench, QObject *parent = nullptr);
    ~SessionTreeModel() override;

    /// The session of a session row, or of a connection row.
    Session *sessionAt(const QModelIndex &index) const;
    /// The connection of a connection row; null for session rows.
    Connection *connectionAt(const QModelIndex &index) const;
    QModelIndex indexOfSession(const Session *session) const;
    QModelIndex indexOfConnection(const Connection *connection) const;

    /// A byte count in words, for tooltips and the status bar: "1 byte", "512 bytes", then KiB, MiB as
    /// QLocale formats them.
    static QString sizeText(qint64 bytes);
    /// A byte count as the tree's In, Out and Rate columns show it: "512 B" (French "512 o"), then as
    /// sizeText.
    static QString cellSizeText(qint64 bytes);

    /// How a session status looks: the word for the narrow State column, the colour of its dot, and what it
    /// means, for tooltips (empty when the word says it all). Every kind of session shares this one table.
    struct StatusStyle
    {
        QString word;
        QColor color;
        QString meaning;
    };
    static StatusStyle statusStyle(SessionStatus status);

    /// How often rates refresh while bytes move; default 1000 ms (tests make it shorter).
    void setSampleInterval(int milliseconds);
    /// Whether the rate sampler is running: only while bytes moved since its last still tick.
    bool isSampling() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct ConnectionNode
    {
        quint32 id = 0;
        QPointer<Connection> connection;
        qint64 lastTotal = 0; ///< bytes in + out at the last sample
        double rate = 0; ///< bytes per second over the last sample interval
        bool changed = false; ///< its state changed since the last announcement
    };
    struct SessionNode
    {
        quint32 id = 0;
        QPointer<Session> session;
        QList<ConnectionNode> connections;
        qint64 removedIn = 0; ///< counters of connections no longer listed, so session totals stay right
        qint64 removedOut = 0;
        qint64 lastRemoved = 0; ///< removedIn + removedOut at the last sample
        bool changed = false; ///< the session changed since the last announcement
        QList<quint32> changedConnections; ///< ids of connections whose state changed since then
    };

    void addSession(Session *session);
    void removeSession(quint32 sessionId);
    void addConnection(quint32 sessionId, Connection *connection);
    void removeConnection(quint32 sessionId, quint32 connectionId);
    void sessionChanged(quint32 sessionId);
    void connectionChanged(quint32 sessionId, quint32 connectionId);
    void announceChanges();
    void sample();
    /// Starts the sampler when the capture grew while it was still.
    void wakeSampler();

    int sessionRow(quint32 sessionId) const;
    int connectionRow(const SessionNode &node, quint32 connectionId) const;
    QVariant sessionData(const SessionNode &node, int column, int role) const;
    QVariant connectionData(
        const SessionNode &node, const ConnectionNode &connection, int column, int role) const;
    // The full state, with the error, for tooltips; the word alone for the narrow State column.
    QString sessionStateText(const Session *session) const;
    QString connectionStateText(const Connection *connection) const;
    QString sessionStateWord(const Session *session) const;
    QString connectionStateWord(const Connection *connection) const;
    QIcon sessionIcon(const Session *session) const;
    QIcon connectionIcon(const Connection *connection) const;
    QString ageText(qint64 sinceWallClockNs) const;
    QIcon dot(const QColor &color) const;
    /// How a TLS session or connection is marked: a closed lock, or an open red one when it is not verified.
    enum class Lock { None, Verified, Unverified };
    /// The dot with a lock over its corner.
    QIcon lockedDot(const QColor &color, Lock lock) const;
    static Lock lockOf(const Session *session);

    QPointer<Workbench> m_workbench;
    QList<SessionNode> m_sessions;
    QTimer *m_sampler = nullptr;
    QTimer *m_announcer = nullptr; ///< coalesces state changes into one dataChanged per run of rows
    QElapsedTimer m_sinceSample;
    mutable QHash<QRgb, QIcon> m_icons;
    mutable QHash<quint64, QIcon> m_lockIcons; ///< state dots, drawn once
};

} // namespace Sockbench
