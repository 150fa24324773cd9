// TLS from the command line: the sockbench executable against real `openssl s_server`, `openssl s_client` and
// socat OPENSSL, with certificates made at run time by the openssl command (a CA, a good server certificate,
// an expired one, one for another name, a self-signed one, a client certificate). Loopback only; every peer
// listens on port 0 or on a port its listener picked.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

namespace {

constexpr int Timeout = 30000;

/// A process that is killed when it goes out of scope.
struct Proc
{
    explicit Proc(const QString &program, const QStringList &arguments, const QString &inputFile = {},
        const QString &outputFile = {})
    {
        if (!inputFile.isEmpty())
            process.setStandardInputFile(inputFile);
        if (!outputFile.isEmpty())
            process.setStandardOutputFile(outputFile);
        process.start(program, arguments);
        started = process.waitForStarted(Timeout);
    }
    ~Proc()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(Timeout);
        }
    }
    bool finish(int timeout = Timeout)
    {
        const bool exited
            = QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, timeout)
            && process.exitStatus() == QProcess::NormalExit;
        out += process.readAllStandardOutput();
        err += QString::fromUtf8(process.readAllStandardError());
        return exited;
    }
    /// Waits until standard error (or output, with fromOutput) matches pattern; returns the first capture.
    QString waitFor(const QRegularExpression &pattern, bool fromOutput = false)
    {
        QString found;
        // Its result is in found: empty when the pattern never came.
        (void)QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                err += QString::fromUtf8(process.readAllStandardError());
                const QRegularExpressionMatch match
                    = pattern.match(fromOutput ? QString::fromUtf8(out) : err);
                if (match.hasMatch())
                    found = match.captured(1);
                return !found.isEmpty() || process.state() == QProcess::NotRunning;
            },
            Timeout);
        return found;
    }
    int exitCode() const { return process.exitCode(); }

    QProcess process;
    bool started = false;
    QByteArray out;
    QString err;
};

QString sockbench()
{
    return QStringLiteral(SOCKBENCH_EXECUTABLE);
}

QString openssl()
{
    return QStringLiteral("openssl");
}

} // namespace

class tst_TlsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verification_data();
    void verification();
    void pinnedFingerprint();
    void mutualTlsRequired_data();
    void mutualTlsRequired();
    void listenRequiresClientCertificate();
    void listenSelfSigned();
    void twentyMegabytesEachWay();
    void cleanCloseAndTruncation();
    void startTls();
    void handshakeFailuresInWords_data();
    void handshakeFailuresInWords();
    void badFlags_data();
    void badFlags();

private:
    /// Runs openssl with arguments in the certificate directory; true when it exited 0.
    bool runOpenssl(const QStringList &arguments);
    /// Makes NAME.key and NAME.pem signed by the test CA, for the subject CN and SAN given, valid for days.
    bool makeCertificate(const QString &name, const QString &commonName, const QString &san, int days,
        const QString &usage = QStringLiteral("serverAuth"));
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// `openssl s_server` with NAME.pem, answering one HTTP request (-www); its port through port.
    std::unique_ptr<Proc> startServer(const QString &name, QString *port, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QTemporaryDir m_dataHome;
};

bool tst_TlsCli::runOpenssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(openssl(), arguments);
    if (!process.waitForFinished(Timeout) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

bool tst_TlsCli::makeCertificate(
    const QString &name, const QString &commonName, const QString &san, int days, const QString &usage)
{
    QFile extensions(path(name + QLatin1String(".ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write(QStringLiteral("subjectAltName=%1\nextendedKeyUsage=%2\n").arg(san, usage).toUtf8());
    extensions.close();
    return runOpenssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
               QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
               QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QLatin1String(".key"),
               QStringLiteral("-out"), name + QLatin1String(".csr"), QStringLiteral("-subj"),
               QLatin1String("/CN=") + commonName })
        && runOpenssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            name + QLatin1String(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), name + QLatin1String(".pem"), QStringLiteral("-days"),
            QString::number(days), QStringLiteral("-extfile"), name + QLatin1String(".ext") });
}

