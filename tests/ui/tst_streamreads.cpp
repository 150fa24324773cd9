// The window's Stream reads on the real MainWindow (offscreen), against real loopback peers: a server that
// talks first, a selection change, upToEnd after a half-close against the window's echo server, a full
// buffer.

#include "capture/capturestore.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/readstreams.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/chapterguide.h"
#include "widgets/mainwindow.h"
#include "widgets/readpane.h"
#include "widgets/sendpanel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Sockbench;

namespace {

constexpr int Timeout = 10000;

/// Picks a read in the pane's controls and clicks Read, as a user does.
void clickRead(ReadPane *pane, ReadPane::Operation operation, const QString &argument = {})
{
    auto *combo = pane->findChild<QComboBox *>(QStringLiteral("readOperation"));
    combo->setCurrentIndex(combo->findData(int(operation)));
    pane->findChild<QLineEdit *>(QStringLiteral("readArgument"))->setText(argument);
    pane->findChild<QSpinBox *>(QStringLiteral("readTimeout"))->setValue(5);
    auto *button = pane->findChild<QPushButton *>(QStringLiteral("readButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void showStreamReads(MainWindow &window)
{
    window.findChild<QTabWidget *>(QStringLiteral("trafficTabs"))
        ->setCurrentWidget(window.findChild<ReadPane *>());
}

} // namespace

class tst_StreamReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aServerThatTalksFirstIsReadInFull();
    void eachConnectionKeepsItsBufferAndResults();
    void upToEndCompletesAfterAHalfCloseToEcho();
    void aFullBufferSaysSoAndCanBeDiscarded();
    void sendFileInFixedSizeChunks();
    void helpMenuShowsTheChapterGuide();
    void aClientRowReadsWhereTheSendPanelSends();

private:
    QTemporaryDir m_spool;
};

void tst_StreamReads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_spool.isValid());
}

void tst_StreamReads::aServerThatTalksFirstIsReadInFull()
{
    // The chapter's HelloWorld server: it sends on accept, before anyone opens the Stream reads tab.
    QTcpServer talker;
    QVERIFY(talker.listen(QHostAddress::LocalHost, 0));
    connect(&talker, &QTcpServer::newConnection, &talker, [&talker] {
        QTcpSocket *socket = talker.nextPendingConnection();
        socket->write("HelloWorld");
        socket->flush();
    });
    MainWindow window(m_spool.path());
    window.show();
    ClientSession *client
        = window.openClient(ClientOptions { QStringLiteral("127.0.0.1"), talker.serverPort() });
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    Connection *connection = client->currentConnection();
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(10), Timeout);
    auto *pane = window.findChild<ReadPane *>();
    QVERIFY(pane && !pane->isVisible()); // the traffic log is in front

    window.selectConnection(connection);
    showStreamReads(window);
    QTRY_VERIFY(pane->isVisible());
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("readTitle"))
                ->text()
                .contains(QLatin1String("from the first")));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("bufferedLabel"))->text(),
        QStringLiteral("10 byte(s) buffered"));
    clickRead(pane, ReadPane::Operation::Next, QStringLiteral("5"));
    QTRY_COMPARE(pane->results().size(), 1);
    clickRead(pane, ReadPane::Operation::Next, QStringLiteral("5"));
    QTRY_COMPARE(pane->results().size(), 2);
    QCOMPARE(pane->results(),
        (QStringList {
            QStringLiteral("next(5) → 5 byte(s): Hello"), QStringLiteral("next(5) → 5 byte(s): World") }));
}

