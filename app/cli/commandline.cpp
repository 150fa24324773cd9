#include "commandline.h"

#include "connectcommand.h"
#include "exitcode.h"
#include "listencommand.h"
#include "options.h"
#include "session/workbench.h"
#include "capture/capturestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockbench::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Cli::CommandLine)
};

QString overview()
{
    return Tr::tr(
        "Usage:\n"
        "  sockbench                         open the workbench window\n"
        "  sockbench connect HOST PORT       like nc HOST PORT: standard input to the peer, the peer to standard output\n"
        "  sockbench listen [--bind ADDR] PORT\n"
        "                                    like nc -l: wait for a client on ADDR:PORT (127.0.0.1 unless --bind)\n"
        "\n"
        "connect and listen:\n"
        "  --crlf                   a line from standard input ends in CR LF\n"
        "  --idle-timeout SECONDS   close a connection when nothing crosses it for this long\n"
        "  --connect-timeout SECONDS  give up connecting after this long (default 10)\n"
        "  --verbose                lifecycle events (listening, connected, closed...) on standard error\n"
        "  --log                    every chunk of traffic on standard error: time, connection, direction, size, hexdump\n"
        "listen only:\n"
        "  --bind ADDR              address to listen on; 0.0.0.0 or :: listens on every interface\n"
        "  --keep-open, -k          serve any number of clients at once, until interrupted\n"
        "  --echo                   send every byte back to its sender (standard input is not read)\n"
        "  --discard                read and drop what clients send (standard input is not read)\n"
        "  --backlog N              connections that may wait to be accepted (default 128)\n"
        "  --accept-timeout SECONDS give up (exit 5) when no client comes this long\n"
        "  PORT 0 picks a free port and prints it on standard error.\n"
        "\n"
        "At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until the\n"
        "peer closes. Every byte also goes through Sockbench's capture, as in the window.\n"
        "\n"
        "Exit status:\n"
        "  0    success\n"
        "  1    other error\n"
        "  2    usage error (unknown flag, missing argument, port out of range)\n"
        "  3    host not found\n"
        "  4    connection refused\n"
        "  5    timed out (connecting, or --accept-timeout)\n"
        "  6    network or host unreachable\n"
        "  7    address already in use\n"
        "  8    permission denied\n"
        "  9    address not available on this machine\n"
        "  10   connection reset, or a socket failed mid-transfer\n"
        "  130  interrupted (SIGINT or SIGTERM)\n");
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "sockbench: %s\n%s\n", qPrintable(message),
                 qPrintable(Tr::tr("Try 'sockbench --help' for more information.")));
    return UsageError;
}

std::optional<quint16> parsePort(const QString &text, bool allowZero, QString *error)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok) {
        *error = Tr::tr("port '%1' is not a number").arg(text);
        return std::nullopt;
    }
    const int lowest = allowZero ? 0 : 1;
    if (value < lowest || value > 65535) {
        *error = Tr::tr("port %1 is out of range (%2-65535)").arg(text).arg(lowest);
        return std::nullopt;
    }
    return quint16(value);
}

std::optional<int> parseSeconds(const QString &flag, const QString &text, QString *error)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 86400 * 365) {
        *error = Tr::tr("%1 needs a number of seconds, not '%2'").arg(flag, text);
        return std::nullopt;
    }
    return int(seconds * 1000);
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("crlf"), Tr::tr("A line from standard input ends in CR LF.") },
        { QStringLiteral("idle-timeout"), Tr::tr("Close a connection idle this long."), Tr::tr("seconds") },
        { QStringLiteral("connect-timeout"), Tr::tr("Give up connecting after this long."), Tr::tr("seconds") },
        { QStringLiteral("verbose"), Tr::tr("Lifecycle events on standard error.") },
        { QStringLiteral("log"), Tr::tr("Every traffic event on standard error.") },
        { { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show help.") },
    });
}

