#include "capture/capturestore.h"
#include "transcript/jsonlinesreader.h"
#include "transcript/pcapngreader.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptloader.h"
#include "transcriptsample.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_TranscriptLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsLikeTranscriptFile_data();
    void readsLikeTranscriptFile();
    void readersGoOnWhereTheyStopped_data();
    void readersGoOnWhereTheyStopped();
    void refusesWhatIsNotATranscript_data();
    void refusesWhatIsNotATranscript();
    void offersWhatCameBeforeABreak();
    void readsALargeFileOverManyTurns();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void tst_TranscriptLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_TranscriptLoader::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void tst_TranscriptLoader::readsLikeTranscriptFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TranscriptFormat::Format>("format");
    QTest::addRow("pcapng") << QStringLiteral("a.pcapng") << TranscriptFormat::Format::Pcapng;
    QTest::addRow("json lines") << QStringLiteral("a.jsonl") << TranscriptFormat::Format::JsonLines;
    // Recognised by content, whatever the name says.
    QTest::addRow("pcapng named .jsonl") << QStringLiteral("b.jsonl") << TranscriptFormat::Format::Pcapng;
}

void tst_TranscriptLoader::readsLikeTranscriptFile()
{
    QFETCH(QString, name);
    QFETCH(TranscriptFormat::Format, format);
    CaptureStore original(m_dir.path());
    fillSample(original, false, 4, 3 * 1024 * 1024); // payloads larger than one read slice
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error, {}, format), qPrintable(error));

    CaptureStore read(m_dir.path());
    TranscriptLoader loader(path, &read);
    loader.setTimeBudget(1);
    QSignalSpy finished(&loader, &TranscriptLoader::finished);
    QSignalSpy progress(&loader, &TranscriptLoader::progress);
    QVERIFY(finished.isValid() && progress.isValid());
    QVERIFY2(loader.start(), qPrintable(loader.errorString()));
    QCOMPARE(finished.count(), 0); // never from inside start()
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(loader.isFinished());
    const TranscriptOpenResult result = loader.result();
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(result.format, format);
    QCOMPARE(result.events, original.count());
    QVERIFY(!result.foreign);
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size());
    QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(path).size());
    read.flush();
    const QString why = differences(original, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_TranscriptLoader::readersGoOnWhereTheyStopped_data()
{
    QTest::addColumn<TranscriptFormat::Format>("format");
    QTest::addRow("pcapng") << TranscriptFormat::Format::Pcapng;
    QTest::addRow("json lines") << TranscriptFormat::Format::JsonLines;
}

void tst_TranscriptLoader::readersGoOnWhereTheyStopped()
{
    QFETCH(TranscriptFormat::Format, format);
    CaptureStore original(m_dir.path());
    fillSample(original, true, 3, 100000);
    const QString path = m_dir.filePath(QStringLiteral("slices.") + TranscriptFormat::extension(format));
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error, {}, format), qPrintable(error));

    // A byte at a time: every block and every line is taken up again where the last call left it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    int calls = 0;
    bool done = false;
    if (format == TranscriptFormat::Format::Pcapng) {
        PcapngReader reader(&read);
        PcapngReader::State state;
        while ((state = reader.readSome(&file, 1)) == PcapngReader::State::MoreToRead)
            ++calls;
        done = state == PcapngReader::State::Done;
        QVERIFY2(done, qPrintable(reader.errorString()));
        QCOMPARE(reader.readSome(&file, 1), PcapngReader::State::Done); // final
    } else {
        JsonLinesReader reader(&read);
        JsonLinesReader::State state;
        while ((state = reader.readSome(&file, 1)) == JsonLinesReader::State::MoreToRead)
            ++calls;
        done = state == JsonLinesReader::State::Done;
        QVERIFY2(done, qPrintable(reader.errorString()));
        QCOMPARE(reader.readSome(&file, 1), JsonLinesReader::State::Done);
    }
    QVERIFY(calls > 10);
    read.flush();
    const QString why = differences(original, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_TranscriptLoader::refusesWhatIsNotATranscript_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addRow("random bytes") << randomBytes(1000, 9) << QStringLiteral("r.pcapng")
                                  << QStringLiteral("not a pcapng file (bad magic at offset 0)");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("e.pcapng") << QStringLiteral("empty file");
    QTest::addRow("foreign json") << QByteArray("{\"a\":1}\n") << QStringLiteral("f.jsonl")
                                  << QStringLiteral(
                                         "line 1 (offset 0): not a Sockbench JSON Lines transcript");
    QTest::addRow("text transcript") << QByteArray("12:00:00 #1 -> hello\n") << QStringLiteral("t.txt")
                                     << QStringLiteral("t.txt is a text transcript");
    QTest::addRow("no such file") << QByteArray() << QString() << QStringLiteral("cannot open");
}

