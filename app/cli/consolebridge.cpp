#include "consolebridge.h"

#include "session/connection.h"
#include "session/heldbytes.h"
#include "standardinput.h"
#include "standardoutput.h"

#include <unistd.h>

namespace Sockbench::Cli {

namespace {
constexpr qint64 InputHighWater = 4 * 1024 * 1024;
constexpr qint64 InputLowWater = 1024 * 1024;
} // namespace

ConsoleBridge::ConsoleBridge(bool readInput, bool crlf, QObject *parent)
    : QObject(parent)
    , m_interactive(::isatty(STDIN_FILENO))
{
    if (!readInput) {
        m_inputFinished = true;
        return;
    }
    m_input = new StandardInput(crlf, this);
    connect(m_input, &StandardInput::chunk, this, &ConsoleBridge::onInput);
    connect(HeldBytes::instance(), &HeldBytes::engagedChanged, this, &ConsoleBridge::updateInputPause);
    connect(m_input, &StandardInput::finished, this, &ConsoleBridge::onInputFinished);
    connect(m_input, &StandardInput::failed, this, [this](const QString &message) {
        Q_EMIT inputFailed(message);
        onInputFinished();
    });
}

ConsoleBridge::~ConsoleBridge() = default;

void ConsoleBridge::addConnection(Connection *connection)
{
    if (!m_input) {
        // Echo and discard: nothing to send to it or to pause for, so no list to keep (with 10,000 clients,
        // taking each out of it on close was O(n^2), a tenth of the server's CPU). The peer's half-close
        // already finishes such a connection.
        return;
    }
    m_connections.append(connection);
    // Echo and discard servers answer on their own: their traffic is for --log, not for standard output.
    if (m_input) {
        connect(connection, &Connection::received, this, [this](const QByteArray &chunk) {
            if (standardOutputStatus() == OutputStatus::Open
                && writeStandardOutput(chunk) != OutputStatus::Open)
                Q_EMIT outputClosed();
        });
    }
    connect(connection, &Connection::bytesWritten, this, [this, connection] { noteQueued(connection); });
    connect(connection, &Connection::closed, this, [this, connection] {
        m_connections.removeAll(connection);
        m_aboveLowWater.remove(connection);
        updateInputPause();
    });
    // A connection deleted without closing (its session went first) must not stay in the set.
    connect(
        connection, &QObject::destroyed, this, [this, connection] { m_aboveLowWater.remove(connection); });
    if (m_interactive) {
        // At a terminal nobody will type to a peer that has finished talking: end like telnet does.
        connect(connection, &Connection::peerHalfClosed, connection, &Connection::close);
    }
    if (m_inputFinished) {
        if (m_input && m_halfCloseAtEnd)
            connection->shutdownWrite();
        return;
    }
    m_input->start();
}

void ConsoleBridge::onInput(const QByteArray &bytes)
{
    for (const QPointer<Connection> &connection : std::as_const(m_connections)) {
        if (connection) {
            connection->send(bytes);
            if (connection->bytesToWrite() >= InputLowWater)
                m_aboveLowWater.insert(connection);
        }
    }
    updateInputPause();
}

void ConsoleBridge::noteQueued(Connection *connection)
{
    // One connection's queue moved: only it is looked at. Walking every connection on each bytesWritten cost
    // O(connections) per write with `listen -k` and many clients.
    const qint64 queued = connection->bytesToWrite();
    if (queued >= InputLowWater)
        m_aboveLowWater.insert(connection);
    else
        m_aboveLowWater.remove(connection);
    if (!m_input || m_inputFinished)
        return;
    if (queued > InputHighWater || HeldBytes::instance()->isEngaged())
        m_input->setPaused(true);
    else if (m_aboveLowWater.isEmpty())
        m_input->setPaused(false);
}

void ConsoleBridge::onInputFinished()
{
    m_inputFinished = true;
    for (const QPointer<Connection> &connection : std::as_const(m_connections)) {
        if (connection && m_halfCloseAtEnd)
            connection->shutdownWrite();
    }
    Q_EMIT inputFinished();
}

void ConsoleBridge::updateInputPause()
{
    if (!m_input || m_inputFinished)
        return;
    qint64 queued = 0;
    for (Connection *connection : std::as_const(m_aboveLowWater))
        queued = qMax(queued, connection->bytesToWrite());
    // Standard input is a source of held bytes too: it stops while the global bound is reached.
    if (queued > InputHighWater || HeldBytes::instance()->isEngaged())
        m_input->setPaused(true);
    else if (queued < InputLowWater)
        m_input->setPaused(false);
}

} // namespace Sockbench::Cli