void tst_TlsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_dataHome.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's OpenSSL backend is needed");
    // The CA, then certificates it signs: good, expired (valid -1 days: its end is before its start), for
    // another name, and a client's; and a self-signed one for localhost.
    QVERIFY(runOpenssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
        QStringLiteral("/CN=Sockbench Test CA") }));
    QVERIFY(makeCertificate(QStringLiteral("good"), QStringLiteral("localhost"),
        QStringLiteral("DNS:localhost,IP:127.0.0.1"), 30));
    QVERIFY(makeCertificate(QStringLiteral("expired"), QStringLiteral("localhost"),
        QStringLiteral("DNS:localhost,IP:127.0.0.1"), -1));
    QVERIFY(makeCertificate(QStringLiteral("wrongname"), QStringLiteral("other.example"),
        QStringLiteral("DNS:other.example"), 30));
    QVERIFY(makeCertificate(QStringLiteral("client"), QStringLiteral("Test Client"),
        QStringLiteral("DNS:client.example"), 30, QStringLiteral("clientAuth")));
    QVERIFY(runOpenssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("self.key"),
        QStringLiteral("-out"), QStringLiteral("self.pem"), QStringLiteral("-days"), QStringLiteral("30"),
        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1") }));
    // Where listen --tls keeps its self-signed certificate.
    qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
}

std::unique_ptr<Proc> tst_TlsCli::startServer(const QString &name, QString *port, const QStringList &extra)
{
    auto server = std::make_unique<Proc>(openssl(),
        QStringList { QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("-naccept"), QStringLiteral("1"), QStringLiteral("-www"), QStringLiteral("-cert"),
            path(name + QLatin1String(".pem")), QStringLiteral("-key"), path(name + QLatin1String(".key")) }
            + extra);
    *port = server->waitFor(QRegularExpression(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)")), true);
    return server;
}

void tst_TlsCli::verification_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said"); // on standard error (with --verbose)

    const QString ca = QStringLiteral("--ca=") + path(QStringLiteral("ca.pem"));
    QTest::addRow("good chain accepted")
        << QStringLiteral("good") << QStringList { ca } << 0 << QStringLiteral("handshake finished");
    QTest::addRow("self-signed refused")
        << QStringLiteral("self") << QStringList() << 11 << QStringLiteral("self-signed certificate");
    QTest::addRow("self-signed accepted with --ca")
        << QStringLiteral("self")
        << QStringList { QStringLiteral("--ca=") + path(QStringLiteral("self.pem")) } << 0
        << QStringLiteral("handshake finished");
    QTest::addRow("self-signed accepted with --insecure")
        << QStringLiteral("self") << QStringList { QStringLiteral("--insecure") } << 0
        << QStringLiteral("WARNING: --insecure");
    QTest::addRow("wrong name") << QStringLiteral("wrongname") << QStringList { ca } << 11
                                << QStringLiteral(
                                       "name mismatch: the certificate is for other.example, not localhost");
    QTest::addRow("wrong name, right --servername")
        << QStringLiteral("wrongname") << QStringList { ca, QStringLiteral("--servername=other.example") }
        << 0 << QStringLiteral("handshake finished");
    QTest::addRow("expired") << QStringLiteral("expired") << QStringList { ca } << 11
                             << QStringLiteral("the certificate expired on");
    QTest::addRow("unknown issuer") << QStringLiteral("good") << QStringList() << 11
                                    << QStringLiteral("unknown issuer: CN=Sockbench Test CA");
}

