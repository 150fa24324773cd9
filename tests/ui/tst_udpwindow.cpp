// The real window with UDP sockets, on the offscreen platform: New UDP Socket, peers in the tree, sends to a
// peer, to every peer and to an address, one log row per datagram, one peer's conversation.

#include "capture/capturestore.h"
#include "models/conversationmodel.h"
#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/connection.h"
#include "session/serverpreset.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "widgets/conversationpane.h"
#include "widgets/mainwindow.h"
#include "widgets/newsessiondialog.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

/// Runs fill on the modal widget that action brings up (from inside its exec()); false when none came.
template <typename Dialog> bool whileModal(QAction *action, const std::function<void(Dialog *)> &fill)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        seen = true;
        fill(dialog);
    });
    poll.start();
    action->trigger();
    return seen;
}

UdpSession *udpOf(MainWindow &window)
{
    for (Session *session : window.workbench()->sessions()) {
        if (auto *udp = qobject_cast<UdpSession *>(session))
            return udp;
    }
    return nullptr;
}

QList<QByteArray> datagramsAt(QUdpSocket &socket, int count)
{
    QList<QByteArray> got;
    (void)QTest::qWaitFor(
        [&] {
            while (socket.hasPendingDatagrams())
                got.append(socket.receiveDatagram().data());
            return got.size() >= count;
        },
        5000);
    return got;
}

} // namespace

class tst_UdpWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newUdpSocketFromTheDialog();
    void peersUnderTheSocketOneRowPerDatagram();
    void sendsToEveryPeerAndToAnAddress();
    void looksRight();
    void broadcastAndMulticastFieldsValidate_data();
    void broadcastAndMulticastFieldsValidate();
    void broadcastFromTheDialog();
    void chapterResponsesOverUdp();
    void customResponsesOverUdp();

private:
    QTemporaryDir m_spool;
};

