#include "capture/capturestore.h"
#include "session/connection.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "transcript/replayer.h"
#include "transcript/transcriptfile.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <thread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Sockbench;

/// UdpSession on real loopback sockets: the peers are plain QUdpSockets (and socat), each a real sender.
class tst_UdpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsLoopbackOnAFreePort();
    void threeDatagramsStayThree();
    void anEmptyDatagramStaysOne();
    void largestDatagramBothWays();
    void echoAnswersEachSender();
    void responsesGreetHeardPeersOnly();
    void badResponsesBindNothing();
    void answersSocat();
    void ipv6OnLoopback();
    void sendsToANamedDestination();
    void connectedModeShowsRefused();
    void truncationIsFlaggedNeverSilent();
    void kernelDropsAreCounted();
    void aBurstWaitsForASlowReaderUndropped();
    void broadcastOnlyWhenAsked();
    void multicastJoinAndLeave();
    void statusWalkCloseAndRestart();
    void portInUseFails();
    void sendTargetsAreEveryPeer();
    void transcriptsKeepDatagrams_data();
    void transcriptsKeepDatagrams();
    void replayResendsDatagramByDatagram();
};

namespace {

UdpSession *bound(Workbench &workbench, UdpOptions options = {})
{
    auto *session = workbench.create<UdpSession>();
    if (!session->start(options))
        return nullptr;
    (void)QTest::qWaitFor(
        [session] { return session->isBound() || session->status() == SessionStatus::Failed; }, 5000);
    return session->isBound() ? session : nullptr;
}

/// Inbound data payloads recorded for a connection, in order.
QList<QByteArray> inbound(
    CaptureStore *capture, quint32 connectionId, Direction direction = Direction::Inbound)
{
    QList<QByteArray> payloads;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.kind == EventKind::Data && event.connectionId == connectionId
            && event.direction == direction)
            payloads.append(capture->payload(row));
    }
    return payloads;
}

/// Datagrams a plain socket received within 5 s, in order.
QList<QByteArray> datagramsAt(QUdpSocket &socket, int count)
{
    QList<QByteArray> got;
    (void)QTest::qWaitFor(
        [&] {
            while (socket.hasPendingDatagrams())
                got.append(socket.receiveDatagram(70000).data());
            return got.size() >= count;
        },
        5000);
    return got;
}

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

} // namespace

void tst_UdpSession::bindsLoopbackOnAFreePort()
{
    Workbench workbench;
    UdpSession *session = bound(workbench);
    QVERIFY(session);
    QCOMPARE(session->boundEndpoint().address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(session->boundEndpoint().port != 0);
    QCOMPARE(session->status(), SessionStatus::Listening);
    QCOMPARE(session->holds(), Session::Holds::ManyConnections);
    QCOMPARE(session->localText(), session->boundEndpoint().toString());
    // A large receive buffer: at least the system's cap (4 MiB here), more when we may force it.
    QVERIFY2(session->receiveBufferSize() >= 1024 * 1024,
        qPrintable(QString::number(session->receiveBufferSize())));
}

void tst_UdpSession::threeDatagramsStayThree()
{
    Workbench workbench;
    UdpSession *session = bound(workbench);
    QVERIFY(session);
    QSignalSpy peers(session, &UdpSession::peerAdded);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    for (const char *text : { "one", "two two", "three three three" })
        QCOMPARE(
            sender.writeDatagram(QByteArray(text), QHostAddress::LocalHost, session->boundEndpoint().port),
            qint64(qstrlen(text)));
    QTRY_COMPARE(session->datagramsReceived(), quint64(3));
    QCOMPARE(peers.count(), 1);
    auto *peer = peers.at(0).at(0).value<Connection *>();
    QCOMPARE(peer->peerEndpoint(), (Endpoint { QHostAddress(QHostAddress::LocalHost), sender.localPort() }));
    QCOMPARE(peer->chunksReceived(), 3);
    QCOMPARE(peer->bytesReceived(), 3 + 7 + 17);
    QCOMPARE(inbound(workbench.capture(), peer->id()),
        (QList<QByteArray> { "one", "two two", "three three three" }));
    QCOMPARE(workbench.capture()->connectionInfo(peer->id()).transport, Transport::Udp);
    QCOMPARE(session->lastHeard(), peer);
}

void tst_UdpSession::anEmptyDatagramStaysOne()
{
    Workbench workbench;
    UdpOptions options;
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(sender.writeDatagram(QByteArray(), QHostAddress::LocalHost, session->boundEndpoint().port), 0);
    QTRY_COMPARE(session->datagramsReceived(), quint64(1));
    Connection *peer = session->lastHeard();
    QVERIFY(peer);
    QCOMPARE(inbound(workbench.capture(), peer->id()), QList<QByteArray> { QByteArray() });
    // The echo is one empty datagram too, recorded as one.
    QCOMPARE(
        inbound(workbench.capture(), peer->id(), Direction::Outbound), QList<QByteArray> { QByteArray() });
    QTRY_VERIFY(sender.hasPendingDatagrams());
    QCOMPARE(sender.pendingDatagramSize(), 0);
}

void tst_UdpSession::largestDatagramBothWays()
{
    Workbench workbench;
    UdpOptions options;
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    sender.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 1024 * 1024);
    const QByteArray big = pattern(65507); // the largest an IPv4 datagram holds
    QCOMPARE(sender.writeDatagram(big, QHostAddress::LocalHost, session->boundEndpoint().port),
        qint64(big.size()));
    QTRY_VERIFY(sender.hasPendingDatagrams());
    QByteArray back(int(sender.pendingDatagramSize()), Qt::Uninitialized);
    QCOMPARE(sender.readDatagram(back.data(), back.size()), qint64(big.size()));
    QCOMPARE(back, big);
    Connection *peer = session->lastHeard();
    QCOMPARE(inbound(workbench.capture(), peer->id()), QList<QByteArray> { big });
    QCOMPARE(inbound(workbench.capture(), peer->id(), Direction::Outbound), QList<QByteArray> { big });
}

