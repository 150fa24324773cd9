#include "capture/capturestore.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptjournal.h"
#include "transcriptsample.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_TranscriptJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void followsTheStore_data();
    void followsTheStore();
    void abandonedJournalStopsWriting();
    void unwritablePath();
    void stagedWritesAreByteIdentical_data();
    void stagedWritesAreByteIdentical();

private:
    QTemporaryDir m_dir;
};

void tst_TranscriptJournal::followsTheStore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("pcapng") << QStringLiteral("j.pcapng");
    QTest::addRow("jsonl") << QStringLiteral("j.jsonl");
}

void tst_TranscriptJournal::followsTheStore()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    CaptureStore store(m_dir.path());
    store.setNotifyInterval(5);
    TranscriptJournal journal(&store, path);
    QVERIFY2(journal.start(QStringLiteral("journal test")), qPrintable(journal.errorString()));
    const qint64 headerSize = QFileInfo(path).size();
    QVERIFY(headerSize > 0);

    // Rows reach the file without finish(): what a kill -9 would leave is on disk.
    fillSample(store, false, 3);
    QTRY_COMPARE_WITH_TIMEOUT(journal.rowsWritten(), store.count(), 2000);
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QString why = differences(store, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));

    // A session renamed later is described again, so the last name wins on reading.
    SessionInfo renamed = store.sessionInfo(1);
    renamed.name = QStringLiteral("renamed");
    store.describeSession(renamed);
    store.appendAt(1, 2, EventKind::StoppedListening, Direction::None, 1, 0);
    QVERIFY(journal.finish());
    CaptureStore again(m_dir.path());
    QVERIFY(TranscriptFile::open(path, &again).complete);
    QCOMPARE(again.sessionInfo(1).name, QStringLiteral("renamed"));
    QCOMPARE(again.count(), store.count());
}

void tst_TranscriptJournal::abandonedJournalStopsWriting()
{
    // A clean exit throws the journal away: finish() must not catch up first.
    const QString path = m_dir.filePath(QStringLiteral("abandoned.pcapng"));
    CaptureStore store(m_dir.path());
    fillSample(store, false, 2);
    TranscriptJournal journal(&store, path);
    QVERIFY2(journal.start(), qPrintable(journal.errorString()));
    const qint64 journaled = journal.rowsWritten();
    QCOMPARE(journaled, store.count());
    journal.abandon();
    fillSample(store, false, 2);
    QVERIFY(store.count() > journaled);
    QVERIFY(journal.finish());
    QCOMPARE(journal.rowsWritten(), journaled);
}

void tst_TranscriptJournal::unwritablePath()
{
    CaptureStore store(m_dir.path());
    TranscriptJournal journal(&store, m_dir.filePath(QStringLiteral("no/such/dir/j.pcapng")));
    QVERIFY(!journal.start());
    QVERIFY2(
        journal.errorString().startsWith(QStringLiteral("cannot write ")), qPrintable(journal.errorString()));
}

void tst_TranscriptJournal::stagedWritesAreByteIdentical_data()
{
    QTest::addColumn<QByteArray>("windowMib"); // SOCKBENCH_TRANSCRIPT_WINDOW_MIB; empty: the default window
    QTest::addRow("default window") << QByteArray();
    QTest::addRow("O_DIRECT only") << QByteArrayLiteral("0");
    QTest::addRow("1 MiB window") << QByteArrayLiteral("1"); // smaller than a block: full blocks go direct
}

void tst_TranscriptJournal::stagedWritesAreByteIdentical()
{
    // However StagedFile writes (the page cache within its window, O_DIRECT), the file is the one written
    // through the page cache by a plain QFile.
    QFETCH(QByteArray, windowMib);
    CaptureStore store(m_dir.path());
    fillSample(store, false, 8, 3000000);
    const QString plainPath = m_dir.filePath(QStringLiteral("plain.pcapng"));
    TranscriptJournal plain(&store, plainPath);
    QVERIFY2(plain.start(QStringLiteral("same")), qPrintable(plain.errorString()));
    QVERIFY(plain.finish());

    const QString stagedPath = m_dir.filePath(QStringLiteral("staged.pcapng"));
    if (!windowMib.isEmpty())
        qputenv("SOCKBENCH_TRANSCRIPT_WINDOW_MIB", windowMib);
    TranscriptJournal staged(&store, stagedPath);
    staged.setStagedWrites(true);
    const bool started = staged.start(QStringLiteral("same"));
    qunsetenv("SOCKBENCH_TRANSCRIPT_WINDOW_MIB");
    QVERIFY2(started, qPrintable(staged.errorString()));
    QVERIFY(staged.finish());

    QFile a(plainPath);
    QFile b(stagedPath);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray expected = a.readAll();
    QVERIFY(expected.size() > 24 * 1024 * 1024); // several blocks
    const QByteArray written = b.readAll();
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
}

QTEST_GUILESS_MAIN(tst_TranscriptJournal)
#include "tst_transcriptjournal.moc"
