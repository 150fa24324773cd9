// A day with the real MainWindow (offscreen): one selection for the log, the send target and the
// conversation; Reconnect and Remove Closed; times; the rows' menu; the status bar; the keyboard; Help.
#include "capture/capturestore.h"
#include "codec/byteformat.h"
#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "transcript/transcriptfile.h"
#include "widgets/conversationpane.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"
#include "widgets/transcriptsaver.h"
#include "widgets/transcriptwindow.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

#include <sys/socket.h>

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

/// Runs trigger, which opens a popup menu or a modal dialog; inspect sees it, then it is closed. False when
/// none came up.
bool whileOpen(const std::function<void()> &trigger, const std::function<void(QWidget *)> &inspect)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *shown = QApplication::activePopupWidget();
        if (!shown)
            shown = QApplication::activeModalWidget();
        if (!shown)
            return;
        poll.stop();
        seen = true;
        inspect(shown);
        shown->close();
    });
    poll.start();
    trigger();
    QTest::qWait(20);
    poll.stop();
    return seen;
}

/// An open client of window's connected to a listening server of its own.
struct Pair
{
    ServerSession *server = nullptr;
    ClientSession *client = nullptr;

    bool open(MainWindow &window, ServerBehaviour behaviour = ServerBehaviour::Manual)
    {
        ServerOptions serverOptions;
        serverOptions.behaviour = behaviour;
        server = window.openServer(serverOptions);
        if (!server->isListening())
            return false;
        client = window.openClient(
            ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
        return QTest::qWaitFor(
            [&] { return client->currentConnection() && !server->connections().isEmpty(); }, 5000);
    }
};

} // namespace

class tst_WindowBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void scopeChosenInTheLogIsTheSelection();
    void reconnectSelectsTheNewConnection();
    void removeClosedTakesClosedConnectionsAway();
    void relativeTimesShareOneOriginAndDeltasFollowTheRows();
    void previewToolTipHasTheWholeTextEscaped();
    void rowsCopyToTheSendPanelAndSendAgain();
    void clearLogSaysWhatItKeeps();
    void searchErrorGoesWithTheText();
    void sessionErrorGoesWithTheSession();
    void repeatSaysWhyItStopped();
    void keyboardReachesTheTreeAndItsMenu();
    void helpListsShortcutsAndShowsTheManual();
    void saveDialogProposesANameAndTheFileSaysWhatItHolds();
    void newServerDoesNotProposeAPortSockbenchUses();
    void scopeBoxElidesButKeepsThePort();
    void replayOfAnAcceptedConnectionGoesToTheServer();
    void replayAsksThePaceInItsOneDialogAndRemembersIt();

private:
    QTemporaryDir m_spool;
};

void tst_WindowBehaviour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowbehaviour"));
    QVERIFY(m_spool.isValid());
}

void tst_WindowBehaviour::init()
{
    QSettings().clear();
}

void tst_WindowBehaviour::scopeChosenInTheLogIsTheSelection()
{
    // The issue: the log showed #6 while the send panel said "To #2". Choosing in the log's box selects.
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    Peer first(server->listenEndpoint().port);
    Peer second(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 2);
    QVERIFY(first.socket.waitForConnected(5000) && second.socket.waitForConnected(5000));
    Connection *two = server->connections().at(1);
    window.selectConnection(server->connections().at(0));

    auto *scope = window.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QVERIFY(scope);
    int twoRow = -1;
    QTRY_VERIFY((twoRow = scope->findData(QPoint(int(server->id()), int(two->id())))) >= 0);
    scope->setCurrentIndex(twoRow);
    Q_EMIT scope->activated(twoRow);
    QCOMPARE(window.selectedConnection(), two);
    QCOMPARE(window.trafficPane()->scopeConnectionId(), two->id());
    QCOMPARE(window.sendTargets(), QList<Connection *> { two });
    auto *target = window.findChild<QLabel *>(QStringLiteral("targetLabel"));
    QVERIFY(target->isVisible());
    QVERIFY2(target->text().contains(QStringLiteral("#%1").arg(two->id())), qPrintable(target->text()));
    window.sendPanel()->setInputText(QStringLiteral("to two"));
    QVERIFY(window.sendPanel()->send());
    QTRY_COMPARE(second.received, QByteArray("to two\n"));
    QCOMPARE(first.received, QByteArray());
    // The conversation follows the same selection.
    auto *conversation = window.findChild<ConversationPane *>();
    QCOMPARE(conversation->connectionId(), two->id());

    // "All traffic" is no selection: nothing to send to.
    const int all = scope->findData(QPoint(0, 0));
    scope->setCurrentIndex(all);
    Q_EMIT scope->activated(all);
    QCOMPARE(window.selectedSession(), nullptr);
    QVERIFY(window.sendTargets().isEmpty());
}

