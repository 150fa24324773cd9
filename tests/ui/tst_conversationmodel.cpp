#include "models/conversationmodel.h"

#include "capture/capturestore.h"
#include "codec/byteformat.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Sockbench;

class tst_ConversationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothDirectionsInOrder();
    void mergesConsecutiveChunks();
    void rendersHexdump();
    void capsLongRows();
    void noConnectionNoRows();
};

namespace {

constexpr qint64 StartNs = 1'700'000'000'000'000'000;

void add(CaptureStore &store, quint32 connection, Direction direction, const QByteArray &payload)
{
    store.appendAt(StartNs, StartNs, EventKind::Data, direction, 1, connection, payload);
}

} // namespace

void tst_ConversationModel::bothDirectionsInOrder()
{
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    QVERIFY(server->listen(options));
    ClientSession *client = workbench.createClient();
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), server->listenEndpoint().port, 5000 });
    QTRY_COMPARE(client->state(), ClientSession::State::Connected);
    Connection *connection = client->currentConnection();

    ConversationModel model(workbench.capture());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(connection->id());
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(connection->send("ping\n"));
    QTRY_COMPARE(connection->bytesReceived(), 5);
    QVERIFY(connection->send("<b>pong</b>"));
    QTRY_COMPARE(connection->bytesReceived(), 16);
    QTRY_COMPARE(model.rowCount(), 4);

    const QList<Direction> directions { Direction::Outbound, Direction::Inbound, Direction::Outbound,
        Direction::Inbound };
    const QStringList texts { QStringLiteral("ping\\n"), QStringLiteral("ping\\n"),
        QStringLiteral("<b>pong</b>"), QStringLiteral("<b>pong</b>") };
    for (int row = 0; row < 4; ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(ConversationModel::DirectionRole).toInt(), int(directions.at(row)));
        QCOMPARE(index.data().toString(), texts.at(row));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("bytes")));
    }
    QCOMPARE(model.index(2).data(ConversationModel::PayloadRole).toByteArray(), QByteArray("<b>pong</b>"));
    QVERIFY(model.index(0).data(ConversationModel::CaptureRowRole).toLongLong()
        < model.index(1).data(ConversationModel::CaptureRowRole).toLongLong());

    // The server's side of the same exchange reads the other way round.
    model.setConnection(server->connections().first()->id());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0).data(ConversationModel::DirectionRole).toInt(), int(Direction::Inbound));
}

void tst_ConversationModel::mergesConsecutiveChunks()
{
    CaptureStore store;
    add(store, 7, Direction::Outbound, "GET / HTTP/1.1\r\n");
    add(store, 8, Direction::Outbound, "other connection");
    add(store, 7, Direction::Outbound, "Host: x\r\n\r\n");
    add(store, 7, Direction::Inbound, "HTTP/1.1 200 OK\r\n");
    ConversationModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(7);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ConversationModel::PayloadRole).toByteArray(),
        QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    QCOMPARE(model.index(0).data().toString(),
        ByteFormat::toVisibleText("GET / HTTP/1.1\r\nHost: x\r\n\r", ByteFormat::LineBreaks::Keep)
            + QStringLiteral("\\n"));

    // A later chunk in the same direction as the last row joins it; the other direction starts a row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    add(store, 7, Direction::Inbound, "Content-Length: 0\r\n");
    add(store, 7, Direction::Outbound, "bye");
    add(store, 7, Direction::Outbound, "!");
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1).data(ConversationModel::PayloadRole).toByteArray(),
        QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("bye!"));
    QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(QLatin1String("2 chunk")));
}

void tst_ConversationModel::rendersHexdump()
{
    CaptureStore store;
    const QByteArray first(20, 'a');
    const QByteArray second("\x00\x01\x02", 3);
    add(store, 7, Direction::Inbound, first);
    add(store, 7, Direction::Outbound, "x");
    add(store, 7, Direction::Inbound, second);
    ConversationModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(7);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("\\0\\x01\\x02"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRendering(ConversationModel::Rendering::Hexdump);
    QCOMPARE(changed.count(), 1);
    // Offsets count along each direction's stream, like hexdump -s.
    QString expected = ByteFormat::toHexdump(second, first.size());
    expected.chop(1);
    QCOMPARE(model.index(2).data().toString(), expected);
    QVERIFY(expected.startsWith(QLatin1String("00000014")));
}

void tst_ConversationModel::capsLongRows()
{
    CaptureStore store;
    const qint64 size = ConversationModel::DisplayLimit + 1000;
    add(store, 7, Direction::Inbound, QByteArray(size, 'q'));
    add(store, 7, Direction::Inbound, "tail");
    ConversationModel model(&store);
    model.setConnection(7);
    // A chunk beyond the merge limit stays alone, and the next one does not join it.
    QCOMPARE(model.rowCount(), 2);
    const QString text = model.index(0).data().toString();
    QVERIFY(text.startsWith(QString(int(ConversationModel::DisplayLimit), u'q') + QLatin1Char('\n')));
    QVERIFY2(
        text.endsWith(QLocale().toString(1000) + QLatin1String(" more bytes")), qPrintable(text.right(40)));
    QCOMPARE(model.index(0).data(ConversationModel::PayloadRole).toByteArray().size(), size);
}

void tst_ConversationModel::noConnectionNoRows()
{
    CaptureStore store;
    add(store, 7, Direction::Inbound, "x");
    ConversationModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setConnection(7);
    QCOMPARE(model.rowCount(), 1);
    model.setConnection(0);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy appended(&store, &CaptureStore::rowsAppended);
    add(store, 7, Direction::Inbound, "y");
    QVERIFY(appended.wait());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ConversationModel)
#include "tst_conversationmodel.moc"