void tst_UdpSession::echoAnswersEachSender()
{
    Workbench workbench;
    UdpOptions options;
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QUdpSocket a, b;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    QVERIFY(b.bind(QHostAddress::LocalHost, 0));
    a.writeDatagram("from a", QHostAddress::LocalHost, session->boundEndpoint().port);
    b.writeDatagram("from b", QHostAddress::LocalHost, session->boundEndpoint().port);
    QTRY_VERIFY(a.hasPendingDatagrams() && b.hasPendingDatagrams());
    QCOMPARE(a.receiveDatagram().data(), QByteArray("from a"));
    QCOMPARE(b.receiveDatagram().data(), QByteArray("from b"));
    QCOMPARE(session->connections().size(), 2);
    QVERIFY(!a.hasPendingDatagrams() && !b.hasPendingDatagrams()); // each heard only its own
}

// Responses as a server's: a peer heard is greeted (its first datagram is its accept), a destination we send
// to first is not; the answer goes to its sender only.
void tst_UdpSession::responsesGreetHeardPeersOnly()
{
    QUdpSocket destination;
    QVERIFY(destination.bind(QHostAddress::LocalHost, 0));
    UdpOptions options;
    options.destinationHost = QStringLiteral("127.0.0.1");
    options.destinationPort = destination.localPort();
    options.responses.greeting = QStringLiteral("Hi\\n");
    options.responses.answer = QStringLiteral("re: {{data}}");
    Workbench workbench;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    peer.writeDatagram("one", QHostAddress::LocalHost, session->boundEndpoint().port);
    QCOMPARE(datagramsAt(peer, 2), (QList<QByteArray> { "Hi\n", "re: one" }));
    QTest::qWait(100);
    QVERIFY(!destination.hasPendingDatagrams()); // never heard from: not greeted
    QVERIFY2(
        session->detail().contains(QLatin1String("greets each new peer")), qPrintable(session->detail()));
}

// A template that does not parse binds nothing and says why, as a TCP server's listen() does.
void tst_UdpSession::badResponsesBindNothing()
{
    Workbench workbench;
    auto *session = workbench.create<UdpSession>();
    UdpOptions options;
    options.responses.answer = QStringLiteral("{{nosuchfield}}");
    QVERIFY(!session->start(options));
    QCOMPARE(session->status(), SessionStatus::Failed);
    QCOMPARE(session->error(), StreamError::InvalidArgument);
    QVERIFY2(session->errorString().startsWith(QLatin1String("cannot bind: the answer: ")),
        qPrintable(session->errorString()));
    QVERIFY(!session->isBound());
}

