#pragma once

#include <QStringList>

namespace Sockbench::Cli {

/// The words that name a command: connect, listen, read, transcript, replay.
bool isSubcommand(const QString &word);

/// A command, or a word the command line answers without a window: help, --help, -h, --version.
bool isCommandWord(const QString &word);

/// Prints "sockbench VERSION" on standard output; returns the exit code, as Usage::print() does.
int printVersion();

/// Runs what a command word asks for to completion (needs a QCoreApplication): a command with its arguments,
/// `help [COMMAND]`, or --help, -h or --version alone. Returns the process exit code. The window's arguments
/// are read in app/windowarguments.cpp, which calls this for the command words.
int runCommandLine(const QStringList &arguments);

} // namespace Sockbench::Cli
