#include "capture/capturestore.h"
#include "models/conversationmodel.h"
#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/agecolumnticker.h"
#include "widgets/conversationpane.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

/// A plain Qt socket as the peer: what the window sends must arrive here byte for byte.
struct Peer
{
    QTcpSocket socket;
    QByteArray received;

    explicit Peer(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
};

ServerSession *serverOf(MainWindow &window)
{
    for (Session *session : window.workbench()->sessions()) {
        if (auto *server = qobject_cast<ServerSession *>(session))
            return server;
    }
    return nullptr;
}

ClientSession *clientOf(MainWindow &window)
{
    for (Session *session : window.workbench()->sessions()) {
        if (auto *client = qobject_cast<ClientSession *>(session))
            return client;
    }
    return nullptr;
}

/// Captured data events of one direction on one connection, concatenated.
QByteArray capturedBytes(CaptureStore *capture, quint32 connectionId, Direction direction)
{
    QByteArray bytes;
    for (qint64 row = 0; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        if (event.kind == EventKind::Data && event.connectionId == connectionId
            && event.direction == direction)
            bytes += capture->payload(row);
    }
    return bytes;
}

/// Triggers action, which runs a NewSessionDialog; fill sets its fields before OK is clicked. False when no
/// dialog came up.
bool runDialog(QAction *action, const std::function<void(NewSessionDialog *)> &fill)
{
    bool seen = false;
    // The dialog's exec() runs its own event loop: look for it from there.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<NewSessionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        seen = true;
        fill(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    poll.start();
    action->trigger();
    return seen;
}

/// Records the text each Age cell was painted with, by connection id: what the user sees, not what the model
/// would answer.
class AgePaintRecorder final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painted[index.data(SessionTreeModel::ConnectionIdRole).toUInt()].append(index.data().toString());
        QStyledItemDelegate::paint(painter, option, index);
    }
    mutable QHash<quint32, QStringList> painted;
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoEchoesWhatIsTyped();
    void sendsToTheSelectedConnectionExactly();
    void sendsToAllConnectionsOfASelectedServer();
    void showsReceivedMarkupAsPlainText();
    void refusesBadHexAndSendsNothing();
    void reportsAPortInUse();
    void closeActionClosesTheSelectedConnection();
    void newConnectionsDoNotMoveTheSelection();
    void openingFromTheDialogFocusesTheSendPanel();
    void longStatesLeaveTheNumbersInSight();
    void connectionColumnFitsSessionNames();
    void sessionActionsFollowTheSession();
    void ageColumnRepaintsItsRowsInSight();
    void sendPanelSeesConnectionsAtOnce();
    void statusBarCountsEventsNotRecorded();

private:
    QTemporaryDir m_spool;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_spool.isValid());
}

