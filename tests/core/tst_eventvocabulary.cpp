#include "capture/capturestore.h"
#include "capture/eventvocabulary.h"
#include "transcript/transcriptfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Sockbench;

Q_DECLARE_METATYPE(Sockbench::EventKind)

/// The one table of event kinds: keys, record codes, phrases and file lines, and that every transcript format
/// writes and reads the kinds through it, older files' keys included.
class tst_EventVocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kinds_data();
    void kinds();
    void keysAndPhrasesAreDistinct();
    void olderAndUnknownKeys_data();
    void olderAndUnknownKeys();
    void unknownCodes();
    void olderJsonLinesFileOpens();
    void formatsWriteTheKeys_data();
    void formatsWriteTheKeys();
    void everyKindRoundTrips_data();
    void everyKindRoundTrips();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr qint64 StartNs = 1714564800000000000LL;

/// One event of every kind, with the payload each kind carries when it is recorded.
void fillEveryKind(CaptureStore &store)
{
    SessionInfo session;
    session.id = 1;
    session.name = QStringLiteral("Echo server 127.0.0.1:5000");
    store.describeSession(session);
    ConnectionInfo connection;
    connection.id = 2;
    connection.sessionId = 1;
    connection.local = { QHostAddress(QStringLiteral("127.0.0.1")), 5000 };
    connection.peer = { QHostAddress(QStringLiteral("127.0.0.1")), 5555 };
    store.describeConnection(connection);
    qint64 t = StartNs;
    const auto add
        = [&](EventKind kind, Direction direction, quint32 connectionId, const QByteArray &payload) {
              ++t;
              store.appendAt(t, t, kind, direction, 1, connectionId, payload);
          };
    add(EventKind::Listening, Direction::None, 0, "127.0.0.1:5000");
    add(EventKind::Resolved, Direction::None, 0, "localhost -> 127.0.0.1");
    add(EventKind::Connecting, Direction::None, 0, "127.0.0.1:5000");
    add(EventKind::Accepted, Direction::None, 2, "127.0.0.1:5555");
    add(EventKind::Connected, Direction::None, 2, "127.0.0.1:5000");
    add(EventKind::Data, Direction::Inbound, 2, "hi\n");
    add(EventKind::Data, Direction::Outbound, 2, "hi\n");
    add(EventKind::PeerHalfClosed, Direction::None, 2, {});
    add(EventKind::LocalHalfClosed, Direction::None, 2, {});
    add(EventKind::Error, Direction::None, 2, "Connection reset by peer");
    add(EventKind::Closed, Direction::None, 2, {});
    add(EventKind::StoppedListening, Direction::None, 0, "127.0.0.1:5000");
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void tst_EventVocabulary::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_EventVocabulary::kinds_data()
{
    QTest::addColumn<EventKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("phrase"); // for people (untranslated here: no translator installed)
    QTest::addColumn<QString>("line"); // for files

    const QString here = QStringLiteral("127.0.0.1:5000");
    QTest::addRow("data") << EventKind::Data << QStringLiteral("data") << 0 << QString()
                          << QStringLiteral("data") << QStringLiteral("data");
    QTest::addRow("listening") << EventKind::Listening << QStringLiteral("listening") << 1 << here
                               << QStringLiteral("listening on 127.0.0.1:5000")
                               << QStringLiteral("listening 127.0.0.1:5000");
    QTest::addRow("stopped listening") << EventKind::StoppedListening << QStringLiteral("stopped-listening")
                                       << 2 << here << QStringLiteral("stopped listening on 127.0.0.1:5000")
                                       << QStringLiteral("stopped-listening 127.0.0.1:5000");
    QTest::addRow("resolved") << EventKind::Resolved << QStringLiteral("resolved") << 3
                              << QStringLiteral("localhost -> 127.0.0.1, ::1")
                              << QStringLiteral("resolved localhost -> 127.0.0.1, ::1")
                              << QStringLiteral("resolved localhost -> 127.0.0.1, ::1");
    QTest::addRow("connecting") << EventKind::Connecting << QStringLiteral("connecting") << 4 << here
                                << QStringLiteral("connecting to 127.0.0.1:5000")
                                << QStringLiteral("connecting 127.0.0.1:5000");
    QTest::addRow("connected") << EventKind::Connected << QStringLiteral("connected") << 5 << here
                               << QStringLiteral("connected to 127.0.0.1:5000")
                               << QStringLiteral("connected 127.0.0.1:5000");
    QTest::addRow("accepted") << EventKind::Accepted << QStringLiteral("accepted") << 6
                              << QStringLiteral("[::1]:5555")
                              << QStringLiteral("accepted connection from [::1]:5555")
                              << QStringLiteral("accepted [::1]:5555");
    QTest::addRow("peer half-closed")
        << EventKind::PeerHalfClosed << QStringLiteral("peer-half-closed") << 7 << QString()
        << QStringLiteral("peer closed its side") << QStringLiteral("peer-half-closed");
    QTest::addRow("local half-closed")
        << EventKind::LocalHalfClosed << QStringLiteral("local-half-closed") << 8 << QString()
        << QStringLiteral("we closed our side") << QStringLiteral("local-half-closed");
    QTest::addRow("closed") << EventKind::Closed << QStringLiteral("closed") << 9 << QString()
                            << QStringLiteral("closed") << QStringLiteral("closed");
    QTest::addRow("error") << EventKind::Error << QStringLiteral("error") << 10
                           << QStringLiteral("Connection reset by peer")
                           << QStringLiteral("error: Connection reset by peer")
                           << QStringLiteral("error: Connection reset by peer");
    QTest::addRow("error without a message") << EventKind::Error << QStringLiteral("error") << 10 << QString()
                                             << QStringLiteral("error:") << QStringLiteral("error");
    QTest::addRow("tls") << EventKind::Tls << QStringLiteral("tls") << 11
                         << QStringLiteral("the peer sent close_notify: a clean close")
                         << QStringLiteral("TLS: the peer sent close_notify: a clean close")
                         << QStringLiteral("tls: the peer sent close_notify: a clean close");
    QTest::addRow("closed with an unexpected detail")
        << EventKind::Closed << QStringLiteral("closed") << 9 << QStringLiteral("late")
        << QStringLiteral("closed late") << QStringLiteral("closed late");
}

void tst_EventVocabulary::kinds()
{
    QFETCH(EventKind, kind);
    QFETCH(QString, key);
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(QString, phrase);
    QFETCH(QString, line);

    QCOMPARE(EventVocabulary::key(kind), key);
    QCOMPARE(EventVocabulary::fromKey(key), std::optional<EventKind>(kind));
    QCOMPARE(int(EventVocabulary::code(kind)), code);
    QCOMPARE(EventVocabulary::fromCode(quint8(code)), std::optional<EventKind>(kind));
    QCOMPARE(EventVocabulary::phrase(kind, detail), phrase);
    QCOMPARE(EventVocabulary::line(kind, detail), line);
}

void tst_EventVocabulary::keysAndPhrasesAreDistinct()
{
    const QList<EventKind> all = EventVocabulary::kinds();
    QCOMPARE(all.size(), int(EventKind::Tls) + 1);
    std::set<QString> keys, phrases;
    for (const EventKind kind : all) {
        const QString key = EventVocabulary::key(kind);
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(int(kind))));
        // A key is a word for machines: lower case, digits and hyphens, no space to split on.
        for (const QChar c : key)
            QVERIFY2(c.isLower() || c.isDigit() || c == u'-', qPrintable(key));
        QVERIFY2(keys.insert(key).second, qPrintable(key));
        QVERIFY2(phrases.insert(EventVocabulary::phrase(kind, QStringLiteral("x"))).second, qPrintable(key));
    }
}

