// The transcript side of the command line: --transcript, transcript show|convert, replay, and a kill -9 of a
// recording listen. tshark (Debian's tshark package) checks what the files hold.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class tst_TranscriptCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void killNineKeepsWhatArrived();
    void interruptedListenRecordsHowItEnded();
    void showAndConvert();
    void showsAClassicPcap();
    void badFiles_data();
    void badFiles();
    void replay_data();
    void replay();
    void usage_data();
    void usage();
    void dashIsStandardInputAndOutput();
    void jqRecipes();

private:
    /// A JSON Lines transcript of one exchange: the client sends clientSends, the listener answers
    /// listenerSends; both directions recorded.
    QString recordBothWays(
        const QString &name, const QByteArray &clientSends, const QByteArray &listenerSends);
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {});
    /// Starts `sockbench listen --transcript path 0` and returns its port (0 on failure).
    quint16 startRecordingListen(QProcess &process, const QString &path);
    QString record(const QString &name, const QByteArray &clientSends);

    QTemporaryDir m_dir;
};

tst_TranscriptCli::Run tst_TranscriptCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

quint16 tst_TranscriptCli::startRecordingListen(QProcess &process, const QString &path)
{
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("listen"), QStringLiteral("--transcript"), path, QStringLiteral("0") });
    QByteArray err;
    const bool ready = QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            return err.contains('\n');
        },
        10000);
    if (!ready)
        return 0;
    const qsizetype colon = err.lastIndexOf(':');
    return quint16(err.mid(colon + 1).trimmed().toUInt());
}

QString tst_TranscriptCli::record(const QString &name, const QByteArray &clientSends)
{
    const QString path = m_dir.filePath(name);
    QProcess listen;
    const quint16 port = startRecordingListen(listen, path);
    if (port == 0)
        return {};
    listen.closeWriteChannel(); // listen half-closes its side at once
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return {};
    client.write(clientSends);
    client.disconnectFromHost();
    if (client.state() != QAbstractSocket::UnconnectedState)
        client.waitForDisconnected(5000);
    if (!listen.waitForFinished(10000) || listen.exitCode() != 0)
        return {};
    return path;
}

void tst_TranscriptCli::killNineKeepsWhatArrived()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    const QString path = m_dir.filePath(QStringLiteral("killed.pcapng"));
    QProcess listen;
    const quint16 port = startRecordingListen(listen, path);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QByteArray early("early bytes\n");
    for (int i = 0; i < 300000; ++i)
        early.append(char(QRandomGenerator::global()->bounded(256)));
    client.write(early);
    QVERIFY(QTest::qWaitFor([&] { return client.bytesToWrite() == 0; }, 5000));
    // The promise is about bytes that arrived more than a second before the kill.
    QTest::qWait(1100);
    client.write("late bytes that may be lost");
    client.flush();
    listen.kill(); // SIGKILL: no clean-up runs
    QVERIFY(listen.waitForFinished(5000));
    QCOMPARE(listen.exitStatus(), QProcess::CrashExit);

    QProcess follow;
    follow.start(tshark,
        { QStringLiteral("-r"), path, QStringLiteral("-q"), QStringLiteral("-z"),
            QStringLiteral("follow,tcp,raw,0") });
    QVERIFY(follow.waitForFinished(60000));
    QByteArray fromClient;
    const QList<QByteArray> lines = follow.readAllStandardOutput().split('\n');
    bool inData = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith("Node 1:")) {
            inData = true;
            continue;
        }
        if (inData && !line.startsWith("====") && !line.startsWith('\t'))
            fromClient += QByteArray::fromHex(line);
    }
    QVERIFY2(fromClient.startsWith(early), qPrintable(QString::number(fromClient.size())));

    // Sockbench opens it too (a cut last block would be reported, what came before kept).
    const Run shown = run({ QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--format"),
        QStringLiteral("jsonl"), path });
    QVERIFY(shown.out.contains("\"kind\":\"accepted\""));
    QVERIFY(shown.out.contains(early.left(12).toBase64()));
}

