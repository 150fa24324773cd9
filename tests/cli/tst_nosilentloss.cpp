// No silent loss on the command line (issue 9): a full standard output says so and exits 1, a reader that
// leaves (`| head`) is a quiet success; a full spool or transcript disk says why, exits non-zero, and the
// transcript marks the lost bytes; a transcript read from a pipe is read to its end; strings from a file
// reach the terminal escaped; transcripts are created 0600.

#include "smalltmpfs.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Sockbench::Test::SmallTmpfs;

class tst_NoSilentLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void standardOutputFull_data();
    void standardOutputFull();
    void standardOutputReaderLeft_data();
    void standardOutputReaderLeft();
    void fullTempFolderLosesNothing();
    void transcriptDiskFullSaysWhyOnce();
    void transcriptFromAPipe_data();
    void transcriptFromAPipe();
    void showEscapesStringsFromTheFile();
    void transcriptsAreCreatedPrivate();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs a command of the data row, with its peer, its standard output going to outputFile (a path), or
    /// through `| head -c 10` when outputFile is empty.
    Run runWithPeer(const QString &command, const QString &outputFile);
    /// Runs sockbench with arguments through bash (for pipes); stdout and stderr captured.
    Run runShell(const QString &script, const QStringList &arguments = {});
    /// Starts `sockbench listen ARGS 0`; returns the port it announced (0 on failure).
    quint16 startListen(QProcess &process, const QStringList &arguments);
    /// A JSON Lines transcript of one client connection sending "hi" and receiving `received` bytes.
    QString writeTranscript(const QString &name, qint64 received, const QString &sessionName);
    /// Every event line of a JSON Lines transcript, as objects.
    static QList<QJsonObject> events(const QByteArray &jsonl);

    QTemporaryDir m_dir;
};

void tst_NoSilentLoss::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

tst_NoSilentLoss::Run tst_NoSilentLoss::runShell(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
        QStringList {
            QStringLiteral("-c"), script, QStringLiteral("sh"), QStringLiteral(SOCKBENCH_EXECUTABLE) }
            + arguments);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

quint16 tst_NoSilentLoss::startListen(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        QStringList { QStringLiteral("listen") } + arguments + QStringList { QStringLiteral("0") });
    QByteArray err;
    if (!QTest::qWaitFor(
            [&] {
                err += process.readAllStandardError();
                return err.contains('\n');
            },
            10000))
        return 0;
    const qsizetype colon = err.lastIndexOf(':');
    return quint16(err.mid(colon + 1).trimmed().toUInt());
}

QString tst_NoSilentLoss::writeTranscript(const QString &name, qint64 received, const QString &sessionName)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    auto line = [&](const QJsonObject &object) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    };
    line({ { QStringLiteral("type"), QStringLiteral("header") },
        { QStringLiteral("format"), QStringLiteral("sockbench-transcript") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("description"), QString() } });
    line({ { QStringLiteral("type"), QStringLiteral("session") }, { QStringLiteral("id"), 1 },
        { QStringLiteral("role"), QStringLiteral("client") }, { QStringLiteral("name"), sessionName },
        { QStringLiteral("started_ns"), 0 } });
    line({ { QStringLiteral("type"), QStringLiteral("connection") }, { QStringLiteral("id"), 1 },
        { QStringLiteral("session"), 1 }, { QStringLiteral("local"), QStringLiteral("127.0.0.1:40000") },
        { QStringLiteral("peer"), QStringLiteral("127.0.0.1:9") } });
    qint64 mono = 1000;
    auto event = [&](const QString &kind, const QString &direction, const QByteArray &payload) {
        mono += 1000;
        line({ { QStringLiteral("type"), QStringLiteral("event") }, { QStringLiteral("kind"), kind },
            { QStringLiteral("direction"), direction }, { QStringLiteral("session"), 1 },
            { QStringLiteral("connection"), 1 }, { QStringLiteral("mono_ns"), mono },
            { QStringLiteral("wall_ns"), mono }, { QStringLiteral("size"), qint64(payload.size()) },
            { QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()) } });
    };
    event(QStringLiteral("connected"), QString(), {});
    event(QStringLiteral("data"), QStringLiteral("out"), "hi");
    // Chunks of 200 KiB: each line is far longer than 64 KiB.
    for (qint64 done = 0; done < received; done += 200 * 1024)
        event(QStringLiteral("data"), QStringLiteral("in"),
            QByteArray(int(std::min<qint64>(200 * 1024, received - done)), char('a' + done % 26)));
    event(QStringLiteral("closed"), QString(), {});
    return path;
}

