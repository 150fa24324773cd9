#include "models/trafficmodel.h"

#include "capture/capturestore.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Sockbench;

class tst_TrafficModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoShowsBothDirections();
    void filtersByConnectionAndDirection();
    void lifecycleWords_data();
    void lifecycleWords();
    void previewIsPlainText_data();
    void previewIsPlainText();
    void timeFormats();
    void find_data();
    void find();
    void clearHidesWhatWasRecorded();
    void bigBatchArrivesInFewInserts();
    void rowMapping();
    void multiDataAnswersAsData();
    void rowNumbersPastIntMax();
    void capTrimsTheOldestRows_data();
    void capTrimsTheOldestRows();
};

namespace {

constexpr quint32 Session1 = 1;
constexpr quint32 Session2 = 2;
// Whole seconds keep the expected absolute times free of rounding.
constexpr qint64 StartNs = 1'700'000'000'000'000'000;

// A preview whose payload is only in the spool file comes a moment later (CaptureStore::payloadHead() reads
// it on another thread): it is waited for, as a user would see it arrive.
QString cell(const TrafficModel &model, int row, int column, int role = Qt::DisplayRole)
{
    const QModelIndex at = model.index(row, column);
    if (column == TrafficModel::PreviewColumn)
        (void)QTest::qWaitFor([&] { return !at.data(role).toString().isEmpty(); }, 2000);
    return at.data(role).toString();
}

/// A store with two sessions and a small conversation on connection 7 (session 1) and 8 (session 2).
void fill(CaptureStore &store)
{
    store.describeSession(
        SessionInfo { Session1, SessionRole::Server, QStringLiteral("Echo server 127.0.0.1:5000"), StartNs });
    store.describeSession(SessionInfo { Session2, SessionRole::Client, QStringLiteral("Client"), StartNs });
    qint64 t = StartNs;
    const auto add = [&](EventKind kind, Direction direction, quint32 session, quint32 connection,
                         const QByteArray &payload) {
        t += 1'000'000; // 1 ms apart
        store.appendAt(t, t, kind, direction, session, connection, payload);
    };
    add(EventKind::Listening, Direction::None, Session1, 0, "127.0.0.1:5000"); // 0
    add(EventKind::Accepted, Direction::None, Session1, 7, "127.0.0.1:5555"); // 1
    add(EventKind::Data, Direction::Inbound, Session1, 7, "alpha"); // 2
    add(EventKind::Data, Direction::Outbound, Session1, 7, "alpha"); // 3
    add(EventKind::Connected, Direction::None, Session2, 8, "127.0.0.1:6000"); // 4
    add(EventKind::Data, Direction::Outbound, Session2, 8, "beta gamma"); // 5
    add(EventKind::Data, Direction::Inbound, Session1, 7, "gamma"); // 6
    add(EventKind::PeerHalfClosed, Direction::None, Session1, 7, {}); // 7
    add(EventKind::Error, Direction::None, Session2, 8, "connection reset by peer"); // 8
}

} // namespace

