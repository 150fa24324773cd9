#include "capture/capturestore.h"
#include "transcript/pcapngformat.h"
#include "transcript/pcapreader.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"
#include "transcriptsample.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Sockbench;
using namespace Sockbench::Test;

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

// The same streams, from what fillSample() returned.
QList<QPair<QByteArray, QByteArray>> streamsOf(const QList<SampleConnection> &connections)
{
    QList<QPair<QByteArray, QByteArray>> result;
    for (const SampleConnection &c : connections) {
        QPair<QByteArray, QByteArray> streams { c.sent, c.received };
        if (streams.second < streams.first)
            std::swap(streams.first, streams.second);
        result.append(streams);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}
QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

struct Packet
{
    bool fromClient = true;
    quint32 seq = 0;
    quint8 flags = 0;
    QByteArray payload;
};

QByteArray tcpHeader(quint16 sport, quint16 dport, const Packet &p)
{
    return be16(sport) + be16(dport) + be32(p.seq) + be32(0) + QByteArray(1, char(5 << 4))
        + QByteArray(1, char(p.flags)) + be16(65535) + be16(0) + be16(0) + p.payload;
}

/// An IPv4 or IPv6 packet carrying p between 10.0.0.1:4000 (client) and 10.0.0.2:80, or fd00::1 and fd00::2.
QByteArray ipPacket(bool ipv6, const Packet &p)
{
    const QByteArray tcp = p.fromClient ? tcpHeader(4000, 80, p) : tcpHeader(80, 4000, p);
    if (!ipv6) {
        const QByteArray a = be32(0x0a000001), b = be32(0x0a000002);
        // Version and header length, type of service, total length, id, don't fragment, TTL, TCP, checksum.
        return QByteArray::fromHex("4500") + be16(quint16(20 + tcp.size()))
            + QByteArray::fromHex("000040004006") + be16(0) + (p.fromClient ? a + b : b + a) + tcp;
    }
    const QByteArray a = QByteArray::fromHex("fd000000000000000000000000000001");
    const QByteArray b = QByteArray::fromHex("fd000000000000000000000000000002");
    return QByteArray::fromHex("60000000") + be16(quint16(tcp.size())) + QByteArray::fromHex("0640")
        + (p.fromClient ? a + b : b + a) + tcp;
}

/// The packet in a frame of the link type.
QByteArray frame(quint32 linkType, bool ipv6, const Packet &p)
{
    const QByteArray ip = ipPacket(ipv6, p);
    const QByteArray etherType = be16(ipv6 ? 0x86dd : 0x0800);
    switch (linkType) {
    case Pcapng::LinkTypeEthernet:
        return QByteArray(12, '\x02') + etherType + ip; // destination and source addresses, then the type
    case Pcapng::LinkTypeLinuxSll:
        return be16(p.fromClient ? 4 : 0) + be16(1) + be16(6) + QByteArray(8, '\x02') + etherType + ip;
    case Pcapng::LinkTypeLinuxSll2:
        return etherType + be16(0) + be32(1) + be16(1) + QByteArray(1, '\0') + QByteArray(1, '\x06')
            + QByteArray(8, '\x02') + ip;
    case Pcapng::LinkTypeNull:
        return le32(ipv6 ? 30 : 2) + ip; // AF_INET / AF_INET6 (BSD), in the capturing host's byte order
    default:
        return ip;
    }
}

/// A little-endian classic pcap of the frames, microsecond stamps.
QByteArray pcapFile(quint32 linkType, const QList<QByteArray> &frames)
{
    QByteArray file
        = le32(0xa1b2c3d4) + le16(2) + le16(4) + le32(0) + le32(0) + le32(262144) + le32(linkType);
    quint32 usec = 0;
    for (const QByteArray &f : frames)
        file += le32(1714564800) + le32(usec += 1000) + le32(quint32(f.size())) + le32(quint32(f.size())) + f;
    return file;
}

/// The same pcap written by a big-endian machine: every header field byte-swapped, the packets unchanged.
QByteArray swapped(const QByteArray &pcap)
{
    QByteArray out = pcap;
    auto swap32 = [&out](qsizetype at) {
        qToBigEndian(qFromLittleEndian<quint32>(out.constData() + at), out.data() + at);
    };
    auto swap16 = [&out](qsizetype at) {
        qToBigEndian(qFromLittleEndian<quint16>(out.constData() + at), out.data() + at);
    };
    swap32(0);
    swap16(4);
    swap16(6);
    for (qsizetype at = 8; at < 24; at += 4)
        swap32(at);
    qsizetype at = 24;
    while (at + 16 <= out.size()) {
        const quint32 captured = qFromLittleEndian<quint32>(out.constData() + at + 8);
        for (int i = 0; i < 4; ++i)
            swap32(at + 4 * i);
        at += 16 + captured;
    }
    return out;
}

/// One conversation: handshake, a request retransmitted once, a reply, both FINs.
QList<Packet> conversation()
{
    constexpr quint8 Fin = 0x01, Syn = 0x02, Psh = 0x08, Ack = 0x10;
    return { { true, 100, Syn, {} }, { false, 500, Syn | Ack, {} }, { true, 101, Ack, {} },
        { true, 101, Psh | Ack, "hello" }, { true, 101, Psh | Ack, "hello" }, // retransmitted: read once
        { false, 501, Psh | Ack, QByteArray("world!\x00\xff", 8) }, { true, 106, Fin | Ack, {} },
        { false, 509, Fin | Ack, {} } };
}

QPair<QByteArray, QByteArray> directions(const CaptureStore &store)
{
    QByteArray sent, received;
    for (qint64 row = 0; row < store.count(); ++row) {
        const CaptureEvent event = store.event(row);
        if (event.kind == EventKind::Data)
            (event.direction == Direction::Outbound ? sent : received) += store.payload(row);
    }
    return { sent, received };
}

} // namespace

