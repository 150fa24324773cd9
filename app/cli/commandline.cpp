#include "commandline.h"

#include "connectcommand.h"
#include "exitcode.h"
#include "listencommand.h"
#include "options.h"
#include "readcommand.h"
#include "replaycommand.h"
#include "transcriptcommand.h"
#include "transcript/transcriptjournal.h"
#include "session/workbench.h"
#include "capture/capturestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
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
        "  sockbench [FILE...]               open the workbench window (and transcripts, read-only)\n"
        "      --server PORT                 ... with a server on 127.0.0.1:PORT (0: a free port)\n"
        "      --client HOST:PORT            ... with a client connected to HOST:PORT\n"
        "      --demo                        ... with the demo: an echo server and a client\n"
        "      --lang fr|de|en               ... in this language (default: the system's)\n"
        "  sockbench connect HOST PORT       like nc HOST PORT: standard input to the peer, the peer to standard output\n"
        "  sockbench listen [--bind ADDR] PORT\n"
        "                                    like nc -l: wait for a client on ADDR:PORT (127.0.0.1 unless --bind)\n"
        "  sockbench transcript show FILE [--format text|hex|jsonl|pcapng]\n"
        "                                    print a transcript (.pcapng or .jsonl) on standard output\n"
        "  sockbench transcript convert IN OUT\n"
        "                                    convert a transcript; OUT's extension picks the format\n"
        "  sockbench replay FILE HOST PORT [--pace original|fast]\n"
        "                                    resend the outgoing side of FILE's first connection to HOST PORT\n"
        "  sockbench replay --listen [--bind ADDR] FILE PORT [--pace original|fast]\n"
        "                                    the same as a server: wait for one client on ADDR:PORT, replay to it\n"
        "  sockbench read HOST PORT STEP... [--timeout SECONDS] [--on-timeout fail|return] [--show lines|raw]\n"
        "                                    connect and play a scripted SocketStream conversation, step by step\n"
        "  sockbench --version               print the version\n"
        "\n"
        "connect and listen:\n"
        "  --crlf                   a line from standard input ends in CR LF\n"
        "  --idle-timeout SECONDS   close a connection when nothing crosses it for this long\n"
        "  --connect-timeout SECONDS  give up connecting after this long (default 10; 0: without limit)\n"
        "  --verbose                lifecycle events (listening, connected, closed...) on standard error\n"
        "  --log                    every chunk of traffic on standard error: time, connection, direction, size, hexdump\n"
        "  --transcript FILE        record everything to FILE as it happens; the extension picks the format:\n"
        "                           .pcapng (Wireshark reads it; lossless), .jsonl (lossless), .txt, .hex.\n"
        "                           After a crash or kill -9, FILE holds all but the last ~200 ms.\n"
        "listen only:\n"
        "  --bind ADDR              address to listen on; 0.0.0.0 or :: listens on every interface\n"
        "  --keep-open, -k          serve any number of clients at once, until interrupted\n"
        "  --echo                   send every byte back to its sender (standard input is not read)\n"
        "  --discard                read and drop what clients send (standard input is not read)\n"
        "  --backlog N              connections that may wait to be accepted (default 128)\n"
        "  --accept-timeout SECONDS give up (exit 5) when no client comes this long\n"
        "  PORT 0 picks a free port and prints it on standard error.\n"
        "\n"
        "transcript and replay:\n"
        "  Transcripts open from .pcapng and .jsonl (the format is recognised by content). A pcapng that Sockbench\n"
        "  did not write is reconstructed from its TCP packets, one connection per address and port pair.\n"
        "  A truncated or corrupt file: what could be read is used, one line on standard error says where it\n"
        "  breaks, and the exit status is 1. replay runs as a client, or with --listen as a server for the first\n"
        "  client (--bind ADDR as for listen): --pace original (default) keeps the gaps between events, --pace\n"
        "  fast sends as fast as the peer takes it; then it half-closes, prints what the peer sends until it\n"
        "  closes, and accepts --idle-timeout, --verbose, --log, --transcript (the replay itself is recorded)\n"
        "  and, as a client, --connect-timeout.\n"
        "\n"
        "read:\n"
        "  The steps run in order, each one argument (quote it for the shell):\n"
        "    send:TEXT              send TEXT, with the escapes \\r \\n \\t \\0 \\\\ \\xHH\n"
        "    line                   read a line ended by LF or CR LF (shown without its end)\n"
        "    next:N                 read exactly N bytes\n"
        "    upto:DELIM             read up to DELIM (escapes as in send:); DELIM is consumed, not shown\n"
        "    end                    read everything until the peer closes\n"
        "    available              read what has arrived, waiting for at least one byte\n"
        "    close                  half-close our side (the peer sees end of input); reading goes on\n"
        "  --timeout SECONDS        how long each read may wait (default 10; 0: without limit)\n"
        "  --on-timeout fail|return a read that times out, or whose peer closes first: fail (the default) stops\n"
        "                           with one line on standard error and exit 5 (timed out) or 1 (peer closed);\n"
        "                           return shows what came and goes on with the next step\n"
        "  --show lines|raw         lines (the default): one line per read, the step, a colon and the bytes in\n"
        "                           double quotes, escaped as send: reads them (line: \"HTTP/1.0 200 OK\"), then\n"
        "                           \" (timed out)\" or \" (peer closed)\" for a short read; raw: what each read\n"
        "                           returns, nothing added (line: and upto: leave out the line end and the\n"
        "                           delimiter, as the chapter's nextLine and upTo: do)\n"
        "  --connect-timeout, --idle-timeout, --verbose, --log and --transcript as for connect.\n"
        "  A bad step is a usage error, before connecting. After the last step, read closes and exits 0.\n"
        "\n"
        "At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until the\n"
        "peer closes. Every byte also goes through Sockbench's capture, as in the window.\n"
        "\n"
        "Exit status:\n"
        "  0    success\n"
        "  1    other error (an --idle-timeout; read: the peer closed before a read step was satisfied)\n"
        "  2    usage error (unknown flag, missing argument, port out of range)\n"
        "  3    host not found\n"
        "  4    connection refused\n"
        "  5    timed out (connecting, --accept-timeout, or a read step)\n"
        "  6    network or host unreachable\n"
        "  7    address already in use\n"
        "  8    permission denied\n"
        "  9    address not available on this machine\n"
        "  10   connection reset, or a socket failed mid-transfer\n"
        "  130  interrupted (SIGINT or SIGTERM)\n");
}

} // namespace

