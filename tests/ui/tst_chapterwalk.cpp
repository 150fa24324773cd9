// docs/chapter.md's window steps, walked as written: each scenario's clicks on the real MainWindow
// (offscreen), by the names the page gives (menu entries and their shortcuts, the New Server presets, the
// send panel's and the Stream reads tab's choices), against the peers the page names (Debian's nc without -N,
// python3's http.server), asserting the answer the page promises. A renamed entry or a changed answer fails
// here, so the page and the window cannot drift apart unseen. Ports are free ones (port 0) where the page
// says 9999, 12345 or 8000: another program may hold those.

#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"
#include "widgets/readpane.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "windowdriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <functional>
#include <memory>
#include <vector>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

constexpr int Timeout = 20000;

/// The entry of combo whose text starts with what the page says ("fail" for "fail (keep the bytes
/// buffered)"); false when it has none.
bool choose(QComboBox *combo, const QString &text)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(text)) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

/// Triggers action and fills the dialog it brings up, then presses its OK button (by the text the page
/// gives it, e.g. "Connect"). False when no dialog came, OK did not say okText, or the input was refused.
bool inDialog(QAction *action, const QString &okText, const std::function<void(NewSessionDialog *)> &fill,
    QString *problem)
{
    bool pressed = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<NewSessionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        fill(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        if (ok->text().remove(QLatin1Char('&')) != okText) {
            *problem = QStringLiteral("OK says \"%1\", the page \"%2\"").arg(ok->text(), okText);
            dialog->reject();
        } else if (!dialog->isInputValid()) {
            *problem = dialog->errorMessage();
            dialog->reject();
        } else {
            QTest::mouseClick(ok, Qt::LeftButton);
            pressed = true;
        }
    });
    poll.start();
    action->trigger();
    if (!pressed && problem->isEmpty())
        *problem = QStringLiteral("no dialog came up");
    return pressed;
}

/// New Server (Ctrl+L) with the Behaviour the page names, on a free port.
ServerSession *newServer(
    MainWindow &window, const QString &behaviour, const std::function<void(NewSessionDialog *)> &more = {})
{
    QAction *action = actionNamed(window, QStringLiteral("New Server…"));
    if (!action || action->shortcut() != QKeySequence(QStringLiteral("Ctrl+L")))
        return nullptr;
    QString problem;
    bool chosen = false;
    const bool done = inDialog(
        action, QStringLiteral("Listen"),
        [&](NewSessionDialog *dialog) {
            chosen = choose(dialog->findChild<QComboBox *>(QStringLiteral("behaviourCombo")), behaviour);
            dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(QStringLiteral("0"));
            if (more)
                more(dialog);
        },
        &problem);
    if (!done || !chosen) {
        qWarning("New Server with \"%s\": %s", qPrintable(behaviour),
            chosen ? qPrintable(problem) : "no such Behaviour");
        return nullptr;
    }
    ServerSession *server = qobject_cast<ServerSession *>(window.workbench()->sessions().constLast());
    return server && server->isListening() ? server : nullptr;
}

/// New Client (Ctrl+N) to 127.0.0.1:port with the page's Connect timeout, pressing Connect.
ClientSession *newClient(MainWindow &window, quint16 port, int timeoutSeconds = 10)
{
    QAction *action = actionNamed(window, QStringLiteral("New Client…"));
    if (!action || action->shortcut() != QKeySequence(QKeySequence::New))
        return nullptr;
    QString problem;
    const bool done = inDialog(
        action, QStringLiteral("Connect"),
        [&](NewSessionDialog *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("hostEdit"))
                ->setEditText(QStringLiteral("127.0.0.1"));
            dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(QString::number(port));
            dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(timeoutSeconds);
        },
        &problem);
    if (!done) {
        qWarning("New Client: %s", qPrintable(problem));
        return nullptr;
    }
    return qobject_cast<ClientSession *>(window.workbench()->sessions().constLast());
}