void tst_UdpWindow::newUdpSocketFromTheDialog()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    MainWindow window(m_spool.path());
    window.show();
    QAction *action = actionNamed(window, QStringLiteral("New UDP Socket…"));
    QVERIFY(action);
    const bool seen = whileModal<NewSessionDialog>(action, [&](NewSessionDialog *dialog) {
        QCOMPARE(dialog->role(), NewSessionDialog::Role::Udp);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("udpRadio"))->isChecked());
        auto *destination = dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
        QVERIFY(destination->isVisibleTo(dialog));
        destination->setText(QStringLiteral("127.0.0.1:not a port"));
        QVERIFY(!dialog->isInputValid()); // a bad destination is said, and OK stays off
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
        destination->setText(QStringLiteral("127.0.0.1:%1").arg(receiver.localPort()));
        QVERIFY2(dialog->isInputValid(), qPrintable(dialog->errorMessage()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QVERIFY(seen);
    UdpSession *udp = udpOf(window);
    QVERIFY(udp);
    QTRY_VERIFY(udp->isBound());
    QCOMPARE(udp->boundEndpoint().address, QHostAddress(QHostAddress::LocalHost));
    // The destination is a peer at once, under the socket in the tree.
    QVERIFY(udp->destinationPeer());
    const QModelIndex session = window.sessionModel()->indexOfSession(udp);
    QTRY_COMPARE(window.sessionModel()->rowCount(session), 1);
    // The dialog focused the send panel, whose target is every peer: the destination.
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    typeAndSend(window, QStringLiteral("hello"));
    QCOMPARE(datagramsAt(receiver, 1), QList<QByteArray> { "hello\n" });
}

void tst_UdpWindow::peersUnderTheSocketOneRowPerDatagram()
{
    MainWindow window(m_spool.path());
    window.show();
    QAbstractItemModelTester tester(window.sessionModel());
    UdpSession *udp = window.openUdp(UdpOptions {});
    QVERIFY(udp->isBound());
    QUdpSocket a, b;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    QVERIFY(b.bind(QHostAddress::LocalHost, 0));
    for (const char *text : { "a1", "a2", "a3" })
        a.writeDatagram(text, QHostAddress::LocalHost, udp->boundEndpoint().port);
    b.writeDatagram("b1", QHostAddress::LocalHost, udp->boundEndpoint().port);
    QTRY_COMPARE(udp->datagramsReceived(), quint64(4));
    const QModelIndex session = window.sessionModel()->indexOfSession(udp);
    QTRY_COMPARE(window.sessionModel()->rowCount(session), 2);

    // The log: one row per datagram.
    window.selectSession(udp);
    TrafficModel *traffic = window.trafficPane()->model();
    QTRY_COMPARE(
        [&] {
            int data = 0;
            for (int row = 0; row < traffic->rowCount(); ++row)
                data += Direction(traffic->index(row, 0).data(TrafficModel::DirectionRole).toInt())
                    == Direction::Inbound;
            return data;
        }(),
        4);

    // One peer's conversation: its three datagrams, and the answer typed to it.
    Connection *peerA = udp->connections().constFirst();
    QCOMPARE(peerA->peerEndpoint().port, a.localPort());
    window.selectConnection(peerA);
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    typeAndSend(window, QStringLiteral("to a"));
    QCOMPARE(datagramsAt(a, 1), QList<QByteArray> { "to a\n" });
    QVERIFY(!b.hasPendingDatagrams());
    auto *pane = window.findChild<ConversationPane *>();
    window.findChild<QTabWidget *>(QStringLiteral("trafficTabs"))->setCurrentWidget(pane);
    QTRY_COMPARE(pane->model()->rowCount(), 4);
    QCOMPARE(peerA->chunksReceived(), 3);
    QCOMPARE(peerA->chunksSent(), 1);
}

void tst_UdpWindow::sendsToEveryPeerAndToAnAddress()
{
    MainWindow window(m_spool.path());
    window.show();
    UdpSession *udp = window.openUdp(UdpOptions {});
    QUdpSocket a, b, c;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    QVERIFY(b.bind(QHostAddress::LocalHost, 0));
    QVERIFY(c.bind(QHostAddress::LocalHost, 0));
    a.writeDatagram("a", QHostAddress::LocalHost, udp->boundEndpoint().port);
    b.writeDatagram("b", QHostAddress::LocalHost, udp->boundEndpoint().port);
    QTRY_COMPARE(udp->connections().size(), 2);
    window.selectSession(udp);
    QTRY_COMPARE(window.sendTargets().size(), 2);
    typeAndSend(window, QStringLiteral("to all"));
    QCOMPARE(datagramsAt(a, 1), QList<QByteArray> { "to all\n" });
    QCOMPARE(datagramsAt(b, 1), QList<QByteArray> { "to all\n" });

    // An explicit destination: Session > Send to Address makes it a peer, and the send panel targets it.
    QAction *sendTo = actionNamed(window, QStringLiteral("Send to Address…"));
    QVERIFY(sendTo);
    QVERIFY(sendTo->isEnabled());
    const bool seen = whileModal<QInputDialog>(sendTo, [&](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("127.0.0.1:%1").arg(c.localPort()));
        dialog->accept();
    });
    QVERIFY(seen);
    QTRY_COMPARE(udp->connections().size(), 3);
    QTRY_COMPARE(window.sendTargets().size(), 1);
    typeAndSend(window, QStringLiteral("just c"));
    QCOMPARE(datagramsAt(c, 1), QList<QByteArray> { "just c\n" });
    QVERIFY(!a.hasPendingDatagrams() && !b.hasPendingDatagrams());
}

