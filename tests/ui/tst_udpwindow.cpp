// The real window with UDP sockets, on the offscreen platform: New UDP Socket, peers in the tree, sends to a
// peer, to every peer and to an address, one log row per datagram, one peer's conversation.

#include "capture/capturestore.h"
#include "models/conversationmodel.h"
#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/connection.h"
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
#include <QInputDialog>
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

QTEST_MAIN(tst_UdpWindow)
#include "tst_udpwindow.moc"
