#pragma once

#include "command.h"
#include "options.h"
#include "respond/responsesettings.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <optional>

class QCommandLineParser;

namespace Sockbench {
class UdpSession;
class Workbench;
} // namespace Sockbench

namespace Sockbench::Cli {

class StandardInput;

/// What `connect -u` and `listen -u` were asked.
struct UdpCommandOptions
{
    CommonOptions common;
    bool listen = false;
    QString host; ///< connect: the destination.
    quint16 port = 0; ///< connect: the destination's port; listen: the port to bind (0: a free one).
    std::optional<QHostAddress> bindAddress; ///< listen: 127.0.0.1 unless --bind.
    bool keepOpen = false;
    bool echo = false;
    bool discard = false;
    bool raw = false; ///< Each chunk read from standard input is a datagram, not each line.
    bool broadcast = false;
    QHostAddress multicastGroup;
    QString multicastInterface;
    /// Quit this long after the end of standard input (nc's -q); negative: never, as UDP has no end.
    int quitAfterEofMs = -1;
    /// listen: the automatic responses of listen's flags (--echo-prefix, --answer, --on, --once, --greet,
    /// --receive-timeout), given to each peer as it is first heard; manual: none beyond --echo/--discard.
    ResponseSettings responses {};
    /// listen: what peers send is printed even though standard input is not read (--echo-prefix, --answer).
    bool printReceived = false;
};

/// The flags only UDP has, as connect and listen read them from their command line (readUdpFlags()) and
/// nc sets them from its own (-u).
struct UdpFlags
{
    bool udp = false; ///< -u, --udp.
    bool raw = false; ///< --raw.
    bool broadcast = false; ///< connect: --broadcast.
    QString join; ///< listen: --join's group as typed; empty: none.
    QString interfaceName; ///< listen: --interface, with --join.
    bool bindGiven = false; ///< listen: --bind was given (--join binds every address otherwise).
};

/// `sockbench connect -u HOST PORT` and `sockbench listen -u PORT`: a UDP socket joined to standard input and
/// output, as `nc -u` and `nc -u -l` are.
///
/// Each line of standard input (with --raw, each chunk read) is one datagram; each datagram received is
/// written to standard output as it came. connect connects the socket, so a port-unreachable ends it with
/// "connection refused". listen answers the last peer heard: without --keep-open the first peer is the only
/// one (the socket connects to it); with it, every peer is heard and standard input goes to the latest.
/// UDP has no end: the command ends on a signal, on --idle-timeout (a success), or on an error.
class UdpCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpCommand)
public:
    UdpCommand(const UdpCommandOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~UdpCommand() override;

    void start();

private:
    void onReady();
    void onPeer(Connection *connection);
    void onInput(const QByteArray &bytes);
    void onInputFinished();
    void sendDatagram(const QByteArray &datagram);
    Connection *target() const;
    void updateInputPause();
    /// -q: ends the command once what standard input gave has left.
    void quitWhenSent();
    /// A datagram from a peer, to standard output.
    void print(const QByteArray &datagram);

    UdpCommandOptions m_options;
    UdpSession *m_session = nullptr;
    StandardInput *m_input = nullptr;
    QByteArray m_partialLine;
    QPointer<Connection> m_peer; ///< listen without --keep-open: the one peer.
    bool m_inputStarted = false;
    bool m_saidSplit = false;
};

/// Adds -u/--udp and the flags only UDP has (--raw; --broadcast for connect; --join and --interface for
/// listen) to a command's parser.
void addUdpOptions(QCommandLineParser &parser, bool listen);
/// Whether -u was given.
bool wantsUdp(const QCommandLineParser &parser);
/// A usage error's code when a UDP-only flag came without -u; nullopt otherwise.
std::optional<int> refuseUdpFlagsWithoutUdp(const QCommandLineParser &parser);
/// The UDP flags a parser that addUdpOptions() prepared was given.
UdpFlags readUdpFlags(const QCommandLineParser &parser);
/// connect -u's and listen -u's options from what the command parsed and the UDP flags; nullopt with error
/// set (a sentence naming the flag) when they do not go together.
std::optional<UdpCommandOptions> udpConnectOptions(
    const ConnectOptions &connect, const UdpFlags &flags, QString *error);
std::optional<UdpCommandOptions> udpListenOptions(
    const ListenOptions &listen, const UdpFlags &flags, QString *error);
/// Runs connect -u or listen -u with what the command already parsed; returns the exit code (2 with one
/// line on standard error for flags that do not go together).
int runUdpConnect(const ConnectOptions &connect, const UdpFlags &flags);
int runUdpListen(const ListenOptions &listen, const UdpFlags &flags);

} // namespace Sockbench::Cli
