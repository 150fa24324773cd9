#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/readpane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_ReadPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aLineInThreePiecesIsOneRead();
    void nextAndUpToTakeWhatTheyAskFor();
    void timeoutFailsOrReturnsAsChosen_data();
    void timeoutFailsOrReturnsAsChosen();
    void refusesABadCount();
    void buffersFromFirstShownOn();

private:
    void choose(ReadPane::Operation operation, const QString &argument = {}, int timeoutSeconds = 5,
        bool returnWhatCame = false);

    QTemporaryDir m_spool;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<QTcpSocket> m_peer;
    std::unique_ptr<ReadPane> m_pane;
};

void tst_ReadPane::init()
{
    m_workbench = std::make_unique<Workbench>(m_spool.path());
    ServerSession *server = m_workbench->createServer();
    QVERIFY(server->listen(ServerOptions {}));
    m_peer = std::make_unique<QTcpSocket>();
    m_peer->connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(m_peer->waitForConnected(5000));
    QTRY_COMPARE(server->connections().size(), 1);
    m_pane = std::make_unique<ReadPane>();
    m_pane->show();
    m_pane->setConnection(server->connections().first());
}

void tst_ReadPane::cleanup()
{
    m_pane.reset();
    m_peer.reset();
    m_workbench.reset();
}

void tst_ReadPane::choose(
    ReadPane::Operation operation, const QString &argument, int timeoutSeconds, bool returnWhatCame)
{
    auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("readOperation"));
    combo->setCurrentIndex(combo->findData(int(operation)));
    m_pane->findChild<QLineEdit *>(QStringLiteral("readArgument"))->setText(argument);
    m_pane->findChild<QSpinBox *>(QStringLiteral("readTimeout"))->setValue(timeoutSeconds);
    m_pane->findChild<QComboBox *>(QStringLiteral("readPolicy"))->setCurrentIndex(returnWhatCame ? 1 : 0);
}

void tst_ReadPane::aLineInThreePiecesIsOneRead()
{
    choose(ReadPane::Operation::Line);
    QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("readButton")), Qt::LeftButton);
    for (const char *piece : { "GET / HT", "TP/1.0", "\r\nHost: x\r\n" }) {
        m_peer->write(piece);
        m_peer->flush();
        QTest::qWait(50);
    }
    QTRY_COMPARE(m_pane->results().size(), 1);
    QCOMPARE(m_pane->results().first(), QStringLiteral("nextLine → 14 byte(s): GET / HTTP/1.0"));
    // The rest stays buffered for the next read.
    QVERIFY(m_pane->read());
    QTRY_COMPARE(m_pane->results().size(), 2);
    QCOMPARE(m_pane->results().last(), QStringLiteral("nextLine → 7 byte(s): Host: x"));
}

void tst_ReadPane::nextAndUpToTakeWhatTheyAskFor()
{
    m_peer->write("abc;defgh");
    choose(ReadPane::Operation::UpTo, QStringLiteral(";"));
    QVERIFY(m_pane->read());
    QTRY_COMPARE(m_pane->results().size(), 1);
    QCOMPARE(m_pane->results().last(), QStringLiteral("upTo(\";\") → 3 byte(s): abc"));
    choose(ReadPane::Operation::Next, QStringLiteral("5"));
    QVERIFY(m_pane->read());
    QTRY_COMPARE(m_pane->results().size(), 2);
    QCOMPARE(m_pane->results().last(), QStringLiteral("next(5) → 5 byte(s): defgh"));
}

void tst_ReadPane::timeoutFailsOrReturnsAsChosen_data()
{
    QTest::addColumn<bool>("returnWhatCame");
    QTest::addColumn<QString>("expected");
    QTest::addRow("fail") << false
                          << QStringLiteral("next(10) → timed out; the bytes that came stay buffered");
    QTest::addRow("return") << true
                            << QStringLiteral("next(10) → 3 byte(s): abc  (timed out; returned what came)");
}

void tst_ReadPane::timeoutFailsOrReturnsAsChosen()
{
    QFETCH(bool, returnWhatCame);
    QFETCH(QString, expected);
    m_peer->write("abc");
    choose(ReadPane::Operation::Next, QStringLiteral("10"), 1, returnWhatCame);
    QVERIFY(m_pane->read());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->results().size(), 1, 5000);
    QCOMPARE(m_pane->results().first(), expected);
}

void tst_ReadPane::refusesABadCount()
{
    choose(ReadPane::Operation::Next, QStringLiteral("many"));
    QVERIFY(!m_pane->read());
    QVERIFY(m_pane->results().isEmpty());
}

void tst_ReadPane::buffersFromFirstShownOn()
{
    // What the title says: bytes before the pane first showed the connection are only in the log, bytes
    // after are buffered, also while the pane is hidden (another tab open).
    ServerSession *server = qobject_cast<ServerSession *>(m_workbench->sessions().first());
    QVERIFY(server);
    Connection *connection = server->connections().first();
    m_pane = std::make_unique<ReadPane>(); // never shown yet
    m_pane->setConnection(connection);
    auto *title = m_pane->findChild<QLabel *>(QStringLiteral("readTitle"));
    QVERIFY(title);
    m_peer->write("early\n");
    QTRY_COMPARE(connection->bytesReceived(), qint64(6));

    m_pane->show();
    QVERIFY(title->text().contains(QLatin1String("since this tab first showed")));
    auto *buffered = m_pane->findChild<QLabel *>(QStringLiteral("bufferedLabel"));
    QVERIFY(buffered);
    QCOMPARE(buffered->text(), QStringLiteral("0 byte(s) buffered"));

    m_pane->hide();
    m_peer->write("while hidden\n");
    QTRY_COMPARE(connection->bytesReceived(), qint64(6 + 13));
    m_pane->show();
    choose(ReadPane::Operation::Line);
    QVERIFY(m_pane->read());
    QTRY_COMPARE(m_pane->results().size(), 1);
    // The line before the pane was first shown is not there: the first line read is the later one.
    QCOMPARE(m_pane->results().first(), QStringLiteral("nextLine → 12 byte(s): while hidden"));
}

QTEST_MAIN(tst_ReadPane)
#include "tst_readpane.moc"