void tst_StreamReads::eachConnectionKeepsItsBufferAndResults()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server && server->isListening());
    QTcpSocket a;
    a.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(a.waitForConnected(Timeout));
    QTRY_COMPARE(server->connections().size(), 1);
    QTcpSocket b;
    b.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(b.waitForConnected(Timeout));
    QTRY_COMPARE(server->connections().size(), 2);
    Connection *first = server->connections().at(0);
    Connection *second = server->connections().at(1);
    if (first->peerEndpoint().port != a.localPort())
        std::swap(first, second);
    a.write("a1\na2\n");
    b.write("b1\n");
    a.flush();
    b.flush();
    QTRY_COMPARE(first->bytesReceived() + second->bytesReceived(), qint64(9));

    auto *pane = window.findChild<ReadPane *>();
    showStreamReads(window);
    window.selectConnection(first);
    clickRead(pane, ReadPane::Operation::Line);
    QTRY_COMPARE(pane->results(), QStringList { QStringLiteral("nextLine → 2 byte(s): a1") });

    window.selectConnection(second);
    QVERIFY(pane->results().isEmpty());
    clickRead(pane, ReadPane::Operation::Line);
    QTRY_COMPARE(pane->results(), QStringList { QStringLiteral("nextLine → 2 byte(s): b1") });

    // Back to the first: its result is there still, and its buffer kept a2 while the other was selected.
    window.selectConnection(first);
    QCOMPARE(pane->results(), QStringList { QStringLiteral("nextLine → 2 byte(s): a1") });
    QTRY_COMPARE(pane->findChild<QLabel *>(QStringLiteral("bufferedLabel"))->text(),
        QStringLiteral("3 byte(s) buffered"));
    clickRead(pane, ReadPane::Operation::Line);
    QTRY_COMPARE(pane->results().size(), 2);
    QCOMPARE(pane->results().last(), QStringLiteral("nextLine → 2 byte(s): a2"));
}

void tst_StreamReads::upToEndCompletesAfterAHalfCloseToEcho()
{
    // The chapter's binary example: ABC to an echo server, then upToEnd, which ends when the server closes:
    // after our half-close the echo server finishes its side.
    MainWindow window(m_spool.path());
    window.show();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    ServerSession *server = window.openServer(options);
    QVERIFY(server && server->isListening());
    ClientSession *client
        = window.openClient(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port });
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    Connection *connection = client->currentConnection();
    window.selectConnection(connection);
    showStreamReads(window);
    auto *pane = window.findChild<ReadPane *>();
    clickRead(pane, ReadPane::Operation::UpToEnd);
    QVERIFY(connection->send(QByteArray("ABC")));
    QTRY_COMPARE(connection->bytesReceived(), qint64(3));
    QTest::qWait(100);
    QVERIFY(pane->results().isEmpty()); // upToEnd waits for the end, not for data
    connection->shutdownWrite();
    QTRY_COMPARE_WITH_TIMEOUT(pane->results().size(), 1, Timeout);
    QCOMPARE(pane->results().first(), QStringLiteral("upToEnd → 3 byte(s): ABC"));
}

void tst_StreamReads::aFullBufferSaysSoAndCanBeDiscarded()
{
    MainWindow window(m_spool.path());
    window.show();
    auto *pane = window.findChild<ReadPane *>();
    pane->streams()->setLimits(8, 1024);
    ServerSession *server = window.openServer(ServerOptions {});
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(peer.waitForConnected(Timeout));
    QTRY_COMPARE(server->connections().size(), 1);
    Connection *connection = server->connections().first();
    peer.write("0123456789");
    peer.flush();
    QTRY_COMPARE(connection->bytesReceived(), qint64(10));
    window.selectConnection(connection);
    showStreamReads(window);
    auto *label = pane->findChild<QLabel *>(QStringLiteral("bufferedLabel"));
    QTRY_VERIFY2(label->text().contains(QLatin1String("full")), qPrintable(label->text()));
    QVERIFY(label->text().startsWith(QLatin1String("8 byte(s)")));
    clickRead(pane, ReadPane::Operation::Next, QStringLiteral("9"));
    QTRY_COMPARE(pane->results().size(), 1);
    QVERIFY2(pane->results().first().contains(QLatin1String("buffer is full")),
        qPrintable(pane->results().first()));

    auto *discard = pane->findChild<QPushButton *>(QStringLiteral("discardBufferButton"));
    QVERIFY(discard->isVisible() && discard->isEnabled());
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(label->text(), QStringLiteral("0 byte(s) buffered"));
    peer.write("again\n");
    peer.flush();
    clickRead(pane, ReadPane::Operation::Line);
    QTRY_COMPARE(pane->results().size(), 2);
    QCOMPARE(pane->results().last(), QStringLiteral("nextLine → 5 byte(s): again"));
}

