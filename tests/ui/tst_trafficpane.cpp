#include "widgets/trafficpane.h"

#include "capture/capturestore.h"
#include "models/directioncolors.h"
#include "widgets/directionstyle.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

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
    void plainCellsPaintAsTheStyleDoes();
    void selectedRowStillHighlighted();
    void logFollowsTheTailOfAFlood();
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

/// A small log: a lifecycle row, then data both ways, one with a preview longer than its column.
void fillLog(CaptureStore &store)
{
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Server"), 0 });
    store.describeConnection(connection(3, 1, 40003));
    store.append(EventKind::Accepted, Direction::None, 1, 3, QByteArrayLiteral("127.0.0.1:40003"));
    store.append(EventKind::Data, Direction::Inbound, 1, 3, QByteArrayLiteral("GET / HTTP/1.1\r\n"));
    store.append(EventKind::Data, Direction::Outbound, 1, 3, QByteArray(60, 'x'));
    store.append(EventKind::Data, Direction::Inbound, 1, 3, QByteArrayLiteral("ok"));
}

/// Where a cell's text ink is in image (the view's viewport), as a rectangle: every pixel unlike the
/// cell's own background, which is sampled at the cell's left edge, inside its margin.
QRect inkOf(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.left(), cell.center().y());
    QRect ink;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x) {
            if (image.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

void showLog(TrafficPane &pane)
{
    pane.resize(900, 300);
    pane.view()->setColumnWidth(TrafficModel::PreviewColumn, 200);
    pane.view()->horizontalHeader()->setStretchLastSection(false);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
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

void tst_TrafficPane::plainCellsPaintAsTheStyleDoes()
{
    // The log paints a plain cell itself (its tint and its text, no style item): it must look as the style
    // paints it, cell by cell: the same tint and the text in the same place, elided the same way.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setNotifyInterval(1);
    fillLog(store);
    TrafficPane pane(&store);
    QTRY_COMPARE(pane.model()->rowCount(), 4);
    showLog(pane);
    pane.view()->clearSelection();
    pane.view()->setCurrentIndex({});
    QTableView *view = pane.view();
    // A head read back from the spool comes a moment later: wait until every preview has its text.
    QTRY_VERIFY(!pane.model()->index(3, TrafficModel::PreviewColumn).data().toString().isEmpty());
    const QImage fast = view->viewport()->grab().toImage();
    auto *styled = new DirectionStyle::TintDelegate(TrafficModel::DirectionRole, view);
    view->setItemDelegate(styled);
    const QImage reference = view->viewport()->grab().toImage();
    QCOMPARE(fast.size(), reference.size());

    const QPalette palette = view->palette();
    const QRgb base = palette.color(QPalette::Base).rgb();
    const Direction directions[] { Direction::None, Direction::Inbound, Direction::Outbound,
        Direction::Inbound };
    int inked = 0;
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < TrafficModel::ColumnCount; ++column) {
            const QRect cell = view->visualRect(pane.model()->index(row, column));
            QVERIFY(!cell.isEmpty());
            const QRgb tint = directions[row] == Direction::None
                ? base
                : DirectionColors::background(directions[row], palette).rgb();
            QCOMPARE(fast.pixel(cell.left(), cell.center().y()), tint);
            QCOMPARE(reference.pixel(cell.left(), cell.center().y()), tint);
            const QRect ink = inkOf(fast, cell);
            const QRect expected = inkOf(reference, cell);
            QCOMPARE(ink.isNull(), expected.isNull());
            if (expected.isNull())
                continue;
            ++inked;
            // Antialiasing may differ by a pixel between the style's text layout and a static text.
            const QString where
                = QStringLiteral("row %1 column %2: ink at %3,%4 %5x%6, the style's at %7,%8 %9x%10")
                      .arg(row)
                      .arg(column)
                      .arg(ink.x())
                      .arg(ink.y())
                      .arg(ink.width())
                      .arg(ink.height())
                      .arg(expected.x())
                      .arg(expected.y())
                      .arg(expected.width())
                      .arg(expected.height());
            QVERIFY2(std::abs(ink.left() - expected.left()) <= 2, qPrintable(where));
            QVERIFY2(std::abs(ink.right() - expected.right()) <= 2, qPrintable(where));
            QVERIFY2(std::abs(ink.top() - expected.top()) <= 2, qPrintable(where));
            QVERIFY2(std::abs(ink.bottom() - expected.bottom()) <= 2, qPrintable(where));
        }
    }
    QVERIFY(inked >= 4 * 4); // time, Δ (but the first), connection, direction, size, preview
}

void tst_TrafficPane::selectedRowStillHighlighted()
{
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    store.setNotifyInterval(1);
    fillLog(store);
    TrafficPane pane(&store);
    QTRY_COMPARE(pane.model()->rowCount(), 4);
    showLog(pane);
    QTableView *view = pane.view();
    view->selectRow(1);
    const QImage image = view->viewport()->grab().toImage();
    const QPalette palette = view->palette();
    const QColor tint = DirectionColors::background(Direction::Inbound, palette);
    for (int column = 0; column < TrafficModel::ColumnCount; ++column) {
        const QRect cell = view->visualRect(pane.model()->index(1, column));
        const QRgb at = image.pixel(cell.left() + 1, cell.center().y());
        // Selected: the palette's highlight (active or not; the style may shade it a little), never the
        // row's tint.
        QVERIFY2(at != tint.rgb(), qPrintable(QStringLiteral("column %1").arg(column)));
        const auto near = [at](const QColor &colour) {
            return std::abs(qRed(at) - colour.red()) <= 8 && std::abs(qGreen(at) - colour.green()) <= 8
                && std::abs(qBlue(at) - colour.blue()) <= 8;
        };
        QVERIFY2(near(palette.color(QPalette::Active, QPalette::Highlight))
                || near(palette.color(QPalette::Inactive, QPalette::Highlight)),
            qPrintable(QStringLiteral("column %1: %2").arg(column).arg(at, 8, 16)));
    }
    // The rows around it keep their tints.
    const QRect below = view->visualRect(pane.model()->index(2, TrafficModel::SizeColumn));
    QCOMPARE(image.pixel(below.left(), below.center().y()),
        DirectionColors::background(Direction::Outbound, palette).rgb());
}

void tst_TrafficPane::logFollowsTheTailOfAFlood()
{
    // Rows arrive in batches faster than they can be read: every one is in the log, and the view shows the
    // newest at its bottom after each batch, until the user scrolls back.
    QTemporaryDir dir;
    CaptureStore store(dir.path());
    fillLog(store);
    TrafficPane pane(&store);
    showLog(pane);
    QTableView *view = pane.view();
    QVERIFY(pane.autoscroll());
    qint64 sent = store.count();
    for (int batch = 0; batch < 20; ++batch) {
        for (int i = 0; i < 500; ++i)
            store.append(EventKind::Data, Direction::Inbound, 1, 3, QByteArray::number(sent++));
        QTRY_COMPARE(qint64(pane.model()->rowCount()), sent);
        const QModelIndex last = pane.model()->index(pane.model()->rowCount() - 1, 0);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(last)));
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    }
    QCOMPARE(pane.model()->index(pane.model()->rowCount() - 1, TrafficModel::PreviewColumn).data().toString(),
        QString::number(sent - 1));
    // Scrolled back by the user: new rows come in below without moving the view.
    view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!pane.autoscroll());
    const int top = view->rowAt(0);
    for (int i = 0; i < 500; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 3, QByteArray::number(sent++));
    QTRY_COMPARE(qint64(pane.model()->rowCount()), sent);
    QTest::qWait(100);
    QCOMPARE(view->rowAt(0), top);
}

QTEST_MAIN(tst_TrafficPane)
#include "tst_trafficpane.moc"