/// The send panel as the page sets it: mode, line ending, the text typed, Ctrl+Enter.
bool sendAs(MainWindow &window, const QString &mode, const QString &ending, const QString &text)
{
    auto *edit = window.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
    if (!choose(window.findChild<QComboBox *>(QStringLiteral("modeCombo")), mode)
        || !choose(window.findChild<QComboBox *>(QStringLiteral("lineEndingCombo")), ending) || !edit)
        return false;
    edit->setFocus();
    edit->clear();
    // Enter between lines, as typed; Ctrl+Enter sends.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    return true;
}

ReadPane *showStreamReads(MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("trafficTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Stream reads"))
            tabs->setCurrentIndex(i);
    }
    auto *pane = window.findChild<ReadPane *>();
    return tabs->currentWidget() == pane ? pane : nullptr;
}

/// The Stream reads tab as the page sets it: Read what, its argument, Timeout, then; Read. The result line,
/// or a message saying what was missing.
QString readAs(ReadPane *pane, const QString &what, const QString &argument = {}, int timeout = 5,
    const QString &then = QStringLiteral("fail"))
{
    if (!choose(pane->findChild<QComboBox *>(QStringLiteral("readOperation")), what))
        return QStringLiteral("no Read what \"%1\"").arg(what);
    if (!choose(pane->findChild<QComboBox *>(QStringLiteral("readPolicy")), then))
        return QStringLiteral("no then \"%1\"").arg(then);
    pane->findChild<QLineEdit *>(QStringLiteral("readArgument"))->setText(argument);
    pane->findChild<QSpinBox *>(QStringLiteral("readTimeout"))->setValue(timeout);
    auto *button = pane->findChild<QPushButton *>(QStringLiteral("readButton"));
    if (!button->isEnabled())
        return QStringLiteral("Read is disabled");
    const qsizetype before = pane->results().size();
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return pane->results().size() > before; }, Timeout))
        return QStringLiteral("no result");
    return pane->results().constLast();
}

/// The traffic log's previews of data rows in one direction, in order.
QStringList previews(MainWindow &window, Direction direction)
{
    QStringList texts;
    const QAbstractItemModel *model = window.trafficPane()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TrafficModel::PreviewColumn);
        if (index.data(TrafficModel::EventKindRole).toInt() == int(EventKind::Data)
            && index.data(TrafficModel::DirectionRole).toInt() == int(direction))
            texts.append(index.data().toString());
    }
    return texts;
}

/// Debian's nc (netcat-openbsd) as a client, no -N: `echo TEXT | nc 127.0.0.1 PORT`, or interactive.
struct Nc
{
    explicit Nc(const QStringList &arguments) { process.start(QStringLiteral("nc"), arguments); }
    static std::unique_ptr<Nc> echo(quint16 port, const QByteArray &input)
    {
        auto nc = std::make_unique<Nc>(QStringList { QStringLiteral("127.0.0.1"), QString::number(port) });
        nc->process.write(input);
        nc->process.closeWriteChannel();
        return nc;
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

/// A port nobody listens on now (the kernel's pick, released).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Whether something listens on 127.0.0.1:port (read from /proc/net/tcp, so no connection is spent on it).
bool listening(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local
        = QByteArray("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1) == local && fields.at(3) == "0A")
            return true;
    }
    return false;
}

} // namespace

class tst_ChapterWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void scenario1RefusedSaysWhy();
    void scenario2SendAndReadWhatIsAvailable();
    void scenario4BasicEchoServer();
    void scenario5EchoServerStopAndListenAgain();
    void scenario7HttpLineAndUpToEnd();
    void scenario8SocketStreamServer();
    void scenario9BinaryUpToEndAfterHalfClose();
    void scenario10DelimitedReadsOnSplitData();
    void scenario11ServerThatTalksFirst();
    void scenario14Udp();

private:
    QTemporaryDir m_spool;
};

void tst_ChapterWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_spool.isValid());
    QVERIFY2(
        !QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty(), "nc (netcat-openbsd) is missing");
}

void tst_ChapterWalk::init()
{
    QSettings().clear();
}