void tst_MainWindow::demoEchoesWhatIsTyped()
{
    MainWindow window(m_spool.path());
    QAbstractItemModelTester sessionTester(
        window.sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester trafficTester(
        window.trafficPane()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    window.startDemo();
    ServerSession *server = serverOf(window);
    ClientSession *client = clientOf(window);
    QVERIFY(server && server->isListening());
    QCOMPARE(server->listenEndpoint().address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(client);
    QTRY_COMPARE(client->state(), ClientSession::State::Connected);
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("hintBar"))->isVisible());

    typeAndSend(window, QStringLiteral("hello"));
    Connection *connection = client->currentConnection();
    // Sent with the default LF line ending, echoed back by the server.
    QTRY_COMPARE(capturedBytes(window.workbench()->capture(), connection->id(), Direction::Inbound),
        QByteArray("hello\n"));
    QCOMPARE(capturedBytes(window.workbench()->capture(), connection->id(), Direction::Outbound),
        QByteArray("hello\n"));
    QCOMPARE(connection->bytesSent(), 6);
    QTRY_COMPARE(connection->bytesReceived(), 6);

    // The window follows the client's connection: the log shows both directions, the conversation too.
    TrafficModel *traffic = window.trafficPane()->model();
    QTRY_VERIFY(traffic->rowCount() >= 2);
    int inbound = 0;
    int outbound = 0;
    for (int row = 0; row < traffic->rowCount(); ++row) {
        const auto direction = Direction(traffic->index(row, 0).data(TrafficModel::DirectionRole).toInt());
        inbound += direction == Direction::Inbound;
        outbound += direction == Direction::Outbound;
    }
    QCOMPARE(inbound, 1);
    QCOMPARE(outbound, 1);
    auto *pane = window.findChild<ConversationPane *>();
    QCOMPARE(pane->model()->rowCount(), 0); // hidden behind the log tab: it costs nothing
    window.findChild<QTabWidget *>(QStringLiteral("trafficTabs"))->setCurrentWidget(pane);
    QTRY_COMPARE(pane->model()->rowCount(), 2);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sockbench")));
    QTRY_VERIFY2(
        window.findChild<QLabel *>(QStringLiteral("totals"))->text().contains(QStringLiteral("2 session")),
        qPrintable(window.findChild<QLabel *>(QStringLiteral("totals"))->text()));
}

void tst_MainWindow::sendsToTheSelectedConnectionExactly()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    Peer peer(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    window.selectConnection(server->connections().first());
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    QCOMPARE(window.sendTargets().size(), 1);

    window.sendPanel()->setMode(PayloadMode::Hex);
    typeAndSend(window, QStringLiteral("00 ff 0d 0a 41"));
    QTRY_COMPARE(peer.received, QByteArray("\x00\xff\r\nA", 5));

    window.sendPanel()->setMode(PayloadMode::Text);
    window.sendPanel()->setLineEnding(LineEnding::CRLF);
    typeAndSend(window, QStringLiteral("GET /\\t1"));
    QTRY_COMPARE(peer.received, QByteArray("\x00\xff\r\nA", 5) + QByteArray("GET /\t1\r\n"));
    QCOMPARE(server->connections().first()->bytesSent(), 5 + 9);
}

void tst_MainWindow::sendsToAllConnectionsOfASelectedServer()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    Peer first(server->listenEndpoint().port);
    Peer second(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 2);
    window.selectSession(server);
    QTRY_COMPARE(window.sendTargets().size(), 2);
    typeAndSend(window, QStringLiteral("to all"));
    QTRY_COMPARE(first.received, QByteArray("to all\n"));
    QTRY_COMPARE(second.received, QByteArray("to all\n"));
}

void tst_MainWindow::showsReceivedMarkupAsPlainText()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    Peer peer(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    window.selectConnection(server->connections().first());
    QVERIFY(peer.socket.waitForConnected(5000));
    const QByteArray markup = "<b>bold</b><img src=x onerror=alert(1)>";
    peer.socket.write(markup);
    TrafficModel *traffic = window.trafficPane()->model();
    int dataRow = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < traffic->rowCount(); ++row) {
            if (Direction(traffic->index(row, 0).data(TrafficModel::DirectionRole).toInt())
                == Direction::Inbound)
                dataRow = row;
        }
        return dataRow >= 0;
    }());
    // The preview may come a moment later, read back from the spool on another thread.
    QTRY_COMPARE(
        traffic->index(dataRow, TrafficModel::PreviewColumn).data().toString(), QString::fromLatin1(markup));
    // The detail pane shows the same characters, not rendered markup.
    window.trafficPane()->view()->setCurrentIndex(traffic->index(dataRow, 0));
    auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textView"));
    QVERIFY(text);
    QTRY_VERIFY(text->toPlainText().contains(QString::fromLatin1(markup)));
}

void tst_MainWindow::refusesBadHexAndSendsNothing()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    Peer peer(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    window.selectConnection(server->connections().first());
    window.sendPanel()->setMode(PayloadMode::Hex);
    typeAndSend(window, QStringLiteral("48 6g"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("5")), qPrintable(error->text())); // the column of 'g'
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QTest::qWait(200);
    QCOMPARE(peer.received, QByteArray());
    QCOMPARE(server->connections().first()->bytesSent(), 0);
}

