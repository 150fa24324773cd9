#include "arguments.h"

#include "exitcode.h"
#include "transcript/transcriptformat.h"
#include "usage.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace Sockbench::Cli {

namespace {

// --capture-limit's largest: far past any disk, small enough that no sum of sizes overflows.
constexpr qint64 MaxCaptureLimit = qint64(1) << 50;

/// "-1" is a number (a bad port, say), not option 1: QCommandLineParser would take it for one. Moves the
/// arguments that are not options behind a "--", in their order, so that such a word is read as what it is.
QStringList numbersAsPositional(QCommandLineParser &parser, const QStringList &arguments)
{
    static const QRegularExpression number(QStringLiteral("^-[0-9.]"));
    // -4 and -6 are the family flags, as in nc, not numbers.
    const auto isNumber = [](const QString &argument) {
        return number.match(argument).hasMatch() && argument != QLatin1String("-4")
            && argument != QLatin1String("-6");
    };
    if (std::none_of(arguments.begin() + std::min<qsizetype>(1, arguments.size()), arguments.end(), isNumber))
        return arguments;
    QStringList options { arguments.value(0) };
    QStringList positional;
    bool valueNext = false;
    bool onlyPositional = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositional) {
            positional.append(argument);
        } else if (valueNext) {
            options.append(argument); // "--idle-timeout -1" is the option's (bad) value
            valueNext = false;
        } else if (argument == QLatin1String("--")) {
            onlyPositional = true;
        } else if (argument.size() > 1 && argument.startsWith(QLatin1Char('-')) && !isNumber(argument)) {
            options.append(argument);
            // Alone, an option that wants a value and has none of its own ("--timeout" of "--timeout 5") is
            // missing it: then the next word is its value.
            valueNext = !argument.contains(QLatin1Char('='))
                && !parser.parse({ arguments.value(0), argument }) && parser.unknownOptionNames().isEmpty();
        } else {
            positional.append(argument);
        }
    }
    if (valueNext)
        return arguments; // the last option lacks its value: let the parser say so
    return options + QStringList { QStringLiteral("--") } + positional;
}

/// The command usageError()'s "Try" line points to; empty for the window's arguments and unknown commands.
QString s_usageCommand;

} // namespace

void setUsageCommand(const QString &command)
{
    s_usageCommand = command;
}

int usageError(const QString &message)
{
    // A command's own usage is a screen; the overview is 150 lines, where the mistake is hard to find.
    const QString hint = s_usageCommand.isEmpty()
        ? CommandLineTr::tr("Try 'sockbench --help' for more information.")
        : CommandLineTr::tr("Try 'sockbench %1 --help' for more information.").arg(s_usageCommand);
    std::fprintf(stderr, "sockbench: %s\n%s\n", qPrintable(message), qPrintable(hint));
    return UsageError;
}

QString parseErrorText(const QCommandLineParser &parser, const QStringList &arguments)
{
    // Qt's own wording ("Unknown option 'frob'.") is capitalised, ends in a full stop and drops the dashes,
    // where every other message is lower-case and quotes the flag as typed.
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString &name = unknown.first();
        // "-x" (alone or in a group such as -xk), or a long name typed with one dash: as Qt split it.
        QString typed = QLatin1Char('-') + name;
        for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != QLatin1String("--"); ++i) {
            if (arguments.at(i).section(QLatin1Char('='), 0, 0) == QLatin1String("--") + name) {
                typed = QLatin1String("--") + name;
                break;
            }
        }
        return CommandLineTr::tr("unknown option '%1'").arg(typed);
    }
    // The other two mistakes Qt reports, in English (a Qt translation of them is passed on as it is).
    static const QRegularExpression missing(QStringLiteral("^Missing value after '(.+)'\\.$"));
    static const QRegularExpression unexpected(QStringLiteral("^Unexpected value after '(.+)'\\.$"));
    const QString text = parser.errorText();
    if (const QRegularExpressionMatch match = missing.match(text); match.hasMatch())
        return CommandLineTr::tr("%1 needs a value").arg(match.captured(1));
    if (const QRegularExpressionMatch match = unexpected.match(text); match.hasMatch())
        return CommandLineTr::tr("%1 takes no value").arg(match.captured(1));
    return text;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
    const QString &command, qsizetype positionals, bool exactly, const QString &shortMessage)
{
    if (!parser.parse(numbersAsPositional(parser, arguments)))
        return usageError(parseErrorText(parser, arguments));
    if (parser.isSet(QStringLiteral("help")))
        return Usage::print(Usage::forCommand(command));
    const QStringList given = parser.positionalArguments();
    if (given.size() < positionals)
        return usageError(shortMessage);
    if (exactly && given.size() > positionals)
        return usageError(CommandLineTr::tr("unexpected extra argument '%1'").arg(given.at(positionals)));
    return std::nullopt;
}

