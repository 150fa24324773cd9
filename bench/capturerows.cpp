// What the capture's index rows cost: a flood of 1-byte chunks appended straight into a CaptureStore (the
// window's kind, with a spool), printing after each million rows the process's resident memory, what the
// kernel counts as anonymous (the heap and the index's own segments) and as file-backed (mapped index pages,
// which it can reclaim), and the cost to append; then the cost to read rows back, in order and at random.
// Each append that completes a segment of 65,536 rows (where the index spills) is timed alone: what the
// appending thread, the window's GUI thread, spends per spill.
//
//     sockbench-capturerows [MILLIONS (10)] [DIRECTORY (the system temp folder)]
//
// It uses only what CaptureStore had before its index could spill, so the same file builds against an older
// commit for a before/after comparison.

#include "capture/capturestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Sockbench;

namespace {

struct Memory
{
    qint64 rssKiB = -1;
    qint64 anonymousKiB = -1;
    qint64 fileKiB = -1;
};

qint64 field(const QByteArray &text, const char *name)
{
    const qsizetype at = text.indexOf(name);
    if (at < 0)
        return -1;
    const qsizetype end = text.indexOf('\n', at);
    return text.mid(at + qsizetype(qstrlen(name)), end - at - qsizetype(qstrlen(name)))
        .trimmed()
        .split(' ')
        .first()
        .toLongLong();
}

Memory memoryNow()
{
    Memory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = status.readAll();
        memory.rssKiB = field(text, "VmRSS:");
        memory.fileKiB = field(text, "RssFile:");
    }
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (rollup.open(QIODevice::ReadOnly))
        memory.anonymousKiB = field(rollup.readAll(), "\nAnonymous:");
    return memory;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 millions = arguments.size() > 1 ? arguments.at(1).toLongLong() : 10;
    QTemporaryDir dir(
        arguments.size() > 2 ? arguments.at(2) + QStringLiteral("/capturerows-XXXXXX") : QString());
    if (millions <= 0 || !dir.isValid()) {
        std::fprintf(stderr, "usage: sockbench-capturerows [MILLIONS] [DIRECTORY]\n");
        return 2;
    }
    const qint64 rows = millions * 1'000'000;
    CaptureStore store(dir.path());
    store.setCaptureLimit(qint64(64) << 30); // the limit is not what this measures
    const QByteArray chunk(1, 'x');
    const Memory start = memoryNow();
    std::printf("rows (M) | RSS (MiB) | anonymous (MiB) | file-backed (MiB) | append (ns/row) | with spool "
                "waits (ns/row)\n");
    std::printf("---------|-----------|-----------------|-------------------|-----------------|----------"
                "------------\n");
    std::printf("%8d | %9.1f | %15.1f | %17.1f |               — |                    —\n", 0,
        start.rssKiB / 1024.0, start.anonymousKiB / 1024.0, start.fileKiB / 1024.0);
    QElapsedTimer total;
    total.start();
    qint64 appendNs = 0;
    std::vector<qint64> segmentEndNs; // each append that completed a segment
    for (qint64 million = 1; million <= millions; ++million) {
        QElapsedTimer wall;
        wall.start();
        qint64 inAppend = 0;
        for (qint64 i = 0; i < 1'000'000; i += 65536) {
            const qint64 batch = std::min<qint64>(65536, 1'000'000 - i);
            QElapsedTimer timer;
            timer.start();
            for (qint64 j = 0; j < batch; ++j) {
                if (((store.count() + 1) & 65535) != 0) {
                    store.append(EventKind::Data, Direction::Inbound, 1, 1, chunk);
                    continue;
                }
                QElapsedTimer spill;
                spill.start();
                store.append(EventKind::Data, Direction::Inbound, 1, 1, chunk);
                segmentEndNs.push_back(spill.nsecsElapsed());
            }
            inAppend += timer.nsecsElapsed();
            store.flush(); // the spool's backpressure, as a socket would be paused
        }
        appendNs += inAppend;
        const Memory now = memoryNow();
        std::printf("%8lld | %9.1f | %15.1f | %17.1f | %15.1f | %20.1f\n", million, now.rssKiB / 1024.0,
            now.anonymousKiB / 1024.0, now.fileKiB / 1024.0, double(inAppend) / 1e6,
            double(wall.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
    }
    const Memory appended = memoryNow();
    std::printf("\nper million rows (anonymous): %.2f MiB; RSS: %.2f MiB; append %.1f ns/row\n",
        double(appended.anonymousKiB - start.anonymousKiB) / 1024.0 / double(millions),
        double(appended.rssKiB - start.rssKiB) / 1024.0 / double(millions), double(appendNs) / double(rows));
    std::printf(
        "capture on disk (spool and index): %.1f MiB\n", double(store.spoolBytesOnDisk()) / 1048576.0);
    // The first two segments complete without a spill (the newest two stay in memory).
    if (segmentEndNs.size() > 2) {
        std::vector<qint64> spills(segmentEndNs.begin() + 2, segmentEndNs.end());
        std::sort(spills.begin(), spills.end());
        qint64 sum = 0;
        for (const qint64 ns : spills)
            sum += ns;
        std::printf("the append that completes a segment (a spill from the third on), on the appending "
                    "thread: %zu spills, mean %.1f us, median %.1f us, max %.1f us\n",
            spills.size(), double(sum) / double(spills.size()) / 1000.0,
            double(spills[spills.size() / 2]) / 1000.0, double(spills.back()) / 1000.0);
    }

    // Reads: every row in order, then a million at random (the page cache holds the index file, so these
    // are minor faults at worst: a cold read would go to the disk).
    QElapsedTimer timer;
    timer.start();
    quint64 sum = 0;
    for (qint64 row = 0; row < rows; ++row)
        sum += quint64(store.event(row).monotonicNs);
    const double sequentialNs = double(timer.nsecsElapsed()) / double(rows);
    std::mt19937_64 random(42);
    std::uniform_int_distribution<qint64> pick(0, rows - 1);
    timer.restart();
    constexpr qint64 RandomReads = 1'000'000;
    for (qint64 i = 0; i < RandomReads; ++i)
        sum += quint64(store.event(pick(random)).payloadSize);
    const double randomNs = double(timer.nsecsElapsed()) / double(RandomReads);
    timer.restart();
    for (qint64 i = 0; i < RandomReads; ++i)
        sum += quint64(store.event(pick(random)).payloadSize);
    const double randomAgainNs = double(timer.nsecsElapsed()) / double(RandomReads);
    const Memory read = memoryNow();
    std::printf("read: in order %.1f ns/row, at random %.1f ns/row (again: %.1f) [checksum %llu]\n",
        sequentialNs, randomNs, randomAgainNs, static_cast<unsigned long long>(sum % 1000));
    std::printf("after reading every row: RSS %.1f MiB, anonymous %.1f MiB, file-backed %.1f MiB\n",
        read.rssKiB / 1024.0, read.anonymousKiB / 1024.0, read.fileKiB / 1024.0);
    std::printf("total %.1f s\n", double(total.elapsed()) / 1000.0);
    return 0;
}
