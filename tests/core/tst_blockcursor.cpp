#include "transcript/blockcursor.h"

#include <QTest>

using namespace Sockbench;

class tst_BlockCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothByteOrders();
    void statusIsSticky_data();
    void statusIsSticky();
    void firstErrorIsKept();
    void viewsAndAlignment();
};

void tst_BlockCursor::readsBothByteOrders()
{
    const QByteArray bytes = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f");
    BlockCursor little(bytes, 100, false);
    QCOMPARE(little.u8(), quint8(0x01));
    QCOMPARE(little.u16(), quint16(0x0302));
    QCOMPARE(little.u32(), quint32(0x07060504));
    QCOMPARE(little.u64(), quint64(0x0f0e0d0c0b0a0908));
    QVERIFY(little.ok());
    QVERIFY(little.atEnd());
    QCOMPARE(little.fileOffset(), 115);

    BlockCursor big(bytes, 0, true);
    QCOMPARE(big.u8(), quint8(0x01));
    QCOMPARE(big.u16(), quint16(0x0203));
    QCOMPARE(big.u32(), quint32(0x04050607));
    QCOMPARE(big.u64(), quint64(0x08090a0b0c0d0e0f));
    QVERIFY(big.ok());
}

void tst_BlockCursor::statusIsSticky_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("skipFirst");
    QTest::addColumn<qint64>("errorOffset");
    // A u32 read needs four bytes: with fewer left it fails at the place it started.
    QTest::addRow("empty") << 0 << 0 << qint64(1000);
    QTest::addRow("three bytes") << 3 << 0 << qint64(1000);
    QTest::addRow("after a skip") << 6 << 4 << qint64(1004);
    QTest::addRow("skip past the end") << 6 << 7 << qint64(1000);
}

void tst_BlockCursor::statusIsSticky()
{
    QFETCH(int, size);
    QFETCH(int, skipFirst);
    QFETCH(qint64, errorOffset);
    const QByteArray bytes(size, '\x7f');
    BlockCursor cursor(bytes, 1000);
    cursor.skip(skipFirst);
    const quint32 value = cursor.u32();
    QCOMPARE(value, 0u); // a failed read gives zero, never bytes from outside the block
    QVERIFY(!cursor.ok());
    QCOMPARE(cursor.status(), BlockCursor::Status::ReadPastEnd);
    QCOMPARE(cursor.errorOffset(), errorOffset);
    // Every later read fails too, even one that would fit in what was left, and the first place stays.
    QCOMPARE(cursor.u8(), quint8(0));
    QVERIFY(cursor.view(1).isEmpty());
    QCOMPARE(cursor.left(), 0);
    QVERIFY(!cursor.has(0));
    QCOMPARE(cursor.errorOffset(), errorOffset);
}

void tst_BlockCursor::firstErrorIsKept()
{
    const QByteArray bytes(16, '\0');
    BlockCursor cursor(bytes, 64);
    cursor.u32();
    cursor.fail(); // a length the caller finds impossible, at the current place
    QCOMPARE(cursor.status(), BlockCursor::Status::BadLength);
    QCOMPARE(cursor.errorOffset(), 68);
    cursor.u64();
    cursor.fail(10);
    QCOMPARE(cursor.status(), BlockCursor::Status::BadLength);
    QCOMPARE(cursor.errorOffset(), 68);

    BlockCursor negative(bytes, 0);
    QVERIFY(negative.view(-1).isEmpty()); // a negative length is past the end, not a step back
    QCOMPARE(negative.status(), BlockCursor::Status::ReadPastEnd);
}

void tst_BlockCursor::viewsAndAlignment()
{
    const QByteArray bytes("abcdefghij");
    BlockCursor cursor(bytes, 0);
    QCOMPARE(cursor.view(3), QByteArrayView("abc"));
    cursor.align4();
    QCOMPARE(cursor.pos(), 4);
    cursor.align4(); // already aligned: stays
    QCOMPARE(cursor.pos(), 4);
    QVERIFY(cursor.has(6));
    QVERIFY(!cursor.has(7));
    QVERIFY(cursor.ok()); // has() only asks
    QCOMPARE(cursor.rest(), QByteArrayView("efghij"));
    QVERIFY(cursor.ok());
    cursor.align4(); // 10 -> 12 runs past the end
    QVERIFY(!cursor.ok());
    QCOMPARE(cursor.errorOffset(), 10);
}

QTEST_GUILESS_MAIN(tst_BlockCursor)

#include "tst_blockcursor.moc"