std::optional<int> parseSeconds(const QString &flag, const QString &text, QString *error)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 86400 * 365) {
        *error = CommandLineTr::tr("%1 needs a number of seconds, not '%2'").arg(flag, text);
        return std::nullopt;
    }
    return int(seconds * 1000);
}

std::optional<qint64> parseByteSize(const QString &flag, const QString &text, qint64 largest, QString *error)
{
    // A count of bytes with an optional binary unit: 4096, 512K, 16M, 4G (also 16MiB, 16MB: the same).
    static const QRegularExpression size(
        QStringLiteral("^([0-9]{1,19})([KMGT]?)(?:I?B)?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(text.trimmed());
    bool ok = match.hasMatch();
    qint64 bytes = ok ? match.captured(1).toLongLong(&ok) : 0;
    if (ok) {
        const QString unit = match.captured(2).toUpper();
        const int shift = unit.isEmpty() ? 0
            : unit == QLatin1String("K") ? 10
            : unit == QLatin1String("M") ? 20
            : unit == QLatin1String("G") ? 30
                                         : 40;
        ok = bytes <= (largest >> shift);
        bytes <<= shift;
    }
    if (!ok || bytes < 1 || bytes > largest) {
        // The largest as the user would type it: 1G rather than 1073741824.
        QString most = QString::number(largest);
        for (const auto &[unitShift, unitName] :
            { std::pair { 40, 'T' }, { 30, 'G' }, { 20, 'M' }, { 10, 'K' } }) {
            if (largest % (qint64(1) << unitShift) == 0) {
                most = QString::number(largest >> unitShift) + QLatin1Char(unitName);
                break;
            }
        }
        *error = CommandLineTr::tr("%1 needs a size from 1 byte to %2, such as 512K or 16M, not '%3'")
                     .arg(flag, most, text);
        return std::nullopt;
    }
    return bytes;
}

QString formatByteSize(qint64 bytes)
{
    // As --capture-limit takes it, in IEC units: 512 MiB, 4 GiB; a fraction with one decimal, 1.5 GiB.
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    int unit = 0;
    while (unit < 5 && bytes >= (qint64(1) << (10 * (unit + 1))))
        ++unit;
    const qint64 scale = qint64(1) << (10 * unit);
    const QString number = bytes % scale == 0 ? QString::number(bytes / scale)
                                              : QString::number(double(bytes) / double(scale), 'f', 1);
    return number + QLatin1Char(' ') + QLatin1String(units[unit]);
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("crlf"), CommandLineTr::tr("A line from standard input ends in CR LF.") },
        { QStringLiteral("idle-timeout"), CommandLineTr::tr("Close a connection idle this long."),
            CommandLineTr::tr("seconds") },
        { QStringLiteral("connect-timeout"),
            CommandLineTr::tr("Give up connecting after this long (0: without limit)."),
            CommandLineTr::tr("seconds") },
        { { QStringLiteral("v"), QStringLiteral("verbose") },
            CommandLineTr::tr("Lifecycle events on standard error.") },
        { QStringLiteral("4"), CommandLineTr::tr("IPv4 only.") },
        { QStringLiteral("6"), CommandLineTr::tr("IPv6 only.") },
        { QStringLiteral("log"), CommandLineTr::tr("Every traffic event on standard error.") },
        { QStringLiteral("transcript"), CommandLineTr::tr("Record to this file as it goes."),
            CommandLineTr::tr("file") },
        { QStringLiteral("capture-limit"), CommandLineTr::tr("The most payload bytes the transcript keeps."),
            CommandLineTr::tr("size") },
        { QStringLiteral("limit-policy"), CommandLineTr::tr("At the capture limit: stop-capturing."),
            CommandLineTr::tr("policy") },
        { { QStringLiteral("h"), QStringLiteral("help") }, CommandLineTr::tr("Show help.") },
    });
}

