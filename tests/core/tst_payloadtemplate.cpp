#include "codec/checksum.h"
#include "codec/payloadtemplate.h"
#include "respond/responder.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Sockbench;

// The template language, its checksums against their catalogue vectors, and the responder that answers
// with it: pure functions, so every case is a row.
class tst_PayloadTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksums_data();
    void checksums();
    void render_data();
    void render();
    void lineBreaks_data();
    void lineBreaks();
    void badTemplates_data();
    void badTemplates();
    void randomBytes();
    void timeNow();
    void echoSharesTheChunk();
    void responderUnits_data();
    void responderUnits();
    void responderCounterAndGreeting();
    void responderLineBound();
    void badSettings_data();
    void badSettings();
};

void tst_PayloadTemplate::checksums_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<uint>("sum8");
    QTest::addColumn<uint>("xor8");
    QTest::addColumn<uint>("crc16");
    QTest::addColumn<uint>("crc32");
    // The check values of the CRC catalogue (reveng) for "123456789"; sum and xor by hand.
    QTest::addRow("check string") << QByteArray("123456789") << 0xDDu << 0x31u << 0x4B37u << 0xCBF43926u;
    QTest::addRow("empty") << QByteArray() << 0u << 0u << 0xFFFFu << 0u;
    // A Modbus RTU request (read 10 holding registers of unit 1 from 0): its frame ends C5 CD.
    QTest::addRow("modbus read holding registers")
        << QByteArray::fromHex("01030000000a") << 0x0Eu << 0x08u << 0xCDC5u << 0xDDEBE1C8u;
    QTest::addRow("one zero byte") << QByteArray(1, '\0') << 0u << 0u << 0x40BFu << 0xD202EF8Du;
}

void tst_PayloadTemplate::checksums()
{
    QFETCH(QByteArray, input);
    QFETCH(uint, sum8);
    QFETCH(uint, xor8);
    QFETCH(uint, crc16);
    QFETCH(uint, crc32);
    QCOMPARE(uint(Checksum::sum8(input)), sum8);
    QCOMPARE(uint(Checksum::xor8(input)), xor8);
    QCOMPARE(uint(Checksum::crc16Modbus(input)), crc16);
    QCOMPARE(uint(Checksum::crc32(input)), crc32);
}