QList<QJsonObject> tst_NoSilentLoss::events(const QByteArray &jsonl)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : jsonl.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("event"))
            list.append(object);
    }
    return list;
}

tst_NoSilentLoss::Run tst_NoSilentLoss::runWithPeer(const QString &command, const QString &outputFile)
{
    constexpr qint64 PeerSends = 4 * 1024 * 1024; // far more than a pipe holds
    QTcpServer server;
    QTcpSocket client;
    QStringList arguments;
    const bool serverPeer = command == QLatin1String("connect") || command == QLatin1String("read")
        || command == QLatin1String("replay");
    if (serverPeer) {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            peer->write("first line\n");
            peer->write(QByteArray(PeerSends, 'x'));
            connect(peer, &QTcpSocket::bytesWritten, peer, [peer] {
                if (peer->bytesToWrite() == 0)
                    peer->disconnectFromHost();
            });
        });
    }
    const QString port = QString::number(server.serverPort());
    if (command == QLatin1String("connect"))
        arguments = { QStringLiteral("connect"), QStringLiteral("127.0.0.1"), port };
    else if (command == QLatin1String("read"))
        arguments = { QStringLiteral("read"), QStringLiteral("127.0.0.1"), port, QStringLiteral("line") };
    else if (command == QLatin1String("replay"))
        arguments = { QStringLiteral("replay"), QStringLiteral("--pace"), QStringLiteral("fast"),
            writeTranscript(QStringLiteral("replay.jsonl"), 0, QStringLiteral("c")),
            QStringLiteral("127.0.0.1"), port };
    else if (command == QLatin1String("show"))
        arguments = { QStringLiteral("transcript"), QStringLiteral("show"),
            writeTranscript(QStringLiteral("show.jsonl"), 1024 * 1024, QStringLiteral("c")) };
    else if (command == QLatin1String("convert")) {
        // Standard output under a name that says the format (`-` is issue 13's).
        const QString out = m_dir.filePath(QStringLiteral("stdout.txt"));
        QFile::remove(out);
        QFile::link(QStringLiteral("/dev/stdout"), out);
        arguments = { QStringLiteral("transcript"), QStringLiteral("convert"),
            writeTranscript(QStringLiteral("convert.jsonl"), 1024 * 1024, QStringLiteral("c")), out };
    }

    QProcess process;
    if (outputFile.isEmpty()) {
        // The reader leaves after 10 bytes; the exit status is sockbench's own.
        process.start(QStringLiteral("bash"),
            QStringList { QStringLiteral("-c"),
                QStringLiteral("\"$@\" | head -c 10 >/dev/null; exit ${PIPESTATUS[0]}"), QStringLiteral("sh"),
                QStringLiteral(SOCKBENCH_EXECUTABLE) }
                + (command == QLatin1String("listen")
                        ? QStringList { QStringLiteral("listen"), QStringLiteral("0") }
                        : arguments));
    } else {
        process.setStandardOutputFile(outputFile);
        if (command == QLatin1String("listen"))
            arguments = { QStringLiteral("listen"), QStringLiteral("0") };
        process.start(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
    }
    QByteArray err;
    if (command == QLatin1String("listen")) {
        if (!QTest::qWaitFor(
                [&] {
                    err += process.readAllStandardError();
                    return err.contains('\n');
                },
                10000))
            return {};
        const quint16 listenPort = quint16(err.mid(err.lastIndexOf(':') + 1).trimmed().toUInt());
        client.connectToHost(QHostAddress::LocalHost, listenPort);
        if (!client.waitForConnected(5000))
            return {};
        client.write(QByteArray(PeerSends, 'y'));
        err.clear();
    } else if (command != QLatin1String("connect")) {
        // connect keeps its input open: at its end it would half-close, and QTcpSocket, our peer, drops
        // what it still had to send when the FIN comes.
        process.closeWriteChannel();
    }
    Run result;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_NoSilentLoss::standardOutputFull_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : { "connect", "listen", "read", "replay", "show", "convert" })
        QTest::addRow("%s", command) << QString::fromLatin1(command);
}

