#include "memorystream.h"

#include <atomic>

namespace Sockbench {

MemoryStreamPair MemoryStream::createPair(QObject *parent)
{
    // Made-up ports, distinct per pair, so logs that print endpoints tell pairs apart.
    static std::atomic<int> pairs { 0 };
    const int index = pairs.fetch_add(1) % 10000;
    const quint16 clientPort = quint16(40000 + 2 * index);
    const quint16 serverPort = quint16(clientPort + 1);
    const QHostAddress loopback(QHostAddress::LocalHost);

    auto *client = new MemoryStream(parent);
    auto *server = new MemoryStream(parent);
    client->m_peer = server;
    server->m_peer = client;
    client->m_local = { loopback, clientPort };
    client->m_peerEndpoint = { loopback, serverPort };
    server->m_local = client->m_peerEndpoint;
    server->m_peerEndpoint = client->m_local;
    return { client, server };
}

MemoryStream::MemoryStream(QObject *parent)
    : ByteStream(parent)
{ }

MemoryStream::~MemoryStream()
{
    // Like a socket closed by its owner going away: the peer reads to the end, then sees end of input.
    if (m_peer && !m_endOfOutputSent && state() == State::Open)
        m_peer->acceptEndOfInput();
}

bool MemoryStream::write(const QByteArray &data)
{
    if (!isWriteOpen() || !isOpen())
        return false;
    if (data.isEmpty())
        return true;
    if (!m_peer || !m_peer->accept(data))
        m_peerRefused = true;
    m_unreported += data.size();
    scheduleOutgoing();
    return true;
}

void MemoryStream::shutdownWrite()
{
    if (!isWriteOpen())
        return;
    markWriteClosing();
    if (m_peer && !m_endOfOutputSent)
        m_peer->acceptEndOfInput();
    m_endOfOutputSent = true;
    m_shutdownPending = true;
    scheduleOutgoing();
}

void MemoryStream::close()
{
    if (state() == State::Closed)
        return;
    markWriteClosing();
    if (m_peer && !m_endOfOutputSent)
        m_peer->acceptEndOfInput();
    m_endOfOutputSent = true;
    m_readStopped = true;
    dropIncoming();
    m_closePending = true;
    scheduleOutgoing();
}

void MemoryStream::abort()
{
    if (state() == State::Closed)
        return;
    m_readStopped = true;
    dropIncoming();
    m_unreported = 0;
    if (m_peer)
        m_peer->acceptReset();
    m_endOfOutputSent = true;
    markClosed();
}

void MemoryStream::setReadPaused(bool paused)
{
    m_readPaused = paused;
    if (!paused && (pendingIncoming() > 0 || m_endOfInputPending))
        scheduleDelivery();
}

bool MemoryStream::accept(const QByteArray &data)
{
    if (state() == State::Closed || m_readStopped || m_resetPending)
        return false;
    // Compact once the delivered prefix dominates, so long transfers stay linear.
    if (m_incomingPos > 0 && m_incomingPos >= m_incoming.size() / 2) {
        m_incoming.remove(0, m_incomingPos);
        m_incomingPos = 0;
    }
    m_incoming.append(data);
    scheduleDelivery();
    return true;
}

void MemoryStream::acceptEndOfInput()
{
    if (state() == State::Closed || m_readStopped)
        return;
    m_endOfInputPending = true;
    scheduleDelivery();
}

void MemoryStream::acceptReset()
{
    if (state() == State::Closed)
        return;
    m_resetPending = true;
    scheduleDelivery();
}

void MemoryStream::scheduleDelivery()
{
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QMetaObject::invokeMethod(this, &MemoryStream::deliver, Qt::QueuedConnection);
}

void MemoryStream::deliver()
{
    m_deliveryScheduled = false;
    if (state() == State::Closed)
        return;
    if (m_resetPending) {
        // A reset overtakes everything, paused or not: the peer is gone and so is what it sent.
        m_resetPending = false;
        m_endOfInputPending = false;
        dropIncoming();
        fail(StreamError::ConnectionReset, StreamErrorText::describe(StreamError::ConnectionReset));
        return;
    }
    if (m_readPaused || m_readStopped)
        return;
    if (pendingIncoming() > 0) {
        const qsizetype size = qMin<qsizetype>(m_chunkSize, pendingIncoming());
        const QByteArray chunk = m_incoming.mid(m_incomingPos, size);
        m_incomingPos += size;
        if (m_incomingPos == m_incoming.size())
            dropIncoming();
        // One chunk per turn, like a socket notifier; a receiver may delete us or pause meanwhile.
        const QPointer<MemoryStream> self(this);
        Q_EMIT received(chunk);
        if (self && (pendingIncoming() > 0 || m_endOfInputPending))
            scheduleDelivery();
        return;
    }
    if (m_endOfInputPending) {
        m_endOfInputPending = false;
        markPeerHalfClosed();
    }
}

void MemoryStream::scheduleOutgoing()
{
    if (m_outgoingScheduled)
        return;
    m_outgoingScheduled = true;
    QMetaObject::invokeMethod(this, &MemoryStream::finishOutgoing, Qt::QueuedConnection);
}

void MemoryStream::finishOutgoing()
{
    m_outgoingScheduled = false;
    if (state() == State::Closed)
        return;
    if (m_unreported > 0) {
        const qint64 count = m_unreported;
        m_unreported = 0;
        const QPointer<MemoryStream> self(this);
        Q_EMIT bytesWritten(count);
        if (!self || state() == State::Closed)
            return;
    }
    if (m_peerRefused) {
        m_peerRefused = false;
        dropIncoming();
        fail(StreamError::ConnectionReset, StreamErrorText::describe(StreamError::ConnectionReset));
        return;
    }
    if (m_closePending) {
        m_closePending = false;
        markClosed();
        return;
    }
    if (m_shutdownPending) {
        m_shutdownPending = false;
        markWriteShutDown();
    }
}

void MemoryStream::dropIncoming()
{
    m_incoming.clear();
    m_incomingPos = 0;
}

} // namespace Sockbench
