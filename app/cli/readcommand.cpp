#include "readcommand.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <utility>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include "arguments.h"
#include "codec/byteformat.h"
#include "codec/payloadparser.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "runner.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/socketstream.h"
#include "session/udpsession.h"
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

// The chapter's byte array, as Pharo prints one: #[65 66 67].
QByteArray byteArrayText(const QByteArray &data)
{
    QByteArray text("#[");
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (i > 0)
            text += ' ';
        text += QByteArray::number(uchar(data.at(i)));
    }
    return text + ']';
}

// The chapter's chunk reader waits this long before it asks whether data is available.
constexpr int WhileAvailableWaitMs = 100;
// A sendfile: step queues chunks while less than this waits to be sent, then waits for the connection.
constexpr qint64 SendFileHighWater = 1024 * 1024;
// The largest chunk of sendfile: and piece of while-available: (a chunk is built in memory).
constexpr qint64 MaxChunk = 64 * 1024 * 1024;
// The largest datagram IPv4 carries (65,535 - 20 - 8): a sendfile: chunk over UDP is one datagram.
constexpr qint64 MaxDatagram = 65507;

} // namespace

std::optional<ReadStep> ReadStep::parse(const QString &argument, QString *error, bool datagrams)
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
        { QLatin1String("command"), Kind::Command, true },
        { QLatin1String("line"), Kind::Line, false },
        { QLatin1String("next"), Kind::Next, true },
        { QLatin1String("upto"), Kind::UpTo, true },
        { QLatin1String("end"), Kind::End, false },
        { QLatin1String("receive"), Kind::Receive, false },
        { QLatin1String("available"), Kind::Available, false },
        { QLatin1String("while-available"), Kind::WhileAvailable, true },
        { QLatin1String("sendfile"), Kind::SendFile, true },
        { QLatin1String("close"), Kind::Close, false },
        { QLatin1String("starttls"), Kind::StartTls, false },
    };
    const auto known = std::find_if(
        std::begin(kinds), std::end(kinds), [&name](const auto &entry) { return entry.name == name; });
    if (known == std::end(kinds)) {
        *error
            = Tr::tr("unknown step '%1'; the steps are send:TEXT, command:TEXT, line, next:N, upto:DELIM, "
                     "end, receive, available, while-available:next:N, sendfile:PATH:N, close and starttls")
                  .arg(argument);
        return std::nullopt;
    }
    step.kind = known->kind;
    if (datagrams) {
        // A datagram is read whole or not at all: the stream's reads, which cut or join bytes, do not apply.
        switch (step.kind) {
        case Kind::Line:
        case Kind::Next:
        case Kind::UpTo:
        case Kind::End:
            *error = Tr::tr("%1 reads a byte stream; over UDP a read is one datagram, whole: use receive "
                            "(waits for one) or available (takes one if it is there)")
                         .arg(name);
            return std::nullopt;
        case Kind::Close:
            *error
                = Tr::tr("close half-closes a TCP connection; UDP has no half-close (the last step ends it)");
            return std::nullopt;
        case Kind::StartTls:
            *error = Tr::tr("starttls is for TCP; sockbench does not speak TLS over UDP (DTLS)");
            return std::nullopt;
        case Kind::WhileAvailable:
            if (colon >= 0) {
                *error = Tr::tr("over UDP a read is one datagram, whole: write while-available, without "
                                "next:N");
                return std::nullopt;
            }
            return step;
        default:
            break;
        }
    }
    if (!known->takesValue) {
        if (colon >= 0) {
            *error = Tr::tr("%1 takes no value").arg(name);
            return std::nullopt;
        }
        return step;
    }
    if (colon < 0) {
        const QString example = step.kind == Kind::Next ? QStringLiteral("5")
            : step.kind == Kind::WhileAvailable         ? QStringLiteral("next:5")
            : step.kind == Kind::SendFile               ? QStringLiteral("song.mp3:3000")
            : step.kind == Kind::Command                ? QStringLiteral("HELO")
                                                        : QStringLiteral(";");
        *error = Tr::tr("%1 needs a value after a colon, as in %1:%2").arg(name, example);
        return std::nullopt;
    }

    // A count of bytes per read or chunk: 1 to MaxChunk (next: also takes 0, as next: 0 does in Pharo).
    const auto parseCount = [&](const QString &text, qint64 least, const QString &what) -> bool {
        bool ok = false;
        step.count = text.toLongLong(&ok);
        if (!ok || step.count < least || step.count > MaxChunk) {
            *error = Tr::tr("%1 needs a number of bytes from %2 to %3, not '%4'")
                         .arg(what)
                         .arg(least)
                         .arg(MaxChunk)
                         .arg(text);
            return false;
        }
        return true;
    };

    if (step.kind == Kind::Next) {
        // next:N up to 2^31-1, as before: a read, not a chunk built in memory.
        bool ok = false;
        step.count = value.toLongLong(&ok);
        if (!ok || step.count < 0 || step.count > std::numeric_limits<int>::max()) {
            *error = Tr::tr("next needs a number of bytes, not '%1'").arg(value);
            return std::nullopt;
        }
        return step;
    }
    if (step.kind == Kind::WhileAvailable) {
        if (!value.startsWith(QLatin1String("next:"))) {
            *error
                = Tr::tr("while-available needs the read to repeat, as in while-available:next:5, not '%1'")
                      .arg(value);
            return std::nullopt;
        }
        if (!parseCount(value.mid(5), 1, QStringLiteral("while-available:next")))
            return std::nullopt;
        return step;
    }
    if (step.kind == Kind::SendFile) {
        // The chunk size follows the last colon, so a path may hold colons of its own.
        const qsizetype last = value.lastIndexOf(QLatin1Char(':'));
        if (last < 0) {
            *error = Tr::tr("sendfile needs a path and a chunk size, as in sendfile:song.mp3:3000, not '%1'")
                         .arg(argument);
            return std::nullopt;
        }
        step.path = value.left(last);
        if (!parseCount(value.mid(last + 1), 1, QStringLiteral("sendfile's chunk size")))
            return std::nullopt;
        if (datagrams && step.count > MaxDatagram) {
            *error = Tr::tr("over UDP each chunk is one datagram: at most %1 bytes, not %2")
                         .arg(MaxDatagram)
                         .arg(step.count);
            return std::nullopt;
        }
        const QFileInfo info(step.path);
        if (step.path.isEmpty() || !info.exists()) {
            *error = Tr::tr("no file '%1'").arg(step.path);
            return std::nullopt;
        }
        if (info.isDir()) {
            *error = Tr::tr("'%1' is a folder, not a file").arg(step.path);
            return std::nullopt;
        }
        if (!info.isReadable()) {
            *error = Tr::tr("cannot read '%1': permission denied").arg(step.path);
            return std::nullopt;
        }
        return step;
    }

    // The prefix ("send:", "upto:", "command:") is plain ASCII without a backslash, so parsing the whole
    // argument fails at the same escape, and the error's column counts in what the user typed.
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
    if (step.kind == Kind::Command)
        step.bytes += "\r\n";
    return step;
}

