// What the command line keeps of the traffic: no payload at all without --transcript or --log (no spool file,
// no descriptor to one), and with --transcript only what the writer has not written yet, so its memory stays
// bounded through a 200 MiB transfer while the transcript stays complete and exact (the reader and tshark
// check it).

#include "capture/capturestore.h"
#include "transcript/transcriptfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Sockbench;

namespace {

constexpr int Timeout = 60000;

/// Pseudo-random bytes (xorshift32), continuing from state: fast enough for hundreds of MiB.
QByteArray noise(qsizetype size, quint32 *state)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(bytes.data());
    for (qsizetype w = 0; w < size / 4; ++w) {
        *state ^= *state << 13, *state ^= *state >> 17, *state ^= *state << 5;
        words[w] = *state;
    }
    return bytes;
}

/// A field of /proc/PID/status in KiB (VmRSS, VmHWM), or -1.
qint64 statusKib(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// What the process's descriptors point to that could be a spool: a deleted file (the old spool was unlinked
/// at once: "/tmp/…/sockbench-spool-XXXXXX (deleted)"), a file in directory (its TMPDIR) or a spool by name.
/// Files the test runner left open and the child inherited (ctest's log) are none of those.
QStringList spoolLikeFiles(qint64 pid, const QString &directory)
{
    QStringList files;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        // readlink(2), not QFileInfo: the target of a deleted file ends in " (deleted)" and must show as
        // such.
        QByteArray raw(4096, '\0');
        const QByteArray path = QFile::encodeName(fds.filePath(fd));
        const ssize_t n = ::readlink(path.constData(), raw.data(), size_t(raw.size()));
        if (n <= 0)
            continue;
        const QString text = QString::fromLocal8Bit(raw.left(n));
        if (!text.startsWith(QLatin1Char('/')) || text.startsWith(QLatin1String("/dev/")))
            continue; // a socket, a pipe, an anonymous inode, a device
        if (text.endsWith(QLatin1String(" (deleted)")) || text.startsWith(directory + QLatin1Char('/'))
            || text.contains(QLatin1String("spool")))
            files.append(text);
    }
    return files;
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class tst_CliCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noPayloadKeptWithoutAReader_data();
    void noPayloadKeptWithoutAReader();
    void transcriptHoldsOnlyWhatItHasNotWritten();
    void tsharkFollowsAConnectTranscript();
    void aLongRunKeepsBoundedIndexRows_data();
    void aLongRunKeepsBoundedIndexRows();

private:
    /// Starts `sockbench ARGS` with TMPDIR set to m_tmp (and standard output thrown away unless
    /// keepOutput); returns the port it announces on standard error (0 on failure).
    quint16 startListen(QProcess &process, const QStringList &arguments, bool keepOutput = false,
        const QProcessEnvironment &extra = {});
    /// Sends bytes of noise over client, waiting for each MiB to leave; the hash of what was sent.
    QByteArray sendNoise(QTcpSocket &client, qint64 bytes, const std::function<void()> &whileSending = {});

    QTemporaryDir m_tmp; // the child's TMPDIR: where a spool would go
    QTemporaryDir m_dir; // transcripts
};

void tst_CliCapture::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_dir.isValid());
}

quint16 tst_CliCapture::startListen(
    QProcess &process, const QStringList &arguments, bool keepOutput, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_tmp.path());
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    if (!keepOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
    // Standard input stays open: at its end listen half-closes, and QTcpSocket, hearing FIN, closes whole.
    QByteArray err;
    const QRegularExpression announced(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    const bool ready = QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            match = announced.match(QString::fromLocal8Bit(err));
            return match.hasMatch();
        },
        10000);
    return ready ? quint16(match.captured(1).toUInt()) : 0;
}

