// Opens a large transcript in the real window as the user would, and measures how soon it is usable: time to
// the first rows shown, time to fully loaded, event-loop stalls meanwhile (a probe timer's lateness), and the
// time of a scroll to the middle and to the end once loaded; against `cp` of the file and the old blocking
// read (TranscriptFile::open) for reference.
// Usage: sockbench-transcriptopen [MIB | FILE] [CHUNK]   (default: 1024 MiB generated in chunks of 1 to 64
// KiB; CHUNK: their average size in bytes instead, small ones for many rows; QT_QPA_PLATFORM=offscreen works)

#include "benchprobe.h"
#include "capture/capturestore.h"
#include "models/trafficmodel.h"
#include "transcript/transcriptfile.h"
#include "widgets/mainwindow.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"
#include "widgets/transcriptwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Sockbench;

namespace {

/// A pcapng transcript of about mib MiB: a few connections, chunks of 1 to 64 KiB (or about chunk bytes)
/// both ways.
bool generate(const QString &path, qint64 mib, int chunk, const QString &spool)
{
    CaptureStore store(spool);
    store.describeSession(SessionInfo { 1, SessionRole::Server, QStringLiteral("bench"), 0 });
    for (quint32 c = 1; c <= 8; ++c)
        store.describeConnection(ConnectionInfo { c, 1, Endpoint { QHostAddress::LocalHost, 4000 },
            Endpoint { QHostAddress::LocalHost, quint16(50000 + c) } });
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QRandomGenerator random(11);
    qint64 bytes = 0, t = 0;
    while (bytes < mib * 1024 * 1024) {
        const int size = chunk > 0 ? 1 + int(random.bounded(std::min(2 * chunk, 64 * 1024)))
                                   : 1024 + int(random.bounded(63 * 1024));
        const quint32 connection = 1 + random.bounded(8);
        const Direction direction = random.bounded(4) == 0 ? Direction::Outbound : Direction::Inbound;
        t += 1000;
        store.appendAt(t, t, EventKind::Data, direction, 1, connection, noise.left(size));
        bytes += size;
        if (store.pendingSpoolBytes() >= store.backpressureLimit())
            store.flush();
    }
    store.flush();
    QString error;
    if (!TranscriptFile::save(store, path, &error)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

double seconds(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir work;
    const QString argument = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("1024");
    bool isNumber = false;
    const qint64 mib = argument.toLongLong(&isNumber);
    const int chunk = argc > 2 ? std::max(1, atoi(argv[2])) : 0;
    QString path = argument;
    if (isNumber) {
        path = work.filePath(QStringLiteral("bench.pcapng"));
        std::printf("generating a transcript of %lld MiB of payload…\n", static_cast<long long>(mib));
        std::fflush(stdout);
        if (!generate(path, mib, chunk, work.path()))
            return 1;
    }
    const qint64 size = QFileInfo(path).size();

    // The reference: cp of the file (from the page cache, like the reads below), without and with sync.
    QProcess::execute(QStringLiteral("sync"), {});
    QElapsedTimer clock;
    clock.start();
    const QString copy = work.filePath(QStringLiteral("copy"));
    QProcess::execute(QStringLiteral("cp"), { path, copy });
    const double cp = seconds(clock);
    QProcess::execute(QStringLiteral("sync"), {});
    const double cpSync = seconds(clock);
    QFile::remove(copy);

    // The old way: the whole file read before any window shows.
    double blocking = 0;
    {
        CaptureStore store(work.path());
        clock.restart();
        const TranscriptOpenResult result = TranscriptFile::open(path, &store);
        blocking = seconds(clock);
        if (!result.complete)
            std::fprintf(stderr, "blocking read: %s\n", qPrintable(result.errorString));
    }

    MainWindow window(work.path());
    window.resize(1280, 800);
    window.show();

    Bench::StallProbe probe;
    double firstRows = -1, loaded = -1, shown = -1, middle = -1, end = -1;
    TranscriptWindow *viewer = nullptr;
    qint64 rows = 0;
    QObject::connect(probe.timer(), &QTimer::timeout, probe.timer(), [&] {
        if (!viewer)
            return;
        if (firstRows < 0 && viewer->trafficPane()->model()->rowCount() > 0)
            firstRows = seconds(clock);
        if (!viewer->isLoading()) {
            loaded = seconds(clock);
            probe.stop();
            // Scrolling anywhere at once: jump to the middle, then to the end, and paint.
            QScrollBar *bar = viewer->trafficPane()->view()->verticalScrollBar();
            QElapsedTimer jump;
            jump.start();
            bar->setValue(bar->maximum() / 2);
            viewer->trafficPane()->view()->viewport()->repaint();
            middle = jump.nsecsElapsed() / 1e6;
            jump.restart();
            bar->setValue(bar->maximum());
            viewer->trafficPane()->view()->viewport()->repaint();
            end = jump.nsecsElapsed() / 1e6;
            rows = viewer->trafficPane()->model()->rowCount();
            app.quit();
        }
    });
    QTimer::singleShot(0, &app, [&] {
        clock.restart();
        probe.start();
        viewer = window.transcripts()->open(path);
        shown = seconds(clock);
        if (!viewer)
            app.quit();
    });
    app.exec();
    if (!viewer)
        return 1;

    const qint64 worst = probe.percentile(1.0);
    const qint64 p99 = probe.percentile(0.99);
    std::printf("%-38s %12s\n", "figure", "value");
    std::printf("%-38s %12.0f\n", "transcript (MiB)", size / 1048576.0);
    std::printf("%-38s %12lld\n", "rows", static_cast<long long>(rows));
    std::printf("%-38s %12.2f\n", "cp of the file (s)", cp);
    std::printf("%-38s %12.2f\n", "cp of the file, then sync (s)", cpSync);
    std::printf("%-38s %12.2f  (x%.2f of cp)\n", "old blocking read (s)", blocking, blocking / cp);
    std::printf("%-38s %12.3f\n", "window shown (s)", shown);
    std::printf("%-38s %12.3f\n", "first rows shown (s)", firstRows);
    std::printf("%-38s %12.2f  (x%.2f of cp)\n", "fully loaded (s)", loaded, loaded / cp);
    std::printf("%-38s %12lld\n", "event-loop stall p99 (ms)", static_cast<long long>(p99));
    std::printf("%-38s %12lld\n", "event-loop stall worst (ms)", static_cast<long long>(worst));
    std::printf("%-38s %12.1f\n", "scroll to the middle, loaded (ms)", middle);
    std::printf("%-38s %12.1f\n", "scroll to the end, loaded (ms)", end);
    std::printf("%-38s %12lld\n", "peak RSS (MiB)", static_cast<long long>(Bench::peakRssKiB() / 1024));
    return 0;
}
