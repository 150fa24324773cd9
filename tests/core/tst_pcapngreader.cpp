#include "capture/capturestore.h"
#include "transcript/pcapngreader.h"
#include "transcript/transcriptwriter.h"
#include "transcriptsample.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Sockbench;
using namespace Sockbench::Test;

class tst_PcapngReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void connectionWithoutAddresses();
    void truncated_data();
    void truncated();
    void notPcapng_data();
    void notPcapng();
    void hostileLengths_data();
    void hostileLengths();
    void foreignPcapng();
    void sockbenchFileStrippedOfItsRecords();

private:
    QByteArray writeSample(CaptureStore &store, bool ipv6, int connections);

    QTemporaryDir m_dir;
    QByteArray m_sample; ///< A written sample, for the truncation tests.
};

void tst_PcapngReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CaptureStore store(m_dir.path());
    m_sample = writeSample(store, false, 3);
    QVERIFY(m_sample.size() > 600000);
}

QByteArray tst_PcapngReader::writeSample(CaptureStore &store, bool ipv6, int connections)
{
    fillSample(store, ipv6, connections);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto writer = TranscriptWriter::create(TranscriptFormat::Format::Pcapng, &buffer);
    if (!writer->begin(QStringLiteral("reader test")))
        return {};
    for (qint64 row = 0; row < store.count(); ++row) {
        if (!writer->write(store, row))
            return {};
    }
    return buffer.data();
}

void tst_PcapngReader::roundTrip_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<int>("connections");
    QTest::addRow("ipv4") << false << 6;
    QTest::addRow("ipv6") << true << 6;
}

void tst_PcapngReader::roundTrip()
{
    QFETCH(bool, ipv6);
    QFETCH(int, connections);
    CaptureStore original(m_dir.path());
    QByteArray bytes = writeSample(original, ipv6, connections);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY2(reader.read(&buffer), qPrintable(reader.errorString()));
    QVERIFY(!reader.isForeign());
    QCOMPARE(reader.eventsRead(), original.count());
    const QString why = differences(original, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_PcapngReader::connectionWithoutAddresses()
{
    // An in-memory stream has no IP endpoints: its events carry their payload in the records.
    CaptureStore original(m_dir.path());
    original.describeSession(SessionInfo { 4, SessionRole::Client, QStringLiteral("memory"), 77 });
    original.describeConnection(ConnectionInfo { 9, 4, {}, {} });
    original.appendAt(1, 2, EventKind::Connected, Direction::None, 4, 9);
    original.appendAt(3, 4, EventKind::Data, Direction::Outbound, 4, 9, randomBytes(100000, 3));
    original.appendAt(5, 6, EventKind::Data, Direction::Inbound, 4, 9, QByteArray(1, '\0'));
    original.appendAt(7, 8, EventKind::Closed, Direction::None, 4, 9);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto writer = TranscriptWriter::create(TranscriptFormat::Format::Pcapng, &buffer);
    QVERIFY(writer->begin());
    for (qint64 row = 0; row < original.count(); ++row)
        QVERIFY(writer->write(original, row));
    buffer.close();
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY2(reader.read(&buffer), qPrintable(reader.errorString()));
    const QString why = differences(original, read);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_PcapngReader::truncated_data()
{
    QTest::addColumn<int>("cut");
    QTest::addRow("last byte") << 1;
    QTest::addRow("last 1000 bytes") << 1000;
    QTest::addRow("mid-file") << 300000;
    QTest::addRow("all but the header") << -1;
}

void tst_PcapngReader::truncated()
{
    QFETCH(int, cut);
    CaptureStore original(m_dir.path());
    fillSample(original, false, 3);
    // The section and interface headers end before the first custom block.
    const qint64 headerEnd = [this] {
        qint64 offset = 0;
        for (int i = 0; i < 2; ++i)
            offset += qFromLittleEndian<quint32>(m_sample.constData() + offset + 4);
        return offset;
    }();
    QByteArray bytes = m_sample.left(cut < 0 ? headerEnd + 5 : m_sample.size() - cut);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY(!reader.read(&buffer));
    QVERIFY2(reader.errorString().contains(QLatin1String("truncated")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("offset")), qPrintable(reader.errorString()));
    // What could be read is offered, and it is exactly what was written, the last chunk possibly shortened.
    QVERIFY(read.count() <= original.count());
    if (cut > 0 && cut < 100000)
        QVERIFY(read.count() > 0);
    for (qint64 row = 0; row < read.count(); ++row) {
        const CaptureEvent a = original.event(row), b = read.event(row);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.monotonicNs, a.monotonicNs);
        if (row + 1 < read.count())
            QCOMPARE(read.payload(row), original.payload(row));
        else
            QVERIFY(original.payload(row).startsWith(read.payload(row)));
    }
}

void tst_PcapngReader::notPcapng_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addRow("random bytes") << randomBytes(4096, 42)
                                  << QStringLiteral("not a pcapng file (bad magic at offset 0)");
    QTest::addRow("text") << QByteArray("hello world\n")
                          << QStringLiteral("not a pcapng file (bad magic at offset 0)");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::addRow("classic pcap") << QByteArray::fromHex("d4c3b2a1020004000000000000000000ffff000001000000")
                                  << QStringLiteral("a classic pcap file, not pcapng");
    QTest::addRow("pcapng magic, bad byte order") << QByteArray::fromHex(
        "0a0d0d0a1c00000011223344") << QStringLiteral("not a pcapng file (bad byte-order magic at offset 0)");
}

void tst_PcapngReader::notPcapng()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY(!reader.read(&buffer));
    QVERIFY2(reader.errorString().startsWith(message), qPrintable(reader.errorString()));
    QCOMPARE(read.count(), 0);
}

