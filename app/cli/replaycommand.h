#pragma once

#include "command.h"
#include "options.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Sockbench {
class CaptureStore;
class ClientSession;
class Connection;
class ServerSession;
class Replayer;
class Workbench;
} // namespace Sockbench

namespace Sockbench::Cli {

/// `sockbench replay FILE HOST PORT`: connects to HOST PORT as a client and resends the outgoing side of the
/// transcript's first connection, at its original pace (the gaps between events kept) or as fast as the peer
/// takes it; then half-closes and prints what the peer sends until it closes. With --listen (FILE PORT), it
/// plays the server instead: waits for one client and replays to it. The replay is captured like any session
/// (so --transcript records it). A recorded UDP connection is replayed over UDP, datagram by datagram.
class ReplayCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayCommand)
public:
    ReplayCommand(const ReplayOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ReplayCommand() override;

    /// Opens the transcript and connects. Returns false, having emitted finished(), when the file is
    /// unusable.
    bool start();

private:
    bool listen();
    /// The recorded connection was UDP: a UDP socket sends to HOST PORT (with --listen: to the first peer
    /// heard on PORT), datagram by datagram; the command ends a quiet second (or --idle-timeout) after the
    /// last one, as UDP has no end of its own.
    bool replayUdp();
    /// The live connection is there: replay over it, print what the peer sends, end when it closes.
    void replayOver(Connection *connection, const QString &how);

    ReplayOptions m_options;
    Workbench *m_workbench = nullptr;
    std::unique_ptr<CaptureStore> m_source;
    Replayer *m_replayer = nullptr;
    ClientSession *m_client = nullptr;
    ServerSession *m_server = nullptr;
    QPointer<Connection> m_udpPeer; ///< replay --listen over UDP: the first peer heard, the one replayed to.
};

/// `sockbench replay ...`: parses arguments (the program name, then what follows the command word), runs
/// the command to its end and returns the exit code.
int runReplay(const QStringList &arguments);

} // namespace Sockbench::Cli