void tst_TrafficModel::echoShowsBothDirections()
{
    Workbench workbench;
    TrafficModel model(workbench.capture());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    QVERIFY(server->listen(options));
    ClientSession *client = workbench.createClient();
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(client->state(), ClientSession::State::Connected);
    Connection *connection = client->currentConnection();

    TrafficModel::Filter filter;
    filter.connectionId = connection->id();
    filter.lifecycle = false;
    model.setFilter(filter);
    QSignalSpy batches(&model, &TrafficModel::rowsBatchAppended);
    const QByteArray message("Hello, world\r\n");
    QVERIFY(connection->send(message));
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(!batches.isEmpty());

    QCOMPARE(cell(model, 0, TrafficModel::DirectionColumn), QStringLiteral("→"));
    QCOMPARE(cell(model, 1, TrafficModel::DirectionColumn), QStringLiteral("←"));
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(cell(model, row, TrafficModel::SizeColumn), QLocale().toString(message.size()));
        QCOMPARE(cell(model, row, TrafficModel::PreviewColumn), QStringLiteral("Hello, world\\r\\n"));
        QCOMPARE(
            cell(model, row, TrafficModel::ConnectionColumn), QStringLiteral("#%1").arg(connection->id()));
        QCOMPARE(model.index(row, 0).data(TrafficModel::ConnectionIdRole).toUInt(), connection->id());
        QCOMPARE(model.index(row, 0).data(TrafficModel::EventKindRole).toInt(), int(EventKind::Data));
    }
    QCOMPARE(model.index(0, 0).data(TrafficModel::DirectionRole).toInt(), int(Direction::Outbound));
    QCOMPARE(model.index(1, 0).data(TrafficModel::DirectionRole).toInt(), int(Direction::Inbound));
    const auto outColour
        = model.index(0, TrafficModel::DirectionColumn).data(Qt::ForegroundRole).value<QColor>();
    const auto inColour
        = model.index(1, TrafficModel::DirectionColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(outColour.isValid() && inColour.isValid());
    QVERIFY(outColour != inColour);
    QCOMPARE(model.index(0, TrafficModel::SizeColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.headerData(TrafficModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size"));
}

void tst_TrafficModel::filtersByConnectionAndDirection()
{
    CaptureStore store;
    QVERIFY(store.isValid());
    fill(store);
    TrafficModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 9);

    TrafficModel::Filter filter;
    filter.connectionId = 7;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.captureRow(0), 1);

    filter.lifecycle = false;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);

    filter.outbound = false;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, TrafficModel::PreviewColumn), QStringLiteral("alpha"));
    QCOMPARE(cell(model, 1, TrafficModel::PreviewColumn), QStringLiteral("gamma"));

    filter = {};
    filter.sessionId = Session1;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 6); // the listening event belongs to the session, not to a connection

    filter = {};
    filter.inbound = false;
    filter.lifecycle = false;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);

    // Filtered models grow with new matching rows only.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    store.appendAt(StartNs, StartNs, EventKind::Data, Direction::Inbound, Session1, 7, "in");
    store.appendAt(StartNs, StartNs, EventKind::Data, Direction::Outbound, Session1, 7, "out");
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(cell(model, 2, TrafficModel::PreviewColumn), QStringLiteral("out"));

    model.setFilter({});
    QCOMPARE(model.rowCount(), 11);
}

void tst_TrafficModel::lifecycleWords_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("preview");
    QTest::addRow("listening") << 0 << QStringLiteral("Echo server 127.0.0.1:5000")
                               << QStringLiteral("listening on 127.0.0.1:5000");
    QTest::addRow("accepted") << 1 << QStringLiteral("#7")
                              << QStringLiteral("accepted connection from 127.0.0.1:5555");
    QTest::addRow("connected") << 4 << QStringLiteral("#8") << QStringLiteral("connected to 127.0.0.1:6000");
    QTest::addRow("peer half-closed") << 7 << QStringLiteral("#7") << QStringLiteral("peer closed its side");
    QTest::addRow("error") << 8 << QStringLiteral("#8") << QStringLiteral("error: connection reset by peer");
}

void tst_TrafficModel::lifecycleWords()
{
    QFETCH(int, row);
    QFETCH(QString, connection);
    QFETCH(QString, preview);
    CaptureStore store;
    fill(store);
    TrafficModel model(&store);
    QCOMPARE(cell(model, row, TrafficModel::DirectionColumn), QStringLiteral("•"));
    QCOMPARE(cell(model, row, TrafficModel::ConnectionColumn), connection);
    QCOMPARE(cell(model, row, TrafficModel::PreviewColumn), preview);
    QCOMPARE(cell(model, row, TrafficModel::SizeColumn), QString());
    QVERIFY(!model.index(row, TrafficModel::DirectionColumn).data(Qt::ForegroundRole).isValid());
}

