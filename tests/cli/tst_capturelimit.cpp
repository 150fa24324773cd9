// --capture-limit on the command line (issue 9, point 3): the payload bytes a --transcript keeps are bounded
// by the limit (default: the smaller of 4 GiB and a quarter of the free space where it lives) and by the disk
// floor; past either, events are still written with their payloads marked, it is said once, and the exit
// status is 13. The traffic itself is never touched.

#include "smalltmpfs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>

using Sockbench::Test::SmallTmpfs;

class tst_CaptureLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void limitStopsCapturingPayloads_data();
    void limitStopsCapturingPayloads();
    void refused_data();
    void refused();
    void floorStopsPayloadsBeforeTheDiskFills();
    void defaultLimitIsAQuarterOfTheFreeSpace();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// `sockbench listen ARGS 0`, one client sending bytes in chunks of chunk, then closing.
    Result listenAndSend(const QStringList &arguments, qint64 bytes, qint64 chunk);

    QTemporaryDir m_dir;
};

namespace {

constexpr qint64 KiB = 1024, MiB = 1024 * KiB;

struct DataTotals
{
    qint64 kept = 0; ///< payload bytes present
    qint64 sizes = 0; ///< every data event's size
    qint64 missingEvents = 0;
    qint64 firstMissingSize = 0;
    QString missingWord; ///< "dropped" or "lost", the last seen
};

DataTotals totalsOf(const QByteArray &jsonl)
{
    DataTotals totals;
    for (const QByteArray &line : jsonl.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QLatin1String("kind")).toString() != QLatin1String("data"))
            continue;
        totals.sizes += event.value(QLatin1String("size")).toInteger();
        totals.kept
            += QByteArray::fromBase64(event.value(QLatin1String("payload")).toString().toLatin1()).size();
        if (event.contains(QLatin1String("missing"))) {
            if (totals.missingEvents == 0)
                totals.firstMissingSize = event.value(QLatin1String("size")).toInteger();
            ++totals.missingEvents;
            totals.missingWord = event.value(QLatin1String("missing")).toString();
        }
    }
    return totals;
}

QByteArray convertToJsonLines(const QString &path)
{
    QProcess convert;
    convert.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("transcript"), QStringLiteral("convert"), path, QStringLiteral("-"),
            QStringLiteral("--format"), QStringLiteral("jsonl") });
    if (!convert.waitForFinished(60000) || convert.exitCode() != 0)
        return {};
    return convert.readAllStandardOutput();
}

qint64 freeBytes(const QString &directory)
{
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(directory).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

} // namespace

void tst_CaptureLimit::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

tst_CaptureLimit::Result tst_CaptureLimit::listenAndSend(
    const QStringList &arguments, qint64 bytes, qint64 chunk)
{
    Result result;
    QProcess listen;
    listen.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        QStringList { QStringLiteral("listen") } + arguments + QStringList { QStringLiteral("0") });
    QByteArray err;
    if (!QTest::qWaitFor(
            [&] {
                err += listen.readAllStandardError();
                return err.contains('\n');
            },
            10000))
        return result;
    const quint16 port = quint16(err.mid(err.lastIndexOf(':') + 1).trimmed().toUInt());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return result;
    QByteArray out;
    for (qint64 sent = 0; sent < bytes; sent += chunk) {
        client.write(QByteArray(int(std::min(chunk, bytes - sent)), char('a' + (sent / chunk) % 26)));
        // Paced by the listener: it reads as it writes its standard output, which this test reads.
        if (!QTest::qWaitFor(
                [&] {
                    out += listen.readAllStandardOutput();
                    return client.bytesToWrite() < 4 * MiB;
                },
                20000))
            return result;
    }
    if (!QTest::qWaitFor(
            [&] {
                out += listen.readAllStandardOutput();
                return client.bytesToWrite() == 0;
            },
            20000))
        return result;
    client.disconnectFromHost();
    listen.closeWriteChannel();
    if (!QTest::qWaitFor(
            [&] {
                out += listen.readAllStandardOutput();
                return listen.state() == QProcess::NotRunning;
            },
            30000))
        return result;
    result.exitCode = listen.exitStatus() == QProcess::NormalExit ? listen.exitCode() : -1;
    result.out = out + listen.readAllStandardOutput();
    result.err = err + listen.readAllStandardError();
    return result;
}

void tst_CaptureLimit::limitStopsCapturingPayloads_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<qint64>("limitBytes");
    QTest::addColumn<QString>("said");
    QTest::addRow("jsonl, 64K") << QStringLiteral("jsonl") << QStringLiteral("64K") << 64 * KiB
                                << QStringLiteral("64 KiB");
    QTest::addRow("pcapng, 1.5M as bytes")
        << QStringLiteral("pcapng") << QStringLiteral("1572864") << 1536 * KiB << QStringLiteral("1.5 MiB");
    QTest::addRow("with the policy named")
        << QStringLiteral("jsonl") << QStringLiteral("256KiB") << 256 * KiB << QStringLiteral("256 KiB");
}

