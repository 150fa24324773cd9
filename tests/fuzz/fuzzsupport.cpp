#include "fuzzsupport.h"

#include "capture/capturestore.h"
#include "transcript/transcriptwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Sockbench::Fuzz {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "sockbench-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *application
        = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

void fail(const char *property, const QString &detail)
{
    std::fprintf(stderr, "fuzz property broken: %s: %s\n", property, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

QString differences(const CaptureStore &a, const CaptureStore &b)
{
    if (a.count() != b.count())
        return QStringLiteral("%1 rows, expected %2").arg(b.count()).arg(a.count());
    for (qint64 row = 0; row < a.count(); ++row) {
        const CaptureEvent x = a.event(row), y = b.event(row);
        if (x.monotonicNs != y.monotonicNs || x.wallClockNs != y.wallClockNs || x.kind != y.kind
            || x.direction != y.direction || x.sessionId != y.sessionId || x.connectionId != y.connectionId
            || x.payloadSize != y.payloadSize || a.payloadLoss(row) != b.payloadLoss(row))
            return QStringLiteral(
                "row %1 differs (kind %2/%3, size %4/%5, mono %6/%7, wall %8/%9, ids %10.%11/%12.%13)")
                .arg(row)
                .arg(int(x.kind))
                .arg(int(y.kind))
                .arg(x.payloadSize)
                .arg(y.payloadSize)
                .arg(x.monotonicNs)
                .arg(y.monotonicNs)
                .arg(x.wallClockNs)
                .arg(y.wallClockNs)
                .arg(x.sessionId)
                .arg(x.connectionId)
                .arg(y.sessionId)
                .arg(y.connectionId);
        if (a.payload(row) != b.payload(row))
            return QStringLiteral("row %1: payload differs").arg(row);
    }
    // The facts an event refers to: a writer writes those before the event, and only those (a connection
    // described but never used is not written back).
    QSet<quint32> sessions, connections;
    for (qint64 row = 0; row < a.count(); ++row) {
        sessions.insert(a.event(row).sessionId);
        connections.insert(a.event(row).connectionId);
    }
    for (const SessionInfo &s : a.sessions()) {
        if (!sessions.contains(s.id))
            continue;
        const SessionInfo t = b.sessionInfo(s.id);
        if (t.id != s.id || t.role != s.role || t.name != s.name
            || t.startedWallClockNs != s.startedWallClockNs)
            return QStringLiteral("session %1 differs: '%2' / '%3', started %4 / %5")
                .arg(s.id)
                .arg(s.name, t.name)
                .arg(s.startedWallClockNs)
                .arg(t.startedWallClockNs);
    }
    for (const ConnectionInfo &c : a.connections()) {
        if (!connections.contains(c.id))
            continue;
        const ConnectionInfo d = b.connectionInfo(c.id);
        if (d.id != c.id || d.sessionId != c.sessionId || !(d.local == c.local) || !(d.peer == c.peer))
            return QStringLiteral("connection %1 differs: %2 %3 / %4 %5")
                .arg(c.id)
                .arg(c.local.toString(), c.peer.toString(), d.local.toString(), d.peer.toString());
    }
    return {};
}

namespace {

struct Outcome
{
    bool complete = false;
    QString error;
    qint64 errorOffset = -1;
    qint64 events = 0;
    bool foreign = false;
};

Outcome readWhole(TranscriptReader::Input input, QByteArray bytes, CaptureStore *store)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const std::unique_ptr<TranscriptReader> reader = TranscriptReader::create(input, store);
    Outcome outcome;
    outcome.complete = reader->read(&buffer);
    outcome.error = reader->errorString();
    outcome.errorOffset = reader->errorOffset();
    outcome.events = reader->eventsRead();
    outcome.foreign = reader->isForeign();
    return outcome;
}

Outcome readSliced(TranscriptReader::Input input, QByteArray bytes, qint64 slice, CaptureStore *store)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const std::unique_ptr<TranscriptReader> reader = TranscriptReader::create(input, store);
    TranscriptReader::State state;
    int calls = 0;
    while ((state = reader->readSome(&buffer, slice)) == TranscriptReader::State::MoreToRead) {
        if (++calls > 10000000)
            fail("reading in slices ends");
    }
    if (reader->readSome(&buffer, slice) != state)
        fail("Done and Failed are final");
    Outcome outcome;
    outcome.complete = state == TranscriptReader::State::Done;
    outcome.error = reader->errorString();
    outcome.errorOffset = reader->errorOffset();
    outcome.events = reader->eventsRead();
    outcome.foreign = reader->isForeign();
    return outcome;
}

QByteArray writeBack(const CaptureStore &store, TranscriptFormat::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto writer = TranscriptWriter::create(format, &buffer);
    if (!writer->begin(QStringLiteral("fuzz")))
        fail("writing back begins", writer->errorString());
    for (qint64 row = 0; row < store.count(); ++row) {
        if (!writer->write(store, row))
            fail("writing back", writer->errorString());
    }
    writer->flush();
    return buffer.data();
}

} // namespace

