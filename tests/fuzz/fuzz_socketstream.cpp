// libFuzzer target: SocketStream's reads on bytes chunked every way, through a MemoryStreamPair end wrapped
// in a Connection (the only door SocketStream reads through).
//
// The input is a read script (nextLine, next:, upTo:, upToEnd) and the bytes the peer sends, then
// half-closes. The script runs three times: the bytes delivered one at a time, in chunks of a size the input
// picks, and whole. Every read must end the same way with the same bytes each time: results do not depend on
// how the bytes are chunked.

#include "fuzzsupport.h"

#include "capture/capturestore.h"
#include "memorystream.h"
#include "session/connection.h"
#include "session/socketstream.h"

#include <QList>

namespace {

using namespace Sockbench;

struct Step
{
    enum Kind { Line, Count, Delimiter, End } kind = Line;
    qint64 count = 0;
    QByteArray delimiter;
};

struct Outcome
{
    ReadStatus status = ReadStatus::Complete;
    bool ok = false;
    QByteArray data;
    bool operator==(const Outcome &other) const
    {
        return status == other.status && ok == other.ok && data == other.data;
    }
};

QList<Outcome> run(const QList<Step> &script, const QByteArray &bytes, int chunkSize, int writeSize)
{
    // One store for every run: a store per run would start and stop a spool thread three times an input.
    static CaptureStore capture;
    QObject owner;
    const MemoryStreamPair pair = MemoryStream::createPair(&owner);
    pair.server->setChunkSize(chunkSize);
    auto *connection = new Connection(1, 1, pair.server, &capture, EventKind::Accepted, &owner);
    SocketStream stream(connection);
    stream.setTimeout(0); // no limit: the half-close ends every read, whatever the machine's speed
    for (qsizetype at = 0; at < bytes.size(); at += writeSize)
        pair.client->write(bytes.mid(at, writeSize));
    pair.client->shutdownWrite();
    QList<Outcome> outcomes;
    for (const Step &step : script) {
        ReadResult result;
        switch (step.kind) {
        case Step::Line:
            result = stream.waitNextLine();
            break;
        case Step::Count:
            result = stream.waitNext(step.count);
            break;
        case Step::Delimiter:
            result = stream.waitUpTo(step.delimiter);
            break;
        case Step::End:
            result = stream.waitUpToEnd();
            break;
        }
        outcomes.append(Outcome { result.status, result.ok, result.data });
    }
    return outcomes;
}

QString describe(const QList<Outcome> &outcomes)
{
    QStringList parts;
    for (const Outcome &o : outcomes)
        parts.append(
            QStringLiteral("%1/%2/%3").arg(int(o.status)).arg(o.ok).arg(QString::fromLatin1(o.data.toHex())));
    return parts.join(QLatin1Char(' '));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (size < 2 || size > 4096)
        return 0;
    // Byte 0: how many steps (1 to 8); then one byte a step; then the chunk size; the rest is sent.
    const size_t steps = 1 + data[0] % 8;
    if (size < 2 + steps)
        return 0;
    static const QByteArray delimiters[] = { "\n", ";", "\r\n", "abc" };
    QList<Step> script;
    for (size_t i = 0; i < steps; ++i) {
        const uint8_t b = data[1 + i];
        Step step;
        step.kind = Step::Kind(b & 3);
        step.count = (b >> 2) % 40; // 0 too: an empty read
        step.delimiter = delimiters[(b >> 2) % 4];
        script.append(step);
    }
    const int chunk = 1 + data[1 + steps] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2 + steps), qsizetype(size - 2 - steps));

    const QList<Outcome> single = run(script, bytes, 1, 1);
    const QList<Outcome> chunked = run(script, bytes, chunk, 1 + chunk / 2);
    const QList<Outcome> whole = run(script, bytes, 1 << 20, int(std::max<qsizetype>(bytes.size(), 1)));
    if (!(single == whole) || !(chunked == whole))
        Fuzz::fail("reads do not depend on the chunking",
            QStringLiteral("one at a time: %1\nin chunks of %2: %3\nwhole: %4")
                .arg(describe(single))
                .arg(chunk)
                .arg(describe(chunked), describe(whole)));
    // Complete reads give what was asked for.
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (script[i].kind == Step::Count && whole[i].status == ReadStatus::Complete
            && whole[i].data.size() != script[i].count)
            Fuzz::fail("next: gives exactly its count");
        if (whole[i].status == ReadStatus::Refused || whole[i].status == ReadStatus::TimedOut)
            Fuzz::fail("a read of a half-closed stream ends by its data or by the end", describe(whole));
    }
    return 0;
}
