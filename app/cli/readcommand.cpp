#include "readcommand.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <utility>

#include <QCommandLineParser>
#include <QTimer>

#include "arguments.h"
#include "codec/byteformat.h"
#include "codec/payloadparser.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "runner.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/socketstream.h"
#include "session/workbench.h"
#include "standardoutput.h"
#include "tlsarguments.h"

namespace Sockbench::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Cli::ReadCommand)
};

QString arrivedText(qint64 count)
{
    return count == 1 ? Tr::tr("1 byte had arrived") : Tr::tr("%1 bytes had arrived").arg(count);
}

// A size as --max-line takes it: 16M, 512K, or bytes.
QString sizeText(qint64 bytes)
{
    for (const auto &[shift, unit] : { std::pair { 30, 'G' }, { 20, 'M' }, { 10, 'K' } }) {
        if (bytes % (qint64(1) << shift) == 0)
            return QString::number(bytes >> shift) + QLatin1Char(unit);
    }
    return QString::number(bytes);
}

QString secondsText(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

void writeOut(const QByteArray &bytes)
{
    writeStandardOutput(bytes); // a failure ends the command after the step: see onRead()
}

} // namespace

std::optional<ReadStep> ReadStep::parse(const QString &argument, QString *error)
{
    ReadStep step;
    step.argument = argument;
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? argument : argument.left(colon);
    const QString value = colon < 0 ? QString() : argument.mid(colon + 1);

    static const struct
    {
        QLatin1String name;
        Kind kind;
        bool takesValue;
    } kinds[] = {
        { QLatin1String("send"), Kind::Send, true },
        { QLatin1String("line"), Kind::Line, false },
        { QLatin1String("next"), Kind::Next, true },
        { QLatin1String("upto"), Kind::UpTo, true },
        { QLatin1String("end"), Kind::End, false },
        { QLatin1String("available"), Kind::Available, false },
        { QLatin1String("close"), Kind::Close, false },
        { QLatin1String("starttls"), Kind::StartTls, false },
    };
    const auto known = std::find_if(
        std::begin(kinds), std::end(kinds), [&name](const auto &entry) { return entry.name == name; });
    if (known == std::end(kinds)) {
        *error
            = Tr::tr("unknown step '%1'; the steps are send:TEXT, line, next:N, upto:DELIM, end, available, "
                     "close and starttls")
                  .arg(argument);
        return std::nullopt;
    }
    step.kind = known->kind;
    if (!known->takesValue) {
        if (colon >= 0) {
            *error = Tr::tr("%1 takes no value").arg(name);
            return std::nullopt;
        }
        return step;
    }
    if (colon < 0) {
        *error = Tr::tr("%1 needs a value after a colon, as in %1:%2")
                     .arg(name, step.kind == Kind::Next ? QStringLiteral("5") : QStringLiteral(";"));
        return std::nullopt;
    }

    if (step.kind == Kind::Next) {
        bool ok = false;
        step.count = value.toLongLong(&ok);
        if (!ok || step.count < 0 || step.count > std::numeric_limits<int>::max()) {
            *error = Tr::tr("next needs a number of bytes, not '%1'").arg(value);
            return std::nullopt;
        }
        return step;
    }

    // The prefix ("send:", "upto:") is plain ASCII without a backslash, so parsing the whole argument fails
    // at the same escape, and the error's column counts in what the user typed.
    const ParseResult parsed = PayloadParser::parseEscapedText(argument);
    if (!parsed.ok) {
        *error = parsed.errorMessage;
        return std::nullopt;
    }
    step.bytes = parsed.bytes.mid(colon + 1);
    if (step.kind == Kind::UpTo && step.bytes.isEmpty()) {
        *error = Tr::tr("upto needs a delimiter, as in upto:;");
        return std::nullopt;
    }
    return step;
}