QByteArray tst_CliCapture::sendNoise(
    QTcpSocket &client, qint64 bytes, const std::function<void()> &whileSending)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    quint32 state = 2463534242u;
    constexpr qint64 Step = 1024 * 1024;
    for (qint64 sent = 0; sent < bytes; sent += Step) {
        const QByteArray chunk = noise(std::min(Step, bytes - sent), &state);
        hash.addData(chunk);
        client.write(chunk);
        if (!QTest::qWaitFor([&] { return client.bytesToWrite() < Step; }, Timeout)
            || client.state() != QAbstractSocket::ConnectedState)
            return {};
        if (whileSending)
            whileSending();
    }
    if (!QTest::qWaitFor([&] { return client.bytesToWrite() == 0; }, Timeout)
        || client.state() != QAbstractSocket::ConnectedState)
        return {};
    return hash.result();
}

void tst_CliCapture::noPayloadKeptWithoutAReader_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addRow("plain") << QStringList();
    QTest::addRow("verbose") << QStringList { QStringLiteral("--verbose") };
}

void tst_CliCapture::noPayloadKeptWithoutAReader()
{
    QFETCH(QStringList, flags);
    QProcess listen;
    const quint16 port = startListen(
        listen, QStringList { QStringLiteral("listen") } + flags + QStringList { QStringLiteral("0") }, true);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));

    // During the transfer: nothing in TMPDIR, no descriptor to a file (the old spool was a deleted file
    // there, "/tmp/…/sockbench-spool-XXXXXX (deleted)").
    constexpr qint64 Size = 64 * 1024 * 1024;
    QStringList seen;
    QCryptographicHash printed(QCryptographicHash::Sha256);
    qint64 received = 0;
    const auto readOutput = [&] {
        const QByteArray out = listen.readAllStandardOutput();
        printed.addData(out);
        received += out.size();
    };
    const QByteArray hash = sendNoise(client, Size, [&] {
        seen += entries(m_tmp.path());
        seen += spoolLikeFiles(listen.processId(), m_tmp.path());
        readOutput();
    });
    QVERIFY(!hash.isEmpty());
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY(QTest::qWaitFor(
        [&] {
            readOutput();
            return received >= Size;
        },
        Timeout));
    QCOMPARE(spoolLikeFiles(listen.processId(), m_tmp.path()), QStringList());
    QCOMPARE(received, Size); // every byte went through, to standard output
    QCOMPARE(printed.result().toHex(), hash.toHex());
    client.disconnectFromHost();
    listen.closeWriteChannel();
    QVERIFY(listen.waitForFinished(Timeout));
    QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listen.exitCode(), 0);
    QCOMPARE(entries(m_tmp.path()), QStringList());
}

