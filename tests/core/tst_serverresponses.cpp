// A server session's automatic responses, accept timeout and single-client listening, over real loopback
// connections (port 0), each step also checked in the capture.

#include "capture/capturestore.h"
#include "loopbackpair.h"
#include "session/connection.h"
#include "session/serverpreset.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_ServerResponses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void greetsAndAnswersEachLine();
    void closesAfterTheAnswer();
    void receiveTimeoutClosesASilentClientNotEarly();
    void acceptTimeoutStopsListening();
    void singleClientStopsListening();
    void badResponsesListenOnNothing();
    void presetsAreValid();
    void echoBehaviourIsItsPreset();
};

namespace {

/// Outgoing payloads of the capture, in order.
QByteArrayList sentPayloads(CaptureStore *capture)
{
    capture->flush();
    QByteArrayList payloads;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.kind == EventKind::Data && event.direction == Direction::Outbound)
            payloads.append(capture->payload(row));
    }
    return payloads;
}

} // namespace

void tst_ServerResponses::greetsAndAnswersEachLine()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.responses.greeting = QStringLiteral("hello #{{counter}}\\r\\n");
    options.responses.unit = ResponseSettings::Unit::Line;
    options.responses.answer = QStringLiteral("{{counter}} {{data}}");
    QVERIFY2(server->listen(options), qPrintable(server->errorString()));
    QVERIFY(server->detail().contains(QStringLiteral("greets")));
    std::unique_ptr<TcpStream> client = dial(server->listenEndpoint().port);
    QVERIFY(client);
    Collector got(client.get());
    QTRY_COMPARE(got.bytes, QByteArray("hello #1\r\n"));
    client->write("one\ntw");
    client->write("o\n");
    QTRY_COMPARE(got.bytes, QByteArray("hello #1\r\n2 one\n3 two\n"));
    QCOMPARE(sentPayloads(workbench.capture()), (QByteArrayList { "hello #1\r\n", "2 one\n", "3 two\n" }));
}

void tst_ServerResponses::closesAfterTheAnswer()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    const ServerPreset basic = ServerPreset::find(QStringLiteral("chapter-basic-echo"));
    QVERIFY(!basic.key.isEmpty());
    ServerOptions options = basic.options;
    options.acceptTimeoutMs = 0;
    QVERIFY(server->listen(options));
    std::unique_ptr<TcpStream> client = dial(server->listenEndpoint().port);
    QVERIFY(client);
    Collector got(client.get());
    client->write("Hello Pharo\n");
    QTRY_VERIFY(got.peerClosed);
    QCOMPARE(got.bytes, QByteArray("ECHO: Hello Pharo\n"));
    QTRY_COMPARE(server->connections().constFirst()->state(), Connection::State::Closed);
}

void tst_ServerResponses::receiveTimeoutClosesASilentClientNotEarly()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.responses.receiveTimeoutMs = 300;
    QVERIFY(server->listen(options));
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<TcpStream> client = dial(server->listenEndpoint().port);
    QVERIFY(client);
    Collector got(client.get());
    QTRY_VERIFY(server->connections().size() == 1);
    Connection *connection = server->connections().constFirst();
    QSignalSpy timedOut(connection, &Connection::receiveTimedOut);
    QVERIFY(timedOut.isValid());
    // Sending does not restart it; receiving does.
    QTest::qWait(150);
    connection->send("ping");
    client->write("x");
    QTRY_VERIFY_WITH_TIMEOUT(got.peerClosed, 5000);
    QCOMPARE(timedOut.count(), 1);
    QVERIFY2(
        elapsed.elapsed() >= 450, qPrintable(QString::number(elapsed.elapsed()))); // 150 + 300, never early
}

void tst_ServerResponses::acceptTimeoutStopsListening()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.acceptTimeoutMs = 200;
    QSignalSpy timedOut(server, &ServerSession::acceptTimedOut);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(server->listen(options));
    QVERIFY(timedOut.wait(5000));
    QVERIFY(elapsed.elapsed() >= 200);
    QVERIFY(!server->isListening());
    QCOMPARE(server->errorString(), QStringLiteral("no client came within 0.2 s"));
    QVERIFY(server->canRestart());

    // A client in time cancels it.
    ServerSession *second = workbench.createServer();
    options.acceptTimeoutMs = 300;
    QVERIFY(second->listen(options));
    std::unique_ptr<TcpStream> client = dial(second->listenEndpoint().port);
    QVERIFY(client);
    QTest::qWait(500);
    QVERIFY(second->isListening());
}

void tst_ServerResponses::singleClientStopsListening()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.singleClient = true;
    QVERIFY(server->listen(options));
    std::unique_ptr<TcpStream> first = dial(server->listenEndpoint().port);
    QVERIFY(first);
    QTRY_COMPARE(server->connections().size(), 1);
    QVERIFY(!server->isListening());
    QCOMPARE(server->connections().constFirst()->state(), Connection::State::Open); // the client stays
}

void tst_ServerResponses::badResponsesListenOnNothing()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.responses.greeting = QStringLiteral("hi {{nope}}");
    QVERIFY(!server->listen(options));
    QVERIFY(!server->isListening());
    QCOMPARE(server->status(), SessionStatus::Failed);
    QVERIFY2(
        server->errorString().endsWith(QStringLiteral("the greeting: column 4: unknown field {{nope}}; the "
                                                      "fields are data, counter, time, random, sum8, "
                                                      "xor8, crc16, crc32")),
        qPrintable(server->errorString()));
    QString error;
    QVERIFY(!server->setResponses(options.responses, &error));
    QVERIFY(error.startsWith(QStringLiteral("the greeting: column 4")));
    workbench.capture()->flush();
    QVERIFY(sentPayloads(workbench.capture()).isEmpty());
}

void tst_ServerResponses::presetsAreValid()
{
    const QList<ServerPreset> presets = ServerPreset::all();
    QCOMPARE(presets.size(), 6);
    for (const ServerPreset &preset : presets) {
        QString error;
        QVERIFY2(Responder::create(preset.options.effectiveResponses(), &error), qPrintable(error));
        QVERIFY(!preset.name.isEmpty());
        QVERIFY(!preset.description.isEmpty());
    }
    QCOMPARE(
        ServerPreset::find(QStringLiteral("chapter-echoserver")).options.responses.receiveTimeoutMs, 5000);
    QCOMPARE(ServerPreset::find(QStringLiteral("chapter-socketstream")).port, quint16(12345));
    QVERIFY(ServerPreset::find(QStringLiteral("nothing")).key.isEmpty());
}

void tst_ServerResponses::echoBehaviourIsItsPreset()
{
    const ResponseSettings echo = responsesFor(ServerBehaviour::Echo);
    QCOMPARE(echo.answer, QStringLiteral("{{data}}"));
    QVERIFY(echo.finishWithPeer);
    QVERIFY(responsesFor(ServerBehaviour::Manual).isManual());
    ServerOptions options;
    options.behaviour = ServerBehaviour::Discard;
    QCOMPARE(options.effectiveResponses(), responsesFor(ServerBehaviour::Discard));
    options.responses.greeting = QStringLiteral("x");
    QCOMPARE(options.effectiveResponses().greeting, QStringLiteral("x")); // own responses replace the preset
}

QTEST_GUILESS_MAIN(tst_ServerResponses)
#include "tst_serverresponses.moc"
