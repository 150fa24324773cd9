#include "loopbackpair.h"
#include "memorystream.h"

#include <QTest>

using namespace Sockbench;
using namespace Sockbench::Test;

namespace {

/// Everything one end saw, in order, as short tags ("data", "peerHalfClosed", "error", "closed").
struct EventLog
{
    QStringList events;
    QList<QByteArray> chunks;
    QByteArray bytes;
    QString errorMessage;
    qint64 written = 0;

    explicit EventLog(ByteStream *stream)
    {
        QObject::connect(stream, &ByteStream::received, stream, [this](const QByteArray &chunk) {
            chunks.append(chunk);
            bytes += chunk;
            if (events.isEmpty() || events.last() != QLatin1String("data"))
                events.append(QStringLiteral("data"));
        });
        QObject::connect(
            stream, &ByteStream::bytesWritten, stream, [this](qint64 count) { written += count; });
        QObject::connect(stream, &ByteStream::peerHalfClosed, stream,
            [this] { events.append(QStringLiteral("peerHalfClosed")); });
        QObject::connect(stream, &ByteStream::writeShutDown, stream,
            [this] { events.append(QStringLiteral("writeShutDown")); });
        QObject::connect(
            stream, &ByteStream::errorOccurred, stream, [this](StreamError, const QString &message) {
                events.append(QStringLiteral("error"));
                errorMessage = message;
            });
        QObject::connect(
            stream, &ByteStream::closed, stream, [this] { events.append(QStringLiteral("closed")); });
    }
};

} // namespace

class tst_MemoryStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints();
    void deliveryIsNeverInsideWrite();
    void orderAndChunking_data();
    void orderAndChunking();
    void bytesWrittenReported();
    void pauseHoldsBytesAndHalfClose();
    void halfCloseBothWays();
    void writeAfterShutdownIsRefused();
    void closeDeliversQueuedBytes();
    void abortResetsPeer();
    void abortDropsUndeliveredBytes();
    void writeToClosedPeerFails();
    void destroyedEndLooksClosed();
};

void tst_MemoryStream::endpoints()
{
    QObject owner;
    const MemoryStreamPair first = MemoryStream::createPair(&owner);
    const MemoryStreamPair second = MemoryStream::createPair(&owner);
    QCOMPARE(first.client->peerEndpoint(), first.server->localEndpoint());
    QCOMPARE(first.server->peerEndpoint(), first.client->localEndpoint());
    QCOMPARE(first.client->localEndpoint().address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(first.client->localEndpoint().port != 0);
    QVERIFY(first.client->localEndpoint().port != first.server->localEndpoint().port);
    QVERIFY(!(second.client->localEndpoint() == first.client->localEndpoint()));
    QVERIFY(first.client->localEndpoint().toString().startsWith(QLatin1String("127.0.0.1:")));
    QCOMPARE(first.client->peer(), first.server);
    QVERIFY(first.client->isOpen() && first.client->isReadOpen() && first.client->isWriteOpen());
}

void tst_MemoryStream::deliveryIsNeverInsideWrite()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    EventLog atServer(pair.server);
    QVERIFY(pair.client->write("hello"));
    QVERIFY(atServer.bytes.isEmpty());
    QTRY_COMPARE(atServer.bytes, QByteArray("hello"));
}

void tst_MemoryStream::orderAndChunking_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<int>("writes");
    QTest::addColumn<int>("writeSize");
    QTest::addRow("chunks of 1") << 1 << 5 << 13;
    QTest::addRow("chunks of 3") << 3 << 7 << 100;
    QTest::addRow("chunks of 7") << 7 << 3 << 1000;
    QTest::addRow("chunks of 4096, many writes") << 4096 << 50 << 999;
    QTest::addRow("default chunks, 1 MiB") << 0 << 4 << 256 * 1024;
}

void tst_MemoryStream::orderAndChunking()
{
    QFETCH(int, chunkSize);
    QFETCH(int, writes);
    QFETCH(int, writeSize);
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    if (chunkSize > 0)
        pair.server->setChunkSize(chunkSize);
    EventLog atServer(pair.server);
    QByteArray expected;
    for (int i = 0; i < writes; ++i) {
        const QByteArray piece = pattern(writeSize, i + 1);
        expected += piece;
        QVERIFY(pair.client->write(piece));
    }
    QTRY_COMPARE_WITH_TIMEOUT(atServer.bytes.size(), expected.size(), 20000);
    QCOMPARE(atServer.bytes, expected);
    const int limit = pair.server->chunkSize();
    for (const QByteArray &chunk : std::as_const(atServer.chunks))
        QVERIFY(chunk.size() >= 1 && chunk.size() <= limit);
    QVERIFY(atServer.chunks.size() >= (expected.size() + limit - 1) / limit);
    QCOMPARE(pair.server->pendingIncoming(), 0);
}

void tst_MemoryStream::bytesWrittenReported()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    EventLog atClient(pair.client);
    pair.client->write("abc");
    pair.client->write("defg");
    QCOMPARE(pair.client->bytesToWrite(), 7);
    QTRY_COMPARE(atClient.written, 7);
    QCOMPARE(pair.client->bytesToWrite(), 0);
}

