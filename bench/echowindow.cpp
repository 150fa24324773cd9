// Opens the real workbench window with an echo server and has 10,000 concurrent loopback clients each echo
// 16 KiB through it, while a scripted user scrolls the log, types in the send panel and moves the tree's
// selection; then the clients close. It measures how responsive the window stays (event-loop stalls: a probe
// timer's lateness) while they connect and echo and while they leave, the clients' completion times, and the
// window's peak memory. Every echoed byte is checked by the clients.
//
// Usage: sockbench-echowindow [CLIENTS [BYTES]]   (default 10,000 x 16 KiB; QT_QPA_PLATFORM=offscreen works)
//   --clients-for PORT CLIENTS BYTES is the helper it starts: an epoll client driver in plain POSIX, in its
//   own process, so the window's process holds only the accepted ends (10,000 fit under RLIMIT_NOFILE
//   20,000).

#include "benchprobe.h"
#include "capture/capturestore.h"
#include "eventtrace.h"
#include "models/sessiontreemodel.h"
#include "models/trafficmodel.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

using namespace Sockbench;

namespace {

constexpr int TimeoutMs = 240000; // every wait is bounded
constexpr int ConnectsInFlight = 256; // the driver's own bound, so no backlog overflows

rlim_t raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

double nowMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

unsigned char patternByte(size_t client, size_t offset)
{
    return static_cast<unsigned char>((client * 131 + offset * 7 + offset / 251) & 0xff);
}

/// The helper: opens `count` non-blocking clients to port (at most ConnectsInFlight connecting at once),
/// each sends `bytes` of its own pattern and reads them back, checked. Prints "ok TOTAL_MS P50_MS P99_MS"
/// (the clients' times from their connect() to their last echoed byte) or "fail REASON", keeps every
/// connection open until its standard input closes, then closes them all.
int driveClients(quint16 port, size_t count, size_t bytes)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    raiseFileLimit();
    struct Client
    {
        int fd = -1;
        size_t sent = 0;
        size_t received = 0;
        bool connected = false;
        double startMs = 0;
        double doneMs = 0;
    };
    std::vector<Client> clients(count);
    std::vector<unsigned char> payload(bytes);
    const int poller = epoll_create1(EPOLL_CLOEXEC);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const auto fail = [](const char *what, size_t index) {
        std::printf("fail %s at client %zu: %s\n", what, index, std::strerror(errno));
        std::fflush(stdout);
        return 1;
    };

    size_t started = 0;
    size_t connecting = 0;
    size_t done = 0;
    const double beginMs = nowMs();
    std::vector<epoll_event> events(512);
    unsigned char buffer[65536];
    while (done < count) {
        while (started < count && connecting < size_t(ConnectsInFlight)) {
            Client &client = clients[started];
            client.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (client.fd < 0)
                return fail("socket", started);
            client.startMs = nowMs();
            if (connect(client.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
                && errno != EINPROGRESS)
                return fail("connect", started);
            epoll_event event {};
            event.events = EPOLLIN | EPOLLOUT;
            event.data.u64 = started;
            epoll_ctl(poller, EPOLL_CTL_ADD, client.fd, &event);
            ++started;
            ++connecting;
        }
        const int ready = epoll_wait(poller, events.data(), int(events.size()), 1000);
        if (nowMs() - beginMs > TimeoutMs) {
            std::printf("fail timeout: %zu of %zu clients done\n", done, count);
            std::fflush(stdout);
            return 1;
        }
        for (int i = 0; i < ready; ++i) {
            const size_t index = events[size_t(i)].data.u64;
            Client &client = clients[index];
            if (!client.connected && (events[size_t(i)].events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(client.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0) {
                    errno = error;
                    return fail("connect", index);
                }
                client.connected = true;
                --connecting;
            }
            if (!client.connected)
                continue;
            while (client.sent < bytes) {
                const size_t chunk = std::min(bytes - client.sent, sizeof buffer);
                for (size_t b = 0; b < chunk; ++b)
                    payload[client.sent + b] = patternByte(index, client.sent + b);
                const ssize_t written = send(client.fd, payload.data() + client.sent, chunk, MSG_NOSIGNAL);
                if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    break;
                if (written <= 0)
                    return fail("send", index);
                client.sent += size_t(written);
            }
            for (;;) {
                const ssize_t got = recv(client.fd, buffer, sizeof buffer, 0);
                if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    break;
                if (got == 0) {
                    errno = ECONNRESET;
                    return fail("early end of stream", index);
                }
                if (got < 0)
                    return fail("recv", index);
                for (ssize_t b = 0; b < got; ++b) {
                    if (client.received + size_t(b) >= bytes
                        || buffer[b] != patternByte(index, client.received + size_t(b))) {
                        std::printf(
                            "fail wrong echo at client %zu byte %zu\n", index, client.received + size_t(b));
                        std::fflush(stdout);
                        return 1;
                    }
                }
                client.received += size_t(got);
            }
            epoll_event event {};
            event.data.u64 = index;
            if (client.received == bytes) {
                client.doneMs = nowMs();
                ++done;
                epoll_ctl(poller, EPOLL_CTL_DEL, client.fd, &event);
            } else if (client.sent == bytes) {
                event.events = EPOLLIN; // all sent: wait for the rest of the echo only
                epoll_ctl(poller, EPOLL_CTL_MOD, client.fd, &event);
            }
        }
    }
    std::vector<double> times;
    times.reserve(count);
    for (const Client &client : clients)
        times.push_back(client.doneMs - client.startMs);
    std::sort(times.begin(), times.end());
    std::printf("ok %.0f %.1f %.1f\n", nowMs() - beginMs, times[times.size() / 2],
        times[size_t(double(times.size() - 1) * 0.99)]);
    std::fflush(stdout);
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) { }
    for (const Client &client : clients)
        close(client.fd);
    return 0;
}

/// Runs the event loop until done() holds or timeoutMs passes; false on the timeout.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick; // wakes the wait below to look again
    tick.start(20);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double loadAverage()
{
    double load = -1;
    if (FILE *file = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(file, "%lf", &load) != 1)
            load = -1;
        std::fclose(file);
    }
    return load;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--clients-for") == 0)
        return driveClients(
            quint16(std::atoi(argv[2])), size_t(std::atol(argv[3])), size_t(std::atol(argv[4])));
    const rlim_t files = raiseFileLimit();
    Bench::TracingApplication app(argc, argv);
    const int clientCount = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int bytes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 16 * 1024;
    if (files < rlim_t(clientCount + 200)) {
        std::fprintf(stderr, "need %d open files, RLIMIT_NOFILE allows %llu\n", clientCount + 200,
            static_cast<unsigned long long>(files));
        return 1;
    }