void tst_UdpWindow::looksRight()
{
    // A picture to look at (SOCKBENCH_SCREENSHOT names where), and the tree's words for a socket and a peer.
    MainWindow window(m_spool.path());
    window.resize(1100, 650);
    window.show();
    UdpOptions options;
    options.behaviour = ServerBehaviour::Echo;
    UdpSession *udp = window.openUdp(options);
    QUdpSocket a;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    for (const char *text : { "ping 1", "ping 2", "" })
        a.writeDatagram(QByteArray(text), QHostAddress::LocalHost, udp->boundEndpoint().port);
    QTRY_COMPARE(udp->datagramsReceived(), quint64(3));
    const QModelIndex session = window.sessionModel()->indexOfSession(udp);
    QVERIFY(window.sessionModel()->data(session).toString().contains(QLatin1String("UDP echo")));
    QTest::qWait(200);
    const QString path = qEnvironmentVariable("SOCKBENCH_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(window.grab().save(path));
}

// The New UDP Socket dialog's broadcast and multicast fields: what is wrong is said in words, and OK stays
// off; what is right reaches the options.
void tst_UdpWindow::broadcastAndMulticastFieldsValidate_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("broadcast");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("message"); // empty: valid

    QTest::addRow("nothing asked") << "127.0.0.1"
                                   << "" << false << ""
                                   << "";
    QTest::addRow("broadcast asked") << "127.0.0.1"
                                     << "" << true << ""
                                     << "";
    QTest::addRow("limited broadcast without the box")
        << "0.0.0.0"
        << "255.255.255.255:9" << false << ""
        << "255.255.255.255 is a broadcast address: tick Allow broadcast to send to it";
    QTest::addRow("loopback broadcast without the box")
        << "127.0.0.1"
        << "127.255.255.255:9" << false << ""
        << "127.255.255.255 is a broadcast address: tick Allow broadcast to send to it";
    QTest::addRow("loopback broadcast with the box") << "127.0.0.1"
                                                     << "127.255.255.255:9" << true << ""
                                                     << "";
    QTest::addRow("broadcast on IPv6")
        << "::1"
        << "" << true << ""
        << "IPv6 has no broadcast: untick Allow broadcast, or send to a multicast group such as ff02::1";
    QTest::addRow("IPv4 group") << "0.0.0.0"
                                << "" << false << "239.255.0.1"
                                << "";
    QTest::addRow("IPv6 group") << "::"
                                << "" << false << "ff02::1:3"
                                << "";
    QTest::addRow("group with spaces") << "0.0.0.0"
                                       << "" << false << "  239.255.0.1 "
                                       << "";
    QTest::addRow("group not an address") << "0.0.0.0"
                                          << "" << false << "239.255.0.300"
                                          << "multicast group \"239.255.0.300\" is not an IP address";
    QTest::addRow("group a name") << "0.0.0.0"
                                  << "" << false << "example.com"
                                  << "multicast group \"example.com\" is not an IP address";
    QTest::addRow("unicast as group")
        << "0.0.0.0"
        << "" << false << "192.168.1.1"
        << "192.168.1.1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups "
           "start with ff";
    QTest::addRow("IPv6 group on IPv4")
        << "0.0.0.0"
        << "" << false << "ff02::1"
        << "the group ff02::1 is IPv6 and the bind address 0.0.0.0 is IPv4: bind to :: or ::1 to join it";
    QTest::addRow("IPv4 group on IPv6") << "::"
                                        << "" << false << "239.1.2.3"
                                        << "the group 239.1.2.3 is IPv4 and the bind address :: is IPv6: "
                                           "bind to 0.0.0.0 or 127.0.0.1 to join "
                                           "it";
}