class tst_PcapReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertedByEditcap_data();
    void convertedByEditcap();
    void linkTypes_data();
    void linkTypes();
    void bothByteOrders();
    void slicesReadAsWhole();
    void liveLoopbackCapture_data();
    void liveLoopbackCapture();
    void truncated_data();
    void truncated();
    void hostileLengths_data();
    void hostileLengths();
    void sniff_data();
    void sniff();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QByteArray m_small; ///< A pcap of conversation() over Ethernet, for the break tests.
};

void tst_PcapReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<QByteArray> frames;
    for (const Packet &p : conversation())
        frames.append(frame(Pcapng::LinkTypeEthernet, false, p));
    m_small = pcapFile(Pcapng::LinkTypeEthernet, frames);
}

QString tst_PcapReader::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_PcapReader::convertedByEditcap_data()
{
    QTest::addColumn<QString>("editcapFormat");
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<bool>("nanoseconds");
    QTest::addRow("pcap ipv4") << QStringLiteral("pcap") << false << false;
    QTest::addRow("pcap ipv6") << QStringLiteral("pcap") << true << false;
    QTest::addRow("nsecpcap ipv4") << QStringLiteral("nsecpcap") << false << true;
}

void tst_PcapReader::convertedByEditcap()
{
    QFETCH(QString, editcapFormat);
    QFETCH(bool, ipv6);
    QFETCH(bool, nanoseconds);
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        QSKIP("editcap is not installed (Debian: apt install tshark)");
    // Our writer makes the pcapng (payloads larger than one segment, both directions, four connections);
    // editcap turns it into classic pcap as someone would before handing it on.
    CaptureStore original(m_dir.path());
    const QList<SampleConnection> sample = fillSample(original, ipv6, 4, 100000);
    const QString ours = m_dir.filePath(QStringLiteral("ours.pcapng"));
    QString error;
    QVERIFY2(TranscriptFile::save(original, ours, &error), qPrintable(error));
    const QString pcap = m_dir.filePath(QStringLiteral("converted.pcap"));
    QCOMPARE(QProcess::execute(editcap, { QStringLiteral("-F"), editcapFormat, ours, pcap }), 0);

    QFile file(pcap);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(qFromLittleEndian<quint32>(file.peek(4).constData()), nanoseconds ? 0xa1b23c4du : 0xa1b2c3d4u);
    CaptureStore read(m_dir.path());
    PcapReader reader(&read);
    QVERIFY2(reader.read(&file), qPrintable(reader.errorString()));
    QVERIFY(reader.isForeign());
    QCOMPARE(reader.isNanosecond(), nanoseconds);
    QCOMPARE(read.connections().size(), original.connections().size());
    QCOMPARE(streamsOf(read), streamsOf(sample));
    // Stamps survive at the file's resolution: our writer's wall clock, cut to microseconds or not.
    QVERIFY(read.count() > 0);
    const qint64 firstWall = read.event(0).wallClockNs;
    QVERIFY2(firstWall > 1714564800LL * 1000000000LL, qPrintable(QString::number(firstWall)));

    // The one sniffer sends it to the pcap reader by content, whatever its name says.
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.pcapng"));
    QFile::remove(renamed);
    QVERIFY(QFile::copy(pcap, renamed));
    CaptureStore opened(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(renamed, &opened);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(result.input, TranscriptReader::Input::Pcap);
    QVERIFY(result.foreign);
    QCOMPARE(result.events, read.count());
    QCOMPARE(streamsOf(opened), streamsOf(sample));
}

void tst_PcapReader::linkTypes_data()
{
    QTest::addColumn<quint32>("linkType");
    QTest::addColumn<bool>("ipv6");
    QTest::addRow("ethernet") << quint32(Pcapng::LinkTypeEthernet) << false;
    QTest::addRow("ethernet ipv6") << quint32(Pcapng::LinkTypeEthernet) << true;
    QTest::addRow("linux cooked") << quint32(Pcapng::LinkTypeLinuxSll) << false;
    QTest::addRow("linux cooked v2") << quint32(Pcapng::LinkTypeLinuxSll2) << true;
    QTest::addRow("bsd loopback") << quint32(Pcapng::LinkTypeNull) << false;
    QTest::addRow("raw ip") << quint32(Pcapng::LinkTypeRaw) << true;
    QTest::addRow("ipv4") << quint32(Pcapng::LinkTypeIpv4) << false;
    QTest::addRow("ipv6") << quint32(Pcapng::LinkTypeIpv6) << true;
}

void tst_PcapReader::linkTypes()
{
    QFETCH(quint32, linkType);
    QFETCH(bool, ipv6);
    QList<QByteArray> frames;
    for (const Packet &p : conversation())
        frames.append(frame(linkType, ipv6, p));
    QByteArray bytes = pcapFile(linkType, frames);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapReader reader(&read);
    QVERIFY2(reader.read(&buffer), qPrintable(reader.errorString()));
    QCOMPARE(reader.linkType(), linkType);
    QCOMPARE(directions(read), qMakePair(QByteArray("hello"), QByteArray("world!\x00\xff", 8)));
    QCOMPARE(read.connections().size(), 1);
    const ConnectionInfo connection = read.connections().constFirst();
    QCOMPARE(connection.local.port, quint16(4000)); // the side that sent the SYN
    QCOMPARE(connection.peer.port, quint16(80));
    QCOMPARE(
        connection.peer.address, QHostAddress(ipv6 ? QStringLiteral("fd00::2") : QStringLiteral("10.0.0.2")));
    QList<EventKind> kinds;
    for (qint64 row = 0; row < read.count(); ++row)
        kinds.append(read.event(row).kind);
    QCOMPARE(kinds,
        (QList<EventKind> { EventKind::Connected, EventKind::Data, EventKind::Data,
            EventKind::LocalHalfClosed, EventKind::PeerHalfClosed, EventKind::Closed }));
    QCOMPARE(
        read.event(1).wallClockNs, 1714564800LL * 1000000000LL + 4000 * 1000LL); // the fourth packet, 4 ms
}

void tst_PcapReader::bothByteOrders()
{
    QByteArray little = m_small;
    QByteArray big = swapped(m_small);
    QCOMPARE(big.left(4), QByteArray::fromHex("a1b2c3d4"));
    QVERIFY(big != little);
    QPair<QByteArray, QByteArray> seen[2];
    QList<qint64> stamps[2];
    for (int i = 0; i < 2; ++i) {
        QBuffer buffer(i == 0 ? &little : &big);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CaptureStore read(m_dir.path());
        PcapReader reader(&read);
        QVERIFY2(reader.read(&buffer), qPrintable(reader.errorString()));
        QCOMPARE(reader.isBigEndian(), i == 1);
        seen[i] = directions(read);
        for (qint64 row = 0; row < read.count(); ++row)
            stamps[i].append(read.event(row).wallClockNs);
    }
    QCOMPARE(seen[0], qMakePair(QByteArray("hello"), QByteArray("world!\x00\xff", 8)));
    QCOMPARE(seen[1], seen[0]);
    QCOMPARE(stamps[1], stamps[0]);

    // Nanosecond magic in big-endian order: the fraction is taken as nanoseconds.
    QByteArray nano = big;
    qToBigEndian(quint32(0xa1b23c4d), nano.data());
    QBuffer buffer(&nano);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapReader reader(&read);
    QVERIFY2(reader.read(&buffer), qPrintable(reader.errorString()));
    QVERIFY(reader.isNanosecond());
    QCOMPARE(read.event(1).wallClockNs, 1714564800LL * 1000000000LL + 4000);
}

void tst_PcapReader::slicesReadAsWhole()
{
    QString error;
    CaptureStore original(m_dir.path());
    const QList<SampleConnection> sample = fillSample(original, false, 2, 20000);
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        QSKIP("editcap is not installed (Debian: apt install tshark)");
    const QString ours = m_dir.filePath(QStringLiteral("slices.pcapng"));
    QVERIFY2(TranscriptFile::save(original, ours, &error), qPrintable(error));
    const QString pcap = m_dir.filePath(QStringLiteral("slices.pcap"));
    QCOMPARE(QProcess::execute(editcap, { QStringLiteral("-F"), QStringLiteral("pcap"), ours, pcap }), 0);

    CaptureStore whole(m_dir.path());
    QCOMPARE(TranscriptFile::open(pcap, &whole).complete, true);
    QFile file(pcap);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureStore sliced(m_dir.path());
    PcapReader reader(&sliced);
    int calls = 0;
    PcapReader::State state;
    while ((state = reader.readSome(&file, 1)) == PcapReader::State::MoreToRead)
        ++calls;
    QCOMPARE(state, PcapReader::State::Done);
    QCOMPARE(reader.readSome(&file, 1), PcapReader::State::Done); // final
    QVERIFY(calls > 10);
    sliced.flush();
    whole.flush();
    const QString why = differences(whole, sliced);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(streamsOf(sliced), streamsOf(sample));
}

void tst_PcapReader::liveLoopbackCapture_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<quint32>("linkType");
    QTest::addRow("lo, ethernet") << QStringLiteral("lo") << quint32(Pcapng::LinkTypeEthernet);
    QTest::addRow("any, linux cooked") << QStringLiteral("any") << quint32(0); // SLL or SLL2, by version
}

