#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

/// `sockbench COMMAND --help` prints that command's usage and no other's; `sockbench --help` the overview.
/// Run on the real executable without a display, as a user would.
class tst_CommandHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandHelp_data();
    void commandHelp();
    void overviewNamesEveryCommand();
    void badArgumentsStillRefusedAfterHelp();
    void refusalsInOwnWords_data();
    void refusalsInOwnWords();
    void fullStandardOutputIsSaid_data();
    void fullStandardOutputIsSaid();
    void overviewListsEveryFlag_data();
    void overviewListsEveryFlag();
    void transcriptHelpListsItsOwnStatuses();
    void manSynopsisOfConvertIsAccepted();
};

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run sockbench(const QStringList &arguments, const QString &standardOutputFile = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!standardOutputFile.isEmpty())
        process.setStandardOutputFile(standardOutputFile);
    process.start(QStringLiteral(SOCKBENCH_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

/// The line that starts each command's usage, as its own help and the overview write it.
const QStringList usageLines = {
    QStringLiteral("sockbench connect "),
    QStringLiteral("sockbench listen "),
    QStringLiteral("sockbench read "),
    QStringLiteral("sockbench replay "),
    QStringLiteral("sockbench transcript "),
};

} // namespace

void tst_CommandHelp::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("own"); // the usage line it must start with
    QTest::addColumn<QStringList>("mentions"); // options or words of its own it must describe

    QTest::addRow("connect --help") << QStringList { QStringLiteral("connect"), QStringLiteral("--help") }
                                    << QStringLiteral("Usage: sockbench connect [OPTION...] HOST PORT\n")
                                    << QStringList { QStringLiteral("--crlf"),
                                           QStringLiteral("--connect-timeout"),
                                           QStringLiteral("service name such as http") };
    QTest::addRow("connect -h") << QStringList { QStringLiteral("connect"), QStringLiteral("-h") }
                                << QStringLiteral("Usage: sockbench connect [OPTION...] HOST PORT\n")
                                << QStringList { QStringLiteral("--idle-timeout") };
    QTest::addRow("help connect") << QStringList { QStringLiteral("help"), QStringLiteral("connect") }
                                  << QStringLiteral("Usage: sockbench connect [OPTION...] HOST PORT\n")
                                  << QStringList { QStringLiteral("--transcript FILE") };
    QTest::addRow("listen --help") << QStringList { QStringLiteral("listen"), QStringLiteral("--help") }
                                   << QStringLiteral(
                                          "Usage: sockbench listen [OPTION...] [--bind ADDR] PORT\n")
                                   << QStringList { QStringLiteral("--keep-open"), QStringLiteral("--echo"),
                                          QStringLiteral("--discard"), QStringLiteral("--backlog N"),
                                          QStringLiteral("--accept-timeout") };
    QTest::addRow("listen --help after its arguments")
        << QStringList { QStringLiteral("listen"), QStringLiteral("--echo"), QStringLiteral("0"),
               QStringLiteral("--help") }
        << QStringLiteral("Usage: sockbench listen [OPTION...] [--bind ADDR] PORT\n")
        << QStringList { QStringLiteral("--bind ADDR") };
    QTest::addRow("read --help") << QStringList { QStringLiteral("read"), QStringLiteral("--help") }
                                 << QStringLiteral("Usage: sockbench read [OPTION...] HOST PORT STEP...\n")
                                 << QStringList { QStringLiteral("send:TEXT"), QStringLiteral("--on-timeout"),
                                        QStringLiteral("--show lines|raw") };
    QTest::addRow("replay --help") << QStringList { QStringLiteral("replay"), QStringLiteral("--help") }
                                   << QStringLiteral("Usage: sockbench replay [OPTION...] FILE HOST PORT\n")
                                   << QStringList { QStringLiteral("--pace original|fast"),
                                          QStringLiteral("--listen"),
                                          QStringLiteral("sockbench replay --listen [--bind ADDR]") };
    QTest::addRow("transcript --help")
        << QStringList { QStringLiteral("transcript"), QStringLiteral("--help") }
        << QStringLiteral("Usage: sockbench transcript show FILE [--format text|hex|jsonl|pcapng]\n")
        << QStringList { QStringLiteral("sockbench transcript convert IN OUT"),
               QStringLiteral("--format FORMAT") };
    QTest::addRow("transcript show --help")
        << QStringList { QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--help") }
        << QStringLiteral("Usage: sockbench transcript show FILE [--format text|hex|jsonl|pcapng]\n")
        << QStringList { QStringLiteral("recognised by content") };
}

void tst_CommandHelp::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, own);
    QFETCH(QStringList, mentions);

    const Run run = sockbench(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.startsWith(own), qPrintable(run.out));
    for (const QString &word : mentions)
        QVERIFY2(run.out.contains(word), qPrintable(word + QLatin1String(" not in:\n") + run.out));
    // Every command's help ends with the exit statuses scripts rely on.
    QVERIFY(run.out.contains(QLatin1String("Exit status:\n  0    success\n")));
    // Nothing of the other commands, nor of the window's arguments.
    const QString ownCommand = own.section(QLatin1Char(' '), 1, 2) + QLatin1Char(' ');
    for (const QString &line : usageLines) {
        if (line != ownCommand)
            QVERIFY2(!run.out.contains(line), qPrintable(line + QLatin1String(" in:\n") + run.out));
    }
    QVERIFY2(!run.out.contains(QLatin1String("--server PORT")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("workbench window")), qPrintable(run.out));
    // Shorter than the overview, which says all of it.
    QVERIFY(run.out.size() < sockbench({ QStringLiteral("--help") }).out.size());
}

