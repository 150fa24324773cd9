#include "codec/payloadparser.h"

#include <QTest>

using namespace Sockbench;

class tst_PayloadParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapedText_data();
    void escapedText();
    void escapedTextErrors_data();
    void escapedTextErrors();
    void hex_data();
    void hex();
    void hexErrors_data();
    void hexErrors();
    void payloadFollowsMode_data();
    void payloadFollowsMode();
    void lineEndings_data();
    void lineEndings();
};

namespace {

// Every failure must look the same to the send panel: no bytes, the exact column, a message naming it.
void verifyFailure(const ParseResult &result, int column)
{
    QVERIFY(!result.ok);
    QVERIFY(result.bytes.isEmpty());
    QCOMPARE(result.errorColumn, column);
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY2(result.errorMessage.contains(QString::number(column)), qPrintable(result.errorMessage));
}

void verifySuccess(const ParseResult &result, const QByteArray &expected)
{
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.bytes, expected);
    QCOMPARE(result.errorColumn, -1);
    QVERIFY(result.errorMessage.isEmpty());
}

} // namespace

void tst_PayloadParser::escapedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("empty") << QString() << QByteArray();
    QTest::addRow("plain") << QStringLiteral("hello") << QByteArray("hello");
    QTest::addRow("http request") << QStringLiteral("GET / HTTP/1.0\\r\\n\\r\\n")
                                  << QByteArray("GET / HTTP/1.0\r\n\r\n");
    QTest::addRow("basic escapes") << QStringLiteral("\\r\\n\\t\\0\\\\") << QByteArray("\r\n\t\0\\", 5);
    QTest::addRow("extra escapes") << QStringLiteral("\\a\\b\\f\\v\\e\\\"\\'")
                                   << QByteArray("\a\b\f\v\x1b\"'");
    QTest::addRow("hex escapes any case")
        << QStringLiteral("\\x00\\xff\\x7F\\xAb") << QByteArray("\0\xff\x7f\xab", 4);
    QTest::addRow("hex escape takes two digits") << QStringLiteral("\\x411") << QByteArray("A1");
    QTest::addRow("nul is not octal") << QStringLiteral("\\012")
                                      << QByteArray("\0"
                                                    "12",
                                             3);
    QTest::addRow("escaped backslash then x") << QStringLiteral("\\\\x41") << QByteArray("\\x41");
    QTest::addRow("real newline and tab") << QStringLiteral("a\nb\tc") << QByteArray("a\nb\tc");
    QTest::addRow("utf-8") << QStringLiteral(u"h\u00e9llo \u20ac") << QByteArray("h\xc3\xa9llo \xe2\x82\xac");
    QTest::addRow("astral plane") << QStringLiteral(u"\U0001F600\\n") << QByteArray("\xf0\x9f\x98\x80\n");
    QTest::addRow("escape between utf-8")
        << QStringLiteral(u"\u00e9\\x01\u00e9") << QByteArray("\xc3\xa9\x01\xc3\xa9");
}

void tst_PayloadParser::escapedText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    verifySuccess(PayloadParser::parseEscapedText(text), bytes);
}

void tst_PayloadParser::escapedTextErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");

    QTest::addRow("unknown escape") << QStringLiteral("abc\\q") << 4;
    QTest::addRow("unknown escape at start") << QStringLiteral("\\qabc") << 1;
    QTest::addRow("uppercase X") << QStringLiteral("\\X41") << 1;
    QTest::addRow("lone backslash at end") << QStringLiteral("abc\\") << 4;
    QTest::addRow("only a backslash") << QStringLiteral("\\") << 1;
    QTest::addRow("odd backslashes") << QStringLiteral("\\\\\\") << 3;
    QTest::addRow("x without digits") << QStringLiteral("\\x") << 1;
    QTest::addRow("x with one digit at end") << QStringLiteral("hello \\x4") << 7;
    QTest::addRow("x with one digit then text") << QStringLiteral("\\x4g") << 1;
    QTest::addRow("x with non-hex") << QStringLiteral("ab\\xg0") << 3;
    QTest::addRow("x with space") << QStringLiteral("\\x 41") << 1;
    QTest::addRow("error after good escapes") << QStringLiteral("\\r\\n\\z") << 5;
    QTest::addRow("column counts utf-16 units") << QStringLiteral(u"\U0001F600\\q") << 3;
    QTest::addRow("escaped control char") << QStringLiteral(u"a\\\u0007") << 2;
}

void tst_PayloadParser::escapedTextErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    verifyFailure(PayloadParser::parseEscapedText(text), column);
}