void tst_UdpSession::answersSocat()
{
    // socat as the peer: one datagram out, our echo back on its standard output.
    Workbench workbench;
    UdpOptions options;
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QProcess socat;
    socat.start(QStringLiteral("socat"),
        { QStringLiteral("-T2"), QStringLiteral("-"),
            QStringLiteral("UDP:127.0.0.1:%1").arg(session->boundEndpoint().port) });
    QVERIFY(socat.waitForStarted());
    socat.write("hello socat\n");
    QTRY_COMPARE_WITH_TIMEOUT(session->datagramsReceived(), quint64(1), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(socat.bytesAvailable() >= 12 || socat.waitForReadyRead(100), 5000);
    QCOMPARE(socat.readAll(), QByteArray("hello socat\n"));
    socat.closeWriteChannel();
    socat.kill();
    socat.waitForFinished();
}

void tst_UdpSession::ipv6OnLoopback()
{
    Workbench workbench;
    UdpOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHostIPv6);
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QCOMPARE(session->boundEndpoint().address, QHostAddress(QHostAddress::LocalHostIPv6));
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHostIPv6, 0));
    sender.writeDatagram("six", QHostAddress::LocalHostIPv6, session->boundEndpoint().port);
    QTRY_VERIFY(sender.hasPendingDatagrams());
    QCOMPARE(sender.receiveDatagram().data(), QByteArray("six"));
    QCOMPARE(
        session->lastHeard()->peerEndpoint().toString(), QStringLiteral("[::1]:%1").arg(sender.localPort()));
}

void tst_UdpSession::sendsToANamedDestination()
{
    // "localhost" is resolved; the default bind follows the destination's family.
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    Workbench workbench;
    UdpOptions options;
    options.destinationHost = QStringLiteral("localhost");
    options.destinationPort = receiver.localPort();
    options.protocol = QAbstractSocket::IPv4Protocol;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QVERIFY(session->destinationPeer());
    QCOMPARE(
        session->destination(), (Endpoint { QHostAddress(QHostAddress::LocalHost), receiver.localPort() }));
    QCOMPARE(session->send("to the destination"), 1);
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    const QNetworkDatagram got = receiver.receiveDatagram();
    QCOMPARE(got.data(), QByteArray("to the destination"));
    QCOMPARE(got.senderPort(), int(session->boundEndpoint().port));
    QCOMPARE(session->destinationPeer()->chunksSent(), 1);
}

void tst_UdpSession::connectedModeShowsRefused()
{
    // A port nobody listens on: bind one, note it, close it.
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        closedPort = probe.localPort();
    }
    Workbench workbench;
    UdpOptions options;
    options.destinationHost = QStringLiteral("127.0.0.1");
    options.destinationPort = closedPort;
    options.connected = true;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QCOMPARE(session->status(), SessionStatus::Connected);
    QCOMPARE(session->holds(), Session::Holds::OneConnection);
    Connection *peer = session->currentConnection();
    QVERIFY(peer);
    QSignalSpy errors(session, &Session::errorOccurred);
    QVERIFY(peer->send("anyone?"));
    QTRY_COMPARE(session->status(), SessionStatus::Failed);
    QCOMPARE(session->error(), StreamError::ConnectionRefused);
    QVERIFY2(session->errorString().contains(QLatin1String("refused")), qPrintable(session->errorString()));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!peer->isOpen());
    QCOMPARE(peer->error(), StreamError::ConnectionRefused);
    QVERIFY(session->canRestart());
}

void tst_UdpSession::truncationIsFlaggedNeverSilent()
{
    Workbench workbench;
    UdpOptions options;
    options.maxDatagramSize = 100;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QSignalSpy truncated(session, &UdpSession::datagramTruncated);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    sender.writeDatagram(pattern(300), QHostAddress::LocalHost, session->boundEndpoint().port);
    sender.writeDatagram(pattern(50), QHostAddress::LocalHost, session->boundEndpoint().port);
    QTRY_COMPARE(session->datagramsReceived(), quint64(2));
    QCOMPARE(truncated.count(), 1);
    QCOMPARE(truncated.at(0).at(1).toLongLong(), 300);
    QCOMPARE(truncated.at(0).at(2).toLongLong(), 100);
    Connection *peer = session->lastHeard();
    QCOMPARE(inbound(workbench.capture(), peer->id()), (QList<QByteArray> { pattern(100), pattern(50) }));
    // The record says so right after the datagram it concerns.
    CaptureStore *capture = workbench.capture();
    bool flagged = false;
    for (qint64 row = 0; row + 1 < capture->count(); ++row) {
        if (capture->event(row).kind == EventKind::Data && capture->payload(row) == pattern(100)) {
            QCOMPARE(capture->event(row + 1).kind, EventKind::Error);
            QCOMPARE(capture->event(row + 1).connectionId, peer->id());
            QVERIFY(capture->payload(row + 1).contains("truncated: 300 bytes"));
            flagged = true;
        }
    }
    QVERIFY(flagged);
}

