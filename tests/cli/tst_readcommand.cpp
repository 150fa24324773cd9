// `sockbench read HOST PORT STEP...` run as a separate process against peers on 127.0.0.1: a QTcpServer in
// this process that writes scripted pieces with gaps between them, and socat. Ports come from the listeners
// (port 0).

#include <memory>

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Timeout = 15000;
// Long enough for sockbench to take each piece as its own chunk; the results do not depend on it.
constexpr int PieceGap = 100;

/// A peer on a free loopback port that accepts one client and records what it sends.
class ScriptedPeer
{
public:
    ScriptedPeer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            m_socket = m_server.nextPendingConnection();
            QObject::connect(
                m_socket, &QTcpSocket::readyRead, &m_server, [this] { received += m_socket->readAll(); });
            QObject::connect(
                m_socket, &QTcpSocket::readChannelFinished, &m_server, [this] { inputEnded = true; });
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_listening; }
    QString port() const { return QString::number(m_server.serverPort()); }
    QTcpSocket *socket() const { return m_socket; }
    bool waitForClient()
    {
        return QTest::qWaitFor([this] { return !m_socket.isNull(); }, Timeout);
    }
    /// Waits a little for a connection that should not come: a client that did connect is caught here.
    bool hadClient() { return m_server.waitForNewConnection(200) || !m_socket.isNull(); }

    void write(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }

    QByteArray received;
    bool inputEnded = false;

private:
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    bool m_listening = false;
};

/// One run of the sockbench executable; output is collected when it has finished.
struct Run
{
    explicit Run(const QStringList &arguments)
    {
        process.start(
            QStringLiteral(SOCKBENCH_EXECUTABLE), QStringList { QStringLiteral("read") } + arguments);
        started = process.waitForStarted(Timeout);
    }
    ~Run()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(Timeout);
        }
    }

    /// True when the process exited normally within the time allowed; out and err then hold its output.
    bool finish()
    {
        const bool exited
            = QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, Timeout)
            && process.exitStatus() == QProcess::NormalExit;
        out = process.readAllStandardOutput();
        err = QString::fromUtf8(process.readAllStandardError());
        return exited;
    }
    int exitCode() const { return process.exitCode(); }

    QProcess process;
    bool started = false;
    QByteArray out;
    QString err;
};

QStringList hostAndPort(const QString &port)
{
    return { QStringLiteral("127.0.0.1"), port };
}

} // namespace

class tst_ReadCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data();
    void steps();
    void timeout_data();
    void timeout();
    void httpExchange();
    void halfCloseWithSocat();
    void badStep_data();
    void badStep();
    void maxLine_data();
    void maxLine();
    void badMaxLine_data();
    void badMaxLine();
    void connectionRefused();
    void commandAndSendFile();
    void pythonHttpServer_data();
    void pythonHttpServer();
    void listenPlaysTheServerSideToNc();
    void acceptTimeoutNeverEarly();
    void readTimeoutNeverEarly();
    void badListen_data();
    void badListen();
};

