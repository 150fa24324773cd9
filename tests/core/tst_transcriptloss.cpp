// No silent loss in transcripts (issue 9): payloads the capture could not keep are marked lost (or dropped)
// with their size in every format and read back so; session 0 round-trips; readers of pipes read to the true
// end; a full disk says "No space left on device", once, and leaves no file; transcripts are created 0600;
// strings from a file reach a terminal escaped.

#include "capture/capturestore.h"
#include "smalltmpfs.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptjournal.h"
#include "transcript/transcriptwriter.h"
#include "transcriptsample.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_TranscriptLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::signal(SIGPIPE, SIG_IGN); // a pipe's writer whose reader stopped gets EPIPE
    }
    void sessionZeroRoundTrips_data();
    void sessionZeroRoundTrips();
    void lostPayloadsReadBackAsLost_data();
    void lostPayloadsReadBackAsLost();
    void textAndHexdumpSayWhatIsLost();
    void tsharkShowsTheGap();
    void readersReadPipesToTheEnd_data();
    void readersReadPipesToTheEnd();
    void hugeLineFromAPipeSaysTheLimit();
    void diskFullSaysWhyOnceAndLeavesNoFile_data();
    void diskFullSaysWhyOnceAndLeavesNoFile();
    void journalDiskFullSaysWhyOnce();
    void transcriptsAreCreatedPrivate_data();
    void transcriptsAreCreatedPrivate();
    void textEscapesStringsFromTheFile();

private:
    /// A capture whose every payload is lost (its spool cannot be created), plus one dropped row.
    static void fillLost(CaptureStore &store, bool withEndpoints);
    /// Feeds bytes to a pipe from a thread, in small pieces; returns the read end's /proc path.
    QString pipeFrom(const QByteArray &bytes);
    void joinWriter();

    QTemporaryDir m_dir;
    std::thread m_writer;
    int m_readFd = -1;
};

void tst_TranscriptLoss::sessionZeroRoundTrips_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("pcapng") << QStringLiteral("zero.pcapng");
    QTest::addRow("jsonl") << QStringLiteral("zero.jsonl");
}

void tst_TranscriptLoss::sessionZeroRoundTrips()
{
    QFETCH(QString, name);
    CaptureStore original(m_dir.path());
    const SessionInfo zero { 0, SessionRole::Server, QStringLiteral("Session zero"), 1714564800123456789LL };
    original.describeSession(zero);
    original.describeConnection(ConnectionInfo { 4, 0, Endpoint { QHostAddress(QHostAddress::LocalHost), 9 },
        Endpoint { QHostAddress(QHostAddress::LocalHost), 40000 } });
    original.appendAt(10, 1714564800200000000LL, EventKind::Listening, Direction::None, 0, 0, "127.0.0.1:9");
    original.appendAt(11, 1714564800300000000LL, EventKind::Accepted, Direction::None, 0, 4);
    original.appendAt(12, 1714564800400000000LL, EventKind::Data, Direction::Inbound, 0, 4, "hello");
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(read.sessionInfo(0), zero);
    const QString why = differences(original, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));

    // And the text formats say it too.
    const QString text = m_dir.filePath(QStringLiteral("zero.txt"));
    QVERIFY2(TranscriptFile::save(read, text, &error), qPrintable(error));
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(
        "# session 0 (server): Session zero, started 2024-05-01T12:00:00.123456789Z"));
}

void tst_TranscriptLoss::fillLost(CaptureStore &store, bool withEndpoints)
{
    store.describeSession(SessionInfo { 1, SessionRole::Client, QStringLiteral("Client"), 1 });
    ConnectionInfo connection { 3, 1, {}, {} };
    if (withEndpoints) {
        connection.local = Endpoint { QHostAddress(QHostAddress::LocalHost), 40000 };
        connection.peer = Endpoint { QHostAddress(QHostAddress::LocalHost), 9 };
    }
    store.describeConnection(connection);
    store.appendAt(100, 1000, EventKind::Connected, Direction::None, 1, 3);
    store.appendAt(101, 1001, EventKind::Data, Direction::Outbound, 1, 3, QByteArray(70000, 'o'));
    store.appendAt(102, 1002, EventKind::Data, Direction::Inbound, 1, 3, "12345");
    // What the capture budget will do: a payload dropped, its row kept.
    store.appendMissingAt(103, 1003, EventKind::Data, Direction::Inbound, 1, 3, 4096, PayloadLoss::Dropped);
    store.appendAt(104, 1004, EventKind::Error, Direction::None, 1, 3, "Connection reset by peer");
    store.appendAt(105, 1005, EventKind::Closed, Direction::None, 1, 3);
}