void tst_WindowBehaviour::reconnectSelectsTheNewConnection()
{
    MainWindow window(m_spool.path());
    window.show();
    Pair pair;
    QVERIFY(pair.open(window));
    Connection *old = pair.client->currentConnection();
    window.selectConnection(old);
    QCOMPARE(window.sendTargets(), QList<Connection *> { old });
    old->close();
    QTRY_VERIFY(!old->isOpen());
    QTRY_VERIFY(window.sendTargets().isEmpty()); // "No open connection to send to"

    QAction *reconnect = actionNamed(window, QStringLiteral("Reconnect"));
    QVERIFY(reconnect);
    QTRY_VERIFY(reconnect->isEnabled());
    reconnect->trigger();
    QTRY_VERIFY(pair.client->currentConnection() != old && pair.client->currentConnection()
        && pair.client->currentConnection()->isOpen());
    Connection *fresh = pair.client->currentConnection();
    QTRY_COMPARE(window.selectedConnection(), fresh);
    QCOMPARE(window.sendTargets(), QList<Connection *> { fresh });
    QCOMPARE(window.trafficPane()->scopeConnectionId(), fresh->id());
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
}

void tst_WindowBehaviour::removeClosedTakesClosedConnectionsAway()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    Peer gone(server->listenEndpoint().port);
    Peer alsoGone(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 2);
    Peer stays(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 3);
    server->connections().at(0)->close();
    server->connections().at(1)->close();
    QTRY_COMPARE(server->openConnectionCount(), 1);
    const QModelIndex serverRow = window.sessionModel()->indexOfSession(server);
    QTRY_COMPARE(window.sessionModel()->rowCount(serverRow), 3);
    const qint64 events = window.workbench()->capture()->count();

    window.selectSession(server);
    QAction *remove = actionNamed(window, QStringLiteral("Remove Closed Connections"));
    QVERIFY(remove && remove->isEnabled());
    remove->trigger();
    QTRY_COMPARE(window.sessionModel()->rowCount(window.sessionModel()->indexOfSession(server)), 1);
    QCOMPARE(server->connections().size(), 1);
    QVERIFY(server->connections().first()->isOpen());
    // Their traffic stays in the capture, and the log still shows it.
    QVERIFY(window.workbench()->capture()->count() >= events);
    QTRY_VERIFY(window.trafficPane()->model()->rowCount() > 0); // the log takes rows in batches
}

void tst_WindowBehaviour::relativeTimesShareOneOriginAndDeltasFollowTheRows()
{
    // "+15.97, +42.86, +16.64" in time order was each session counting from its own start.
    MainWindow window(m_spool.path());
    window.show();
    Pair first;
    QVERIFY(first.open(window));
    QTest::qWait(300);
    Pair second;
    QVERIFY(second.open(window));
    first.client->currentConnection()->send("a");
    second.client->currentConnection()->send("b");
    first.client->currentConnection()->send("c");
    window.trafficPane()->setScope(0, 0);
    TrafficModel *model = window.trafficPane()->model();
    QTRY_VERIFY(model->rowCount() >= 10);
    actionNamed(window, QStringLiteral("Relative Times"))->setChecked(true);
    QCOMPARE(model->timeFormat(), TrafficModel::TimeFormat::Relative);
    double previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, TrafficModel::TimeColumn).data().toString();
        QVERIFY2(text.startsWith(QLatin1Char('+')), qPrintable(text));
        const double seconds = text.toDouble();
        QVERIFY2(seconds >= previous,
            qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(text).arg(previous)));
        previous = seconds;
        // Δ: this row's time minus the one above, exactly.
        const QString delta = model->index(row, TrafficModel::DeltaColumn).data().toString();
        if (row == 0) {
            QVERIFY(delta.isEmpty());
            continue;
        }
        const qint64 now = model->index(row, TrafficModel::TimeColumn).data(Qt::UserRole).toLongLong();
        const qint64 before = model->index(row - 1, TrafficModel::TimeColumn).data(Qt::UserRole).toLongLong();
        QCOMPARE(delta,
            QStringLiteral("+%1.%2")
                .arg((now - before) / 1000000000)
                .arg((now - before) / 1000 % 1000000, 6, 10, QLatin1Char('0')));
    }
    // The second session started 300 ms after the first: its rows are at +0.3 s or later, not near +0.
    const int last = model->rowCount() - 1;
    QVERIFY(model->index(last, TrafficModel::TimeColumn).data().toString().toDouble() >= 0.29);
    QVERIFY(!window.trafficPane()->view()->isColumnHidden(TrafficModel::DeltaColumn));
}

