#pragma once

#include "capture/captureevent.h"

#include <QAbstractListModel>
#include <QCache>
#include <QPointer>

#include <vector>

namespace Sockbench {

class CaptureStore;

/// One connection's data events, both directions, for the conversation (Follow TCP Stream) view.
///
/// Consecutive chunks in the same direction merge into one row (like Wireshark) until the row holds
/// MergeLimit bytes; a bigger single chunk stays one row. A UDP connection's datagrams never merge: one row
/// each, an empty one included. DisplayRole shows at most DisplayLimit bytes of a
/// row, then a note says how many more there are.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)
public:
    enum Role { DirectionRole = Qt::UserRole + 1, CaptureRowRole, PayloadRole /* QByteArray */ };
    enum class Rendering { Text, Hexdump };

    static constexpr qint64 MergeLimit = 64 * 1024;
    static constexpr qint64 DisplayLimit = 64 * 1024;

    explicit ConversationModel(CaptureStore *capture, QObject *parent = nullptr);
    ~ConversationModel() override;

    /// 0: none.
    void setConnection(quint32 connectionId);
    quint32 connectionId() const { return m_connectionId; }
    void setRendering(Rendering rendering);
    Rendering rendering() const { return m_rendering; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        Direction direction = Direction::None;
        std::vector<qint64> captureRows;
        qint64 size = 0;
        qint64 streamOffset = 0; ///< bytes in this direction before this item (hexdump offsets)
    };

    void onRowsAppended(qint64 first, qint64 last);
    /// Takes capture rows [from, to) in; with notify, tells views of the merged and inserted rows.
    void scan(qint64 from, qint64 to, bool notify);
    QByteArray bytes(const Item &item, qint64 maxBytes) const;
    QString render(int row) const;

    QPointer<CaptureStore> m_capture;
    quint32 m_connectionId = 0;
    bool m_datagrams = false; ///< The connection is UDP: one item per datagram, never merged.
    Rendering m_rendering = Rendering::Text;
    std::vector<Item> m_items;
    qint64 m_seen = 0;
    qint64 m_inboundBytes = 0;
    qint64 m_outboundBytes = 0;
    mutable QCache<int, QString> m_rendered { 256 };
};

} // namespace Sockbench