void tst_PayloadParser::hex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("empty") << QString() << QByteArray();
    QTest::addRow("only whitespace") << QStringLiteral(" \n\t ") << QByteArray();
    QTest::addRow("spaced") << QStringLiteral("48 65 6c") << QByteArray("Hel");
    QTest::addRow("packed") << QStringLiteral("48656c") << QByteArray("Hel");
    QTest::addRow("0x with commas") << QStringLiteral("0x48,0x65") << QByteArray("He");
    QTest::addRow("0x with comma and space") << QStringLiteral("0x48, 0x65, ") << QByteArray("He");
    QTest::addRow("0x with spaces") << QStringLiteral("0x48 0x65") << QByteArray("He");
    QTest::addRow("0X uppercase") << QStringLiteral("0X4A 0x4b") << QByteArray("JK");
    QTest::addRow("0x with several bytes") << QStringLiteral("0x486c") << QByteArray("Hl");
    QTest::addRow("colons") << QStringLiteral("48:65") << QByteArray("He");
    QTest::addRow("dashes") << QStringLiteral("48-65") << QByteArray("He");
    QTest::addRow("mixed case") << QStringLiteral("4a 4B Ff fF") << QByteArray("JK\xff\xff");
    QTest::addRow("newlines and tabs") << QStringLiteral("48\n65\t6c\r\n6C") << QByteArray("Hell");
    QTest::addRow("backslash x") << QStringLiteral("\\x48\\x65") << QByteArray("He");
    QTest::addRow("backslash X") << QStringLiteral("\\X48") << QByteArray("H");
    QTest::addRow("run then backslash x") << QStringLiteral("48\\x65") << QByteArray("He");
    QTest::addRow("zero bytes") << QStringLiteral("00 00") << QByteArray(2, '\0');
    QTest::addRow("zero byte before 0x") << QStringLiteral("00 0x00") << QByteArray(2, '\0');
}

void tst_PayloadParser::hex()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    verifySuccess(PayloadParser::parseHex(text), bytes);
}

void tst_PayloadParser::hexErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");

    QTest::addRow("odd run") << QStringLiteral("486") << 3;
    QTest::addRow("single digit") << QStringLiteral("4") << 1;
    QTest::addRow("odd run in the middle") << QStringLiteral("48 6 65") << 4;
    QTest::addRow("odd run after 0x") << QStringLiteral("0x4") << 3;
    QTest::addRow("odd run on second line") << QStringLiteral("48\n6") << 4;
    QTest::addRow("non-hex char") << QStringLiteral("4g") << 2;
    QTest::addRow("non-hex after pair") << QStringLiteral("48 zz") << 4;
    QTest::addRow("non-ascii") << QStringLiteral(u"48 \u00e9") << 4;
    QTest::addRow("semicolon") << QStringLiteral("48;65") << 3;
    QTest::addRow("0x inside a run") << QStringLiteral("480x65") << 4;
    QTest::addRow("0x without digits") << QStringLiteral("0x") << 3;
    QTest::addRow("0x then space") << QStringLiteral("0x 48") << 3;
    QTest::addRow("backslash x without digits") << QStringLiteral("\\x,") << 3;
    QTest::addRow("lone backslash") << QStringLiteral("48\\") << 3;
    QTest::addRow("backslash n") << QStringLiteral("\\n") << 1;
    QTest::addRow("lone x") << QStringLiteral("x48") << 1;
}

void tst_PayloadParser::hexErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    verifyFailure(PayloadParser::parseHex(text), column);
}

void tst_PayloadParser::payloadFollowsMode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PayloadMode>("mode");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("text") << QStringLiteral("41\\n") << PayloadMode::Text << true << QByteArray("41\n");
    QTest::addRow("hex") << QStringLiteral("41 0a") << PayloadMode::Hex << true << QByteArray("A\n");
    QTest::addRow("text error") << QStringLiteral("\\q") << PayloadMode::Text << false << QByteArray();
    QTest::addRow("hex error") << QStringLiteral("41\\n") << PayloadMode::Hex << false << QByteArray();
}

void tst_PayloadParser::payloadFollowsMode()
{
    QFETCH(QString, text);
    QFETCH(PayloadMode, mode);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    const ParseResult result = PayloadParser::parsePayload(text, mode);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.bytes, bytes);
}

void tst_PayloadParser::lineEndings_data()
{
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("none") << LineEnding::None << QByteArray();
    QTest::addRow("lf") << LineEnding::LF << QByteArray("\n");
    QTest::addRow("cr") << LineEnding::CR << QByteArray("\r");
    QTest::addRow("crlf") << LineEnding::CRLF << QByteArray("\r\n");
}

void tst_PayloadParser::lineEndings()
{
    QFETCH(LineEnding, ending);
    QFETCH(QByteArray, bytes);
    QCOMPARE(PayloadParser::lineEndingBytes(ending), bytes);
}

QTEST_GUILESS_MAIN(tst_PayloadParser)
#include "tst_payloadparser.moc"
