#include "widgets/trafficpane.h"

#include "capture/capturestore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_TrafficPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scopeListFollowsAnnouncements();
    void scopeListListsWhatTheCaptureAlreadyHolds();
    void scopeListGrowsOneEntryAtATime();
    void scopeSelectionSurvivesNewEntries();
    void scopeBoxWidensForALongName();
};

namespace {

ConnectionInfo connection(quint32 id, quint32 sessionId, quint16 peerPort)
{
    return ConnectionInfo { id, sessionId, Endpoint { QHostAddress(QHostAddress::LocalHost), 5000 },
        Endpoint { QHostAddress(QHostAddress::LocalHost), peerPort } };
}

QComboBox *scopeBox(TrafficPane &pane)
{
    return pane.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
}

QStringList entries(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

QPoint scopeAt(const QComboBox *box, int index)
{
    return box->itemData(index).toPoint();
}

} // namespace

void tst_TrafficPane::scopeListFollowsAnnouncements()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    TrafficPane pane(&store);
    QComboBox *box = scopeBox(pane);
    QVERIFY(box);
    QAbstractItemModelTester tester(box->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(entries(box), QStringList { QStringLiteral("All traffic") });

    // Out of order on purpose: the list is by session id, each session followed by its connections by id.
    store.describeSession(SessionInfo { 2, SessionRole::Server, QStringLiteral("Server"), 0 });
    store.describeConnection(connection(5, 2, 40005));
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("Client"), 0 });
    store.describeConnection(connection(4, 2, 40004));
    store.describeConnection(connection(3, 1, 40003));
    const QStringList expected { QStringLiteral("All traffic"), QStringLiteral("Client"),
        QStringLiteral("    #3  127.0.0.1:40003"), QStringLiteral("Server"),
        QStringLiteral("    #4  127.0.0.1:40004"), QStringLiteral("    #5  127.0.0.1:40005") };
    QCOMPARE(entries(box), expected);
    QCOMPARE(scopeAt(box, 0), QPoint(0, 0));
    QCOMPARE(scopeAt(box, 1), QPoint(1, 0));
    QCOMPARE(scopeAt(box, 2), QPoint(1, 3));
    QCOMPARE(scopeAt(box, 5), QPoint(2, 5));

    // A connection announced before its session waits for it, then follows it.
    store.describeConnection(connection(9, 7, 40009));
    QCOMPARE(box->count(), 6);
    store.describeSession(SessionInfo { 7, SessionRole::Client, QStringLiteral("Late"), 0 });
    QCOMPARE(box->count(), 8);
    QCOMPARE(box->itemText(6), QStringLiteral("Late"));
    QCOMPARE(scopeAt(box, 7), QPoint(7, 9));

    // A rename changes the entry in place.
    store.describeSession(SessionInfo { 2, SessionRole::Server, QStringLiteral("Server renamed"), 0 });
    QCOMPARE(box->count(), 8);
    QCOMPARE(box->itemText(3), QStringLiteral("Server renamed"));

    // Choosing an entry scopes the log to it.
    box->setCurrentIndex(4);
    Q_EMIT box->activated(4);
    QCOMPARE(pane.scopeSessionId(), 2u);
    QCOMPARE(pane.scopeConnectionId(), 4u);
}

void tst_TrafficPane::scopeListListsWhatTheCaptureAlreadyHolds()
{
    // An opened transcript's store is described before its viewer's pane exists.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.describeConnection(connection(2, 1, 40002));
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Server"), 0 });
    store.describeConnection(connection(1, 1, 40001));
    store.describeConnection(connection(3, 8, 40003)); // a session never described: not listed
    TrafficPane pane(&store);
    QComboBox *box = scopeBox(pane);
    QAbstractItemModelTester tester(box->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(entries(box),
        (QStringList { QStringLiteral("All traffic"), QStringLiteral("Server"),
            QStringLiteral("    #1  127.0.0.1:40001"), QStringLiteral("    #2  127.0.0.1:40002") }));
}

void tst_TrafficPane::scopeListGrowsOneEntryAtATime()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setNotifyInterval(1);
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Server"), 0 });
    for (quint32 id = 1; id <= 1000; ++id)
        store.describeConnection(connection(id, 1, quint16(40000 + id)));
    TrafficPane pane(&store);
    QComboBox *box = scopeBox(pane);
    QCOMPARE(box->count(), 1002);
    QSignalSpy inserted(box->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(box->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(box->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(box->model(), &QAbstractItemModel::dataChanged);

    // Traffic without new descriptions leaves the list alone: nothing is re-read on new rows.
    for (int i = 0; i < 50; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 7, QByteArrayLiteral("ping"));
    QSignalSpy appended(&store, &CaptureStore::rowsAppended);
    QVERIFY(appended.wait(2000));
    QTest::qWait(50);
    QCOMPARE(inserted.size() + removed.size() + reset.size() + changed.size(), 0);

    // A new connection is one insert of one row, in its place.
    store.describeConnection(connection(1001, 1, 41001));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1002);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1002);
    QCOMPARE(removed.size() + reset.size(), 0);
    QCOMPARE(scopeAt(box, 1002), QPoint(1, 1001));
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Server"), 0 }); // unchanged
    QCOMPARE(inserted.size() + changed.size(), 1);
}

void tst_TrafficPane::scopeSelectionSurvivesNewEntries()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.describeSession(SessionInfo { 2, SessionRole::Server, QStringLiteral("Server"), 0 });
    store.describeConnection(connection(5, 2, 40005));
    TrafficPane pane(&store);
    QComboBox *box = scopeBox(pane);
    pane.setScope(2, 5);
    QCOMPARE(scopeAt(box, box->currentIndex()), QPoint(2, 5));
    // Entries before it do not move the selection off it.
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("Client"), 0 });
    store.describeConnection(connection(3, 1, 40003));
    QCOMPARE(scopeAt(box, box->currentIndex()), QPoint(2, 5));
    // A scope set before its connection was announced is shown as soon as it is.
    pane.setScope(2, 6);
    QCOMPARE(box->currentIndex(), 0);
    store.describeConnection(connection(6, 2, 40006));
    QCOMPARE(scopeAt(box, box->currentIndex()), QPoint(2, 6));
    QCOMPARE(pane.scopeConnectionId(), 6u);
}

void tst_TrafficPane::scopeBoxWidensForALongName()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    TrafficPane pane(&store);
    QComboBox *box = scopeBox(pane);
    const int before = box->sizeHint().width();
    const QString name = QStringLiteral("Echo server with a name far longer than any other 127.0.0.1:40285");
    store.describeSession(SessionInfo { 1, SessionRole::Server, name, 0 });
    QVERIFY(box->sizeHint().width() > before);
    QVERIFY(box->sizeHint().width() >= box->fontMetrics().horizontalAdvance(name));
}

QTEST_MAIN(tst_TrafficPane)
#include "tst_trafficpane.moc"
