#include "capture/capturestore.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptwriter.h"
#include "transcriptsample.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_PcapngWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tsharkFollowsEveryConnection_data();
    void tsharkFollowsEveryConnection();
    void checksumsAreValid_data();
    void checksumsAreValid();
    void lifecycleShowsAsPacketComments();
    void blocksAreWhole();
    void bothEndsOfOneConnectionMakeOneStream();

private:
    QString writeSample(bool ipv6, int connections, QList<SampleConnection> *expected = nullptr);
    QStringList runTshark(const QStringList &arguments);

    QTemporaryDir m_dir;
};

void tst_PcapngWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("SOCKBENCH_KEEP_TEST_FILES"));
    if (tsharkPath().isEmpty())
        QSKIP("tshark is not installed (Debian: apt install tshark)");
}

QString tst_PcapngWriter::writeSample(bool ipv6, int connections, QList<SampleConnection> *expected)
{
    CaptureStore store(m_dir.path());
    const QList<SampleConnection> sample = fillSample(store, ipv6, connections);
    if (expected)
        *expected = sample;
    const QString path
        = m_dir.filePath(QStringLiteral("sample-%1-%2.pcapng").arg(ipv6 ? 6 : 4).arg(connections));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const auto writer = TranscriptWriter::create(TranscriptFormat::Format::Pcapng, &file);
    if (!writer->begin(QStringLiteral("test sample")))
        return {};
    for (qint64 row = 0; row < store.count(); ++row) {
        if (!writer->write(store, row))
            return {};
    }
    return path;
}

QStringList tst_PcapngWriter::runTshark(const QStringList &arguments)
{
    QProcess tshark;
    tshark.start(tsharkPath(), arguments);
    if (!tshark.waitForFinished(60000) || tshark.exitCode() != 0)
        return { QStringLiteral("tshark failed: ") + QString::fromLocal8Bit(tshark.readAllStandardError()) };
    return QString::fromUtf8(tshark.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void tst_PcapngWriter::tsharkFollowsEveryConnection_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<int>("connections");
    QTest::addRow("ipv4, one") << false << 1;
    QTest::addRow("ipv4, many") << false << 8;
    QTest::addRow("ipv6, many") << true << 8;
}

void tst_PcapngWriter::tsharkFollowsEveryConnection()
{
    QFETCH(bool, ipv6);
    QFETCH(int, connections);
    QList<SampleConnection> expected;
    const QString path = writeSample(ipv6, connections, &expected);
    QVERIFY(!path.isEmpty());

    QString error;
    const QList<FollowedStream> streams = followStreams(path, connections, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(streams.size(), connections);
    for (const SampleConnection &c : expected) {
        const QString local = tsharkNode(c.info.local), peer = tsharkNode(c.info.peer);
        const auto found = std::find_if(streams.cbegin(), streams.cend(), [&](const FollowedStream &s) {
            return (s.node0 == local && s.node1 == peer) || (s.node0 == peer && s.node1 == local);
        });
        QVERIFY2(found != streams.cend(), qPrintable(local + QStringLiteral(" <-> ") + peer));
        const bool localIsNode0 = found->node0 == local;
        QCOMPARE((localIsNode0 ? found->from0 : found->from1).size(), c.sent.size());
        QVERIFY((localIsNode0 ? found->from0 : found->from1) == c.sent);
        QCOMPARE((localIsNode0 ? found->from1 : found->from0).size(), c.received.size());
        QVERIFY((localIsNode0 ? found->from1 : found->from0) == c.received);
        // An accepted connection's client is the peer; tshark calls the SYN's sender node 0.
        QCOMPARE(localIsNode0, c.info.sessionId == 2);
    }
}

void tst_PcapngWriter::checksumsAreValid_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addRow("ipv4") << false;
    QTest::addRow("ipv6") << true;
}

void tst_PcapngWriter::checksumsAreValid()
{
    QFETCH(bool, ipv6);
    const QString path = writeSample(ipv6, 2);
    QVERIFY(!path.isEmpty());
    const QStringList checks { QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"),
        QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-r"), path,
        QStringLiteral("-Y"), QStringLiteral("tcp"), QStringLiteral("-T"), QStringLiteral("fields"),
        QStringLiteral("-e"), QStringLiteral("tcp.checksum.status"), QStringLiteral("-e"),
        QStringLiteral("ip.checksum.status") };
    const QStringList lines = runTshark(checks);
    QVERIFY(lines.size() > 20);
    for (const QString &line : lines) {
        // 1 is "Good" (2 unverified, 0 bad); IPv6 has no header checksum, so its field stays empty.
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.value(0), QStringLiteral("1"));
        QCOMPARE(fields.value(1), ipv6 ? QString() : QStringLiteral("1"));
    }
}