void tst_PcapReader::liveLoopbackCapture()
{
    QFETCH(QString, interface);
    QFETCH(quint32, linkType);
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (Debian: apt install tshark)");
    // A real exchange on loopback, captured by tshark as classic pcap, as `tcpdump -w` would write it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString path = m_dir.filePath(QStringLiteral("live-%1.pcap").arg(interface));
    QProcess capture;
    capture.setProcessChannelMode(QProcess::SeparateChannels);
    capture.start(tshark,
        { QStringLiteral("-i"), interface, QStringLiteral("-F"), QStringLiteral("pcap"), QStringLiteral("-w"),
            path, QStringLiteral("-f"), QStringLiteral("tcp port %1").arg(server.serverPort()),
            QStringLiteral("-a"), QStringLiteral("duration:30") });
    if (!capture.waitForStarted(5000))
        QSKIP("tshark does not start");
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    while (
        !log.contains("Capture started") && capture.state() == QProcess::Running && clock.elapsed() < 15000) {
        capture.waitForReadyRead(200);
        log += capture.readAllStandardError();
    }
    if (!log.contains("Capture started")) {
        capture.kill();
        capture.waitForFinished(5000);
        QSKIP(qPrintable(
            QStringLiteral("tshark cannot capture here: ") + QString::fromLocal8Bit(log).simplified()));
    }

    const QByteArray request = "GET / HTTP/1.0\r\n\r\n" + randomBytes(3000, 1);
    const QByteArray reply = "HTTP/1.0 200 OK\r\n\r\n" + randomBytes(70000, 2);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(client.waitForConnected(5000));
    const quint16 clientPort = client.localPort();
    client.write(request);
    QByteArray gotRequest;
    QTRY_VERIFY_WITH_TIMEOUT((gotRequest += accepted->readAll()).size() >= request.size(), 10000);
    accepted->write(reply);
    QByteArray gotReply;
    QTRY_VERIFY_WITH_TIMEOUT((gotReply += client.readAll()).size() >= reply.size(), 10000);
    QCOMPARE(gotReply, reply);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(accepted->state(), QAbstractSocket::UnconnectedState, 5000);
    QTest::qWait(500); // the last packets reach the capture
    capture.terminate(); // SIGTERM: tshark writes what it has and exits
    QVERIFY(capture.waitForFinished(15000));

    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(result.input, TranscriptReader::Input::Pcap);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureStore again(m_dir.path());
    PcapReader reader(&again);
    QVERIFY(reader.read(&file));
    if (linkType != 0)
        QCOMPARE(reader.linkType(), linkType);
    else
        QVERIFY2(
            reader.linkType() == Pcapng::LinkTypeLinuxSll || reader.linkType() == Pcapng::LinkTypeLinuxSll2,
            qPrintable(QString::number(reader.linkType())));
    QCOMPARE(read.connections().size(), 1);
    QCOMPARE(read.connections().constFirst().local.port, clientPort); // the side that sent the SYN
    QCOMPARE(directions(read), qMakePair(request, reply));
}