void tst_TlsCli::verification()
{
    QFETCH(QString, certificate);
    QFETCH(QStringList, flags);
    QFETCH(int, exitCode);
    QFETCH(QString, said);

    QString port;
    const std::unique_ptr<Proc> server = startServer(certificate, &port);
    QVERIFY2(!port.isEmpty(), qPrintable(server->err));
    Proc client(sockbench(),
        QStringList { QStringLiteral("read"), QStringLiteral("--tls"), QStringLiteral("--verbose") } + flags
            + QStringList { QStringLiteral("localhost"), port,
                QStringLiteral("send:GET / HTTP/1.0\\r\\n\\r\\n"), QStringLiteral("line") });
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == exitCode, qPrintable(QString::number(client.exitCode()) + client.err));
    QVERIFY2(client.err.contains(said), qPrintable(client.err));
    if (exitCode == 0) {
        QCOMPARE(client.out, QByteArray("line: \"HTTP/1.0 200 ok\"\n"));
        QVERIFY2(client.err.contains(QLatin1String("TLS 1.3")), qPrintable(client.err));
    } else {
        QVERIFY(client.out.isEmpty()); // nothing was read from a peer that did not verify
        QVERIFY2(
            client.err.contains(QLatin1String("certificate verification failed")), qPrintable(client.err));
    }
}

