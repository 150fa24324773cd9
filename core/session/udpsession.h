#pragma once

#include "respond/responder.h"
#include "serverbehaviour.h"
#include "session.h"
#include "stream/endpoint.h"

#include <QAbstractSocket>
#include <QHash>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QHostInfo;
class QTimer;
QT_END_NAMESPACE

namespace Sockbench {

class DatagramSocket;
class DatagramStream;

/// Where a UDP socket binds, where it sends, and what it does with what it receives.
struct UdpOptions
{
    /// The address to bind. Unset: loopback, or, with a destination off this machine, every address of the
    /// destination's family (the kernel then picks the source address), so nothing is opened to the network
    /// that was not asked for.
    std::optional<QHostAddress> bindAddress;
    quint16 port = 0; ///< 0 picks a free port.
    /// A default destination (a name is resolved; empty: none): sends reach it, and it is a peer at once.
    QString destinationHost;
    quint16 destinationPort = 0;
    QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::AnyIPProtocol;
    /// Connects the socket to the destination: only its datagrams arrive, and an ICMP port-unreachable
    /// (nobody listens there) shows as "connection refused".
    bool connected = false;
    bool broadcast = false; ///< SO_BROADCAST: only when asked.
    QHostAddress multicastGroup; ///< Joined after binding when set.
    QString multicastInterface; ///< By name ("lo", "eth0"); empty: the kernel's choice.
    ServerBehaviour behaviour = ServerBehaviour::Manual;
    /// Automatic responses to each peer, as a server's to each client (a peer's first datagram is its
    /// accept: it is greeted then; a close after an answer forgets the peer, whose next datagram makes a new
    /// one); when they say anything (!isManual()) they replace the behaviour's preset.
    ResponseSettings responses {};
    /// The receive buffer asked for: a flood waits there while the event loop is busy.
    int receiveBufferBytes = 16 * 1024 * 1024;
    /// Datagrams larger than this are kept truncated, and said to be (Error event, datagramTruncated()).
    int maxDatagramSize = 65536;

    /// What the peers do: responses, or the behaviour's preset when responses say nothing.
    ResponseSettings effectiveResponses() const;
};

/// A UDP socket: bound to an address and port, it hears anyone, and each remote endpoint that sends (or that
/// we send to) becomes a peer under it, a Connection of its own that records and counts its datagrams, as
/// accepted connections are under a server. Each datagram is one capture event, an empty one included.
///
/// In connected mode it has one peer, its destination, and a port-unreachable from it fails the session as
/// refused. Kernel drops (a full receive buffer) are counted and recorded once a second while they grow.
class UdpSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpSession)
public:
    UdpSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent = nullptr);
    ~UdpSession() override;

    /// Binds (after resolving the destination, when it is a name). False (error() set, status Failed) when
    /// it failed at once (the responses are not valid, the address cannot be had); a later failure (a name
    /// that does not resolve) comes through errorOccurred().
    bool start(const UdpOptions &options);
    UdpOptions options() const { return m_options; }
    bool isBound() const;
    /// The address and port bound (the chosen port when 0 was asked for).
    Endpoint boundEndpoint() const { return m_bound; }
    /// The destination's address once resolved; invalid without one.
    Endpoint destination() const { return m_destination; }

    ServerBehaviour behaviour() const { return m_options.behaviour; }
    /// Applies to current and future peers (and replaces any responses).
    void setBehaviour(ServerBehaviour behaviour);
    /// Idle timeout applied to every new peer (0: none): a peer silent that long is closed.
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }

    /// The peer for an endpoint, made (recorded as connected to it) when it has none open. Null when the
    /// socket is not bound or, in connected mode, for anyone but the destination.
    Connection *peer(const Endpoint &endpoint);
    /// Sends one datagram to an explicit destination (as a peer of its own); false when it cannot.
    bool sendTo(const Endpoint &destination, const QByteArray &datagram);
    /// The peer heard from last (what `nc -u -l` answers); null before anyone sent.
    Connection *lastHeard() const { return m_lastHeard; }
    /// The destination's peer; null without a destination.
    Connection *destinationPeer() const { return m_destinationPeer; }
    /// Connects the socket to one of its peers, as `nc -u -l` does with the first one heard: only its
    /// datagrams arrive from now on, it is the destination, and a port-unreachable from it shows as refused.
    bool connectTo(Connection *peer);

    bool joinMulticast(const QHostAddress &group, const QString &interfaceName = {});
    bool leaveMulticast(const QHostAddress &group, const QString &interfaceName = {});
    /// Datagrams the kernel dropped for want of buffer since the socket was bound.
    quint64 kernelDrops() const;
    /// The receive buffer the kernel gave (bytes); 0 when not bound.
    int receiveBufferSize() const;
    quint64 datagramsReceived() const { return m_datagramsReceived; }

    /// Connected mode: its one peer; otherwise many, and a send reaches every open one.
    Holds holds() const override;
    Connection *currentConnection() const override;
    /// Bound and not connected to one peer.
    bool canReachAnyAddress() const override;
    /// peer(endpoint).
    Connection *connectionTo(const Endpoint &endpoint) override { return peer(endpoint); }
    /// Closes the socket and ends every peer.
    void close() override;
    /// True once started and not bound now.
    bool canRestart() const override;
    /// Binds again with the same options.
    bool restart() override;
    QString localText() const override;
    QString remoteText() const override;
    QString detail() const override;

Q_SIGNALS:
    /// An endpoint became a peer: one that sent to us (recorded as accepted), or one we send to.
    void peerAdded(Sockbench::Connection *connection);
    /// A datagram from this peer had size bytes, larger than the kept bytes recorded.
    void datagramTruncated(Sockbench::Connection *connection, qint64 size, qint64 kept);
    void kernelDropsChanged(quint64 total);
    /// Bound (after resolution, when there was a name); the socket is ready to send and receive.
    void ready();

private:
    void onResolved(const QHostInfo &info);
    bool bindFor(const std::optional<Endpoint> &destination);
    void onDatagram(const QByteArray &data, const Endpoint &from, qint64 size);
    void onSocketError(StreamError error, const QString &message, const Endpoint &peer);
    void onDatagramSent(const Endpoint &destination, qint64 count);
    DatagramStream *streamFor(const Endpoint &endpoint) const;
    Connection *makePeer(const Endpoint &endpoint, EventKind openedAs);
    void updateReadPause();
    void recordDrops();
    void failStart(StreamError error, const QString &message);
    QString defaultName() const;

    DatagramSocket *m_socket = nullptr;
    UdpOptions m_options;
    Endpoint m_bound;
    Endpoint m_destination;
    struct Peer
    {
        DatagramStream *stream = nullptr;
        Connection *connection = nullptr;
    };
    QHash<QString, Peer> m_peers; ///< Open peers by Endpoint::toString().
    // The last sender's peer: a flood comes from one endpoint, and looks up nothing.
    Endpoint m_lastFrom;
    Peer m_lastPeer;
    QPointer<Connection> m_lastHeard;
    QPointer<Connection> m_destinationPeer;
    QTimer *m_dropTimer = nullptr;
    quint64 m_recordedDrops = 0;
    quint64 m_datagramsReceived = 0;
    int m_idleTimeoutMs = 0;
    Responder m_responder; ///< Checked at start(); each peer gets a copy.
    int m_lookupId = -1;
    bool m_started = false;
};

} // namespace Sockbench