void tst_PcapReader::truncated_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<QString>("message");
    QTest::addRow("in the file header")
        << 10 << QStringLiteral("truncated pcap file header at offset 8 (10 of 24 bytes)");
    // The first record starts at 24: its header is 16 bytes, then the frame.
    QTest::addRow("in a record header")
        << 30 << QStringLiteral("truncated packet record at offset 24 (a header of 6 of 16 bytes)");
    QTest::addRow("in a frame") << 50 << QStringLiteral("truncated packet record at offset 24 (");
}

void tst_PcapReader::truncated()
{
    QFETCH(int, keep);
    QFETCH(QString, message);
    QByteArray bytes = m_small.left(keep);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapReader reader(&read);
    QVERIFY(!reader.read(&buffer));
    QVERIFY2(reader.errorString().startsWith(message), qPrintable(reader.errorString()));
    QCOMPARE(read.count(), 0);

    // Cut after whole records: those before the cut are read, the error names the record cut short.
    qint64 offset = 24;
    for (int i = 0; i < 4; ++i)
        offset += 16 + qFromLittleEndian<quint32>(m_small.constData() + offset + 8);
    QByteArray cut = m_small.left(offset + 20);
    QBuffer cutBuffer(&cut);
    QVERIFY(cutBuffer.open(QIODevice::ReadOnly));
    CaptureStore partial(m_dir.path());
    PcapReader partialReader(&partial);
    QVERIFY(!partialReader.read(&cutBuffer));
    QVERIFY2(partialReader.errorString().contains(QStringLiteral("offset %1").arg(offset)),
        qPrintable(partialReader.errorString()));
    QCOMPARE(partialReader.errorOffset(), offset);
    QCOMPARE(directions(partial).first, QByteArray("hello")); // the fourth packet made it
}