void tst_ReadCommand::steps_data()
{
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<bool>("peerCloses");
    QTest::addColumn<QStringList>("arguments"); // options and steps, after HOST PORT
    QTest::addColumn<QByteArray>("expectedOut");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedErr");

    QTest::addRow("line in three pieces")
        << QByteArrayList { "GET / HT", "TP/1.", "0\r\nHost" } << false
        << QStringList { QStringLiteral("line"), QStringLiteral("next:4") }
        << QByteArray("line: \"GET / HTTP/1.0\"\nnext:4: \"Host\"\n") << 0 << QString();
    QTest::addRow("next:5 waits for five bytes")
        << QByteArrayList { "he", "l", "lo!" } << false
        << QStringList { QStringLiteral("next:5"), QStringLiteral("available") }
        << QByteArray("next:5: \"hello\"\navailable: \"!\"\n") << 0 << QString();
    QTest::addRow("upto stops at the delimiter")
        << QByteArrayList { "ab", "c;de", "f;gh" } << false
        << QStringList { QStringLiteral("upto:;"), QStringLiteral("upto:;"), QStringLiteral("next:2") }
        << QByteArray("upto:;: \"abc\"\nupto:;: \"def\"\nnext:2: \"gh\"\n") << 0 << QString();
    QTest::addRow("upto with an escaped delimiter")
        << QByteArrayList { "key\r", "\nvalue\r\n" } << false
        << QStringList { QStringLiteral("upto:\\r\\n"), QStringLiteral("upto:\\r\\n") }
        << QByteArray("upto:\\r\\n: \"key\"\nupto:\\r\\n: \"value\"\n") << 0 << QString();
    QTest::addRow("end when the peer closes")
        << QByteArrayList { "one\n", "two", "\nthree" } << true
        << QStringList { QStringLiteral("line"), QStringLiteral("end") }
        << QByteArray("line: \"one\"\nend: \"two\\nthree\"\n") << 0 << QString();
    QTest::addRow("lines escape quotes and bytes")
        << QByteArrayList { QByteArray("a\"b\\\x01\xff\n", 7) } << false
        << QStringList { QStringLiteral("line") } << QByteArray("line: \"a\\\"b\\\\\\x01\\xff\"\n") << 0
        << QString();
    QTest::addRow("raw shows the bytes as they are")
        << QByteArrayList { "xy", "z\n", "more" } << true
        << QStringList { QStringLiteral("--show"), QStringLiteral("raw"), QStringLiteral("next:3"),
               QStringLiteral("end") }
        << QByteArray("xyz\nmore") << 0 << QString();
    QTest::addRow("peer closed, fail")
        << QByteArrayList { "abc" } << true << QStringList { QStringLiteral("next:5") } << QByteArray() << 1
        << QStringLiteral("sockbench: step 1 (next:5): connection closed by peer before 5 bytes arrived; "
                          "3 bytes had arrived");
    QTest::addRow("peer closed, return")
        << QByteArrayList { "abc" } << true
        << QStringList { QStringLiteral("--on-timeout"), QStringLiteral("return"), QStringLiteral("next:5"),
               QStringLiteral("available") }
        << QByteArray("next:5: \"abc\" (peer closed)\navailable: \"\" (peer closed)\n") << 0 << QString();
    // receive waits for one piece (receiveData); available takes what is there and never waits: with a
    // 60 s timeout, a waiting available would outlast the test's wait for the process.
    QTest::addRow("receive takes one piece each")
        << QByteArrayList { "one", "two" } << false
        << QStringList { QStringLiteral("receive"), QStringLiteral("receive") }
        << QByteArray("receive: \"one\"\nreceive: \"two\"\n") << 0 << QString();
    QTest::addRow("available does not wait")
        << QByteArrayList {} << false
        << QStringList { QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("available") }
        << QByteArray("available: \"\"\n") << 0 << QString();
    // The chapter's chunk reader: Hello, World, then no more data; the line makes sure both are buffered.
    QTest::addRow("while-available reads the pieces")
        << QByteArrayList { "ready\nHelloWorld" } << false
        << QStringList { QStringLiteral("line"), QStringLiteral("while-available:next:5") }
        << QByteArray(
               "line: \"ready\"\nwhile-available:next:5: \"Hello\"\nwhile-available:next:5: \"World\"\n")
        << 0 << QString();
    QTest::addRow("while-available with a short last piece")
        << QByteArrayList { "ready\nHelloWorl" } << false
        << QStringList { QStringLiteral("--timeout"), QStringLiteral("0.3"), QStringLiteral("--on-timeout"),
               QStringLiteral("return"), QStringLiteral("line"), QStringLiteral("while-available:next:5"),
               QStringLiteral("send:done") }
        << QByteArray("line: \"ready\"\nwhile-available:next:5: \"Hello\"\n"
                      "while-available:next:5: \"Worl\" (timed out)\n")
        << 0 << QString();
    QTest::addRow("while-available with nothing there")
        << QByteArrayList {} << false << QStringList { QStringLiteral("while-available:next:5") }
        << QByteArray() << 0 << QString();
    QTest::addRow("binary shows byte arrays")
        << QByteArrayList { QByteArray("ABC\x00\xff", 5) } << false
        << QStringList { QStringLiteral("--binary"), QStringLiteral("next:3"), QStringLiteral("next:2") }
        << QByteArray("next:3: #[65 66 67]\nnext:2: #[0 255]\n") << 0 << QString();
    QTest::addRow("binary and raw") << QByteArrayList { "ABC" } << true
                                    << QStringList { QStringLiteral("--binary"), QStringLiteral("--show"),
                                           QStringLiteral("raw"), QStringLiteral("end") }
                                    << QByteArray("#[65 66 67]\n") << 0 << QString();
    QTest::addRow("crlf-lines keeps a bare LF in the line")
        << QByteArrayList { "a\nb\r\nc\n" } << true
        << QStringList { QStringLiteral("--crlf-lines"), QStringLiteral("line"), QStringLiteral("end") }
        << QByteArray("line: \"a\\nb\"\nend: \"c\\n\"\n") << 0 << QString();
}