void tst_TrafficModel::previewIsPlainText_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("preview");
    QTest::addRow("html") << QByteArray("<b>bold</b>") << QStringLiteral("<b>bold</b>");
    QTest::addRow("img") << QByteArray("<img src=x onerror=alert(1)>")
                         << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::addRow("control") << QByteArray("a\0b\x1b[31m", 8) << QStringLiteral("a\\0b\\x1b[31m");
    QTest::addRow("utf-8") << QByteArray("h\xc3\xa9llo") << QStringLiteral("h\u00e9llo");
    QTest::addRow("long") << QByteArray(100, 'z') << QString(64, u'z') + QStringLiteral("…");
}

void tst_TrafficModel::previewIsPlainText()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, preview);
    CaptureStore store;
    store.appendAt(StartNs, StartNs, EventKind::Data, Direction::Inbound, Session1, 7, payload);
    TrafficModel model(&store);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TrafficModel::PreviewColumn).data().userType(), QMetaType::QString);
    QCOMPARE(cell(model, 0, TrafficModel::PreviewColumn), preview);
    QCOMPARE(cell(model, 0, TrafficModel::SizeColumn), QLocale().toString(payload.size()));
}

void tst_TrafficModel::timeFormats()
{
    CaptureStore store;
    store.describeSession(SessionInfo { Session1, SessionRole::Client, QStringLiteral("Client"), StartNs });
    const qint64 when = StartNs + 12'345'678'901;
    store.appendAt(when, when, EventKind::Data, Direction::Inbound, Session1, 7, "x");
    TrafficModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.timeFormat(), TrafficModel::TimeFormat::Absolute);
    const QString expected
        = QDateTime::fromMSecsSinceEpoch(when / 1000000).toString(QStringLiteral("HH:mm:ss"))
        + QStringLiteral(".345678");
    QCOMPARE(cell(model, 0, TrafficModel::TimeColumn), expected);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeFormat(TrafficModel::TimeFormat::Relative);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0, TrafficModel::TimeColumn), QStringLiteral("+12.345678"));
}

void tst_TrafficModel::find_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<int>("expected");
    // Data rows with "alpha": 2, 3; "gamma": 5 ("beta gamma"), 6.
    QTest::addRow("forward from start") << QByteArray("alpha") << -1 << true << 2;
    QTest::addRow("forward next") << QByteArray("alpha") << 2 << true << 3;
    QTest::addRow("forward wraps") << QByteArray("alpha") << 3 << true << 2;
    QTest::addRow("backward") << QByteArray("gamma") << 6 << false << 5;
    QTest::addRow("backward wraps") << QByteArray("gamma") << 5 << false << 6;
    QTest::addRow("backward from end") << QByteArray("alpha") << -1 << false << 3;
    QTest::addRow("only itself") << QByteArray("beta") << 5 << true << 5;
    QTest::addRow("none") << QByteArray("delta") << 0 << true << -1;
    QTest::addRow("not in lifecycle text") << QByteArray("reset") << 0 << true << -1;
}

void tst_TrafficModel::find()
{
    QFETCH(QByteArray, needle);
    QFETCH(int, from);
    QFETCH(bool, forward);
    QFETCH(int, expected);
    CaptureStore store;
    fill(store);
    TrafficModel model(&store);
    QCOMPARE(model.find(needle, from, forward), expected);
    QVERIFY(!model.findWasCut());
}

void tst_TrafficModel::clearHidesWhatWasRecorded()
{
    CaptureStore store;
    fill(store);
    TrafficModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 9);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.modelRow(3), -1);
    QCOMPARE(model.find("alpha", -1, true), -1);

    store.appendAt(StartNs, StartNs, EventKind::Data, Direction::Outbound, Session1, 7, "after");
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.captureRow(0), 9);
    QCOMPARE(cell(model, 0, TrafficModel::PreviewColumn), QStringLiteral("after"));

    // A filter applies to what is left after the clear.
    TrafficModel::Filter filter;
    filter.connectionId = 7;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
}

