#include "capture/capturestore.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "transcript/crashrecovery.h"
#include "transcript/transcriptfile.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"
#include "widgets/transcriptwindow.h"
#include "windowdriver.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <ctime>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

/// CPU time of the calling thread, in ms: what it ran, not what the machine's other processes took from it.
double guiThreadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

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

/// Answers the first message box that shows up within timeoutMs (its default button) and records its text.
void answerMessageBoxWhenShown(QString *text, int timeoutMs = 10000)
{
    auto *poll = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, clock, text, timeoutMs] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            *text = box->text();
        if (box || clock->elapsed() > timeoutMs) {
            poll->deleteLater();
            delete clock;
            if (box)
                box->accept();
        }
    });
    poll->start(20);
}

/// Writes a pcapng transcript of about megabytes MiB (one connection, inbound chunks of 64 KiB).
QString writeLargeTranscript(const QString &directory, int megabytes, qint64 *events)
{
    CaptureStore store(directory);
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("large"), 0 });
    store.describeConnection(ConnectionInfo {
        1, 1, Endpoint { QHostAddress::LocalHost, 4000 }, Endpoint { QHostAddress::LocalHost, 5000 } });
    store.appendAt(0, 0, EventKind::Connected, Direction::None, 1, 1);
    const QByteArray chunk = pattern(64 * 1024);
    for (int i = 0; i < megabytes * 16; ++i) {
        store.appendAt(i + 1, i + 1, EventKind::Data, Direction::Inbound, 1, 1, chunk);
        if (store.pendingSpoolBytes() >= store.backpressureLimit())
            store.flush();
    }
    store.flush();
    *events = store.count();
    const QString path = QDir(directory).filePath(QStringLiteral("large.pcapng"));
    QString error;
    if (!TranscriptFile::save(store, path, &error))
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return path;
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
    void showsWhatWasReadOfATranscriptThatBreaksOff();
    void opensAClassicPcap();
    void showsTheFirstRowsWhileALargeFileIsRead();
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
    TranscriptWindow *viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QVERIFY2(!viewer->findChild<Workbench *>(), "a viewer holds no sessions");
    QVERIFY(viewer->windowTitle().contains(name));
    QTRY_VERIFY(!viewer->isLoading());
    QCOMPARE(dataOf(*viewer->capture(), Direction::Inbound), fromPeer);
    QCOMPARE(dataOf(*viewer->capture(), Direction::Outbound), QByteArray("reply\0\n", 7));
    // Read-only: no send panel, shown or not.
    QVERIFY(!viewer->findChild<SendPanel *>());
    viewer->close(); // deletes itself
}

void tst_TranscriptController::refusesAPathItCannotWrite()
{
    MainWindow window(m_dir.path());
    QString error;
    QVERIFY(
        !window.transcripts()->save(m_dir.filePath(QStringLiteral("no/such/folder/a.pcapng")), {}, &error));
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

void tst_TranscriptController::showsWhatWasReadOfATranscriptThatBreaksOff()
{
    CaptureStore store(m_dir.path());
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("cut"), 0 });
    store.describeConnection(ConnectionInfo {
        1, 1, Endpoint { QHostAddress::LocalHost, 4000 }, Endpoint { QHostAddress::LocalHost, 5000 } });
    for (int i = 0; i < 20; ++i)
        store.appendAt(i, i, EventKind::Data, Direction::Outbound, 1, 1, pattern(1000));
    store.flush();
    const QString path = m_dir.filePath(QStringLiteral("cut.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(store, path, &error), qPrintable(error));
    QVERIFY(QFile::resize(path, QFileInfo(path).size() - 700));

    MainWindow window(m_dir.path());
    window.show();
    QString message;
    answerMessageBoxWhenShown(&message);
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());
    QTRY_VERIFY2(message.contains(QStringLiteral("cut.pcapng")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("offset")), qPrintable(message));
    QVERIFY(viewer); // what came before the break is shown
    const qint64 events = viewer->capture()->count();
    QVERIFY(events > 0 && events < 20);
    QCOMPARE(dataOf(*viewer->capture(), Direction::Outbound), pattern(1000).repeated(int(events)));
    viewer->close();
}