void tst_ReadCommand::steps()
{
    QFETCH(QByteArrayList, pieces);
    QFETCH(bool, peerCloses);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedOut);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedErr);

    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    Run run(hostAndPort(peer.port()) + arguments); // options may follow the positional arguments
    QVERIFY(run.started);
    QVERIFY(peer.waitForClient());
    for (const QByteArray &piece : std::as_const(pieces)) {
        peer.write(piece);
        QTest::qWait(PieceGap);
    }
    if (peerCloses)
        peer.socket()->disconnectFromHost();
    QVERIFY(run.finish());
    QCOMPARE(run.out, expectedOut);
    QCOMPARE(run.exitCode(), expectedExit);
    if (expectedErr.isEmpty())
        QCOMPARE(run.err, QString());
    else
        QCOMPARE(run.err.trimmed(), expectedErr);
}

void tst_ReadCommand::timeout_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("expectedOut");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedErr");
    QTest::addColumn<QByteArray>("expectedReceived");

    QTest::addRow("fail") << QStringLiteral("fail") << QByteArray() << 5
                          << QStringLiteral(
                                 "sockbench: step 1 (line): timed out after 0.5 s; 5 bytes had arrived")
                          << QByteArray();
    QTest::addRow("return") << QStringLiteral("return") << QByteArray("line: \"hello\" (timed out)\n") << 0
                            << QString() << QByteArray("bye");
}

void tst_ReadCommand::timeout()
{
    QFETCH(QString, policy);
    QFETCH(QByteArray, expectedOut);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedErr);
    QFETCH(QByteArray, expectedReceived);

    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    // The peer sends half a line and then nothing, keeping the connection open.
    Run run(QStringList {
                QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("--on-timeout"), policy }
        + hostAndPort(peer.port()) + QStringList { QStringLiteral("line"), QStringLiteral("send:bye") });
    QVERIFY(run.started);
    QVERIFY(peer.waitForClient());
    peer.write("hello");
    QVERIFY(run.finish());
    QCOMPARE(run.out, expectedOut);
    QCOMPARE(run.exitCode(), expectedExit);
    QCOMPARE(run.err.trimmed(), expectedErr);
    // With return the script goes on to its next step; with fail it stops.
    QTRY_VERIFY(peer.inputEnded);
    QCOMPARE(peer.received, expectedReceived);
}

void tst_ReadCommand::httpExchange()
{
    const QByteArray response("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nHello from the test\n");
    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString transcript = dir.filePath(QStringLiteral("http.txt"));
    Run run(QStringList {
                QStringLiteral("--show"), QStringLiteral("raw"), QStringLiteral("--transcript"), transcript }
        + hostAndPort(peer.port())
        + QStringList { QStringLiteral("send:GET / HTTP/1.0\\r\\n\\r\\n"), QStringLiteral("end") });
    QVERIFY(run.started);
    QVERIFY(peer.waitForClient());
    // A tiny HTTP/1.0 server: answer once the request's empty line came, then close.
    QTRY_VERIFY_WITH_TIMEOUT(peer.received.contains("\r\n\r\n"), Timeout);
    QCOMPARE(peer.received, QByteArray("GET / HTTP/1.0\r\n\r\n"));
    peer.write(response);
    peer.socket()->disconnectFromHost();
    QVERIFY(run.finish());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.out, response);

    QFile file(transcript);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QVERIFY2(recorded.contains("GET / HTTP/1.0") && recorded.contains("Hello from the test"),
        recorded.constData());
}