void tst_MainWindow::reportsAPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    MainWindow window(m_spool.path());
    window.show();
    ServerOptions options;
    options.port = occupier.serverPort();
    ServerSession *server = window.openServer(options);
    QVERIFY(!server->isListening());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("address already in use")),
        qPrintable(window.statusBar()->currentMessage()));
    const QModelIndex row = window.sessionModel()->indexOfSession(server);
    QVERIFY(row.isValid());
    QVERIFY2(server->name().contains(QString::number(options.port)), qPrintable(server->name()));
    // Once the port is free, the same session listens again where it was asked to (Ctrl+R).
    occupier.close();
    window.selectSession(server);
    QAction *again = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+R")))
            again = action;
    }
    QVERIFY(again);
    QVERIFY(again->isEnabled());
    again->trigger();
    QTRY_VERIFY2(server->isListening(), qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(server->listenEndpoint().port, options.port);
}

void tst_MainWindow::closeActionClosesTheSelectedConnection()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    Peer peer(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    QVERIFY(peer.socket.waitForConnected(5000));
    window.selectConnection(server->connections().first());
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+W")));
    QTRY_COMPARE(peer.socket.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(!server->connections().first()->isOpen());
    QVERIFY(server->isListening()); // closing a connection leaves the server listening
}

void tst_MainWindow::newConnectionsDoNotMoveTheSelection()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    ServerSession *server = window.openServer(options);
    QVERIFY(server->isListening());
    window.selectSession(server);
    QCOMPARE(window.selectedSession(), server);

    Peer first(server->listenEndpoint().port);
    Peer second(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 2);
    const QModelIndex serverRow = window.sessionModel()->indexOfSession(server);
    QTRY_COMPARE(window.sessionModel()->rowCount(serverRow), 2);
    QVERIFY(first.socket.waitForConnected(5000));
    QVERIFY(second.socket.waitForConnected(5000));
    QTest::qWait(50); // let any queued reaction to the new rows run before looking

    // Still the server, and the log still shows the whole server's traffic, not one connection's.
    QCOMPARE(window.selectedSession(), server);
    QCOMPARE(window.selectedConnection(), nullptr);
    QCOMPARE(window.trafficPane()->scopeSessionId(), server->id());
    QCOMPARE(window.trafficPane()->scopeConnectionId(), 0u);
    QCOMPARE(window.sendTargets().size(), 2);
    // The new connections show under it.
    QVERIFY(window.findChild<QTreeView *>(QStringLiteral("sessionView"))->isExpanded(serverRow));
}

void tst_MainWindow::openingFromTheDialogFocusesTheSendPanel()
{
    QTcpServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    MainWindow window(m_spool.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
    QVERIFY(tree && input);

    tree->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QAction *newClient = actionWithShortcut(window, QKeySequence::New);
    QVERIFY(newClient);
    QVERIFY(runDialog(newClient, [&](NewSessionDialog *dialog) {
        dialog->setRole(NewSessionDialog::Role::Client);
        dialog->setEndpoint(QStringLiteral("127.0.0.1"), target.serverPort());
    }));
    ClientSession *client = clientOf(window);
    QVERIFY(client);
    QTRY_COMPARE(client->state(), ClientSession::State::Connected);
    // A window manager hands the activation back when the dialog closes, and the window's focus widget gets
    // the focus: without a window manager, hand it back here.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(QApplication::focusWidget(), input);
    // Typed text goes to the send panel.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("hi"));
    QCOMPARE(input->toPlainText(), QStringLiteral("hi"));

    tree->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QAction *newServer = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+L")));
    QVERIFY(newServer);
    QVERIFY(runDialog(newServer, [](NewSessionDialog *dialog) {
        dialog->setRole(NewSessionDialog::Role::Server);
        dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(QStringLiteral("0"));
    }));
    ServerSession *server = serverOf(window);
    QVERIFY(server && server->isListening());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(QApplication::focusWidget(), input);
}

void tst_MainWindow::longStatesLeaveTheNumbersInSight()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    MainWindow window(m_spool.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ServerSession *listening = window.openServer(ServerOptions {});
    Peer peer(listening->listenEndpoint().port);
    QTRY_COMPARE(listening->connections().size(), 1);
    ServerOptions taken;
    taken.port = occupier.serverPort();
    ServerSession *failed = window.openServer(taken);
    QVERIFY(!failed->isListening());

    // The column says the word; the reason ("address already in use") is in the tooltip.
    const QModelIndex state
        = window.sessionModel()->indexOfSession(failed).siblingAtColumn(SessionTreeModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("failed"));
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("address already in use")),
        qPrintable(state.data(Qt::ToolTipRole).toString()));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    QHeaderView *header = tree->header();
    const int visible = tree->viewport()->width();
    for (int column :
        { SessionTreeModel::NameColumn, SessionTreeModel::StateColumn, SessionTreeModel::BytesInColumn,
            SessionTreeModel::BytesOutColumn, SessionTreeModel::RateColumn }) {
        QVERIFY2(!tree->isColumnHidden(column), qPrintable(QString::number(column)));
        QTRY_VERIFY2(header->sectionViewportPosition(column) >= 0
                && header->sectionViewportPosition(column) + header->sectionSize(column) <= visible,
            qPrintable(QStringLiteral("column %1 at %2+%3 of %4")
                           .arg(column)
                           .arg(header->sectionViewportPosition(column))
                           .arg(header->sectionSize(column))
                           .arg(visible)));
    }
    QVERIFY(header->sectionSize(SessionTreeModel::StateColumn) >= header->minimumSectionSize());
}

