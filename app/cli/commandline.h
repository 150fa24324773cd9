#pragma once

#include <QStringList>

namespace Sockbench::Cli {

/// Whether these arguments ask for the command line (a subcommand, --help, --version) rather than the window.
bool wantsCommandLine(int argc, char *argv[]);

/// Runs a subcommand to completion (needs a QCoreApplication) and returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace Sockbench::Cli