void tst_TrafficModel::bigBatchArrivesInFewInserts()
{
    constexpr int Events = 10000;
    CaptureStore store;
    TrafficModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy batches(&model, &TrafficModel::rowsBatchAppended);
    for (int i = 0; i < Events; ++i) {
        const qint64 t = StartNs + i;
        store.appendAt(t, t, EventKind::Data, i % 2 ? Direction::Inbound : Direction::Outbound, Session1, 7,
            QByteArray::number(i));
    }
    QTRY_COMPARE(model.rowCount(), Events);
    QVERIFY2(inserted.count() <= 5, qPrintable(QString::number(inserted.count())));
    QCOMPARE(batches.count(), inserted.count());
    QCOMPARE(batches.last().at(1).toInt(), Events - 1);
    QCOMPARE(cell(model, Events - 1, TrafficModel::PreviewColumn), QString::number(Events - 1));
    QCOMPARE(model.find("9999", 0, true), Events - 1);
}

void tst_TrafficModel::rowMapping()
{
    CaptureStore store;
    fill(store);
    TrafficModel model(&store);
    QCOMPARE(model.captureRow(4), 4);
    QCOMPARE(model.captureRow(9), -1);
    QCOMPARE(model.captureRow(-1), -1);
    QCOMPARE(model.modelRow(8), 8);
    TrafficModel::Filter filter;
    filter.connectionId = 8;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.modelRow(5), 1);
    QCOMPARE(model.modelRow(6), -1);
    QCOMPARE(model.captureRow(2), 8);
    QCOMPARE(model.index(1, 0).data(TrafficModel::CaptureRowRole).toLongLong(), 5);
}

void tst_TrafficModel::multiDataAnswersAsData()
{
    // The traffic table's delegate asks every role of a cell at once: each answer must be data()'s, for
    // every kind of row, every column and the roles a view and the delegate ask for.
    CaptureStore store;
    fill(store);
    TrafficModel model(&store);
    model.setTimeFormat(TrafficModel::TimeFormat::Relative);
    const QList<int> roles { Qt::DisplayRole, Qt::TextAlignmentRole, Qt::ForegroundRole, Qt::FontRole,
        Qt::ToolTipRole, Qt::DecorationRole, Qt::CheckStateRole, Qt::BackgroundRole, Qt::UserRole,
        TrafficModel::CaptureRowRole, TrafficModel::DirectionRole, TrafficModel::EventKindRole,
        TrafficModel::ConnectionIdRole };
    QCOMPARE(model.rowCount(), 9);
    int answered = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < TrafficModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            if (column == TrafficModel::PreviewColumn)
                (void)cell(model, row, column); // its head read back, so both answers see the same
            std::vector<QModelRoleData> asked;
            for (int role : roles)
                asked.emplace_back(role);
            index.multiData(asked);
            for (size_t i = 0; i < asked.size(); ++i) {
                const QVariant expected = index.data(roles[int(i)]);
                QVERIFY2(asked[i].data() == expected,
                    qPrintable(QStringLiteral("row %1 column %2 role %3: %4, not %5")
                                   .arg(row)
                                   .arg(column)
                                   .arg(roles[int(i)])
                                   .arg(asked[i].data().toString(), expected.toString())));
                answered += expected.isValid();
            }
        }
    }
    QVERIFY(answered > 9 * TrafficModel::ColumnCount * 3); // text, raw row and kind at least, everywhere
    // Out of range: nothing, as data() says.
    std::vector<QModelRoleData> none { QModelRoleData(Qt::DisplayRole),
        QModelRoleData(TrafficModel::CaptureRowRole) };
    none[0].setData(QStringLiteral("stale"));
    model.multiData(QModelIndex(), none);
    QVERIFY(!none[0].data().isValid());
    QVERIFY(!none[1].data().isValid());
}

