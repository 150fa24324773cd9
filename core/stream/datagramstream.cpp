#include "datagramstream.h"

#include "datagramsocket.h"

namespace Sockbench {

DatagramStream::DatagramStream(DatagramSocket *socket, const Endpoint &peer, QObject *parent)
    : ByteStream(parent)
    , m_socket(socket)
    , m_local(socket->localEndpoint())
    , m_peer(peer)
{ }

DatagramStream::~DatagramStream() = default;

qint64 DatagramStream::bytesToWrite() const
{
    // The socket's queue is shared by its peers; a producer holding back for it holds back for all.
    return m_socket && isOpen() ? m_socket->bytesToWrite() : 0;
}

bool DatagramStream::write(const QByteArray &data)
{
    if (!isWriteOpen() || !m_socket || !m_socket->isOpen())
        return false;
    const qint64 before = m_socket->bytesToWrite();
    if (!m_socket->sendTo(data, m_peer))
        return false;
    if (m_socket->bytesToWrite() == before) // it left at once (or failed and was reported)
        Q_EMIT bytesWritten(data.size());
    return true;
}

void DatagramStream::shutdownWrite()
{
    // No FIN in UDP: we only stop sending.
    markWriteShutDown();
}

void DatagramStream::close()
{
    markClosed();
}

void DatagramStream::abort()
{
    markClosed();
}

void DatagramStream::setReadPaused(bool paused)
{
    if (paused == m_readPaused)
        return;
    m_readPaused = paused;
    Q_EMIT readPauseChanged(paused);
}

void DatagramStream::deliver(const QByteArray &datagram)
{
    if (isReadOpen())
        Q_EMIT received(datagram);
}

} // namespace Sockbench