void tst_UdpSession::kernelDropsAreCounted()
{
    Workbench workbench;
    UdpOptions options;
    options.receiveBufferBytes = 4096; // the kernel doubles it and keeps a floor; still tiny
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QSignalSpy drops(session, &UdpSession::kernelDropsChanged);
    // A plain blocking sender, and no event loop meanwhile: nobody reads, the buffer overflows.
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(session->boundEndpoint().port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const QByteArray datagram = pattern(512);
    constexpr int Sent = 2000;
    for (int i = 0; i < Sent; ++i)
        QCOMPARE(::sendto(fd, datagram.constData(), size_t(datagram.size()), 0,
                     reinterpret_cast<sockaddr *>(&to), sizeof to),
            ssize_t(datagram.size()));
    ::close(fd);
    // One more after the flood, read with the drop counter beside it.
    QTRY_VERIFY(session->datagramsReceived() > 0);
    QTest::qWait(100);
    QVERIFY(drops.count() >= 1);
    QVERIFY(session->kernelDrops() > 0);
    // Every datagram sent was either received or counted as dropped by the kernel.
    QCOMPARE(session->datagramsReceived() + session->kernelDrops(), quint64(Sent));
    QVERIFY(session->detail().contains(QLatin1String("dropped")));
}

void tst_UdpSession::aBurstWaitsForASlowReaderUndropped()
{
    // A front taking 300 us a datagram (3,300 a second) and a burst of 6,000 at 20,000 a second: far more
    // than a 2 MiB receive buffer holds (about 900 bytes of kernel memory a 64-byte datagram). The socket
    // reads ahead of the front, so the kernel drops none, and each arrives once, in order.
    Workbench workbench;
    UdpOptions options;
    options.receiveBufferBytes = 1024 * 1024; // the kernel doubles it
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QObject slowFront;
    QObject::connect(session, &UdpSession::peerAdded, &slowFront, [&slowFront](Connection *peer) {
        QObject::connect(peer, &Connection::received, &slowFront, [] { QThread::usleep(300); });
    });
    constexpr int Sent = 6000;
    const quint16 port = session->boundEndpoint().port;
    std::thread sender([port] {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (int i = 0; i < Sent; ++i) {
            const QByteArray datagram = QByteArray::number(i).rightJustified(64, '.');
            ::sendto(fd, datagram.constData(), size_t(datagram.size()), 0, reinterpret_cast<sockaddr *>(&to),
                sizeof to);
            if (i % 20 == 19)
                QThread::usleep(1000);
        }
        ::close(fd);
    });
    const bool accounted = QTest::qWaitFor(
        [session] { return session->datagramsReceived() + session->kernelDrops() >= quint64(Sent); }, 30000);
    sender.join();
    QVERIFY(accounted);
    QCOMPARE(session->kernelDrops(), quint64(0));
    QCOMPARE(session->datagramsReceived(), quint64(Sent));
    const QList<Connection *> peers = session->connections();
    QCOMPARE(peers.size(), 1);
    const QList<QByteArray> got = inbound(workbench.capture(), peers.first()->id());
    QCOMPARE(got.size(), Sent);
    for (int i = 0; i < Sent; ++i)
        QCOMPARE(got.at(i), QByteArray::number(i).rightJustified(64, '.'));
}

void tst_UdpSession::broadcastOnlyWhenAsked()
{
    // 127.255.255.255 is the loopback network's broadcast address (the kernel's local table lists it).
    const QHostAddress broadcast(QStringLiteral("127.255.255.255"));
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::AnyIPv4, 0));
    Workbench workbench;
    UdpSession *plain = bound(workbench);
    QVERIFY(plain);
    QSignalSpy errors(plain, &Session::errorOccurred);
    QVERIFY(plain->sendTo(Endpoint { broadcast, receiver.localPort() }, "not allowed"));
    QTRY_COMPARE(errors.count(), 1);
    if (plain->error() == StreamError::NetworkUnreachable)
        QSKIP("no route to 127.255.255.255 here");
    QCOMPARE(plain->error(), StreamError::PermissionDenied);
    QTest::qWait(50);
    QVERIFY(!receiver.hasPendingDatagrams());

    UdpOptions options;
    options.broadcast = true;
    UdpSession *allowed = bound(workbench, options);
    QVERIFY(allowed);
    QVERIFY(allowed->sendTo(Endpoint { broadcast, receiver.localPort() }, "to everyone"));
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    QCOMPARE(receiver.receiveDatagram().data(), QByteArray("to everyone"));
    QCOMPARE(allowed->error(), StreamError::None);
}

