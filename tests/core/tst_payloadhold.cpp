// The capture without a spool (PayloadRetention::UntilReleased, the command line's): payloads are kept only
// until their readers release them, no file is ever created, and a journal that releases as it writes still
// writes exactly what it wrote over a spooled capture.

#include "capture/capturestore.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptjournal.h"
#include "transcriptsample.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Sockbench;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PayloadHold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsNoDataPayloadWithoutAReader();
    void keepsUntilEveryReaderReleases();
    void backpressureReleasesWhenAReaderCatchesUp();
    void journalWritesTheSameBytesAndReleases_data();
    void journalWritesTheSameBytesAndReleases();
    void floodThroughAJournalStaysBounded();

private:
    QTemporaryDir m_tmp; // TMPDIR of this test: nothing may appear in it
};

void tst_PayloadHold::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // QDir::tempPath() reads TMPDIR each time: a store that spooled would create its file here.
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_tmp.path()).canonicalPath());
}

void tst_PayloadHold::keepsNoDataPayloadWithoutAReader()
{
    CaptureStore store(PayloadRetention::UntilReleased);
    QVERIFY(store.isValid());
    QCOMPARE(store.payloadRetention(), PayloadRetention::UntilReleased);
    QVERIFY(store.spoolFilePath().isEmpty());
    const QByteArray mebibyte(1024 * 1024, 'x');
    store.append(EventKind::Accepted, Direction::None, 1, 1, "127.0.0.1:4242");
    for (int i = 0; i < 8; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, mebibyte);
    store.append(EventKind::Error, Direction::None, 1, 1, "connection reset by peer");
    QCOMPARE(store.count(), 10);
    // Counts and lifecycle only: the index and the details stay, no data payload is held.
    QCOMPARE(store.event(1).payloadSize, quint32(mebibyte.size()));
    QCOMPARE(store.totalPayloadBytes(), 8 * mebibyte.size() + 14 + 24);
    QCOMPARE(store.heldPayloadBytes(), 0);
    QVERIFY(!store.isPayloadAvailable(1));
    QCOMPARE(store.payload(1), QByteArray());
    QCOMPARE(store.payload(0), QByteArray("127.0.0.1:4242"));
    QCOMPARE(store.payload(9), QByteArray("connection reset by peer"));
    QVERIFY(store.isPayloadAvailable(9));
    QVERIFY(!store.isBackpressured());
    store.flush();
    QVERIFY2(QDir(m_tmp.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .isEmpty(),
        "a store without a spool created a file");
}

void tst_PayloadHold::keepsUntilEveryReaderReleases()
{
    CaptureStore store(PayloadRetention::UntilReleased);
    store.append(EventKind::Data, Direction::Inbound, 1, 1, "before any reader");
    const int transcript = store.addPayloadReader();
    const int log = store.addPayloadReader();
    QVERIFY(transcript != log);
    store.append(EventKind::Data, Direction::Inbound, 1, 1, "one");
    store.append(EventKind::Data, Direction::Outbound, 1, 1, "two!");
    store.append(EventKind::Data, Direction::Inbound, 1, 1, "three");
    QVERIFY(!store.isPayloadAvailable(0)); // nobody was there to read it
    QCOMPARE(store.payload(1), QByteArray("one"));
    QCOMPARE(store.payload(3, 1, 3), QByteArray("hre"));
    QCOMPARE(store.heldPayloadBytes(), 3 + 4 + 5);

    store.releasePayloads(transcript, 4); // the transcript wrote everything; --log has printed nothing
    QCOMPARE(store.payload(1), QByteArray("one"));
    QCOMPARE(store.heldPayloadBytes(), 12);
    store.releasePayloads(log, 3);
    QVERIFY(!store.isPayloadAvailable(1));
    QVERIFY(!store.isPayloadAvailable(2));
    QCOMPARE(store.payload(3), QByteArray("three"));
    QCOMPARE(store.heldPayloadBytes(), 5);
    store.releasePayloads(log, 2); // going back changes nothing
    QCOMPARE(store.heldPayloadBytes(), 5);
    store.releasePayloads(log, 4);
    QCOMPARE(store.heldPayloadBytes(), 0);
    QVERIFY(!store.isPayloadAvailable(3));
    QCOMPARE(store.event(3).payloadSize, quint32(5)); // the index row stays

    // A spooled store keeps everything whatever readers say.
    QTemporaryDir dir;
    CaptureStore spooled(dir.path());
    const int reader = spooled.addPayloadReader();
    spooled.append(EventKind::Data, Direction::Inbound, 1, 1, "kept");
    spooled.releasePayloads(reader, 1);
    spooled.flush();
    QCOMPARE(spooled.payload(0), QByteArray("kept"));
}

void tst_PayloadHold::backpressureReleasesWhenAReaderCatchesUp()
{
    CaptureStore store(PayloadRetention::UntilReleased);
    store.setBackpressureLimit(1024 * 1024);
    const int reader = store.addPayloadReader();
    QSignalSpy changes(&store, &CaptureStore::backpressureChanged);
    const QByteArray chunk(256 * 1024, 'y');
    for (int i = 0; i < 4; ++i)
        store.append(EventKind::Data, Direction::Inbound, 1, 1, chunk);
    QCOMPARE(changes.size(), 1);
    QVERIFY(store.isBackpressured());
    // Nothing is dropped while the reader lags: every payload is still there.
    for (qint64 row = 0; row < 4; ++row)
        QVERIFY(store.isPayloadAvailable(row));

    std::thread([&store, reader] { store.releasePayloads(reader, 3); }).join(); // 256 KiB left: below half
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 5000);
    QCOMPARE(changes.last().first().toBool(), false);
    QVERIFY(!store.isBackpressured());
    QCOMPARE(store.heldPayloadBytes(), chunk.size());
}