void tst_StreamReads::sendFileInFixedSizeChunks()
{
    // The chapter's mp3 in 3000-byte chunks: 7000 bytes make three sends, the last padded with 2000 zeros.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("song.mp3"));
    QByteArray contents;
    for (int i = 0; i < 7000; ++i)
        contents.append(char('a' + i % 26));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QTcpSocket peer;
    QByteArray received;
    connect(&peer, &QTcpSocket::readyRead, &peer, [&] { received += peer.readAll(); });
    peer.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(peer.waitForConnected(Timeout));
    QTRY_COMPARE(server->connections().size(), 1);
    Connection *connection = server->connections().first();
    window.selectConnection(connection);
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    QVERIFY(window.sendPanel()->sendFile(path, 3000));
    QTRY_COMPARE(received.size(), 9000);
    QCOMPARE(received, contents + QByteArray(2000, '\0'));
    // One send per chunk, each its own event in the capture.
    CaptureStore *capture = window.workbench()->capture();
    QList<qint64> sizes;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.kind == EventKind::Data && event.connectionId == connection->id()
            && event.direction == Direction::Outbound)
            sizes.append(event.payloadSize);
    }
    QCOMPARE(sizes, (QList<qint64> { 3000, 3000, 3000 }));
    QVERIFY(window.sendPanel()->findChild<QToolButton *>(QStringLiteral("sendFileButton"))->menu());

    // Bad input changes nothing: too many chunks are refused before anything is sent.
    const QString large = dir.filePath(QStringLiteral("large.bin"));
    QFile largeFile(large);
    QVERIFY(largeFile.open(QIODevice::WriteOnly));
    largeFile.write(QByteArray(SendPanel::maxFileChunks + 1, 'x'));
    largeFile.close();
    QVERIFY(!window.sendPanel()->sendFile(large, 1));
    QTest::qWait(100);
    QCOMPARE(received.size(), 9000);
    QCOMPARE(connection->bytesSent(), 9000);
}

