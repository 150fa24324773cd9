#include "windowarguments.h"

#include "arguments.h"
#include "commandline.h"
#include "exitcode.h"
#include "stream/endpointparser.h"
#include "transcript/transcriptformat.h"
#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace Sockbench::WindowArguments {

using Cli::OtherError;
using Cli::Success;
using Cli::UsageError;

namespace {

/// The languages we ship a translation for ("de", "en", "fr"), from the resources.
QStringList shippedLanguages()
{
    QStringList languages;
    const QString prefix = QStringLiteral("sockbench_");
    const QString suffix = QStringLiteral(".qm");
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ prefix + QLatin1Char('*') + suffix }, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size(), file.size() - prefix.size() - suffix.size()));
    return languages;
}

/// Whether --lang names a language we ship: "fr", "fr_CA", "de-DE"...
bool isShippedLanguage(const QString &language)
{
    const QLocale locale(language);
    return locale.language() != QLocale::C
        && shippedLanguages().contains(locale.name().section(QLatin1Char('_'), 0, 0));
}

/// Qt's own options, which QApplication takes out of the arguments before the window reads them; known here
/// so that the window's arguments can be checked before there is a QApplication, which needs a display.
void addQtOptions(QCommandLineParser &parser)
{
    const auto hidden = [&parser](const char *name, const QString &valueName) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), valueName);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    };
    for (const char *name : { "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
             "qwindowicon", "qwindowtitle", "session", "display", "geometry", "title", "icon", "name",
             "visual", "style", "stylesheet", "qmljsdebugger" })
        hidden(name, QStringLiteral("value"));
    for (const char *name : { "reverse", "nograb", "dograb", "sync", "cmap", "widgetcount", "testability" })
        hidden(name, QString());
}

/// A word that names a file rather than a command: it has a directory in it or a transcript's extension, or a
/// classic pcap's (which we read but do not write, so TranscriptFormat does not know it).
bool looksLikePath(const QString &word)
{
    const QString suffix = QFileInfo(word).suffix().toLower();
    return word.contains(QLatin1Char('/')) || TranscriptFormat::fromPath(word).has_value()
        || suffix == QLatin1String("pcap") || suffix == QLatin1String("cap");
}

enum class WindowRequest { Open, Help, Version, Refused };

/// What the window's arguments ask for; when refused, why (not printed yet) and the exit code.
struct WindowParse
{
    WindowRequest request = WindowRequest::Open;
    WindowOptions options;
    QString error;
    int exitCode = Success;
};