ReadCommand::ReadCommand(const ReadOptions &options, Workbench *workbench, QObject *parent)
    : Command(options.common, workbench, parent)
    , m_options(options)
    , m_workbench(workbench)
{ }

ReadCommand::~ReadCommand() = default;

void ReadCommand::start()
{
    if (m_options.udp) {
        startUdp();
        return;
    }
    if (m_options.listen) {
        listen();
        return;
    }
    m_client = m_workbench->createClient();
    connect(m_client, &ClientSession::failed, this,
        [this](StreamError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(m_client, &ClientSession::connected, this, &ReadCommand::onConnected);
    m_client->connectTo(clientOptions(m_options.host, m_options.port));
}

void ReadCommand::listen()
{
    // The chapter's SocketStream server: listen, accept one client (within the accept timeout), play.
    m_server = m_workbench->createServer();
    ServerOptions server;
    server.bindAddress = m_options.bindAddress;
    server.port = m_options.port;
    if (!m_server->listen(server)) {
        finish(exitCodeFor(m_server->error()), m_server->errorString());
        return;
    }
    printer()->catchUp();
    m_server->expectConnection(m_options.acceptTimeoutMs, this, [this](Connection *connection) {
        if (!connection) {
            finish(
                ConnectTimeout, tr("no client came within %1 s").arg(secondsText(m_options.acceptTimeoutMs)));
            return;
        }
        m_server->stopListening(); // the first client only, as the chapter's server has
        onConnected(connection);
    });
    announceListening(m_server, m_options.port);
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
    m_stream->setLineEnd(m_options.crlfLines ? SocketStream::LineEnd::CrLf : SocketStream::LineEnd::LfOrCrLf);
    m_stream->setReadFailurePolicy(m_options.returnAvailable
            ? SocketStream::ReadFailurePolicy::ReturnAvailable
            : SocketStream::ReadFailurePolicy::Signal);
    runSteps();
}

bool ReadCommand::sendBytes(const QByteArray &bytes)
{
    // Straight to the connection (SocketStream would only buffer it first): it records what it sends, so
    // --log and --transcript show the step, and it refuses an empty send on a closed side.
    if (m_connection && m_connection->send(bytes))
        return true;
    const StreamError error = m_connection ? m_connection->error() : StreamError::Other;
    finish(error == StreamError::None ? int(OtherError) : int(exitCodeFor(error)),
        tr("%1: cannot send: %2")
            .arg(stepName(),
                error == StreamError::None ? tr("our side of the connection is closed")
                                           : m_connection->errorString()));
    return false;
}

void ReadCommand::runSteps()
{
    const auto onResult = [this](const ReadResult &result) { onRead(result); };
    while (!isFinished() && m_step < m_options.steps.size()) {
        const ReadStep &step = m_options.steps.at(m_step);
        switch (step.kind) {
        case ReadStep::Kind::Send:
        case ReadStep::Kind::Command:
            if (!sendBytes(step.bytes))
                return;
            break;
        case ReadStep::Kind::SendFile:
            if (!sendFileChunks(step))
                return;
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
        case ReadStep::Kind::Receive:
        case ReadStep::Kind::Available:
        case ReadStep::Kind::WhileAvailable:
            if (m_udp) {
                if (!readDatagram(step))
                    return;
                break;
            }
            if (step.kind == ReadStep::Kind::Receive)
                m_stream->nextAvailable(this, onResult);
            else if (step.kind == ReadStep::Kind::Available)
                m_stream->receiveAvailable(this, onResult);
            else
                nextWhileAvailable();
            return;
        }
        ++m_step;
    }
    if (isFinished())
        return;
    if (m_udp)
        finishWhenSent();
    else
        closeAndFinish();
}

void ReadCommand::startUdp()
{
    m_udp = m_workbench->create<UdpSession>();
    connect(m_udp, &Session::statusChanged, this, [this](SessionStatus status) {
        if (status == SessionStatus::Failed)
            finish(exitCodeFor(m_udp->error()), m_udp->errorString());
    });
    m_datagramTimer = new QTimer(this);
    m_datagramTimer->setSingleShot(true);
    m_datagramTimer->setTimerType(Qt::PreciseTimer); // a coarse timer fires up to 5% early
    connect(m_datagramTimer, &QTimer::timeout, this, [this] {
        if (!m_waitingForDatagram || isFinished())
            return;
        m_waitingForDatagram = false;
        if (!m_options.returnAvailable) {
            finish(ConnectTimeout,
                tr("%1: timed out after %2 s; no datagram had arrived")
                    .arg(stepName(), secondsText(m_options.readTimeoutMs)));
            return;
        }
        if (!showDatagram(m_options.steps.at(m_step), {}, tr("timed out")))
            return;
        ++m_step;
        runSteps();
    });
    UdpOptions udp;
    udp.protocol = m_options.common.protocol;
    if (m_options.listen) {
        // The server side: the first peer heard is the client; its first datagram is the first one read.
        udp.bindAddress = m_options.bindAddress;
        udp.port = m_options.port;
        connect(m_udp, &UdpSession::peerAdded, this, [this](Connection *peer) {
            if (m_connection)
                return;
            m_udp->connectTo(peer); // as listen -u: the one peer from now on
            onUdpPeer(peer);
        });
        connect(m_udp, &UdpSession::ready, this, [this] {
            printer()->catchUp();
            if (m_options.port == 0 && !m_options.common.verbose)
                std::fprintf(stderr, "sockbench: %s\n",
                    qPrintable(QCoreApplication::translate("Sockbench::Cli::ListenCommand", "listening on %1")
                                   .arg(QStringLiteral("udp ") + m_udp->boundEndpoint().toString())));
            if (!m_udp->boundEndpoint().address.isLoopback())
                std::fprintf(stderr, "sockbench: %s\n",
                    qPrintable(QCoreApplication::translate("Sockbench::Cli::CommandLine",
                        "warning: listening on %1 is reachable from the network, not only from this computer")
                                   .arg(m_udp->boundEndpoint().address.toString())));
            std::fflush(stderr);
            if (m_options.acceptTimeoutMs > 0) {
                QTimer::singleShot(m_options.acceptTimeoutMs, Qt::PreciseTimer, this, [this] {
                    if (!m_connection)
                        finish(ConnectTimeout,
                            tr("no peer's datagram came within %1 s")
                                .arg(secondsText(m_options.acceptTimeoutMs)));
                });
            }
        });
    } else {
        // Connected, as connect -u: only the destination is heard, and a port nobody listens on is refused.
        udp.destinationHost = m_options.host;
        udp.destinationPort = m_options.port;
        udp.connected = true;
        connect(m_udp, &UdpSession::ready, this, [this] { onUdpPeer(m_udp->destinationPeer()); });
    }
    m_udp->start(udp); // a failure finishes through statusChanged()
}

void ReadCommand::onUdpPeer(Connection *peer)
{
    if (!peer) {
        finish(OtherError, tr("no UDP peer to play the steps to"));
        return;
    }
    m_connection = peer;
    peer->setIdleTimeout(m_options.common.idleTimeoutMs);
    connect(peer, &Connection::idleTimedOut, this, [this, peer] {
        finish(OtherError,
            tr("connection to %1: %2")
                .arg(peer->peerEndpoint().toString(), StreamErrorText::describe(StreamError::IdleTimeout)));
    });
    connect(peer, &Connection::received, this, &ReadCommand::onDatagram);
    connect(peer, &Connection::closed, this, [this, peer] {
        const StreamError error = peer->error();
        finish(error == StreamError::None ? int(OtherError) : int(exitCodeFor(error)),
            tr("connection to %1: %2")
                .arg(peer->peerEndpoint().toString(),
                    error == StreamError::None ? tr("closed before the last step") : peer->errorString()));
    });
    // On a later turn: a listener's first peer is made just before its first datagram is delivered, and
    // an available step must see that datagram.
    QMetaObject::invokeMethod(this, &ReadCommand::runSteps, Qt::QueuedConnection);
}

void ReadCommand::onDatagram(const QByteArray &datagram)
{
    m_datagrams.append(datagram);
    if (!m_waitingForDatagram || isFinished())
        return;
    m_waitingForDatagram = false;
    m_datagramTimer->stop();
    runSteps(); // the receive step takes it now
}

bool ReadCommand::readDatagram(const ReadStep &step)
{
    switch (step.kind) {
    case ReadStep::Kind::Receive:
        if (m_datagrams.isEmpty()) {
            m_waitingForDatagram = true;
            if (m_options.readTimeoutMs > 0)
                m_datagramTimer->start(m_options.readTimeoutMs);
            return false;
        }
        return showDatagram(step, m_datagrams.takeFirst(), {});
    case ReadStep::Kind::Available:
        // "Nothing" said apart from an empty datagram, which is one.
        if (m_datagrams.isEmpty())
            return showDatagram(step, {}, tr("no datagram"));
        return showDatagram(step, m_datagrams.takeFirst(), {});
    case ReadStep::Kind::WhileAvailable:
        // The chapter's reader over datagrams: wait 100 ms, then every datagram there, one line each.
        if (!m_waitedForData) {
            QTimer::singleShot(WhileAvailableWaitMs, Qt::PreciseTimer, this, [this] {
                m_waitedForData = true;
                if (!isFinished())
                    runSteps();
            });
            return false;
        }
        m_waitedForData = false;
        while (!m_datagrams.isEmpty()) {
            if (!showDatagram(step, m_datagrams.takeFirst(), {}))
                return false;
        }
        return true;
    default:
        break;
    }
    return true;
}

bool ReadCommand::showDatagram(const ReadStep &step, const QByteArray &data, const QString &note)
{
    show(step, data, note);
    if (standardOutputStatus() != OutputStatus::Open) {
        finishForOutput();
        return false;
    }
    return true;
}

void ReadCommand::finishWhenSent()
{
    // UDP has no close to wait for: once the last datagram has left, the steps are done.
    if (!m_connection || m_connection->bytesToWrite() == 0) {
        finish(Success);
        return;
    }
    connect(m_connection, &Connection::bytesWritten, this, [this] {
        if (!m_connection || m_connection->bytesToWrite() == 0)
            finish(Success);
    });
}

bool ReadCommand::sendFileChunks(const ReadStep &step)
{
    if (!m_file) {
        m_file = std::make_unique<QFile>(step.path);
        if (!m_file->open(QIODevice::ReadOnly)) {
            finish(
                OtherError, tr("%1: cannot read %2: %3").arg(stepName(), step.path, m_file->errorString()));
            return false;
        }
    }
    // One send per chunk, as the chapter's next:putAll:startingAt: and flush; queued no further ahead than
    // the high-water mark, so a large file is never all in memory.
    while (m_connection && m_connection->bytesToWrite() < SendFileHighWater) {
        QByteArray chunk = m_file->read(step.count);
        if (chunk.isEmpty()) {
            if (m_file->error() != QFileDevice::NoError) {
                finish(OtherError,
                    tr("%1: cannot read %2: %3").arg(stepName(), step.path, m_file->errorString()));
                return false;
            }
            m_file.reset();
            return true;
        }
        if (chunk.size() < step.count)
            chunk.append(QByteArray(step.count - chunk.size(), '\0')); // the last chunk, padded
        if (!sendBytes(chunk))
            return false;
    }
    if (!m_connection)
        return sendBytes({});
    m_drained = connect(m_connection, &Connection::bytesWritten, this, [this] {
        if (m_connection && m_connection->bytesToWrite() >= SendFileHighWater)
            return;
        disconnect(m_drained);
        runSteps();
    });
    return false;
}

void ReadCommand::nextWhileAvailable()
{
    // The chapter's reader: wait 100 ms, then next: N while isDataAvailable, one output line per piece.
    if (!m_waitedForData) {
        QTimer::singleShot(WhileAvailableWaitMs, Qt::PreciseTimer, this, [this] {
            m_waitedForData = true;
            if (!isFinished())
                nextWhileAvailable();
        });
        return;
    }
    if (m_stream->isDataAvailable()) {
        m_stream->next(
            m_options.steps.at(m_step).count, this, [this](const ReadResult &result) { onRead(result); });
        return;
    }
    m_waitedForData = false;
    ++m_step;
    runSteps();
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
    case ReadStatus::BufferFull: // read's stream has no buffer bound; said plainly all the same
        finish(OtherError, tr("%1: %2").arg(stepName(), result.errorMessage));
        return;
    }
    if (standardOutputStatus() != OutputStatus::Open) {
        finishForOutput();
        return;
    }
    if (step.kind == ReadStep::Kind::WhileAvailable && result.status == ReadStatus::Complete) {
        nextWhileAvailable(); // the next piece, while data is there
        return;
    }
    m_waitedForData = false;
    ++m_step;
    runSteps();
}

void ReadCommand::show(const ReadStep &step, const QByteArray &data, const QString &note) const
{
    if (m_options.show == ReadShow::Raw) {
        writeOut(m_options.binary ? byteArrayText(data) + '\n' : data);
        return;
    }
    if (m_options.binary) {
        QByteArray line = step.argument.toUtf8() + ": " + byteArrayText(data);
        if (!note.isEmpty())
            line += " (" + note.toUtf8() + ')';
        writeOut(line + '\n');
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
        QTimer::singleShot(m_options.readTimeoutMs, Qt::PreciseTimer, this, [this] {
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

// `sockbench read`'s arguments, parsed beside the command they start: every flag of read is here, in one
// place.
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
        { QStringLiteral("binary"), CommandLineTr::tr("Show each read as a byte array, #[65 66 67].") },
        { QStringLiteral("crlf-lines"), CommandLineTr::tr("A line read needs CR LF, as Pharo's nextLine.") },
        { QStringLiteral("listen"),
            CommandLineTr::tr("Wait for one client on PORT and play the steps to it.") },
        { QStringLiteral("bind"), CommandLineTr::tr("Address to listen on."), CommandLineTr::tr("address"),
            QStringLiteral("127.0.0.1") },
        { QStringLiteral("accept-timeout"), CommandLineTr::tr("Give up when no client comes."),
            CommandLineTr::tr("seconds") },
        { { QStringLiteral("u"), QStringLiteral("udp") },
            CommandLineTr::tr("UDP: each send and each read one datagram.") },
    });
    parser.addPositionalArgument(QStringLiteral("HOST"), CommandLineTr::tr("Name or address of the server."));
    parser.addPositionalArgument(QStringLiteral("PORT"), CommandLineTr::tr("Port of the server (1-65535)."));
    parser.addPositionalArgument(QStringLiteral("STEP"),
        CommandLineTr::tr("send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, "
                          "while-available:next:N, sendfile:PATH:N, close or starttls."),
        QStringLiteral("STEP..."));
    // Told apart before parsing, for the count of words: HOST PORT STEP..., or with --listen PORT STEP....
    const bool listen = arguments.contains(QStringLiteral("--listen"));
    if (const std::optional<int> stop = listen
            ? parseArguments(parser, arguments, QStringLiteral("read"), 2, false,
                CommandLineTr::tr("read --listen needs PORT and at least one STEP"))
            : parseArguments(parser, arguments, QStringLiteral("read"), 3, false,
                CommandLineTr::tr("read needs HOST, PORT and at least one STEP")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    ReadOptions options;
    QString error;
    if (!readCommonOptions(parser, &options.common, &error))
        return usageError(error);
    const bool startTlsStep = positional.mid(listen ? 1 : 2).contains(QStringLiteral("starttls"));
    if (startTlsStep && parser.isSet(QStringLiteral("tls")))
        return usageError(
            CommandLineTr::tr("--tls speaks TLS from the start; a starttls step starts it later"));
    if (!readTlsOptions(parser, TlsFlags::Client, &options.common.tls, &error, startTlsStep))
        return usageError(error);
    if (startTlsStep)
        std::swap(options.startTls, options.common.tls); // plain TCP until the step
    if (options.common.crlf)
        return usageError(CommandLineTr::tr(
            "--crlf does not apply to read; end a send: step with \\r\\n, or use command:TEXT"));
    options.listen = listen;
    options.udp = parser.isSet(QStringLiteral("udp"));
    if (options.udp) {
        // What has no meaning for datagrams is refused by name, not ignored.
        if (options.common.tls.enabled)
            return usageError(CommandLineTr::tr("-u: sockbench does not speak TLS over UDP (DTLS)"));
        for (const QString &flag : { QStringLiteral("crlf-lines"), QStringLiteral("max-line") }) {
            if (parser.isSet(flag))
                return usageError(CommandLineTr::tr(
                    "--%1 is for line and upto, which read a byte stream; -u reads datagrams")
                                      .arg(flag));
        }
    }
    qsizetype firstStep = 2;
    if (listen) {
        if (!parseBindAddress(parser.value(QStringLiteral("bind")), &options.bindAddress, &error)
            || !applyFamily(
                parser.isSet(QStringLiteral("bind")), &options.bindAddress, options.common.protocol, &error))
            return usageError(error);
        const std::optional<quint16> port
            = parsePort(positional.at(0), PortUse::ListenOrService, &error, portProtocol(options.udp));
        if (!port)
            return usageError(error);
        options.port = *port;
        firstStep = 1;
        if (parser.isSet(QStringLiteral("accept-timeout"))) {
            const std::optional<int> value = parseSeconds(
                QStringLiteral("--accept-timeout"), parser.value(QStringLiteral("accept-timeout")), &error);
            if (!value)
                return usageError(error);
            options.acceptTimeoutMs = *value;
        }
    } else {
        for (const QString &flag : { QStringLiteral("bind"), QStringLiteral("accept-timeout") }) {
            if (parser.isSet(flag))
                return usageError(CommandLineTr::tr("--%1 goes with --listen").arg(flag));
        }
        if (!parseHostAndPort(positional.at(0), positional.at(1), &options.host, &options.port, &error,
                portProtocol(options.udp)))
            return usageError(error);
    }
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
    options.binary = parser.isSet(QStringLiteral("binary"));
    options.crlfLines = parser.isSet(QStringLiteral("crlf-lines"));
    if (positional.size() <= firstStep)
        return usageError(listen ? CommandLineTr::tr("read --listen needs PORT and at least one STEP")
                                 : CommandLineTr::tr("read needs HOST, PORT and at least one STEP"));
    // Every step is checked before connecting (or listening), so a typo sends nothing.
    for (qsizetype i = firstStep; i < positional.size(); ++i) {
        const std::optional<ReadStep> step = ReadStep::parse(positional.at(i), &error, options.udp);
        if (!step)
            return usageError(CommandLineTr::tr("step %1 (%2): %3")
                                  .arg(QString::number(i - firstStep + 1), positional.at(i), error));
        options.steps.append(*step);
    }
    return runInWorkbench<ReadCommand>(options);
}

} // namespace Sockbench::Cli
