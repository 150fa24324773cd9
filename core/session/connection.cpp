#include "connection.h"

#include "capture/capturestore.h"
#include "heldbytes.h"
#include "stream/bytestream.h"
#include "stream/tcpstream.h"
#include "stream/tlsstream.h"

#include <QDateTime>
#include <QTimer>

namespace Sockbench {

namespace {

// Echo stops reading while this much is waiting to go back to a slow reader, and resumes below the low mark.
constexpr qint64 EchoHighWater = 4 * 1024 * 1024;
constexpr qint64 EchoLowWater = 1024 * 1024;

qint64 nowWallClockNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

} // namespace

Connection::Connection(quint32 id, quint32 sessionId, ByteStream *stream, CaptureStore *capture,
    EventKind openedAs, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_sessionId(sessionId)
    , m_stream(stream)
    , m_capture(capture)
    , m_local(stream->localEndpoint())
    , m_peer(stream->peerEndpoint())
    , m_keepsBoundaries(stream->keepsBoundaries())
    , m_openedNs(nowWallClockNs())
{
    m_stream->setParent(this);
    m_capture->describeConnection(ConnectionInfo {
        m_id, m_sessionId, m_local, m_peer, stream->keepsBoundaries() ? Transport::Udp : Transport::Tcp });
    record(openedAs, Direction::None, m_peer.toString().toUtf8());
    wireStream();
    connect(m_capture, &CaptureStore::backpressureChanged, this, [this](bool engaged) {
        m_pausedForCapture = engaged;
        updateReadPause();
    });
    m_pausedForCapture = m_capture->isBackpressured();
    HeldBytes::instance()->addConnection();
    connect(HeldBytes::instance(), &HeldBytes::engagedChanged, this, &Connection::updateReadPause);
    updateReadPause();
}

void Connection::wireStream()
{
    connect(m_stream, &ByteStream::received, this, &Connection::onReceived);
    connect(m_stream, &ByteStream::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_stream, &ByteStream::peerHalfClosed, this, [this] {
        record(EventKind::PeerHalfClosed, Direction::None);
        if (m_receiveTimer)
            m_receiveTimer->stop(); // nothing more can come
        const Responder::Reaction reaction = m_responder.finish(); // a last line without its LF
        for (const QByteArray &answer : reaction.answers)
            send(answer);
        if (reaction.close)
            m_stream->close();
        // An echo server has nothing more to answer: finish our side once the echo is out.
        else if (m_responder.settings().finishWithPeer)
            m_stream->shutdownWrite();
        Q_EMIT stateChanged(state());
        Q_EMIT peerHalfClosed();
    });
    connect(m_stream, &ByteStream::writeShutDown, this, [this] {
        record(EventKind::LocalHalfClosed, Direction::None);
        Q_EMIT stateChanged(state());
        Q_EMIT writeShutDown();
    });
    connect(m_stream, &ByteStream::errorOccurred, this, [this](StreamError error, const QString &message) {
        m_errorString = message;
        record(EventKind::Error, Direction::None, message.toUtf8());
        Q_EMIT errorOccurred(error, message);
    });
    connect(m_stream, &ByteStream::closed, this, [this] {
        m_closedNs = nowWallClockNs();
        syncHeldBytes(); // whatever was still queued was dropped with the stream
        if (m_idleTimer)
            m_idleTimer->stop();
        if (m_receiveTimer)
            m_receiveTimer->stop();
        record(EventKind::Closed, Direction::None);
        Q_EMIT stateChanged(State::Closed);
        Q_EMIT closed();
    });
    connect(m_stream, &ByteStream::tlsEvent, this,
        [this](const QString &detail) { record(EventKind::Tls, Direction::None, detail.toUtf8()); });
    connect(m_stream, &ByteStream::tlsEstablished, this, [this] {
        Q_EMIT tlsEstablished();
        Q_EMIT stateChanged(state());
    });
}

const TlsSessionInfo *Connection::tlsInfo() const
{
    return m_stream->tlsInfo();
}

bool Connection::startTls(
    const TlsOptions &options, TlsOptions::Role role, const QString &peerName, QString *error)
{
    auto *plain = qobject_cast<TcpStream *>(m_stream);
    if (!plain || !plain->isOpen()) {
        *error = tr("STARTTLS needs an open plain TCP connection");
        return false;
    }
    if (!plain->isWriteOpen() || !plain->isReadOpen()) {
        *error = tr("STARTTLS needs both directions open");
        return false;
    }
    QSslConfiguration configuration;
    if (!TlsSetup::configure(options, role, &configuration, error))
        return false;
    const qintptr descriptor = plain->takeDescriptor();
    if (descriptor < 0) {
        *error = tr("STARTTLS must wait until what was sent has left");
        return false;
    }
    // The plain stream is inert now and says nothing more; the TLS stream goes on where it stopped.
    disconnect(m_stream, nullptr, this, nullptr);
    m_stream->deleteLater();
    auto *tls = new TlsStream(descriptor, configuration, options, role, peerName, this);
    m_stream = tls;
    wireStream();
    updateReadPause();
    tls->startHandshake();
    Q_EMIT stateChanged(state());
    return true;
}

Connection::~Connection()
{
    HeldBytes::instance()->release(m_heldBytes);
    HeldBytes::instance()->removeConnection();
}

Connection::State Connection::state() const
{
    if (!m_stream->isOpen())
        return State::Closed;
    if (!m_stream->isReadOpen())
        return State::PeerHalfClosed;
    if (!m_stream->isWriteOpen())
        return State::LocalHalfClosed;
    return State::Open;
}

bool Connection::isReadOpen() const
{
    return m_stream->isReadOpen();
}

bool Connection::isWriteOpen() const
{
    return m_stream->isWriteOpen();
}

StreamError Connection::error() const
{
    return m_stream->error();
}

void Connection::setBehaviour(ServerBehaviour behaviour)
{
    m_behaviour = behaviour;
    // A preset's templates are fixed and valid.
    setResponder(Responder::create(responsesFor(behaviour)).value_or(Responder()));
}

void Connection::setResponder(const Responder &responder)
{
    m_responder = responder;
    updateReadPause();
}

void Connection::greet()
{
    send(m_responder.greet());
}

bool Connection::send(const QByteArray &data)
{
    if (!m_stream->isWriteOpen())
        return false;
    if (data.isEmpty() && !m_stream->keepsBoundaries()) // an empty datagram is one; empty TCP bytes are none
        return true;
    record(EventKind::Data, Direction::Outbound, data);
    m_bytesSent += data.size();
    ++m_chunksSent;
    touch();
    const bool written = m_stream->write(data);
    syncHeldBytes();
    return written;
}

qint64 Connection::bytesToWrite() const
{
    return m_stream->bytesToWrite();
}

void Connection::setReadPaused(bool paused)
{
    m_pausedByFront = paused;
    updateReadPause();
}

bool Connection::isReadPaused() const
{
    return m_stream->isReadPaused();
}

void Connection::shutdownWrite()
{
    m_stream->shutdownWrite();
}

void Connection::close()
{
    m_stream->close();
}

void Connection::abort()
{
    m_stream->abort();
}

void Connection::setIdleTimeout(int milliseconds)
{
    if (milliseconds <= 0) {
        delete m_idleTimer;
        m_idleTimer = nullptr;
        return;
    }
    if (!m_idleTimer) {
        m_idleTimer = new QTimer(this);
        m_idleTimer->setSingleShot(true);
        m_idleTimer->setTimerType(Qt::PreciseTimer); // a coarse timer fires up to 5% early: 5 s at 4.75 s
        connect(m_idleTimer, &QTimer::timeout, this, [this] {
            record(EventKind::Error, Direction::None,
                StreamErrorText::describe(StreamError::IdleTimeout).toUtf8());
            Q_EMIT idleTimedOut();
            m_stream->close();
        });
    }
    m_idleTimer->setInterval(milliseconds);
    if (m_stream->isOpen())
        m_idleTimer->start();
}

void Connection::setReceiveTimeout(int milliseconds)
{
    if (milliseconds <= 0) {
        delete m_receiveTimer;
        m_receiveTimer = nullptr;
        return;
    }
    if (!m_receiveTimer) {
        m_receiveTimer = new QTimer(this);
        m_receiveTimer->setSingleShot(true);
        // Precise: a coarse timer may fire up to 5% early, and a 5 s timeout must not close at 4.75 s.
        m_receiveTimer->setTimerType(Qt::PreciseTimer);
        connect(m_receiveTimer, &QTimer::timeout, this, [this] {
            record(EventKind::Error, Direction::None,
                tr("receive timeout: nothing came within %1 s")
                    .arg(m_receiveTimer->interval() / 1000.0)
                    .toUtf8());
            Q_EMIT receiveTimedOut();
            m_stream->close();
        });
    }
    m_receiveTimer->setInterval(milliseconds);
    if (m_stream->isOpen() && m_stream->isReadOpen())
        m_receiveTimer->start();
}

void Connection::onReceived(const QByteArray &chunk)
{
    record(EventKind::Data, Direction::Inbound, chunk);
    m_bytesReceived += chunk.size();
    ++m_chunksReceived;
    touch();
    if (m_receiveTimer)
        m_receiveTimer->start();
    Responder::Reaction reaction;
    if (m_responder.answersData() && m_stream->isWriteOpen()) {
        reaction = m_responder.receive(chunk);
        for (const QByteArray &answer : std::as_const(reaction.answers))
            send(answer);
        if (m_stream->bytesToWrite() > EchoHighWater) {
            m_pausedForEcho = true;
            updateReadPause();
        }
    }
    Q_EMIT received(chunk);
    // After the fronts had the chunk, so the command line prints what came before the connection closes.
    if (reaction.close)
        m_stream->close();
}

void Connection::onBytesWritten(qint64 count)
{
    syncHeldBytes();
    if (m_pausedForEcho && m_stream->bytesToWrite() < EchoLowWater) {
        m_pausedForEcho = false;
        updateReadPause();
    }
    Q_EMIT bytesWritten(count);
}

void Connection::record(EventKind kind, Direction direction, const QByteArray &payload)
{
    m_capture->append(kind, direction, m_sessionId, m_id, payload);
}

void Connection::updateReadPause()
{
    // Over the global bound, the sources of held bytes stop: for a connection, its own socket read when it
    // answers what it reads (echo). Every echo connection pauses, not only the slow ones, so the held bytes
    // cannot pass the bound however many connections read at once; they resume together below half.
    const bool pausedForBudget = m_responder.answersData() && HeldBytes::instance()->isEngaged();
    m_stream->setReadPaused(m_pausedForCapture || m_pausedForEcho || m_pausedByFront || pausedForBudget);
}

void Connection::syncHeldBytes()
{
    // Counted from the stream's own queue, so every path (sent, dropped by an abort or a failure) is covered.
    const qint64 now = m_stream->bytesToWrite();
    if (now > m_heldBytes)
        HeldBytes::instance()->add(now - m_heldBytes);
    else if (now < m_heldBytes)
        HeldBytes::instance()->release(m_heldBytes - now);
    m_heldBytes = now;
}

void Connection::touch()
{
    if (m_idleTimer)
        m_idleTimer->start();
}

} // namespace Sockbench