void tst_TrafficModel::rowNumbersPastIntMax()
{
    // A capture numbers its rows in qint64 (up to 2^32): rows past INT_MAX map to the right model rows and
    // show their own events. The store starts numbering just below the edge (no test can append 2^31 rows).
    CaptureStore store(CaptureStore::InMemory);
    const qint64 start = qint64(INT_MAX) - 2;
    store.startAtRow(start);
    QCOMPARE(store.count(), start);
    TrafficModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // what the store never held is not shown
    for (int i = 0; i < 6; ++i)
        QCOMPARE(store.appendAt(StartNs + i, StartNs + i, EventKind::Data, Direction::Inbound, Session1, 7,
                     "row " + QByteArray::number(i)),
            start + i);
    QTRY_COMPARE(model.rowCount(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(model.captureRow(i), start + i);
        QCOMPARE(model.modelRow(start + i), i);
        QCOMPARE(model.index(i, 0).data(TrafficModel::CaptureRowRole).toLongLong(), start + i);
        QCOMPARE(cell(model, i, TrafficModel::PreviewColumn), QStringLiteral("row %1").arg(i));
    }
    QCOMPARE(model.modelRow(start - 1), -1);
    QCOMPARE(model.find("row 4", 0, true), 4);
}

void tst_TrafficModel::capTrimsTheOldestRows_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::addRow("every row") << false;
    QTest::addRow("inbound rows") << true;
}

void tst_TrafficModel::capTrimsTheOldestRows()
{
    // A table counts rows in int and views lay them out in int pixels: past its cap the oldest rows leave
    // the table, an eighth of the cap at a time, the newest stay, and the model says how many went.
    QFETCH(bool, filtered);
    CaptureStore store(CaptureStore::InMemory);
    TrafficModel model(&store);
    model.setMaxRows(80); // keeps 70 once trimmed
    QCOMPARE(model.maxRows(), 80);
    if (filtered) {
        TrafficModel::Filter filter;
        filter.outbound = false;
        model.setFilter(filter);
    }
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int highest = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
        [&] { highest = std::max(highest, model.rowCount()); });
    qint64 appended = 0;
    // Every other event inbound: filtered, half the capture's rows are the table's.
    auto append = [&](int events) {
        for (int i = 0; i < events; ++i, ++appended)
            store.appendAt(StartNs + appended, StartNs + appended, EventKind::Data,
                appended % 2 ? Direction::Inbound : Direction::Outbound, Session1, 7,
                QByteArray::number(appended));
    };
    const int perRow = filtered ? 2 : 1;
    const auto newest = [&](int row) { return appended - 1 - qint64(row) * perRow; }; // the last is inbound
    append(60 * perRow);
    QTRY_COMPARE(model.rowCount(), 60);
    QCOMPARE(model.trimmedRowCount(), 0);
    // 30 more: past 80, so the oldest go first, down to 70 with the new ones.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    append(30 * perRow);
    QTRY_COMPARE(model.rowCount(), 70);
    QCOMPARE(model.trimmedRowCount(), 20);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 19);
    QCOMPARE(model.captureRow(69), newest(0));
    QCOMPARE(model.captureRow(0), newest(69));
    QCOMPARE(model.modelRow(newest(70)), -1); // gone from the table
    QVERIFY(store.isRowKept(newest(70))); // not from the capture
    QCOMPARE(cell(model, 69, TrafficModel::PreviewColumn), QString::number(appended - 1));
    // A batch larger than the table itself: it starts again with the newest 70.
    append(500 * perRow);
    QTRY_COMPARE(model.captureRow(69), newest(0));
    QCOMPARE(model.rowCount(), 70);
    QCOMPARE(model.captureRow(0), newest(69));
    QCOMPARE(model.trimmedRowCount(), 20 + 70 + 430);
    QVERIFY2(highest <= 80, qPrintable(QString::number(highest)));
    // Rebuilt (the filter changes): the cap holds, and the count is what the new table left out.
    TrafficModel::Filter inboundOnly; // from inbound only to every row, or from every row to inbound only
    inboundOnly.outbound = false;
    model.setFilter(filtered ? TrafficModel::Filter {} : inboundOnly);
    const int shown = model.rowCount();
    QVERIFY2(shown >= 70 && shown <= 80, qPrintable(QString::number(shown)));
    const qint64 matchingNow = filtered ? appended : appended / 2;
    QCOMPARE(model.trimmedRowCount(), matchingNow - shown);
    QCOMPARE(model.captureRow(shown - 1), appended - 1);
    // Clearing hides everything: nothing is left out any more, as far as the count goes.
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.trimmedRowCount(), 0);
}

QTEST_MAIN(tst_TrafficModel)
#include "tst_trafficmodel.moc"
