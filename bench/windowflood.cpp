// Floods the real workbench window through a loopback connection and measures how usable it stays:
// event-loop stalls (a probe timer's lateness), rows shown per second, throughput and peak memory.
// Usage: sockbench-windowflood [SECONDS]   (QT_QPA_PLATFORM=offscreen works; no display needed)

#include "benchprobe.h"
#include "capture/capturestore.h"
#include "models/trafficmodel.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Sockbench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    QTemporaryDir spool;
    MainWindow window(spool.path());
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

    TrafficModel *model = window.trafficPane()->model();
    int batches = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] { ++batches; });

    QElapsedTimer clock;
    QTimer::singleShot(0, &app, [&] {
        clock.start();
        probe.start();
        user.start();
    });
    double elapsed = 0;
    QTimer::singleShot(seconds * 1000, &app, [&] {
        elapsed = clock.elapsed() / 1000.0;
        probe.stop();
        user.stop();
        flood.kill();
        flood.waitForFinished(2000);
        app.quit();
    });
    app.exec();
    QElapsedTimer closing;
    closing.start();
    window.transcripts()->finishJournal();
    const double closingSeconds = closing.elapsed() / 1000.0;

    qint64 bytes = 0;
    for (Connection *connection : server->connections())
        bytes += connection->bytesReceived();
    const qint64 worst = probe.percentile(1.0);
    const qint64 p99 = probe.percentile(0.99);
    const qint64 p50 = probe.percentile(0.5);
    std::printf("%-34s %12s\n", "figure", "value");
    std::printf("%-34s %12.1f\n", "duration (s)", elapsed);
    std::printf("%-34s %12.2f\n", "closing the journal (s)", closingSeconds);
    std::printf("%-34s %12.0f\n", "received (MiB/s)", bytes / elapsed / 1048576.0);
    std::printf(
        "%-34s %12lld\n", "capture events", static_cast<long long>(window.workbench()->capture()->count()));
    std::printf("%-34s %12.0f\n", "rows shown per second", model->rowCount() / elapsed);
    std::printf("%-34s %12.1f\n", "view updates (batches) per second", batches / elapsed);
    std::printf("%-34s %12lld\n", "event-loop stall p50 (ms)", static_cast<long long>(p50));
    std::printf("%-34s %12lld\n", "event-loop stall p99 (ms)", static_cast<long long>(p99));
    std::printf("%-34s %12lld\n", "event-loop stall worst (ms)", static_cast<long long>(worst));
    std::printf("%-34s %12lld\n", "peak RSS (MiB)", static_cast<long long>(Bench::peakRssKiB() / 1024));
    std::printf("targets: p99 <= 50 ms, worst <= 250 ms, RSS <= 400 MiB\n");
    return 0;
}