void tst_PayloadTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QByteArray>("expected");

    const int text = int(PayloadMode::Text);
    const int hex = int(PayloadMode::Hex);
    QTest::addRow("plain text") << QStringLiteral("hello") << text << QByteArray() << quint64(1)
                                << QByteArray("hello");
    QTest::addRow("escapes") << QStringLiteral("a\\r\\n\\x00") << text << QByteArray() << quint64(1)
                             << QByteArray("a\r\n\0", 4);
    QTest::addRow("the chapter's echo")
        << QStringLiteral("ECHO: {{data}}") << text << QByteArray("Hello Pharo\n") << quint64(1)
        << QByteArray("ECHO: Hello Pharo\n");
    QTest::addRow("data twice") << QStringLiteral("{{data}}|{{ DATA }}") << text << QByteArray("x")
                                << quint64(1) << QByteArray("x|x");
    QTest::addRow("counter decimal") << QStringLiteral("#{{counter}}") << text << QByteArray() << quint64(42)
                                     << QByteArray("#42");
    QTest::addRow("counter u8") << QStringLiteral("{{counter:u8}}") << text << QByteArray() << quint64(0x1ff)
                                << QByteArray("\xff");
    QTest::addRow("counter u16") << QStringLiteral("{{counter:u16}}") << text << QByteArray()
                                 << quint64(0x1234) << QByteArray("\x12\x34");
    QTest::addRow("counter u32") << QStringLiteral("{{counter:u32}}") << text << QByteArray()
                                 << quint64(0x01020304) << QByteArray("\x01\x02\x03\x04");
    QTest::addRow("sum8 over what precedes") << QStringLiteral("123456789{{sum8}}") << text << QByteArray()
                                             << quint64(1) << QByteArray("123456789\xdd");
    QTest::addRow("sum8 hex") << QStringLiteral("123456789{{sum8:hex}}") << text << QByteArray() << quint64(1)
                              << QByteArray("123456789DD");
    QTest::addRow("xor8") << QStringLiteral("123456789{{xor8}}") << text << QByteArray() << quint64(1)
                          << QByteArray("1234567891");
    QTest::addRow("crc16 modbus order (low byte first)")
        << QStringLiteral("123456789{{crc16}}") << text << QByteArray() << quint64(1)
        << QByteArray("123456789\x37\x4b");
    QTest::addRow("crc16 be") << QStringLiteral("123456789{{crc16:be}}") << text << QByteArray() << quint64(1)
                              << QByteArray("123456789\x4b\x37");
    QTest::addRow("crc16 hex") << QStringLiteral("123456789{{crc16:hex}}") << text << QByteArray()
                               << quint64(1) << QByteArray("1234567894B37");
    QTest::addRow("crc32 big-endian") << QStringLiteral("123456789{{crc32}}") << text << QByteArray()
                                      << quint64(1) << QByteArray("123456789\xcb\xf4\x39\x26");
    QTest::addRow("crc32 le") << QStringLiteral("123456789{{crc32:le}}") << text << QByteArray() << quint64(1)
                              << QByteArray("123456789\x26\x39\xf4\xcb");
    QTest::addRow("crc32 hex") << QStringLiteral("123456789{{crc32:hex}}") << text << QByteArray()
                               << quint64(1) << QByteArray("123456789CBF43926");
    QTest::addRow("checksum over data")
        << QStringLiteral("{{data}}{{crc32:hex}}") << text << QByteArray("123456789") << quint64(1)
        << QByteArray("123456789CBF43926");
    QTest::addRow("modbus frame in hex mode")
        << QStringLiteral("01 03 00 00 00 0A {{crc16}}") << hex << QByteArray() << quint64(1)
        << QByteArray::fromHex("01030000000ac5cd");
    QTest::addRow("hex with data") << QStringLiteral("02{{data}}03") << hex << QByteArray("ab") << quint64(1)
                                   << QByteArray("\x02"
                                                 "ab\x03");
    QTest::addRow("single brace is literal")
        << QStringLiteral("{\"a\": 1}") << text << QByteArray() << quint64(1) << QByteArray("{\"a\": 1}");
    QTest::addRow("escaped braces are literal") << QStringLiteral("\\x7b\\x7bdata}}") << text
                                                << QByteArray("x") << quint64(1) << QByteArray("{{data}}");
    QTest::addRow("time fixed unix") << QStringLiteral("{{time:unix}}") << text << QByteArray() << quint64(1)
                                     << QByteArray("1700000000");
    QTest::addRow("time fixed unixms") << QStringLiteral("{{time:unixms}}") << text << QByteArray()
                                       << quint64(1) << QByteArray("1700000000123");
    QTest::addRow("time fixed iso") << QStringLiteral("at {{time}}") << text << QByteArray() << quint64(1)
                                    << QByteArray("at 2023-11-14T22:13:20.123+00:00");
}

void tst_PayloadTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(QByteArray, data);
    QFETCH(quint64, counter);
    QFETCH(QByteArray, expected);
    const PayloadTemplate parsed = PayloadTemplate::parse(text, PayloadMode(mode));
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.errorColumn(), -1);
    TemplateContext context;
    context.data = data;
    context.counter = counter;
    context.time = QDateTime::fromMSecsSinceEpoch(1700000000123, QTimeZone::utc());
    QCOMPARE(parsed.render(context), expected);
}

