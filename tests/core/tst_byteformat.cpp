#include "codec/byteformat.h"
#include "codec/payloadparser.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Sockbench;

class tst_ByteFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void visibleText_data();
    void visibleText();
    void visibleTextKeepsLineBreaks();
    void visibleTextRoundTrips_data();
    void visibleTextRoundTrips();
    void hex_data();
    void hex();
    void hexRoundTrips_data();
    void hexRoundTrips();
    void hexdumpKnownOutput_data();
    void hexdumpKnownOutput();
    void hexdumpMatchesRealHexdump_data();
    void hexdumpMatchesRealHexdump();
};

namespace {

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// Random bytes rarely form UTF-8, so this mixes in the pieces toVisibleText treats specially.
QByteArray randomTricky(quint32 seed, qsizetype size)
{
    static const QByteArray pieces[] = {
        "a",
        "7",
        "f",
        "x",
        "\\",
        "\\x",
        "\\0",
        "\n",
        "\r",
        QByteArray(1, '\0'),
        "\x7f",
        "\xc3\xa9",
        "\xe2\x82\xac",
        "\xf0\x9f\x98\x80",
        "\xc2\x85",
        "\xe2\x80\xae",
        "\xe2\x80\xa8",
        "\xcc\x81",
        "\xc3",
        "\xe2\x82",
        "\xf0\x9f\x98",
        "\xc0\xaf",
        "\xed\xa0\x80",
        "\xf4\x90\x80\x80",
        "\xef\xbb\xbf",
        "\xff",
    };
    QRandomGenerator random(seed);
    QByteArray bytes;
    while (bytes.size() < size) {
        if (random.bounded(4) == 0)
            bytes += char(random.bounded(256));
        else
            bytes += pieces[random.bounded(int(std::size(pieces)))];
    }
    return bytes;
}

} // namespace

void tst_ByteFormat::visibleText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("printable ascii") << QByteArray("Hello, world! ~") << QStringLiteral("Hello, world! ~");
    QTest::addRow("backslash doubled") << QByteArray("a\\b") << QStringLiteral("a\\\\b");
    QTest::addRow("named controls") << QByteArray("\r\n\t\0", 4) << QStringLiteral("\\r\\n\\t\\0");
    QTest::addRow("other controls") << QByteArray("\x01\x1b\x7f") << QStringLiteral("\\x01\\x1b\\x7f");
    QTest::addRow("hex digit after escape") << QByteArray("\x01"
                                                          "a1")
                                            << QStringLiteral("\\x01a1");
    QTest::addRow("digit after nul") << QByteArray("\0"
                                                   "12",
        3) << QStringLiteral("\\012");
    QTest::addRow("invalid byte") << QByteArray("\xff") << QStringLiteral("\\xff");
    QTest::addRow("utf-8 two bytes") << QByteArray("caf\xc3\xa9") << QStringLiteral(u"caf\u00e9");
    QTest::addRow("utf-8 three bytes") << QByteArray("\xe2\x82\xac") << QStringLiteral(u"\u20ac");
    QTest::addRow("utf-8 four bytes") << QByteArray("\xf0\x9f\x98\x80") << QStringLiteral(u"\U0001F600");
    QTest::addRow("truncated sequence") << QByteArray("\xe2\x82"
                                                      "A")
                                        << QStringLiteral("\\xe2\\x82A");
    QTest::addRow("lead byte at end") << QByteArray("A\xc3") << QStringLiteral("A\\xc3");
    QTest::addRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::addRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << QStringLiteral("\\xe0\\x80\\xaf");
    QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::addRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80")
                                    << QStringLiteral("\\xf4\\x90\\x80\\x80");
    QTest::addRow("C1 control") << QByteArray("\xc2\x85") << QStringLiteral("\\xc2\\x85");
    QTest::addRow("bidi override") << QByteArray("\xe2\x80\xae") << QStringLiteral("\\xe2\\x80\\xae");
    QTest::addRow("line separator") << QByteArray("\xe2\x80\xa8") << QStringLiteral("\\xe2\\x80\\xa8");
    QTest::addRow("byte order mark") << QByteArray("\xef\xbb\xbf") << QStringLiteral("\\xef\\xbb\\xbf");
}

void tst_ByteFormat::visibleText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(ByteFormat::toVisibleText(bytes), text);
    QCOMPARE(ByteFormat::toVisibleText(bytes, ByteFormat::LineBreaks::Escape), text);
}

void tst_ByteFormat::visibleTextKeepsLineBreaks()
{
    const QByteArray bytes("a\nb\r\n\n");
    QCOMPARE(ByteFormat::toVisibleText(bytes, ByteFormat::LineBreaks::Keep),
        QStringLiteral("a\\n\nb\\r\\n\n\\n\n"));
    QCOMPARE(
        ByteFormat::toVisibleText(bytes, ByteFormat::LineBreaks::Escape), QStringLiteral("a\\nb\\r\\n\\n"));
}

void tst_ByteFormat::visibleTextRoundTrips_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const qsizetype sizes[] = { 0, 1, 2, 3, 4, 5, 7, 16, 31, 100, 257, 1000, 4096, 65536 };
    quint32 seed = 20240601;
    for (const qsizetype size : sizes) {
        QTest::addRow("random %lld", qlonglong(size)) << randomBytes(seed++, size);
        QTest::addRow("tricky %lld", qlonglong(size)) << randomTricky(seed++, size);
    }
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    QTest::addRow("0..255") << all;
}

void tst_ByteFormat::visibleTextRoundTrips()
{
    QFETCH(QByteArray, bytes);
    const QString text = ByteFormat::toVisibleText(bytes);
    QVERIFY(!text.contains(u'\n'));
    const ParseResult result = PayloadParser::parseEscapedText(text);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.bytes, bytes);
}

