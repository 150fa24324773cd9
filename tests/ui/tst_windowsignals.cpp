// SIGTERM and SIGINT (a logout, Ctrl+C) end the real window cleanly: it exits 0, leaves no crash journal, and
// the next start has nothing to offer back ("did not close properly").
#include "transcript/crashrecovery.h"
#include "windowdriver.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_WindowSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsCleanly_data();
    void endsCleanly();
};

namespace {

/// The journals under folder, as the next start would look for them.
QStringList journalsUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(
        folder, { QStringLiteral("session-*.pcapng") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

} // namespace

void tst_WindowSignals::endsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::addRow("SIGTERM") << int(SIGTERM);
    QTest::addRow("SIGINT") << int(SIGINT);
}

void tst_WindowSignals::endsCleanly()
{
    QFETCH(int, signal);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QTcpServer probe; // a free port for the window's server
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess app;
    app.setProcessEnvironment(privateProgramEnvironment(home));
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(SOCKBENCH_EXECUTABLE), { QStringLiteral("--server"), QString::number(port) });
    QVERIFY(app.waitForStarted(5000));

    // Running: its server answers, and its journal exists (what a crash would leave behind).
    QTcpSocket peer;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (peer.state() == QAbstractSocket::UnconnectedState)
                peer.connectToHost(QHostAddress::LocalHost, port);
            return peer.waitForConnected(200);
        }(),
        10000);
    peer.write("before the signal\n");
    QVERIFY(peer.waitForBytesWritten(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!journalsUnder(home.path()).isEmpty(), 10000);

    QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    // Its sessions ended with it: the server no longer listens.
    QTRY_COMPARE(peer.state(), QAbstractSocket::UnconnectedState);
    // Nothing is left for the next start to offer back.
    QVERIFY2(
        journalsUnder(home.path()).isEmpty(), qPrintable(journalsUnder(home.path()).join(QLatin1Char(' '))));
    QVERIFY(CrashRecovery(home.filePath(QStringLiteral("state/sockbench"))).orphans().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WindowSignals)
#include "tst_windowsignals.moc"