void tst_UdpWindow::broadcastAndMulticastFieldsValidate()
{
    QFETCH(QString, bind);
    QFETCH(QString, destination);
    QFETCH(bool, broadcast);
    QFETCH(QString, group);
    QFETCH(QString, message);
    NewSessionDialog dialog(NewSessionDialog::Role::Udp);
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("broadcastCheck"));
    auto *groupEdit = dialog.findChild<QLineEdit *>(QStringLiteral("multicastGroupEdit"));
    auto *interfaces = dialog.findChild<QComboBox *>(QStringLiteral("multicastInterfaceCombo"));
    QVERIFY(check && groupEdit && interfaces);
    QVERIFY(check->isVisibleTo(&dialog));
    QVERIFY(groupEdit->isVisibleTo(&dialog));
    QVERIFY(!interfaces->isVisibleTo(&dialog)); // no group, no interface to choose
    dialog.findChild<QComboBox *>(QStringLiteral("bindEdit"))->setEditText(bind);
    dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->setText(destination);
    check->setChecked(broadcast);
    groupEdit->setText(group);
    QCOMPARE(dialog.errorMessage(), message);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled(), message.isEmpty());
    QCOMPARE(interfaces->isVisibleTo(&dialog), !group.trimmed().isEmpty());
    if (!message.isEmpty())
        return;
    const UdpOptions options = dialog.udpOptions();
    QCOMPARE(options.broadcast, broadcast);
    QCOMPARE(options.multicastGroup, group.isEmpty() ? QHostAddress() : QHostAddress(group.trimmed()));
    if (!group.isEmpty()) {
        // The interface chosen is the one joined on; the summary says so.
        const int lo = interfaces->findData(QStringLiteral("lo"));
        QVERIFY(lo > 0);
        interfaces->setCurrentIndex(lo);
        QCOMPARE(dialog.udpOptions().multicastInterface, QStringLiteral("lo"));
        QVERIFY2(
            dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))
                ->text()
                .contains(QStringLiteral("Joins %1 on lo.").arg(QHostAddress(group.trimmed()).toString())),
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text()));
    } else {
        QCOMPARE(options.multicastInterface, QString());
    }
}

