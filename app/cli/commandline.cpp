#include "commandline.h"

#include "arguments.h"
#include "connectcommand.h"
#include "exitcode.h"
#include "listencommand.h"
#include "nccommand.h"
#include "readcommand.h"
#include "replaycommand.h"
#include "transcriptcommand.h"
#include "usage.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockbench::Cli {

namespace {

using CommandRunner = int (*)(const QStringList &arguments);

/// Each command's word and the function beside its class that parses its arguments and runs it.
struct CommandEntry
{
    const char *word;
    CommandRunner run;
};

constexpr CommandEntry Commands[] = {
    { "connect", &runConnect },
    { "listen", &runListen },
    { "nc", &runNc },
    { "read", &runRead },
    { "replay", &runReplay },
    { "transcript", &runTranscript },
};

} // namespace

bool isSubcommand(const QString &word)
{
    for (const CommandEntry &command : Commands) {
        if (word == QLatin1String(command.word))
            return true;
    }
    return false;
}

bool isCommandWord(const QString &word)
{
    for (const char *help : { "help", "--help", "-h", "--version" }) {
        if (word == QLatin1String(help))
            return true;
    }
    return isSubcommand(word);
}

int printVersion()
{
    return Usage::print(QStringLiteral("sockbench %1\n").arg(QCoreApplication::applicationVersion()));
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // `help connect` is `connect --help`; help alone the overview. A word that names no command is refused
    // as `sockbench bogus` is: printing the overview for it (status 0) hid the typo.
    if (command == QLatin1String("help")) {
        const QString topic = arguments.value(2);
        if (topic.isEmpty() || topic == QLatin1String("--help") || topic == QLatin1String("-h"))
            return Usage::print(Usage::overview());
        const QString usage = Usage::forCommand(topic);
        if (usage.isEmpty())
            return usageError(CommandLineTr::tr("unknown command '%1'").arg(topic));
        return Usage::print(usage);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h"))
        return Usage::print(Usage::overview());
    if (command == QLatin1String("--version"))
        return printVersion();
    QStringList rest = arguments;
    rest.removeAt(1); // QCommandLineParser wants the program name first, then the command's own arguments.
    for (const CommandEntry &entry : Commands) {
        if (command == QLatin1String(entry.word)) {
            setUsageCommand(command);
            return entry.run(rest);
        }
    }
    return usageError(CommandLineTr::tr("unknown command '%1'").arg(command));
}

} // namespace Sockbench::Cli
