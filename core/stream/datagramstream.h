#pragma once

#include "bytestream.h"

#include <QPointer>

namespace Sockbench {

class DatagramSocket;

/// One UDP peer of a DatagramSocket as a ByteStream, so it becomes a Connection like any other: each write()
/// is one datagram to the peer (an empty one too), each received() one datagram from it.
///
/// UDP has no connection to open or close: closing or half-closing only ends what this stream does (the
/// socket stays, for other peers), and the peer's datagrams reach it only while it is open. Its owner (a
/// UdpSession) hands it what the socket read from its peer with deliver().
class DatagramStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatagramStream)
public:
    DatagramStream(DatagramSocket *socket, const Endpoint &peer, QObject *parent = nullptr);
    ~DatagramStream() override;

    Endpoint localEndpoint() const override { return m_local; }
    Endpoint peerEndpoint() const override { return m_peer; }
    bool keepsBoundaries() const override { return true; }
    qint64 bytesToWrite() const override;

    bool write(const QByteArray &data) override;
    void shutdownWrite() override;
    void close() override;
    void abort() override;
    void setReadPaused(bool paused) override;
    bool isReadPaused() const override { return m_readPaused; }

    /// A datagram from the peer: emitted as received() while reading is open.
    void deliver(const QByteArray &datagram);
    /// Queued datagrams left the socket.
    void noteSent(qint64 count) { Q_EMIT bytesWritten(count); }
    /// The peer cannot be reached (connected mode: ICMP port unreachable): the stream fails with it.
    void failWith(StreamError error, const QString &message) { fail(error, message); }

Q_SIGNALS:
    /// Its read pause changed: the owner pauses the shared socket while any peer is paused.
    void readPauseChanged(bool paused);

private:
    QPointer<DatagramSocket> m_socket;
    Endpoint m_local;
    Endpoint m_peer;
    bool m_readPaused = false;
};

} // namespace Sockbench
