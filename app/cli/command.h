#pragma once

#include "options.h"

#include <QObject>
#include <QString>

namespace Sockbench {
class Connection;
class ServerSession;
class Workbench;
struct ClientOptions;
} // namespace Sockbench

namespace Sockbench::Cli {

class EventPrinter;

/// What every networking subcommand shares: the --verbose/--log printer, one way to end (an exit code and
/// at most one line on standard error), and how a connection's end becomes that exit.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)
public:
    ~Command() override;

Q_SIGNALS:
    /// Emitted once, with the process's exit code.
    void finished(int exitCode);

protected:
    Command(const CommonOptions &options, Workbench *workbench, QObject *parent);

    /// Ends the command: prints what the printer has not yet, then message (if any) as one line.
    void finish(int exitCode, const QString &message = {});
    bool isFinished() const { return m_finished; }
    /// Ends the command because standard output stopped taking bytes: quietly with success when its reader
    /// left (EPIPE), with 1 and "standard output: REASON" when a write failed (no byte is lost silently).
    void finishForOutput();
    EventPrinter *printer() const { return m_printer; }

    /// The session options for connecting to host:port with the shared --connect-timeout.
    ClientOptions clientOptions(const QString &host, quint16 port) const;
    /// Applies --idle-timeout and ends the command when the connection ends: with its error's exit code, or
    /// 1 with a message for an idle timeout. how names it in messages: "connection to %1", "connection from
    /// %1".
    void finishWith(Connection *connection, const QString &how);
    /// After listen() worked: says where on standard error when the port was picked (0) and --verbose does
    /// not say it already, and warns when the address is reachable from the network.
    void announceListening(const ServerSession *server, quint16 requestedPort) const;
    /// For a TLS server: its certificate's fingerprint (and file, when self-signed) on standard error.
    void announceTls(const ServerSession *server) const;

private:
    CommonOptions m_common;
    EventPrinter *m_printer = nullptr;
    bool m_finished = false;
};

} // namespace Sockbench::Cli