void tst_PcapngWriter::lifecycleShowsAsPacketComments()
{
    const QString path = writeSample(false, 2);
    QVERIFY(!path.isEmpty());
    const QStringList comments = runTshark({ QStringLiteral("-r"), path, QStringLiteral("-Y"),
        QStringLiteral("frame.comment"), QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
        QStringLiteral("frame.comment") });
    QVERIFY2(comments.contains(QStringLiteral("Sockbench: #1 accepted 127.0.0.1:50000")),
        qPrintable(comments.join(u'|')));
    QVERIFY(comments.contains(QStringLiteral("Sockbench: #2 error: Connection reset by peer")));
    const QStringList flags = runTshark({ QStringLiteral("-r"), path, QStringLiteral("-Y"),
        QStringLiteral("tcp.stream == 1 && tcp.flags.reset == 1"), QStringLiteral("-T"),
        QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.number") });
    QCOMPARE(flags.size(), 1);
}

void tst_PcapngWriter::blocksAreWhole()
{
    const QString path = writeSample(false, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    qsizetype offset = 0;
    int blocks = 0;
    while (offset < bytes.size()) {
        QVERIFY(offset + 12 <= bytes.size());
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + offset + 4);
        QVERIFY2(length % 4 == 0 && length >= 12, qPrintable(QString::number(offset)));
        QVERIFY(offset + length <= bytes.size());
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + offset + length - 4), length);
        offset += length;
        ++blocks;
    }
    QVERIFY(blocks > 20);
}

void tst_PcapngWriter::bothEndsOfOneConnectionMakeOneStream()
{
    // The demo's situation: a server and its client in one workbench record the same TCP connection twice.
    CaptureStore store(m_dir.path());
    const Endpoint server { QHostAddress(QHostAddress::LocalHost), 5000 };
    const Endpoint client { QHostAddress(QHostAddress::LocalHost), 41000 };
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("Echo server"), 1 });
    store.describeSession(SessionInfo { 2, SessionRole::Client, QStringLiteral("Client"), 1 });
    store.describeConnection(ConnectionInfo { 1, 1, server, client });
    store.describeConnection(ConnectionInfo { 2, 2, client, server });
    qint64 ns = 1000;
    const auto add = [&](EventKind kind, Direction direction, quint32 session, quint32 connection,
                         const QByteArray &bytes) {
        ns += 1000;
        store.appendAt(ns, ns, kind, direction, session, connection, bytes);
    };
    add(EventKind::Accepted, Direction::None, 1, 1, {});
    add(EventKind::Connected, Direction::None, 2, 2, {});
    add(EventKind::Data, Direction::Outbound, 2, 2, "hello\n");
    add(EventKind::Data, Direction::Inbound, 1, 1, "hello\n");
    add(EventKind::Data, Direction::Outbound, 1, 1, "hello\n");
    add(EventKind::Data, Direction::Inbound, 2, 2, "hello\n");
    const QString path = m_dir.filePath(QStringLiteral("mirrored.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const auto writer = TranscriptWriter::create(TranscriptFormat::Format::Pcapng, &file);
    QVERIFY(writer->begin());
    for (qint64 row = 0; row < store.count(); ++row)
        QVERIFY(writer->write(store, row));
    file.close();

    QString error;
    const QList<FollowedStream> streams = followStreams(path, 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(streams.size(), 2); // tshark lists the streams asked for in its own order
    const auto empty
        = [](const FollowedStream &stream) { return stream.from0.isEmpty() && stream.from1.isEmpty(); };
    QCOMPARE(std::count_if(streams.cbegin(), streams.cend(), empty), 1); // no second, clashing stream
    const FollowedStream &one = empty(streams.at(0)) ? streams.at(1) : streams.at(0);
    QCOMPARE(one.from0, QByteArray("hello\n")); // once each way
    QCOMPARE(one.from1, QByteArray("hello\n"));
    const QStringList warnings = runTshark(
        { QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("tcp.analysis.flags") });
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

    // Sockbench reads back both ends, every event.
    CaptureStore back(m_dir.path());
    QVERIFY(TranscriptFile::open(path, &back).complete);
    QCOMPARE(differences(store, back), QString());
}

QTEST_GUILESS_MAIN(tst_PcapngWriter)
#include "tst_pcapngwriter.moc"