void tst_ReadCommand::halfCloseWithSocat()
{
    // socat runs `wc -c` on the connection: it answers only once it has seen the end of our input.
    QProcess socat;
    socat.start(QStringLiteral("socat"),
        { QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("TCP-LISTEN:0,bind=127.0.0.1"),
            QStringLiteral("SYSTEM:wc -c") });
    QVERIFY(socat.waitForStarted(Timeout));
    const auto stopSocat = qScopeGuard([&socat] {
        socat.kill();
        socat.waitForFinished(Timeout);
    });
    static const QRegularExpression listening(QStringLiteral("listening on AF=2 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray socatErr;
    QRegularExpressionMatch match;
    QVERIFY(QTest::qWaitFor(
        [&] {
            socatErr += socat.readAllStandardError();
            return (match = listening.match(QString::fromLocal8Bit(socatErr))).hasMatch();
        },
        Timeout));

    Run run(hostAndPort(match.captured(1))
        + QStringList { QStringLiteral("send:hello\\n"), QStringLiteral("close"), QStringLiteral("line") });
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.out, QByteArray("line: \"6\"\n"));
}

void tst_ReadCommand::badStep_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expectedErr");

    QTest::addRow("unknown escape") << QStringList { QStringLiteral("send:ok"), QStringLiteral("send:a\\q") }
                                    << QStringLiteral(
                                           "sockbench: step 2 (send:a\\q): column 7: unknown escape \\q");
    QTest::addRow("short hex escape")
        << QStringList { QStringLiteral("line"), QStringLiteral("upto:\\x4") }
        << QStringLiteral("sockbench: step 2 (upto:\\x4): column 6: \\x needs two hex digits");
    QTest::addRow("unknown step") << QStringList { QStringLiteral("send:ok"), QStringLiteral("read") }
                                  << QStringLiteral("sockbench: step 2 (read): unknown step 'read'");
    QTest::addRow("next without a count")
        << QStringList { QStringLiteral("next:x") }
        << QStringLiteral("sockbench: step 1 (next:x): next needs a number");
    QTest::addRow("empty delimiter") << QStringList { QStringLiteral("upto:") }
                                     << QStringLiteral("sockbench: step 1 (upto:): upto needs a delimiter");
    QTest::addRow("value on line") << QStringList { QStringLiteral("line:2") }
                                   << QStringLiteral("sockbench: step 1 (line:2): line takes no value");
    QTest::addRow("value on receive")
        << QStringList { QStringLiteral("receive:1") }
        << QStringLiteral("sockbench: step 1 (receive:1): receive takes no value");
    QTest::addRow("command without text")
        << QStringList { QStringLiteral("command") }
        << QStringLiteral(
               "sockbench: step 1 (command): command needs a value after a colon, as in command:HELO");
    QTest::addRow("command with a bad escape")
        << QStringList { QStringLiteral("command:a\\q") }
        << QStringLiteral("sockbench: step 1 (command:a\\q): column 10: unknown escape \\q");
    QTest::addRow("while-available of a line")
        << QStringList { QStringLiteral("while-available:line") }
        << QStringLiteral(
               "sockbench: step 1 (while-available:line): while-available needs the read to repeat, "
               "as in while-available:next:5, not 'line'");
    QTest::addRow("while-available of 0 bytes")
        << QStringList { QStringLiteral("while-available:next:0") }
        << QStringLiteral(
               "sockbench: step 1 (while-available:next:0): while-available:next needs a number of "
               "bytes from 1 to 67108864, not '0'");
    QTest::addRow("sendfile without a chunk size")
        << QStringList { QStringLiteral("sendfile:song.mp3") }
        << QStringLiteral("sockbench: step 1 (sendfile:song.mp3): sendfile needs a path and a chunk size");
    QTest::addRow("sendfile of a bad chunk size")
        << QStringList { QStringLiteral("sendfile:/etc/hostname:0") }
        << QStringLiteral(
               "sockbench: step 1 (sendfile:/etc/hostname:0): sendfile's chunk size needs a number "
               "of bytes from 1 to 67108864, not '0'");
    QTest::addRow("sendfile of no file")
        << QStringList { QStringLiteral("sendfile:/nonexistent/song.mp3:3000") }
        << QStringLiteral(
               "sockbench: step 1 (sendfile:/nonexistent/song.mp3:3000): no file '/nonexistent/song.mp3'");
    QTest::addRow("sendfile of a folder")
        << QStringList { QStringLiteral("sendfile:/tmp:3000") }
        << QStringLiteral("sockbench: step 1 (sendfile:/tmp:3000): '/tmp' is a folder, not a file");
}