void tst_TranscriptCli::interruptedListenRecordsHowItEnded()
{
    // Ctrl+C (or SIGTERM) is a clean end: the transcript says the server stopped and its connection closed.
    const QString path = m_dir.filePath(QStringLiteral("interrupted.jsonl"));
    QProcess listen;
    const quint16 port = startRecordingListen(listen, path);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("before the interrupt\n");
    QVERIFY(QTest::qWaitFor([&] { return client.bytesToWrite() == 0; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return listen.readAllStandardOutput().contains("interrupt"); }, 5000));
    listen.terminate();
    QVERIFY(listen.waitForFinished(5000));
    QCOMPARE(listen.exitCode(), 130);

    const Run shown = run({ QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--format"),
        QStringLiteral("jsonl"), path });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("\"kind\":\"stopped-listening\""), shown.out.constData());
    QVERIFY2(shown.out.contains("\"kind\":\"closed\""), shown.out.constData());
}

void tst_TranscriptCli::showAndConvert()
{
    const QString path = record(QStringLiteral("hello.pcapng"), QByteArrayLiteral("hello\x01"));
    QVERIFY(!path.isEmpty());
    const Run text = run({ QStringLiteral("transcript"), QStringLiteral("show"), path });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("<-  6 bytes  hello\\x01\n"), text.out.constData());

    const QString jsonl = m_dir.filePath(QStringLiteral("hello.jsonl"));
    const Run converted = run({ QStringLiteral("transcript"), QStringLiteral("convert"), path, jsonl });
    QCOMPARE(converted.exitCode, 0);
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QByteArray("hello\x01").toBase64()));

    const Run hex = run({ QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--format"),
        QStringLiteral("hex"), jsonl });
    QCOMPARE(hex.exitCode, 0);
    QVERIFY2(hex.out.contains("00000000  68 65 6c 6c 6f 01                                 |hello.|\n"),
        hex.out.constData());

    // And back: pcapng from JSON Lines is the same file, byte for byte, but for the header's description.
    const QString back = m_dir.filePath(QStringLiteral("back.pcapng"));
    QCOMPARE(run({ QStringLiteral("transcript"), QStringLiteral("convert"), jsonl, back }).exitCode, 0);
    const Run again = run({ QStringLiteral("transcript"), QStringLiteral("show"), back });
    QCOMPARE(again.out.mid(again.out.indexOf('\n')), text.out.mid(text.out.indexOf('\n')));
}

void tst_TranscriptCli::showsAClassicPcap()
{
    // What tcpdump -w writes by default: classic pcap. editcap makes one from a session we recorded.
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        QSKIP("editcap is not installed (Debian: apt install tshark)");
    const QString path = record(QStringLiteral("classic.pcapng"), QByteArrayLiteral("hello\x01"));
    QVERIFY(!path.isEmpty());
    const QString pcap = m_dir.filePath(QStringLiteral("classic.pcap"));
    QCOMPARE(QProcess::execute(editcap, { QStringLiteral("-F"), QStringLiteral("pcap"), path, pcap }), 0);
    const Run text = run({ QStringLiteral("transcript"), QStringLiteral("show"), pcap });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.isEmpty(), text.err.constData());
    // Rebuilt from its packets: the client's bytes, inbound at the listener that recorded them.
    QVERIFY2(text.out.contains("6 bytes  hello\\x01\n"), text.out.constData());
    const Run jsonl = run({ QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--format"),
        QStringLiteral("jsonl"), pcap });
    QCOMPARE(jsonl.exitCode, 0);
    QVERIFY2(jsonl.out.contains(QByteArray("hello\x01").toBase64()), jsonl.out.constData());
    QVERIFY2(jsonl.out.contains("Imported classic.pcap"), jsonl.out.constData());
}

void tst_TranscriptCli::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QByteArray random(4096, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    random[0] = 'x';
    QTest::addRow("random bytes") << random << QStringLiteral("not a pcapng file (bad magic at offset 0)");
    QTest::addRow("cut section header") << QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a0100")
                                        << QStringLiteral("truncated block at offset 0");
}