void tst_MainWindow::connectionColumnFitsSessionNames()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    QTableView *log = window.trafficPane()->view();
    // A session's own events (listening) name the session in the Connection column: the name fits.
    window.trafficPane()->setScope(0, 0);
    const int nameWidth = log->fontMetrics().horizontalAdvance(server->name());
    QTRY_VERIFY2(log->columnWidth(TrafficModel::ConnectionColumn) > nameWidth,
        qPrintable(
            QStringLiteral("%1 <= %2").arg(log->columnWidth(TrafficModel::ConnectionColumn)).arg(nameWidth)));
}

void tst_MainWindow::sessionActionsFollowTheSession()
{
    MainWindow window(m_spool.path());
    window.show();
    QAction *stop = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+T")));
    QAction *again = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+R")));
    QVERIFY(stop && again);
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    ServerSession *server = window.openServer(options);
    QVERIFY(server->isListening());
    window.selectSession(server);
    // A listening server can stop, not listen again.
    QTRY_VERIFY(stop->isEnabled());
    QVERIFY(!again->isEnabled());
    QCOMPARE(again->text(), QStringLiteral("&Listen Again"));
    stop->trigger();
    QCOMPARE(server->status(), SessionStatus::Stopped);
    QTRY_VERIFY(again->isEnabled());
    QVERIFY(!stop->isEnabled());
    QCOMPARE(window.sessionModel()
                 ->indexOfSession(server)
                 .siblingAtColumn(SessionTreeModel::StateColumn)
                 .data()
                 .toString(),
        QStringLiteral("not listening"));
    again->trigger();
    QCOMPARE(server->status(), SessionStatus::Listening);
    QTRY_VERIFY(stop->isEnabled());

    // A client reconnects, and has nothing to stop; its bytes go to its one connection.
    ClientOptions target;
    target.host = server->listenEndpoint().address.toString();
    target.port = server->listenEndpoint().port;
    ClientSession *client = window.openClient(target);
    QTRY_COMPARE(client->status(), SessionStatus::Connected);
    window.selectSession(client);
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    QCOMPARE(window.sendTargets(), QList<Connection *> { client->currentConnection() });
    QVERIFY(again->isEnabled());
    QCOMPARE(again->text(), QStringLiteral("&Reconnect"));
    QVERIFY(!stop->isEnabled());
    Connection *first = client->currentConnection();
    again->trigger();
    QTRY_VERIFY(client->status() == SessionStatus::Connected && client->currentConnection() != first);
}

