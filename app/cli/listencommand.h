#pragma once

#include "command.h"
#include "options.h"
#include "respond/responsesettings.h"

#include <QObject>
#include <QStringList>

namespace Sockbench {
class ServerSession;
class Workbench;
} // namespace Sockbench

namespace Sockbench::Cli {

class ConsoleBridge;

/// `sockbench listen [--bind ADDR] PORT`: a server session joined to standard input and output, like `nc -l`.
///
/// One client by default (listening stops once it is accepted; the command ends when it closes); with
/// --keep-open, any number at once, until interrupted.
class ListenCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenCommand)
public:
    ListenCommand(const ListenOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ListenCommand() override;

    /// Returns false, having emitted finished(), when listening failed.
    bool start();

    /// The automatic responses the flags ask for (--echo, --discard, --echo-prefix, --answer, --on,
    /// --on-regex, --on-hex, --lines, --once, --greet, --receive-timeout).
    static ResponseSettings responses(const ListenOptions &options);
    /// True when the server answers by itself and prints what came (--echo-prefix, --answer): standard
    /// input is not read, and standard output is the log of what clients sent, as the chapter's servers.
    static bool answersAndPrints(const ListenOptions &options);

private:
    ListenOptions m_options;
    ServerSession *m_server = nullptr;
    ConsoleBridge *m_bridge = nullptr;
    bool m_saidStalled = false;
};

/// `sockbench listen ...`: parses arguments (the program name, then what follows the command word), runs
/// the command to its end and returns the exit code.
int runListen(const QStringList &arguments);

} // namespace Sockbench::Cli