void tst_ReadCommand::badStep()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, expectedErr);

    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    Run run(hostAndPort(peer.port()) + steps);
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(run.err.startsWith(expectedErr), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    // Checked before connecting: the peer never sees a client, so not even the good first step is sent.
    QVERIFY(!peer.hadClient());
    QCOMPARE(peer.received, QByteArray());
}

void tst_ReadCommand::maxLine_data()
{
    QTest::addColumn<QString>("maxLine");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedErr");

    const QByteArray kibibyte(1024, 'k');
    QTest::addRow("a line of the limit") << QStringLiteral("1K") << kibibyte + "\n"
                                         << QStringLiteral("line") << 0 << QString();
    QTest::addRow("a line of the limit, CR LF") << QStringLiteral("1024") << kibibyte + "\r\n"
                                                << QStringLiteral("line") << 0 << QString();
    QTest::addRow("a line one past the limit")
        << QStringLiteral("1K") << kibibyte + "k\n"
        << QStringLiteral("line") << 1
        << QStringLiteral("sockbench: step 1 (line): no end of line within 1024 bytes (the line limit); "
                          "--max-line sets it (now 1K)");
    QTest::addRow("upto past the limit")
        << QStringLiteral("1kib") << kibibyte + kibibyte << QStringLiteral("upto:;") << 1
        << QStringLiteral(
               "sockbench: step 1 (upto:;): no delimiter \";\" within 1024 bytes (the line limit); "
               "--max-line sets it (now 1K)");
    // The default, 16 MiB: a line of 17 MiB fails without taking the memory it would need.
    QTest::addRow("default limit")
        << QString() << QByteArray(17 * 1024 * 1024, 'x') << QStringLiteral("line") << 1
        << QStringLiteral("sockbench: step 1 (line): no end of line within 16777216 bytes (the "
                          "line limit); --max-line sets it (now 16M)");
}

void tst_ReadCommand::maxLine()
{
    QFETCH(QString, maxLine);
    QFETCH(QByteArray, sent);
    QFETCH(QString, step);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedErr);

    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    QStringList arguments
        = hostAndPort(peer.port()) + QStringList { step, QStringLiteral("--show"), QStringLiteral("raw") };
    if (!maxLine.isEmpty())
        arguments += { QStringLiteral("--max-line"), maxLine };
    Run run(arguments);
    QVERIFY(run.started);
    QVERIFY(peer.waitForClient());
    peer.write(sent);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), expectedExit);
    QCOMPARE(run.err.trimmed(), expectedErr);
    QCOMPARE(run.out, expectedExit == 0 ? QByteArray(1024, 'k') : QByteArray());
}

void tst_ReadCommand::badMaxLine_data()
{
    QTest::addColumn<QString>("value");
    for (const char *value : { "0", "-1", "1.5M", "abc", "16X", "", "2G", "99999999999999999999", "1G1" })
        QTest::addRow("'%s'", value) << QString::fromLatin1(value);
}

void tst_ReadCommand::badMaxLine()
{
    QFETCH(QString, value);
    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    Run run(hostAndPort(peer.port())
        + QStringList { QStringLiteral("--max-line"), value, QStringLiteral("line") });
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(run.err.startsWith(QStringLiteral(
                 "sockbench: --max-line needs a size from 1 byte to 1G, such as 512K or 16M, not '%1'")
                                    .arg(value)),
        qPrintable(run.err));
    QVERIFY(!peer.hadClient());
}

void tst_ReadCommand::connectionRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(server.serverPort());
    server.close(); // Nothing listens there now: the connection is refused.
    Run run(hostAndPort(port) + QStringList { QStringLiteral("send:hi"), QStringLiteral("line") });
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
}

