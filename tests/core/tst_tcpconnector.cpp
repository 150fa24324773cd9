#include "stream/tcpconnector.h"
#include "stream/tcpstream.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Sockbench;

class tst_TcpConnector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewAttemptReplacesAPendingOne();
    void connects_data();
    void connects();
    void refused();
    void hostNotFound();
    void timesOutOnSilentListener();
    void cancelSendsNothing();
    void outOfRangeIsNotPossibleButPortZeroIsRefused();
};

namespace {

/// A port on which nothing listens: bound once by a server that then closed.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

void tst_TcpConnector::aNewAttemptReplacesAPendingOne()
{
    // Two attempts in one event-loop turn: only the second may connect, and nothing of the first may linger.
    QTcpServer first;
    QTcpServer second;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    QVERIFY(second.listen(QHostAddress::LocalHost, 0));
    TcpConnector connector;
    std::vector<std::unique_ptr<TcpStream>> streams;
    connect(&connector, &TcpConnector::connected, this,
        [&](TcpStream *stream) { streams.push_back(std::unique_ptr<TcpStream>(stream)); });
    connector.connectToHost(QStringLiteral("127.0.0.1"), first.serverPort(), 5000);
    connector.connectToHost(QStringLiteral("127.0.0.1"), second.serverPort(), 5000);
    QTRY_COMPARE(streams.size(), size_t(1));
    QCOMPARE(streams.front()->peerEndpoint().port, second.serverPort());
    QTest::qWait(200);
    QCOMPARE(streams.size(), size_t(1));
    QVERIFY(!first.waitForNewConnection(0));
}

void tst_TcpConnector::connects_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QHostAddress>("listenOn");
    QTest::addRow("IPv4 literal") << QStringLiteral("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::addRow("name") << QStringLiteral("localhost") << QHostAddress(QHostAddress::LocalHost);
    QTest::addRow("IPv6 literal") << QStringLiteral("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::addRow("IPv6 in brackets") << QStringLiteral("[::1]") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_TcpConnector::connects()
{
    QFETCH(QString, host);
    QFETCH(QHostAddress, listenOn);
    QTcpServer server;
    if (!server.listen(listenOn, 0))
        QSKIP("cannot listen on this loopback address here");
    TcpConnector connector;
    QSignalSpy resolved(&connector, &TcpConnector::resolved);
    QSignalSpy connecting(&connector, &TcpConnector::connecting);
    QSignalSpy failed(&connector, &TcpConnector::failed);
    std::unique_ptr<TcpStream> stream;
    connect(&connector, &TcpConnector::connected, this, [&](TcpStream *s) { stream.reset(s); });
    connector.connectToHost(host, server.serverPort(), 5000);
    QVERIFY(connector.isBusy());
    QTRY_VERIFY(stream);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(resolved.count(), 1);
    QVERIFY(connecting.count() >= 1);
    QCOMPARE(stream->peerEndpoint().port, server.serverPort());
    QVERIFY(!connector.isBusy());
}

void tst_TcpConnector::refused()
{
    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    QSignalSpy connected(&connector, &TcpConnector::connected);
    connector.connectToHost(QStringLiteral("127.0.0.1"), closedPort(), 5000);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(failed.first().at(0).value<StreamError>(), StreamError::ConnectionRefused);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("connection refused"));
}

void tst_TcpConnector::hostNotFound()
{
    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    // .invalid never resolves (RFC 6761).
    connector.connectToHost(QStringLiteral("no-such-host.invalid"), 9999, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const auto error = failed.first().at(0).value<StreamError>();
    QVERIFY2(error == StreamError::HostNotFound || error == StreamError::ConnectTimeout,
        qPrintable(failed.first().at(1).toString()));
    if (error == StreamError::HostNotFound)
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("no-such-host.invalid")));
}

void tst_TcpConnector::timesOutOnSilentListener()
{
    // A loopback listener with a backlog of 0 that never accepts: once its queue is full the kernel drops
    // further SYNs, so a connect neither succeeds nor fails. A silent address without leaving the machine.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 0), 0);
    socklen_t length = sizeof address;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
    const quint16 port = ntohs(address.sin_port);

    std::vector<int> fillers;
    for (int i = 0; i < 4; ++i) {
        const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(filler, reinterpret_cast<sockaddr *>(&address), sizeof address);
        fillers.push_back(filler);
    }
    QTest::qWait(100);

    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    QSignalSpy connected(&connector, &TcpConnector::connected);
    connector.connectToHost(QStringLiteral("127.0.0.1"), port, 400);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(failed.first().at(0).value<StreamError>(), StreamError::ConnectTimeout);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("timed out")));
    for (int filler : fillers)
        ::close(filler);
    ::close(listener);
}

void tst_TcpConnector::cancelSendsNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    QSignalSpy connected(&connector, &TcpConnector::connected);
    connector.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), 5000);
    connector.cancel();
    QTest::qWait(200);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(connected.count(), 0);
    QVERIFY(!connector.isBusy());
}

void tst_TcpConnector::outOfRangeIsNotPossibleButPortZeroIsRefused()
{
    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    connector.connectToHost(QStringLiteral("127.0.0.1"), 0, 2000);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TcpConnector)
#include "tst_tcpconnector.moc"