void tst_TranscriptCli::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    for (const QStringList &arguments :
        { QStringList { QStringLiteral("transcript"), QStringLiteral("show"), path },
            QStringList { QStringLiteral("transcript"), QStringLiteral("convert"), path,
                m_dir.filePath(QStringLiteral("out.jsonl")) },
            QStringList {
                QStringLiteral("replay"), path, QStringLiteral("127.0.0.1"), QStringLiteral("9") } }) {
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    }
}

void tst_TranscriptCli::replay_data()
{
    QTest::addColumn<QString>("pace");
    QTest::addColumn<bool>("asServer");
    QTest::addRow("client, fast") << QStringLiteral("fast") << false;
    QTest::addRow("client, original") << QStringLiteral("original") << false;
    QTest::addRow("server, fast") << QStringLiteral("fast") << true;
    QTest::addRow("server, original") << QStringLiteral("original") << true;
}

void tst_TranscriptCli::replay()
{
    QFETCH(QString, pace);
    QFETCH(bool, asServer);
    // Record a client that sends two lines, then replay its outgoing side to another server.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString path = m_dir.filePath(QStringLiteral("client.jsonl"));
    QProcess connect;
    connect.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("connect"), QStringLiteral("--transcript"), path, QStringLiteral("127.0.0.1"),
            QString::number(server.serverPort()) });
    QVERIFY(server.waitForNewConnection(10000));
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    connect.write("first line\n");
    QVERIFY(QTest::qWaitFor([&] { return peer->bytesAvailable() >= 11; }, 5000));
    connect.write("second line\n");
    connect.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return peer->bytesAvailable() >= 23; }, 5000));
    peer->close();
    QVERIFY(connect.waitForFinished(10000));
    QCOMPARE(connect.exitCode(), 0);

    QProcess replay;
    std::unique_ptr<QTcpSocket> second;
    if (asServer) {
        // As the server: it waits on a free port, says which, and replays to the one client that comes.
        replay.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
            { QStringLiteral("replay"), QStringLiteral("--listen"), QStringLiteral("--pace"), pace, path,
                QStringLiteral("0") });
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += replay.readAllStandardError();
                return err.contains('\n');
            },
            10000));
        QVERIFY2(err.startsWith("sockbench: listening on 127.0.0.1:"), err.constData());
        const quint16 port = quint16(err.mid(err.lastIndexOf(':') + 1).trimmed().toUInt());
        second = std::make_unique<QTcpSocket>();
        second->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(second->waitForConnected(5000));
    } else {
        replay.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
            { QStringLiteral("replay"), QStringLiteral("--pace"), pace, path, QStringLiteral("127.0.0.1"),
                QString::number(server.serverPort()) });
        QVERIFY(server.waitForNewConnection(10000));
        second.reset(server.nextPendingConnection());
    }
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += second->readAll();
            return second->state() != QAbstractSocket::ConnectedState || received.size() >= 23;
        },
        10000));
    QCOMPARE(received, QByteArray("first line\nsecond line\n"));
    second->write("bye\n");
    second->disconnectFromHost(); // flushes "bye", then FIN
    if (second->state() != QAbstractSocket::UnconnectedState)
        QVERIFY(second->waitForDisconnected(5000));
    QVERIFY(replay.waitForFinished(10000));
    QCOMPARE(replay.exitCode(), 0);
    QCOMPARE(replay.readAllStandardOutput(), QByteArray("bye\n"));
}

