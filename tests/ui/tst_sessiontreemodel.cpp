#include "models/sessiontreemodel.h"

#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Sockbench;

class tst_SessionTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsForSessionsAndConnections();
    void existingSessionsAreListed();
    void countsAndRatesUpdate();
    void idleTicksLeaveCountersAlone();
    void stillModelAnnouncesNothingAndStopsSampling();
    void stateChangesAreAnnounced();
    void prunedConnectionIsRemoved();
    void removedSessionIsRemoved();
    void deletedWorkbenchLeavesNoRows();
    void refusedClientSaysSo();
    void sizesUsePluralForms();
    void halfClosedIsOneWord();
    void stoppedServerSaysSo();
    void everyStatusHasAWordAndADot();
};

namespace {

// Stands in for the English .qm: one plural rule, singular for 1, so the test does not need lupdate to run.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        if (qstrcmp(context, "Sockbench::SessionTreeModel") != 0 || qstrcmp(sourceText, "%n byte(s)") != 0)
            return {};
        return n == 1 ? QStringLiteral("%n byte") : QStringLiteral("%n bytes");
    }
    bool isEmpty() const override { return false; }
};

ServerSession *echoServer(Workbench &workbench)
{
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    return server->listen(options) ? server : nullptr;
}

ClientSession *connectedClient(Workbench &workbench, quint16 port)
{
    ClientSession *client = workbench.createClient();
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), port, 5000 });
    const bool ok
        = QTest::qWaitFor([client] { return client->state() == ClientSession::State::Connected; }, 5000);
    return ok ? client : nullptr;
}

QString text(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

} // namespace

void tst_SessionTreeModel::rowsForSessionsAndConnections()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex serverIndex = model.indexOfSession(server);
    QCOMPARE(serverIndex.row(), 0);
    QCOMPARE(text(serverIndex, SessionTreeModel::NameColumn), server->name());
    QVERIFY(server->name().startsWith(QLatin1String("Echo server 127.0.0.1:")));
    QCOMPARE(text(serverIndex, SessionTreeModel::StateColumn), QStringLiteral("listening"));
    QCOMPARE(text(serverIndex, SessionTreeModel::LocalColumn), server->listenEndpoint().toString());
    QVERIFY(!serverIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(serverIndex.data(SessionTreeModel::IsOpenRole).toBool());
    QCOMPARE(serverIndex.data(SessionTreeModel::SessionIdRole).toUInt(), server->id());
    QCOMPARE(model.sessionAt(serverIndex), server);
    QCOMPARE(model.connectionAt(serverIndex), nullptr);

    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex clientIndex = model.indexOfSession(client);
    QCOMPARE(clientIndex.row(), 1);
    QCOMPARE(text(clientIndex, SessionTreeModel::StateColumn), QStringLiteral("connected"));
    QCOMPARE(text(clientIndex, SessionTreeModel::PeerColumn), server->listenEndpoint().toString());
    QCOMPARE(model.rowCount(clientIndex), 1);
    QTRY_COMPARE(model.rowCount(serverIndex), 1);

    Connection *accepted = server->connections().first();
    const QModelIndex acceptedIndex = model.indexOfConnection(accepted);
    QVERIFY(acceptedIndex.isValid());
    QCOMPARE(acceptedIndex.parent(), serverIndex);
    QCOMPARE(model.connectionAt(acceptedIndex), accepted);
    QCOMPARE(model.sessionAt(acceptedIndex), server);
    QCOMPARE(acceptedIndex.data(SessionTreeModel::ConnectionIdRole).toUInt(), accepted->id());
    QCOMPARE(text(acceptedIndex, SessionTreeModel::NameColumn),
        QStringLiteral("#%1 %2").arg(accepted->id()).arg(accepted->peerEndpoint().toString()));
    QCOMPARE(text(acceptedIndex, SessionTreeModel::StateColumn), QStringLiteral("connected"));
    QCOMPARE(text(acceptedIndex, SessionTreeModel::PeerColumn), accepted->peerEndpoint().toString());
    QVERIFY(text(acceptedIndex, SessionTreeModel::NameColumn, Qt::ToolTipRole)
                .contains(QLatin1String("connected")));
    QVERIFY(!acceptedIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(acceptedIndex.data(SessionTreeModel::IsOpenRole).toBool());
    const QRegularExpression seconds(QStringLiteral("^\\d+ s$"));
    QVERIFY(seconds.match(text(acceptedIndex, SessionTreeModel::AgeColumn)).hasMatch());

    // The client half-closes: the server's side sees it, then echo finishes and both close.
    client->currentConnection()->shutdownWrite();
    QTRY_COMPARE(
        text(model.indexOfConnection(accepted), SessionTreeModel::StateColumn), QStringLiteral("closed"));
    QVERIFY(!model.indexOfConnection(accepted).data(SessionTreeModel::IsOpenRole).toBool());
    QTRY_COMPARE(text(model.indexOfSession(client), SessionTreeModel::StateColumn), QStringLiteral("closed"));
}

void tst_SessionTreeModel::existingSessionsAreListed()
{
    Workbench workbench;
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->connections().size(), 1);

    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.indexOfSession(server)), 1);
    QCOMPARE(model.rowCount(model.indexOfSession(client)), 1);
    QVERIFY(model.indexOfConnection(client->currentConnection()).isValid());
}