void tst_ReadCommand::commandAndSendFile()
{
    // sendCommand: is the text and CR LF; the file goes in 4-byte chunks, the last padded with zeros.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A colon in the path: the chunk size follows the last one.
    const QString path = dir.filePath(QStringLiteral("song:1.mp3"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0123456789");
    file.close();
    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    const QString journal = dir.filePath(QStringLiteral("sent.jsonl"));
    Run run(QStringList { QStringLiteral("--transcript"), journal } + hostAndPort(peer.port())
        + QStringList {
            QStringLiteral("command:HELO x"), QStringLiteral("sendfile:") + path + QStringLiteral(":4") });
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode(), 0);
    QTRY_VERIFY(peer.inputEnded);
    QCOMPARE(peer.received, QByteArray("HELO x\r\n0123456789\0\0", 20));
    // One send per chunk: three outgoing events of 4 bytes after the command's.
    QFile recorded(journal);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArray lines = recorded.readAll();
    QCOMPARE(lines.count("\"size\":4"), 3);
}

void tst_ReadCommand::pythonHttpServer_data()
{
    QTest::addColumn<QStringList>("arguments"); // before HOST PORT
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("outStart");
    QTest::addColumn<QString>("outEnd");

    // The chapter's raw-socket GET: HTTP/1.1 with Host and Accept, CR LF line ends, read with a 5 s timeout.
    QTest::addRow("raw GET, receiveDataTimeout: 5")
        << QStringList { QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--on-timeout"),
               QStringLiteral("return") }
        << QStringList { QStringLiteral("send:GET /hello.txt HTTP/1.1\\r\\nHost: localhost\\r\\nAccept: "
                                        "text/html\\r\\n\\r\\n"),
               QStringLiteral("receive") }
        << QStringLiteral("receive: \"HTTP/1.0 200 OK\\r\\n") << QString();
    // SocketStream: sendCommand: the lines, nextLine the status line (CR LF, as Pharo's), upToEnd the page.
    QTest::addRow("sendCommand:, nextLine, upToEnd")
        << QStringList { QStringLiteral("--crlf-lines") }
        << QStringList { QStringLiteral("command:GET /hello.txt HTTP/1.1"),
               QStringLiteral("command:Host: localhost"), QStringLiteral("command:"), QStringLiteral("line"),
               QStringLiteral("upto:\\r\\n\\r\\n"), QStringLiteral("end") }
        << QStringLiteral("line: \"HTTP/1.0 200 OK\"\n")
        << QStringLiteral("end: \"Hello from the chapter\\n\"\n");
}

void tst_ReadCommand::pythonHttpServer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, steps);
    QFETCH(QString, outStart);
    QFETCH(QString, outEnd);
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QFile page(site.filePath(QStringLiteral("hello.txt")));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("Hello from the chapter\n");
    page.close();
    // Port 0: Python says which port it got.
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), site.path(), QStringLiteral("0") });
    QVERIFY(python.waitForStarted(Timeout));
    const auto stopPython = qScopeGuard([&python] {
        python.kill();
        python.waitForFinished(Timeout);
    });
    static const QRegularExpression serving(QStringLiteral("Serving HTTP on 127\\.0\\.0\\.1 port (\\d+)"));
    QString said;
    QRegularExpressionMatch match;
    QVERIFY(QTest::qWaitFor(
        [&] {
            said += QString::fromUtf8(python.readAllStandardOutput());
            return (match = serving.match(said)).hasMatch();
        },
        Timeout));
    Run run(arguments + hostAndPort(match.captured(1)) + steps);
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode(), 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(outStart), qPrintable(out));
    QVERIFY2(out.endsWith(outEnd), qPrintable(out));
}

