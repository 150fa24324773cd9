#pragma once

#include "command.h"
#include "options.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sockbench {
class ClientSession;
class Connection;
class SocketStream;
class Workbench;
struct ReadResult;
} // namespace Sockbench

namespace Sockbench::Cli {

/// One step of a `sockbench read` script, parsed from one argument such as `line`, `next:5` or `send:Hi\r\n`.
struct ReadStep
{
    enum class Kind {
        Send, ///< send:TEXT, with C escapes.
        Line, ///< line: SocketStream::nextLine().
        Next, ///< next:N: exactly N bytes.
        UpTo, ///< upto:DELIM, with C escapes; the delimiter is consumed, not shown.
        End, ///< end: everything until the peer closes.
        Available, ///< available: whatever is there, waiting for at least one byte.
        Close, ///< close: half-close our side (the peer sees end of input); reading goes on.
        StartTls, ///< starttls: TLS from here on (STARTTLS), with the TLS flags given.
    };

    Kind kind = Kind::Line;
    QString argument; ///< The step as typed, for messages and --show lines.
    QByteArray bytes; ///< Send: the payload; UpTo: the delimiter.
    qint64 count = 0; ///< Next: how many bytes.

    bool isRead() const { return kind != Kind::Send && kind != Kind::Close && kind != Kind::StartTls; }

    /// Parses one step argument; on a bad step, std::nullopt and *error says why (with the column, for a
    /// bad escape, counted in the whole argument).
    static std::optional<ReadStep> parse(const QString &argument, QString *error);
};

/// How `sockbench read` shows what each read step returned.
enum class ReadShow {
    Lines, ///< One line per read: `STEP: "visible bytes"`, escaped like the send panel.
    Raw, ///< What each read returns, nothing added.
};

struct ReadOptions
{
    CommonOptions common;
    QString host;
    quint16 port = 0;
    QList<ReadStep> steps;
    int readTimeoutMs = 10000; ///< Per read; 0: wait without limit.
    qint64 maxLineBytes = 0; ///< --max-line: the longest line: or upto: read (0: SocketStream's default).
    bool returnAvailable
        = false; ///< --on-timeout return: a short read returns what came (shouldSignal: false).
    ReadShow show = ReadShow::Lines;
    TlsOptions startTls; ///< What the starttls step upgrades with (the TLS flags; --tls itself excluded).
};

/// `sockbench read HOST PORT STEP...`: connects, then plays a scripted SocketStream conversation, one step
/// after the other, printing what each read returns; the chapter's SocketStream scenarios from a shell.
class ReadCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadCommand)
public:
    ReadCommand(const ReadOptions &options, Workbench *workbench, QObject *parent = nullptr);
    ~ReadCommand() override;

    void start();

private:
    void onConnected(Connection *connection);
    void runSteps();
    void onRead(const ReadResult &result);
    void show(const ReadStep &step, const QByteArray &data, const QString &note) const;
    void closeAndFinish();
    /// The starttls step; false when it finished the command.
    bool startTls();
    QString stepName() const;

    ReadOptions m_options;
    ClientSession *m_client = nullptr;
    QPointer<Connection> m_connection;
    SocketStream *m_stream = nullptr;
    qsizetype m_step = 0; ///< Index of the step running (or next to run).
};

/// `sockbench read ...`: parses arguments (the program name, then what follows the command word), runs
/// the command to its end and returns the exit code.
int runRead(const QStringList &arguments);

} // namespace Sockbench::Cli
