#pragma once

#include "command.h"
#include "options.h"
#include "udpcommand.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>
#include <utility>

namespace Sockbench {
class ClientSession;
class Connection;
class ServerSession;
class Workbench;
} // namespace Sockbench

namespace Sockbench::Cli {

class ConsoleBridge;

/// What `sockbench nc` was asked, in netcat-openbsd's terms.
struct NcOptions
{
    enum class Mode : quint8 { Connect, Listen, Scan };

    CommonOptions common; ///< -4, -6, -C, -v, -w and the long options (--transcript, --log, --capture-limit).
    Mode mode = Mode::Connect;
    QString host; ///< Connect and Scan: where to.
    quint16 port = 0; ///< Connect and Listen.
    QList<std::pair<quint16, quint16>> portRanges; ///< Scan: the ports, in the order given.
    QHostAddress bindAddress; ///< Listen: -s ADDR, a HOST argument, or loopback of the family (-4, -6).
    bool keepOpen = false; ///< -k: keep listening after the first client.
    bool numeric = false; ///< -n: no name lookups (a host must be an address; -z -v names no service).
    bool shutdownAtEof = false; ///< -N: half-close at end of standard input.
    int quitAfterEofMs = -1; ///< -q: quit this long after end of standard input; negative: never.
    bool udp = false; ///< -u: connect or listen over UDP (the UDP sessions of connect -u and listen -u).
};

/// `sockbench nc ...`: netcat-openbsd's command line (its common flags) over Sockbench's client and server
/// sessions and capture, with netcat's exit statuses (0 success, 1 any failure).
///
/// Connect (nc HOST PORT), listen (nc -l [-p] PORT) and scan (nc -z HOST PORT-RANGE...) are what netcat does
/// with them, with two differences said in its --help: -l listens on loopback unless -s or a HOST names an
/// address (netcat takes every interface), and -k serves clients at once rather than one after another.
class NcCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NcCommand)
public:
    NcCommand(const NcOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~NcCommand() override;

    void start();

private:
    void startConnect();
    void startListen();
    void scanNext();
    /// A connection of ours until it closes: its end ends the command (an idle -w timeout is a success).
    void follow(Connection *connection, const QString &how);
    void onInputFinished();
    /// netcat ends once both inputs are done: standard input at its end and the peer's side closed.
    void endWhenBothDone();

    NcOptions m_options;
    Workbench *m_workbench = nullptr;
    ConsoleBridge *m_bridge = nullptr;
    ServerSession *m_server = nullptr;
    QPointer<Connection> m_followed; ///< The one connection whose end is the command's (not with -k).
    bool m_inputDone = false;
    bool m_peerDone = false;
    // Scan: the ports still to try, and whether any answered.
    QList<quint16> m_scanPorts;
    qsizetype m_scanNext = 0;
    bool m_anyOpen = false;
};

/// Reads netcat's arguments (the program name, then what follows `nc`) into options; an exit code when the
/// command stops there: --help (0) or a bad argument (1, netcat's, with one line on standard error).
std::optional<int> parseNcArguments(const QStringList &arguments, NcOptions *options);

/// What `nc -u ...` runs: connect -u's or listen -u's options, with nc's -q; nullopt (error set) when the
/// flags do not go together.
std::optional<UdpCommandOptions> ncUdpOptions(const NcOptions &options, QString *error);

/// `sockbench nc ...`: parses, runs to the end, and returns netcat's exit status for it.
int runNc(const QStringList &arguments);

} // namespace Sockbench::Cli
