#include "capture/capturestore.h"
#include "codec/byteformat.h"
#include "transcript/transcriptfile.h"
#include "transcriptsample.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_TranscriptFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void readableFormats_data();
    void readableFormats();
    void selection();
    void textAndHexdump();
    void unknownExtension();
    void diskFullKeepsEarlierFile();
    void devFull();
    void openErrors_data();
    void openErrors();

private:
    QTemporaryDir m_dir;
};

void tst_TranscriptFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_TranscriptFile::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ipv6");
    QTest::addRow("pcapng ipv4") << QStringLiteral("a.pcapng") << false;
    QTest::addRow("pcapng ipv6") << QStringLiteral("b.pcapng") << true;
    QTest::addRow("jsonl ipv4") << QStringLiteral("c.jsonl") << false;
    QTest::addRow("jsonl ipv6") << QStringLiteral("d.jsonl") << true;
}

void tst_TranscriptFile::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(bool, ipv6);
    CaptureStore original(m_dir.path());
    fillSample(original, ipv6, 5);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(result.events, original.count());
    const QString why = differences(original, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_TranscriptFile::readableFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("readable");
    QTest::addRow("pcapng") << QStringLiteral("x.pcapng") << true;
    QTest::addRow("jsonl") << QStringLiteral("x.jsonl") << true;
    QTest::addRow("text") << QStringLiteral("x.txt") << false;
    QTest::addRow("hex") << QStringLiteral("x.hex") << false;
}

void tst_TranscriptFile::readableFormats()
{
    QFETCH(QString, name);
    QFETCH(bool, readable);
    const std::optional<TranscriptFormat::Format> format = TranscriptFormat::fromPath(name);
    QVERIFY(format);
    QCOMPARE(TranscriptFormat::isReadable(*format), readable);
    QCOMPARE(TranscriptFormat::fromName(TranscriptFormat::name(*format)), format);
    QCOMPARE(TranscriptFormat::fromPath(QStringLiteral("y.") + TranscriptFormat::extension(*format)), format);
}

void tst_TranscriptFile::selection()
{
    CaptureStore original(m_dir.path());
    fillSample(original, false, 4);
    const QString path = m_dir.filePath(QStringLiteral("one.jsonl"));
    QString error;
    QVERIFY2(
        TranscriptFile::save(original, path, &error, TranscriptSelection { 0, 3, {} }), qPrintable(error));
    CaptureStore read(m_dir.path());
    QVERIFY(TranscriptFile::open(path, &read).complete);
    QCOMPARE(read.count(), 9); // accepted, four chunks, one empty, two half-closes, closed
    for (qint64 row = 0; row < read.count(); ++row)
        QCOMPARE(read.event(row).connectionId, 3u);
    QCOMPARE(read.connections().size(), 1);

    const QString rowsPath = m_dir.filePath(QStringLiteral("rows.pcapng"));
    QVERIFY2(TranscriptFile::save(original, rowsPath, &error, TranscriptSelection { 0, 0, { 7, 3 } }),
        qPrintable(error));
    CaptureStore rows(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(rowsPath, &rows);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(rows.count(), 2);
    QCOMPARE(rows.event(0).monotonicNs, original.event(7).monotonicNs);
    QCOMPARE(rows.payload(0), original.payload(7));
    QCOMPARE(rows.payload(1), original.payload(3));
}

void tst_TranscriptFile::textAndHexdump()
{
    CaptureStore store(m_dir.path());
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("Client"), 0 });
    store.describeConnection(ConnectionInfo { 1, 1, Endpoint { QHostAddress(QHostAddress::LocalHost), 4000 },
        Endpoint { QHostAddress(QHostAddress::LocalHost), 80 } });
    const QByteArray bytes("GET / HTTP/1.0\r\n\r\n\x00\x01\xff", 21);
    store.appendAt(1, 1714564800123456789LL, EventKind::Data, Direction::Outbound, 1, 1, bytes);
    store.appendAt(
        2, 1714564800123456790LL, EventKind::Data, Direction::Inbound, 1, 1, QByteArrayLiteral("ok"));
    QString error;
    const QString text = m_dir.filePath(QStringLiteral("t.txt")),
                  hex = m_dir.filePath(QStringLiteral("t.hex"));
    QVERIFY(TranscriptFile::save(store, text, &error));
    QVERIFY(TranscriptFile::save(store, hex, &error));
    QFile textFile(text), hexFile(hex);
    QVERIFY(textFile.open(QIODevice::ReadOnly) && hexFile.open(QIODevice::ReadOnly));
    const QString textContent = QString::fromUtf8(textFile.readAll());
    QVERIFY2(textContent.contains(QStringLiteral("2024-05-01T12:00:00.123456789Z  #1  ->  21 bytes  ")
                 + ByteFormat::toVisibleText(bytes) + QLatin1Char('\n')),
        qPrintable(textContent));
    QVERIFY(textContent.contains(QStringLiteral("2024-05-01T12:00:00.123456790Z  #1  <-  2 bytes  ok\n")));
    const QString hexContent = QString::fromUtf8(hexFile.readAll());
    QVERIFY(hexContent.contains(
        QStringLiteral("#1  ->  21 bytes\n") + ByteFormat::toHexdump(bytes) + QLatin1Char('\n')));
    // Written for people: they do not open.
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(text, &read);
    QVERIFY(!result.complete);
    QVERIFY2(result.errorString.contains(QLatin1String("only pcapng and JSON Lines")),
        qPrintable(result.errorString));
}

