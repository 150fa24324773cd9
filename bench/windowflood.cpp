// Floods the real workbench window through a loopback connection and measures how usable it stays:
// event-loop stalls (a probe timer's lateness), rows shown per second, throughput and peak memory.
// Then, in the same run, the bare keeping receiver (sockbench-keepreceiver, beside this program) takes the
// same flood for as long: the machine's own limit for keeping every byte, the reference for the ratio.
// Usage: sockbench-windowflood [SECONDS] [LIMIT_MiB]   (QT_QPA_PLATFORM=offscreen works; no display needed)
//        LIMIT_MiB: the capture limit (default: the window's automatic one)

#include "benchprobe.h"
#include "capture/capturestore.h"
#include "eventtrace.h"
#include "models/trafficmodel.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

// CPU time (user + system, in clock ticks) and bytes sent to the block layer of one process or thread, from
// /proc: what a MiB received costs each thread, which survives the load of other programs better than wall
// time.
struct Usage
{
    QByteArray name;
    qint64 ticks = 0;
    qint64 writeBytes = 0;
    qint64 minorFaults = 0;
};

Usage usageOf(const QString &procDirectory)
{
    Usage usage;
    QFile stat(procDirectory + QStringLiteral("/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open >= 0 && close > open) {
            usage.name = line.mid(open + 1, close - open - 1);
            // After the name: state is field 3, minflt 10, utime 14, stime 15 (proc(5)).
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            if (fields.size() > 12) {
                usage.minorFaults = fields[7].toLongLong();
                usage.ticks = fields[11].toLongLong() + fields[12].toLongLong();
            }
        }
    }
    QFile io(procDirectory + QStringLiteral("/io"));
    if (io.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("write_bytes:"))
                usage.writeBytes = line.mid(12).trimmed().toLongLong();
        }
    }
    return usage;
}