void tst_ByteFormat::hex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("hex");

    QTest::addRow("empty") << QByteArray() << QChar(u' ') << QString();
    QTest::addRow("one byte") << QByteArray("\xab") << QChar(u' ') << QStringLiteral("ab");
    QTest::addRow("spaces") << QByteArray("Hel") << QChar(u' ') << QStringLiteral("48 65 6c");
    QTest::addRow("colons") << QByteArray("\0\xff", 2) << QChar(u':') << QStringLiteral("00:ff");
    QTest::addRow("no separator") << QByteArray("Hel") << QChar() << QStringLiteral("48656c");
}

void tst_ByteFormat::hex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QString, hex);
    QCOMPARE(ByteFormat::toHex(bytes, separator), hex);
}

void tst_ByteFormat::hexRoundTrips_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");

    const QChar separators[] = { u' ', u':', u'-', u',', u'\n', QChar() };
    quint32 seed = 7;
    for (const QChar separator : separators) {
        for (const qsizetype size : { 0, 1, 2, 17, 1000 })
            QTest::addRow("U+%04x, %lld bytes", separator.unicode(), qlonglong(size))
                << randomBytes(seed++, size) << separator;
    }
}

void tst_ByteFormat::hexRoundTrips()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    const ParseResult result = PayloadParser::parseHex(ByteFormat::toHex(bytes, separator));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.bytes, bytes);
}

// Fixed expectations, so the format is pinned down even where hexdump is not installed.
void tst_ByteFormat::hexdumpKnownOutput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("baseOffset");
    QTest::addColumn<QString>("dump");

    QTest::addRow("empty") << QByteArray() << qint64(0) << QString();
    QTest::addRow("hello") << QByteArray("hello\n") << qint64(0)
                           << QStringLiteral("00000000  68 65 6c 6c 6f 0a                                 "
                                             "|hello.|\n00000006\n");
    QTest::addRow("repeated lines") << QByteArray(40, 'A') << qint64(0)
                                    << QStringLiteral(
                                           "00000000  41 41 41 41 41 41 41 41  41 41 41 41 41 41 41 41  "
                                           "|AAAAAAAAAAAAAAAA|\n*\n"
                                           "00000020  41 41 41 41 41 41 41 41                           "
                                           "|AAAAAAAA|\n00000028\n");
    QTest::addRow("offset past 32 bits")
        << QByteArray("A") << qint64(0x100000000)
        << QStringLiteral("100000000  41") + QString(48, u' ') + QStringLiteral("|A|\n100000001\n");
}

void tst_ByteFormat::hexdumpKnownOutput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, baseOffset);
    QFETCH(QString, dump);
    QCOMPARE(ByteFormat::toHexdump(bytes, baseOffset), dump);
}

void tst_ByteFormat::hexdumpMatchesRealHexdump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("baseOffset");

    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    const QByteArray block(16, 'x');

    QTest::addRow("empty") << QByteArray() << qint64(0);
    QTest::addRow("1 byte") << QByteArray("A") << qint64(0);
    QTest::addRow("8 bytes") << QByteArray("01234567") << qint64(0);
    QTest::addRow("9 bytes") << QByteArray("012345678") << qint64(0);
    QTest::addRow("15 bytes") << all.left(15) << qint64(0);
    QTest::addRow("16 bytes") << all.mid(60, 16) << qint64(0);
    QTest::addRow("17 bytes") << all.mid(60, 17) << qint64(0);
    QTest::addRow("32 identical") << QByteArray(32, 'z') << qint64(0);
    QTest::addRow("33 identical") << QByteArray(33, 'z') << qint64(0);
    QTest::addRow("48 identical then different") << QByteArray(48, '\0') + QByteArray("tail") << qint64(0);
    QTest::addRow("identical, different, identical")
        << block + block + all.left(16) + block + block << qint64(0);
    QTest::addRow("partial line like the previous") << block + block.left(8) << qint64(0);
    QTest::addRow("0..255") << all << qint64(0);
    QTest::addRow("random 1000") << randomBytes(1000, 1000) << qint64(0);
    QTest::addRow("tricky 777") << randomTricky(777, 777) << qint64(0);
    QTest::addRow("base offset 5") << all.left(40) << qint64(5);
    QTest::addRow("base offset 4099, repeats") << QByteArray(70, 'q') << qint64(4099);
}

void tst_ByteFormat::hexdumpMatchesRealHexdump()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, baseOffset);

    const QString program = QStandardPaths::findExecutable(QStringLiteral("hexdump"));
    if (program.isEmpty())
        QSKIP("hexdump is not installed (Debian: bsdextrautils)");

    // hexdump -s skips input but keeps counting, which is what baseOffset means; it needs a seekable file.
    QTemporaryFile input;
    QVERIFY(input.open());
    QCOMPARE(input.write(QByteArray(baseOffset, 'S') + bytes), baseOffset + bytes.size());
    QVERIFY(input.flush());

    QProcess hexdump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    hexdump.setProcessEnvironment(environment);
    hexdump.start(program,
        { QStringLiteral("-C"), QStringLiteral("-s"), QString::number(baseOffset), input.fileName() });
    QVERIFY(hexdump.waitForFinished(10000));
    QCOMPARE(hexdump.exitStatus(), QProcess::NormalExit);
    QVERIFY2(hexdump.exitCode() == 0, hexdump.readAllStandardError().constData());
    const QString expected = QString::fromLatin1(hexdump.readAllStandardOutput());

    QCOMPARE(ByteFormat::toHexdump(bytes, baseOffset), expected);
}

QTEST_GUILESS_MAIN(tst_ByteFormat)
#include "tst_byteformat.moc"