void tst_EventVocabulary::olderAndUnknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("kind"); // -1: no kind

    // Written by Sockbench before the table: the same event, recorded once the name has resolved.
    QTest::addRow("resolving, from older files") << QStringLiteral("resolving") << int(EventKind::Resolved);
    QTest::addRow("empty") << QString() << -1;
    QTest::addRow("unknown") << QStringLiteral("frobnicated") << -1;
    QTest::addRow("case matters") << QStringLiteral("Listening") << -1;
    QTest::addRow("a phrase is not a key") << QStringLiteral("listening on") << -1;
    QTest::addRow("trailing space") << QStringLiteral("closed ") << -1;
}

void tst_EventVocabulary::olderAndUnknownKeys()
{
    QFETCH(QString, key);
    QFETCH(int, kind);
    const std::optional<EventKind> found = EventVocabulary::fromKey(key);
    QCOMPARE(found.has_value(), kind >= 0);
    if (found)
        QCOMPARE(int(*found), kind);
}

void tst_EventVocabulary::unknownCodes()
{
    QVERIFY(!EventVocabulary::fromCode(quint8(EventKind::Tls) + 1));
    QVERIFY(!EventVocabulary::fromCode(255));
}

void tst_EventVocabulary::olderJsonLinesFileOpens()
{
    // A transcript as Sockbench wrote it before the keys were one table: "resolving" for the resolved name.
    const QString path = m_dir.filePath(QStringLiteral("older.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"header\",\"format\":\"sockbench-transcript\",\"version\":1}\n"
               "{\"type\":\"event\",\"kind\":\"resolving\",\"direction\":\"\",\"session\":1,\"connection\":0,"
               "\"mono_ns\":1,\"wall_ns\":1,\"size\":9,\"payload\":\"bG9jYWxob3N0\"}\n"
               "{\"type\":\"event\",\"kind\":\"peer-half-closed\",\"direction\":\"\",\"session\":1,"
               "\"connection\":1,\"mono_ns\":2,\"wall_ns\":2,\"size\":0,\"payload\":\"\"}\n");
    file.close();
    CaptureStore store(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &store);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.event(0).kind, EventKind::Resolved);
    QCOMPARE(store.payload(0), QByteArray("localhost"));
    QCOMPARE(store.event(1).kind, EventKind::PeerHalfClosed);
}

