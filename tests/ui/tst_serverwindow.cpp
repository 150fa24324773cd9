// The window's server life cycle: the New Server dialog's presets (the chapter's servers), its backlog,
// timeouts and responses, and half-closing a connection, on the real MainWindow (offscreen) against real
// peers (Debian's nc without -N, loopback sockets on port 0).

#include "session/connection.h"
#include "session/serverpreset.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "stream/tcpconnector.h"
#include "stream/tcpstream.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"
#include "windowdriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

constexpr int Timeout = 20000;

/// Runs New Server (Ctrl+L) and fills the dialog; with ok false, reports whether OK could be pressed and
/// cancels. False when no dialog came up.
bool runNewServer(MainWindow &window, const std::function<void(NewSessionDialog *)> &fill,
    bool *okEnabled = nullptr, QString *message = nullptr)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<NewSessionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        seen = true;
        fill(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        if (okEnabled)
            *okEnabled = dialog->isInputValid();
        if (message)
            *message = dialog->errorMessage();
        if (dialog->isInputValid())
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            dialog->reject();
    });
    poll.start();
    QAction *newServer = actionNamed(window, QStringLiteral("New Server…"));
    if (!newServer)
        return false;
    newServer->trigger();
    return seen;
}

ServerSession *serverOf(MainWindow &window)
{
    const QList<Session *> sessions = window.workbench()->sessions();
    for (Session *session : sessions) {
        if (auto *server = qobject_cast<ServerSession *>(session))
            return server;
    }
    return nullptr;
}

void choosePort0(NewSessionDialog *dialog)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(QStringLiteral("0"));
}

/// `echo TEXT | nc 127.0.0.1 PORT` with Debian's nc, no -N.
struct Nc
{
    Nc(quint16 port, const QByteArray &input)
    {
        process.start(QStringLiteral("nc"), { QStringLiteral("127.0.0.1"), QString::number(port) });
        process.write(input);
        process.closeWriteChannel();
    }
    ~Nc()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(Timeout);
        }
    }
    bool ended()
    {
        return QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, Timeout);
    }
    QProcess process;
};

} // namespace

class tst_ServerWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void presetsAreListed();
    void basicEchoServerPreset();
    void echoServerPreset();
    void socketStreamServerPreset();
    void lifeCycleFields();
    void customResponses();
    void badTemplateOpensNothing();
    void halfCloseFromTheWindow();
    void screenshot();

private:
    QTemporaryDir m_spool;
};

void tst_ServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_spool.isValid());
    QVERIFY2(
        !QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty(), "nc (netcat-openbsd) is missing");
}

void tst_ServerWindow::presetsAreListed()
{
    NewSessionDialog dialog(NewSessionDialog::Role::Server);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("behaviourCombo"));
    QVERIFY(combo);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names.append(combo->itemText(i));
    for (const QString &name : { QStringLiteral("Manual"), QStringLiteral("Echo"), QStringLiteral("Discard"),
             QStringLiteral("Basic echo server (chapter)"), QStringLiteral("EchoServer (chapter)"),
             QStringLiteral("SocketStream server (chapter)"), QStringLiteral("Custom responses") })
        QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1String(", "))));
    // A preset fills the section; its hint says what the chapter does.
    QVERIFY(dialog.choosePreset(QStringLiteral("chapter-echoserver")));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("backlogSpin"))->value(), 10);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("receiveTimeoutSpin"))->value(), 5);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit"))->text(),
        QStringLiteral("ECHO: {{data}}"));
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("behaviourHint"))->text().contains(QStringLiteral("9999")));
}

// The chapter's basic echo server, one click: nc without -N gets ECHO: Hello Pharo and ends; no second
// client is accepted.
void tst_ServerWindow::basicEchoServerPreset()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(runNewServer(window, [](NewSessionDialog *dialog) {
        QVERIFY(dialog->choosePreset(QStringLiteral("chapter-basic-echo")));
        choosePort0(dialog);
    }));
    ServerSession *server = serverOf(window);
    QVERIFY(server && server->isListening());
    QCOMPARE(server->options().backlog, 10);
    QCOMPARE(server->options().acceptTimeoutMs, 60000);
    QVERIFY(server->name().startsWith(QStringLiteral("Basic echo server")));
    const quint16 port = server->listenEndpoint().port;
    Nc nc(port, "Hello Pharo\n");
    QVERIFY(nc.ended());
    QCOMPARE(nc.process.exitCode(), 0);
    QCOMPARE(nc.process.readAllStandardOutput(), QByteArray("ECHO: Hello Pharo\n"));
    QVERIFY(!server->isListening()); // the listening socket closed at the first client
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(2000));
}

// EchoServer: many clients at once, each answered its own line only; a silent one closed after 5 s.
void tst_ServerWindow::echoServerPreset()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(runNewServer(window, [](NewSessionDialog *dialog) {
        QVERIFY(dialog->choosePreset(QStringLiteral("chapter-echoserver")));
        choosePort0(dialog);
    }));
    ServerSession *server = serverOf(window);
    QVERIFY(server && server->isListening());
    const quint16 port = server->listenEndpoint().port;
    QElapsedTimer elapsed;
    elapsed.start();
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, port);
    std::vector<std::unique_ptr<Nc>> clients;
    for (int i = 0; i < 10; ++i)
        clients.push_back(std::make_unique<Nc>(port, "client " + QByteArray::number(i) + '\n'));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(clients[i]->ended());
        QCOMPARE(clients[i]->process.readAllStandardOutput(), "ECHO: client " + QByteArray::number(i) + '\n');
    }
    QVERIFY(server->isListening());
    QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, Timeout);
    QVERIFY2(elapsed.elapsed() >= 5000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(silent.readAll().isEmpty());
}

