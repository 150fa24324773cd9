#pragma once

#include <QStringList>

namespace Sockbench::Cli {

/// `sockbench transcript show FILE [--format text|hex|jsonl|pcapng]` and `sockbench transcript convert IN
/// OUT`. arguments: the program name, then what follows `transcript`. Returns the exit code (--help prints
/// the transcript command's usage).
int runTranscript(const QStringList &arguments);

} // namespace Sockbench::Cli
