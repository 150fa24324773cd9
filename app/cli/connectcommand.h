#pragma once

#include "options.h"

#include <QObject>

namespace Sockbench {
class ClientSession;
class Workbench;
}

namespace Sockbench::Cli {

class ConsoleBridge;
class EventPrinter;

/// `sockbench connect HOST PORT`: a client session joined to standard input and output, like `nc HOST PORT`.
class ConnectCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectCommand)
public:
    ConnectCommand(const ConnectOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ConnectCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(int exitCode, const QString &message = {});

    ConnectOptions m_options;
    Workbench *m_workbench = nullptr;
    ClientSession *m_client = nullptr;
    ConsoleBridge *m_bridge = nullptr;
    EventPrinter *m_printer = nullptr;
    bool m_finished = false;
};

} // namespace Sockbench::Cli
