#pragma once

#include "command.h"
#include "options.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QFile;
class QTimer;

namespace Sockbench {
class ClientSession;
class Connection;
class ServerSession;
class SocketStream;
class UdpSession;
class Workbench;
struct ReadResult;
} // namespace Sockbench

namespace Sockbench::Cli {

/// One step of a `sockbench read` script, parsed from one argument such as `line`, `next:5` or `send:Hi\r\n`.
struct ReadStep
{
    enum class Kind {
        Send, ///< send:TEXT, with C escapes.
        Command, ///< command:TEXT: TEXT (with C escapes) then CR LF, the chapter's sendCommand:.
        Line, ///< line: SocketStream::nextLine().
        Next, ///< next:N: exactly N bytes.
        UpTo, ///< upto:DELIM, with C escapes; the delimiter is consumed, not shown.
        End, ///< end: everything until the peer closes.
        Receive, ///< receive: one piece, waiting up to the timeout (receiveData).
        Available, ///< available: whatever is there, without waiting (receiveAvailableData).
        WhileAvailable, ///< while-available:next:N: after a short wait, N-byte pieces while data is there.
        SendFile, ///< sendfile:PATH:N: the file in N-byte chunks, the last padded with zeros.
        Close, ///< close: half-close our side (the peer sees end of input); reading goes on.
        StartTls, ///< starttls: TLS from here on (STARTTLS), with the TLS flags given.
    };

    Kind kind = Kind::Line;
    QString argument; ///< The step as typed, for messages and --show lines.
    QByteArray bytes; ///< Send, Command: the payload (Command's with its CR LF); UpTo: the delimiter.
    qint64 count = 0; ///< Next, WhileAvailable: bytes per read; SendFile: bytes per chunk.
    QString path; ///< SendFile: the file.

    bool isRead() const
    {
        return kind != Kind::Send && kind != Kind::Command && kind != Kind::SendFile && kind != Kind::Close
            && kind != Kind::StartTls;
    }

    /// Parses one step argument; on a bad step, std::nullopt and *error says why (with the column, for a
    /// bad escape, counted in the whole argument). With datagrams (read -u), a read step is one datagram
    /// whole: receive, available and while-available (without next:N) read one; the stream's steps (line,
    /// next, upto, end, close, starttls) are refused with the reason, and a sendfile chunk must fit one.
    static std::optional<ReadStep> parse(const QString &argument, QString *error, bool datagrams = false);
};

/// How `sockbench read` shows what each read step returned.
enum class ReadShow {
    Lines, ///< One line per read: `STEP: "visible bytes"`, escaped like the send panel.
    Raw, ///< What each read returns, nothing added.
};

struct ReadOptions
{
    CommonOptions common;
    QString host; ///< Where to connect; unused with listen.
    quint16 port = 0; ///< Where to connect, or with listen where to listen (0: a free port).
    bool listen = false; ///< Wait for one client and play the steps as the server side.
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    int acceptTimeoutMs = 0; ///< With listen: give up when no client comes this long (0: wait forever).
    bool binary = false; ///< --binary: each read shown as the chapter's byte array, #[65 66 67].
    bool crlfLines = false; ///< --crlf-lines: line needs CR LF, as Pharo's nextLine.
    QList<ReadStep> steps;
    int readTimeoutMs = 10000; ///< Per read; 0: wait without limit.
    qint64 maxLineBytes = 0; ///< --max-line: the longest line: or upto: read (0: SocketStream's default).
    bool returnAvailable
        = false; ///< --on-timeout return: a short read returns what came (shouldSignal: false).
    ReadShow show = ReadShow::Lines;
    TlsOptions startTls; ///< What the starttls step upgrades with (the TLS flags; --tls itself excluded).
    bool udp = false; ///< -u: over UDP, each read step one datagram (see ReadStep::parse()).
};

/// `sockbench read HOST PORT STEP...`: connects, then plays a scripted SocketStream conversation, one step
/// after the other, printing what each read returns; the chapter's SocketStream scenarios from a shell.
/// With --listen it plays them as the server side, for the first client that comes. With -u it speaks UDP:
/// each send one datagram, each read one datagram whole (no SocketStream: a stream has no boundaries).
class ReadCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadCommand)
public:
    ReadCommand(const ReadOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ReadCommand() override;

    void start();

private:
    void listen();
    void onConnected(Connection *connection);
    void runSteps();
    bool sendBytes(const QByteArray &bytes);
    /// Sends the next chunks of a sendfile: step; false when the step is not done yet (it resumes when the
    /// connection has taken what is queued) or the command finished.
    bool sendFileChunks(const ReadStep &step);
    /// The next piece of a while-available: step, or the end of the step when no data is there.
    void nextWhileAvailable();
    void onRead(const ReadResult &result);
    void show(const ReadStep &step, const QByteArray &data, const QString &note) const;
    void closeAndFinish();
    /// The starttls step; false when it finished the command.
    bool startTls();
    QString stepName() const;
    // -u: the UDP session, its one peer, and the datagrams it sent that no step has read yet.
    void startUdp();
    void onUdpPeer(Connection *peer);
    void onDatagram(const QByteArray &datagram);
    /// A receive, available or while-available step over UDP; true when it is done (the next step may
    /// run), false when it waits for a datagram or the command finished.
    bool readDatagram(const ReadStep &step);
    /// Shows one datagram (or nothing, with a note) for the running step; false when output failed.
    bool showDatagram(const ReadStep &step, const QByteArray &data, const QString &note);
    /// After the last step over UDP: ends once what the steps sent has left.
    void finishWhenSent();

    ReadOptions m_options;
    Workbench *m_workbench = nullptr;
    ClientSession *m_client = nullptr;
    ServerSession *m_server = nullptr;
    QPointer<Connection> m_connection;
    SocketStream *m_stream = nullptr;
    qsizetype m_step = 0; ///< Index of the step running (or next to run).
    std::unique_ptr<QFile> m_file; ///< The file a sendfile: step is sending.
    QMetaObject::Connection m_drained; ///< Resumes a sendfile: step once the queue has drained.
    bool m_waitedForData = false; ///< A while-available: step's first wait is over.
    UdpSession *m_udp = nullptr;
    QList<QByteArray> m_datagrams; ///< -u: received, not read yet, in order.
    QTimer *m_datagramTimer = nullptr; ///< -u: a receive step's timeout.
    bool m_waitingForDatagram = false; ///< -u: a receive step waits.
};

/// `sockbench read ...`: parses arguments (the program name, then what follows the command word), runs
/// the command to its end and returns the exit code.
int runRead(const QStringList &arguments);

} // namespace Sockbench::Cli