void tst_PayloadTemplate::lineBreaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("http headers, CRLF") << QStringLiteral("GET / HTTP/1.1\nHost: x\n") << QByteArray("\r\n")
                                        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
    QTest::addRow("CR") << QStringLiteral("a\nb") << QByteArray("\r") << QByteArray("a\rb");
    QTest::addRow("LF stays") << QStringLiteral("a\nb") << QByteArray("\n") << QByteArray("a\nb");
    QTest::addRow("an escaped LF stays LF")
        << QStringLiteral("a\\nb\nc") << QByteArray("\r\n") << QByteArray("a\nb\r\nc");
    QTest::addRow("line break inside data is data")
        << QStringLiteral("{{data}}\n") << QByteArray("\r\n") << QByteArray("x\ny\r\n");
}

void tst_PayloadTemplate::lineBreaks()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, lineBreak);
    QFETCH(QByteArray, expected);
    const PayloadTemplate parsed = PayloadTemplate::parse(text, PayloadMode::Text, lineBreak);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorMessage()));
    TemplateContext context;
    context.data = "x\ny";
    QCOMPARE(parsed.render(context), expected);
}

void tst_PayloadTemplate::badTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    const int text = int(PayloadMode::Text);
    const int hex = int(PayloadMode::Hex);
    QTest::addRow("unknown field") << QStringLiteral("ab{{nope}}") << text << 3
                                   << QStringLiteral("unknown field {{nope}}");
    QTest::addRow("unclosed field") << QStringLiteral("x {{data") << text << 3
                                    << QStringLiteral("no closing }}");
    QTest::addRow("bad escape before a field")
        << QStringLiteral("ab\\q{{data}}") << text << 3 << QStringLiteral("unknown escape");
    QTest::addRow("bad escape after a field")
        << QStringLiteral("{{data}}xy\\q") << text << 11 << QStringLiteral("unknown escape");
    QTest::addRow("bad escape on a later line")
        << QStringLiteral("ok\n\\z") << text << 4 << QStringLiteral("unknown escape");
    QTest::addRow("random count too big")
        << QStringLiteral("{{random:70000}}") << text << 1 << QStringLiteral("65536");
    QTest::addRow("random count zero")
        << QStringLiteral("{{random:0}}") << text << 1 << QStringLiteral("65536");
    QTest::addRow("data takes nothing")
        << QStringLiteral("{{data:hex}}") << text << 1 << QStringLiteral("no argument");
    QTest::addRow("counter form") << QStringLiteral("{{counter:u64}}") << text << 1 << QStringLiteral(":u16");
    QTest::addRow("time form") << QStringLiteral("{{time:soon}}") << text << 1 << QStringLiteral(":unix");
    QTest::addRow("crc form") << QStringLiteral("{{crc32:xx}}") << text << 1 << QStringLiteral(":le");
    QTest::addRow("odd hex before a field")
        << QStringLiteral("0 {{crc16}}") << hex << 1 << QStringLiteral("odd number");
    QTest::addRow("bad hex after a field")
        << QStringLiteral("01{{crc16}}zz") << hex << 12 << QStringLiteral("not a hex digit");
}

void tst_PayloadTemplate::badTemplates()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(int, column);
    QFETCH(QString, says);
    const PayloadTemplate parsed = PayloadTemplate::parse(text, PayloadMode(mode));
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.errorColumn(), column);
    QVERIFY2(parsed.errorMessage().contains(QStringLiteral("column %1").arg(column)),
        qPrintable(parsed.errorMessage()));
    QVERIFY2(parsed.errorMessage().contains(says), qPrintable(parsed.errorMessage()));
    QVERIFY(parsed.render({}).isEmpty()); // a bad template sends nothing
}