void tst_UdpSession::multicastJoinAndLeave()
{
    // The host's loopback has no MULTICAST flag, and a test must not change it: the test runs itself again
    // in a network namespace of its own, whose loopback it may set up.
    const bool inNamespace = qEnvironmentVariableIsSet("SOCKBENCH_TEST_NETNS");
    if (!inNamespace) {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOCKBENCH_TEST_NETNS"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral("unshare"),
            { QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("ip link set lo up multicast on && exec \"$0\" multicastJoinAndLeave"),
                QCoreApplication::applicationFilePath() });
        if (!child.waitForStarted(5000))
            QSKIP("unshare is not installed: cannot make a network namespace for multicast");
        QVERIFY(child.waitForFinished(30000));
        const QByteArray output = child.readAll();
        if (output.contains("unshare failed") || output.contains("Operation not permitted"))
            QSKIP("cannot make a network namespace here (unshare -n needs CAP_SYS_ADMIN)");
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : tst_UdpSession::multicastJoinAndLeave"), output.constData());
        return;
    }
    const QHostAddress group(QStringLiteral("239.255.42.7"));
    Workbench workbench;
    UdpOptions options;
    options.bindAddress = QHostAddress(QHostAddress::AnyIPv4); // a group's datagrams go to its address
    options.multicastGroup = group;
    options.multicastInterface = QStringLiteral("lo");
    UdpSession *session = bound(workbench, options);
    QVERIFY2(session, qPrintable(workbench.sessions().constLast()->errorString()));
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress(QHostAddress::LocalHost), 0));
    sender.setMulticastInterface(QNetworkInterface::interfaceFromName(QStringLiteral("lo")));
    QCOMPARE(sender.writeDatagram("to the group", group, session->boundEndpoint().port), qint64(12));
    QTRY_COMPARE(session->datagramsReceived(), quint64(1));
    QCOMPARE(inbound(workbench.capture(), session->lastHeard()->id()), QList<QByteArray> { "to the group" });
    QVERIFY(session->leaveMulticast(group, QStringLiteral("lo")));
    sender.writeDatagram("after leaving", group, session->boundEndpoint().port);
    QTest::qWait(200);
    QCOMPARE(session->datagramsReceived(), quint64(1));
}

void tst_UdpSession::statusWalkCloseAndRestart()
{
    Workbench workbench;
    auto *session = workbench.create<UdpSession>();
    QCOMPARE(session->status(), SessionStatus::Idle);
    QVERIFY(!session->canRestart());
    QVERIFY(session->start({}));
    QCOMPARE(session->status(), SessionStatus::Listening);
    QUdpSocket sender;
    sender.writeDatagram("x", QHostAddress::LocalHost, session->boundEndpoint().port);
    QTRY_COMPARE(session->connections().size(), 1);
    Connection *peer = session->connections().constFirst();
    session->close();
    QCOMPARE(session->status(), SessionStatus::Closed);
    QVERIFY(!peer->isOpen());
    QVERIFY(!session->isBound());
    QVERIFY(session->canRestart());
    QVERIFY(session->restart());
    QCOMPARE(session->status(), SessionStatus::Listening);
    QVERIFY(session->isBound());
}

void tst_UdpSession::portInUseFails()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    Workbench workbench;
    auto *session = workbench.create<UdpSession>();
    UdpOptions options;
    options.port = holder.localPort();
    QVERIFY(!session->start(options));
    QCOMPARE(session->status(), SessionStatus::Failed);
    QCOMPARE(session->error(), StreamError::AddressInUse);
    QVERIFY2(session->errorString().contains(QString::number(holder.localPort())),
        qPrintable(session->errorString()));
}