// 1. New Client… (Ctrl+N), 127.0.0.1, a port nobody listens on, Connect timeout 10 s, Connect: failed in the
// tree, refused in its tooltip and the status bar; Reconnect (Ctrl+R) tries again.
void tst_ChapterWalk::scenario1RefusedSaysWhy()
{
    MainWindow window(m_spool.path());
    window.show();
    ClientSession *client = newClient(window, freePort());
    QVERIFY(client);
    QCOMPARE(client->options().connectTimeoutMs, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(client->status() == SessionStatus::Failed, Timeout);
    const QModelIndex state
        = window.sessionModel()->indexOfSession(client).siblingAtColumn(SessionTreeModel::StateColumn);
    // The State column says the word, its tooltip the reason.
    QTRY_COMPARE(state.data().toString(), QStringLiteral("failed"));
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("refused")),
        qPrintable(state.data(Qt::ToolTipRole).toString()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("refused")),
        qPrintable(window.statusBar()->currentMessage()));
    QAction *reconnect = actionNamed(window, QStringLiteral("Reconnect"));
    QVERIFY(reconnect);
    QCOMPARE(reconnect->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
    window.selectSession(client);
    QTRY_VERIFY(reconnect->isEnabled());
}

// 2. Against the echo server of scenario 4: select the client's connection, type Hello server (line ending
// None), Ctrl+Enter; Stream reads: what is available, 5 s, fail, Read: ECHO: Hello server.
void tst_ChapterWalk::scenario2SendAndReadWhatIsAvailable()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = newServer(window, QStringLiteral("Basic echo server (chapter)"));
    QVERIFY(server);
    ClientSession *client = newClient(window, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    window.selectConnection(client->currentConnection());
    QVERIFY(sendAs(window, QStringLiteral("Text"), QStringLiteral("None"), QStringLiteral("Hello server")));
    QTRY_COMPARE_WITH_TIMEOUT(client->currentConnection()->bytesReceived(), qint64(18), Timeout);
    ReadPane *pane = showStreamReads(window);
    QVERIFY(pane);
    QCOMPARE(readAs(pane, QStringLiteral("what is available"), {}, 5, QStringLiteral("fail")),
        QStringLiteral("nextAvailable → 18 byte(s): ECHO: Hello server"));
}

// 4. New Server… (Ctrl+L), the preset named after the chapter's basic echo server; `echo "Hello Pharo" | nc`
// prints ECHO: Hello Pharo and ends; the log shows Hello Pharo received, ECHO: Hello Pharo sent, then the
// connection closed.
void tst_ChapterWalk::scenario4BasicEchoServer()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = newServer(window, QStringLiteral("Basic echo server (chapter)"));
    QVERIFY(server);
    auto nc = Nc::echo(server->listenEndpoint().port, "Hello Pharo\n");
    QVERIFY(nc->ended());
    QCOMPARE(nc->process.readAllStandardOutput(), QByteArray("ECHO: Hello Pharo\n"));
    window.selectSession(server);
    QTRY_COMPARE(previews(window, Direction::Inbound), QStringList { QStringLiteral("Hello Pharo\\n") });
    QTRY_COMPARE(
        previews(window, Direction::Outbound), QStringList { QStringLiteral("ECHO: Hello Pharo\\n") });
    QTRY_COMPARE(server->connections().size(), 1);
    QTRY_COMPARE(server->connections().constFirst()->state(), Connection::State::Closed);
    QVERIFY(!server->isListening()); // one client, like the chapter's
}