void tst_PayloadTemplate::randomBytes()
{
    const PayloadTemplate parsed
        = PayloadTemplate::parse(QStringLiteral("<{{random:16}}>{{random}}"), PayloadMode::Text);
    QVERIFY(parsed.isValid());
    QVERIFY(parsed.isDynamic());
    // A seeded generator gives the same bytes every time; a different seed gives others.
    QRandomGenerator first(1234);
    QRandomGenerator again(1234);
    QRandomGenerator other(99);
    TemplateContext context;
    context.random = &first;
    const QByteArray a = parsed.render(context);
    context.random = &again;
    const QByteArray b = parsed.render(context);
    context.random = &other;
    const QByteArray c = parsed.render(context);
    QCOMPARE(a.size(), 19);
    QVERIFY(a.startsWith('<'));
    QCOMPARE(a.at(17), '>');
    QCOMPARE(a, b);
    QVERIFY(a != c);
    // The system's generator: 16 random bytes twice are equal with probability 2^-128.
    const QByteArray d = parsed.render({});
    const QByteArray e = parsed.render({});
    QCOMPARE(d.size(), 19);
    QVERIFY(d != e);
}

void tst_PayloadTemplate::timeNow()
{
    const PayloadTemplate parsed
        = PayloadTemplate::parse(QStringLiteral("{{time:unixms}}"), PayloadMode::Text);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 rendered = parsed.render({}).toLongLong();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= rendered && rendered <= after);
    const QByteArray iso = PayloadTemplate::parse(QStringLiteral("{{time}}"), PayloadMode::Text).render({});
    QVERIFY2(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).isValid(), iso.constData());
}

void tst_PayloadTemplate::echoSharesTheChunk()
{
    const PayloadTemplate echo = PayloadTemplate::parse(QStringLiteral("{{data}}"), PayloadMode::Text);
    QVERIFY(echo.isPureData());
    TemplateContext context;
    context.data = QByteArray(1 << 20, 'x');
    QCOMPARE(echo.render(context).constData(), context.data.constData()); // shared, not copied
}

void tst_PayloadTemplate::responderUnits_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QByteArrayList>("answers");

    using S = ResponseSettings;
    const int chunk = int(S::Unit::Chunk);
    const int line = int(S::Unit::Line);
    QTest::addRow("each chunk") << chunk << int(S::Match::Any) << QString()
                                << QByteArrayList { "a\nb\n", "c" } << QByteArrayList { "> a\nb\n", "> c" };
    QTest::addRow("each line across chunks")
        << line << int(S::Match::Any) << QString() << QByteArrayList { "a\nb", "c\r\n", "d" }
        << QByteArrayList { "> a\n", "> bc\r\n", "> d" }; // the last, unended, at the peer's end
    QTest::addRow("text match") << line << int(S::Match::Text) << QStringLiteral("PING\\r")
                                << QByteArrayList { "PING\r\nPONG\r\nxPING\r\n" }
                                << QByteArrayList { "> PING\r\n", "> xPING\r\n" };
    QTest::addRow("regular expression")
        << line << int(S::Match::RegularExpression) << QStringLiteral("^GET /\\S* HTTP/1\\.[01]\\r?$")
        << QByteArrayList { "GET / HTTP/1.1\r\nHost: x\r\n" } << QByteArrayList { "> GET / HTTP/1.1\r\n" };
    QTest::addRow("regex over bytes")
        << chunk << int(S::Match::RegularExpression) << QStringLiteral("\\xff\\x00")
        << QByteArrayList { QByteArray("a\xff\0b", 4), "zz" }
        << QByteArrayList { QByteArray("> a\xff\0b", 6) };
    QTest::addRow("hex bytes") << chunk << int(S::Match::Bytes) << QStringLiteral("01 03")
                               << QByteArrayList { QByteArray::fromHex("0103"), QByteArray::fromHex("0203") }
                               << QByteArrayList { QByteArray::fromHex("3e200103") };
}