int usageError(const QString &message)
{
    std::fprintf(stderr, "sockbench: %s\n%s\n", qPrintable(message),
                 qPrintable(Tr::tr("Try 'sockbench --help' for more information.")));
    return UsageError;
}

namespace {

/// --bind's value: an IP address, [::1] as connect accepts it, or localhost.
bool parseBindAddress(QString text, QHostAddress *address, QString *error)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    if (text == QLatin1String("localhost")) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    if (address->setAddress(text))
        return true;
    *error = Tr::tr("--bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not '%1'").arg(text);
    return false;
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
        { QStringLiteral("connect-timeout"), Tr::tr("Give up connecting after this long (0: without limit)."),
          Tr::tr("seconds") },
        { QStringLiteral("verbose"), Tr::tr("Lifecycle events on standard error.") },
        { QStringLiteral("log"), Tr::tr("Every traffic event on standard error.") },
        { QStringLiteral("transcript"), Tr::tr("Record to this file as it goes."), Tr::tr("file") },
        { { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show help.") },
    });
}

bool readCommonOptions(const QCommandLineParser &parser, CommonOptions *options, QString *error)
{
    options->crlf = parser.isSet(QStringLiteral("crlf"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    options->log = parser.isSet(QStringLiteral("log"));
    if (parser.isSet(QStringLiteral("transcript"))) {
        options->transcriptPath = parser.value(QStringLiteral("transcript"));
        if (!TranscriptFormat::fromPath(options->transcriptPath)) {
            *error = Tr::tr("--transcript needs a file ending in .pcapng, .jsonl, .txt or .hex, not '%1'")
                         .arg(options->transcriptPath);
            return false;
        }
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

/// Starts journaling the capture to --transcript FILE, if given. False: the message is printed.
bool startJournal(const CommonOptions &options, Workbench *workbench, std::unique_ptr<TranscriptJournal> *journal)
{
    if (options.transcriptPath.isEmpty())
        return true;
    *journal = std::make_unique<TranscriptJournal>(workbench->capture(), options.transcriptPath);
    QObject::connect(journal->get(), &TranscriptJournal::failed, journal->get(),
                     [](const QString &message) { std::fprintf(stderr, "sockbench: %s\n", qPrintable(message)); });
    if (!(*journal)->start(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')))) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable((*journal)->errorString()));
        return false;
    }
    return true;
}

/// Writes the journal's last rows; a transcript that could not be written turns success into failure.
int finishJournal(TranscriptJournal *journal, int exitCode)
{
    if (!journal)
        return exitCode;
    const bool hadFailed = !journal->errorString().isEmpty();
    if (!journal->finish() && !hadFailed)
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(journal->errorString()));
    return exitCode == Success && !journal->errorString().isEmpty() ? int(OtherError) : exitCode;
}

/// Runs a subcommand object in a fresh workbench, journaling to --transcript if asked, until it emits
/// finished(exitCode). A start() that fails has emitted finished() with its own code already.
template<typename Command, typename Options>
int runInWorkbench(const Options &options)
{
    SignalQuit signalQuit;
    Workbench workbench;
    if (!workbench.capture()->isValid()) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(workbench.capture()->errorString()));
        return OtherError;
    }
    std::unique_ptr<TranscriptJournal> journal;
    if (!startJournal(options.common, &workbench, &journal))
        return OtherError;
    Command command(options, &workbench);
    QObject::connect(&command, &Command::finished, QCoreApplication::instance(), &QCoreApplication::exit,
                     Qt::QueuedConnection);
    command.start();
    const int exitCode = QCoreApplication::exec();
    // Interrupted, a listen or connect still has its sessions: end them now, so the capture (and so the
    // transcript) records how they ended.
    for (Session *session : workbench.sessions())
        workbench.removeSession(session);
    return finishJournal(journal.get(), exitCode);
}

/// "-1" is a number (a bad port, say), not option 1: QCommandLineParser would take it for one. Moves the
/// arguments that are not options behind a "--", in their order, so that such a word is read as what it is.
QStringList numbersAsPositional(QCommandLineParser &parser, const QStringList &arguments)
{
    static const QRegularExpression number(QStringLiteral("^-[0-9.]"));
    if (arguments.filter(number).isEmpty())
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
        } else if (argument.size() > 1 && argument.startsWith(QLatin1Char('-'))
                   && !number.match(argument).hasMatch()) {
            options.append(argument);
            // Alone, an option that wants a value and has none of its own ("--timeout" of "--timeout 5") is
            // missing it: then the next word is its value.
            valueNext = !argument.contains(QLatin1Char('=')) && !parser.parse({ arguments.value(0), argument })
                && parser.unknownOptionNames().isEmpty();
        } else {
            positional.append(argument);
        }
    }
    if (valueNext)
        return arguments; // the last option lacks its value: let the parser say so
    return options + QStringList { QStringLiteral("--") } + positional;
}