void tst_WindowBehaviour::previewToolTipHasTheWholeTextEscaped()
{
    MainWindow window(m_spool.path());
    window.show();
    Pair pair;
    QVERIFY(pair.open(window));
    QByteArray payload = "<b>bold</b>\r\n";
    payload += QByteArray(200, 'x') + "END";
    pair.client->currentConnection()->send(payload);
    window.selectConnection(pair.client->currentConnection());
    TrafficModel *model = window.trafficPane()->model();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(TrafficModel::EventKindRole).toInt() == int(EventKind::Data))
                row = r;
        }
        return row >= 0;
    }());
    // The preview comes from the capture's heads reader, off the GUI thread, a moment after its row: wait for
    // it. The cell is cut at 64 bytes; the tooltip has it all, markup shown as markup.
    const QModelIndex preview = model->index(row, TrafficModel::PreviewColumn);
    QTRY_VERIFY(preview.data().toString().contains(QStringLiteral("bold")));
    QVERIFY(!preview.data().toString().contains(QStringLiteral("END")));
    QTRY_VERIFY(!preview.data(Qt::ToolTipRole).toString().isEmpty());
    const QString tip = preview.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("END")));
    QVERIFY(tip.contains(QStringLiteral("\\r\\n")));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
}

void tst_WindowBehaviour::rowsCopyToTheSendPanelAndSendAgain()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    Peer peer(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    QVERIFY(peer.socket.waitForConnected(5000));
    Connection *connection = server->connections().first();
    window.selectConnection(connection);
    const QByteArray binary("\x00\xff hi\r\n\\x", 9);
    peer.socket.write(binary);
    TrafficModel *model = window.trafficPane()->model();
    QTableView *log = window.trafficPane()->view();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(TrafficModel::EventKindRole).toInt() == int(EventKind::Data))
                row = r;
        }
        return row >= 0;
    }());
    log->selectRow(row);

    QAction *copy = actionNamed(*log, QStringLiteral("Copy to Send Panel"));
    QAction *again = actionNamed(*log, QStringLiteral("Send Again"));
    QVERIFY(copy && again && copy->isVisible() && again->isVisible());
    copy->trigger();
    QCOMPARE(window.sendPanel()->inputText(), ByteFormat::toVisibleText(binary));
    QCOMPARE(window.sendPanel()->currentBytes(), binary); // sent unchanged, these bytes exactly

    again->trigger();
    QTRY_COMPARE(peer.received, binary);
    QVERIFY(window.sendPanel()->send());
    QTRY_COMPARE(peer.received, binary + binary);
    // Neither is in the history as a surprise: the copy is, once sent, as it was typed.
    QCOMPARE(window.sendPanel()->history(), QStringList { ByteFormat::toVisibleText(binary) });
}

void tst_WindowBehaviour::clearLogSaysWhatItKeeps()
{
    MainWindow window(m_spool.path());
    window.show();
    Pair pair;
    QVERIFY(pair.open(window));
    pair.client->currentConnection()->send("kept");
    window.trafficPane()->setScope(0, 0);
    QTRY_VERIFY(window.trafficPane()->model()->rowCount() >= 4);
    const qint64 captured = window.workbench()->capture()->count();
    QAction *clear = actionNamed(window, QStringLiteral("Clear Log"));
    QVERIFY(clear);
    QVERIFY(clear->toolTip().contains(QStringLiteral("keeps")));
    clear->trigger();
    QCOMPARE(window.trafficPane()->model()->rowCount(), 0);
    QCOMPARE(window.workbench()->capture()->count(), captured);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("hidden")) && message.contains(QStringLiteral("keeps")),
        qPrintable(message));
}