void tst_CliCapture::transcriptHoldsOnlyWhatItHasNotWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("flood.pcapng"));
    QProcess listen;
    const quint16 port = startListen(
        listen, { QStringLiteral("listen"), QStringLiteral("--transcript"), path, QStringLiteral("0") });
    QVERIFY(port != 0);
    const qint64 baseline = statusKib(listen.processId(), "VmRSS");
    QVERIFY(baseline > 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));

    constexpr qint64 Size = 200 * 1024 * 1024;
    QStringList seen;
    const QByteArray sent = sendNoise(client, Size, [&] {
        seen += spoolLikeFiles(listen.processId(), m_tmp.path());
        seen += entries(m_tmp.path());
    });
    QVERIFY(!sent.isEmpty());
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
    // All of it written (the transcript is larger than the payloads: headers), then the peak so far.
    QVERIFY2(QTest::qWaitFor([&] { return QFileInfo(path).size() > Size; }, Timeout),
        qPrintable(QStringLiteral("%1 bytes in the transcript").arg(QFileInfo(path).size())));
    const qint64 peak = statusKib(listen.processId(), "VmHWM");
    qInfo("peak RSS %lld KiB, %lld KiB at the start", peak, baseline);
    // The capture holds at most 16 MiB the transcript has not written; a spool queue held 64 MiB and more.
    QVERIFY2(peak - baseline < 48 * 1024,
        qPrintable(QStringLiteral("peak RSS %1 KiB, %2 KiB at the start").arg(peak).arg(baseline)));
    client.disconnectFromHost();
    listen.closeWriteChannel();
    QVERIFY(listen.waitForFinished(Timeout));
    QCOMPARE(listen.exitCode(), 0);

    // Complete and exact: every byte sent, in order, in the transcript.
    CaptureStore read(m_tmp.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCryptographicHash got(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    for (qint64 row = 0; row < read.count(); ++row) {
        const CaptureEvent event = read.event(row);
        if (event.kind == EventKind::Data && event.direction == Direction::Inbound) {
            QVERIFY(read.isPayloadAvailable(row));
            const QByteArray payload = read.payload(row);
            got.addData(payload);
            bytes += payload.size();
        }
    }
    QCOMPARE(bytes, Size);
    QCOMPARE(got.result().toHex(), sent.toHex());
}

void tst_CliCapture::tsharkFollowsAConnectTranscript()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString path = m_dir.filePath(QStringLiteral("connect.pcapng"));
    QProcess connect;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_tmp.path());
    connect.setProcessEnvironment(environment);
    connect.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("connect"), QStringLiteral("--transcript"), path, QStringLiteral("127.0.0.1"),
            QString::number(server.serverPort()) });
    connect.write("from the client\n");
    connect.closeWriteChannel();
    QVERIFY(server.waitForNewConnection(10000));
    QTcpSocket *peer = server.nextPendingConnection();
    const QByteArray sent = [] {
        quint32 state = 7;
        return noise(3 * 1024 * 1024 + 12, &state);
    }();
    peer->write(sent);
    QVERIFY(QTest::qWaitFor([&] { return peer->bytesToWrite() == 0; }, Timeout));
    QByteArray fromClient;
    QVERIFY(QTest::qWaitFor(
        [&] {
            fromClient += peer->readAll();
            return fromClient.size() >= 16;
        },
        Timeout));
    peer->disconnectFromHost();
    QVERIFY(QTest::qWaitFor([&] { return connect.state() == QProcess::NotRunning; }, Timeout));
    QCOMPARE(connect.exitCode(), 0);
    QCOMPARE(connect.readAllStandardOutput(), sent);

    QProcess follow;
    follow.start(tshark,
        { QStringLiteral("-r"), path, QStringLiteral("-q"), QStringLiteral("-z"),
            QStringLiteral("follow,tcp,raw,0") });
    QVERIFY(follow.waitForFinished(Timeout));
    QByteArray fromServer, toServer;
    bool inData = false;
    for (const QByteArray &line : follow.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Node 1:")) {
            inData = true;
            continue;
        }
        if (!inData || line.startsWith("====") || line.isEmpty())
            continue;
        // tshark indents what the second node sent: here the server, which the client connected to.
        if (line.startsWith('\t'))
            fromServer += QByteArray::fromHex(line.trimmed());
        else
            toServer += QByteArray::fromHex(line);
    }
    QCOMPARE(toServer, QByteArray("from the client\n"));
    QCOMPARE(fromServer.size(), sent.size());
    QVERIFY(fromServer == sent);

    // Every synthetic TCP checksum is right (the payload's sum is computed in 64-bit steps now): tshark
    // verifies each, and finds none it cannot verify or that is wrong.
    const auto framesWhere = [&](const QString &filter) {
        QProcess check;
        check.start(tshark,
            { QStringLiteral("-r"), path, QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"),
                QStringLiteral("-Y"), filter, QStringLiteral("-T"), QStringLiteral("fields"),
                QStringLiteral("-e"), QStringLiteral("frame.number") });
        check.waitForFinished(Timeout);
        return check.readAllStandardOutput().split('\n').count() - 1;
    };
    QVERIFY(framesWhere(QStringLiteral("tcp.checksum.status == 1")) > 48); // 3 MiB in 65,495-byte segments
    QCOMPARE(framesWhere(QStringLiteral("tcp.checksum.status != 1")), 0);
}

void tst_CliCapture::aLongRunKeepsBoundedIndexRows_data()
{
    QTest::addColumn<bool>("transcript");
    QTest::addRow("listen -k --echo") << false;
    QTest::addRow("listen -k --echo --transcript") << true;
}

