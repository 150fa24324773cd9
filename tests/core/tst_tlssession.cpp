// TLS sessions over real loopback sockets: a ServerSession with TLS (its self-signed certificate, made in a
// temporary data directory) and ClientSessions that verify it by pin, refuse it, or accept it unverified.
// The capture must hold the decrypted bytes and the TLS steps; the self-signed files must be owner-only.

#include "capture/capturestore.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "stream/selfsignedcertificate.h"
#include "stream/tlsoptions.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Sockbench;

namespace {

constexpr int Timeout = 20000;

/// The TLS steps the capture recorded for a connection, in order.
QStringList tlsSteps(const CaptureStore *capture, quint32 connectionId)
{
    QStringList steps;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.kind == EventKind::Tls && event.connectionId == connectionId)
            steps.append(QString::fromUtf8(capture->payload(row)));
    }
    return steps;
}

QByteArray received(const CaptureStore *capture, quint32 connectionId, Direction direction)
{
    QByteArray bytes;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.kind == EventKind::Data && event.connectionId == connectionId
            && event.direction == direction)
            bytes += capture->payload(row);
    }
    return bytes;
}

} // namespace

class tst_TlsSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprints_data();
    void fingerprints();
    void selfSignedIsKeptOwnerOnly();
    void pinnedClientAndEchoServer();
    void refusedThenAcceptedOnce();
    void insecureIsMarked();

private:
    ServerSession *echoServer(Workbench &workbench);
    QTemporaryDir m_dataHome;
};

void tst_TlsSession::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
}

void tst_TlsSession::fingerprints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = QStringLiteral("0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef");
    QTest::addRow("plain hex") << hex << true;
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
    QTest::addRow("colons, as openssl prints it") << colons << true;
    QTest::addRow("sha256: prefix") << QStringLiteral("sha256:") + hex << true;
    QTest::addRow("one digit short") << hex.left(63) << false;
    QTest::addRow("not hex") << QString(hex).replace(0, 1, QStringLiteral("g")) << false;
    QTest::addRow("empty") << QString() << false;
}

void tst_TlsSession::fingerprints()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray digest = TlsSetup::parseFingerprint(text);
    QCOMPARE(digest.size(), valid ? 32 : 0);
    if (valid)
        QCOMPARE(TlsSetup::parseFingerprint(TlsSetup::fingerprintText(digest)), digest);
}

void tst_TlsSession::selfSignedIsKeptOwnerOnly()
{
    QTemporaryDir dir;
    QString certificate, key, error;
    QVERIFY2(SelfSignedCertificate::ensureIn(dir.path() + QStringLiteral("/sb"), &certificate, &key, &error),
        qPrintable(error));
    for (const QString &file : { certificate, key }) {
        struct stat info
        {
        };
        QCOMPARE(::stat(qPrintable(file), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
    }
    const QList<QSslCertificate> made = QSslCertificate::fromPath(certificate);
    QCOMPARE(made.size(), 1);
    QCOMPARE(
        made.first().subjectInfo(QSslCertificate::CommonName), QStringList { QStringLiteral("localhost") });
    QVERIFY(made.first()
                .subjectAlternativeNames()
                .values(QSsl::IpAddressEntry)
                .contains(QStringLiteral("127.0.0.1")));
    // Made once: the next server finds the same one.
    QString again, againKey;
    QVERIFY(SelfSignedCertificate::ensureIn(dir.path() + QStringLiteral("/sb"), &again, &againKey, &error));
    QCOMPARE(QSslCertificate::fromPath(again).first(), made.first());
}

ServerSession *tst_TlsSession::echoServer(Workbench &workbench)
{
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    options.tls.enabled = true;
    if (!server->listen(options))
        qWarning() << server->errorString();
    return server;
}

void tst_TlsSession::pinnedClientAndEchoServer()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server->isListening());
    QVERIFY(server->isTls());
    QCOMPARE(server->certificateFingerprint().size(), 32);

    ClientSession *client = workbench.createClient();
    ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server->listenEndpoint().port;
    options.tls.enabled = true;
    options.tls.pinnedSha256 = server->certificateFingerprint();
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(options);
    QVERIFY(connected.wait(Timeout));
    Connection *connection = client->currentConnection();
    QSignalSpy established(connection, &Connection::tlsEstablished);
    QVERIFY(established.wait(Timeout));
    QVERIFY(connection->tlsInfo()->encrypted);
    QCOMPARE(connection->tlsInfo()->protocol, QStringLiteral("TLS 1.3"));
    QVERIFY(!client->isUnverified());

    QByteArray payload(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 131);
    QByteArray echoed;
    connect(connection, &Connection::received, this, [&echoed](const QByteArray &chunk) { echoed += chunk; });
    QVERIFY(connection->send(payload));
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), Timeout);
    QVERIFY(echoed == payload);
    // The capture holds the plaintext, both ways, on both ends.
    QVERIFY(received(workbench.capture(), connection->id(), Direction::Inbound) == payload);
    QVERIFY(received(workbench.capture(), connection->id(), Direction::Outbound) == payload);

    QSignalSpy closed(connection, &Connection::closed);
    connection->close();
    QVERIFY(closed.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(server->openConnectionCount(), 0, Timeout);
    const QStringList clientSteps = tlsSteps(workbench.capture(), connection->id());
    QVERIFY2(clientSteps.size() >= 3, qPrintable(clientSteps.join(u'\n')));
    QVERIFY(clientSteps.at(0).startsWith(QLatin1String("handshake started as a client, for 127.0.0.1")));
    QVERIFY(clientSteps.at(1).startsWith(QLatin1String("verification error: self-signed certificate")));
    QVERIFY(clientSteps.join(u'\n').contains(QLatin1String("accepted: the certificate is the pinned one")));
    QVERIFY(clientSteps.join(u'\n').contains(QLatin1String("handshake finished in")));
    QVERIFY(clientSteps.join(u'\n').contains(QLatin1String("we sent close_notify")));
    const Connection *accepted = server->connections().first();
    const QStringList serverSteps = tlsSteps(workbench.capture(), accepted->id());
    QVERIFY2(serverSteps.join(u'\n').contains(QLatin1String("the peer sent close_notify: a clean close")),
        qPrintable(serverSteps.join(u'\n')));
    QVERIFY(!serverSteps.join(u'\n').contains(QLatin1String("truncated")));
}