// Every store here keeps its payloads in memory (CaptureStore::InMemory): a spooling store starts and joins
// a writer thread, and on our busy 2-core machine waiting for it to be scheduled made each input take 50-120
// ms (8-21 inputs a second); the readers and writers under test are the same.
void checkReader(TranscriptReader::Input input, const uint8_t *data, size_t size)
{
    ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    CaptureStore whole(CaptureStore::InMemory);
    const Outcome a = readWhole(input, bytes, &whole);
    if (a.complete != a.error.isEmpty())
        fail("an error exactly when reading fails", a.error);
    if (!a.complete) {
        if (a.errorOffset < 0 || a.errorOffset > qint64(size))
            fail("the error names an offset in the file",
                QStringLiteral("%1 of %2: %3").arg(a.errorOffset).arg(size).arg(a.error));
        if (!a.error.contains(QLatin1String("offset")))
            fail("the error names the offset", a.error);
    }
    if (a.events != whole.count())
        fail("eventsRead() counts what was appended");

    // A slice size the fuzzer chooses (the last byte), so blocks and lines are taken up again anywhere.
    const qint64 slice = size == 0 ? 1 : 1 + data[size - 1] % 61;
    CaptureStore sliced(CaptureStore::InMemory);
    const Outcome b = readSliced(input, bytes, slice, &sliced);
    if (a.complete != b.complete || a.error != b.error || a.errorOffset != b.errorOffset
        || a.events != b.events || a.foreign != b.foreign)
        fail("reading in slices ends as reading whole", QStringLiteral("'%1' / '%2'").arg(a.error, b.error));
    if (const QString why = differences(whole, sliced); !why.isEmpty())
        fail("reading in slices reads what reading whole reads", why);

    if (whole.count() == 0)
        return;
    // Written back with our lossless writers and read again: the same capture.
    for (const TranscriptFormat::Format format :
        { TranscriptFormat::Format::Pcapng, TranscriptFormat::Format::JsonLines }) {
        const QByteArray written = writeBack(whole, format);
        CaptureStore again(CaptureStore::InMemory);
        const TranscriptReader::Input back = format == TranscriptFormat::Format::Pcapng
            ? TranscriptReader::Input::Pcapng
            : TranscriptReader::Input::JsonLines;
        const Outcome c = readWhole(back, written, &again);
        if (!c.complete)
            fail("what we wrote reads back", c.error);
        if (c.foreign)
            fail("what we wrote reads back as ours");
        if (const QString why = differences(whole, again); !why.isEmpty())
            fail(format == TranscriptFormat::Format::Pcapng
                    ? "read, written as pcapng, read again: equal"
                    : "read, written as JSON Lines, read again: equal",
                why);
    }
}

} // namespace Sockbench::Fuzz
