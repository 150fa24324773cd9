#include "bytestream.h"

namespace Sockbench {

ByteStream::ByteStream(QObject *parent)
    : QObject(parent)
{ }

ByteStream::~ByteStream() = default;

void ByteStream::markPeerHalfClosed()
{
    if (!m_readOpen || m_state == State::Closed)
        return;
    m_readOpen = false;
    Q_EMIT peerHalfClosed();
    closeIfBothDirectionsDone();
}

void ByteStream::markWriteShutDown()
{
    if (m_writeShutDown || m_state == State::Closed)
        return;
    m_writeOpen = false;
    m_writeShutDown = true;
    Q_EMIT writeShutDown();
    closeIfBothDirectionsDone();
}

void ByteStream::fail(StreamError error, const QString &message)
{
    if (m_state == State::Closed)
        return;
    m_error = error;
    m_errorString = message;
    Q_EMIT errorOccurred(error, message);
    markClosed();
}

void ByteStream::markClosed()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_readOpen = false;
    m_writeOpen = false;
    Q_EMIT closed();
}

void ByteStream::closeIfBothDirectionsDone()
{
    if (!m_readOpen && m_writeShutDown)
        markClosed();
}

} // namespace Sockbench
