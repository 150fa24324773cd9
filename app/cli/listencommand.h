#pragma once

#include "options.h"

#include <QObject>

namespace Sockbench {
class ServerSession;
class Workbench;
}

namespace Sockbench::Cli {

class ConsoleBridge;
class EventPrinter;

/// `sockbench listen [--bind ADDR] PORT`: a server session joined to standard input and output, like `nc -l`.
///
/// One client by default (listening stops once it is accepted; the command ends when it closes); with
/// --keep-open, any number at once, until interrupted.
class ListenCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenCommand)
public:
    ListenCommand(const ListenOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ListenCommand() override;

    /// Returns false, having emitted finished(), when listening failed.
    bool start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(int exitCode, const QString &message = {});

    ListenOptions m_options;
    ServerSession *m_server = nullptr;
    ConsoleBridge *m_bridge = nullptr;
    EventPrinter *m_printer = nullptr;
    bool m_finished = false;
};

} // namespace Sockbench::Cli