    QTemporaryDir spool;
    MainWindow window(spool.path());
    window.resize(1280, 800);
    window.show();
    // As the real program does: the capture is journaled for crash recovery while it runs.
    window.transcripts()->startJournal(spool.filePath(QStringLiteral("recovery")));
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    options.backlog = 4096;
    ServerSession *server = window.openServer(options);
    if (!server->isListening()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server->errorString()));
        return 1;
    }
    // Every connection stays listed after it closes, so the tree shows all of them to the end.
    server->setClosedConnectionRetention(clientCount);
    auto *scope = window.trafficPane()->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    SessionTreeModel *treeModel = window.sessionModel();

    // A user at work meanwhile: scrolling the log back and forth, typing in the send panel, and every
    // second moving the tree's selection between the server and one of its connections.
    QTimer user;
    user.setInterval(100);
    int step = 0;
    QObject::connect(&user, &QTimer::timeout, &user, [&] {
        QScrollBar *bar = window.trafficPane()->view()->verticalScrollBar();
        bar->setValue(step % 20 < 10 ? bar->maximum() / 2 : bar->maximum());
        window.sendPanel()->setInputText(QStringLiteral("typing %1").arg(step));
        if (step % 10 == 5 && !server->connections().isEmpty())
            window.selectConnection(server->connections().at(server->connections().size() / 2));
        else if (step % 10 == 0)
            window.selectSession(server);
        tree->verticalScrollBar()->setValue(step % 20 < 10 ? 0 : tree->verticalScrollBar()->maximum());
        ++step;
    });

    QProcess clients;
    clients.setProgram(QCoreApplication::applicationFilePath());
    clients.setArguments({ QStringLiteral("--clients-for"), QString::number(server->listenEndpoint().port),
        QString::number(clientCount), QString::number(bytes) });
    clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QByteArray answer;
    QObject::connect(&clients, &QProcess::readyReadStandardOutput, &clients,
        [&] { answer += clients.readAllStandardOutput(); });

    std::fprintf(stderr, "%d clients echo %d bytes each through the window\n", clientCount, bytes);
    const double loadBefore = loadAverage();
    auto echoProbe = std::make_unique<Bench::StallProbe>();
    echoProbe->start();
    // SOCKBENCH_TRACE_STALLS=MS: what ran in the late ticks while they connect and echo.
    app.watchTicksOf(echoProbe->timer());
    user.start();
    QElapsedTimer clock;
    clock.start();
    clients.start();
    if (!clients.waitForStarted(5000)) {
        std::fprintf(stderr, "cannot start the client driver\n");
        return 1;
    }
    const bool answered = waitFor([&] { return answer.contains('\n'); }, TimeoutMs);
    const double echoSeconds = double(clock.elapsed()) / 1000.0;
    if (!answered || !answer.startsWith("ok ")) {
        std::fprintf(stderr, "client driver: %s\n", answered ? answer.constData() : "no answer in time");
        return 1;
    }
    // The window has taken in every connection when the tree and the scope list show them all.
    const bool shown = waitFor(
        [&] {
            return treeModel->rowCount(treeModel->indexOfSession(server)) == clientCount
                && scope->count() == clientCount + 2;
        },
        TimeoutMs);
    const double shownSeconds = double(clock.elapsed()) / 1000.0;
    echoProbe->stop();
    app.watchTicksOf(nullptr);
    const double loadDuring = (loadBefore + loadAverage()) / 2;
    if (!shown) {
        std::fprintf(stderr, "not shown: %d tree rows, %d scope entries\n",
            treeModel->rowCount(treeModel->indexOfSession(server)), scope->count());
        return 1;
    }
    const QList<QByteArray> clientFigures = answer.trimmed().split(' ');
    qint64 echoed = 0;
    for (const Connection *connection : server->connections())
        echoed += connection->bytesSent();

    // Then they all leave at once.
    std::fprintf(stderr, "%d connections shown; closing them\n", clientCount);
    Bench::StallProbe closeProbe;
    closeProbe.start();
    QElapsedTimer closing;
    closing.start();
    clients.closeWriteChannel();
    const bool closed = waitFor([&] { return server->openConnectionCount() == 0; }, TimeoutMs);
    const double closeSeconds = double(closing.elapsed()) / 1000.0;
    closeProbe.stop();
    user.stop();
    if (!clients.waitForFinished(10000))
        clients.kill();
    if (!closed) {
        std::fprintf(stderr, "%d connections still open\n", server->openConnectionCount());
        return 1;
    }
    window.transcripts()->finishJournal();

    std::printf("%-44s %12s\n", "figure", "value");
    std::printf("%-44s %12d\n", "clients", clientCount);
    std::printf("%-44s %12d\n", "bytes echoed per client", bytes);
    std::printf("%-44s %12.1f\n", "load average meanwhile", loadDuring);
    std::printf(
        "%-44s %12.1f\n", "all echoed, as the clients saw it (s)", clientFigures.value(1).toDouble() / 1e3);
    std::printf("%-44s %12.1f\n", "client completion p50 (ms)", clientFigures.value(2).toDouble());
    std::printf("%-44s %12.1f\n", "client completion p99 (ms)", clientFigures.value(3).toDouble());
    std::printf("%-44s %12.1f\n", "echoed, driver's answer in the window (s)", echoSeconds);
    std::printf("%-44s %12.1f\n", "every connection shown (s)", shownSeconds);
    std::printf("%-44s %12lld\n", "bytes echoed (window's count)", static_cast<long long>(echoed));
    std::printf(
        "%-44s %12lld\n", "log rows", static_cast<long long>(window.trafficPane()->model()->rowCount()));
    std::printf(
        "%-44s %12lld\n", "stall while echoing p50 (ms)", static_cast<long long>(echoProbe->percentile(0.5)));
    std::printf("%-44s %12lld\n", "stall while echoing p99 (ms)",
        static_cast<long long>(echoProbe->percentile(0.99)));
    std::printf("%-44s %12lld\n", "stall while echoing worst (ms)",
        static_cast<long long>(echoProbe->percentile(1.0)));
    std::printf("%-44s %12lld\n", "probe ticks while echoing", static_cast<long long>(echoProbe->ticks()));
    std::printf("%-44s %12lld\n", "ticks late >= 50 ms while echoing",
        static_cast<long long>(echoProbe->countAtLeast(50)));
    std::printf("%-44s %12.1f\n", "all closed in the window (s)", closeSeconds);
    std::printf("%-44s %12lld\n", "stall while closing p99 (ms)",
        static_cast<long long>(closeProbe.percentile(0.99)));
    std::printf("%-44s %12lld\n", "stall while closing worst (ms)",
        static_cast<long long>(closeProbe.percentile(1.0)));
    std::printf("%-44s %12lld\n", "peak RSS (MiB)", static_cast<long long>(Bench::peakRssKiB() / 1024));
    std::printf(
        "targets: stall p99 <= 50 ms while they connect and echo, RSS <= 400 MiB, every byte echoed (%lld)\n",
        static_cast<long long>(clientCount) * bytes);
    app.print();
    return echoed == qint64(clientCount) * bytes ? 0 : 1;
}