void tst_SessionTreeModel::countsAndRatesUpdate()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    model.setSampleInterval(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->connections().size(), 1);

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // Watch the rate the view would read at each refresh: it must rise while bytes move.
    double highestRate = 0;
    const QPersistentModelIndex watched = model.indexOfConnection(client->currentConnection());
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] {
        highestRate = std::max(highestRate,
            watched.sibling(watched.row(), SessionTreeModel::RateColumn).data(Qt::UserRole).toDouble());
    });
    const QByteArray message(3000, 'x');
    QVERIFY(client->currentConnection()->send(message));
    QTRY_COMPARE(client->currentConnection()->bytesReceived(), message.size());

    const QModelIndex clientConnection = model.indexOfConnection(client->currentConnection());
    const QModelIndex serverConnection = model.indexOfConnection(server->connections().first());
    const auto raw = [](const QModelIndex &index, int column) {
        return index.siblingAtColumn(column).data(Qt::UserRole).toLongLong();
    };
    QCOMPARE(raw(clientConnection, SessionTreeModel::BytesOutColumn), message.size());
    QCOMPARE(raw(clientConnection, SessionTreeModel::BytesInColumn), message.size());
    QCOMPARE(raw(serverConnection, SessionTreeModel::BytesInColumn), message.size());
    QCOMPARE(raw(serverConnection, SessionTreeModel::BytesOutColumn), message.size());
    QCOMPARE(raw(model.indexOfSession(server), SessionTreeModel::BytesInColumn), message.size());
    QCOMPARE(text(clientConnection, SessionTreeModel::BytesOutColumn),
        QLocale().formattedDataSize(message.size()));
    QCOMPARE(
        clientConnection.siblingAtColumn(SessionTreeModel::BytesInColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));

    // The sampler saw the bytes move: some rate is shown for the connection, then it drops back to zero.
    QTRY_VERIFY(highestRate > 0);
    QTRY_COMPARE(
        clientConnection.siblingAtColumn(SessionTreeModel::RateColumn).data(Qt::UserRole).toDouble(), 0.0);
    QVERIFY(text(clientConnection, SessionTreeModel::RateColumn).endsWith(QLatin1String("/s")));

    // The periodic refresh covers whole ranges of the numeric columns, never single cells.
    int ranges = 0;
    for (const QList<QVariant> &change : std::as_const(changes)) {
        const auto topLeft = change.at(0).value<QModelIndex>();
        const auto bottomRight = change.at(1).value<QModelIndex>();
        if (topLeft.column() == SessionTreeModel::BytesInColumn) {
            QCOMPARE(bottomRight.column(), int(SessionTreeModel::AgeColumn));
            ++ranges;
        }
    }
    QVERIFY(ranges >= 4);
}