void tst_WindowBehaviour::searchErrorGoesWithTheText()
{
    MainWindow window(m_spool.path());
    window.show();
    auto *mode = window.findChild<QComboBox *>(QStringLiteral("searchMode"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("searchMessage"));
    QVERIFY(mode && search && message);
    mode->setCurrentIndex(1);
    search->setText(QStringLiteral("zz"));
    window.trafficPane()->findNext();
    QVERIFY(!message->text().isEmpty());
    search->clear();
    QCOMPARE(message->text(), QString());
}

void tst_WindowBehaviour::sessionErrorGoesWithTheSession()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    MainWindow window(m_spool.path());
    window.show();
    ServerOptions options;
    options.port = occupier.serverPort();
    ServerSession *server = window.openServer(options);
    QVERIFY(!server->isListening());
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    window.workbench()->removeSession(server);
    QCOMPARE(window.statusBar()->currentMessage(), QString());

    // Another session's message is left alone when an unrelated one goes.
    ServerSession *failing = window.openServer(options);
    ServerSession *other = window.openServer(ServerOptions {});
    QVERIFY(other->isListening());
    window.statusBar()->clearMessage();
    window.selectSession(failing);
    QAction *listenAgain = actionNamed(window, QStringLiteral("Listen Again"));
    QVERIFY(listenAgain);
    listenAgain->trigger();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY(!message.isEmpty());
    window.workbench()->removeSession(other);
    QCOMPARE(window.statusBar()->currentMessage(), message);
}

void tst_WindowBehaviour::repeatSaysWhyItStopped()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *server = window.openServer(ServerOptions {});
    auto peer = std::make_unique<Peer>(server->listenEndpoint().port);
    QTRY_COMPARE(server->connections().size(), 1);
    QVERIFY(peer->socket.waitForConnected(5000));
    window.selectConnection(server->connections().first());
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    auto *repeat = window.findChild<QAbstractButton *>(QStringLiteral("repeatCheck"));
    auto *status = window.sendPanel()->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(repeat && status);
    repeat->setChecked(true);
    window.findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"))->setValue(1000);
    window.findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"))->setValue(20);
    window.sendPanel()->setInputText(QStringLiteral("tick"));
    QVERIFY(window.sendPanel()->send());
    QTRY_VERIFY(peer->received.size() >= 10);
    // The peer resets: linger 0 then close sends RST.
    peer->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    struct linger hard = { 1, 0 };
    ::setsockopt(int(peer->socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    peer.reset();
    QTRY_VERIFY(!window.sendPanel()->isRepeating());
    QVERIFY2(status->text().startsWith(QStringLiteral("Stopped after")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral(" of 1,000: "))
            || status->text().contains(QStringLiteral(" of 1000: ")),
        qPrintable(status->text()));

    // A finished repeat's count goes when Repeat is turned off.
    status->setText(QStringLiteral("5 of 5 sent"));
    repeat->setChecked(false);
    QCOMPARE(status->text(), QString());
}

void tst_WindowBehaviour::keyboardReachesTheTreeAndItsMenu()
{
    MainWindow window(m_spool.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    window.sendPanel()->focusInput();
    QTRY_VERIFY(QApplication::focusWidget() != tree);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+1")));
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    window.selectSession(server);

    // Shift+F10 as typed; the Menu key as the platform delivers it, a keyboard context menu event (at the
    // view's centre, on whatever row is there).
    const QList<std::pair<QString, std::function<void()>>> ways = {
        { QStringLiteral("Shift+F10"),
            [&] { QTest::keySequence(tree, QKeySequence(Qt::SHIFT | Qt::Key_F10)); } },
        { QStringLiteral("Menu"),
            [&] {
                QContextMenuEvent event(QContextMenuEvent::Keyboard, tree->rect().center(),
                    tree->mapToGlobal(tree->rect().center()));
                QApplication::sendEvent(tree, &event);
            } },
    };
    for (const auto &[keys, press] : ways) {
        QStringList entries;
        QVERIFY2(whileOpen(press,
                     [&](QWidget *popup) {
                         for (QAction *action : popup->actions())
                             entries.append(action->text().remove(QLatin1Char('&')));
                     }),
            qPrintable(keys));
        // The current row's menu, not the empty space's.
        QVERIFY2(
            entries.contains(QStringLiteral("Stop Listening")), qPrintable(entries.join(QLatin1Char(','))));
        QCOMPARE(window.selectedSession(), server);
    }
}

void tst_WindowBehaviour::helpListsShortcutsAndShowsTheManual()
{
    MainWindow window(m_spool.path());
    window.show();
    QStringList keys;
    QVERIFY(whileOpen([&] { window.showShortcuts(); },
        [&](QWidget *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
            QVERIFY(table);
            for (int row = 0; row < table->rowCount(); ++row)
                keys.append(table->item(row, 1)->text() + QLatin1Char('=') + table->item(row, 2)->text());
        }));
    QVERIFY2(keys.contains(QStringLiteral("New Client=Ctrl+N")), qPrintable(keys.join(QLatin1Char(' '))));
    QVERIFY(keys.contains(QStringLiteral("Remove Closed Connections=Ctrl+Shift+R")));
    QVERIFY(keys.contains(QStringLiteral("Send=Ctrl+Enter")));
    QVERIFY(actionNamed(window, QStringLiteral("Keyboard Shortcuts")));

    QAction *manual = actionNamed(window, QStringLiteral("User Manual"));
    QVERIFY(manual);
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    QTextBrowser *browser = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String("manual") && top->isVisible())
            browser = qobject_cast<QTextBrowser *>(top);
    }
    QVERIFY(browser);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("One selection")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Remove Closed Connections")));
    window.close(); // the manual goes with the window
    QTRY_VERIFY(!browser || !browser->isVisible());
}