void tst_CommandHelp::overviewNamesEveryCommand()
{
    for (const QStringList &arguments : { QStringList { QStringLiteral("--help") },
             QStringList { QStringLiteral("-h") }, QStringList { QStringLiteral("help") } }) {
        const Run run = sockbench(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("Usage:\n  sockbench [FILE...]")), qPrintable(run.out));
        for (const QString &line : usageLines)
            QVERIFY2(run.out.contains(QLatin1String("  ") + line), qPrintable(line));
        QVERIFY(run.out.contains(QLatin1String("--server PORT")));
    }
}

void tst_CommandHelp::badArgumentsStillRefusedAfterHelp()
{
    // --help answers before the other arguments' values are checked, but an unknown flag is still refused.
    const Run run
        = sockbench({ QStringLiteral("connect"), QStringLiteral("--frobnicate"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(
        run.err.startsWith(QLatin1String("sockbench: unknown option '--frobnicate'")), qPrintable(run.err));
}

void tst_CommandHelp::refusalsInOwnWords_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // standard error's first line
    QTest::addColumn<QString>("pointer"); // its second: where the usage is
    const QString listenHelp = QStringLiteral("Try 'sockbench listen --help' for more information.");
    const QString overview = QStringLiteral("Try 'sockbench --help' for more information.");
    // Qt's "Unknown option 'frob'." was capitalised, with a full stop and without the dashes typed.
    QTest::addRow("listen --frob") << QStringList { QStringLiteral("listen"), QStringLiteral("--frob"),
        QStringLiteral("1") } << 2 << QStringLiteral("sockbench: unknown option '--frob'")
                                   << listenHelp;
    QTest::addRow("listen --frob=1") << QStringList { QStringLiteral("listen"), QStringLiteral("--frob=1"),
        QStringLiteral("1") } << 2 << QStringLiteral("sockbench: unknown option '--frob'")
                                     << listenHelp;
    QTest::addRow("connect -x, a short flag")
        << QStringList { QStringLiteral("connect"), QStringLiteral("-x"), QStringLiteral("127.0.0.1"),
               QStringLiteral("80") }
        << 2 << QStringLiteral("sockbench: unknown option '-x'")
        << QStringLiteral("Try 'sockbench connect --help' for more information.");
    QTest::addRow("read: a value missing")
        << QStringList { QStringLiteral("read"), QStringLiteral("127.0.0.1"), QStringLiteral("80"),
               QStringLiteral("line"), QStringLiteral("--timeout") }
        << 2 << QStringLiteral("sockbench: --timeout needs a value")
        << QStringLiteral("Try 'sockbench read --help' for more information.");
    QTest::addRow("connect: a value where none goes")
        << QStringList { QStringLiteral("connect"), QStringLiteral("--verbose=yes"),
               QStringLiteral("127.0.0.1"), QStringLiteral("80") }
        << 2 << QStringLiteral("sockbench: --verbose takes no value")
        << QStringLiteral("Try 'sockbench connect --help' for more information.");
    QTest::addRow("listen: a usage error after parsing")
        << QStringList { QStringLiteral("listen"), QStringLiteral("--echo"), QStringLiteral("--discard"),
               QStringLiteral("0") }
        << 2 << QStringLiteral("sockbench: --echo and --discard exclude each other") << listenHelp;
    QTest::addRow("transcript --frob")
        << QStringList { QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("--frob"),
               QStringLiteral("a.pcapng") }
        << 2 << QStringLiteral("sockbench: unknown option '--frob'")
        << QStringLiteral("Try 'sockbench transcript --help' for more information.");
    QTest::addRow("replay: missing arguments")
        << QStringList { QStringLiteral("replay"), QStringLiteral("a.pcapng") } << 2 << QString()
        << QStringLiteral("Try 'sockbench replay --help' for more information.");
    QTest::addRow("nc --frob") << QStringList { QStringLiteral("nc"), QStringLiteral("--frob"),
        QStringLiteral("localhost"), QStringLiteral("80") }
                               << 1 << QStringLiteral("sockbench nc: unknown option '--frob'")
                               << QStringLiteral("Try 'sockbench nc --help' for more information.");
    QTest::addRow("window --frob") << QStringList { QStringLiteral("--frob") } << 2
                                   << QStringLiteral("sockbench: unknown option '--frob'") << overview;
    QTest::addRow("window -frob, one dash")
        << QStringList { QStringLiteral("-frob") } << 2 << QStringLiteral("sockbench: unknown option '-frob'")
        << overview;
    // `help bogus` printed the overview with status 0, hiding the typo.
    QTest::addRow("help bogus") << QStringList { QStringLiteral("help"), QStringLiteral("bogus") } << 2
                                << QStringLiteral("sockbench: unknown command 'bogus'") << overview;
}

void tst_CommandHelp::refusalsInOwnWords()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, pointer);
    const Run run = sockbench(arguments);
    QCOMPARE(run.exitCode, status);
    QCOMPARE(run.out, QString());
    const QStringList lines = run.err.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 3 && lines.at(2).isEmpty(), qPrintable(run.err)); // two lines, no more
    if (!message.isEmpty())
        QCOMPARE(lines.at(0), message);
    QCOMPARE(lines.at(1), pointer);
}