void tst_TranscriptLoader::refusesWhatIsNotATranscript()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path
        = name.isEmpty() ? m_dir.filePath(QStringLiteral("missing.pcapng")) : write(name, content);
    QVERIFY(!path.isEmpty());
    CaptureStore read(m_dir.path());
    TranscriptLoader loader(path, &read);
    QSignalSpy finished(&loader, &TranscriptLoader::finished);
    QVERIFY(!loader.start());
    QVERIFY2(loader.errorString().contains(message), qPrintable(loader.errorString()));
    QVERIFY(!finished.wait(100));
    QCOMPARE(read.count(), 0);
}

void tst_TranscriptLoader::offersWhatCameBeforeABreak()
{
    CaptureStore original(m_dir.path());
    fillSample(original, false, 2, 100000);
    const QString path = m_dir.filePath(QStringLiteral("cut.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    QVERIFY(QFile::resize(path, QFileInfo(path).size() - 1000));

    CaptureStore expected(m_dir.path());
    const TranscriptOpenResult whole = TranscriptFile::open(path, &expected);
    QVERIFY(!whole.complete);

    CaptureStore read(m_dir.path());
    TranscriptLoader loader(path, &read);
    QSignalSpy finished(&loader, &TranscriptLoader::finished);
    QVERIFY2(loader.start(), qPrintable(loader.errorString()));
    QVERIFY(finished.wait(20000));
    const TranscriptOpenResult result = loader.result();
    QVERIFY(!result.complete);
    QCOMPARE(result.errorString, whole.errorString);
    QVERIFY2(result.errorString.contains(QStringLiteral("offset")), qPrintable(result.errorString));
    QCOMPARE(result.events, whole.events);
    QVERIFY(result.events > 0);
}

void tst_TranscriptLoader::readsALargeFileOverManyTurns()
{
    CaptureStore original(m_dir.path());
    original.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("large"), 0 });
    const QByteArray chunk = randomBytes(64 * 1024, 3);
    for (int i = 0; i < 48 * 16; ++i) // 48 MiB
        original.appendAt(i, i, EventKind::Data, Direction::Inbound, 1, 0, chunk);
    original.flush();
    const QString path = m_dir.filePath(QStringLiteral("large.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));

    CaptureStore read(m_dir.path());
    TranscriptLoader loader(path, &read);
    QSignalSpy finished(&loader, &TranscriptLoader::finished);
    QList<qint64> seen;
    connect(&loader, &TranscriptLoader::progress, this, [&](qint64 done, qint64 total) {
        QCOMPARE(total, QFileInfo(path).size());
        seen.append(done);
    });
    QVERIFY2(loader.start(), qPrintable(loader.errorString()));
    QVERIFY(finished.wait(60000));
    // At most 8 MiB a turn: six turns at the very least, each further than the one before.
    QVERIFY2(seen.size() >= 6, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), QFileInfo(path).size());
    QVERIFY(loader.result().complete);
    QCOMPARE(read.count(), original.count());
}

QTEST_GUILESS_MAIN(tst_TranscriptLoader)
#include "tst_transcriptloader.moc"