void tst_WindowBehaviour::saveDialogProposesANameAndTheFileSaysWhatItHolds()
{
    const QDateTime when(QDate(2026, 12, 1), QTime(15, 45, 0));
    QCOMPARE(TranscriptSaver::suggestedName(QStringLiteral("connection #3"), when),
        QStringLiteral("sockbench-connection-3-20261201-154500.pcapng"));
    QCOMPARE(
        TranscriptSaver::suggestedName(QString(), when), QStringLiteral("sockbench-20261201-154500.pcapng"));
    QCOMPARE(TranscriptSaver::suggestedName(QStringLiteral("Echo server 127.0.0.1:4000 / é"), when),
        QStringLiteral("sockbench-echo-server-127-0-0-1-4000-20261201-154500.pcapng"));
    const QString description = TranscriptSaver::description(QStringLiteral("connection #3"));
    QVERIFY2(description.contains(QStringLiteral("connection #3")), qPrintable(description));
    QVERIFY(description.contains(QString::number(QDate::currentDate().year())));
    QVERIFY(!description.contains(QStringLiteral("— Sockbench"))); // not the window's title
}

void tst_WindowBehaviour::newServerDoesNotProposeAPortSockbenchUses()
{
    MainWindow window(m_spool.path());
    window.show();
    ServerSession *running = window.openServer(ServerOptions {});
    QVERIFY(running->isListening());
    const quint16 taken = running->listenEndpoint().port;
    const auto proposal = [&] {
        QString port;
        const bool shown = whileOpen([&] { actionNamed(window, QStringLiteral("New Server…"))->trigger(); },
            [&](QWidget *dialog) {
                port = dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"))->text();
            });
        return shown ? port : QStringLiteral("no dialog");
    };
    // The last server asked for that port: while Sockbench listens there, a free port is proposed instead.
    QSettings().setValue(QStringLiteral("newSessionDialog/recentServers"),
        QVariantList { QVariantMap { { QStringLiteral("address"), QStringLiteral("127.0.0.1") },
            { QStringLiteral("port"), taken } } });
    QCOMPARE(proposal(), QString());
    window.workbench()->removeSession(running);
    QCOMPARE(proposal(), QString::number(taken));
}

void tst_WindowBehaviour::scopeBoxElidesButKeepsThePort()
{
    // The box once showed port 3703 for 37035.
    const QFontMetrics metrics(QApplication::font());
    const QString entry = QStringLiteral("    #12  127.0.0.1:37035");
    QCOMPARE(TrafficPane::elideScopeText(entry, metrics, 10000), entry);
    for (const int width : { 120, 90, 70, 40 }) {
        const QString shown = TrafficPane::elideScopeText(entry, metrics, width);
        QVERIFY2(shown.endsWith(QStringLiteral(":37035")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("…")), qPrintable(shown));
        if (width >= metrics.horizontalAdvance(QStringLiteral("…:37035")))
            QVERIFY2(metrics.horizontalAdvance(shown) <= width, qPrintable(shown));
    }
    const QString session = QStringLiteral("Echo server [::1]:40285");
    QVERIFY(TrafficPane::elideScopeText(session, metrics, 80).endsWith(QStringLiteral(":40285")));
}