void tst_CommandHelp::fullStandardOutputIsSaid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("--help") << QStringList { QStringLiteral("--help") };
    QTest::addRow("--version") << QStringList { QStringLiteral("--version") };
    QTest::addRow("--version with --lang")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version") };
    QTest::addRow("help connect") << QStringList { QStringLiteral("help"), QStringLiteral("connect") };
    QTest::addRow("listen --help") << QStringList { QStringLiteral("listen"), QStringLiteral("--help") };
    QTest::addRow("transcript --help")
        << QStringList { QStringLiteral("transcript"), QStringLiteral("--help") };
    QTest::addRow("nc -h") << QStringList { QStringLiteral("nc"), QStringLiteral("-h") };
}

void tst_CommandHelp::fullStandardOutputIsSaid()
{
    // As show, convert, connect and nc say it: a help nobody got is no success (it was status 0, silent).
    QFETCH(QStringList, arguments);
    const Run run = sockbench(arguments, QStringLiteral("/dev/full"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("sockbench: standard output: No space left on device\n"));
}

void tst_CommandHelp::overviewListsEveryFlag_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : { "connect", "listen", "read", "replay", "transcript" })
        QTest::addRow("%s", command) << QString::fromLatin1(command);
}

void tst_CommandHelp::overviewListsEveryFlag()
{
    // README: `sockbench --help` lists everything. Every flag in a command's own option list (the words
    // before the description column) is in the overview too, as a word of its own.
    QFETCH(QString, command);
    const Run own = sockbench({ command, QStringLiteral("--help") });
    const Run overview = sockbench({ QStringLiteral("--help") });
    QCOMPARE(own.exitCode, 0);
    QCOMPARE(overview.exitCode, 0);
    static const QRegularExpression optionLine(QStringLiteral("^  (-\\S.*?)(?:  |$)"));
    QStringList flags;
    for (const QString &line : own.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = optionLine.match(line);
        if (!match.hasMatch())
            continue;
        // Up to the description's column; a word of prose ("... by --transcript.") without its stop.
        static const QRegularExpression flag(QStringLiteral("^(--?[A-Za-z0-9][\\w-]*)[.:;)]?$"));
        for (const QString &word : match.captured(1).split(QRegularExpression(QStringLiteral("[ ,]+")))) {
            const QRegularExpressionMatch isFlag = flag.match(word);
            if (isFlag.hasMatch())
                flags.append(isFlag.captured(1));
        }
    }
    QVERIFY2(flags.size() >= 3, qPrintable(own.out)); // transcript: --format, -h, --help
    QStringList missing;
    for (const QString &flag : std::as_const(flags)) {
        const QRegularExpression asWord(
            QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(flag) + QStringLiteral("(?![\\w-])"));
        if (!overview.out.contains(asWord))
            missing.append(flag);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("not in sockbench --help: ") + missing.join(u' ')));
    // And it says where each command's details are.
    QVERIFY(overview.out.contains(QLatin1String("sockbench COMMAND -h, --help")));
}