void tst_TranscriptFile::unknownExtension()
{
    CaptureStore store(m_dir.path());
    QString error;
    QVERIFY(!TranscriptFile::save(store, m_dir.filePath(QStringLiteral("x.doc")), &error));
    QVERIFY(error.contains(QLatin1String(".pcapng")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.doc"))));
}

void tst_TranscriptFile::diskFullKeepsEarlierFile()
{
    CaptureStore small(m_dir.path());
    fillSample(small, false, 1, 10);
    CaptureStore large(m_dir.path());
    fillSample(large, false, 6);
    const QString path = m_dir.filePath(QStringLiteral("keep.pcapng"));
    QString error;
    QVERIFY(TranscriptFile::save(small, path, &error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray earlier = before.readAll();
    before.close();

    // A file size limit makes write(2) fail with EFBIG part-way, as a full disk does with ENOSPC.
    struct rlimit old
    {
    };
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = 256 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool saved = TranscriptFile::save(large, path, &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), earlier);
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("keep.pcapng*") }, QDir::Files),
        QStringList { QStringLiteral("keep.pcapng") });
}

void tst_TranscriptFile::devFull()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    CaptureStore store(m_dir.path());
    fillSample(store, false, 2);
    QString error;
    QVERIFY(!TranscriptFile::save(
        store, QStringLiteral("/dev/full"), &error, {}, TranscriptFormat::Format::Pcapng));
    QVERIFY2(error.contains(QLatin1String("No space left")), qPrintable(error));
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile()); // still the device, not replaced
}

void tst_TranscriptFile::openErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addRow("random bytes") << randomBytes(1000, 9) << QStringLiteral("r.pcapng")
                                  << QStringLiteral("not a pcapng file (bad magic at offset 0)");
    QTest::addRow("foreign json") << QByteArray("{\"a\":1}\n") << QStringLiteral("f.jsonl")
                                  << QStringLiteral(
                                         "line 1 (offset 0): not a Sockbench JSON Lines transcript");
    QTest::addRow("bad json line") << QByteArray(
        "{\"type\":\"header\",\"format\":\"sockbench-transcript\",\"version\":1}\n{\"type\":\n")
                                   << QStringLiteral("b.jsonl")
                                   << QStringLiteral("line 2 (offset 62): not JSON");
    QTest::addRow("cut json line") << QByteArray(
        "{\"type\":\"header\",\"format\":\"sockbench-transcript\",\"version\":1}\n{\"type\":\"ev")
                                   << QStringLiteral("c.jsonl")
                                   << QStringLiteral("line 2 (offset 62): truncated line");
    QTest::addRow("bad base64") << QByteArray(
        "{\"type\":\"header\",\"format\":\"sockbench-transcript\",\"version\":1}\n"
        "{\"type\":\"event\",\"kind\":\"data\",\"direction\":\"in\",\"session\":1,\"connection\":1,"
        "\"mono_ns\":1,\"wall_ns\":1,\"size\":3,\"payload\":\"!!!!\"}\n")
                                << QStringLiteral("d.jsonl")
                                << QStringLiteral("line 2 (offset 62): a payload that is not base64");
}

void tst_TranscriptFile::openErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY(!result.complete);
    QVERIFY2(result.errorString.startsWith(message), qPrintable(result.errorString));
}

QTEST_GUILESS_MAIN(tst_TranscriptFile)
#include "tst_transcriptfile.moc"