void tst_TranscriptCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("show without file")
        << QStringList { QStringLiteral("transcript"), QStringLiteral("show") };
    QTest::addRow("bad format") << QStringList { QStringLiteral("transcript"), QStringLiteral("show"),
        QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x.pcapng") };
    QTest::addRow("convert to unknown") << QStringList { QStringLiteral("transcript"),
        QStringLiteral("convert"), QStringLiteral("a.pcapng"), QStringLiteral("b.doc") };
    QTest::addRow("bad pace") << QStringList { QStringLiteral("replay"), QStringLiteral("--pace"),
        QStringLiteral("slow"), QStringLiteral("a.pcapng"), QStringLiteral("h"), QStringLiteral("1") };
    QTest::addRow("replay --bind without --listen")
        << QStringList { QStringLiteral("replay"), QStringLiteral("--bind"), QStringLiteral("::1"),
               QStringLiteral("a.pcapng"), QStringLiteral("h"), QStringLiteral("1") };
    QTest::addRow("replay --listen without port")
        << QStringList { QStringLiteral("replay"), QStringLiteral("--listen"), QStringLiteral("a.pcapng") };
    QTest::addRow("replay --listen with a host")
        << QStringList { QStringLiteral("replay"), QStringLiteral("--listen"), QStringLiteral("a.pcapng"),
               QStringLiteral("127.0.0.1"), QStringLiteral("0") };
    QTest::addRow("replay --listen, port 70000") << QStringList { QStringLiteral("replay"),
        QStringLiteral("--listen"), QStringLiteral("a.pcapng"), QStringLiteral("70000") };
    QTest::addRow("transcript extension") << QStringList { QStringLiteral("listen"),
        QStringLiteral("--transcript"), QStringLiteral("x.doc"), QStringLiteral("0") };
}

void tst_TranscriptCli::usage()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith("sockbench: "));
}

QString tst_TranscriptCli::recordBothWays(
    const QString &name, const QByteArray &clientSends, const QByteArray &listenerSends)
{
    const QString path = m_dir.filePath(name);
    QProcess listen;
    const quint16 port = startRecordingListen(listen, path);
    if (port == 0)
        return {};
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return {};
    client.write(clientSends);
    listen.write(listenerSends);
    listen.closeWriteChannel(); // then listen half-closes
    QByteArray got;
    if (!QTest::qWaitFor(
            [&] {
                got += client.readAll();
                return got.size() >= listenerSends.size();
            },
            10000))
        return {};
    client.disconnectFromHost();
    if (!QTest::qWaitFor([&] { return listen.state() == QProcess::NotRunning; }, 10000)
        || listen.exitCode() != 0 || got != listenerSends)
        return {};
    return path;
}

void tst_TranscriptCli::dashIsStandardInputAndOutput()
{
    const QString pcapng = record(QStringLiteral("dash.pcapng"), "over the dash\n");
    QVERIFY(!pcapng.isEmpty());
    QFile file(pcapng);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The description names the file, or standard input: the rest is the same.
    const auto withoutDescription
        = [](QByteArray text, const QByteArray &name) { return text.replace(name, "NAME"); };
    const Run fromFile = run({ QStringLiteral("transcript"), QStringLiteral("show"), pcapng });
    const Run fromStdin
        = run({ QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("-") }, bytes);
    QCOMPARE(fromFile.exitCode, 0);
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    QVERIFY(fromFile.out.contains("over the dash"));
    QCOMPARE(
        withoutDescription(fromStdin.out, "standard input"), withoutDescription(fromFile.out, "dash.pcapng"));

    // convert IN - --format F writes to standard output what convert IN OUT.F writes to a file.
    const QString jsonl = m_dir.filePath(QStringLiteral("dash.jsonl"));
    QCOMPARE(run({ QStringLiteral("transcript"), QStringLiteral("convert"), pcapng, jsonl }).exitCode, 0);
    QFile converted(jsonl);
    QVERIFY(converted.open(QIODevice::ReadOnly));
    const Run toStdout = run({ QStringLiteral("transcript"), QStringLiteral("convert"), pcapng,
        QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("jsonl") });
    QVERIFY2(toStdout.exitCode == 0, toStdout.err.constData());
    QCOMPARE(toStdout.out, converted.readAll());

    // - IN: standard input, to a file.
    const QString fromPipe = m_dir.filePath(QStringLiteral("from-dash.pcapng"));
    const Run intoFile = run(
        { QStringLiteral("transcript"), QStringLiteral("convert"), QStringLiteral("-"), fromPipe }, bytes);
    QVERIFY2(intoFile.exitCode == 0, intoFile.err.constData());
    const Run shown = run({ QStringLiteral("transcript"), QStringLiteral("show"), fromPipe });
    QCOMPARE(
        withoutDescription(shown.out, "from-dash.pcapng"), withoutDescription(fromFile.out, "dash.pcapng"));

    // Standard output has no extension: the format must be named; and a file's name still gives it alone.
    const Run unnamed
        = run({ QStringLiteral("transcript"), QStringLiteral("convert"), pcapng, QStringLiteral("-") });
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.err.contains("convert to standard output (-) needs --format"), unnamed.err.constData());
    const Run both = run({ QStringLiteral("transcript"), QStringLiteral("convert"), pcapng, jsonl,
        QStringLiteral("--format"), QStringLiteral("text") });
    QCOMPARE(both.exitCode, 2);
    // A broken standard input is named as such.
    const Run broken = run(
        { QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("-") }, "not a transcript");
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.startsWith("sockbench: ") && broken.err.contains("standard input")
            && !broken.err.contains("/dev/stdin"),
        broken.err.constData());
}

