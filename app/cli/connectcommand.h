#pragma once

#include "command.h"
#include "options.h"

#include <QObject>
#include <QStringList>

namespace Sockbench {
class ClientSession;
class Workbench;
} // namespace Sockbench

namespace Sockbench::Cli {

class ConsoleBridge;

/// `sockbench connect HOST PORT`: a client session joined to standard input and output, like `nc HOST PORT`.
class ConnectCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectCommand)
public:
    ConnectCommand(const ConnectOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ConnectCommand() override;

    void start();

private:
    ConnectOptions m_options;
    Workbench *m_workbench = nullptr;
    ClientSession *m_client = nullptr;
    ConsoleBridge *m_bridge = nullptr;
};

/// `sockbench connect ...`: parses arguments (the program name, then what follows the command word), runs
/// the command to its end and returns the exit code.
int runConnect(const QStringList &arguments);

} // namespace Sockbench::Cli
