#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

/// The command line reads endpoints with the window's parser: what it refuses, and which part it names, on
/// the real executable; and an IPv6 host in brackets reaching a real listener.
class tst_CliEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusals_data();
    void refusals();
    void bracketedIpv6Connects();
};

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run sockbench(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
    process.closeWriteChannel();
    Run run;
    // An event loop while waiting: a test's QTcpServer has to accept meanwhile.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 10000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

void tst_CliEndpoints::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the first line of standard error, exactly

    QTest::addRow("connect: space in host")
        << QStringList { QStringLiteral("connect"), QStringLiteral("local host"), QStringLiteral("80") }
        << QStringLiteral("sockbench: 'local host' contains a space or a control character");
    QTest::addRow("connect: port in host")
        << QStringList { QStringLiteral("connect"), QStringLiteral("localhost:80"), QStringLiteral("80") }
        << QStringLiteral("sockbench: 'localhost:80' is neither a host name nor an IP address (write an IPv6 "
                          "address with a port as [::1]:80)");
    QTest::addRow("connect: unknown service")
        << QStringList { QStringLiteral("connect"), QStringLiteral("localhost"), QStringLiteral("nosuchsvc") }
        << QStringLiteral(
               "sockbench: port 'nosuchsvc' is neither a number nor a service name this system knows");
    // A service name is looked up for the protocol the command speaks: http is 80/tcp only, tftp 69/udp
    // only (Debian's /etc/services).
    QTest::addRow("connect -u: a TCP-only service")
        << QStringList { QStringLiteral("connect"), QStringLiteral("-u"), QStringLiteral("127.0.0.1"),
               QStringLiteral("http") }
        << QStringLiteral(
               "sockbench: port 'http' is neither a number nor a UDP service name this system knows");
    QTest::addRow("listen -u: a TCP-only service")
        << QStringList { QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("http") }
        << QStringLiteral(
               "sockbench: port 'http' is neither a number nor a UDP service name this system knows");
    QTest::addRow("read -u: a TCP-only service")
        << QStringList { QStringLiteral("read"), QStringLiteral("-u"), QStringLiteral("127.0.0.1"),
               QStringLiteral("http"), QStringLiteral("receive") }
        << QStringLiteral(
               "sockbench: port 'http' is neither a number nor a UDP service name this system knows");
    QTest::addRow("connect: a UDP-only service")
        << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1"), QStringLiteral("tftp") }
        << QStringLiteral("sockbench: port 'tftp' is neither a number nor a service name this system knows");
    QTest::addRow("read: empty host")
        << QStringList { QStringLiteral("read"), QString(), QStringLiteral("80"), QStringLiteral("line") }
        << QStringLiteral("sockbench: the host is missing");
    QTest::addRow("listen: bind takes an address, not a name")
        << QStringList { QStringLiteral("listen"), QStringLiteral("--bind"), QStringLiteral("localhost"),
               QStringLiteral("0") }
        << QStringLiteral("sockbench: --bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not "
                          "'localhost'");
    QTest::addRow("window: --client without brackets")
        << QStringList { QStringLiteral("--client"), QStringLiteral("::1:9000") }
        << QStringLiteral("sockbench: --client: '::1:9000' reads as an IPv6 address without a port; write "
                          "the address in brackets: [::1]:9000");
    QTest::addRow("window: --client port out of range")
        << QStringList { QStringLiteral("--client"), QStringLiteral("localhost:70000") }
        << QStringLiteral("sockbench: --client: port 70000 is out of range (1-65535)");
    QTest::addRow("window: --server port out of range")
        << QStringList { QStringLiteral("--server"), QStringLiteral("70000") }
        << QStringLiteral("sockbench: --server: port 70000 is out of range (0-65535)");
}

void tst_CliEndpoints::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = sockbench(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.section(QLatin1Char('\n'), 0, 0), message);
}

void tst_CliEndpoints::bracketedIpv6Connects()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("no IPv6 loopback on this machine");
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *peer = server.nextPendingConnection();
        peer->write("hello\n");
        peer->disconnectFromHost();
    });
    // "[::1]" as URLs write it: the brackets are stripped, as the window's Host field strips them.
    const Run run = sockbench(
        { QStringLiteral("connect"), QStringLiteral("[::1]"), QString::number(server.serverPort()) });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("hello\n"));
    QCOMPARE(run.err, QString());
}

QTEST_GUILESS_MAIN(tst_CliEndpoints)
#include "tst_cliendpoints.moc"