// 5. The EchoServer preset (backlog 10, receive timeout 5 s); clients under the server, each its own answer;
// Stop Listening (Ctrl+T): connected clients are still served, new ones refused; Listen Again.
void tst_ChapterWalk::scenario5EchoServerStopAndListenAgain()
{
    MainWindow window(m_spool.path());
    window.show();
    int backlog = 0;
    int receiveTimeout = 0;
    ServerSession *server
        = newServer(window, QStringLiteral("EchoServer (chapter)"), [&](NewSessionDialog *dialog) {
              backlog = dialog->findChild<QSpinBox *>(QStringLiteral("backlogSpin"))->value();
              receiveTimeout = dialog->findChild<QSpinBox *>(QStringLiteral("receiveTimeoutSpin"))->value();
          });
    QVERIFY(server);
    QCOMPARE(backlog, 10);
    QCOMPARE(receiveTimeout, 5);
    const quint16 port = server->listenEndpoint().port;
    std::vector<std::unique_ptr<Nc>> clients;
    for (int i = 1; i <= 5; ++i)
        clients.push_back(Nc::echo(port, "client " + QByteArray::number(i) + '\n'));
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(clients[i - 1]->ended());
        QCOMPARE(
            clients[i - 1]->process.readAllStandardOutput(), "ECHO: client " + QByteArray::number(i) + '\n');
    }
    const QModelIndex row = window.sessionModel()->indexOfSession(server);
    QTRY_COMPARE(window.sessionModel()->rowCount(row), 5);

    QTcpSocket staying;
    staying.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(staying.waitForConnected(Timeout));
    QTRY_COMPARE(server->connections().size(), 6);
    QAction *stop = actionNamed(window, QStringLiteral("Stop Listening"));
    QVERIFY(stop);
    QCOMPARE(stop->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
    window.selectSession(server);
    QTRY_VERIFY(stop->isEnabled());
    stop->trigger();
    QTRY_VERIFY(!server->isListening());
    staying.write("still here\n");
    QByteArray answer;
    QTRY_COMPARE_WITH_TIMEOUT(answer += staying.readAll(), QByteArray("ECHO: still here\n"), Timeout);
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!refused.waitForConnected(2000));
    // Reconnect's entry says Listen Again for a server, with Reconnect's shortcut.
    QAction *again = actionNamed(window, QStringLiteral("Listen Again"));
    QVERIFY(again);
    QCOMPARE(again->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
    QTRY_VERIFY(again->isEnabled());
    again->trigger();
    QTRY_VERIFY(server->isListening());
}

// 7 (and 3). python3 -m http.server; a client to it; the request sent with line ending CRLF; Stream reads:
// a line (CR LF only, as Pharo's nextLine) is the status line, then up to the end (peer closes) the rest.
void tst_ChapterWalk::scenario7HttpLineAndUpToEnd()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QFile page(root.filePath(QStringLiteral("index.html")));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<html><body>Hello Pharo</body></html>\n");
    page.close();
    QProcess http;
    http.setWorkingDirectory(root.path());
    http.setProcessChannelMode(QProcess::MergedChannels);
    // Debian's own Python (a python3 earlier on PATH may be another one); -u: the port line comes at once.
    http.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("0"),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1") });
    if (!http.waitForStarted(5000))
        QSKIP("/usr/bin/python3 is not installed (Debian: apt install python3)");
    const QRegularExpression serving(QStringLiteral("port (\\d+)"));
    QByteArray said;
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (said += http.readAll(), match = serving.match(QString::fromUtf8(said))).hasMatch(), Timeout);
    const quint16 port = match.captured(1).toUShort();

    MainWindow window(m_spool.path());
    window.show();
    ClientSession *client = newClient(window, port);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    Connection *connection = client->currentConnection();
    window.selectConnection(connection);
    QVERIFY(sendAs(window, QStringLiteral("Text"), QStringLiteral("CRLF"),
        QStringLiteral("GET / HTTP/1.1\nHost: localhost\nAccept: text/html\n")));
    // Every line break became CR LF, and one more ends the request: the empty line.
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesSent(),
        qint64(QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n").size()), Timeout);
    ReadPane *pane = showStreamReads(window);
    QVERIFY(pane);
    QCOMPARE(readAs(pane, QStringLiteral("a line (CR LF only, as Pharo's nextLine)")),
        QStringLiteral("nextLine (CR LF) → 15 byte(s): HTTP/1.0 200 OK"));
    const QString rest = readAs(pane, QStringLiteral("up to the end (peer closes)"));
    QVERIFY2(rest.startsWith(QStringLiteral("upToEnd → ")) && rest.contains(QLatin1String("Hello Pharo")),
        qPrintable(rest));
    // Back on the Traffic log tab, the log has the request and the answer.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("trafficTabs"));
    tabs->setCurrentWidget(window.trafficPane());
    QTRY_VERIFY(
        !previews(window, Direction::Outbound).isEmpty() && !previews(window, Direction::Inbound).isEmpty());
    // A preview comes from the capture's heads reader once the payload is spooled: it may come a little
    // later.
    QTRY_VERIFY2(
        previews(window, Direction::Outbound).constFirst().startsWith(QStringLiteral("GET / HTTP/1.1\\r\\n")),
        qPrintable(previews(window, Direction::Outbound).constFirst()));
    QTRY_VERIFY2(
        previews(window, Direction::Inbound).constFirst().startsWith(QStringLiteral("HTTP/1.0 200 OK")),
        qPrintable(previews(window, Direction::Inbound).constFirst()));
    http.kill();
    http.waitForFinished(Timeout);
}

