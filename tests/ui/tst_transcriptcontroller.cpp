#include "capture/capturestore.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "transcript/crashrecovery.h"
#include "transcript/transcriptfile.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/transcriptcontroller.h"

#include <QApplication>
#include <QDirIterator>
#include <QMessageBox>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sockbench;

namespace {

QByteArray dataOf(const CaptureStore &capture, Direction direction)
{
    QByteArray bytes;
    for (qint64 row = 0; row < capture.count(); ++row) {
        const CaptureEvent event = capture.event(row);
        if (event.kind == EventKind::Data && event.direction == direction)
            bytes += capture.payload(row);
    }
    return bytes;
}

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

/// Answers the next message box (its default button) and records its text.
void answerNextMessageBox(QString *text)
{
    QTimer::singleShot(200, qApp, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
}

} // namespace

class tst_TranscriptController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesWhatCrossedTheWindowInEveryFormat_data();
    void savesWhatCrossedTheWindowInEveryFormat();
    void refusesAPathItCannotWrite();
    void refusesAFileThatIsNotATranscript();
    void recoversTrafficAfterAKill();

private:
    QTemporaryDir m_dir;
};

void tst_TranscriptController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_TranscriptController::savesWhatCrossedTheWindowInEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("readable");
    QTest::addRow("pcapng") << QStringLiteral("a.pcapng") << true;
    QTest::addRow("json lines") << QStringLiteral("a.jsonl") << true;
    QTest::addRow("text") << QStringLiteral("a.txt") << false;
    QTest::addRow("hexdump") << QStringLiteral("a.hex") << false;
}

void tst_TranscriptController::savesWhatCrossedTheWindowInEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(bool, readable);
    MainWindow window(m_dir.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QTcpSocket peer;
    QByteArray atPeer;
    connect(&peer, &QTcpSocket::readyRead, &peer, [&] { atPeer += peer.readAll(); });
    peer.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(peer.waitForConnected(5000));
    const QByteArray fromPeer = pattern(300000); // several pcapng segments
    peer.write(fromPeer);
    QTRY_COMPARE(dataOf(*window.workbench()->capture(), Direction::Inbound).size(), fromPeer.size());
    window.selectConnection(server->connections().first());
    window.sendPanel()->setInputText(QStringLiteral("reply\\x00"));
    QVERIFY(window.sendPanel()->send());
    QTRY_COMPARE(atPeer, QByteArray("reply\0\n", 7));

    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(window.transcripts()->save(path, {}, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    if (!readable)
        return;
    // Opened read-only, the transcript shows the same bytes both ways.
    MainWindow *viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QVERIFY(viewer->isViewer());
    QVERIFY(viewer->windowTitle().contains(name));
    QCOMPARE(dataOf(*viewer->workbench()->capture(), Direction::Inbound), fromPeer);
    QCOMPARE(dataOf(*viewer->workbench()->capture(), Direction::Outbound), QByteArray("reply\0\n", 7));
    QVERIFY(!viewer->sendPanel()->isVisible());
    viewer->close(); // deletes itself
}

void tst_TranscriptController::refusesAPathItCannotWrite()
{
    MainWindow window(m_dir.path());
    QString error;
    QVERIFY(!window.transcripts()->save(m_dir.filePath(QStringLiteral("no/such/folder/a.pcapng")), {}, &error));
    QVERIFY2(!error.isEmpty(), "a failed save says why");
    // A name that says no format is refused with the formats it could be.
    QVERIFY(!window.transcripts()->save(QStringLiteral("/dev/full"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral(".pcapng")), qPrintable(error));
}

void tst_TranscriptController::refusesAFileThatIsNotATranscript()
{
    const QString path = m_dir.filePath(QStringLiteral("random.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    file.write(noise);
    file.close();
    MainWindow window(m_dir.path());
    window.show();
    QString message;
    answerNextMessageBox(&message);
    QCOMPARE(window.transcripts()->open(path), nullptr);
    QVERIFY2(message.contains(QStringLiteral("random.pcapng")), qPrintable(message));
}

void tst_TranscriptController::recoversTrafficAfterAKill()
{
    // The real program, killed with SIGKILL while it records: its journal must hold what came before.
    QTemporaryDir home;
    QTcpServer portFinder;
    QVERIFY(portFinder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = portFinder.serverPort();
    portFinder.close();

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(SOCKBENCH_EXECUTABLE), { QStringLiteral("--server"), QString::number(port) });
    QVERIFY(app.waitForStarted(5000));

    QTcpSocket peer;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        if (peer.state() == QAbstractSocket::UnconnectedState)
            peer.connectToHost(QHostAddress::LocalHost, port);
        return peer.waitForConnected(200);
    }(), 10000);
    const QByteArray sent = pattern(200000);
    peer.write(sent);
    QVERIFY(peer.waitForBytesWritten(5000));
    QTest::qWait(1500); // "received more than a second before the kill"
    app.kill();
    QVERIFY(app.waitForFinished(5000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    QString recoveryFolder;
    QDirIterator it(home.path(), { QStringLiteral("session-*.pcapng") }, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(it.hasNext(), "the killed run left its journal");
    recoveryFolder = QFileInfo(it.next()).absolutePath();
    const QStringList orphans = CrashRecovery(recoveryFolder).orphans();
    QCOMPARE(orphans.size(), 1);
    CaptureStore recovered(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(orphans.first(), &recovered);
    QVERIFY(result.events > 0);
    QCOMPARE(dataOf(recovered, Direction::Inbound), sent);
}

QTEST_MAIN(tst_TranscriptController)
#include "tst_transcriptcontroller.moc"