bool readCommonOptions(const QCommandLineParser &parser, CommonOptions *options, QString *error)
{
    options->crlf = parser.isSet(QStringLiteral("crlf"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("4")) && parser.isSet(QStringLiteral("6"))) {
        *error = CommandLineTr::tr("-4 and -6 exclude each other");
        return false;
    }
    options->protocol = parser.isSet(QStringLiteral("4")) ? QAbstractSocket::IPv4Protocol
        : parser.isSet(QStringLiteral("6"))               ? QAbstractSocket::IPv6Protocol
                                                          : QAbstractSocket::AnyIPProtocol;
    options->log = parser.isSet(QStringLiteral("log"));
    if (parser.isSet(QStringLiteral("transcript"))) {
        options->transcriptPath = parser.value(QStringLiteral("transcript"));
        if (!TranscriptFormat::fromPath(options->transcriptPath)) {
            *error = CommandLineTr::tr(
                "--transcript needs a file ending in .pcapng, .jsonl, .txt or .hex, not '%1'")
                         .arg(options->transcriptPath);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("capture-limit"))) {
        const std::optional<qint64> limit = parseByteSize(QStringLiteral("--capture-limit"),
            parser.value(QStringLiteral("capture-limit")), MaxCaptureLimit, error);
        if (!limit)
            return false;
        options->captureLimit = *limit;
    }
    if (parser.isSet(QStringLiteral("limit-policy"))) {
        const QString policy = parser.value(QStringLiteral("limit-policy"));
        // The window's spool can punch out its oldest payloads; a transcript cannot: it is written front to
        // back, and tshark may be reading it as it grows.
        if (policy == QLatin1String("drop-oldest")) {
            *error = CommandLineTr::tr("--limit-policy drop-oldest is the window's: a transcript is written "
                                       "front to back (and read by "
                                       "tshark as it grows), so its oldest payloads cannot be dropped; at "
                                       "the limit the command line "
                                       "stops capturing payloads (stop-capturing)");
            return false;
        }
        if (policy != QLatin1String("stop-capturing")) {
            *error = CommandLineTr::tr("--limit-policy needs stop-capturing, not '%1'").arg(policy);
            return false;
        }
    }
    if ((parser.isSet(QStringLiteral("capture-limit")) || parser.isSet(QStringLiteral("limit-policy")))
        && options->transcriptPath.isEmpty()) {
        *error = CommandLineTr::tr("%1 bounds what --transcript keeps: give --transcript FILE too")
                     .arg(parser.isSet(QStringLiteral("capture-limit")) ? QStringLiteral("--capture-limit")
                                                                        : QStringLiteral("--limit-policy"));
        return false;
    }
    for (const auto &[flag, target] : { std::pair { QStringLiteral("idle-timeout"), &options->idleTimeoutMs },
             std::pair { QStringLiteral("connect-timeout"), &options->connectTimeoutMs } }) {
        if (!parser.isSet(flag))
            continue;
        const std::optional<int> value = parseSeconds(QLatin1String("--") + flag, parser.value(flag), error);
        if (!value)
            return false;
        *target = *value;
    }
    return true;
}

std::optional<quint16> parsePort(const QString &text, PortUse use, QString *error, PortProtocol protocol)
{
    EndpointError problem;
    const std::optional<quint16> port = EndpointParser::port(text, use, &problem, protocol);
    if (!port)
        *error = problem.message();
    return port;
}

std::optional<QString> parseHost(const QString &text, QString *error)
{
    EndpointError problem;
    const std::optional<QString> host = EndpointParser::host(text, &problem);
    if (!host)
        *error = problem.message();
    return host;
}

bool parseHostAndPort(const QString &hostText, const QString &portText, QString *host, quint16 *port,
    QString *error, PortProtocol protocol)
{
    const std::optional<QString> parsedHost = parseHost(hostText, error);
    if (!parsedHost)
        return false;
    const std::optional<quint16> parsedPort = parsePort(portText, PortUse::Connect, error, protocol);
    if (!parsedPort)
        return false;
    *host = *parsedHost;
    *port = *parsedPort;
    return true;
}

bool checkFamily(const QHostAddress &address, QAbstractSocket::NetworkLayerProtocol protocol, QString *error)
{
    // The dual-stack any-address (--bind ::) has both families: with -6 it is IPv6 alone, and -4 wants
    // 0.0.0.0.
    const QAbstractSocket::NetworkLayerProtocol family = address.protocol();
    if (protocol == QAbstractSocket::AnyIPProtocol || family == protocol
        || (family == QAbstractSocket::AnyIPProtocol && protocol == QAbstractSocket::IPv6Protocol))
        return true;
    const QString text = family == QAbstractSocket::AnyIPProtocol ? QStringLiteral("::") : address.toString();
    *error = protocol == QAbstractSocket::IPv4Protocol
        ? CommandLineTr::tr("-4: %1 is not an IPv4 address").arg(text)
        : CommandLineTr::tr("-6: %1 is not an IPv6 address").arg(text);
    return false;
}

bool applyFamily(
    bool bindGiven, QHostAddress *address, QAbstractSocket::NetworkLayerProtocol protocol, QString *error)
{
    if (protocol == QAbstractSocket::IPv6Protocol && !bindGiven)
        *address = QHostAddress(QHostAddress::LocalHostIPv6);
    else if (protocol == QAbstractSocket::IPv6Protocol
        && address->protocol() == QAbstractSocket::AnyIPProtocol)
        *address = QHostAddress(QHostAddress::AnyIPv6); // -6 --bind :: : IPv6 clients only
    return checkFamily(*address, protocol, error);
}

bool checkHostFamily(const QString &host, QAbstractSocket::NetworkLayerProtocol protocol, QString *error)
{
    const QHostAddress address(host);
    return address.isNull() || checkFamily(address, protocol, error);
}

bool parseBindAddress(const QString &text, QHostAddress *address, QString *error)
{
    EndpointError problem;
    const std::optional<QHostAddress> parsed = EndpointParser::listenAddress(text, &problem);
    if (parsed) {
        *address = *parsed;
        return true;
    }
    *error = CommandLineTr::tr("--bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not '%1'")
                 .arg(problem.text);
    return false;
}

} // namespace Sockbench::Cli