void tst_TranscriptLoss::lostPayloadsReadBackAsLost_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withEndpoints");
    QTest::addRow("pcapng with packets") << QStringLiteral("lost-packets.pcapng") << true;
    QTest::addRow("pcapng records only") << QStringLiteral("lost-records.pcapng") << false;
    QTest::addRow("jsonl") << QStringLiteral("lost.jsonl") << true;
}

void tst_TranscriptLoss::lostPayloadsReadBackAsLost()
{
    QFETCH(QString, name);
    QFETCH(bool, withEndpoints);
    // No spool: every payload is lost as it is appended (what a full disk does to a capture).
    CaptureStore original(QStringLiteral("/nonexistent/sockbench-test"));
    QVERIFY(!original.isValid());
    fillLost(original, withEndpoints);
    QVERIFY(!original.isPayloadAvailable(1));
    QCOMPARE(original.payloadLoss(1), PayloadLoss::Lost);
    QCOMPARE(original.payloadLoss(3), PayloadLoss::Dropped);
    QCOMPARE(original.payloadLoss(0), PayloadLoss::None); // nothing to lose

    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QVERIFY(!result.foreign);
    QCOMPARE(read.count(), original.count());
    for (qint64 row = 0; row < original.count(); ++row) {
        QCOMPARE(read.event(row).payloadSize, original.event(row).payloadSize);
        QCOMPARE(read.event(row).kind, original.event(row).kind);
        QCOMPARE(read.payloadLoss(row), original.payloadLoss(row));
        QCOMPARE(read.isPayloadAvailable(row), original.isPayloadAvailable(row));
        QCOMPARE(read.payload(row), QByteArray());
    }
    QCOMPARE(read.event(1).payloadSize, 70000u);
    QCOMPARE(read.payloadLoss(4), PayloadLoss::Lost); // an error's message is a payload like any other

    // Written again from what was read: still lost, never empty.
    const QString again = m_dir.filePath(QStringLiteral("again-") + name);
    QVERIFY2(TranscriptFile::save(read, again, &error), qPrintable(error));
    CaptureStore readAgain(m_dir.path());
    QVERIFY(TranscriptFile::open(again, &readAgain).complete);
    QCOMPARE(readAgain.payloadLoss(3), PayloadLoss::Dropped);
    QCOMPARE(readAgain.event(3).payloadSize, 4096u);
    QCOMPARE(readAgain.payloadLoss(2), PayloadLoss::Lost);
}

void tst_TranscriptLoss::textAndHexdumpSayWhatIsLost()
{
    CaptureStore original(QStringLiteral("/nonexistent/sockbench-test"));
    fillLost(original, true);
    QString error;
    const QString text = m_dir.filePath(QStringLiteral("lost.txt"));
    const QString hex = m_dir.filePath(QStringLiteral("lost.hex"));
    QVERIFY2(TranscriptFile::save(original, text, &error), qPrintable(error));
    QVERIFY2(TranscriptFile::save(original, hex, &error), qPrintable(error));
    for (const QString &path : { text, hex }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY2(all.contains("[70000 bytes lost: the capture could not keep them"), all.constData());
        QVERIFY2(all.contains("[5 bytes lost: "), all.constData());
        QVERIFY2(all.contains("[4096 bytes dropped: the capture budget was reached]"), all.constData());
    }
}