// 8. The SocketStream server preset: greeting Greetings from Pharo Server CR LF, accept timeout 30 s; nc
// shows the greeting; its line is read with "a line" on its connection in the Stream reads tab.
void tst_ChapterWalk::scenario8SocketStreamServer()
{
    MainWindow window(m_spool.path());
    window.show();
    QString greeting;
    int acceptTimeout = 0;
    ServerSession *server
        = newServer(window, QStringLiteral("SocketStream server (chapter)"), [&](NewSessionDialog *dialog) {
              greeting = dialog->findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->text();
              acceptTimeout = dialog->findChild<QSpinBox *>(QStringLiteral("acceptTimeoutSpin"))->value();
          });
    QVERIFY(server);
    QCOMPARE(greeting, QStringLiteral("Greetings from Pharo Server\\r\\n"));
    QCOMPARE(acceptTimeout, 30);
    Nc nc({ QStringLiteral("127.0.0.1"), QString::number(server->listenEndpoint().port) });
    QByteArray shown;
    QTRY_COMPARE_WITH_TIMEOUT(
        shown += nc.process.readAllStandardOutput(), QByteArray("Greetings from Pharo Server\r\n"), Timeout);
    nc.process.write("Hello from nc\n");
    QTRY_COMPARE_WITH_TIMEOUT(server->connections().size(), 1, Timeout);
    Connection *connection = server->connections().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(14), Timeout);
    window.selectConnection(connection);
    ReadPane *pane = showStreamReads(window);
    QVERIFY(pane);
    QCOMPARE(readAs(pane, QStringLiteral("a line")), QStringLiteral("nextLine → 13 byte(s): Hello from nc"));
}

// 9. A client to an Echo server; Hex mode, 41 42 43, Ctrl+Enter; Session > Shut Down Sending (Ctrl+Shift+H);
// Stream reads: up to the end completes with the three bytes.
void tst_ChapterWalk::scenario9BinaryUpToEndAfterHalfClose()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = newServer(window, QStringLiteral("Echo"));
    QVERIFY(server);
    QCOMPARE(server->behaviour(), ServerBehaviour::Echo);
    ClientSession *client = newClient(window, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    Connection *connection = client->currentConnection();
    window.selectConnection(connection);
    QVERIFY(sendAs(window, QStringLiteral("Hex"), QStringLiteral("None"), QStringLiteral("41 42 43")));
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(3), Timeout);
    QAction *shutDown = actionNamed(window, QStringLiteral("Shut Down Sending"));
    QVERIFY(shutDown);
    QCOMPARE(shutDown->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    QTRY_VERIFY(shutDown->isEnabled());
    shutDown->trigger();
    ReadPane *pane = showStreamReads(window);
    QVERIFY(pane);
    QCOMPARE(readAs(pane, QStringLiteral("up to the end (peer closes)")),
        QStringLiteral("upToEnd → 3 byte(s): ABC"));
}