void tst_WindowBehaviour::replayOfAnAcceptedConnectionGoesToTheServer()
{
    // A connection a server accepted: its peer is the client's ephemeral port, no place to replay to.
    CaptureStore store(m_spool.path());
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Echo server"), 0 });
    store.describeConnection(ConnectionInfo {
        1, 1, Endpoint { QHostAddress::LocalHost, 7000 }, Endpoint { QHostAddress::LocalHost, 51234 } });
    store.appendAt(1000, 1000, EventKind::Accepted, Direction::None, 1, 1);
    store.appendAt(2000, 2000, EventKind::Data, Direction::Inbound, 1, 1, "hello\n");
    store.flush();
    const QString path = QDir(m_spool.path()).filePath(QStringLiteral("accepted.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(store, path, &error), qPrintable(error));

    MainWindow window(m_spool.path());
    window.show();
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());
    QString offered;
    QVERIFY(whileOpen([&] { actionNamed(*viewer, QStringLiteral("Replay as Client…"))->trigger(); },
        [&](QWidget *dialog) {
            offered = dialog->findChild<QComboBox *>(QStringLiteral("hostEdit"))->currentText()
                + QLatin1Char(':') + dialog->findChild<QLineEdit *>(QStringLiteral("portEdit"))->text();
        }));
    QCOMPARE(offered, QStringLiteral("127.0.0.1:7000"));
    viewer->close();
}

// The issue: Replay asked the pace in a second dialog. It is a row of the one dialog, as last chosen.
void tst_WindowBehaviour::replayAsksThePaceInItsOneDialogAndRemembersIt()
{
    QTcpServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    CaptureStore store(m_spool.path());
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Echo server"), 0 });
    store.describeConnection(ConnectionInfo { 1, 1, Endpoint { QHostAddress::LocalHost, target.serverPort() },
        Endpoint { QHostAddress::LocalHost, 51234 } });
    store.appendAt(1000, 1000, EventKind::Accepted, Direction::None, 1, 1);
    store.appendAt(2000, 2000, EventKind::Data, Direction::Outbound, 1, 1, "hello\n");
    store.flush();
    const QString path = QDir(m_spool.path()).filePath(QStringLiteral("pace.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(store, path, &error), qPrintable(error));

    MainWindow window(m_spool.path());
    window.show();
    QPointer<TranscriptWindow> viewer = window.transcripts()->open(path);
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->isLoading());
    QStringList dialogs;
    QString firstPace;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            return;
        dialogs.append(QString::fromLatin1(modal->metaObject()->className()));
        auto *pace = modal->findChild<QComboBox *>(QStringLiteral("paceCombo"));
        if (!pace || !pace->isVisibleTo(modal)) {
            modal->reject();
            return;
        }
        firstPace = pace->currentText();
        pace->setCurrentIndex(pace->findText(QStringLiteral("As fast as possible")));
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    poll.start();
    actionNamed(*viewer, QStringLiteral("Replay as Client…"))->trigger();
    QTest::qWait(200); // a second dialog, if one came, would be caught by the poll
    poll.stop();
    QCOMPARE(dialogs, QStringList { QStringLiteral("Sockbench::NewSessionDialog") });
    QCOMPARE(firstPace, QStringLiteral("At the recorded pace"));
    QTRY_VERIFY(target.hasPendingConnections() || target.waitForNewConnection(100));

    // The next replay starts at the pace chosen last.
    QString offered;
    QVERIFY(whileOpen([&] { actionNamed(*viewer, QStringLiteral("Replay as Server…"))->trigger(); },
        [&](QWidget *dialog) {
            offered = dialog->findChild<QComboBox *>(QStringLiteral("paceCombo"))->currentText();
        }));
    QCOMPARE(offered, QStringLiteral("As fast as possible"));
    viewer->close();
}

QTEST_MAIN(tst_WindowBehaviour)
#include "tst_windowbehaviour.moc"