/// Parses a subcommand's arguments. An exit code when the command stops here: a bad flag or the wrong number
/// of positional arguments (2, with shortMessage or naming the first extra one), or --help printed (0).
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, qsizetype positionals,
                                  bool exactly, const QString &shortMessage)
{
    if (!parser.parse(numbersAsPositional(parser, arguments)))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(overview()), stdout);
        return int(Success);
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() < positionals)
        return usageError(shortMessage);
    if (exactly && given.size() > positionals)
        return usageError(Tr::tr("unexpected extra argument '%1'").arg(given.at(positionals)));
    return std::nullopt;
}

int runConnect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Connect to HOST PORT; standard input to the peer, the peer to standard output."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("HOST"), Tr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), Tr::tr("Port of the server (1-65535)."));
    if (const std::optional<int> stop = parseArguments(parser, arguments, 2, true, Tr::tr("connect needs HOST and PORT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ConnectOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    options.host = positional.at(0);
    const std::optional<quint16> port = parsePort(positional.at(1), false, &error);
    if (!port)
        return usageError(error);
    options.port = *port;

    return runInWorkbench<ConnectCommand>(options);
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
    if (const std::optional<int> stop = parseArguments(parser, arguments, 1, true, Tr::tr("listen needs exactly one PORT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ListenOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    const std::optional<quint16> port = parsePort(positional.at(0), true, &error);
    if (!port)
        return usageError(error);
    options.port = *port;
    if (!parseBindAddress(parser.value(QStringLiteral("bind")), &options.bindAddress, &error))
        return usageError(error);
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

    return runInWorkbench<ListenCommand>(options);
}

int runReplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Resend the outgoing side of a transcript's first connection to HOST PORT."));
    addCommonOptions(parser);
    parser.addOption({ QStringLiteral("pace"), Tr::tr("original or fast."), Tr::tr("pace"), QStringLiteral("original") });
    parser.addOption({ QStringLiteral("listen"), Tr::tr("Wait for one client on PORT and replay to it.") });
    parser.addOption({ QStringLiteral("bind"), Tr::tr("Address to listen on."), Tr::tr("address"),
                       QStringLiteral("127.0.0.1") });
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .pcapng or .jsonl transcript."));
    parser.addPositionalArgument(QStringLiteral("HOST"), Tr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), Tr::tr("Port of the server (1-65535)."));
    // Told apart before parsing, for the count of words: FILE HOST PORT, or with --listen FILE PORT.
    const bool listen = arguments.contains(QStringLiteral("--listen"));
    if (listen && parser.parse(arguments) && parser.positionalArguments().size() == 3)
        return usageError(Tr::tr("replay --listen takes FILE and PORT, no HOST"));
    if (const std::optional<int> stop = listen
            ? parseArguments(parser, arguments, 2, true, Tr::tr("replay --listen needs FILE and PORT"))
            : parseArguments(parser, arguments, 3, true, Tr::tr("replay needs FILE, HOST and PORT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ReplayOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    options.file = positional.at(0);
    options.listen = listen;
    if (listen) {
        if (!parseBindAddress(parser.value(QStringLiteral("bind")), &options.bindAddress, &error))
            return usageError(error);
    } else {
        if (parser.isSet(QStringLiteral("bind")))
            return usageError(Tr::tr("--bind goes with --listen"));
        options.host = positional.at(1);
    }
    const std::optional<quint16> port = parsePort(positional.at(listen ? 1 : 2), listen, &error);
    if (!port)
        return usageError(error);
    options.port = *port;
    const QString pace = parser.value(QStringLiteral("pace"));
    if (pace != QLatin1String("original") && pace != QLatin1String("fast"))
        return usageError(Tr::tr("--pace needs original or fast, not '%1'").arg(pace));
    options.originalPace = pace == QLatin1String("original");

    return runInWorkbench<ReplayCommand>(options);
}

int runRead(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Connect to HOST PORT and play a scripted SocketStream conversation."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("timeout"), Tr::tr("How long each read may wait (0: without limit)."), Tr::tr("seconds"),
          QStringLiteral("10") },
        { QStringLiteral("on-timeout"), Tr::tr("fail or return."), Tr::tr("policy"), QStringLiteral("fail") },
        { QStringLiteral("show"), Tr::tr("lines or raw."), Tr::tr("format"), QStringLiteral("lines") },
    });
    parser.addPositionalArgument(QStringLiteral("HOST"), Tr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), Tr::tr("Port of the server (1-65535)."));
    parser.addPositionalArgument(QStringLiteral("STEP"), Tr::tr("send:TEXT, line, next:N, upto:DELIM, end, "
                                                                "available or close."), QStringLiteral("STEP..."));
    if (const std::optional<int> stop = parseArguments(parser, arguments, 3, false, Tr::tr("read needs HOST, PORT and at least one STEP")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ReadOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    if (options.common.crlf)
        return usageError(Tr::tr("--crlf does not apply to read; end a send: step with \\r\\n"));
    options.host = positional.at(0);
    const std::optional<quint16> port = parsePort(positional.at(1), false, &error);
    if (!port)
        return usageError(error);
    options.port = *port;
    const std::optional<int> timeout
        = parseSeconds(QStringLiteral("--timeout"), parser.value(QStringLiteral("timeout")), &error);
    if (!timeout)
        return usageError(error);
    options.readTimeoutMs = *timeout;
    const QString policy = parser.value(QStringLiteral("on-timeout"));
    if (policy != QLatin1String("fail") && policy != QLatin1String("return"))
        return usageError(Tr::tr("--on-timeout needs fail or return, not '%1'").arg(policy));
    options.returnAvailable = policy == QLatin1String("return");
    const QString show = parser.value(QStringLiteral("show"));
    if (show != QLatin1String("lines") && show != QLatin1String("raw"))
        return usageError(Tr::tr("--show needs lines or raw, not '%1'").arg(show));
    options.show = show == QLatin1String("raw") ? ReadShow::Raw : ReadShow::Lines;
    // Every step is checked before connecting, so a typo sends nothing.
    for (qsizetype i = 2; i < positional.size(); ++i) {
        const std::optional<ReadStep> step = ReadStep::parse(positional.at(i), &error);
        if (!step)
            return usageError(Tr::tr("step %1 (%2): %3").arg(QString::number(i - 1), positional.at(i), error));
        options.steps.append(*step);
    }
    return runInWorkbench<ReadCommand>(options);
}

/// The words that name a subcommand.
bool isSubcommand(const QString &word)
{
    for (const char *command : { "connect", "listen", "read", "transcript", "replay" }) {
        if (word == QLatin1String(command))
            return true;
    }
    return false;
}

/// A subcommand, or a word the command line answers without a window: help, --help, -h, --version.
bool isCommandWord(const QString &word)
{
    for (const char *help : { "help", "--help", "-h", "--version" }) {
        if (word == QLatin1String(help))
            return true;
    }
    return isSubcommand(word);
}

void printVersion()
{
    std::printf("sockbench %s\n", qPrintable(QCoreApplication::applicationVersion()));
}

/// The languages we ship a translation for ("de", "en", "fr"), from the resources.
QStringList shippedLanguages()
{
    QStringList languages;
    const QString prefix = QStringLiteral("sockbench_");
    const QString suffix = QStringLiteral(".qm");
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ prefix + QLatin1Char('*') + suffix },
                                                                       QDir::Files);
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
                              "qwindowicon", "qwindowtitle", "session", "display", "geometry", "title", "icon",
                              "name", "visual", "style", "stylesheet", "qmljsdebugger" })
        hidden(name, QStringLiteral("value"));
    for (const char *name : { "reverse", "nograb", "dograb", "sync", "cmap", "widgetcount", "testability" })
        hidden(name, QString());
}

