// A capture given to the window as a bare argument, as the desktop file's `Exec=sockbench %F` passes it on a
// double-click: a .pcapng or a classic .pcap opens in the viewer; one that is not there is told as a file
// that cannot be opened, not as an unknown command.

#include "capture/capturestore.h"
#include "exitcode.h"
#include "transcript/transcriptfile.h"
#include "widgets/mainwindow.h"
#include "widgets/transcriptcontroller.h"
#include "widgets/transcriptwindow.h"
#include "windowarguments.h"

#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_WindowArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensACaptureInTheViewer_data();
    void opensACaptureInTheViewer();
    void missingCaptureIsAFile_data();
    void missingCaptureIsAFile();

private:
    QTemporaryDir m_dir;
    QString m_pcapng;
};

void tst_WindowArguments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CaptureStore store(m_dir.path());
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("double-click"), 0 });
    store.describeConnection(ConnectionInfo {
        1, 1, Endpoint { QHostAddress::LocalHost, 4000 }, Endpoint { QHostAddress::LocalHost, 5000 } });
    store.appendAt(1, 1, EventKind::Connected, Direction::None, 1, 1);
    store.appendAt(2, 2, EventKind::Data, Direction::Outbound, 1, 1, QByteArrayLiteral("ping\n"));
    store.appendAt(3, 3, EventKind::Data, Direction::Inbound, 1, 1, QByteArray("pong\0\n", 6));
    store.flush();
    m_pcapng = m_dir.filePath(QStringLiteral("capture.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(store, m_pcapng, &error), qPrintable(error));
}

void tst_WindowArguments::opensACaptureInTheViewer_data()
{
    QTest::addColumn<QString>("format"); // editcap's -F name; empty: our own pcapng
    QTest::addColumn<QString>("name");
    QTest::addRow("pcapng") << QString() << QStringLiteral("capture.pcapng");
    QTest::addRow("pcap") << QStringLiteral("pcap") << QStringLiteral("classic.pcap");
    QTest::addRow("pcap, upper case") << QStringLiteral("pcap") << QStringLiteral("CLASSIC.PCAP");
    QTest::addRow("pcapng from editcap") << QStringLiteral("pcapng") << QStringLiteral("rewritten.pcapng");
}

void tst_WindowArguments::opensACaptureInTheViewer()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QString path = m_pcapng;
    if (!format.isEmpty()) {
        const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
        if (editcap.isEmpty())
            QSKIP("editcap is not installed (Debian: apt install tshark)");
        path = m_dir.filePath(name);
        QCOMPARE(QProcess::execute(editcap, { QStringLiteral("-F"), format, m_pcapng, path }), 0);
    }

    // What main() does with the arguments: the window's options, then each file in a viewer.
    int exitCode = -1;
    const std::optional<WindowOptions> options
        = WindowArguments::windowOptions({ QStringLiteral("sockbench"), path }, &exitCode);
    QVERIFY(options);
    QCOMPARE(exitCode, -1);
    QCOMPARE(options->transcripts, QStringList { path });
    QVERIFY(!options->server && !options->client && !options->demo);

    MainWindow window(m_dir.path());
    window.show();
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(options->transcripts.constFirst());
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());
    QByteArray sent;
    QByteArray received;
    const CaptureStore &capture = *viewer->capture();
    for (qint64 row = 0; row < capture.count(); ++row) {
        const CaptureEvent event = capture.event(row);
        if (event.kind == EventKind::Data)
            (event.direction == Direction::Outbound ? sent : received) += capture.payload(row);
    }
    QCOMPARE(sent, QByteArrayLiteral("ping\n"));
    QCOMPARE(received, QByteArray("pong\0\n", 6));
    viewer->close();
}

void tst_WindowArguments::missingCaptureIsAFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("pcap") << QStringLiteral("no-such-capture.pcap");
    QTest::addRow("cap") << QStringLiteral("no-such-capture.cap");
    QTest::addRow("pcapng") << QStringLiteral("no-such-capture.pcapng");
}

void tst_WindowArguments::missingCaptureIsAFile()
{
    QFETCH(QString, path);
    int exitCode = -1;
    QVERIFY(!WindowArguments::windowOptions({ QStringLiteral("sockbench"), path }, &exitCode));
    QCOMPARE(exitCode, int(Cli::OtherError)); // not UsageError, "unknown command"

    // And the real program, without a display, says which file and why, on one line.
    QProcess program;
    program.setWorkingDirectory(m_dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(SOCKBENCH_EXECUTABLE), { path });
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), int(Cli::OtherError));
    QCOMPARE(program.readAllStandardOutput(), QByteArray());
    QCOMPARE(QString::fromLocal8Bit(program.readAllStandardError()),
        QStringLiteral("sockbench: cannot open %1: No such file or directory\n").arg(path));
}

QTEST_MAIN(tst_WindowArguments)
#include "tst_windowarguments.moc"