// 10. A server (Manual) and a client to it; the pieces sent one by one from the server's connection; on the
// client's: a line, up to a delimiter ;, next N bytes 5.
void tst_ChapterWalk::scenario10DelimitedReadsOnSplitData()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = newServer(window, QStringLiteral("Manual"));
    QVERIFY(server);
    ClientSession *client = newClient(window, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection() && server->connections().size() == 1, Timeout);
    Connection *accepted = server->connections().constFirst();
    Connection *reader = client->currentConnection();
    window.selectConnection(accepted);
    for (const QString &piece :
        { QStringLiteral("GET / HT"), QStringLiteral("TP/1."), QStringLiteral("0\\r\\na;HelloWorld") }) {
        const qint64 before = reader->bytesReceived();
        QVERIFY(sendAs(window, QStringLiteral("Text"), QStringLiteral("None"), piece));
        QTRY_VERIFY_WITH_TIMEOUT(reader->bytesReceived() > before, Timeout);
    }
    window.selectConnection(reader);
    ReadPane *pane = showStreamReads(window);
    QVERIFY(pane);
    QCOMPARE(readAs(pane, QStringLiteral("a line")), QStringLiteral("nextLine → 14 byte(s): GET / HTTP/1.0"));
    QCOMPARE(readAs(pane, QStringLiteral("up to a delimiter"), QStringLiteral(";")),
        QStringLiteral("upTo(\";\") → 1 byte(s): a"));
    QCOMPARE(readAs(pane, QStringLiteral("next N bytes"), QStringLiteral("5")),
        QStringLiteral("next(5) → 5 byte(s): Hello"));
}

// 11. `printf HelloWorld | nc -l PORT`; a client to it, the Stream reads tab opened afterwards: 10 byte(s)
// buffered, and next N bytes 5 twice reads Hello, then World.
void tst_ChapterWalk::scenario11ServerThatTalksFirst()
{
    const quint16 port = freePort();
    Nc talker({ QStringLiteral("-l"), QStringLiteral("127.0.0.1"), QString::number(port) });
    talker.process.write("HelloWorld");
    QVERIFY2(QTest::qWaitFor([port] { return listening(port); }, Timeout), "nc -l never listened");
    MainWindow window(m_spool.path());
    window.show();
    ClientSession *client = newClient(window, port);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->currentConnection(), Timeout);
    Connection *connection = client->currentConnection();
    QTRY_COMPARE_WITH_TIMEOUT(connection->bytesReceived(), qint64(10), Timeout);
    window.selectConnection(connection);
    ReadPane *pane = showStreamReads(window);
    QVERIFY(pane);
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("bufferedLabel"))->text(),
        QStringLiteral("10 byte(s) buffered"));
    QCOMPARE(readAs(pane, QStringLiteral("next N bytes"), QStringLiteral("5")),
        QStringLiteral("next(5) → 5 byte(s): Hello"));
    QCOMPARE(readAs(pane, QStringLiteral("next N bytes"), QStringLiteral("5")),
        QStringLiteral("next(5) → 5 byte(s): World"));
}

// 14. Session > New UDP Socket… (Ctrl+U) with a destination: a datagram typed goes there; a datagram back is
// a peer under the socket.
void tst_ChapterWalk::scenario14Udp()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    MainWindow window(m_spool.path());
    window.show();
    QAction *action = actionNamed(window, QStringLiteral("New UDP Socket…"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+U")));
    QString problem;
    QVERIFY2(inDialog(
                 action, QStringLiteral("Bind"),
                 [&](NewSessionDialog *dialog) {
                     dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
                         ->setText(QStringLiteral("127.0.0.1:%1").arg(peer.localPort()));
                 },
                 &problem),
        qPrintable(problem));
    auto *udp = qobject_cast<UdpSession *>(window.workbench()->sessions().constLast());
    QVERIFY(udp);
    QTRY_VERIFY(udp->isBound());
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    QVERIFY(sendAs(window, QStringLiteral("Text"), QStringLiteral("None"), QStringLiteral("Hello Pharo")));
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), QByteArray("Hello Pharo"));
    peer.writeDatagram("ECHO: Hello Pharo", QHostAddress::LocalHost, udp->boundEndpoint().port);
    QTRY_COMPARE(udp->datagramsReceived(), quint64(1));
    QTRY_COMPARE(window.sessionModel()->rowCount(window.sessionModel()->indexOfSession(udp)), 1);
}

QTEST_MAIN(tst_ChapterWalk)
#include "tst_chapterwalk.moc"