void tst_TranscriptCli::jqRecipes()
{
    // docs/transcripts.md's recipes, as written there, with Debian's jq (1.6).
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    if (jq.isEmpty())
        QSKIP("jq is not installed (Debian: apt install jq, or scripts/install-deps tests)");
    const QByteArray clientSends("text from the client\n\x00\xff\x80 and binary", 35);
    const QByteArray listenerSends("the answer\n");
    const QString path = recordBothWays(QStringLiteral("recipes.jsonl"), clientSends, listenerSends);
    QVERIFY(!path.isEmpty());
    const auto shell = [&](const QString &script) {
        QProcess process;
        process.start(QStringLiteral("bash"), { QStringLiteral("-c"), script, QStringLiteral("sh"), path });
        process.waitForFinished(10000);
        return std::pair { process.exitCode(), process.readAllStandardOutput() };
    };
    const auto [idStatus, idText]
        = shell(QStringLiteral("jq -r 'select(.type == \"connection\") | .id' \"$1\""));
    QCOMPARE(idStatus, 0);
    const QString id = QString::fromLatin1(idText.trimmed());
    QVERIFY2(id.toInt() > 0, idText.constData());

    const auto [sumStatus, sum] = shell(
        QStringLiteral("jq -n 'reduce (inputs | select(.type == \"event\" and .kind == \"data\")) as $e\n"
                       "         ({}; .[$e.direction] += $e.size)' \"$1\""));
    QCOMPARE(sumStatus, 0);
    const QJsonObject totals = QJsonDocument::fromJson(sum).object();
    QCOMPARE(totals.value(QLatin1String("in")).toInteger(), clientSends.size());
    QCOMPARE(totals.value(QLatin1String("out")).toInteger(), listenerSends.size());

    const auto [textStatus, text]
        = shell(QStringLiteral("jq -j 'select(.type == \"event\" and .kind == \"data\" and .connection == %1 "
                               "and .direction == \"out\")\n"
                               "       | .payload | @base64d' \"$1\"")
                    .arg(id));
    QCOMPARE(textStatus, 0);
    QCOMPARE(text, listenerSends);

    const auto [binaryStatus, binary]
        = shell(QStringLiteral("jq -r 'select(.type == \"event\" and .kind == \"data\" and .connection == %1 "
                               "and .direction == \"in\") | .payload' \\\n"
                               "   \"$1\" | base64 -d")
                    .arg(id));
    QCOMPARE(binaryStatus, 0);
    QCOMPARE(binary, clientSends); // every byte, the ones that are not UTF-8 too

    const auto [connectionsStatus, connections]
        = shell(QStringLiteral("jq -c 'select(.type == \"connection\") | {id, local, peer}' \"$1\""));
    QCOMPARE(connectionsStatus, 0);
    QVERIFY2(connections.startsWith(QByteArray("{\"id\":" + id.toLatin1() + ",\"local\":\"127.0.0.1:")),
        connections.constData());
}

QTEST_GUILESS_MAIN(tst_TranscriptCli)
#include "tst_transcriptcli.moc"