ReadCommand::ReadCommand(const ReadOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_client(workbench->createClient())
{
    connect(m_client, &ClientSession::failed, this,
        [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(m_client, &ClientSession::connected, this, &ReadCommand::onConnected);
}

ReadCommand::~ReadCommand() = default;

void ReadCommand::start()
{
    m_client->connectTo(clientOptions(m_options.host, m_options.port));
}

void ReadCommand::onConnected(Connection *connection)
{
    m_connection = connection;
    connection->setIdleTimeout(m_options.common.idleTimeoutMs);
    connect(connection, &Connection::idleTimedOut, this, [this, connection] {
        finish(OtherError,
            tr("connection to %1: %2")
                .arg(connection->peerEndpoint().toString(),
                    StreamErrorText::describe(StreamError::IdleTimeout)));
    });
    m_stream = new SocketStream(connection, this);
    m_stream->setTimeout(m_options.readTimeoutMs);
    if (m_options.maxLineBytes > 0)
        m_stream->setMaxLineLength(m_options.maxLineBytes);
    m_stream->setReadFailurePolicy(m_options.returnAvailable
            ? SocketStream::ReadFailurePolicy::ReturnAvailable
            : SocketStream::ReadFailurePolicy::Signal);
    runSteps();
}

void ReadCommand::runSteps()
{
    const auto onResult = [this](const ReadResult &result) { onRead(result); };
    while (!isFinished() && m_step < m_options.steps.size()) {
        const ReadStep &step = m_options.steps.at(m_step);
        switch (step.kind) {
        case ReadStep::Kind::Send:
            // Straight to the connection (SocketStream would only buffer it first): it records what it
            // sends, so --log and --transcript show the step, and it refuses an empty send on a closed side.
            if (!m_connection || !m_connection->send(step.bytes)) {
                const StreamError error = m_connection ? m_connection->error() : StreamError::Other;
                finish(error == StreamError::None ? int(OtherError) : int(exitCodeFor(error)),
                    tr("%1: cannot send: %2")
                        .arg(stepName(),
                            error == StreamError::None ? tr("our side of the connection is closed")
                                                       : m_connection->errorString()));
                return;
            }
            break;
        case ReadStep::Kind::Close:
            if (m_connection)
                m_connection->shutdownWrite();
            break;
        case ReadStep::Kind::StartTls:
            if (!startTls())
                return;
            break;
        case ReadStep::Kind::Line:
            m_stream->nextLine(this, onResult);
            return;
        case ReadStep::Kind::Next:
            m_stream->next(step.count, this, onResult);
            return;
        case ReadStep::Kind::UpTo:
            m_stream->upTo(step.bytes, this, onResult);
            return;
        case ReadStep::Kind::End:
            m_stream->upToEnd(this, onResult);
            return;
        case ReadStep::Kind::Available:
            m_stream->nextAvailable(this, onResult);
            return;
        }
        ++m_step;
    }
    if (!isFinished())
        closeAndFinish();
}

void ReadCommand::onRead(const ReadResult &result)
{
    if (isFinished())
        return;
    const ReadStep &step = m_options.steps.at(m_step);
    switch (result.status) {
    case ReadStatus::Complete:
        show(step, result.data, {});
        break;
    case ReadStatus::TimedOut:
        if (!result.ok) {
            // Signal policy: the bytes stay in the read buffer, which is what had arrived.
            finish(ConnectTimeout,
                tr("%1: timed out after %2 s; %3")
                    .arg(stepName(), secondsText(m_options.readTimeoutMs),
                        arrivedText(m_stream->bytesAvailable())));
            return;
        }
        show(step, result.data, tr("timed out"));
        break;
    case ReadStatus::PeerClosed:
        if (!result.ok) {
            finish(OtherError,
                tr("%1: %2; %3")
                    .arg(stepName(), result.errorMessage, arrivedText(m_stream->bytesAvailable())));
            return;
        }
        show(step, result.data, tr("peer closed"));
        break;
    case ReadStatus::StreamFailed:
        finish(exitCodeFor(result.error), tr("%1: %2").arg(stepName(), result.errorMessage));
        return;
    case ReadStatus::Refused:
        finish(OtherError, tr("%1: %2").arg(stepName(), result.errorMessage));
        return;
    case ReadStatus::TooLong:
        finish(OtherError,
            tr("%1: %2; --max-line sets it (now %3)")
                .arg(stepName(), result.errorMessage, sizeText(m_stream->maxLineLength())));
        return;
    }
    if (standardOutputStatus() != OutputStatus::Open) {
        finishForOutput();
        return;
    }
    ++m_step;
    runSteps();
}

void ReadCommand::show(const ReadStep &step, const QByteArray &data, const QString &note) const
{
    if (m_options.show == ReadShow::Raw) {
        writeOut(data);
        return;
    }
    // toVisibleText() leaves '"' alone; escaping it keeps the quoted text readable back by
    // parseEscapedText().
    QString visible = ByteFormat::toVisibleText(data);
    visible.replace(QLatin1Char('"'), QLatin1String("\\\""));
    QString line = step.argument + QLatin1String(": \"") + visible + QLatin1Char('"');
    if (!note.isEmpty())
        line += QLatin1String(" (") + note + QLatin1Char(')');
    writeOut(line.toUtf8() + '\n');
}

void ReadCommand::closeAndFinish()
{
    if (!m_connection || !m_connection->isOpen()) {
        finish(Success);
        return;
    }
    // Close only once what was sent has left, so a last send: step is not lost when we exit.
    connect(m_connection, &Connection::closed, this, [this] {
        const StreamError error = m_connection ? m_connection->error() : StreamError::None;
        finish(exitCodeFor(error),
            error == StreamError::None
                ? QString()
                : tr("connection to %1: %2")
                      .arg(m_connection->peerEndpoint().toString(), m_connection->errorString()));
    });
    if (m_options.readTimeoutMs > 0) {
        // A peer that never reads would keep our last bytes queued for ever.
        QTimer::singleShot(m_options.readTimeoutMs, this, [this] {
            finish(ConnectTimeout,
                tr("timed out after %1 s sending the last bytes").arg(secondsText(m_options.readTimeoutMs)));
            if (m_connection)
                m_connection->abort();
        });
    }
    m_connection->close();
}

bool ReadCommand::startTls()
{
    // Bytes that came after the server's go-ahead and before TLS would be read as if they were protected: a
    // known STARTTLS injection. Refuse rather than mix them in.
    if (m_stream->bytesAvailable() > 0) {
        finish(OtherError,
            tr("%1: %2 arrived before TLS started; refusing to mix them with TLS")
                .arg(stepName(), arrivedText(m_stream->bytesAvailable())));
        return false;
    }
    QString error;
    if (!m_connection
        || !m_connection->startTls(m_options.startTls, TlsOptions::Role::Client, m_options.host, &error)) {
        finish(OtherError, tr("%1: %2").arg(stepName(), m_connection ? error : tr("not connected")));
        return false;
    }
    // What follows is sent once the handshake is done (Qt holds it) and read decrypted; a failed handshake
    // fails the next read, or the close, with the TLS error's exit code.
    return true;
}

QString ReadCommand::stepName() const
{
    return tr("step %1 (%2)").arg(QString::number(m_step + 1), m_options.steps.at(m_step).argument);
}

// `sockbench read`'s arguments, parsed beside the command they start.
int runRead(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineTr::tr("Connect to HOST PORT and play a scripted SocketStream conversation."));
    addCommonOptions(parser);
    addTlsOptions(parser, TlsFlags::Client);
    parser.addOptions({
        { QStringLiteral("timeout"), CommandLineTr::tr("How long each read may wait (0: without limit)."),
            CommandLineTr::tr("seconds"), QStringLiteral("10") },
        { QStringLiteral("on-timeout"), CommandLineTr::tr("fail or return."), CommandLineTr::tr("policy"),
            QStringLiteral("fail") },
        { QStringLiteral("max-line"), CommandLineTr::tr("The longest line or upto read."),
            CommandLineTr::tr("size") },
        { QStringLiteral("show"), CommandLineTr::tr("lines or raw."), CommandLineTr::tr("format"),
            QStringLiteral("lines") },
    });
    parser.addPositionalArgument(QStringLiteral("HOST"), CommandLineTr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), CommandLineTr::tr("Port of the server (1-65535)."));
    parser.addPositionalArgument(QStringLiteral("STEP"),
        CommandLineTr::tr("send:TEXT, line, next:N, upto:DELIM, end, "
                          "available, close or starttls."),
        QStringLiteral("STEP..."));
    if (const std::optional<int> stop = parseArguments(parser, arguments, QStringLiteral("read"), 3, false,
            CommandLineTr::tr("read needs HOST, PORT and at least one STEP")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ReadOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    const bool startTlsStep = positional.mid(2).contains(QStringLiteral("starttls"));
    if (startTlsStep && parser.isSet(QStringLiteral("tls")))
        return usageError(
            CommandLineTr::tr("--tls speaks TLS from the start; a starttls step starts it later"));
    if (!readTlsOptions(parser, TlsFlags::Client, &options.common.tls, &error, startTlsStep))
        return usageError(error);
    if (startTlsStep)
        std::swap(options.startTls, options.common.tls); // plain TCP until the step
    if (options.common.crlf)
        return usageError(CommandLineTr::tr("--crlf does not apply to read; end a send: step with \\r\\n"));
    if (!parseHostAndPort(positional.at(0), positional.at(1), &options.host, &options.port, &error))
        return usageError(error);
    const std::optional<int> timeout
        = parseSeconds(QStringLiteral("--timeout"), parser.value(QStringLiteral("timeout")), &error);
    if (!timeout)
        return usageError(error);
    options.readTimeoutMs = *timeout;
    if (parser.isSet(QStringLiteral("max-line"))) {
        // At most 1 GiB: a QByteArray holds no more than 2 GiB, and the line and its buffer are both in
        // memory.
        const std::optional<qint64> maxLine = parseByteSize(
            QStringLiteral("--max-line"), parser.value(QStringLiteral("max-line")), qint64(1) << 30, &error);
        if (!maxLine)
            return usageError(error);
        options.maxLineBytes = *maxLine;
    }
    const QString policy = parser.value(QStringLiteral("on-timeout"));
    if (policy != QLatin1String("fail") && policy != QLatin1String("return"))
        return usageError(CommandLineTr::tr("--on-timeout needs fail or return, not '%1'").arg(policy));
    options.returnAvailable = policy == QLatin1String("return");
    const QString show = parser.value(QStringLiteral("show"));
    if (show != QLatin1String("lines") && show != QLatin1String("raw"))
        return usageError(CommandLineTr::tr("--show needs lines or raw, not '%1'").arg(show));
    options.show = show == QLatin1String("raw") ? ReadShow::Raw : ReadShow::Lines;
    // Every step is checked before connecting, so a typo sends nothing.
    for (qsizetype i = 2; i < positional.size(); ++i) {
        const std::optional<ReadStep> step = ReadStep::parse(positional.at(i), &error);
        if (!step)
            return usageError(
                CommandLineTr::tr("step %1 (%2): %3").arg(QString::number(i - 1), positional.at(i), error));
        options.steps.append(*step);
    }
    return runInWorkbench<ReadCommand>(options);
}

} // namespace Sockbench::Cli