/// Reads the window's options. Needs no QCoreApplication: it runs before we know which one to create.
WindowParse parseWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // -platform, as Qt reads it
    // No descriptions: the window's options are documented in overview(), which --help prints.
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QString());
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, QString());
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption demo(QStringLiteral("demo"), QString());
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("port"));
    const QCommandLineOption client(QStringLiteral("client"), QString(), QStringLiteral("host:port"));
    parser.addOptions({ help, version, language, demo, server, client });
    addQtOptions(parser);

    const bool parsed = parser.parse(arguments);
    WindowParse result;
    const auto refusedWindow = [&result](const QString &error, int exitCode = UsageError) {
        result.request = WindowRequest::Refused;
        result.error = error;
        result.exitCode = exitCode;
        return result;
    };
    // Kept even when the rest is refused, so that the refusal is in that language.
    const QString languageName = parser.value(language);
    // Not given: the system's. Given, even empty (--lang ""), it must be one we ship.
    const bool languageShipped = !parser.isSet(language) || isShippedLanguage(languageName);
    if (languageShipped)
        result.options.language = languageName;
    if (!parsed)
        return refusedWindow(Cli::parseErrorText(parser, arguments));
    // --help and --version win over the other options' values, as they do for the subcommands.
    if (parser.isSet(help)) {
        result.request = WindowRequest::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.request = WindowRequest::Version;
        return result;
    }
    if (!languageShipped) {
        return refusedWindow(Cli::CommandLineTr::tr("--lang needs one of %1, not '%2'")
                                 .arg(shippedLanguages().join(QStringLiteral(", ")), languageName));
    }
    result.options.demo = parser.isSet(demo);
    // These two messages are the window's from before, in its translation context.
    // The endpoint parser the New Session dialog and the commands use; its precise reason follows.
    if (parser.isSet(server)) {
        EndpointError error;
        const std::optional<quint16> port
            = EndpointParser::port(parser.value(server), PortUse::Listen, &error);
        if (!port) {
            // An out-of-range port's message says the range itself: said once.
            if (error.problem == EndpointError::Problem::OutOfRange)
                return refusedWindow(Cli::CommandLineTr::tr("--server: %1").arg(error.message()));
            return refusedWindow(QCoreApplication::translate("main", "--server needs a port from 0 to 65535")
                + QStringLiteral(": ") + error.message());
        }
        result.options.server.emplace().port = *port;
    }
    if (parser.isSet(client)) {
        EndpointError error;
        const auto target = EndpointParser::hostAndPort(parser.value(client), &error);
        if (!target) {
            // "::1:80" is a whole IPv6 address, with no port left: the fix is the brackets, not a port.
            const QString typed = parser.value(client).trimmed();
            const qsizetype lastColon = typed.lastIndexOf(QLatin1Char(':'));
            bool lastIsNumber = false;
            typed.mid(lastColon + 1).toUShort(&lastIsNumber);
            if (error.part == EndpointError::Part::Port && error.problem == EndpointError::Problem::Empty
                && typed.count(QLatin1Char(':')) > 1 && !typed.startsWith(QLatin1Char('[')) && lastIsNumber) {
                return refusedWindow(
                    Cli::CommandLineTr::tr("--client: '%1' reads as an IPv6 address without a "
                                           "port; write the address in brackets: [%2]:%3")
                        .arg(typed, typed.left(lastColon), typed.mid(lastColon + 1)));
            }
            if (error.problem == EndpointError::Problem::OutOfRange)
                return refusedWindow(Cli::CommandLineTr::tr("--client: %1").arg(error.message()));
            return refusedWindow(
                QCoreApplication::translate("main", "--client needs HOST:PORT, with a port from 1 to 65535")
                + QStringLiteral(": ") + error.message());
        }
        ClientOptions &options = result.options.client.emplace();
        options.host = target->first;
        options.port = target->second;
    }
    const QStringList files = parser.positionalArguments();
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            continue;
        // `sockbench conect` is a mistyped command; `sockbench capture.pcapng` a file that is not there.
        if (path == arguments.value(1) && !looksLikePath(path) && !QFileInfo::exists(path))
            return refusedWindow(Cli::CommandLineTr::tr("unknown command '%1'").arg(path));
        // `sockbench --lang de connect ...`: a command comes first, before any option.
        if (Cli::isSubcommand(path) && !QFileInfo::exists(path))
            return refusedWindow(
                Cli::CommandLineTr::tr("the command %1 must come first: sockbench %1 ...").arg(path));
        return refusedWindow(
            Cli::CommandLineTr::tr("cannot open %1: %2").arg(path, file.errorString()), OtherError);
    }
    result.options.transcripts = files;
    return result;
}

/// Does what the window's arguments ask for when it is not to open the window; returns the exit code.
int answerWithoutWindow(const WindowParse &parse)
{
    switch (parse.request) {
    case WindowRequest::Help:
        return Cli::Usage::print(Cli::Usage::overview());
    case WindowRequest::Version:
        return Cli::printVersion();
    case WindowRequest::Refused:
        if (parse.exitCode == UsageError)
            return Cli::usageError(parse.error);
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(parse.error));
        return parse.exitCode;
    case WindowRequest::Open:
        break;
    }
    return OtherError;
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    if (Cli::isCommandWord(QString::fromLocal8Bit(argv[1])))
        return true;
    // The window's arguments are read here too, so that --help, --version and refusals need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return parseWindow(arguments).request != WindowRequest::Open;
}

QString commandLineLanguage(const QStringList &arguments)
{
    // A subcommand speaks the system's language; --help and --version take --lang like the window.
    if (arguments.size() < 2 || Cli::isSubcommand(arguments.at(1))
        || arguments.at(1) == QLatin1String("help"))
        return {};
    return parseWindow(arguments).options.language;
}

std::optional<WindowOptions> windowOptions(const QStringList &arguments, int *exitCode)
{
    const WindowParse parse = parseWindow(arguments);
    if (parse.request == WindowRequest::Open)
        return parse.options;
    *exitCode = answerWithoutWindow(parse);
    return std::nullopt;
}

int runWithoutWindow(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    // A command, the word help, or --help / --version alone: the command line's. With more arguments --help
    // and --version are read with the window's options below, so that `--help --frobnicate` is refused as
    // `--demo --help --frobnicate` is, whatever the order.
    if (Cli::isSubcommand(first) || first == QLatin1String("help")
        || (arguments.size() == 2 && Cli::isCommandWord(first)))
        return Cli::runCommandLine(arguments);
    // Not a command: the window's arguments, with --help or --version, or refused.
    const WindowParse window = parseWindow(arguments);
    if (window.request != WindowRequest::Open)
        return answerWithoutWindow(window);
    return Cli::usageError(Cli::CommandLineTr::tr("unknown command '%1'").arg(first));
}

} // namespace Sockbench::WindowArguments