bool readCommonOptions(const QCommandLineParser &parser, CommonOptions *options, QString *error)
{
    options->crlf = parser.isSet(QStringLiteral("crlf"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    options->log = parser.isSet(QStringLiteral("log"));
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

/// Turns SIGINT and SIGTERM into a clean quit, so the capture spool is removed and output flushed.
class SignalQuit
{
public:
    SignalQuit()
    {
        ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe);
        struct sigaction action {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const ssize_t ignored = ::write(s_pipe[0], &byte, 1);
        };
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
        ::signal(SIGPIPE, SIG_IGN);
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, QCoreApplication::instance(),
                         [] { QCoreApplication::exit(Interrupted); });
    }

private:
    static inline int s_pipe[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> m_notifier;
};

int runConnect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Connect to HOST PORT; standard input to the peer, the peer to standard output."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("HOST"), Tr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), Tr::tr("Port of the server (1-65535)."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(overview()), stdout);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(Tr::tr("connect needs HOST and PORT"));
    ConnectOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    options.host = positional.at(0);
    const std::optional<quint16> port = parsePort(positional.at(1), false, &error);
    if (!port)
        return usageError(error);
    options.port = *port;

    SignalQuit signalQuit;
    Workbench workbench;
    if (!workbench.capture()->isValid()) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(workbench.capture()->errorString()));
        return OtherError;
    }
    ConnectCommand command(options, &workbench);
    QObject::connect(&command, &ConnectCommand::finished, QCoreApplication::instance(), &QCoreApplication::exit,
                     Qt::QueuedConnection);
    command.start();
    return QCoreApplication::exec();
}

int runListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Wait for clients on ADDR:PORT; like nc -l."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("bind"), Tr::tr("Address to listen on."), Tr::tr("address"), QStringLiteral("127.0.0.1") },
        { { QStringLiteral("k"), QStringLiteral("keep-open") }, Tr::tr("Serve many clients at once.") },
        { QStringLiteral("echo"), Tr::tr("Send every byte back.") },
        { QStringLiteral("discard"), Tr::tr("Drop what clients send.") },
        { QStringLiteral("backlog"), Tr::tr("Pending connections."), Tr::tr("count"), QStringLiteral("128") },
        { QStringLiteral("accept-timeout"), Tr::tr("Give up when no client comes."), Tr::tr("seconds") },
    });
    parser.addPositionalArgument(QStringLiteral("PORT"), Tr::tr("Port to listen on (0 picks a free one)."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(overview()), stdout);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(Tr::tr("listen needs exactly one PORT"));
    ListenOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    const std::optional<quint16> port = parsePort(positional.at(0), true, &error);
    if (!port)
        return usageError(error);
    options.port = *port;
    const QString bind = parser.value(QStringLiteral("bind"));
    if (bind == QLatin1String("localhost"))
        options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    else if (!options.bindAddress.setAddress(bind))
        return usageError(Tr::tr("--bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not '%1'").arg(bind));
    bool backlogOk = false;
    options.backlog = parser.value(QStringLiteral("backlog")).toInt(&backlogOk);
    if (!backlogOk || options.backlog < 1 || options.backlog > 65535)
        return usageError(Tr::tr("--backlog needs a count from 1 to 65535"));
    if (parser.isSet(QStringLiteral("accept-timeout"))) {
        const std::optional<int> value
            = parseSeconds(QStringLiteral("--accept-timeout"), parser.value(QStringLiteral("accept-timeout")), &error);
        if (!value)
            return usageError(error);
        options.acceptTimeoutMs = *value;
    }
    options.keepOpen = parser.isSet(QStringLiteral("keep-open"));
    options.echo = parser.isSet(QStringLiteral("echo"));
    options.discard = parser.isSet(QStringLiteral("discard"));
    if (options.echo && options.discard)
        return usageError(Tr::tr("--echo and --discard exclude each other"));

    SignalQuit signalQuit;
    Workbench workbench;
    if (!workbench.capture()->isValid()) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(workbench.capture()->errorString()));
        return OtherError;
    }
    ListenCommand command(options, &workbench);
    QObject::connect(&command, &ListenCommand::finished, QCoreApplication::instance(), &QCoreApplication::exit,
                     Qt::QueuedConnection);
    command.start();
    return QCoreApplication::exec();
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    return !first.startsWith('-') || first == "--help" || first == "-h" || first == "--version";
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // QCommandLineParser wants the program name first, then the subcommand's own arguments.
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(qPrintable(overview()), stdout);
        return Success;
    }
    if (command == QLatin1String("--version")) {
        std::printf("sockbench %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (command == QLatin1String("connect"))
        return runConnect(rest);
    if (command == QLatin1String("listen"))
        return runListen(rest);
    return usageError(Tr::tr("unknown command '%1'").arg(command));
}

} // namespace Sockbench::Cli