void tst_TranscriptLoss::tsharkShowsTheGap()
{
    const QString tshark = tsharkPath();
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    CaptureStore original(QStringLiteral("/nonexistent/sockbench-test"));
    fillLost(original, true);
    const QString path = m_dir.filePath(QStringLiteral("gap.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    QProcess process;
    process.start(tshark,
        { QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
            QStringLiteral("frame.comment") });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray comments = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY2(comments.contains("Sockbench: #3 sent [70000 bytes lost: the capture could not keep them"),
        comments.constData());
    QVERIFY2(comments.contains("Sockbench: #3 received [4096 bytes dropped"), comments.constData());
}

QString tst_TranscriptLoss::pipeFrom(const QByteArray &bytes)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return {};
    m_readFd = fds[0];
    const int writeFd = fds[1];
    m_writer = std::thread([writeFd, bytes] {
        // Pieces that do not line up with lines or blocks, with pauses: a reader sees a pipe run dry often.
        qsizetype at = 0;
        int piece = 0;
        while (at < bytes.size()) {
            const qsizetype size = std::min<qsizetype>(bytes.size() - at, 1000 + (piece++ % 7) * 3001);
            const ssize_t n = ::write(writeFd, bytes.constData() + at, size_t(size));
            if (n <= 0)
                break;
            at += n;
            if (piece % 16 == 0)
                ::usleep(1000);
        }
        ::close(writeFd);
    });
    return QStringLiteral("/proc/self/fd/%1").arg(m_readFd);
}

void tst_TranscriptLoss::joinWriter()
{
    if (m_readFd >= 0)
        ::close(m_readFd); // a writer still writing gets EPIPE
    m_readFd = -1;
    if (m_writer.joinable())
        m_writer.join();
}

void tst_TranscriptLoss::readersReadPipesToTheEnd_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("jsonl") << QStringLiteral("pipe.jsonl");
    QTest::addRow("pcapng") << QStringLiteral("pipe.pcapng");
    QTest::addRow("pcap") << QStringLiteral("pipe.pcap");
}