void tst_CaptureLimit::limitStopsCapturingPayloads()
{
    QFETCH(QString, extension);
    QFETCH(QString, limit);
    QFETCH(qint64, limitBytes);
    QFETCH(QString, said);
    const QString name = QStringLiteral("limit-%1.%2").arg(limitBytes).arg(extension);
    const QString path = m_dir.filePath(name);
    QStringList arguments { QStringLiteral("--transcript"), path, QStringLiteral("--capture-limit"), limit };
    if (QByteArray(QTest::currentDataTag()).contains("policy"))
        arguments << QStringLiteral("--limit-policy") << QStringLiteral("stop-capturing");
    constexpr qint64 Sent = 4 * MiB;
    const Result result = listenAndSend(arguments, Sent, 16 * KiB);
    QVERIFY2(result.exitCode == 13, result.err.constData());
    // The traffic is untouched: every byte reached standard output.
    QCOMPARE(result.out.size(), Sent);
    const QString line
        = QStringLiteral("sockbench: capture limit %1 reached: later payloads are not kept in %2\n")
              .arg(said, name);
    QVERIFY2(result.err.count(line.toLocal8Bit()) == 1, result.err.constData());
    const DataTotals totals = totalsOf(extension == QLatin1String("jsonl") ? [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }()
                                                                             : convertToJsonLines(path));
    QCOMPARE(totals.sizes, Sent); // every event is there, with its size
    // Within the limit, and nothing kept that would have fit: the first payload not kept would have passed
    // it.
    QVERIFY2(totals.kept <= limitBytes, qPrintable(QString::number(totals.kept)));
    QVERIFY(totals.missingEvents > 0);
    QVERIFY2(totals.kept + totals.firstMissingSize > limitBytes, qPrintable(QString::number(totals.kept)));
    QCOMPARE(totals.missingWord, QStringLiteral("dropped")); // on purpose, by the limit: not "lost"
}

void tst_CaptureLimit::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("x.jsonl");
    QTest::addRow("drop-oldest") << QStringList { QStringLiteral("--transcript"), file,
        QStringLiteral("--limit-policy"), QStringLiteral("drop-oldest") }
                                 << QStringLiteral("--limit-policy drop-oldest is the window's: a transcript "
                                                   "is written front to back");
    QTest::addRow("unknown policy") << QStringList { QStringLiteral("--transcript"), file,
        QStringLiteral("--limit-policy"), QStringLiteral("newest") }
                                    << QStringLiteral("--limit-policy needs stop-capturing, not 'newest'");
    QTest::addRow("zero") << QStringList { QStringLiteral("--transcript"), file,
        QStringLiteral("--capture-limit"), QStringLiteral("0") }
                          << QStringLiteral("--capture-limit needs a size from 1 byte to");
    QTest::addRow("bad unit") << QStringList { QStringLiteral("--transcript"), file,
        QStringLiteral("--capture-limit"), QStringLiteral("5X") }
                              << QStringLiteral("not '5X'");
    QTest::addRow("without --transcript") << QStringList { QStringLiteral("--capture-limit"),
        QStringLiteral("1M") } << QStringLiteral("--capture-limit bounds what --transcript keeps");
}

void tst_CaptureLimit::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        QStringList { QStringLiteral("listen") } + arguments + QStringList { QStringLiteral("0") });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains(message.toLocal8Bit()), err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.jsonl")))); // changes nothing
}

void tst_CaptureLimit::floorStopsPayloadsBeforeTheDiskFills()
{
    SmallTmpfs tmpfs(40 * MiB); // its floor: 16 MiB (5% of 40, at least 16)
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(tmpfs.whyNot()));
    const QString path = tmpfs.filePath(QStringLiteral("floor.pcapng"));
    constexpr qint64 Sent = 48 * MiB;
    // The limit out of the way (its default, a quarter of 40 MiB, would come first).
    const Result result = listenAndSend(
        { QStringLiteral("--transcript"), path, QStringLiteral("--capture-limit"), QStringLiteral("1G") },
        Sent, 256 * KiB);
    QVERIFY2(result.exitCode == 13, result.err.constData());
    QCOMPARE(result.out.size(), Sent);
    QVERIFY2(result.err.count("the capture stopped keeping payloads") == 1, result.err.constData());
    QVERIFY2(result.err.contains("less than 16 MiB free on the disk"), result.err.constData());
    QVERIFY2(!result.err.contains("No space left"), result.err.constData());
    // The floor is kept, short of what was in flight when it was measured (a check each MiB, the writer's 4
    // MiB).
    const qint64 free = freeBytes(tmpfs.path());
    QVERIFY2(free >= 16 * MiB - 6 * MiB, qPrintable(QString::number(free)));
    const DataTotals totals = totalsOf(convertToJsonLines(path));
    QCOMPARE(totals.sizes, Sent);
    QVERIFY2(totals.kept > 4 * MiB && totals.kept < 30 * MiB, qPrintable(QString::number(totals.kept)));
    QCOMPARE(totals.missingWord, QStringLiteral("lost")); // the floor is a loss, not the user's limit
}

void tst_CaptureLimit::defaultLimitIsAQuarterOfTheFreeSpace()
{
    SmallTmpfs tmpfs(64 * MiB); // free 64 MiB: the default limit is 16 MiB, below the floor's reach (48 MiB)
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(tmpfs.whyNot()));
    const QString path = tmpfs.filePath(QStringLiteral("default.jsonl"));
    const qint64 free = freeBytes(tmpfs.path());
    constexpr qint64 Sent = 24 * MiB;
    const Result result = listenAndSend({ QStringLiteral("--transcript"), path }, Sent, 256 * KiB);
    QVERIFY2(result.exitCode == 13, result.err.constData());
    static const QRegularExpression said(
        QStringLiteral("capture limit ([0-9.]+) MiB reached: later payloads are not kept in default.jsonl"));
    const QRegularExpressionMatch match = said.match(QString::fromLocal8Bit(result.err));
    QVERIFY2(match.hasMatch(), result.err.constData());
    QCOMPARE(qRound(match.captured(1).toDouble() * 10), qRound(double(free / 4) / MiB * 10));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DataTotals totals = totalsOf(file.readAll());
    QCOMPARE(totals.sizes, Sent);
    QVERIFY2(totals.kept <= free / 4 && totals.kept > free / 4 - 256 * KiB,
        qPrintable(QString::number(totals.kept)));
}

QTEST_GUILESS_MAIN(tst_CaptureLimit)
#include "tst_capturelimit.moc"