// The review: with a client's session row selected (before it had connected), Stream reads said "Select an
// open connection" with Read disabled while the send panel said it sent to #3; and with the connection
// chosen, the description took two lines and Read jumped 14 px down. Both follow the one connection the
// selection means; Read stays where it was; the send panel's title reads as one phrase.
void tst_StreamReads::aClientRowReadsWhereTheSendPanelSends()
{
    QTcpServer talker;
    QVERIFY(talker.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<QTcpSocket> accepted;
    connect(&talker, &QTcpServer::newConnection, &talker, [&] {
        accepted.reset(talker.nextPendingConnection());
        accepted->write("Hello\r\n");
    });
    MainWindow window(m_spool.path());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<ReadPane *>();
    showStreamReads(window);
    QTRY_VERIFY(pane->isVisible());
    auto *button = pane->findChild<QPushButton *>(QStringLiteral("readButton"));
    auto *title = pane->findChild<QLabel *>(QStringLiteral("readTitle"));
    QTest::qWait(50);
    const int buttonY = button->mapTo(pane, QPoint(0, 0)).y();

    // Selected as it is made, before it connects: the session row, not the connection's.
    ClientSession *client
        = window.openClient(ClientOptions { QStringLiteral("127.0.0.1"), talker.serverPort() });
    QVERIFY(client);
    window.selectSession(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    QCOMPARE(window.selectedConnection(), nullptr);
    Connection *connection = client->currentConnection();
    QTRY_COMPARE(window.sendTargets(), QList<Connection *> { connection });
    QTRY_VERIFY2(
        title->text().contains(QStringLiteral("#%1").arg(connection->id())), qPrintable(title->text()));
    QTRY_VERIFY(button->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(7), Timeout);
    clickRead(pane, ReadPane::Operation::Line);
    QTRY_COMPARE(pane->results(), QStringList { QStringLiteral("nextLine → 5 byte(s): Hello") });
    QTest::qWait(50);
    QCOMPARE(button->mapTo(pane, QPoint(0, 0)).y(), buttonY);
    // The description takes more lines for a connection than without one at some width; Read stays put at
    // every width.
    bool heightChanged = false;
    for (int width : { 900, 1000, 1100, 1200, 1366 }) {
        window.resize(width, 700);
        pane->setConnection(nullptr);
        QTest::qWait(30);
        const int without = title->height();
        const int y = button->mapTo(pane, QPoint(0, 0)).y();
        pane->setConnection(connection);
        QTest::qWait(30);
        heightChanged = heightChanged || title->height() != without;
        QVERIFY2(button->mapTo(pane, QPoint(0, 0)).y() == y,
            qPrintable(QStringLiteral("at %1 px: Read from %2 to %3 (description %4 -> %5 px)")
                           .arg(width)
                           .arg(y)
                           .arg(button->mapTo(pane, QPoint(0, 0)).y())
                           .arg(without)
                           .arg(title->height())));
    }
    QVERIFY(heightChanged);

    // The send panel's title: the bold "Payload", then where it goes, in normal weight.
    auto *target = window.findChild<QLabel *>(QStringLiteral("targetLabel"));
    QCOMPARE(target->text(),
        QStringLiteral("for #%1 %2").arg(connection->id()).arg(connection->peerEndpoint().toString()));
    QVERIFY(!target->font().bold());
    QLabel *payload = nullptr;
    for (QLabel *label : window.sendPanel()->findChildren<QLabel *>()) {
        if (label->text() == QLatin1String("&Payload"))
            payload = label;
    }
    QVERIFY(payload && payload->font().bold());
    QVERIFY(payload->mapTo(&window, QPoint(0, 0)).x() < target->mapTo(&window, QPoint(0, 0)).x());

    // Reconnected: both follow the new connection.
    connection->close();
    QTRY_VERIFY_WITH_TIMEOUT(!connection->isOpen(), Timeout);
    QTRY_COMPARE(target->text(), QStringLiteral("(no open connection to send it to)"));
    QVERIFY(client->restart());
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection() && client->currentConnection() != connection
            && client->currentConnection()->isOpen(),
        Timeout);
    QTRY_VERIFY2(title->text().contains(QStringLiteral("#%1").arg(client->currentConnection()->id())),
        qPrintable(title->text()));
    QTRY_VERIFY(target->text().startsWith(QStringLiteral("for #%1 ").arg(client->currentConnection()->id())));
}

void tst_StreamReads::helpMenuShowsTheChapterGuide()
{
    // docs/chapter.md, compiled in: the book by its right name and the scenarios with their commands.
    const QString guide = ChapterGuide::markdown();
    QVERIFY(guide.contains(QLatin1String("*Deep into Pharo*")));
    QVERIFY(!guide.contains(QLatin1String("Enterprise Pharo")));
    QVERIFY(guide.contains(QLatin1String("sockbench listen --echo-prefix 'ECHO: ' --once 9999")));
    MainWindow window(m_spool.path());
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("chapterGuideAction"));
    QVERIFY(action);
    action->trigger();
    ChapterGuide *shown = nullptr;
    QTRY_VERIFY((shown = window.findChild<ChapterGuide *>()) && shown->isVisible());
    QVERIFY(!shown->isModal()); // the reader clicks in the window while following it
    const QString text = shown->browser()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("The Sockets chapter, scenario by scenario")),
        qPrintable(text.left(200)));
    QVERIFY(text.contains(QLatin1String("ECHO: Hello Pharo")));
    QVERIFY(!text.contains(QLatin1String("## "))); // formatted, not shown as raw Markdown
}

QTEST_MAIN(tst_StreamReads)
#include "tst_streamreads.moc"