/// A word that names a file rather than a command: it has a directory in it or a transcript's extension.
bool looksLikePath(const QString &word)
{
    return word.contains(QLatin1Char('/')) || TranscriptFormat::fromPath(word).has_value();
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
        return refusedWindow(parser.errorText());
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
        return refusedWindow(Tr::tr("--lang needs one of %1, not '%2'")
                                 .arg(shippedLanguages().join(QStringLiteral(", ")), languageName));
    }
    result.options.demo = parser.isSet(demo);
    // These two messages are the window's from before, in its translation context.
    if (parser.isSet(server)) {
        bool ok = false;
        result.options.server.emplace();
        result.options.server->port = parser.value(server).toUShort(&ok);
        if (!ok)
            return refusedWindow(QCoreApplication::translate("main", "--server needs a port from 0 to 65535"));
    }
    if (parser.isSet(client)) {
        const QString target = parser.value(client);
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        ClientOptions &options = result.options.client.emplace();
        options.host = target.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        options.port = target.mid(colon + 1).toUShort(&ok);
        if (colon <= 0 || !ok || options.port == 0) {
            return refusedWindow(
                QCoreApplication::translate("main", "--client needs HOST:PORT, with a port from 1 to 65535"));
        }
    }
    const QStringList files = parser.positionalArguments();
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            continue;
        // `sockbench conect` is a mistyped command; `sockbench capture.pcapng` a file that is not there.
        if (path == arguments.value(1) && !looksLikePath(path) && !QFileInfo::exists(path))
            return refusedWindow(Tr::tr("unknown command '%1'").arg(path));
        // `sockbench --lang de connect ...`: a command comes first, before any option.
        if (isSubcommand(path) && !QFileInfo::exists(path))
            return refusedWindow(Tr::tr("the command %1 must come first: sockbench %1 ...").arg(path));
        return refusedWindow(Tr::tr("cannot open %1: %2").arg(path, file.errorString()), OtherError);
    }
    result.options.transcripts = files;
    return result;
}