void tst_NoSilentLoss::standardOutputFull()
{
    QFETCH(QString, command);
    const Run run = runWithPeer(command, QStringLiteral("/dev/full"));
    QVERIFY2(run.exitCode == 1,
        qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromLocal8Bit(run.err))));
    QCOMPARE(run.err.count("standard output: No space left on device"), 1);
    QVERIFY2(!run.err.contains("Unknown error"), run.err.constData());
}

void tst_NoSilentLoss::standardOutputReaderLeft_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : { "connect", "listen", "replay", "show", "convert" })
        QTest::addRow("%s", command) << QString::fromLatin1(command);
}

void tst_NoSilentLoss::standardOutputReaderLeft()
{
    QFETCH(QString, command);
    const Run run = runWithPeer(command, QString());
    QVERIFY2(run.exitCode == 0,
        qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromLocal8Bit(run.err))));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void tst_NoSilentLoss::fullTempFolderLosesNothing()
{
    SmallTmpfs tmpfs;
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(tmpfs.whyNot()));
    constexpr qint64 Sent = 8 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("spoolfull.jsonl"));
    QProcess listen;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), tmpfs.path()); // the spool's filesystem is the full one
    listen.setProcessEnvironment(environment);
    const quint16 port = startListen(listen, { QStringLiteral("--transcript"), path });
    QVERIFY(port != 0);
    // Its input stays open: at its end listen half-closes, and QTcpSocket drops what it has not sent yet.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    for (int i = 0; i < 64; ++i)
        client.write(QByteArray(Sent / 64, char('a' + i % 26)));
    QVERIFY(QTest::qWaitFor([&] { return client.bytesToWrite() == 0; }, 20000));
    client.disconnectFromHost();
    listen.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return listen.state() == QProcess::NotRunning; }, 20000));
    const QByteArray err = listen.readAllStandardError();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 kept = 0, lost = 0;
    for (const QJsonObject &event : events(file.readAll())) {
        if (event.value(QLatin1String("kind")).toString() != QLatin1String("data"))
            continue;
        const qint64 size = event.value(QLatin1String("size")).toInteger();
        QVERIFY2(size > 0, "a data event recorded as empty");
        if (event.value(QLatin1String("missing")).toString() == QLatin1String("lost"))
            lost += size;
        else
            kept
                += QByteArray::fromBase64(event.value(QLatin1String("payload")).toString().toLatin1()).size();
    }
    // The command line keeps payloads only until the transcript has them, with no spool in TMPDIR: a full
    // temporary folder (before: every data event recorded with size 0, nothing said, exit 0) costs nothing.
    QCOMPARE(lost, 0);
    QCOMPARE(kept, Sent);
    QVERIFY2(QDir(tmpfs.path()).isEmpty(), "the command line left a file in TMPDIR");
    QCOMPARE(listen.exitCode(), 0);
    QVERIFY2(!err.contains("Unknown error"), err.constData());
}