void tst_SessionTreeModel::idleTicksLeaveCountersAlone()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    model.setSampleInterval(20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->connections().size(), 1);
    const QPersistentModelIndex connection = model.indexOfConnection(client->currentConnection());
    const QPersistentModelIndex session = model.indexOfSession(client);
    const auto rate = [&] {
        return QModelIndex(connection)
            .siblingAtColumn(SessionTreeModel::RateColumn)
            .data(Qt::UserRole)
            .toDouble();
    };
    // Only the Age column may change while nothing moves (it counts seconds).
    const auto countersTouched = [](const QSignalSpy &spy) {
        int touched = 0;
        for (const QList<QVariant> &change : spy) {
            if (change.at(0).value<QModelIndex>().column() != SessionTreeModel::AgeColumn)
                ++touched;
        }
        return touched;
    };
    const auto coversRow = [](const QSignalSpy &spy, const QModelIndex &index) {
        for (const QList<QVariant> &change : spy) {
            const auto topLeft = change.at(0).value<QModelIndex>();
            const auto bottomRight = change.at(1).value<QModelIndex>();
            if (topLeft.parent() == index.parent() && topLeft.column() == SessionTreeModel::BytesInColumn
                && topLeft.row() <= index.row() && bottomRight.row() >= index.row())
                return true;
        }
        return false;
    };

    // Let the connect's own ticks pass, then idle: several ticks, no counter or rate cell announced.
    QTest::qWait(100);
    QSignalSpy idle(&model, &QAbstractItemModel::dataChanged);
    QTest::qWait(300);
    QCOMPARE(countersTouched(idle), 0);

    // Bytes move: the next tick announces the connection's and its session's counters, and the rate shows.
    QSignalSpy moving(&model, &QAbstractItemModel::dataChanged);
    double highestRate = 0;
    connect(
        &model, &QAbstractItemModel::dataChanged, this, [&] { highestRate = std::max(highestRate, rate()); });
    QVERIFY(client->currentConnection()->send(QByteArray(2000, 'x')));
    QTRY_COMPARE(client->currentConnection()->bytesReceived(), 2000);
    QTRY_VERIFY(coversRow(moving, connection));
    QVERIFY(coversRow(moving, session));
    QTRY_VERIFY(highestRate > 0);
    // Then the rate decays to 0, announced, and the ticks after it are quiet again.
    QTRY_COMPARE(rate(), 0.0);
    QTest::qWait(100);
    QSignalSpy quietAgain(&model, &QAbstractItemModel::dataChanged);
    QTest::qWait(300);
    QCOMPARE(countersTouched(quietAgain), 0);
    QCOMPARE(QModelIndex(connection)
                 .siblingAtColumn(SessionTreeModel::BytesOutColumn)
                 .data(Qt::UserRole)
                 .toLongLong(),
        2000);
}

void tst_SessionTreeModel::stillModelAnnouncesNothingAndStopsSampling()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    model.setSampleInterval(20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->connections().size(), 1);

    // Once the connect's rows are sampled, the sampler stops: no timer wakes an idle window, and nothing at
    // all is announced, not even the Age cells (ages are computed when asked).
    QTRY_VERIFY(!model.isSampling());
    QTest::qWait(100); // the connect's state changes are announced within ~30 ms
    QSignalSpy still(&model, &QAbstractItemModel::dataChanged);
    QTest::qWait(300);
    QCOMPARE(still.count(), 0);
    QVERIFY(!model.isSampling());
    const QModelIndex connection = model.indexOfConnection(client->currentConnection());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+ s$"))
                .match(text(connection, SessionTreeModel::AgeColumn))
                .hasMatch());

    // Bytes move: the capture's new rows wake the sampler, which announces the counters and the rate, then
    // the rate's fall to 0, and stops again.
    QSignalSpy moving(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(client->currentConnection()->send(QByteArray(1000, 'x')));
    QTRY_VERIFY(model.isSampling());
    QTRY_COMPARE(
        connection.siblingAtColumn(SessionTreeModel::BytesOutColumn).data(Qt::UserRole).toLongLong(), 1000);
    QTRY_VERIFY(!model.isSampling());
    QVERIFY(moving.count() > 0);
    QCOMPARE(connection.siblingAtColumn(SessionTreeModel::RateColumn).data(Qt::UserRole).toDouble(), 0.0);
    QSignalSpy quietAgain(&model, &QAbstractItemModel::dataChanged);
    QTest::qWait(300);
    QCOMPARE(quietAgain.count(), 0);
}

void tst_SessionTreeModel::stateChangesAreAnnounced()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    server->setClosedConnectionRetention(10);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->connections().size(), 1);
    QTRY_VERIFY(!model.isSampling());

    // Without the sampler running, a connection's state change still reaches the view, for its own row.
    const QPersistentModelIndex accepted = model.indexOfConnection(server->connections().first());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const auto announcedState = [&] {
        for (const QList<QVariant> &change : std::as_const(changes)) {
            const auto topLeft = change.at(0).value<QModelIndex>();
            const auto bottomRight = change.at(1).value<QModelIndex>();
            if (topLeft.parent() == accepted.parent() && topLeft.row() <= accepted.row()
                && bottomRight.row() >= accepted.row() && topLeft.column() <= SessionTreeModel::StateColumn
                && bottomRight.column() >= SessionTreeModel::StateColumn)
                return true;
        }
        return false;
    };
    client->currentConnection()->shutdownWrite();
    QTRY_VERIFY(announcedState());
    QTRY_COMPARE(text(accepted, SessionTreeModel::StateColumn), QStringLiteral("closed"));
}

