#include "udpsession.h"

#include "capture/capturestore.h"
#include "connection.h"
#include "stream/datagramsocket.h"
#include "stream/datagramstream.h"

#include <QHostInfo>
#include <QTimer>

#include <climits>

namespace Sockbench {

namespace {

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

/// The address to bind for a destination when none was asked for (see UdpOptions::bindAddress).
QHostAddress defaultBindFor(const std::optional<Endpoint> &destination)
{
    if (!destination)
        return QHostAddress(QHostAddress::LocalHost);
    const bool v6 = destination->address.protocol() == QAbstractSocket::IPv6Protocol;
    if (isLoopback(destination->address))
        return QHostAddress(v6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
    return QHostAddress(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4);
}

} // namespace

ResponseSettings UdpOptions::effectiveResponses() const
{
    return responses.isManual() ? responsesFor(behaviour) : responses;
}

UdpSession::UdpSession(quint32 id, CaptureStore *capture, IdAllocator connectionIds, QObject *parent)
    : Session(id, SessionRole::Server, tr("UDP socket"), capture, std::move(connectionIds), parent)
    , m_dropTimer(new QTimer(this))
{
    // Drops are recorded at most once a second: a flood overflowing the buffer would otherwise add an event
    // for every batch read.
    m_dropTimer->setInterval(1000);
    m_dropTimer->setSingleShot(true);
    connect(m_dropTimer, &QTimer::timeout, this, &UdpSession::recordDrops);
}

UdpSession::~UdpSession()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

bool UdpSession::start(const UdpOptions &options)
{
    close();
    m_options = options;
    m_started = true;
    m_destination = {};
    setError(StreamError::None, {});
    QString responseError;
    const std::optional<Responder> responder
        = Responder::create(options.effectiveResponses(), &responseError);
    m_responder = responder.value_or(Responder());
    setName(defaultName());
    if (!responder) {
        // Nothing is bound, nothing sent: the same check a TCP server makes before it listens.
        failStart(StreamError::InvalidArgument, tr("cannot bind: %1").arg(responseError));
        return false;
    }
    if (options.destinationHost.isEmpty())
        return bindFor(std::nullopt);
    QString bare = options.destinationHost;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (const QHostAddress literal(bare); !literal.isNull())
        return bindFor(Endpoint { literal, options.destinationPort });
    setStatus(SessionStatus::Resolving);
    m_lookupId = QHostInfo::lookupHost(options.destinationHost, this, &UdpSession::onResolved);
    return true;
}

void UdpSession::onResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (status() != SessionStatus::Resolving)
        return;
    QList<QHostAddress> wanted;
    for (const QHostAddress &address : info.addresses()) {
        if (m_options.protocol == QAbstractSocket::AnyIPProtocol || address.protocol() == m_options.protocol)
            wanted.append(address);
    }
    if (info.error() != QHostInfo::NoError || wanted.isEmpty()) {
        failStart(StreamError::HostNotFound,
            tr("cannot send to %1: %2")
                .arg(m_options.destinationHost, StreamErrorText::describe(StreamError::HostNotFound)));
        return;
    }
    // An IPv4 address first, as TcpConnector's order would try it when both families are there and the
    // bind address does not decide.
    QHostAddress chosen = wanted.constFirst();
    if (m_options.bindAddress) {
        for (const QHostAddress &address : wanted) {
            if (address.protocol() == m_options.bindAddress->protocol()) {
                chosen = address;
                break;
            }
        }
    }
    QStringList texts;
    for (const QHostAddress &address : wanted)
        texts.append(address.toString());
    record(EventKind::Resolved,
        (m_options.destinationHost + QLatin1String(" -> ") + texts.join(QLatin1String(", "))).toUtf8());
    bindFor(Endpoint { chosen, m_options.destinationPort });
}

bool UdpSession::bindFor(const std::optional<Endpoint> &destination)
{
    QHostAddress address = m_options.bindAddress.value_or(defaultBindFor(destination));
    if (destination && address.protocol() != destination->address.protocol()) {
        // A loopback or wildcard bind means the same thing in the destination's family.
        const bool v6 = destination->address.protocol() == QAbstractSocket::IPv6Protocol;
        if (address.isLoopback())
            address = QHostAddress(v6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
        else if (address == QHostAddress(QHostAddress::AnyIPv4)
            || address == QHostAddress(QHostAddress::AnyIPv6))
            address = QHostAddress(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4);
        else {
            failStart(StreamError::AddressNotAvailable,
                tr("cannot send from %1 to %2: they are of different address families")
                    .arg(address.toString(), destination->toString()));
            return false;
        }
    }
    m_socket = new DatagramSocket(this);
    m_socket->setMaxDatagramSize(m_options.maxDatagramSize);
    if (!m_socket->bind(Endpoint { address, m_options.port })) {
        const StreamError error = m_socket->error();
        const QString message = m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        failStart(error, message);
        return false;
    }
    m_socket->setReceiveBufferSize(m_options.receiveBufferBytes);
    connect(m_socket, &DatagramSocket::datagramReceived, this, &UdpSession::onDatagram);
    connect(m_socket, &DatagramSocket::errorOccurred, this, &UdpSession::onSocketError);
    connect(m_socket, &DatagramSocket::datagramSent, this, &UdpSession::onDatagramSent);
    connect(m_socket, &DatagramSocket::kernelDropsChanged, this, [this](quint64 total) {
        if (!m_dropTimer->isActive())
            m_dropTimer->start();
        Q_EMIT kernelDropsChanged(total);
        Q_EMIT changed();
    });
    auto failSocket = [this] {
        const StreamError error = m_socket->error();
        const QString message = m_socket->errorString();
        m_socket->deleteLater();
        m_socket = nullptr;
        failStart(error, message);
        return false;
    };
    if (m_options.broadcast && !m_socket->setBroadcast(true))
        return failSocket();
    if (!m_options.multicastGroup.isNull()
        && !m_socket->joinMulticast(m_options.multicastGroup, m_options.multicastInterface))
        return failSocket();
    if (destination && m_options.connected && !m_socket->connectTo(*destination))
        return failSocket();
    m_bound = m_socket->localEndpoint();
    setName(defaultName());
    record(EventKind::Listening, m_bound.toString().toUtf8());
    if (destination) {
        m_destination = *destination;
        setName(defaultName());
        m_destinationPeer = makePeer(*destination, EventKind::Connected);
    }
    setStatus(m_options.connected && destination ? SessionStatus::Connected : SessionStatus::Listening);
    Q_EMIT ready();
    return true;
}

void UdpSession::failStart(StreamError error, const QString &message)
{
    setError(error, message);
    setStatus(SessionStatus::Failed);
}

bool UdpSession::isBound() const
{
    return m_socket && m_socket->isOpen();
}

void UdpSession::setBehaviour(ServerBehaviour behaviour)
{
    m_options.behaviour = behaviour;
    m_options.responses = {};
    m_responder = Responder::create(responsesFor(behaviour)).value_or(Responder());
    for (Connection *connection : connections())
        connection->setBehaviour(behaviour);
    setName(defaultName());
}

DatagramStream *UdpSession::streamFor(const Endpoint &endpoint) const
{
    const auto it = m_peers.constFind(endpoint.toString());
    return it == m_peers.cend() ? nullptr : it->stream;
}

Connection *UdpSession::peer(const Endpoint &endpoint)
{
    if (!isBound() || !endpoint.isValid())
        return nullptr;
    const auto it = m_peers.constFind(endpoint.toString());
    if (it != m_peers.cend())
        return it->connection;
    if (m_socket->isConnected() && !(endpoint == m_destination))
        return nullptr;
    return makePeer(endpoint, EventKind::Connected);
}

bool UdpSession::sendTo(const Endpoint &destination, const QByteArray &datagram)
{
    Connection *connection = peer(destination);
    return connection && connection->send(datagram);
}

Connection *UdpSession::makePeer(const Endpoint &endpoint, EventKind openedAs)
{
    auto *stream = new DatagramStream(m_socket, endpoint);
    Connection *connection = adoptStream(stream, openedAs);
    const QString key = endpoint.toString();
    m_peers.insert(key, Peer { stream, connection });
    connect(stream, &DatagramStream::readPauseChanged, this, &UdpSession::updateReadPause);
    connect(connection, &Connection::closed, this, [this, key, stream] {
        const auto it = m_peers.find(key);
        if (it != m_peers.end() && it->stream == stream)
            m_peers.erase(it);
        if (m_lastPeer.stream == stream) {
            m_lastPeer = {};
            m_lastFrom = {};
        }
        updateReadPause();
    });
    connection->setBehaviour(m_options.behaviour);
    connection->setIdleTimeout(m_idleTimeoutMs);
    if (!m_options.responses.isManual()) {
        // What a TCP server does for each client it accepts (ServerSession::onDescriptor), for each peer:
        // `listen -u` and the window's UDP socket answer alike, through this one place.
        connection->setResponder(m_responder);
        connection->setReceiveTimeout(m_responder.settings().receiveTimeoutMs);
        // A peer heard is greeted; one we send to first is not (it accepted nothing). Only a greeting there
        // is: an empty send is an empty datagram over UDP.
        if (openedAs == EventKind::Accepted && !m_responder.settings().greeting.isEmpty())
            connection->greet();
    }
    Q_EMIT peerAdded(connection);
    return connection;
}

bool UdpSession::connectTo(Connection *peer)
{
    if (!m_socket || !peer || !peer->isOpen() || !streamFor(peer->peerEndpoint()))
        return false;
    if (!m_socket->connectTo(peer->peerEndpoint())) {
        setError(m_socket->error(), m_socket->errorString());
        return false;
    }
    // Every other peer is unreachable now: end them, so sends to the session reach the one peer.
    const QList<Peer> peers = m_peers.values();
    for (const Peer &other : peers) {
        if (other.connection != peer)
            other.connection->close();
    }
    m_options.connected = true;
    m_destination = peer->peerEndpoint();
    m_destinationPeer = peer;
    setName(defaultName());
    setStatus(SessionStatus::Connected);
    return true;
}

void UdpSession::onDatagram(const QByteArray &data, const Endpoint &from, qint64 size)
{
    ++m_datagramsReceived;
    if (!m_lastPeer.stream || !(from == m_lastFrom)) {
        const auto it = m_peers.constFind(from.toString());
        m_lastPeer = it != m_peers.cend() ? *it : Peer {};
        if (!m_lastPeer.stream) {
            Connection *connection = makePeer(from, EventKind::Accepted);
            m_lastPeer = m_peers.value(from.toString());
            if (!m_lastPeer.stream) // closed at once by a listener of peerAdded()
                return;
            Q_UNUSED(connection);
        }
        m_lastFrom = from;
    }
    const Peer peer = m_lastPeer;
    m_lastHeard = peer.connection;
    peer.stream->deliver(data);
    if (size > data.size()) {
        capture()->append(EventKind::Error, Direction::None, id(), peer.connection->id(),
            tr("datagram truncated: %1 bytes, the first %2 kept").arg(size).arg(data.size()).toUtf8());
        Q_EMIT datagramTruncated(peer.connection, size, data.size());
    }
}

void UdpSession::onSocketError(StreamError error, const QString &message, const Endpoint &peer)
{
    const QString who = peer.isValid() ? peer.toString() : m_bound.toString();
    if (m_socket && m_socket->isConnected()) {
        // Connected mode: the destination said nobody listens there (or cannot be reached); the one peer
        // fails with it, as a TCP client's connection would.
        if (DatagramStream *stream = streamFor(m_destination))
            stream->failWith(error, message);
        setError(error, tr("%1: %2").arg(who, message));
        m_socket->close();
        setStatus(SessionStatus::Failed);
        return;
    }
    setError(error, tr("%1: %2").arg(who, message));
}

void UdpSession::onDatagramSent(const Endpoint &destination, qint64 count)
{
    if (DatagramStream *stream = streamFor(destination.isValid() ? destination : m_destination))
        stream->noteSent(count);
}

void UdpSession::updateReadPause()
{
    if (!m_socket)
        return;
    // One socket for every peer: it reads only while no peer holds it back (capture backpressure pauses
    // them all; a front reading one peer slowly holds them all too, and the kernel's buffer then fills).
    bool paused = false;
    for (const Peer &peer : std::as_const(m_peers)) {
        if (peer.stream->isOpen() && peer.stream->isReadPaused()) {
            paused = true;
            break;
        }
    }
    m_socket->setReadPaused(paused);
}

void UdpSession::recordDrops()
{
    const quint64 total = kernelDrops();
    if (total <= m_recordedDrops)
        return;
    record(EventKind::Error,
        tr("the kernel dropped %n datagram(s): the receive buffer was full", nullptr,
            int(total - m_recordedDrops))
            .toUtf8());
    m_recordedDrops = total;
}

bool UdpSession::joinMulticast(const QHostAddress &group, const QString &interfaceName)
{
    if (!m_socket || !m_socket->joinMulticast(group, interfaceName)) {
        setError(m_socket ? m_socket->error() : StreamError::InvalidArgument,
            m_socket ? m_socket->errorString() : tr("cannot join %1: not bound").arg(group.toString()));
        return false;
    }
    return true;
}

bool UdpSession::leaveMulticast(const QHostAddress &group, const QString &interfaceName)
{
    if (!m_socket || !m_socket->leaveMulticast(group, interfaceName)) {
        setError(m_socket ? m_socket->error() : StreamError::InvalidArgument,
            m_socket ? m_socket->errorString() : tr("cannot leave %1: not bound").arg(group.toString()));
        return false;
    }
    return true;
}

quint64 UdpSession::kernelDrops() const
{
    return m_socket ? m_socket->kernelDrops() : m_recordedDrops;
}

int UdpSession::receiveBufferSize() const
{
    return m_socket ? m_socket->receiveBufferSize() : 0;
}

Session::Holds UdpSession::holds() const
{
    return m_options.connected && m_destination.isValid() ? Holds::OneConnection : Holds::ManyConnections;
}

Connection *UdpSession::currentConnection() const
{
    return holds() == Holds::OneConnection ? m_destinationPeer.data() : nullptr;
}

void UdpSession::close()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        setStatus(SessionStatus::Closed);
    }
    const QList<Peer> peers = m_peers.values();
    for (const Peer &peer : peers)
        peer.connection->close();
    m_peers.clear();
    m_lastPeer = {};
    m_lastFrom = {};
    if (!m_socket)
        return;
    recordDrops();
    const bool wasOpen = m_socket->isOpen();
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
    if (wasOpen) {
        record(EventKind::StoppedListening, m_bound.toString().toUtf8());
        setStatus(SessionStatus::Closed);
    }
}