void tst_NoSilentLoss::transcriptDiskFullSaysWhyOnce()
{
    SmallTmpfs tmpfs;
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(tmpfs.whyNot()));
    const QString path = tmpfs.filePath(QStringLiteral("full.pcapng"));
    QProcess listen;
    // The capture limit would stop the transcript short of the full disk (a quarter of 2 MiB): lifted, so
    // that the disk fills.
    const quint16 port = startListen(listen,
        { QStringLiteral("--transcript"), path, QStringLiteral("--capture-limit"), QStringLiteral("1G") });
    QVERIFY(port != 0);
    // Its input stays open: at its end listen half-closes, and QTcpSocket drops what it has not sent yet.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(QByteArray(8 * 1024 * 1024, 'z'));
    QVERIFY(QTest::qWaitFor([&] { return client.bytesToWrite() == 0; }, 20000));
    client.disconnectFromHost();
    listen.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return listen.state() == QProcess::NotRunning; }, 20000));
    const QByteArray err = listen.readAllStandardError();
    QCOMPARE(listen.exitCode(), 1);
    QCOMPARE(err.count("No space left on device"), 1);
    QVERIFY2(err.contains(path.toLocal8Bit()), err.constData());
    QVERIFY2(!err.contains("Unknown error"), err.constData());
}

void tst_NoSilentLoss::transcriptFromAPipe_data()
{
    QTest::addColumn<QString>("via");
    QTest::addRow("jsonl") << QStringLiteral("jsonl");
    QTest::addRow("pcapng") << QStringLiteral("pcapng");
}

void tst_NoSilentLoss::transcriptFromAPipe()
{
    QFETCH(QString, via);
    const QString jsonl = writeTranscript(QStringLiteral("pipe.jsonl"), 3 * 1024 * 1024, QStringLiteral("c"));
    QString input = jsonl;
    if (via == QLatin1String("pcapng")) {
        input = m_dir.filePath(QStringLiteral("pipe.pcapng"));
        const Run convert
            = runShell(QStringLiteral("\"$1\" transcript convert \"$2\" \"$3\""), { jsonl, input });
        QVERIFY2(convert.exitCode == 0, convert.err.constData());
    }
    const QString out = m_dir.filePath(QStringLiteral("from-pipe-%1.jsonl").arg(via));
    const Run run = runShell(
        QStringLiteral("cat \"$2\" | \"$1\" transcript convert /dev/stdin \"$3\""), { input, out });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile original(jsonl), copy(out);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QList<QJsonObject> expected = events(original.readAll());
    const QList<QJsonObject> got = events(copy.readAll());
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(got.at(i).value(QLatin1String("payload")), expected.at(i).value(QLatin1String("payload")));
}

void tst_NoSilentLoss::showEscapesStringsFromTheFile()
{
    const QString path = writeTranscript(
        QStringLiteral("hostile.jsonl"), 10, QStringLiteral("evil\x1b]0;owned\x07\x1b[2J\u009b1m"));
    const Run run = runShell(QStringLiteral("\"$1\" transcript show \"$2\""), { path });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("evil\\x1b]0;owned\\x07\\x1b[2J\\xc2\\x9b1m"), run.out.constData());
    for (const char c : run.out)
        QVERIFY2(c == '\n' || (uchar(c) >= 0x20 && uchar(c) != 0x7f), run.out.constData());
    QVERIFY(!run.out.contains("\xc2\x9b"));
}

void tst_NoSilentLoss::transcriptsAreCreatedPrivate()
{
    const QString jsonl = writeTranscript(QStringLiteral("modes.jsonl"), 10, QStringLiteral("c"));
    const QString converted = m_dir.filePath(QStringLiteral("modes.pcapng"));
    const QString recorded = m_dir.filePath(QStringLiteral("modes-listen.pcapng"));
    QFile::remove(converted);
    QFile::remove(recorded);
    const Run convert = runShell(
        QStringLiteral("umask 022; \"$1\" transcript convert \"$2\" \"$3\""), { jsonl, converted });
    QVERIFY2(convert.exitCode == 0, convert.err.constData());
    // A listen that records and ends at once: its standard input is empty and nobody connects.
    const Run listen = runShell(
        QStringLiteral("umask 022; timeout 2 \"$1\" listen --transcript \"$2\" 0 </dev/null; true"),
        { recorded });
    Q_UNUSED(listen);
    for (const QString &path : { converted, recorded }) {
        struct stat status = {};
        QVERIFY2(::stat(QFile::encodeName(path).constData(), &status) == 0, qPrintable(path));
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
    }
}

QTEST_GUILESS_MAIN(tst_NoSilentLoss)
#include "tst_nosilentloss.moc"