/// Does what the window's arguments ask for when it is not to open the window; returns the exit code.
int answerWithoutWindow(const WindowParse &parse)
{
    switch (parse.request) {
    case WindowRequest::Help:
        std::fputs(qPrintable(overview()), stdout);
        return Success;
    case WindowRequest::Version:
        printVersion();
        return Success;
    case WindowRequest::Refused:
        if (parse.exitCode == UsageError)
            return usageError(parse.error);
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
    if (isCommandWord(QString::fromLocal8Bit(argv[1])))
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
    if (arguments.size() < 2 || isSubcommand(arguments.at(1)) || arguments.at(1) == QLatin1String("help"))
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

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // QCommandLineParser wants the program name first, then the subcommand's own arguments.
    // Alone, or as the word "help". With more arguments they are read with the window's options below, so
    // that `--help --frobnicate` is refused as `--demo --help --frobnicate` is, whatever the order.
    const bool alone = arguments.size() == 2;
    if (command == QLatin1String("help")
        || (alone && (command == QLatin1String("--help") || command == QLatin1String("-h")))) {
        std::fputs(qPrintable(overview()), stdout);
        return Success;
    }
    if (alone && command == QLatin1String("--version")) {
        printVersion();
        return Success;
    }
    if (command == QLatin1String("connect"))
        return runConnect(rest);
    if (command == QLatin1String("listen"))
        return runListen(rest);
    if (command == QLatin1String("replay"))
        return runReplay(rest);
    if (command == QLatin1String("read"))
        return runRead(rest);
    if (command == QLatin1String("transcript")) {
        const int code = runTranscript(rest);
        if (code >= 0)
            return code;
        std::fputs(qPrintable(overview()), stdout); // --help
        return Success;
    }
    // Not a subcommand: the window's arguments, with --help or --version, or refused.
    const WindowParse window = parseWindow(arguments);
    if (window.request != WindowRequest::Open)
        return answerWithoutWindow(window);
    return usageError(Tr::tr("unknown command '%1'").arg(command));
}

} // namespace Sockbench::Cli
