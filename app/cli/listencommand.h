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

    /// The automatic responses the flags ask for (--echo, --discard, --echo-prefix, --lines, --once,
    /// --greet).
    static ResponseSettings responses(const ListenOptions &options);

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