void tst_TlsCli::pinnedFingerprint()
{
    QFile pem(path(QStringLiteral("self.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(pem.readAll());
    const QString fingerprint
        = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    for (const bool right : { true, false }) {
        QString port;
        const std::unique_ptr<Proc> server = startServer(QStringLiteral("self"), &port);
        QVERIFY(!port.isEmpty());
        QString pin = fingerprint;
        if (!right)
            pin.replace(
                0, 2, pin.startsWith(QLatin1String("00")) ? QStringLiteral("11") : QStringLiteral("00"));
        Proc client(sockbench(),
            { QStringLiteral("read"), QStringLiteral("--tls"), QStringLiteral("--pin"), pin,
                QStringLiteral("127.0.0.1"), port, QStringLiteral("send:GET / HTTP/1.0\\r\\n\\r\\n"),
                QStringLiteral("line") });
        QVERIFY(client.finish());
        QCOMPARE(client.exitCode(), right ? 0 : 11);
        if (!right)
            QVERIFY2(client.err.contains(QLatin1String("not the pinned")), qPrintable(client.err));
    }
}

void tst_TlsCli::mutualTlsRequired_data()
{
    QTest::addColumn<bool>("withCertificate");
    QTest::addRow("client certificate given") << true;
    QTest::addRow("client certificate missing") << false;
}

void tst_TlsCli::mutualTlsRequired()
{
    QFETCH(bool, withCertificate);
    QString port;
    // -Verify: s_server requires a client certificate that verifies against -CAfile.
    const std::unique_ptr<Proc> server = startServer(QStringLiteral("good"), &port,
        { QStringLiteral("-Verify"), QStringLiteral("1"), QStringLiteral("-CAfile"),
            path(QStringLiteral("ca.pem")) });
    QVERIFY(!port.isEmpty());
    QStringList arguments { QStringLiteral("read"), QStringLiteral("--tls"), QStringLiteral("--verbose"),
        QStringLiteral("--ca"), path(QStringLiteral("ca.pem")) };
    if (withCertificate)
        arguments += { QStringLiteral("--cert"), path(QStringLiteral("client.pem")), QStringLiteral("--key"),
            path(QStringLiteral("client.key")) };
    arguments += { QStringLiteral("localhost"), port, QStringLiteral("send:GET / HTTP/1.0\\r\\n\\r\\n"),
        QStringLiteral("line") };
    Proc client(sockbench(), arguments);
    QVERIFY(client.finish());
    if (withCertificate) {
        QVERIFY2(client.exitCode() == 0, qPrintable(client.err));
        QCOMPARE(client.out, QByteArray("line: \"HTTP/1.0 200 ok\"\n"));
    } else {
        // TLS 1.3 sends the client's certificate after the server's Finished: the refusal comes as an alert
        // on the first read.
        QVERIFY2(client.exitCode() != 0, qPrintable(client.err));
        QVERIFY2(client.err.contains(QLatin1String("alert")), qPrintable(client.err));
        QVERIFY(client.out.isEmpty());
    }
}

void tst_TlsCli::listenRequiresClientCertificate()
{
    for (const bool withCertificate : { true, false }) {
        Proc server(sockbench(),
            { QStringLiteral("listen"), QStringLiteral("--tls"), QStringLiteral("--verbose"),
                QStringLiteral("--cert"), path(QStringLiteral("good.pem")), QStringLiteral("--key"),
                path(QStringLiteral("good.key")), QStringLiteral("--client-cert"), QStringLiteral("require"),
                QStringLiteral("--ca"), path(QStringLiteral("ca.pem")), QStringLiteral("0") });
        const QString port
            = server.waitFor(QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")));
        QVERIFY2(!port.isEmpty(), qPrintable(server.err));
        QStringList arguments { QStringLiteral("s_client"), QStringLiteral("-connect"),
            QStringLiteral("127.0.0.1:") + port, QStringLiteral("-CAfile"), path(QStringLiteral("ca.pem")),
            QStringLiteral("-quiet"), QStringLiteral("-no_ign_eof") };
        if (withCertificate)
            arguments += { QStringLiteral("-cert"), path(QStringLiteral("client.pem")),
                QStringLiteral("-key"), path(QStringLiteral("client.key")) };
        QFile hello(path(QStringLiteral("hello.txt")));
        QVERIFY(hello.open(QIODevice::WriteOnly));
        hello.write("hello over mutual TLS\n");
        hello.close();
        Proc client(openssl(), arguments, hello.fileName());
        QVERIFY(client.finish());
        QVERIFY(server.finish());
        if (withCertificate) {
            QVERIFY2(server.exitCode() == 0, qPrintable(server.err));
            QCOMPARE(server.out, QByteArray("hello over mutual TLS\n"));
            QVERIFY2(server.err.contains(QLatin1String("client certificate: subject CN=Test Client")),
                qPrintable(server.err));
        } else {
            QVERIFY2(server.exitCode() == 12 || server.exitCode() == 11, qPrintable(server.err));
            QVERIFY(server.out.isEmpty());
        }
    }
}

void tst_TlsCli::listenSelfSigned()
{
    Proc server(sockbench(), { QStringLiteral("listen"), QStringLiteral("--tls"), QStringLiteral("0") });
    const QString fingerprint = server.waitFor(QRegularExpression(
        QStringLiteral("self-signed certificate for localhost .*SHA-256 ([0-9A-F:]{95})")));
    QVERIFY2(!fingerprint.isEmpty(), qPrintable(server.err));
    const QString port = server.waitFor(QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.err));

    // Kept owner-only in the data directory, and it is the certificate the fingerprint names.
    const QString certificatePath = m_dataHome.filePath(QStringLiteral("sockbench/localhost-cert.pem"));
    const QString keyPath = m_dataHome.filePath(QStringLiteral("sockbench/localhost-key.pem"));
    struct stat info
    {
    };
    QCOMPARE(::stat(qPrintable(keyPath), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(::stat(qPrintable(certificatePath), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QProcess x509;
    x509.start(openssl(),
        { QStringLiteral("x509"), QStringLiteral("-in"), certificatePath, QStringLiteral("-noout"),
            QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
    QVERIFY(x509.waitForFinished(Timeout));
    QVERIFY2(
        QString::fromLatin1(x509.readAllStandardOutput()).contains(fingerprint), qPrintable(fingerprint));

    // A client that trusts it (its own file as the CA) verifies it for localhost.
    QFile hello(path(QStringLiteral("hello2.txt")));
    QVERIFY(hello.open(QIODevice::WriteOnly));
    hello.write("hi\n");
    hello.close();
    Proc client(openssl(),
        { QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:") + port,
            QStringLiteral("-CAfile"), certificatePath, QStringLiteral("-verify_hostname"),
            QStringLiteral("localhost"), QStringLiteral("-verify_return_error"), QStringLiteral("-quiet"),
            QStringLiteral("-no_ign_eof") },
        hello.fileName());
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, qPrintable(client.err));
    QVERIFY(server.finish());
    QCOMPARE(server.out, QByteArray("hi\n"));
    QCOMPARE(server.exitCode(), 0);

    // The next server presents the same kept certificate.
    Proc again(sockbench(), { QStringLiteral("listen"), QStringLiteral("--tls"), QStringLiteral("0") });
    QCOMPARE(again.waitFor(QRegularExpression(QStringLiteral("SHA-256 ([0-9A-F:]{95})"))), fingerprint);
}

void tst_TlsCli::twentyMegabytesEachWay()
{
    QByteArray payload(20 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 7919) >> 3);
    QFile file(path(QStringLiteral("20m.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(payload), payload.size());
    file.close();

    // Into sockbench: socat OPENSSL-LISTEN sends the file, then close_notify.
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        Proc sender(QStringLiteral("socat"),
            { QStringLiteral("-u"), QStringLiteral("OPEN:") + file.fileName(),
                QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,cert=%2,key=%3,verify=0")
                    .arg(port, path(QStringLiteral("good.pem")), path(QStringLiteral("good.key"))) });
        QTest::qWait(300); // socat has no way to say it listens
        Proc receiver(sockbench(),
            { QStringLiteral("connect"), QStringLiteral("--tls"), QStringLiteral("--ca"),
                path(QStringLiteral("ca.pem")), QStringLiteral("--verbose"), QStringLiteral("localhost"),
                port },
            {}, path(QStringLiteral("in.bin")));
        QVERIFY(receiver.finish());
        QVERIFY2(receiver.exitCode() == 0, qPrintable(receiver.err));
        QFile in(path(QStringLiteral("in.bin")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(in.readAll() == payload);
        QVERIFY2(
            receiver.err.contains(QLatin1String("close_notify: a clean close")), qPrintable(receiver.err));
    }
    // Out of sockbench: an echoing TLS server sends back every byte socat sends it.
    {
        Proc echo(sockbench(),
            { QStringLiteral("listen"), QStringLiteral("--tls"), QStringLiteral("--echo"),
                QStringLiteral("--verbose"), QStringLiteral("0") });
        const QString port
            = echo.waitFor(QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")));
        QVERIFY2(!port.isEmpty(), qPrintable(echo.err));
        // -t: after its close_notify, socat waits this long for the rest of the echo.
        Proc client(QStringLiteral("socat"),
            { QStringLiteral("-t"), QStringLiteral("20"), QStringLiteral("-"),
                QStringLiteral("OPENSSL:127.0.0.1:%1,verify=0").arg(port) },
            file.fileName(), path(QStringLiteral("echoed.bin")));
        QVERIFY(client.finish(60000));
        QCOMPARE(client.exitCode(), 0);
        QVERIFY(echo.finish());
        QVERIFY2(echo.exitCode() == 0, qPrintable(echo.err));
        QFile echoed(path(QStringLiteral("echoed.bin")));
        QVERIFY(echoed.open(QIODevice::ReadOnly));
        const QByteArray back = echoed.readAll();
        QCOMPARE(back.size(), payload.size());
        QVERIFY(back == payload);
    }
}

void tst_TlsCli::cleanCloseAndTruncation()
{
    // Truncated: s_server answers, then dies by SIGKILL; the kernel closes TCP without close_notify.
    QString port;
    std::unique_ptr<Proc> server = std::make_unique<Proc>(openssl(),
        QStringList { QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("-naccept"), QStringLiteral("1"), QStringLiteral("-cert"),
            path(QStringLiteral("good.pem")), QStringLiteral("-key"), path(QStringLiteral("good.key")) });
    port = server->waitFor(QRegularExpression(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)")), true);
    QVERIFY(!port.isEmpty());
    Proc client(sockbench(),
        { QStringLiteral("connect"), QStringLiteral("--tls"), QStringLiteral("--verbose"),
            QStringLiteral("--ca"), path(QStringLiteral("ca.pem")), QStringLiteral("localhost"), port });
    QVERIFY(!client.waitFor(QRegularExpression(QStringLiteral("(handshake finished)"))).isEmpty());
    server->process.write("partial answer\n");
    QVERIFY(QTest::qWaitFor(
        [&] {
            client.out += client.process.readAllStandardOutput();
            return client.out.contains("partial answer");
        },
        Timeout));
    server->process.kill();
    QVERIFY(client.finish());
    QVERIFY2(
        client.err.contains(QLatin1String("truncated: the peer closed the connection without close_notify")),
        qPrintable(client.err));
    QVERIFY(!client.err.contains(QLatin1String("a clean close")));
    // The clean close is twentyMegabytesEachWay's first half: socat ends with close_notify.
}

namespace {

/// An SMTP-like peer in this process: plain lines until STARTTLS, then TLS on the same socket (a QSslSocket
/// starts unencrypted and upgrades in place, as a STARTTLS server does).
class StartTlsPeer : public QTcpServer
{
public:
    StartTlsPeer(const QSslCertificate &certificate, const QSslKey &key)
        : m_certificate(certificate)
        , m_key(key)
    { }

    QByteArrayList heard;
    bool encrypted = false;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->write("220 test ESMTP\r\n");
        connect(socket, &QSslSocket::encrypted, this, [this] { encrypted = true; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                heard.append(line);
                if (line == "STARTTLS\r\n" && !socket->isEncrypted()) {
                    socket->write("220 go ahead\r\n");
                    socket->startServerEncryption();
                } else if (line == "EHLO me\r\n") {
                    socket->write(socket->isEncrypted() ? "250 hello me, over TLS\r\n"
                                                        : "250 hello me, in the clear\r\n");
                }
            }
        });
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

void tst_TlsCli::startTls()
{
    QFile certificateFile(path(QStringLiteral("good.pem")));
    QFile keyFile(path(QStringLiteral("good.key")));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    StartTlsPeer peer(QSslCertificate(certificateFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Ec));
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    Proc client(sockbench(),
        { QStringLiteral("read"), QStringLiteral("--verbose"), QStringLiteral("--ca"),
            path(QStringLiteral("ca.pem")), QStringLiteral("localhost"), QString::number(peer.serverPort()),
            QStringLiteral("line"), QStringLiteral("send:STARTTLS\\r\\n"), QStringLiteral("line"),
            QStringLiteral("starttls"), QStringLiteral("send:EHLO me\\r\\n"), QStringLiteral("line") });
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, qPrintable(client.err));
    QCOMPARE(client.out,
        QByteArray("line: \"220 test ESMTP\"\nline: \"220 go ahead\"\nline: \"250 hello me, over TLS\"\n"));
    QVERIFY(peer.encrypted);
    QCOMPARE(peer.heard, (QByteArrayList { "STARTTLS\r\n", "EHLO me\r\n" }));
    QVERIFY2(client.err.contains(QLatin1String("handshake finished")), qPrintable(client.err));
}

void tst_TlsCli::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("--ca without --tls") << QStringList { QStringLiteral("connect"), QStringLiteral("--ca=x"),
        QStringLiteral("localhost"), QStringLiteral("1") }
                                        << QStringLiteral("--ca needs --tls");
    QTest::addRow("missing CA file") << QStringList { QStringLiteral("connect"), QStringLiteral("--tls"),
        QStringLiteral("--ca=/nonexistent/ca.pem"), QStringLiteral("localhost"), QStringLiteral("1") }
                                     << QStringLiteral("cannot read /nonexistent/ca.pem");
    QTest::addRow("cert without key") << QStringList { QStringLiteral("listen"), QStringLiteral("--tls"),
        QStringLiteral("--cert=x.pem"), QStringLiteral("0") }
                                      << QStringLiteral("a certificate needs its key (--key)");
    QTest::addRow("bad pin") << QStringList { QStringLiteral("connect"), QStringLiteral("--tls"),
        QStringLiteral("--pin=abc"), QStringLiteral("localhost"), QStringLiteral("1") }
                             << QStringLiteral("--pin needs a SHA-256 fingerprint");
    QTest::addRow("insecure and pin") << QStringList { QStringLiteral("connect"), QStringLiteral("--tls"),
        QStringLiteral("--insecure"), QStringLiteral("--pin=") + QString(64, QLatin1Char('a')),
        QStringLiteral("localhost"), QStringLiteral("1") }
                                      << QStringLiteral("--insecure verifies nothing");
    QTest::addRow("bad minimum version") << QStringList { QStringLiteral("connect"), QStringLiteral("--tls"),
        QStringLiteral("--tls-min=1.1"), QStringLiteral("localhost"), QStringLiteral("1") }
                                         << QStringLiteral("--tls-min needs 1.2 or 1.3");
    QTest::addRow("bad client-cert mode") << QStringList { QStringLiteral("listen"), QStringLiteral("--tls"),
        QStringLiteral("--client-cert=maybe"), QStringLiteral("0") }
                                          << QStringLiteral("--client-cert needs request or require");
    QTest::addRow("--tls with a starttls step") << QStringList { QStringLiteral("read"),
        QStringLiteral("--tls"), QStringLiteral("localhost"), QStringLiteral("1"),
        QStringLiteral("starttls") } << QStringLiteral("a starttls step starts it later");
}

void tst_TlsCli::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    Proc run(sockbench(), arguments);
    QVERIFY(run.finish());
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void tst_TlsCli::handshakeFailuresInWords_data()
{
    QTest::addColumn<QStringList>("serverOptions"); // s_server's; empty: a plain TCP server
    QTest::addColumn<QStringList>("clientOptions");
    QTest::addColumn<QString>("message"); // the last line of standard error
    QTest::addRow("a plain TCP service")
        << QStringList() << QStringList()
        << QStringLiteral(
               "sockbench: connection to 127.0.0.1:%1: TLS handshake failed: the peer does not speak "
               "TLS here (OpenSSL: wrong version number)");
    QTest::addRow("no common version")
        << QStringList { QStringLiteral("-tls1_2") } << QStringList { QStringLiteral("--tls-min=1.3") }
        << QStringLiteral("sockbench: connection to 127.0.0.1:%1: TLS handshake failed: no TLS version both "
                          "sides accept (--tls-min, --tls-max) (OpenSSL: tlsv1 alert protocol version)");
    QTest::addRow("TLS 1.2 server requires a client certificate")
        << QStringList { QStringLiteral("-tls1_2"), QStringLiteral("-Verify"), QStringLiteral("1") }
        << QStringList()
        << QStringLiteral("sockbench: connection to 127.0.0.1:%1: TLS handshake failed: the peer refused the "
                          "handshake (it may require a client certificate: --cert and --key; or accept none "
                          "of our ciphers) (OpenSSL: sslv3 alert handshake failure)");
}

void tst_TlsCli::handshakeFailuresInWords()
{
    // OpenSSL's error queue ("error:0A00010B:SSL routines::wrong version number") in words, its reason kept.
    QFETCH(QStringList, serverOptions);
    QFETCH(QStringList, clientOptions);
    QFETCH(QString, message);
    QTcpServer plain;
    std::unique_ptr<Proc> server;
    QString port;
    if (serverOptions.isEmpty()) {
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this,
            [&plain] { plain.nextPendingConnection()->write("220 plain text service ready\r\n"); });
        port = QString::number(plain.serverPort());
    } else {
        server = startServer(QStringLiteral("good"), &port, serverOptions);
        QVERIFY(!port.isEmpty());
    }
    Proc client(sockbench(),
        QStringList { QStringLiteral("connect"), QStringLiteral("--tls"), QStringLiteral("--ca"),
            path(QStringLiteral("ca.pem")) }
            + clientOptions + QStringList { QStringLiteral("127.0.0.1"), port },
        QStringLiteral("/dev/null"));
    QVERIFY(client.finish());
    QCOMPARE(client.exitCode(), 12);
    QCOMPARE(client.err.trimmed().section(QLatin1Char('\n'), -1), message.arg(port));
    QVERIFY(client.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_TlsCli)

#include "tst_tlscli.moc"