void tst_SessionTreeModel::prunedConnectionIsRemoved()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    server->setClosedConnectionRetention(0);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(model.rowCount(model.indexOfSession(server)), 1);
    QVERIFY(client->currentConnection()->send("12345"));
    QTRY_COMPARE(model.indexOfSession(server)
                     .siblingAtColumn(SessionTreeModel::BytesInColumn)
                     .data(Qt::UserRole)
                     .toLongLong(),
        5);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    client->disconnectFromHost();
    QTRY_COMPARE(model.rowCount(model.indexOfSession(server)), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<QModelIndex>(), model.indexOfSession(server));
    // The session's totals keep what its removed connections carried.
    QCOMPARE(model.indexOfSession(server)
                 .siblingAtColumn(SessionTreeModel::BytesInColumn)
                 .data(Qt::UserRole)
                 .toLongLong(),
        5);
    // After the deferred delete, nothing refers to the gone connection.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(model.rowCount(model.indexOfSession(server)), 0);
    QCOMPARE(model.rowCount(model.indexOfSession(client)), 1);
}

void tst_SessionTreeModel::removedSessionIsRemoved()
{
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QCOMPARE(model.rowCount(), 2);

    QPointer<ClientSession> watched(client);
    workbench.removeSession(client);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.indexOfSession(client).isValid());
    QCOMPARE(model.sessionAt(model.index(0, 0)), server);
    QTRY_VERIFY(watched.isNull());
    QCOMPARE(model.rowCount(), 1);

    workbench.removeSession(server);
    QCOMPARE(model.rowCount(), 0);
}