void tst_PayloadHold::journalWritesTheSameBytesAndReleases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("pcapng") << QStringLiteral("t.pcapng");
    QTest::addRow("jsonl") << QStringLiteral("t.jsonl");
    QTest::addRow("txt") << QStringLiteral("t.txt");
    QTest::addRow("hex") << QStringLiteral("t.hex");
}

void tst_PayloadHold::journalWritesTheSameBytesAndReleases()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The reference: a journal over a spooled capture, as the command line wrote them before.
    const QString spooledPath = dir.filePath(QStringLiteral("spooled-") + name);
    {
        CaptureStore spooled(dir.path());
        TranscriptJournal journal(&spooled, spooledPath);
        QVERIFY(journal.start(QStringLiteral("same")));
        Test::fillSample(spooled, false, 4);
        QVERIFY(journal.finish());
    }

    const QString heldPath = dir.filePath(QStringLiteral("held-") + name);
    CaptureStore held(PayloadRetention::UntilReleased);
    TranscriptJournal journal(&held, heldPath);
    journal.setPayloadReader(held.addPayloadReader());
    QVERIFY(journal.start(QStringLiteral("same")));
    Test::fillSample(held, false, 4);
    QVERIFY(held.heldPayloadBytes() > 200000); // the journal has not caught up yet: all of it is held
    QVERIFY(journal.finish());
    QCOMPARE(journal.rowsWritten(), held.count());
    QCOMPARE(held.heldPayloadBytes(), 0);
    qint64 dataRows = 0;
    for (qint64 row = 0; row < held.count(); ++row) {
        if (held.event(row).kind == EventKind::Data && held.event(row).payloadSize > 0) {
            QVERIFY2(!held.isPayloadAvailable(row), qPrintable(QString::number(row)));
            ++dataRows;
        }
    }
    QVERIFY(dataRows > 4);

    const QByteArray expected = fileBytes(spooledPath);
    QVERIFY(expected.size() > 200000);
    QVERIFY2(fileBytes(heldPath) == expected, "the transcript differs from the one written over a spool");
}

void tst_PayloadHold::floodThroughAJournalStaysBounded()
{
    // 200 MiB through a journal on its own thread, as `sockbench connect --transcript` runs it: the producer
    // stops at backpressure like a Connection, the journal releases what it wrote, and memory stays bounded.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("flood.pcapng"));
    constexpr qint64 Limit = 16 * 1024 * 1024;
    constexpr int ChunkSize = 256 * 1024;
    constexpr int Chunks = 800; // 200 MiB
    CaptureStore store(PayloadRetention::UntilReleased);
    store.setBackpressureLimit(Limit);
    store.setNotifyInterval(5);
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("Client"), 1 });
    store.describeConnection(ConnectionInfo { 1, 1, Endpoint { QHostAddress(QHostAddress::LocalHost), 40000 },
        Endpoint { QHostAddress(QHostAddress::LocalHost), 5000 } });
    auto *journal = new TranscriptJournal(&store, path);
    journal->setPayloadReader(store.addPayloadReader());
    QVERIFY(journal->start());
    QThread thread;
    journal->moveToThread(&thread);
    connect(&thread, &QThread::finished, journal, &QObject::deleteLater);
    thread.start();

    QCryptographicHash sent(QCryptographicHash::Sha256);
    store.append(EventKind::Connected, Direction::None, 1, 1, "127.0.0.1:5000");
    qint64 mostHeld = 0;
    quint32 state = 12345;
    for (int i = 0; i < Chunks; ++i) {
        QByteArray chunk(ChunkSize, Qt::Uninitialized);
        auto *words = reinterpret_cast<quint32 *>(chunk.data());
        for (int w = 0; w < ChunkSize / 4; ++w) {
            state ^= state << 13, state ^= state >> 17, state ^= state << 5; // xorshift32
            words[w] = state;
        }
        sent.addData(chunk);
        // A paused Connection reads nothing: the event loop runs (queued releases arrive) until it resumes.
        QVERIFY(QTest::qWaitFor([&] { return !store.isBackpressured(); }, 10000));
        store.append(EventKind::Data, Direction::Inbound, 1, 1, chunk);
        mostHeld = std::max(mostHeld, store.heldPayloadBytes());
    }
    store.append(EventKind::Closed, Direction::None, 1, 1);
    bool finished = false;
    QMetaObject::invokeMethod(
        journal, [&] { finished = journal->finish(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(10000));
    QVERIFY(finished);
    QVERIFY2(mostHeld <= Limit + ChunkSize, qPrintable(QString::number(mostHeld)));
    QCOMPARE(store.heldPayloadBytes(), 0);

    CaptureStore read(dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCryptographicHash got(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    for (qint64 row = 0; row < read.count(); ++row) {
        if (read.event(row).kind == EventKind::Data && read.event(row).direction == Direction::Inbound) {
            const QByteArray payload = read.payload(row);
            got.addData(payload);
            bytes += payload.size();
        }
    }
    QCOMPARE(bytes, qint64(Chunks) * ChunkSize);
    QCOMPARE(got.result().toHex(), sent.result().toHex());
}

QTEST_GUILESS_MAIN(tst_PayloadHold)
#include "tst_payloadhold.moc"