void tst_PcapReader::hostileLengths_data()
{
    QTest::addColumn<int>("field"); // offset of the 32-bit field to overwrite (little-endian)
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("huge captured length")
        << 24 + 8 << 0xfffffff0u
        << QStringLiteral("corrupt packet record at offset 24 (impossible captured length");
    QTest::addRow("captured length past the end")
        << 24 + 8 << 0x0ffffff0u
        << QStringLiteral("truncated packet record at offset 24 (268435440 bytes announced");
    QTest::addRow("version 3") << 4 << 0x00040003u
                               << QStringLiteral("unsupported pcap version 3.4 at offset 4");
    QTest::addRow("unknown link type")
        << 20 << 147u << QStringLiteral("link type 147 at offset 20 is not one");
}

void tst_PcapReader::hostileLengths()
{
    QFETCH(int, field);
    QFETCH(quint32, value);
    QFETCH(QString, message);
    QByteArray bytes = m_small;
    qToLittleEndian(value, bytes.data() + field);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CaptureStore read(m_dir.path());
    PcapReader reader(&read);
    QVERIFY(!reader.read(&buffer));
    QVERIFY2(reader.errorString().startsWith(message), qPrintable(reader.errorString()));
    QCOMPARE(read.count(), 0);
}

void tst_PcapReader::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("input"); // -1: refused
    QTest::addRow("pcapng") << QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a") << QStringLiteral("x.jsonl")
                            << int(TranscriptReader::Input::Pcapng);
    QTest::addRow("pcap little-endian") << QByteArray::fromHex("d4c3b2a102000400") << QStringLiteral("x.txt")
                                        << int(TranscriptReader::Input::Pcap);
    QTest::addRow("pcap big-endian") << QByteArray::fromHex("a1b2c3d400020004") << QStringLiteral("x")
                                     << int(TranscriptReader::Input::Pcap);
    QTest::addRow("nanosecond pcap") << QByteArray::fromHex("4d3cb2a102000400") << QStringLiteral("x.pcapng")
                                     << int(TranscriptReader::Input::Pcap);
    QTest::addRow("nanosecond pcap big-endian") << QByteArray::fromHex("a1b23c4d00020004")
                                                << QStringLiteral("x") << int(TranscriptReader::Input::Pcap);
    QTest::addRow("json lines") << QByteArray("{\"type\":\"header\"}\n") << QStringLiteral("x.pcapng")
                                << int(TranscriptReader::Input::JsonLines);
    QTest::addRow("unknown, named .pcap")
        << QByteArray("garbage") << QStringLiteral("x.pcap") << int(TranscriptReader::Input::Pcap);
    QTest::addRow("unknown, named .jsonl")
        << QByteArray("garbage") << QStringLiteral("x.jsonl") << int(TranscriptReader::Input::JsonLines);
    QTest::addRow("unknown, no name") << QByteArray("garbage") << QStringLiteral("x")
                                      << int(TranscriptReader::Input::Pcapng); // which names what it found
    QTest::addRow("text transcript") << QByteArray("12:00 hello") << QStringLiteral("x.txt") << -1;
    QTest::addRow("hexdump") << QByteArray("00000000  68") << QStringLiteral("x.hex") << -1;
}

void tst_PcapReader::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(int, input);
    QBuffer buffer(&head);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<TranscriptReader::Input> sniffed = TranscriptReader::sniff(&buffer, name, &error);
    QCOMPARE(buffer.pos(), 0); // peeks only
    if (input < 0) {
        QVERIFY(!sniffed);
        QVERIFY2(error.contains(QLatin1String("written for people")), qPrintable(error));
    } else {
        QVERIFY2(sniffed, qPrintable(error));
        QCOMPARE(int(*sniffed), input);
    }
}

QTEST_GUILESS_MAIN(tst_PcapReader)

#include "tst_pcapreader.moc"
