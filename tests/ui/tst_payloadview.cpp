#include "widgets/payloadview.h"

#include "codec/byteformat.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace Sockbench;

class tst_PayloadView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsThreeWays_data();
    void showsThreeWays();
    void markupStaysLiteral();
    void viewsAreReadOnlyAndMonospace();
    void capsLargePayloads_data();
    void capsLargePayloads();
    void clearEmptiesEverything();
};

namespace {

QPlainTextEdit *view(const PayloadView &payloadView, const char *name)
{
    auto *edit = payloadView.findChild<QPlainTextEdit *>(QLatin1String(name));
    if (!edit)
        qFatal("no view named %s", name);
    return edit;
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

void tst_PayloadView::showsThreeWays_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("empty") << QByteArray();
    QTest::addRow("line") << QByteArray("hello\r\n");
    QTest::addRow("utf-8 and controls") << QByteArray("gr\xc3\xbc\xc3\x9f\x00\x1b[0m\tend", 15);
    QTest::addRow("all bytes") << allBytes();
    QTest::addRow("repeated lines collapse") << QByteArray(100, 'A');
}

void tst_PayloadView::showsThreeWays()
{
    QFETCH(QByteArray, bytes);
    PayloadView payloadView;
    payloadView.showPayload(bytes, QStringLiteral("#1 header"));

    QCOMPARE(view(payloadView, "textView")->toPlainText(),
        ByteFormat::toVisibleText(bytes, ByteFormat::LineBreaks::Keep));
    QCOMPARE(view(payloadView, "hexView")->toPlainText(), ByteFormat::toHex(bytes));
    QCOMPARE(view(payloadView, "hexdumpView")->toPlainText(), ByteFormat::toHexdump(bytes));
    auto *header = payloadView.findChild<QLabel *>(QStringLiteral("headerLabel"));
    QVERIFY(header);
    QCOMPARE(header->text(), QStringLiteral("#1 header"));
}

void tst_PayloadView::markupStaysLiteral()
{
    PayloadView payloadView;
    payloadView.show();
    payloadView.showPayload(QByteArray("<b>x</b><img src=y>"), QStringLiteral("<i>peer</i>"));

    QCOMPARE(view(payloadView, "textView")->toPlainText(), QStringLiteral("<b>x</b><img src=y>"));
    auto *header = payloadView.findChild<QLabel *>(QStringLiteral("headerLabel"));
    QVERIFY(header);
    QCOMPARE(header->textFormat(), Qt::PlainText);
    QCOMPARE(header->text(), QStringLiteral("<i>peer</i>"));
}

void tst_PayloadView::viewsAreReadOnlyAndMonospace()
{
    PayloadView payloadView;
    const QString fixedFamily = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    for (const char *name : { "textView", "hexView", "hexdumpView" }) {
        QPlainTextEdit *edit = view(payloadView, name);
        QVERIFY2(edit->isReadOnly(), name);
        QCOMPARE(edit->font().family(), fixedFamily);
    }
}

void tst_PayloadView::capsLargePayloads_data()
{
    QTest::addColumn<qsizetype>("size");

    QTest::addRow("over the text cap") << PayloadView::maxTextBytes + 1;
    QTest::addRow("over both caps") << PayloadView::maxShownBytes + 100;
}

void tst_PayloadView::capsLargePayloads()
{
    QFETCH(qsizetype, size);

    PayloadView payloadView;
    payloadView.show();
    // No two 16-byte lines alike, so the hexdump cannot collapse them into "*".
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 7919 % 251);
    payloadView.showPayload(bytes, QStringLiteral("big"));

    auto *note = payloadView.findChild<QLabel *>(QStringLiteral("noteLabel"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLocale().toString(size)), qPrintable(note->text()));
    const QByteArray shown = bytes.first(PayloadView::maxTextBytes);
    QCOMPARE(view(payloadView, "textView")->toPlainText(),
        ByteFormat::toVisibleText(shown, ByteFormat::LineBreaks::Keep));
    QCOMPARE(view(payloadView, "hexView")->toPlainText(), ByteFormat::toHex(shown));
    QCOMPARE(view(payloadView, "hexdumpView")->toPlainText(),
        ByteFormat::toHexdump(bytes.first(qMin(size, PayloadView::maxShownBytes))));

    // A small payload afterwards drops the note.
    payloadView.showPayload(QByteArray("small"), QStringLiteral("small"));
    QVERIFY(!note->isVisible());
}

void tst_PayloadView::clearEmptiesEverything()
{
    PayloadView payloadView;
    payloadView.showPayload(QByteArray("data"), QStringLiteral("#2 header"));
    payloadView.clear();
    for (const char *name : { "textView", "hexView", "hexdumpView" })
        QVERIFY2(view(payloadView, name)->toPlainText().isEmpty(), name);
    auto *header = payloadView.findChild<QLabel *>(QStringLiteral("headerLabel"));
    QVERIFY(header);
    QVERIFY(!header->text().contains(QStringLiteral("#2")));
}

QTEST_MAIN(tst_PayloadView)
#include "tst_payloadview.moc"