void tst_UdpSession::sendTargetsAreEveryPeer()
{
    Workbench workbench;
    UdpSession *session = bound(workbench);
    QVERIFY(session);
    QUdpSocket a, b;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    QVERIFY(b.bind(QHostAddress::LocalHost, 0));
    a.writeDatagram("a", QHostAddress::LocalHost, session->boundEndpoint().port);
    b.writeDatagram("b", QHostAddress::LocalHost, session->boundEndpoint().port);
    QTRY_COMPARE(session->sendTargets().size(), 2);
    QCOMPARE(session->send("to all"), 2);
    QTRY_VERIFY(a.hasPendingDatagrams() && b.hasPendingDatagrams());
    QCOMPARE(a.receiveDatagram().data(), QByteArray("to all"));
    QCOMPARE(b.receiveDatagram().data(), QByteArray("to all"));
}

void tst_UdpSession::transcriptsKeepDatagrams_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addRow("pcapng") << QStringLiteral("pcapng");
    QTest::addRow("jsonl") << QStringLiteral("jsonl");
    QTest::addRow("text") << QStringLiteral("txt");
    QTest::addRow("hexdump") << QStringLiteral("hex");
}

void tst_UdpSession::transcriptsKeepDatagrams()
{
    QFETCH(QString, extension);
    Workbench workbench;
    UdpOptions options;
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *session = bound(workbench, options);
    QVERIFY(session);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    const QList<QByteArray> sent { "one", QByteArray(), "three", pattern(1400) };
    for (const QByteArray &datagram : sent)
        sender.writeDatagram(datagram, QHostAddress::LocalHost, session->boundEndpoint().port);
    QTRY_COMPARE(session->datagramsReceived(), quint64(sent.size()));
    const quint32 peer = session->lastHeard()->id();
    QTRY_COMPARE(inbound(workbench.capture(), peer, Direction::Outbound).size(), sent.size());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("udp.") + extension);
    QString error;
    QVERIFY2(TranscriptFile::save(*workbench.capture(), path, &error), qPrintable(error));
    if (extension == QLatin1String("txt") || extension == QLatin1String("hex")) {
        // One block or line per datagram, in each direction: the empty one shows as 0 bytes.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count("<-  "), sent.size());
        QCOMPARE(text.count("->  "), sent.size());
        QCOMPARE(text.count("<-  0 bytes"), 1);
        QVERIFY(text.contains(", udp): local"));
        return;
    }
    CaptureStore back;
    const TranscriptOpenResult opened = TranscriptFile::open(path, &back);
    QVERIFY2(opened.complete, qPrintable(opened.errorString));
    QVERIFY(!opened.foreign);
    QCOMPARE(back.connectionInfo(peer).transport, Transport::Udp);
    QCOMPARE(back.connectionInfo(peer).peer.port, sender.localPort());
    QCOMPARE(inbound(&back, peer), sent);
    QCOMPARE(inbound(&back, peer, Direction::Outbound), sent);
}

void tst_UdpSession::replayResendsDatagramByDatagram()
{
    // A recorded UDP conversation, replayed as fast as it goes to a new peer: each datagram is one again,
    // the empty one too.
    Workbench recording;
    auto *recordSession = recording.create<UdpSession>();
    QUdpSocket target;
    QVERIFY(target.bind(QHostAddress::LocalHost, 0));
    UdpOptions options;
    options.destinationHost = QStringLiteral("127.0.0.1");
    options.destinationPort = target.localPort();
    QVERIFY(recordSession->start(options));
    const QList<QByteArray> sent { "first", QByteArray(), "third" };
    for (const QByteArray &datagram : sent)
        QVERIFY(recordSession->destinationPeer()->send(datagram));
    QCOMPARE(datagramsAt(target, 3), sent);
    QCOMPARE(inbound(recording.capture(), recordSession->destinationPeer()->id(), Direction::Outbound), sent);
    QCOMPARE(recording.capture()->connectionInfo(recordSession->destinationPeer()->id()).transport,
        Transport::Udp);

    QUdpSocket replayTarget;
    QVERIFY(replayTarget.bind(QHostAddress::LocalHost, 0));
    Workbench live;
    auto *liveSession = live.create<UdpSession>();
    options.destinationPort = replayTarget.localPort();
    QVERIFY(liveSession->start(options));
    Replayer replayer(recording.capture(), recordSession->destinationPeer()->id(), Replayer::Pace::Fast);
    QSignalSpy finished(&replayer, &Replayer::finished);
    replayer.start(liveSession->destinationPeer());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(replayer.chunkCount(), 3);
    QCOMPARE(datagramsAt(replayTarget, 3), sent);
}

QTEST_GUILESS_MAIN(tst_UdpSession)
#include "tst_udpsession.moc"
