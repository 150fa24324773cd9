#include "listencommand.h"

#include "arguments.h"
#include "codec/payloadtemplate.h"
#include "consolebridge.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "respond/responder.h"
#include "runner.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "standardoutput.h"
#include "tlsarguments.h"
#include "udpcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Sockbench::Cli {

namespace {

// True when the server answers what clients send itself: standard input is then not read, as for --echo.
bool answers(const ListenOptions &options)
{
    return options.echo || !options.echoPrefix.isEmpty() || !options.answer.isEmpty();
}

} // namespace

bool ListenCommand::answersAndPrints(const ListenOptions &options)
{
    return !options.echoPrefix.isEmpty() || !options.answer.isEmpty();
}

ResponseSettings ListenCommand::responses(const ListenOptions &options)
{
    ResponseSettings settings;
    if (!options.answer.isEmpty()) {
        settings.answer = options.answer;
        settings.finishWithPeer = true;
        settings.name = tr("Responding server");
    } else if (answers(options)) {
        // The prefix is a template of its own; what came follows it, so its columns stay the user's.
        settings.answer = options.echoPrefix + QStringLiteral("{{data}}");
        settings.finishWithPeer = true;
        settings.name = options.echoPrefix.isEmpty() ? tr("Echo server") : tr("Prefix echo server");
    } else if (options.discard) {
        settings.finishWithPeer = true;
        settings.name = tr("Discard server");
    }
    settings.unit = options.lines ? ResponseSettings::Unit::Line : ResponseSettings::Unit::Chunk;
    settings.closeAfterAnswer = options.once;
    settings.greeting = options.greeting;
    settings.match = options.match;
    settings.pattern = options.pattern;
    settings.receiveTimeoutMs = options.receiveTimeoutMs;
    return settings;
}