void tst_MemoryStream::pauseHoldsBytesAndHalfClose()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    pair.server->setChunkSize(2);
    EventLog atServer(pair.server);
    pair.server->setReadPaused(true);
    QVERIFY(pair.server->isReadPaused());
    pair.client->write("held back");
    pair.client->shutdownWrite();
    // Delivery is by posted events; a few turns are plenty to show that nothing gets through.
    QTest::qWait(50);
    QVERIFY(atServer.events.isEmpty());
    QCOMPARE(pair.server->pendingIncoming(), 9);
    QVERIFY(pair.server->isReadOpen());

    pair.server->setReadPaused(false);
    QTRY_VERIFY(atServer.events.contains(QLatin1String("peerHalfClosed")));
    QCOMPARE(atServer.bytes, QByteArray("held back"));
    QCOMPARE(atServer.events, QStringList({ QStringLiteral("data"), QStringLiteral("peerHalfClosed") }));
}

void tst_MemoryStream::halfCloseBothWays()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    pair.server->setChunkSize(3);
    EventLog atServer(pair.server);
    EventLog atClient(pair.client);

    pair.client->write("request");
    pair.client->shutdownWrite();
    QVERIFY(!pair.client->isWriteOpen());
    QTRY_VERIFY(atServer.events.contains(QLatin1String("peerHalfClosed")));
    QCOMPARE(atServer.bytes, QByteArray("request"));
    QTRY_VERIFY(atClient.events.contains(QLatin1String("writeShutDown")));
    QVERIFY(!pair.server->isReadOpen());
    // The answer still flows after the client's end of input.
    QVERIFY(pair.server->write("answer"));
    pair.server->shutdownWrite();
    QTRY_VERIFY(atClient.events.contains(QLatin1String("closed")));
    QTRY_VERIFY(atServer.events.contains(QLatin1String("closed")));
    QCOMPARE(atClient.bytes, QByteArray("answer"));
    QVERIFY(!atClient.events.contains(QLatin1String("error")));
    QVERIFY(!atServer.events.contains(QLatin1String("error")));
    QCOMPARE(pair.client->error(), StreamError::None);
}

void tst_MemoryStream::writeAfterShutdownIsRefused()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    pair.client->shutdownWrite();
    QVERIFY(!pair.client->write("no"));
    QCOMPARE(pair.client->bytesToWrite(), 0);
}

void tst_MemoryStream::closeDeliversQueuedBytes()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    pair.server->setChunkSize(7);
    EventLog atServer(pair.server);
    EventLog atClient(pair.client);
    const QByteArray data = pattern(1000, 9);
    pair.client->write(data);
    pair.client->close();
    QVERIFY(!pair.client->isWriteOpen());
    QVERIFY(!pair.client->write("late"));
    QTRY_VERIFY(atServer.events.contains(QLatin1String("peerHalfClosed")));
    QCOMPARE(atServer.bytes, data);
    QTRY_VERIFY(pair.client->state() == ByteStream::State::Closed);
    QCOMPARE(atClient.events, QStringList { QStringLiteral("closed") });
}

void tst_MemoryStream::abortResetsPeer()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    EventLog atServer(pair.server);
    EventLog atClient(pair.client);
    QSignalSpy errors(pair.server, &ByteStream::errorOccurred);
    QVERIFY(errors.isValid());

    pair.client->abort();
    QCOMPARE(pair.client->state(), ByteStream::State::Closed);
    QCOMPARE(atClient.events, QStringList { QStringLiteral("closed") });
    QTRY_VERIFY(atServer.events.contains(QLatin1String("closed")));
    QCOMPARE(atServer.events, QStringList({ QStringLiteral("error"), QStringLiteral("closed") }));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().at(0).value<StreamError>(), StreamError::ConnectionReset);
    QCOMPARE(atServer.errorMessage, QStringLiteral("connection reset by peer"));
    QCOMPARE(pair.server->error(), StreamError::ConnectionReset);
}

void tst_MemoryStream::abortDropsUndeliveredBytes()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    EventLog atServer(pair.server);
    pair.server->setReadPaused(true);
    pair.client->write("never seen");
    QTest::qWait(20);
    pair.client->abort();
    QCOMPARE(pair.client->bytesToWrite(), 0);
    // The reset reaches a paused end too: the connection is gone whether or not anyone reads.
    QTRY_VERIFY(atServer.events.contains(QLatin1String("closed")));
    QVERIFY(atServer.bytes.isEmpty());
    QCOMPARE(pair.server->error(), StreamError::ConnectionReset);
}

void tst_MemoryStream::writeToClosedPeerFails()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    EventLog atClient(pair.client);
    pair.server->close();
    QTRY_VERIFY(atClient.events.contains(QLatin1String("peerHalfClosed")));
    QVERIFY(pair.client->write("anyone there?"));
    QTRY_VERIFY(atClient.events.contains(QLatin1String("closed")));
    QCOMPARE(pair.client->error(), StreamError::ConnectionReset);
    QCOMPARE(atClient.events.last(), QStringLiteral("closed"));
    QVERIFY(atClient.events.contains(QLatin1String("error")));
}

void tst_MemoryStream::destroyedEndLooksClosed()
{
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    EventLog atClient(pair.client);
    pair.server->write("last words");
    delete pair.server;
    QVERIFY(!pair.client->peer());
    QTRY_VERIFY(atClient.events.contains(QLatin1String("peerHalfClosed")));
    QCOMPARE(atClient.bytes, QByteArray("last words"));
    QVERIFY(pair.client->isWriteOpen());
}

QTEST_GUILESS_MAIN(tst_MemoryStream)
#include "tst_memorystream.moc"
