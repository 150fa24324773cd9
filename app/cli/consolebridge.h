#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Sockbench {
class Connection;
}

namespace Sockbench::Cli {

class StandardInput;

/// Joins standard input and output to connections, byte for byte, the way netcat does.
///
/// Standard input goes to every connection given; what they receive goes to standard output. At end of input
/// each connection (and any added later) half-closes. Reading standard input pauses while a connection has
/// more than a few MiB queued, so a fast producer cannot grow memory.
class ConsoleBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleBridge)
public:
    /// readInput false: standard input is not read at all (echo and discard servers).
    ConsoleBridge(bool readInput, bool crlf, QObject *parent = nullptr);
    ~ConsoleBridge() override;

    void addConnection(Connection *connection);
    /// Whether end of input half-closes the connections (the default, and nc -N); netcat without -N leaves
    /// them open for the peer to close.
    void setHalfCloseAtEnd(bool halfClose) { m_halfCloseAtEnd = halfClose; }

Q_SIGNALS:
    /// Standard output is gone (the reader of our output exited) or failed (a full disk): see
    /// standardOutputStatus(), and Command::finishForOutput().
    void outputClosed();
    void inputFailed(const QString &message);
    /// Standard input reached its end (nc -q counts from here).
    void inputFinished();

private:
    void onInput(const QByteArray &bytes);
    void onInputFinished();
    void updateInputPause();
    /// Re-evaluates the pause after one connection's queue changed.
    void noteQueued(Connection *connection);

    StandardInput *m_input = nullptr;
    QList<QPointer<Connection>> m_connections;
    /// The connections with at least InputLowWater queued: reading resumes when none is left.
    QSet<Connection *> m_aboveLowWater;
    bool m_inputFinished = false;
    bool m_interactive = false;
    bool m_halfCloseAtEnd = true;
};

} // namespace Sockbench::Cli