void tst_EventVocabulary::formatsWriteTheKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");

    const QStringList lines = {
        QStringLiteral("session 1  listening 127.0.0.1:5000\n"),
        QStringLiteral("session 1  resolved localhost -> 127.0.0.1\n"),
        QStringLiteral("#2  accepted 127.0.0.1:5555\n"),
        QStringLiteral("#2  peer-half-closed\n"),
        QStringLiteral("#2  local-half-closed\n"),
        QStringLiteral("#2  error: Connection reset by peer\n"),
        QStringLiteral("#2  closed\n"),
        QStringLiteral("session 1  stopped-listening 127.0.0.1:5000\n"),
    };
    QTest::addRow("text") << QStringLiteral("t.txt") << lines;
    QTest::addRow("hexdump") << QStringLiteral("t.hex") << lines;
    QTest::addRow("json lines") << QStringLiteral("t.jsonl")
                                << QStringList { QStringLiteral("\"kind\":\"listening\""),
                                       QStringLiteral("\"kind\":\"resolved\""),
                                       QStringLiteral("\"kind\":\"peer-half-closed\""),
                                       QStringLiteral("\"kind\":\"stopped-listening\"") };
}

void tst_EventVocabulary::formatsWriteTheKeys()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    CaptureStore store(m_dir.path());
    fillEveryKind(store);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(TranscriptFile::save(store, path, &error), qPrintable(error));
    const QString content = readAll(path);
    for (const QString &line : expected)
        QVERIFY2(content.contains(line), qPrintable(line + QLatin1String(" not in:\n") + content));
    // No phrase for people leaks into a file.
    QVERIFY2(!content.contains(QLatin1String("accepted connection from")), qPrintable(content));
}

void tst_EventVocabulary::everyKindRoundTrips_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("pcapng") << QStringLiteral("r.pcapng");
    QTest::addRow("json lines") << QStringLiteral("r.jsonl");
}

void tst_EventVocabulary::everyKindRoundTrips()
{
    QFETCH(QString, name);
    CaptureStore original(m_dir.path());
    fillEveryKind(original);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(TranscriptFile::save(original, path, &error), qPrintable(error));
    CaptureStore read(m_dir.path());
    const TranscriptOpenResult result = TranscriptFile::open(path, &read);
    QVERIFY2(result.complete, qPrintable(result.errorString));
    QCOMPARE(read.count(), original.count());
    for (qint64 row = 0; row < original.count(); ++row) {
        QCOMPARE(read.event(row).kind, original.event(row).kind);
        QCOMPARE(read.payload(row), original.payload(row));
    }
}

QTEST_GUILESS_MAIN(tst_EventVocabulary)
#include "tst_eventvocabulary.moc"