void tst_TranscriptController::opensAClassicPcap()
{
    // File > Open takes what tcpdump -w writes by default: classic pcap, here made by editcap from our
    // pcapng.
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        QSKIP("editcap is not installed (Debian: apt install tshark)");
    CaptureStore store(m_dir.path());
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("classic"), 0 });
    store.describeConnection(ConnectionInfo {
        1, 1, Endpoint { QHostAddress::LocalHost, 4000 }, Endpoint { QHostAddress::LocalHost, 5000 } });
    store.appendAt(1, 1, EventKind::Connected, Direction::None, 1, 1);
    store.appendAt(2, 2, EventKind::Data, Direction::Outbound, 1, 1, pattern(100000));
    store.appendAt(3, 3, EventKind::Data, Direction::Inbound, 1, 1, QByteArray("reply\0\n", 7));
    store.flush();
    const QString ours = m_dir.filePath(QStringLiteral("classic.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(store, ours, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("classic.pcap"));
    QCOMPARE(QProcess::execute(editcap, { QStringLiteral("-F"), QStringLiteral("pcap"), ours, path }), 0);

    MainWindow window(m_dir.path());
    window.show();
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());
    QCOMPARE(dataOf(*viewer->capture(), Direction::Outbound), pattern(100000));
    QCOMPARE(dataOf(*viewer->capture(), Direction::Inbound), QByteArray("reply\0\n", 7));
    QVERIFY(viewer->statusBar()->currentMessage().contains(QStringLiteral("Not written by Sockbench")));
    viewer->close();
}

void tst_TranscriptController::showsTheFirstRowsWhileALargeFileIsRead()
{
    qint64 events = 0;
    const QString path = writeLargeTranscript(m_dir.path(), 200, &events);
    QVERIFY(QFileInfo(path).size() > 200LL * 1024 * 1024);

    MainWindow window(m_dir.path());
    window.show();
    // The probe: a 10 ms timer. What the GUI thread ran between two ticks, in its own CPU time, is how long
    // the event loop was busy: wall-clock lateness would count the time the scheduler gave other processes
    // too (ticks came 102-122 ms late at load 10 on 2 cores while the thread itself was busy at most 40-44
    // ms).
    double worstBusyMs = 0;
    qint64 worstLateMs = 0;
    QElapsedTimer sinceTick;
    double cpuAtTick = guiThreadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    connect(&probe, &QTimer::timeout, &probe, [&] {
        const double cpu = guiThreadCpuMs();
        worstBusyMs = std::max(worstBusyMs, cpu - cpuAtTick);
        cpuAtTick = cpu;
        worstLateMs = std::max(worstLateMs, sinceTick.restart() - 10);
    });
    sinceTick.start();
    probe.start();

    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(viewer->isLoading());
    // The first rows show while most of the file is still unread.
    TrafficModel *model = viewer->trafficPane()->model();
    QTRY_VERIFY(model->rowCount() > 1 || !viewer->isLoading());
    QVERIFY2(viewer->isLoading(), "the first rows came only after the whole file was read");
    const CaptureStore *capture = viewer->capture();
    QVERIFY(capture->count() < events);
    QCOMPARE(capture->payload(1), pattern(64 * 1024));

    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isLoading(), 60000);
    probe.stop();
    QCOMPARE(capture->count(), events);
    QTRY_COMPARE(qint64(model->rowCount()), events);
    QCOMPARE(capture->payload(events - 1), pattern(64 * 1024));
    qInfo("busy at most %.1f ms at once; a tick came at most %lld ms late", worstBusyMs, worstLateMs);
    QVERIFY2(worstBusyMs <= 100,
        qPrintable(QStringLiteral("the event loop was busy for %1 ms at once (a tick came %2 ms late)")
                       .arg(worstBusyMs, 0, 'f', 1)
                       .arg(worstLateMs)));
    viewer->close();
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
    app.setProcessEnvironment(privateProgramEnvironment(home));
    app.start(QStringLiteral(SOCKBENCH_EXECUTABLE), { QStringLiteral("--server"), QString::number(port) });
    QVERIFY(app.waitForStarted(5000));

    QTcpSocket peer;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (peer.state() == QAbstractSocket::UnconnectedState)
                peer.connectToHost(QHostAddress::LocalHost, port);
            return peer.waitForConnected(200);
        }(),
        10000);
    const QByteArray sent = pattern(200000);
    peer.write(sent);
    QVERIFY(peer.waitForBytesWritten(5000));
    QTest::qWait(1500); // "received more than a second before the kill"
    app.kill();
    QVERIFY(app.waitForFinished(5000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    QString recoveryFolder;
    QDirIterator it(
        home.path(), { QStringLiteral("session-*.pcapng") }, QDir::Files, QDirIterator::Subdirectories);
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