void tst_PayloadTemplate::responderUnits()
{
    QFETCH(int, unit);
    QFETCH(int, match);
    QFETCH(QString, pattern);
    QFETCH(QByteArrayList, chunks);
    QFETCH(QByteArrayList, answers);
    ResponseSettings settings;
    settings.unit = ResponseSettings::Unit(unit);
    settings.match = ResponseSettings::Match(match);
    settings.pattern = pattern;
    settings.answer = QStringLiteral("> {{data}}");
    QString error;
    std::optional<Responder> responder = Responder::create(settings, &error);
    QVERIFY2(responder, qPrintable(error));
    QByteArrayList got;
    for (const QByteArray &chunk : chunks) {
        const Responder::Reaction reaction = responder->receive(chunk);
        QVERIFY(!reaction.close);
        got += reaction.answers;
    }
    got += responder->finish().answers;
    QCOMPARE(got, answers);
}

void tst_PayloadTemplate::responderCounterAndGreeting()
{
    ResponseSettings settings;
    settings.greeting = QStringLiteral("hi {{counter}}\\r\\n");
    settings.answer = QStringLiteral("{{counter}}:{{data}}");
    settings.unit = ResponseSettings::Unit::Line;
    settings.closeAfterAnswer = true;
    std::optional<Responder> made = Responder::create(settings);
    QVERIFY(made);
    Responder first = *made;
    Responder second = *made; // each copy counts for itself
    QCOMPARE(first.greet(), QByteArray("hi 1\r\n"));
    const Responder::Reaction reaction = first.receive("a\nb\n");
    QCOMPARE(reaction.answers, QByteArrayList { "2:a\n" }); // once: the second line is not answered
    QVERIFY(reaction.close);
    QVERIFY(first.receive("c\n").answers.isEmpty());
    QVERIFY(first.finish().answers.isEmpty());
    QCOMPARE(second.greet(), QByteArray("hi 1\r\n"));
}

void tst_PayloadTemplate::responderLineBound()
{
    ResponseSettings settings;
    settings.unit = ResponseSettings::Unit::Line;
    settings.answer = QStringLiteral("{{data}}");
    std::optional<Responder> responder = Responder::create(settings);
    QVERIFY(responder);
    const QByteArray piece(Responder::maxLineLength / 4, 'x');
    QByteArrayList answers;
    for (int i = 0; i < 4; ++i)
        answers += responder->receive(piece).answers;
    // A line without LF is answered as it stands at the bound, not held without limit.
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().size(), Responder::maxLineLength);
}

void tst_PayloadTemplate::badSettings_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("says");
    using S = ResponseSettings;
    const int any = int(S::Match::Any);
    QTest::addRow("bad greeting") << QStringLiteral("hi\\q") << QString() << any << QString()
                                  << QStringLiteral("the greeting: column 3: unknown escape \\q");
    QTest::addRow("bad answer") << QString() << QStringLiteral("{{dta}}") << any << QString()
                                << QStringLiteral("the answer: column 1: unknown field {{dta}}");
    QTest::addRow("bad regex") << QString() << QStringLiteral("x") << int(S::Match::RegularExpression)
                               << QStringLiteral("a(b") << QStringLiteral("the regular expression: column 4");
    QTest::addRow("bad hex match") << QString() << QStringLiteral("x") << int(S::Match::Bytes)
                                   << QStringLiteral("0g") << QStringLiteral("the match: column 2");
    QTest::addRow("empty text match") << QString() << QStringLiteral("x") << int(S::Match::Text) << QString()
                                      << QStringLiteral("the match is empty");
}

void tst_PayloadTemplate::badSettings()
{
    QFETCH(QString, greeting);
    QFETCH(QString, answer);
    QFETCH(int, match);
    QFETCH(QString, pattern);
    QFETCH(QString, says);
    ResponseSettings settings;
    settings.greeting = greeting;
    settings.answer = answer;
    settings.match = ResponseSettings::Match(match);
    settings.pattern = pattern;
    QString error;
    QVERIFY(!Responder::create(settings, &error));
    QVERIFY2(error.startsWith(says), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_PayloadTemplate)
#include "tst_payloadtemplate.moc"