void tst_PcapngReader::hostileLengths_data()
{
    QTest::addColumn<int>("field"); // offset of the length to overwrite, counted from the first packet block
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("huge block") << 4 << 0xfffffff0u << QStringLiteral("corrupt block at offset");
    QTest::addRow("odd block") << 4 << 13u << QStringLiteral("corrupt block at offset");
    QTest::addRow("block past the end") << 4 << 0x0ffffff0u << QStringLiteral("truncated block at offset");
    QTest::addRow("captured length past the block")
        << 20 << 0x7fffffffu << QStringLiteral("corrupt packet block at offset");
}

void tst_PcapngReader::hostileLengths()
{
    QFETCH(int, field);
    QFETCH(quint32, value);
    QFETCH(QString, message);
    QByteArray bytes = m_sample;
    // Find the first enhanced packet block.
    qint64 offset = 0;
    while (qFromLittleEndian<quint32>(bytes.constData() + offset) != 6)
        offset += qFromLittleEndian<quint32>(bytes.constData() + offset + 4);
    qToLittleEndian(value, bytes.data() + offset + field);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY(!reader.read(&buffer));
    QVERIFY2(reader.errorString().startsWith(message), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QString::number(offset)), qPrintable(reader.errorString()));
}

void tst_PcapngReader::foreignPcapng()
{
    const QString text2pcap = QStandardPaths::findExecutable(QStringLiteral("text2pcap"));
    if (text2pcap.isEmpty() || tsharkPath().isEmpty())
        QSKIP("text2pcap and tshark are not installed (Debian: apt install tshark)");
    // text2pcap makes a classic pcap of one TCP conversation; tshark rewrites it as pcapng, as tools do.
    const QString input = m_dir.filePath(QStringLiteral("foreign.txt"));
    QFile text(input);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("O 0000 68 65 6c 6c 6f\nI 0000 77 6f 72 6c 64 21\nO 0000 00 ff 0a\n");
    text.close();
    const QString pcap = m_dir.filePath(QStringLiteral("foreign.pcap"));
    const QString pcapng = m_dir.filePath(QStringLiteral("foreign.pcapng"));
    QCOMPARE(
        QProcess::execute(text2pcap,
            { QStringLiteral("-q"), QStringLiteral("-D"), QStringLiteral("-T"), QStringLiteral("1234,80"),
                QStringLiteral("-4"), QStringLiteral("10.0.0.1,10.0.0.2"), input, pcap }),
        0);
    QCOMPARE(QProcess::execute(tsharkPath(),
                 { QStringLiteral("-Q"), QStringLiteral("-r"), pcap, QStringLiteral("-F"),
                     QStringLiteral("pcapng"), QStringLiteral("-w"), pcapng }),
        0);
    QFile file(pcapng);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY2(reader.read(&file), qPrintable(reader.errorString()));
    QVERIFY(reader.isForeign());
    QCOMPARE(read.connections().size(), 1);
    QByteArray sent, received;
    for (qint64 row = 0; row < read.count(); ++row) {
        const CaptureEvent event = read.event(row);
        if (event.kind == EventKind::Data)
            (event.direction == Direction::Outbound ? sent : received) += read.payload(row);
    }
    // The first packet's sender is "local" (no SYN in this capture).
    QCOMPARE(sent, QByteArray("hello\x00\xff\n", 8));
    QCOMPARE(received, QByteArray("world!"));
    QCOMPARE(read.sessions().value(0).name, QStringLiteral("Imported foreign.pcapng"));
}

namespace {

// Per connection, the bytes each way, sorted so which side counts as "local" does not matter.
QList<QPair<QByteArray, QByteArray>> streamsOf(const CaptureStore &store)
{
    QMap<quint32, QPair<QByteArray, QByteArray>> byConnection;
    for (qint64 row = 0; row < store.count(); ++row) {
        const CaptureEvent event = store.event(row);
        if (event.kind != EventKind::Data)
            continue;
        auto &streams = byConnection[event.connectionId];
        (event.direction == Direction::Outbound ? streams.first : streams.second) += store.payload(row);
    }
    QList<QPair<QByteArray, QByteArray>> result;
    for (auto streams : std::as_const(byConnection)) {
        if (streams.second < streams.first)
            std::swap(streams.first, streams.second);
        result.append(streams);
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

void tst_PcapngReader::sockbenchFileStrippedOfItsRecords()
{
    // editcap (and tshark -w) keep our section header, which names Sockbench, but drop our record blocks.
    // The packets are all that is left: the file must be rebuilt from them, not read as an empty transcript.
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        QSKIP("editcap is not installed (Debian: apt install tshark)");
    CaptureStore original(m_dir.path());
    const QString ours = m_dir.filePath(QStringLiteral("ours.pcapng"));
    const QString edited = m_dir.filePath(QStringLiteral("edited.pcapng"));
    {
        QFile file(ours);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeSample(original, false, 3));
    }
    QCOMPARE(QProcess::execute(editcap, { ours, edited }), 0);

    QFile file(edited);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapngReader reader(&read);
    QVERIFY2(reader.read(&file), qPrintable(reader.errorString()));
    QVERIFY(reader.isForeign());
    QCOMPARE(read.connections().size(), original.connections().size());
    const auto expected = streamsOf(original);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(streamsOf(read), expected);
}

QTEST_GUILESS_MAIN(tst_PcapngReader)
#include "tst_pcapngreader.moc"
