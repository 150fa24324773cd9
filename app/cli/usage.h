#pragma once

#include <QString>

namespace Sockbench::Cli::Usage {

/// The overview `sockbench --help` prints: the window's arguments and every command, in one page.
QString overview();
/// What `sockbench COMMAND --help` prints: that command's usage, options and exit status, and nothing of the
/// others'. Empty for a word that names no command.
QString forCommand(const QString &command);
/// Prints text on standard output; returns the success exit code, or 1 (said on standard error) when standard
/// output failed (a full disk).
int print(const QString &text);

} // namespace Sockbench::Cli::Usage