void tst_CommandHelp::transcriptHelpListsItsOwnStatuses()
{
    // transcript reads and writes files: it cannot be refused a connection or time out.
    const Run run = sockbench({ QStringLiteral("transcript"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    const QString statuses = run.out.section(QLatin1String("Exit status:\n"), 1);
    QVERIFY2(!statuses.isEmpty(), qPrintable(run.out));
    QStringList codes;
    for (const QString &line : statuses.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        codes.append(line.simplified().section(QLatin1Char(' '), 0, 0));
    QCOMPARE(codes, (QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }));
    // Classic pcap opens too (the reader takes it by content), in its help and in the overview.
    QVERIFY2(run.out.contains(QLatin1String("classic .pcap")), qPrintable(run.out));
    QVERIFY(sockbench({ QStringLiteral("--help") }).out.contains(QLatin1String("classic .pcap")));
}

void tst_CommandHelp::manSynopsisOfConvertIsAccepted()
{
    // Each SYNOPSIS form of transcript convert, run as the page writes it, on a real transcript: the page
    // said [--format ...] after IN OUT, which the program refuses (the format is OUT's extension).
    QFile page(QStringLiteral(SOCKBENCH_SOURCE_DIR "/packaging/sockbench.1"));
    QVERIFY(page.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString roff = QString::fromUtf8(page.readAll());
    const QString synopsis
        = roff.section(QLatin1String(".SH SYNOPSIS\n"), 1).section(QLatin1String("\n.SH "), 0, 0);
    QStringList forms;
    for (const QString &block : synopsis.split(QLatin1String(".SY sockbench\n"), Qt::SkipEmptyParts)) {
        QStringList words;
        for (QString line : block.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line == QLatin1String(".YS"))
                break;
            line.replace(QLatin1String("\\-"), QLatin1String("-")).replace(QLatin1String("\\&"), QString());
            if (line.startsWith(QLatin1String(".OP ")))
                words.append(QLatin1Char('[') + line.mid(4) + QLatin1Char(']'));
            else if (line.startsWith(QLatin1String(".B ")) || line.startsWith(QLatin1String(".I ")))
                words.append(line.mid(3));
            else
                words.append(line);
        }
        const QString form = words.join(QLatin1Char(' '));
        if (form.startsWith(QLatin1String("transcript convert ")))
            forms.append(form);
    }
    QVERIFY2(!forms.isEmpty(), qPrintable(synopsis));

    // A transcript of one real loopback connection.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *peer = server.nextPendingConnection();
        peer->write("hello\n");
        peer->disconnectFromHost();
    });
    const QString in = dir.filePath(QStringLiteral("in.jsonl"));
    QProcess client;
    client.start(QStringLiteral(SOCKBENCH_EXECUTABLE),
        { QStringLiteral("connect"), QStringLiteral("--transcript"), in, QStringLiteral("127.0.0.1"),
            QString::number(server.serverPort()) });
    client.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(client.exitCode(), 0);

    for (const QString &form : std::as_const(forms)) {
        // Every choice the form offers: with and without each [OPTION VALUE], each value of a|b|c.
        const auto choices = [&](const QString &word) {
            if (word == QLatin1String("IN"))
                return QStringList { in };
            if (word == QLatin1String("OUT")) {
                QStringList outs;
                for (const char *extension : { "pcapng", "jsonl", "txt", "hex" })
                    outs.append(dir.filePath(QStringLiteral("out.") + QLatin1String(extension)));
                return outs;
            }
            return word.split(QLatin1Char('|'));
        };
        QStringList variants { QString() };
        const QStringList words = form.split(QLatin1Char(' ')).mid(2);
        for (qsizetype at = 0; at < words.size(); ++at) {
            // One item: a word, or a bracketed group of words ([--format text|hex]), taken whole or left out.
            QStringList group { words.at(at) };
            const bool optional = group.first().startsWith(QLatin1Char('['));
            while (optional && !group.last().endsWith(QLatin1Char(']')) && at + 1 < words.size())
                group.append(words.at(++at));
            if (optional) {
                group.first().remove(0, 1);
                group.last().chop(1);
            }
            QStringList expanded { QString() };
            for (const QString &word : std::as_const(group)) {
                QStringList next;
                for (const QString &sofar : std::as_const(expanded))
                    for (const QString &choice : choices(word))
                        next.append(sofar + QLatin1Char(' ') + choice);
                expanded = next;
            }
            QStringList next;
            for (const QString &sofar : std::as_const(variants)) {
                if (optional)
                    next.append(sofar);
                for (const QString &tail : std::as_const(expanded))
                    next.append(sofar + tail);
            }
            variants = next;
        }
        for (const QString &variant : std::as_const(variants)) {
            const QStringList command
                = QStringList { QStringLiteral("transcript"), QStringLiteral("convert") }
                + variant.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const Run run = sockbench(command, dir.filePath(QStringLiteral("stdout")));
            QVERIFY2(run.exitCode == 0,
                qPrintable(QLatin1String("SYNOPSIS: ") + form + QLatin1String("\nran: ")
                    + command.join(QLatin1Char(' ')) + QLatin1String("\n") + run.err));
        }
    }
}

QTEST_GUILESS_MAIN(tst_CommandHelp)
#include "tst_commandhelp.moc"