void tst_TranscriptLoss::readersReadPipesToTheEnd()
{
    QFETCH(QString, name);
    CaptureStore original(m_dir.path());
    fillSample(original, false, 6, 300000); // lines far longer than 64 KiB in JSON Lines
    QString path = m_dir.filePath(name);
    QString error;
    if (name.endsWith(QLatin1String(".pcap"))) {
        const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
        if (editcap.isEmpty())
            QSKIP("editcap is not installed");
        const QString pcapng = m_dir.filePath(QStringLiteral("for-pcap.pcapng"));
        QVERIFY2(TranscriptFile::save(original, pcapng, &error), qPrintable(error));
        QVERIFY(
            QProcess::execute(editcap, { QStringLiteral("-F"), QStringLiteral("pcap"), pcapng, path }) == 0);
    } else {
        QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    CaptureStore fromFile(m_dir.path());
    const TranscriptOpenResult expected = TranscriptFile::open(path, &fromFile);
    QVERIFY2(expected.complete, qPrintable(expected.errorString));
    QVERIFY(fromFile.count() > 20);

    const QString piped = pipeFrom(bytes);
    QVERIFY(!piped.isEmpty());
    CaptureStore fromPipe(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(piped, &fromPipe);
    joinWriter();
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(result.events, expected.events);
    const QString why = differences(fromFile, fromPipe, !name.endsWith(QLatin1String(".pcap")));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_TranscriptLoss::hugeLineFromAPipeSaysTheLimit()
{
    // A header, then one line longer than any we write, without its end: the limit is the reason, from a
    // pipe as from a file, not a "truncated line" after the first slice.
    QByteArray bytes = QByteArrayLiteral(
        "{\"type\":\"header\",\"format\":\"sockbench-transcript\",\"version\":1,\"description\":\"\"}\n");
    bytes += "{\"type\":\"event\",\"payload\":\"";
    bytes += QByteArray(100 * 1024 * 1024, 'A');
    const QString piped = pipeFrom(bytes);
    QVERIFY(!piped.isEmpty());
    CaptureStore store(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(piped, &store);
    joinWriter();
    QVERIFY(!result.complete);
    QVERIFY2(result.errorString.contains(QLatin1String("a line longer than 96 MiB")),
        qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(QLatin1String("line 2 ")), qPrintable(result.errorString));
}

void tst_TranscriptLoss::diskFullSaysWhyOnceAndLeavesNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("pcapng") << QStringLiteral("full.pcapng");
    QTest::addRow("jsonl") << QStringLiteral("full.jsonl");
    QTest::addRow("text") << QStringLiteral("full.txt");
}

void tst_TranscriptLoss::diskFullSaysWhyOnceAndLeavesNoFile()
{
    QFETCH(QString, name);
    SmallTmpfs tmpfs;
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(tmpfs.whyNot()));
    CaptureStore store(m_dir.path());
    fillSample(store, false, 8, 600000); // more than 2 MB in every format
    QString error;
    QVERIFY(!TranscriptFile::save(store, tmpfs.filePath(name), &error));
    QVERIFY2(error.count(QLatin1String("No space left on device")) == 1, qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
    QVERIFY2(error.contains(tmpfs.filePath(name)), qPrintable(error));
    // Nothing half-written stays: neither the file nor a temporary beside it.
    QCOMPARE(QDir(tmpfs.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
}

void tst_TranscriptLoss::journalDiskFullSaysWhyOnce()
{
    SmallTmpfs tmpfs;
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(tmpfs.whyNot()));
    CaptureStore store(m_dir.path());
    TranscriptJournal journal(&store, tmpfs.filePath(QStringLiteral("journal.pcapng")));
    QStringList failures;
    connect(&journal, &TranscriptJournal::failed, this, [&](const QString &message) { failures << message; });
    QVERIFY2(journal.start(), qPrintable(journal.errorString()));
    fillSample(store, false, 8, 600000);
    QCoreApplication::processEvents();
    QTRY_COMPARE(failures.size(), 1);
    QVERIFY(!journal.finish());
    QCOMPARE(failures.size(), 1);
    QVERIFY2(journal.errorString().count(QLatin1String("No space left on device")) == 1,
        qPrintable(journal.errorString()));
    QVERIFY2(
        !journal.errorString().contains(QLatin1String("Unknown error")), qPrintable(journal.errorString()));
}

void tst_TranscriptLoss::transcriptsAreCreatedPrivate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("journal");
    QTest::addRow("saved pcapng") << QStringLiteral("mode.pcapng") << false;
    QTest::addRow("saved text") << QStringLiteral("mode.txt") << false;
    QTest::addRow("journal pcapng") << QStringLiteral("mode-journal.pcapng") << true;
    QTest::addRow("journal jsonl") << QStringLiteral("mode-journal.jsonl") << true;
}

void tst_TranscriptLoss::transcriptsAreCreatedPrivate()
{
    QFETCH(QString, name);
    QFETCH(bool, journal);
    const mode_t oldMask = ::umask(022);
    CaptureStore store(m_dir.path());
    fillSample(store, false, 1, 100);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    bool ok = false;
    QString error;
    if (journal) {
        TranscriptJournal writer(&store, path);
        ok = writer.start() && writer.finish();
        error = writer.errorString();
    } else {
        ok = TranscriptFile::save(store, path, &error);
    }
    ::umask(oldMask);
    QVERIFY2(ok, qPrintable(error));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
}

void tst_TranscriptLoss::textEscapesStringsFromTheFile()
{
    // A hostile file: a session name that would clear the screen, retitle the window and turn text around.
    CaptureStore store(m_dir.path());
    store.describeSession(SessionInfo {
        1, SessionRole::Client, QStringLiteral("evil\x1b[2J\x1b]0;owned\x07\u202e\u009b31m\x7f"), 0 });
    store.appendAt(1, 1, EventKind::Error, Direction::None, 1, 0, "bad\x1b[31mred\r\n");
    for (const TranscriptFormat::Format format :
        { TranscriptFormat::Format::Text, TranscriptFormat::Format::Hexdump }) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto writer = TranscriptWriter::create(format, &buffer);
        QVERIFY(writer->begin(QStringLiteral("name\x1b[0m")));
        QVERIFY(writer->write(store, 0));
        const QString text = QString::fromUtf8(buffer.data());
        for (const QChar c : text) {
            if (c == u'\n')
                continue;
            QVERIFY2(c.isPrint(),
                qPrintable(QStringLiteral("U+%1 in %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(text)));
        }
        QVERIFY2(text.contains(QLatin1String("evil\\x1b[2J\\x1b]0;owned\\x07")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("name\\x1b[0m")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("bad\\x1b[31mred\\r\\n")), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_TranscriptLoss)
#include "tst_transcriptloss.moc"