// The SocketStream server: greets with a CR LF line; the client's line is recorded.
void tst_ServerWindow::socketStreamServerPreset()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(runNewServer(window, [](NewSessionDialog *dialog) {
        QVERIFY(dialog->choosePreset(QStringLiteral("chapter-socketstream")));
        choosePort0(dialog);
    }));
    ServerSession *server = serverOf(window);
    QVERIFY(server && server->isListening());
    QCOMPARE(server->options().acceptTimeoutMs, 30000);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(client.waitForConnected(Timeout));
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT(
        got += client.readAll(), QByteArray("Greetings from Pharo Server\r\n"), Timeout);
    client.write("Hello from the client\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(server->connections().size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server->connections().constFirst()->bytesReceived(), qint64(23), Timeout);
}

// Backlog and accept timeout from the dialog reach the session; with no client the session stops listening
// after the accept timeout and says why.
void tst_ServerWindow::lifeCycleFields()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(runNewServer(window, [](NewSessionDialog *dialog) {
        choosePort0(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("backlogSpin"))->setValue(3);
        dialog->findChild<QSpinBox *>(QStringLiteral("acceptTimeoutSpin"))->setValue(1);
    }));
    ServerSession *server = serverOf(window);
    QVERIFY(server && server->isListening());
    QCOMPARE(server->options().backlog, 3);
    QCOMPARE(server->behaviour(), ServerBehaviour::Manual);
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(!server->isListening(), Timeout);
    QVERIFY2(elapsed.elapsed() >= 990, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(server->errorString(), QStringLiteral("no client came within 1 s"));
}

// Custom responses typed in the dialog: per line, a counter, a match; the preset combo says "custom".
void tst_ServerWindow::customResponses()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(runNewServer(window, [](NewSessionDialog *dialog) {
        choosePort0(dialog);
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findText(QStringLiteral("Each line received")));
        auto *match = dialog->findChild<QComboBox *>(QStringLiteral("matchCombo"));
        match->setCurrentIndex(match->findText(QStringLiteral("Containing text")));
        dialog->findChild<QLineEdit *>(QStringLiteral("patternEdit"))->setText(QStringLiteral("PING"));
        dialog->findChild<QLineEdit *>(QStringLiteral("answerEdit"))
            ->setText(QStringLiteral("PONG {{counter}}\\r\\n"));
        dialog->findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->setText(QStringLiteral("ready\\n"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("behaviourCombo"))->currentText(),
            QStringLiteral("Custom responses"));
    }));
    ServerSession *server = serverOf(window);
    QVERIFY(server && server->isListening());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    QVERIFY(client.waitForConnected(Timeout));
    client.write("PING\nhello\nPI");
    client.write("NG\n");
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT(got += client.readAll(), QByteArray("ready\nPONG 2\r\nPONG 3\r\n"), Timeout);
}

// A bad answer template: the dialog says where, cannot be accepted, and no session is made.
void tst_ServerWindow::badTemplateOpensNothing()
{
    MainWindow window(m_spool.path());
    window.show();
    bool okEnabled = true;
    QString message;
    QVERIFY(runNewServer(
        window,
        [](NewSessionDialog *dialog) {
            choosePort0(dialog);
            auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("unitCombo"));
            unit->setCurrentIndex(unit->findText(QStringLiteral("Each chunk received")));
            dialog->findChild<QLineEdit *>(QStringLiteral("answerEdit"))
                ->setText(QStringLiteral("x{{crc99}}"));
        },
        &okEnabled, &message));
    QVERIFY(!okEnabled);
    QVERIFY2(message.startsWith(QStringLiteral("Responses: the answer: column 2: unknown field {{crc99}}")),
        qPrintable(message));
    QVERIFY(window.workbench()->sessions().isEmpty());
}

// Session > Shut Down Sending half-closes the selected connection: the peer sees end of input and can still
// send, which the server records.
void tst_ServerWindow::halfCloseFromTheWindow()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    TcpConnector connector;
    std::unique_ptr<TcpStream> peer;
    connect(&connector, &TcpConnector::connected, this, [&peer](TcpStream *stream) { peer.reset(stream); });
    connector.connectToHost(QStringLiteral("127.0.0.1"), server->listenEndpoint().port, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(peer && server->connections().size() == 1, Timeout);
    bool peerSawEnd = false;
    connect(peer.get(), &ByteStream::peerHalfClosed, this, [&peerSawEnd] { peerSawEnd = true; });
    Connection *connection = server->connections().constFirst();

    QAction *shutDown = actionNamed(window, QStringLiteral("Shut Down Sending"));
    QVERIFY(shutDown);
    window.selectSession(server);
    QVERIFY(!shutDown->isEnabled()); // a server holds many connections: choose one
    window.selectConnection(connection);
    QTRY_VERIFY(shutDown->isEnabled());
    shutDown->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(peerSawEnd, Timeout);
    QCOMPARE(connection->state(), Connection::State::LocalHalfClosed);
    QVERIFY(!shutDown->isEnabled());
    QVERIFY(peer->write("still talking"));
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(13), Timeout);
}

// Look at it: the dialog with the EchoServer preset chosen.
void tst_ServerWindow::screenshot()
{
    const QByteArray path = qgetenv("SOCKBENCH_SCREENSHOT_DIALOG");
    if (path.isEmpty())
        QSKIP("set SOCKBENCH_SCREENSHOT_DIALOG=file.png to save the dialog's picture");
    NewSessionDialog dialog(NewSessionDialog::Role::Server);
    dialog.choosePreset(QStringLiteral("chapter-echoserver"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QString::fromLocal8Bit(path)));
}

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