void tst_SessionTreeModel::deletedWorkbenchLeavesNoRows()
{
    auto workbench = std::make_unique<Workbench>();
    SessionTreeModel model(workbench.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(*workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(*workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(model.rowCount(model.indexOfSession(server)), 1);
    workbench.reset();
    QCOMPARE(model.rowCount(), 0);
}

void tst_SessionTreeModel::refusedClientSaysSo()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClientSession *client = workbench.createClient();
    QSignalSpy failed(client, &ClientSession::failed);
    client->connectTo(ClientOptions { QStringLiteral("127.0.0.1"), port, 5000 });
    QVERIFY(failed.wait(5000));
    const QModelIndex index = model.indexOfSession(client);
    // The column has the word; the reason, too long for a narrow tree, is in the tooltip.
    QCOMPARE(text(index, SessionTreeModel::StateColumn), QStringLiteral("failed"));
    QVERIFY(text(index, SessionTreeModel::StateColumn, Qt::ToolTipRole)
                .contains(QLatin1String("failed: connection refused")));
    QVERIFY(text(index, SessionTreeModel::NameColumn, Qt::ToolTipRole).contains(client->errorString()));
    QVERIFY(!index.data(SessionTreeModel::IsOpenRole).toBool());
    QCOMPARE(model.rowCount(index), 0);
}

void tst_SessionTreeModel::sizesUsePluralForms()
{
    // Without a translation the source text shows, which proves the count goes through %n.
    QCOMPARE(SessionTreeModel::sizeText(1), QStringLiteral("1 byte(s)"));

    EnglishPlurals english;
    QVERIFY(QCoreApplication::installTranslator(&english));
    QCOMPARE(SessionTreeModel::sizeText(0), QStringLiteral("0 bytes"));
    QCOMPARE(SessionTreeModel::sizeText(1), QStringLiteral("1 byte"));
    QCOMPARE(SessionTreeModel::sizeText(1023), QStringLiteral("1023 bytes"));
    // From 1 KiB on, QLocale's units stay.
    QCOMPARE(SessionTreeModel::sizeText(1536), QLocale().formattedDataSize(1536));

    // In the tree: a client that sent one byte reads "1 B" in the narrow number columns (the unit symbol, as
    // KiB above it), and "1 byte" in words in the tooltip.
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QVERIFY(client->currentConnection()->send(QByteArrayLiteral("x")));
    QTRY_COMPARE(client->currentConnection()->bytesReceived(), 1);
    const QModelIndex connection = model.indexOfConnection(client->currentConnection());
    QCOMPARE(text(connection, SessionTreeModel::BytesOutColumn), QStringLiteral("1 B"));
    QCOMPARE(text(connection, SessionTreeModel::BytesInColumn), QStringLiteral("1 B"));
    QCOMPARE(text(model.indexOfSession(client), SessionTreeModel::BytesOutColumn), QStringLiteral("1 B"));
    QVERIFY2(
        connection.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Received 1 byte, sent 1 byte")),
        qPrintable(connection.data(Qt::ToolTipRole).toString()));
    QCOMPARE(SessionTreeModel::cellSizeText(1023), QStringLiteral("1023 B"));
    QCOMPARE(SessionTreeModel::cellSizeText(1536), QLocale().formattedDataSize(1536));
    QVERIFY(QCoreApplication::removeTranslator(&english));
}

QTEST_MAIN(tst_SessionTreeModel)
void tst_SessionTreeModel::halfClosedIsOneWord()
{
    // A manual server keeps its side open: the client has closed its side, the server has seen it. The column
    // says one short word for both; the tooltip says which side.
    Workbench workbench;
    ServerSession *server = workbench.createServer();
    QVERIFY(server->listen(ServerOptions {}));
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->connections().size(), 1);
    SessionTreeModel model(&workbench);
    Connection *ours = client->currentConnection();
    Connection *theirs = server->connections().constFirst();
    ours->shutdownWrite();
    QTRY_COMPARE(
        text(model.indexOfConnection(theirs), SessionTreeModel::StateColumn), QStringLiteral("half-closed"));
    QCOMPARE(
        text(model.indexOfConnection(ours), SessionTreeModel::StateColumn), QStringLiteral("half-closed"));
    QVERIFY(text(model.indexOfConnection(theirs), SessionTreeModel::NameColumn, Qt::ToolTipRole)
                .contains(QLatin1String("peer closed its side")));
    QVERIFY(text(model.indexOfConnection(ours), SessionTreeModel::NameColumn, Qt::ToolTipRole)
                .contains(QLatin1String("we closed our side")));
}

void tst_SessionTreeModel::stoppedServerSaysSo()
{
    // Stopped with a connection kept: the word says it no longer listens, the row is still open, and the
    // tooltip says what the status means and what the server does.
    Workbench workbench;
    SessionTreeModel model(&workbench);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSession *server = echoServer(workbench);
    QVERIFY(server);
    ClientSession *client = connectedClient(workbench, server->listenEndpoint().port);
    QVERIFY(client);
    QTRY_COMPARE(server->openConnectionCount(), 1);
    server->stopAccepting();
    const QModelIndex index = model.indexOfSession(server);
    QCOMPARE(text(index, SessionTreeModel::StateColumn), QStringLiteral("not listening"));
    QVERIFY(index.data(SessionTreeModel::IsOpenRole).toBool());
    const QString tip = text(index, SessionTreeModel::NameColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLatin1String("State: not listening (accepts no new connections; open ones stay)")),
        qPrintable(tip));
    QVERIFY2(tip.contains(server->detail()), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Local: ") + server->listenEndpoint().toString()), qPrintable(tip));
    // Its last connection gone, it is not open any more.
    client->currentConnection()->abort();
    QTRY_VERIFY(!model.indexOfSession(server).data(SessionTreeModel::IsOpenRole).toBool());
}

void tst_SessionTreeModel::everyStatusHasAWordAndADot()
{
    QSet<QString> words;
    for (SessionStatus status : { SessionStatus::Idle, SessionStatus::Resolving, SessionStatus::Connecting,
             SessionStatus::Connected, SessionStatus::Listening, SessionStatus::Stopped,
             SessionStatus::Closed, SessionStatus::Failed }) {
        const SessionTreeModel::StatusStyle style = SessionTreeModel::statusStyle(status);
        QVERIFY2(!style.word.isEmpty(), sessionStatusKey(status).latin1());
        QVERIFY2(style.color.isValid(), sessionStatusKey(status).latin1());
        words.insert(style.word);
    }
    QCOMPARE(words.size(), 8); // no two statuses read the same
    QCOMPARE(SessionTreeModel::statusStyle(SessionStatus::Listening).word, QStringLiteral("listening"));
    QCOMPARE(SessionTreeModel::statusStyle(SessionStatus::Failed).word, QStringLiteral("failed"));
}

#include "tst_sessiontreemodel.moc"