// Every thread of this process, by thread id.
std::map<int, Usage> threadUsage()
{
    std::map<int, Usage> threads;
    const QString task = QStringLiteral("/proc/self/task");
    for (const QString &tid : QDir(task).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        threads[tid.toInt()] = usageOf(task + QLatin1Char('/') + tid);
    return threads;
}

double msPerMiB(qint64 ticks, qint64 bytes)
{
    static const double tickMs = 1000.0 / double(::sysconf(_SC_CLK_TCK));
    return bytes > 0 ? ticks * tickMs / (bytes / 1048576.0) : 0;
}

struct Reference
{
    double mibs = -1; ///< received MiB/s; -1 when it could not run
    double cpuMsPerMiB = 0;
    double diskMiBs = 0;
    double socatCpuMsPerMiB = 0;
};

// The bare keeping receiver on a socat flood of the same length, or mibs -1 when it cannot run.
Reference keepingReceiver(int seconds, const QString &directory)
{
    QTcpServer probe; // a free port for socat to listen on
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess flood;
    flood.start(QStringLiteral("socat"),
        { QStringLiteral("-u"), QStringLiteral("OPEN:/dev/zero"),
            QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr").arg(port) });
    if (!flood.waitForStarted(5000))
        return {};
    QThread::msleep(300);
    QProcess receiver;
    receiver.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sockbench-keepreceiver"),
        { QStringLiteral("127.0.0.1"), QString::number(port), directory });
    if (!receiver.waitForStarted(5000))
        return {};
    // It counts nothing itself: socat's bytes read from /dev/zero come from /proc (rchar), when it ends.
    QElapsedTimer clock;
    clock.start();
    QThread::msleep(ulong(seconds) * 1000);
    qint64 bytes = -1;
    QFile io(QStringLiteral("/proc/%1/io").arg(flood.processId()));
    if (io.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("wchar:"))
                bytes = line.mid(6).trimmed().toLongLong();
        }
    }
    const double elapsed = clock.elapsed() / 1000.0;
    // Read before they go: the receiver's CPU and disk writes, socat's CPU, over the same flood.
    const Usage kept = usageOf(QStringLiteral("/proc/%1").arg(receiver.processId()));
    const Usage sent = usageOf(QStringLiteral("/proc/%1").arg(flood.processId()));
    flood.kill();
    receiver.kill();
    flood.waitForFinished(2000);
    receiver.waitForFinished(2000);
    if (bytes < 0)
        return {};
    return Reference { bytes / elapsed / 1048576.0, msPerMiB(kept.ticks, bytes),
        kept.writeBytes / elapsed / 1048576.0, msPerMiB(sent.ticks, bytes) };
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::TracingApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const qint64 limitMiB = argc > 2 ? std::max(1, atoi(argv[2])) : 0;
    QTemporaryDir spool;
    MainWindow window(spool.path());
    if (limitMiB > 0)
        window.workbench()->capture()->setCaptureLimit(limitMiB * 1048576);
    window.resize(1280, 800);
    window.show();
    // As the real program does: the capture is journaled for crash recovery while it runs.
    window.transcripts()->startJournal(spool.filePath(QStringLiteral("recovery")));

    ServerOptions options;
    options.behaviour = ServerBehaviour::Discard;
    ServerSession *server = window.openServer(options);
    if (!server->isListening()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server->errorString()));
        return 1;
    }
    QProcess flood;
    flood.setProgram(QStringLiteral("socat"));
    flood.setArguments({ QStringLiteral("-u"), QStringLiteral("OPEN:/dev/zero"),
        QStringLiteral("TCP:127.0.0.1:%1").arg(server->listenEndpoint().port) });
    flood.start();
    if (!flood.waitForStarted(5000)) {
        std::fprintf(stderr, "cannot start socat (apt-get install socat)\n");
        return 1;
    }

    Bench::StallProbe probe;

    // A user at work meanwhile: scrolling back and forth and typing in the send panel.
    QTimer user;
    user.setInterval(100);
    int step = 0;
    QObject::connect(&user, &QTimer::timeout, &user, [&] {
        QScrollBar *bar = window.trafficPane()->view()->verticalScrollBar();
        bar->setValue(step % 20 < 10 ? bar->maximum() / 2 : bar->maximum());
        window.sendPanel()->setInputText(QStringLiteral("typing %1").arg(step));
        ++step;
    });

    // How long the sockets were paused because the spool fell behind: the disk's share of the limit.
    QElapsedTimer pausedSince;
    qint64 pausedMs = 0;
    int pauses = 0;
    QObject::connect(
        window.workbench()->capture(), &CaptureStore::backpressureChanged, &app, [&](bool engaged) {
            if (engaged) {
                ++pauses;
                pausedSince.start();
            } else if (pausedSince.isValid()) {
                pausedMs += pausedSince.elapsed();
                pausedSince.invalidate();
            }
        });

    TrafficModel *model = window.trafficPane()->model();
    int batches = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] { ++batches; });

    QElapsedTimer clock;
    std::map<int, Usage> threadsBefore;
    qint64 bytesBefore = 0;
    QTimer::singleShot(0, &app, [&] {
        threadsBefore = threadUsage();
        for (Connection *connection : server->connections())
            bytesBefore += connection->bytesReceived();
        clock.start();
        probe.start();
        app.watchTicksOf(probe.timer());
        user.start();
    });
    double elapsed = 0;
    qint64 spoolOnDisk = -1;
    std::map<int, Usage> threadsAfter;
    Usage socatUsage;
    qint64 bytesAfter = 0;
    QTimer::singleShot(seconds * 1000, &app, [&] {
        elapsed = clock.elapsed() / 1000.0;
        if (pausedSince.isValid())
            pausedMs += pausedSince.elapsed();
        pausedSince.invalidate();
        threadsAfter = threadUsage();
        socatUsage = usageOf(QStringLiteral("/proc/%1").arg(flood.processId()));
        for (Connection *connection : server->connections())
            bytesAfter += connection->bytesReceived();
        // What the disk holds for the capture (the spool, which is the journal), holes not counted.
        {
            struct stat info
            {
            };
            if (::stat(QFile::encodeName(window.workbench()->capture()->spoolFilePath()).constData(), &info)
                == 0)
                spoolOnDisk = qint64(info.st_blocks) * 512;
        }

        probe.stop();
        user.stop();
        flood.kill();
        flood.waitForFinished(2000);
        app.quit();
    });
    app.exec();
    app.watchTicksOf(nullptr);
    QElapsedTimer closing;
    closing.start();
    window.transcripts()->finishJournal();
    const double closingSeconds = closing.elapsed() / 1000.0;

    qint64 bytes = 0;
    qint64 reads = 0;
    for (Connection *connection : server->connections()) {
        bytes += connection->bytesReceived();
        reads += connection->chunksReceived();
    }
    CaptureStore *capture = window.workbench()->capture();
    // Measured before the reference runs, while the window's spool still exists.
    const qint64 limit = capture->captureLimit();
    const qint64 dropped = capture->droppedPayloadBytes();
    const double windowMiBs = bytes / elapsed / 1048576.0;
    const Reference keeping = keepingReceiver(std::min(seconds, 10), spool.path());
    const double reference = keeping.mibs;
    const qint64 worst = probe.percentile(1.0);
    const qint64 p99 = probe.percentile(0.99);
    const qint64 p50 = probe.percentile(0.5);
    std::printf("%-34s %12s\n", "figure", "value");
    std::printf("%-34s %12.1f\n", "duration (s)", elapsed);
    std::printf("%-34s %12.2f\n", "closing the journal (s)", closingSeconds);
    std::printf("%-34s %12.0f\n", "received (MiB/s)", windowMiBs);
    std::printf("%-34s %12.0f\n", "keeping receiver (MiB/s)", reference);
    std::printf(
        "%-34s %12.2f\n", "ratio window/keeping receiver", reference > 0 ? windowMiBs / reference : 0);
    std::printf("%-34s %12.0f\n", "capture limit (MiB)", limit / 1048576.0);
    std::printf("%-34s %12.0f\n", "spool on disk at the end (MiB)", spoolOnDisk / 1048576.0);
    std::printf("%-34s %12.0f\n", "payload dropped by the limit (MiB)", dropped / 1048576.0);
    std::printf(
        "%-34s %12lld\n", "capture events", static_cast<long long>(window.workbench()->capture()->count()));
    std::printf("%-34s %12.0f\n", "rows shown per second", model->rowCount() / elapsed);
    std::printf("%-34s %12.1f\n", "view updates (batches) per second", batches / elapsed);
    std::printf("%-34s %12lld\n", "event-loop stall p50 (ms)", static_cast<long long>(p50));
    std::printf("%-34s %12lld\n", "event-loop stall p99 (ms)", static_cast<long long>(p99));
    std::printf("%-34s %12lld\n", "event-loop stall worst (ms)", static_cast<long long>(worst));
    std::printf("%-34s %12lld\n", "probe ticks", static_cast<long long>(probe.ticks()));
    std::printf("%-34s %12lld\n", "ticks late >= 16 ms", static_cast<long long>(probe.countAtLeast(16)));
    std::printf("%-34s %12lld\n", "ticks late >= 100 ms", static_cast<long long>(probe.countAtLeast(100)));
    std::printf("%-34s %12lld\n", "peak RSS (MiB)", static_cast<long long>(Bench::peakRssKiB() / 1024));
    // Where the time goes, per MiB received during the timed flood (the first seconds' bytes before the
    // clock started are not counted).
    const qint64 timedBytes = bytesAfter - bytesBefore;
    qint64 windowTicks = 0, windowWrites = 0, windowFaults = 0;
    struct ThreadLine
    {
        int tid;
        Usage used;
    };
    std::vector<ThreadLine> lines;
    for (const auto &[tid, after] : threadsAfter) {
        const auto before = threadsBefore.find(tid);
        Usage used = after;
        if (before != threadsBefore.end()) {
            used.ticks -= before->second.ticks;
            used.writeBytes -= before->second.writeBytes;
            used.minorFaults -= before->second.minorFaults;
        }
        windowTicks += used.ticks;
        windowWrites += used.writeBytes;
        windowFaults += used.minorFaults;
        lines.push_back(ThreadLine { tid, used });
    }
    std::sort(
        lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.used.ticks > b.used.ticks; });
    std::printf("%-34s %9.1f %2d\n", "paused for the spool (s, times)", pausedMs / 1000.0, pauses);
    std::printf("%-34s %12.1f\n", "bytes per read (KiB)", reads > 0 ? bytes / 1024.0 / double(reads) : 0);
    std::printf("%-34s %12.2f\n", "window CPU per MiB (ms)", msPerMiB(windowTicks, timedBytes));
    for (const ThreadLine &line : lines) {
        if (line.used.ticks * 50 < windowTicks)
            continue; // under 2% of the window's CPU
        std::printf("  %-32s %12.2f  (%.0f MiB/s written, %.0f faults/MiB)\n",
            qPrintable(QStringLiteral("%1 %2").arg(
                line.tid == ::getpid() ? QStringLiteral("GUI thread") : QStringLiteral("thread"),
                QString::fromLatin1(line.used.name))),
            msPerMiB(line.used.ticks, timedBytes), line.used.writeBytes / elapsed / 1048576.0,
            timedBytes > 0 ? line.used.minorFaults / (timedBytes / 1048576.0) : 0);
    }
    std::printf("%-34s %12.0f\n", "window disk writes (MiB/s)", windowWrites / elapsed / 1048576.0);
    std::printf("%-34s %12.0f\n", "window page faults per MiB",
        timedBytes > 0 ? windowFaults / (timedBytes / 1048576.0) : 0);
    std::printf("%-34s %12.2f\n", "socat CPU per MiB (ms)", msPerMiB(socatUsage.ticks, timedBytes));
    std::printf("%-34s %12.2f\n", "keeping receiver CPU per MiB (ms)", keeping.cpuMsPerMiB);
    std::printf("%-34s %12.0f\n", "keeping receiver disk (MiB/s)", keeping.diskMiBs);
    std::printf("%-34s %12.2f\n", "its socat CPU per MiB (ms)", keeping.socatCpuMsPerMiB);
    std::printf("targets: ratio >= 0.9, p99 <= 16 ms, worst <= 100 ms, RSS <= 300 MiB, spool <= limit\n");
    app.print();
    return 0;
}
