#pragma once

#include "session/clientsession.h"
#include "session/serversession.h"

#include <QStringList>

#include <optional>

namespace Sockbench {

/// What the window was asked to open on the command line.
struct WindowOptions
{
    QString language; ///< --lang, one we ship; empty: the system's.
    bool demo = false;
    std::optional<ServerOptions> server;
    std::optional<ClientOptions> client;
    QStringList transcripts;
};

/// The window's own arguments (`sockbench [--server PORT] [--client HOST:PORT] [--demo] [--lang L]
/// [FILE...]`) and the choice between the window and the command line, made before there is a QApplication
/// (which needs a display).
namespace WindowArguments {

/// Whether these arguments ask for the command line rather than the window: a command, --help, --version,
/// or arguments the window would refuse (those are reported by runWithoutWindow(), without a display).
bool wantsCommandLine(int argc, char *argv[]);

/// The language the command line should speak: the one --lang names among the window's options, if we ship
/// it; empty for the system's.
QString commandLineLanguage(const QStringList &arguments);

/// Runs a command to completion, or answers the window's --help, --version or bad arguments (needs a
/// QCoreApplication), and returns the process exit code.
int runWithoutWindow(const QStringList &arguments);

/// The window's options from arguments that wantsCommandLine() left to the window. nullopt: they were refused
/// after all, the message is printed and *exitCode says how to exit.
std::optional<WindowOptions> windowOptions(const QStringList &arguments, int *exitCode);

} // namespace WindowArguments
} // namespace Sockbench