void tst_CliCapture::aLongRunKeepsBoundedIndexRows()
{
    // The capture forgets index rows once its printer and transcript writer are past them: a listen -k left
    // running kept one row (40 bytes) per chunk for its whole life. Many small echoed chunks make over three
    // segments of rows (65,536 each); at the end it holds fewer than two, and counts stay whole.
    QFETCH(bool, transcript);
    const QString path = m_dir.filePath(QStringLiteral("rows.pcapng"));
    QStringList arguments { QStringLiteral("listen"), QStringLiteral("-k"), QStringLiteral("--echo") };
    if (transcript)
        arguments += { QStringLiteral("--transcript"), path };
    QProcessEnvironment stats;
    stats.insert(QStringLiteral("SOCKBENCH_CAPTURE_STATS"), QStringLiteral("1"));
    QProcess listen;
    const quint16 port = startListen(listen, arguments + QStringList { QStringLiteral("0") }, false, stats);
    QVERIFY(port != 0);

    // Clients in lockstep (one byte out, wait for its echo), so every chunk is a read and a write of its own:
    // two data rows each.
    constexpr int Clients = 32;
    constexpr qint64 Messages = 110000;
    // The rounds were the test's own latency, not the server's (strace -T: it sends each echo within 0.05 ms
    // of reading the byte): QTest::qWaitFor runs the pending events, then sleeps 10 ms, and QTcpSocket sent
    // what write() queued only on the next pass, so a round took two sleeps, longer under load. So each byte
    // is flushed at once and an event loop waits for the last echo without sleeping: the transcript variant
    // took 25.2 s with 32 clients and 23.6 s with 256 that way, and takes 14.2 s with either now (load 10).
    QEventLoop loop;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    qint64 sent = 0, echoed = 0;
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = client.get();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            const qint64 got = socket->readAll().size();
            echoed += got;
            for (qint64 n = 0; n < got && sent < Messages; ++n, ++sent)
                socket->write("x", 1);
            socket->flush();
            if (echoed >= Messages)
                loop.quit();
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket->waitForConnected(5000));
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        clients.push_back(std::move(client));
    }
    for (const auto &client : clients) {
        client->write("x", 1);
        client->flush();
        ++sent;
    }
    QTimer::singleShot(5 * Timeout, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY2(echoed >= Messages, qPrintable(QStringLiteral("%1 of %2 echoed").arg(echoed).arg(Messages)));
    for (const auto &client : clients)
        client->disconnectFromHost();
    clients.clear();
    listen.terminate();
    QVERIFY(listen.waitForFinished(Timeout));
    QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromLocal8Bit(listen.readAllStandardError());
    const QRegularExpression summary(
        QStringLiteral("capture: (\\d+) events, (\\d+) index rows kept, (\\d+) payload bytes"));
    const QRegularExpressionMatch match = summary.match(err);
    QVERIFY2(match.hasMatch(), qPrintable(err));
    const qint64 events = match.captured(1).toLongLong();
    const qint64 kept = match.captured(2).toLongLong();
    qInfo("%lld events, %lld index rows kept", events, kept);
    QVERIFY2(events >= 2 * Messages, qPrintable(err)); // a read and a write per message, and lifecycle
    // Every byte in and out counted, and the lifecycle details (the endpoints, a few dozen bytes a client).
    const qint64 payloadBytes = match.captured(3).toLongLong();
    QVERIFY2(
        payloadBytes >= 2 * Messages && payloadBytes < 2 * Messages + 256 * (Clients + 1), qPrintable(err));
    QVERIFY2(kept < 2 * 65536, qPrintable(err));
    if (!transcript)
        return;
    // Released after the journal wrote them, never before: the transcript has every row and every byte.
    CaptureStore read(m_tmp.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(read.count(), events);
    qint64 in = 0, out = 0;
    for (qint64 row = 0; row < read.count(); ++row) {
        const CaptureEvent event = read.event(row);
        if (event.kind != EventKind::Data)
            continue;
        QVERIFY(read.isPayloadAvailable(row));
        QCOMPARE(read.payload(row), QByteArray(qsizetype(event.payloadSize), 'x'));
        (event.direction == Direction::Inbound ? in : out) += event.payloadSize;
    }
    QCOMPARE(in, Messages);
    QCOMPARE(out, Messages);
}

QTEST_GUILESS_MAIN(tst_CliCapture)
#include "tst_clicapture.moc"