ListenCommand::ListenCommand(const ListenOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_server(workbench->createServer())
    , m_bridge(new ConsoleBridge(!answers(options) && !options.discard, options.common.crlf, this))
{
    connect(m_server, &ServerSession::accepted, this, [this](Connection *connection) {
        m_bridge->addConnection(connection);
        if (answersAndPrints(m_options)) {
            // The chapter's echo servers log what came (Transcript show:); a plain --echo stays silent.
            connect(connection, &Connection::received, this, [this](const QByteArray &chunk) {
                if (standardOutputStatus() == OutputStatus::Open
                    && writeStandardOutput(chunk) != OutputStatus::Open)
                    finishForOutput();
            });
        }
        if (m_options.keepOpen) {
            connection->setIdleTimeout(m_options.common.idleTimeoutMs); // an idle one just closes
            return;
        }
        // Like nc -l: one client, then no more listening; we are done when it is.
        m_server->stopListening();
        finishWith(connection, tr("connection from %1"));
    });
    connect(m_bridge, &ConsoleBridge::outputClosed, this, &ListenCommand::finishForOutput);
    // Said once: at the limit accepting rests and retries quietly; new clients wait in the backlog.
    connect(m_server, &ServerSession::acceptStalled, this, [this](const QString &message) {
        if (m_saidStalled)
            return;
        m_saidStalled = true;
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
        std::fflush(stderr);
    });
    connect(m_bridge, &ConsoleBridge::inputFailed, this,
        [this](const QString &message) { finish(OtherError, tr("standard input: %1").arg(message)); });
}

ListenCommand::~ListenCommand() = default;

bool ListenCommand::start()
{
    ServerOptions server;
    server.bindAddress = m_options.bindAddress;
    server.port = m_options.port;
    if (m_options.backlog > 0)
        server.backlog = m_options.backlog;
    server.behaviour = m_options.echo ? ServerBehaviour::Echo
        : m_options.discard           ? ServerBehaviour::Discard
                                      : ServerBehaviour::Manual;
    server.tls = m_options.common.tls;
    server.responses = responses(m_options);
    if (!m_server->listen(server)) {
        finish(exitCodeFor(m_server->error()), m_server->errorString());
        return false;
    }
    announceTls(m_server);
    printer()->catchUp();
    if (m_options.acceptTimeoutMs > 0) {
        m_server->expectConnection(m_options.acceptTimeoutMs, this, [this](Connection *connection) {
            if (!connection)
                finish(
                    ConnectTimeout, tr("no client came within %1 s").arg(m_options.acceptTimeoutMs / 1000.0));
        });
    }
    announceListening(m_server, m_options.port);
    return true;
}

// `sockbench listen`'s arguments, parsed beside the command they start.
int runListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineTr::tr("Wait for clients on ADDR:PORT; like nc -l."));
    addCommonOptions(parser);
    addTlsOptions(parser, TlsFlags::Server);
    addUdpOptions(parser, true);
    parser.addOptions({
        { QStringLiteral("bind"), CommandLineTr::tr("Address to listen on."), CommandLineTr::tr("address"),
            QStringLiteral("127.0.0.1") },
        { { QStringLiteral("k"), QStringLiteral("keep-open") },
            CommandLineTr::tr("Serve many clients at once.") },
        { QStringLiteral("echo"), CommandLineTr::tr("Send every byte back.") },
        { QStringLiteral("discard"), CommandLineTr::tr("Drop what clients send.") },
        { QStringLiteral("echo-prefix"), CommandLineTr::tr("Answer TEXT followed by what came."),
            CommandLineTr::tr("text") },
        { QStringLiteral("lines"), CommandLineTr::tr("Answer each line, not each chunk.") },
        { QStringLiteral("once"), CommandLineTr::tr("Close a connection after its first answer.") },
        { QStringLiteral("greet"), CommandLineTr::tr("Send TEXT to each client accepted."),
            CommandLineTr::tr("text") },
        { QStringLiteral("answer"), CommandLineTr::tr("Answer each chunk (line) with TEMPLATE."),
            CommandLineTr::tr("template") },
        { QStringLiteral("on"), CommandLineTr::tr("Answer only what contains TEXT."),
            CommandLineTr::tr("text") },
        { QStringLiteral("on-regex"), CommandLineTr::tr("Answer only what matches REGEX."),
            CommandLineTr::tr("regex") },
        { QStringLiteral("on-hex"), CommandLineTr::tr("Answer only what contains these bytes."),
            CommandLineTr::tr("hex") },
        { QStringLiteral("receive-timeout"), CommandLineTr::tr("Close a connection when nothing comes."),
            CommandLineTr::tr("seconds") },
        { QStringLiteral("backlog"), CommandLineTr::tr("Pending connections."), CommandLineTr::tr("count") },
        { QStringLiteral("accept-timeout"), CommandLineTr::tr("Give up when no client comes."),
            CommandLineTr::tr("seconds") },
    });
    parser.addPositionalArgument(
        QStringLiteral("PORT"), CommandLineTr::tr("Port to listen on (0 picks a free one)."));
    if (const std::optional<int> stop = parseArguments(parser, arguments, QStringLiteral("listen"), 1, true,
            CommandLineTr::tr("listen needs exactly one PORT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ListenOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    if (!readTlsOptions(parser, TlsFlags::Server, &options.common.tls, &error))
        return usageError(error);
    // A service name too (listen http), as connect takes one: the services database says its port.
    const std::optional<quint16> port
        = parsePort(positional.at(0), PortUse::ListenOrService, &error, portProtocol(wantsUdp(parser)));
    if (!port)
        return usageError(error);
    options.port = *port;
    if (!parseBindAddress(parser.value(QStringLiteral("bind")), &options.bindAddress, &error)
        || !applyFamily(
            parser.isSet(QStringLiteral("bind")), &options.bindAddress, options.common.protocol, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("backlog"))) {
        bool backlogOk = false;
        options.backlog = parser.value(QStringLiteral("backlog")).toInt(&backlogOk);
        if (!backlogOk || options.backlog < 1 || options.backlog > 65535)
            return usageError(CommandLineTr::tr("--backlog needs a count from 1 to 65535"));
    }
    if (parser.isSet(QStringLiteral("accept-timeout"))) {
        const std::optional<int> value = parseSeconds(
            QStringLiteral("--accept-timeout"), parser.value(QStringLiteral("accept-timeout")), &error);
        if (!value)
            return usageError(error);
        options.acceptTimeoutMs = *value;
    }
    options.keepOpen = parser.isSet(QStringLiteral("keep-open"));
    options.echo = parser.isSet(QStringLiteral("echo"));
    options.discard = parser.isSet(QStringLiteral("discard"));
    if (options.echo && options.discard)
        return usageError(CommandLineTr::tr("--echo and --discard exclude each other"));
    options.echoPrefix = parser.value(QStringLiteral("echo-prefix"));
    if (parser.isSet(QStringLiteral("echo-prefix")) && options.echoPrefix.isEmpty())
        return usageError(CommandLineTr::tr("--echo-prefix needs a TEXT; --echo answers what came alone"));
    if (!options.echoPrefix.isEmpty() && options.discard)
        return usageError(CommandLineTr::tr("--echo-prefix and --discard exclude each other"));
    options.answer = parser.value(QStringLiteral("answer"));
    if (parser.isSet(QStringLiteral("answer"))) {
        if (options.answer.isEmpty())
            return usageError(CommandLineTr::tr("--answer needs a TEMPLATE"));
        for (const auto &[flag, given] : { std::pair { QStringLiteral("--echo"), options.echo },
                 std::pair { QStringLiteral("--echo-prefix"), !options.echoPrefix.isEmpty() },
                 std::pair { QStringLiteral("--discard"), options.discard } }) {
            if (given)
                return usageError(CommandLineTr::tr("--answer and %1 exclude each other (--answer "
                                                    "'TEXT{{data}}' is --echo-prefix TEXT)")
                                      .arg(flag));
        }
    }
    // One match at most; it says which chunks (lines) the answer goes to, so it needs one.
    const struct
    {
        const char *flag;
        ResponseSettings::Match match;
    } matches[] = { { "on", ResponseSettings::Match::Text },
        { "on-regex", ResponseSettings::Match::RegularExpression },
        { "on-hex", ResponseSettings::Match::Bytes } };
    QString matchFlag;
    for (const auto &[flag, match] : matches) {
        const QString name = QString::fromLatin1(flag);
        if (!parser.isSet(name))
            continue;
        if (!matchFlag.isEmpty())
            return usageError(
                CommandLineTr::tr("%1 and --%2 exclude each other: one match").arg(matchFlag, name));
        matchFlag = QLatin1String("--") + name;
        options.match = match;
        options.pattern = parser.value(name);
    }
    options.lines = parser.isSet(QStringLiteral("lines"));
    options.once = parser.isSet(QStringLiteral("once"));
    const bool answering = answers(options);
    if (options.lines && !answering)
        return usageError(CommandLineTr::tr(
            "--lines needs --echo or --echo-prefix (or --answer): it says what they answer"));
    if (options.once && !answering)
        return usageError(CommandLineTr::tr(
            "--once needs --echo or --echo-prefix (or --answer): it closes after the answer"));
    if (!matchFlag.isEmpty() && !answering)
        return usageError(
            CommandLineTr::tr("%1 needs --answer, --echo-prefix or --echo: it says which chunks they answer")
                .arg(matchFlag));
    if (parser.isSet(QStringLiteral("receive-timeout"))) {
        const std::optional<int> value = parseSeconds(
            QStringLiteral("--receive-timeout"), parser.value(QStringLiteral("receive-timeout")), &error);
        if (!value)
            return usageError(error);
        if (*value == 0)
            return usageError(CommandLineTr::tr(
                "--receive-timeout needs more than 0 seconds (without it, a connection waits for ever)"));
        options.receiveTimeoutMs = *value;
    }
    options.greeting = parser.value(QStringLiteral("greet"));
    if (parser.isSet(QStringLiteral("greet")) && options.greeting.isEmpty())
        return usageError(CommandLineTr::tr("--greet needs a TEXT"));
    // Each template is checked on its own, so the message names the flag and the column in its TEXT.
    for (const auto &[flag, text] : { std::pair { QStringLiteral("--echo-prefix"), options.echoPrefix },
             std::pair { QStringLiteral("--greet"), options.greeting },
             std::pair { QStringLiteral("--answer"), options.answer } }) {
        const PayloadTemplate parsed = PayloadTemplate::parse(text, PayloadMode::Text);
        if (!parsed.isValid())
            return usageError(CommandLineTr::tr("%1: %2").arg(flag, parsed.errorMessage()));
    }
    // The match, and the whole, as the server will take them: the Responder's own check, not a second one.
    if (!matchFlag.isEmpty()) {
        ResponseSettings match;
        match.match = options.match;
        match.pattern = options.pattern;
        if (!Responder::create(match, &error))
            return usageError(CommandLineTr::tr("%1: %2").arg(matchFlag, error));
    }
    if (!Responder::create(ListenCommand::responses(options), &error))
        return usageError(error);
    if (const std::optional<int> stop = refuseUdpFlagsWithoutUdp(parser))
        return *stop;
    if (wantsUdp(parser))
        return runUdpListen(options, readUdpFlags(parser));

    return runInWorkbench<ListenCommand>(options);
}

} // namespace Sockbench::Cli