void tst_ReadCommand::listenPlaysTheServerSideToNc()
{
    // The chapter's SocketStream server: greet with a CR LF line, read one line from the client, close.
    // Debian's nc without -N keeps its side open at the end of its input: it ends because we close.
    Run run(QStringList { QStringLiteral("--listen"), QStringLiteral("--accept-timeout"),
        QStringLiteral("30"), QStringLiteral("0"), QStringLiteral("command:Greetings from Pharo Server"),
        QStringLiteral("line") });
    QVERIFY(run.started);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QString err;
    QRegularExpressionMatch match;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(run.process.readAllStandardError());
            return (match = listening.match(err)).hasMatch();
        },
        Timeout));
    QProcess nc;
    nc.start(QStringLiteral("nc"), { QStringLiteral("127.0.0.1"), match.captured(1) });
    QVERIFY(nc.waitForStarted(Timeout));
    nc.write("Hello from nc\r\n");
    nc.closeWriteChannel();
    QVERIFY(nc.waitForFinished(Timeout));
    QCOMPARE(nc.exitCode(), 0);
    QCOMPARE(nc.readAllStandardOutput(), QByteArray("Greetings from Pharo Server\r\n"));
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.out, QByteArray("line: \"Hello from nc\"\n"));
    QCOMPARE(err + run.err, QStringLiteral("sockbench: listening on 127.0.0.1:%1\n").arg(match.captured(1)));
}

void tst_ReadCommand::acceptTimeoutNeverEarly()
{
    QElapsedTimer elapsed;
    elapsed.start();
    Run run(QStringList { QStringLiteral("--listen"), QStringLiteral("--accept-timeout"), QStringLiteral("2"),
        QStringLiteral("0"), QStringLiteral("line") });
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 5);
    QVERIFY2(run.err.endsWith(QLatin1String("sockbench: no client came within 2 s\n")), qPrintable(run.err));
    QVERIFY2(elapsed.elapsed() >= 2000, qPrintable(QString::number(elapsed.elapsed())));
}

void tst_ReadCommand::readTimeoutNeverEarly()
{
    // Timed from before the process starts, so before its read does: the read may not end sooner.
    ScriptedPeer peer;
    QVERIFY(peer.isListening());
    QElapsedTimer elapsed;
    elapsed.start();
    Run run(QStringList { QStringLiteral("--timeout"), QStringLiteral("2") } + hostAndPort(peer.port())
        + QStringList { QStringLiteral("line") });
    QVERIFY(run.started);
    QVERIFY(peer.waitForClient());
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 5);
    QCOMPARE(run.err.trimmed(),
        QStringLiteral("sockbench: step 1 (line): timed out after 2 s; 0 bytes had arrived"));
    QVERIFY2(elapsed.elapsed() >= 2000, qPrintable(QString::number(elapsed.elapsed())));
}

void tst_ReadCommand::badListen_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedErr");
    QTest::addRow("no step") << QStringList { QStringLiteral("--listen"), QStringLiteral("0") }
                             << QStringLiteral("sockbench: read --listen needs PORT and at least one STEP");
    QTest::addRow("bad port") << QStringList { QStringLiteral("--listen"), QStringLiteral("70000"),
        QStringLiteral("line") }
                              << QStringLiteral("sockbench: ");
    QTest::addRow("bind without listen") << QStringList { QStringLiteral("--bind"), QStringLiteral("::1"),
        QStringLiteral("127.0.0.1"), QStringLiteral("9"), QStringLiteral("line") }
                                         << QStringLiteral("sockbench: --bind goes with --listen");
    QTest::addRow("accept timeout without listen") << QStringList { QStringLiteral("--accept-timeout"),
        QStringLiteral("1"), QStringLiteral("127.0.0.1"), QStringLiteral("9"),
        QStringLiteral("line") } << QStringLiteral("sockbench: --accept-timeout goes with --listen");
    QTest::addRow("bad bind") << QStringList { QStringLiteral("--listen"), QStringLiteral("--bind"),
        QStringLiteral("nowhere"), QStringLiteral("0"), QStringLiteral("line") }
                              << QStringLiteral("sockbench: --bind needs an IP address");
    QTest::addRow("bad step") << QStringList { QStringLiteral("--listen"), QStringLiteral("0"),
        QStringLiteral("read") }
                              << QStringLiteral("sockbench: step 1 (read): unknown step 'read'");
}

void tst_ReadCommand::badListen()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedErr);
    Run run(arguments);
    QVERIFY(run.started);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(run.err.startsWith(expectedErr), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("listening")), qPrintable(run.err)); // nothing was opened
    QCOMPARE(run.out, QByteArray());
}

QTEST_GUILESS_MAIN(tst_ReadCommand)
#include "tst_readcommand.moc"