// Allow broadcast ticked in the dialog: the socket the window opens may send to the loopback's broadcast
// address, and a receiver on the any address gets it. (Without the box, the dialog refuses the destination.)
void tst_UdpWindow::broadcastFromTheDialog()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::AnyIPv4, 0));
    MainWindow window(m_spool.path());
    window.show();
    QAction *action = actionNamed(window, QStringLiteral("New UDP Socket…"));
    QVERIFY(action);
    bool refusedWithoutTheBox = false;
    const bool seen = whileModal<NewSessionDialog>(action, [&](NewSessionDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
            ->setText(QStringLiteral("127.255.255.255:%1").arg(receiver.localPort()));
        refusedWithoutTheBox = !dialog->isInputValid();
        dialog->findChild<QCheckBox *>(QStringLiteral("broadcastCheck"))->setChecked(true);
        QVERIFY2(dialog->isInputValid(), qPrintable(dialog->errorMessage()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QVERIFY(seen);
    QVERIFY(refusedWithoutTheBox);
    UdpSession *udp = udpOf(window);
    QVERIFY(udp);
    QTRY_VERIFY(udp->isBound());
    QVERIFY(udp->options().broadcast);
    QTRY_VERIFY(window.sendPanel()->isSendEnabled());
    typeAndSend(window, QStringLiteral("to everyone"));
    const QList<QByteArray> got = datagramsAt(receiver, 1);
    if (got.isEmpty() && udp->error() == StreamError::NetworkUnreachable)
        QSKIP("no route to 127.255.255.255 here");
    QCOMPARE(got, QList<QByteArray> { "to everyone\n" });
    QCOMPARE(udp->error(), StreamError::None);
}

// The review: a UDP socket made with "Basic echo server (chapter)" answered nothing, under a plain name, and
// the dialog still promised "One client within 60 s, backlog 10". Through the dialog's real options, a real
// peer gets ECHO: and what it sent, from a session named for it; the hint says what UDP does.
void tst_UdpWindow::chapterResponsesOverUdp()
{
    MainWindow window(m_spool.path());
    window.show();
    QAction *action = actionNamed(window, QStringLiteral("New UDP Socket…"));
    QVERIFY(action);
    QString hint;
    const bool seen = whileModal<NewSessionDialog>(action, [&](NewSessionDialog *dialog) {
        QVERIFY(dialog->choosePreset(QStringLiteral("chapter-basic-echo")));
        hint = dialog->findChild<QLabel *>(QStringLiteral("behaviourHint"))->text();
        // The TCP life cycle is not offered: a UDP socket has no backlog and no client to wait for.
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("backlogSpin"))->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("acceptTimeoutSpin"))->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("singleClientCheck"))->isVisibleTo(dialog));
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("answerEdit"))->isVisibleTo(dialog));
        QVERIFY2(dialog->isInputValid(), qPrintable(dialog->errorMessage()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QVERIFY(seen);
    const ServerPreset preset = ServerPreset::find(QStringLiteral("chapter-basic-echo"));
    QCOMPARE(hint, preset.descriptionOverUdp());
    QVERIFY(hint != preset.description);
    QVERIFY2(!hint.contains(QLatin1String("60 s")) && !hint.contains(QLatin1String("backlog 10")),
        qPrintable(hint));
    UdpSession *udp = udpOf(window);
    QVERIFY(udp);
    QTRY_VERIFY(udp->isBound());
    QCOMPARE(udp->options().responses.answer, QStringLiteral("ECHO: {{data}}"));
    const QString name = window.sessionModel()->data(window.sessionModel()->indexOfSession(udp)).toString();
    QVERIFY2(name.contains(QLatin1String("Basic echo server")), qPrintable(name));
    QVERIFY2(udp->detail().contains(QLatin1String("answers each datagram")), qPrintable(udp->detail()));

    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    peer.writeDatagram("Hello Pharo\n", QHostAddress::LocalHost, udp->boundEndpoint().port);
    QCOMPARE(datagramsAt(peer, 1), QList<QByteArray> { "ECHO: Hello Pharo\n" });
    // Answered once, the peer is forgotten (UDP's close); its next datagram is a new peer, answered anew.
    QTRY_VERIFY(!udp->connections().constFirst()->isOpen());
    peer.writeDatagram("again", QHostAddress::LocalHost, udp->boundEndpoint().port);
    QCOMPARE(datagramsAt(peer, 1), QList<QByteArray> { "ECHO: again" });
    QTRY_COMPARE(udp->connections().size(), 2);
}

// Custom responses in UDP mode: a greeting when a peer is first heard, and answers only to what matches.
void tst_UdpWindow::customResponsesOverUdp()
{
    NewSessionDialog dialog(NewSessionDialog::Role::Udp);
    QVERIFY(dialog.choosePreset(QStringLiteral("custom")));
    dialog.findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->setText(QStringLiteral("Hi\\n"));
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    unit->setCurrentIndex(unit->findData(int(ResponseSettings::Unit::Chunk)));
    auto *match = dialog.findChild<QComboBox *>(QStringLiteral("matchCombo"));
    match->setCurrentIndex(match->findData(int(ResponseSettings::Match::Text)));
    dialog.findChild<QLineEdit *>(QStringLiteral("patternEdit"))->setText(QStringLiteral("ping"));
    dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit"))->setText(QStringLiteral("pong {{counter}}"));
    QVERIFY2(dialog.isInputValid(), qPrintable(dialog.errorMessage()));
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("behaviourHint"))
                 ->text()
                 .contains(QLatin1String("datagram")),
        qPrintable(dialog.findChild<QLabel *>(QStringLiteral("behaviourHint"))->text()));
    // A bad template is said in UDP mode too, and OK stays off.
    dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit"))->setText(QStringLiteral("pong \\q"));
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit"))->setText(QStringLiteral("pong {{counter}}"));
    QVERIFY(dialog.isInputValid());

    MainWindow window(m_spool.path());
    UdpSession *udp = window.openUdp(dialog.udpOptions());
    QVERIFY(udp->isBound());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    peer.writeDatagram("hello", QHostAddress::LocalHost, udp->boundEndpoint().port);
    peer.writeDatagram("ping", QHostAddress::LocalHost, udp->boundEndpoint().port);
    // The greeting counts 1, the answer 2: one counter per peer, as for a TCP client.
    QCOMPARE(datagramsAt(peer, 2), (QList<QByteArray> { "Hi\n", "pong 2" }));
    QTest::qWait(100);
    QVERIFY(!peer.hasPendingDatagrams()); // "hello" matched nothing: no answer
}

QTEST_MAIN(tst_UdpWindow)
#include "tst_udpwindow.moc"