void tst_MainWindow::ageColumnRepaintsItsRowsInSight()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ServerSession *server = window.openServer(ServerOptions {});
    Peer peer(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    auto *ticker = tree->findChild<AgeColumnTicker *>();
    QVERIFY(ticker);
    // Hidden by default, the Age column costs nothing: no timer runs for it.
    QVERIFY(tree->isColumnHidden(SessionTreeModel::AgeColumn));
    QVERIFY(!ticker->isTicking());

    auto *recorder = new AgePaintRecorder(tree);
    tree->setItemDelegateForColumn(SessionTreeModel::AgeColumn, recorder);
    tree->setColumnHidden(SessionTreeModel::AgeColumn, false);
    QVERIFY(ticker->isTicking());
    QTRY_VERIFY(!window.sessionModel()->isSampling());
    QTest::qWait(100); // the connect's state changes are announced within ~30 ms
    // The model announces no age; the ticker repaints the cells in sight, and they show the age going up.
    QSignalSpy announced(window.sessionModel(), &QAbstractItemModel::dataChanged);
    const quint32 id = server->connections().first()->id();
    QTRY_VERIFY_WITH_TIMEOUT(recorder->painted.value(id).size() >= 2
            && recorder->painted.value(id).first() != recorder->painted.value(id).last(),
        4000);
    QCOMPARE(announced.count(), 0);
    const QRegularExpression seconds(QStringLiteral("^\\d+ s$"));
    QVERIFY2(seconds.match(recorder->painted.value(id).last()).hasMatch(),
        qPrintable(recorder->painted.value(id).last()));

    // Hidden again, or with the window hidden, it stops.
    tree->setColumnHidden(SessionTreeModel::AgeColumn, true);
    QTRY_VERIFY(!ticker->isTicking());
    tree->setColumnHidden(SessionTreeModel::AgeColumn, false);
    QVERIFY(ticker->isTicking());
    window.hide();
    QVERIFY(!ticker->isTicking());
}

void tst_MainWindow::sendPanelSeesConnectionsAtOnce()
{
    // The send targets of a selected server are refreshed lazily while its connections come; a send right
    // after a new connection still reaches it.
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(!window.sendPanel()->isSendEnabled());
    Peer first(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    typeAndSend(window, QStringLiteral("one"));
    QTRY_COMPARE(first.received, QByteArray("one\n"));
    Peer second(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 2);
    typeAndSend(window, QStringLiteral("both"));
    QTRY_COMPARE(first.received, QByteArray("one\nboth\n"));
    QTRY_COMPARE(second.received, QByteArray("both\n"));
}

void tst_MainWindow::statusBarCountsEventsNotRecorded()
{
    // Once the capture's index reaches its budget, events are counted and not recorded: the status bar says
    // how many for as long as the window lives, not only in the message that goes by.
    MainWindow window(m_spool.path());
    window.show();
    auto *totals = window.findChild<QLabel *>(QStringLiteral("totals"));
    QVERIFY(totals);
    CaptureStore *capture = window.workbench()->capture();
    // A 4 MiB limit: the index's share, half of it, is less than one segment of 65,536 rows (2.5 MiB), so
    // after three segments in memory events are no longer recorded.
    capture->setCaptureLimit(4 * 1024 * 1024);
    // And a log of 1,000 rows at most (2^25 in use): it says how many older events it left out.
    TrafficModel *log = window.trafficPane()->model();
    log->setMaxRows(1000);
    constexpr qint64 RowsPerSegment = 65536;
    const QByteArray byte(1, 'x');
    qint64 refused = 0;
    for (qint64 i = 0; i < 3 * RowsPerSegment + 1234; ++i) {
        if (capture->append(EventKind::Data, Direction::Inbound, 0, 0, byte) < 0)
            ++refused;
        if ((i & (RowsPerSegment - 1)) == RowsPerSegment - 1)
            capture->flush();
    }
    QCOMPARE(refused, 1234);
    QCOMPARE(capture->unrecordedEvents(), refused);
    QCOMPARE(capture->count(), 3 * RowsPerSegment + 1); // and the Error row that says so
    QTRY_VERIFY2(totals->text().contains(QStringLiteral("1234 event"))
            && totals->text().contains(QStringLiteral("not recorded")),
        qPrintable(totals->text()));
    QCOMPARE(totals->textFormat(), Qt::PlainText);
    QTRY_COMPARE(log->rowCount(), 875); // the newest seven eighths of its cap
    QCOMPARE(log->captureRow(874), capture->count() - 1);
    QCOMPARE(log->trimmedRowCount(), capture->count() - 875);
    QTRY_VERIFY2(
        totals->text().contains(QString::number(capture->count() - 875) + QStringLiteral(" older event"))
            && totals->text().contains(QStringLiteral("not in the log")),
        qPrintable(totals->text()));
    // It follows the count, though no row is added any more.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(capture->append(EventKind::Data, Direction::Inbound, 0, 0, byte), -1);
    QTRY_VERIFY2(totals->text().contains(QStringLiteral("1244 event")), qPrintable(totals->text()));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