void tst_TlsSession::refusedThenAcceptedOnce()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server->isListening());
    ClientSession *client = workbench.createClient();
    ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server->listenEndpoint().port;
    options.tls.enabled = true;
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(options);
    QVERIFY(connected.wait(Timeout));
    Connection *refused = client->currentConnection();
    QSignalSpy closed(refused, &Connection::closed);
    QVERIFY(closed.wait(Timeout));
    QCOMPARE(refused->error(), StreamError::TlsVerifyFailed);
    QVERIFY2(
        refused->errorString().contains(QLatin1String("self-signed")), qPrintable(refused->errorString()));
    QCOMPARE(refused->tlsInfo()->peerChain.size(), 1);

    // "Connect anyway, once": the refused certificate, for one connection.
    options.tls.acceptOnceSha256 = TlsSetup::sha256(refused->tlsInfo()->peerChain.first());
    client->connectTo(options);
    QVERIFY(connected.wait(Timeout));
    Connection *once = client->currentConnection();
    QSignalSpy established(once, &Connection::tlsEstablished);
    QVERIFY(established.wait(Timeout));
    QVERIFY(once->tlsInfo()->unverified);
    QVERIFY(client->isUnverified());
    QVERIFY(client->name().contains(QLatin1String("not verified")));
    // Once: a reconnect verifies again, and is refused again.
    QVERIFY(client->options().tls.acceptOnceSha256.isEmpty());
    client->reconnect();
    QVERIFY(connected.wait(Timeout));
    Connection *again = client->currentConnection();
    QSignalSpy againClosed(again, &Connection::closed);
    QVERIFY(againClosed.wait(Timeout));
    QCOMPARE(again->error(), StreamError::TlsVerifyFailed);
}

void tst_TlsSession::insecureIsMarked()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server->isListening());
    ClientSession *client = workbench.createClient();
    ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server->listenEndpoint().port;
    options.tls.enabled = true;
    options.tls.insecure = true;
    QSignalSpy connected(client, &ClientSession::connected);
    client->connectTo(options);
    QVERIFY(client->isTls());
    QVERIFY(client->isUnverified());
    QVERIFY(client->name().contains(QLatin1String("not verified")));
    QVERIFY(connected.wait(Timeout));
    Connection *connection = client->currentConnection();
    QSignalSpy established(connection, &Connection::tlsEstablished);
    QVERIFY(established.wait(Timeout));
    QVERIFY(connection->tlsInfo()->unverified);
    const QString steps = tlsSteps(workbench.capture(), connection->id()).join(u'\n');
    QVERIFY2(steps.contains(QLatin1String("WARNING: verification is off")), qPrintable(steps));
    QVERIFY(steps.contains(QLatin1String("NOT VERIFIED")));
    QVERIFY(client->detail().contains(QLatin1String("NOT VERIFIED")));
}

QTEST_GUILESS_MAIN(tst_TlsSession)

#include "tst_tlssession.moc"