bool UdpSession::canReachAnyAddress() const
{
    return isBound() && !(m_socket && m_socket->isConnected());
}

bool UdpSession::canRestart() const
{
    return m_started && !isBound() && status() != SessionStatus::Resolving;
}

bool UdpSession::restart()
{
    return canRestart() && start(m_options);
}

QString UdpSession::localText() const
{
    return m_bound.isValid() ? m_bound.toString() : QString();
}

QString UdpSession::remoteText() const
{
    if (m_destination.isValid())
        return m_destination.toString();
    if (m_options.destinationHost.isEmpty())
        return {};
    return m_options.destinationHost + QLatin1Char(':') + QString::number(m_options.destinationPort);
}

QString UdpSession::detail() const
{
    QString what;
    const ResponseSettings &responses = m_responder.settings();
    if (!m_options.responses.isManual()) {
        QStringList parts;
        if (!responses.greeting.isEmpty())
            parts.append(tr("greets each new peer"));
        if (!responses.answer.isEmpty())
            parts.append(responses.unit == ResponseSettings::Unit::Line ? tr("answers each line")
                                                                        : tr("answers each datagram"));
        if (responses.closeAfterAnswer)
            parts.append(tr("forgets the peer after answering"));
        if (responses.receiveTimeoutMs > 0)
            parts.append(tr("forgets a peer silent for %1 s").arg(responses.receiveTimeoutMs / 1000.0));
        if (!parts.isEmpty())
            what = tr("UDP, automatic responses: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (what.isEmpty()) {
        switch (m_options.behaviour) {
        case ServerBehaviour::Echo:
            what = tr("UDP: sends every datagram back to the peer it came from");
            break;
        case ServerBehaviour::Discard:
            what = tr("UDP: records what it receives and sends nothing back");
            break;
        case ServerBehaviour::Manual:
            what = m_options.connected ? tr("UDP, connected to one peer")
                                       : tr("UDP: sends only what you send");
            break;
        }
    }
    if (const quint64 drops = kernelDrops())
        what += QLatin1String("; ")
            + tr("the kernel dropped %n datagram(s)", nullptr, int(qMin<quint64>(drops, INT_MAX)));
    return what;
}

QString UdpSession::defaultName() const
{
    QString kind;
    switch (m_options.behaviour) {
    case ServerBehaviour::Echo:
        kind = tr("UDP echo");
        break;
    case ServerBehaviour::Discard:
        kind = tr("UDP discard");
        break;
    case ServerBehaviour::Manual:
        kind = tr("UDP");
        break;
    }
    // With responses of its own it is named after them, as a server is ("UDP Basic echo server
    // 127.0.0.1:9999").
    if (!m_options.responses.isManual())
        kind = tr("UDP %1").arg(
            m_options.responses.name.isEmpty() ? tr("responding socket") : m_options.responses.name);
    const QString local = m_bound.isValid()
        ? m_bound.toString()
        : (m_options.bindAddress ? Endpoint { *m_options.bindAddress, m_options.port }.toString()
                                 : QString());
    QString name = local.isEmpty() ? kind : kind + QLatin1Char(' ') + local;
    if (m_destination.isValid() || !m_options.destinationHost.isEmpty())
        name += QStringLiteral(" \u2192 ") + remoteText();
    return name;
}

} // namespace Sockbench
