#pragma once

#include "serversession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sockbench {

/// A server one click away: the behaviours (manual, echo, discard) and the servers of the "Sockets" chapter
/// of Deep into Pharo, as the options a ServerSession listens with (all but the address and port, which
/// stay the user's; port says the one the chapter uses).
struct ServerPreset
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::ServerPreset)
public:
    QString key; ///< Stable, for settings and tests: "manual", "echo", "discard", "chapter-basic-echo", ...
    QString name; ///< Translated, for the New Server dialog.
    QString description; ///< Translated, one or two sentences.
    quint16 port = 0; ///< The port the chapter listens on (0: none in particular).
    ServerOptions options;

    /// What the preset does on a UDP socket (UdpOptions::responses), where a peer's first datagram is its
    /// accept and a close forgets the peer: no backlog, no client to wait for. Translated, like description.
    QString descriptionOverUdp() const;

    /// Every preset, in the order the dialog lists them.
    static QList<ServerPreset> all();
    /// The preset of that key; an empty key when there is none.
    static ServerPreset find(const QString &key);
};

} // namespace Sockbench
