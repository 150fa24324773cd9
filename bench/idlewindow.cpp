// Opens the real workbench window with a server and thousands of idle loopback clients, then measures what
// the window costs while nothing moves: the whole process's CPU time (user + system, every thread, from
// getrusage) over 20 s of wall time, the GUI thread's wake-ups, the traffic pane's scope list, and the GUI
// thread's CPU time to take in the 10,000th connection up to its scope entry. The idle figures are taken as
// the window opens (nothing focused), with the send panel focused (its cursor blinks) and with the session
// tree's Age column shown (it repaints each second).
//
// Usage: sockbench-idlewindow [--compare OLD_BINARY]   (QT_QPA_PLATFORM=offscreen works; no display needed)
//   --compare runs OLD_BINARY first (this bench built against older code) and prints its figures beside ours.
//   --machine prints one "result ..." line instead of the table (what --compare reads).
//   --clients-for PORT is the helper it starts: it holds the clients, so the window's process holds only
//   the accepted ends and stays under RLIMIT_NOFILE with 10,000 connections.

#include "benchprobe.h"
#include "capture/capturestore.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace Sockbench;

namespace {

constexpr int FirstClients = 5000;
constexpr int AllClients = 10000;
constexpr int IdleSeconds = 20; // long enough for the 1 s ticks to average out
constexpr int SettleTimeoutMs = 240000; // the code before announcements needs minutes to take in 10,000

/// Raises the soft limit on open files to the hard one: 10,000 sockets do not fit in the usual 1,024.
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

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// The helper process: reads a count per line on standard input, opens that many more blocking loopback
/// clients to port, answers "ok TOTAL"; exits (closing them all) at end of input or when the bench dies.
int holdClients(quint16 port)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    raiseFileLimit();
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> clients;
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) {
        const int wanted = std::atoi(line);
        for (int i = 0; i < wanted; ++i) {
            const int fd = socket(AF_INET, SOCK_STREAM, 0);
            // Bounded: connect() gives up after SO_SNDTIMEO when the backlog stays full.
            const timeval timeout { 20, 0 };
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
            if (fd < 0 || connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
                std::printf("fail after %zu clients: %s\n", clients.size(), std::strerror(errno));
                std::fflush(stdout);
                return 1;
            }
            clients.push_back(fd);
        }
        std::printf("ok %zu\n", clients.size());
        std::fflush(stdout);
    }
    for (int fd : clients)
        close(fd);
    return 0;
}

/// Runs the window's event loop until done() holds or timeoutMs passes; false on the timeout.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick; // wakes the wait below to look again
    tick.start(50);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Runs the event loop for ms milliseconds, as an idle window does.
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

using Figures = std::map<std::string, double>;

/// The machine's 1-minute load average: other engineers' builds share the 2 cores, so each figure says it.
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

/// The measurement itself, on this build of the window.
Figures measure()
{
    Figures figures;
    QTemporaryDir spool;
    MainWindow window(spool.path());
    window.resize(1280, 800);
    window.show();
    // As the real program does: the capture is journaled for crash recovery while it runs.
    window.transcripts()->startJournal(spool.filePath(QStringLiteral("recovery")));

    ServerOptions options;
    options.behaviour = ServerBehaviour::Discard;
    options.backlog = 4096;
    ServerSession *server = window.openServer(options);
    if (!server->isListening()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server->errorString()));
        return {};
    }
    auto *scope = window.trafficPane()->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    CaptureStore *capture = window.workbench()->capture();

    QProcess clients;
    clients.setProgram(QCoreApplication::applicationFilePath());
    clients.setArguments({ QStringLiteral("--clients-for"), QString::number(server->listenEndpoint().port) });
    clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    clients.start();
    if (!clients.waitForStarted(5000)) {
        std::fprintf(stderr, "cannot start the client helper\n");
        return {};
    }
    QByteArray answers;
    QObject::connect(&clients, &QProcess::readyReadStandardOutput, &clients,
        [&] { answers += clients.readAllStandardOutput(); });
    // Asks the helper for more clients and waits until the window shows every one and the capture is still.
    auto grow = [&](int more, int total) {
        answers.clear();
        clients.write(QByteArray::number(more) + '\n');
        if (!waitFor([&] { return answers.contains('\n'); }, SettleTimeoutMs) || !answers.startsWith("ok")) {
            std::fprintf(stderr, "client helper: %s\n", answers.constData());
            return false;
        }
        qint64 lastCount = -1;
        QElapsedTimer still;
        still.start();
        const bool settled = waitFor(
            [&] {
                if (capture->count() != lastCount) {
                    lastCount = capture->count();
                    still.restart();
                }
                return server->connections().size() == total && scope->count() == total + 2
                    && still.elapsed() > 1000;
            },
            SettleTimeoutMs);
        if (!settled)
            std::fprintf(stderr, "not settled: %lld connections, %d scope entries\n",
                static_cast<long long>(server->connections().size()), scope->count());
        return settled;
    };
    // Each time the GUI thread is about to block is one wake-up ended: one poll() over every socket.
    int wakes = 0;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &window,
        [&] { ++wakes; });
    auto idleCpu = [&](const std::string &name, const char *what) {
        idle(2000); // let anything the last connection started finish
        std::fprintf(stderr, "%lld connections settled; measuring %d s of idle, %s\n",
            static_cast<long long>(server->connections().size()), IdleSeconds, what);
        QElapsedTimer wall;
        wall.start();
        const double before = Bench::processCpuSeconds();
        const double loadBefore = loadAverage();
        wakes = 0;
        idle(IdleSeconds * 1000);
        const double seconds = double(wall.elapsed()) / 1000.0;
        figures[name + "_cpu"] = 100.0 * (Bench::processCpuSeconds() - before) / seconds;
        figures[name + "_wakes"] = wakes / seconds;
        figures[name + "_load"] = (loadBefore + loadAverage()) / 2;
    };

    std::fprintf(stderr, "opening %d idle clients\n", FirstClients);
    QElapsedTimer ramp;
    ramp.start();
    if (!grow(FirstClients, FirstClients))
        return {};
    figures["ramp5000_s"] = double(ramp.elapsed()) / 1000.0;
    figures["scope5000"] = scope->count();
    idleCpu("idle5000", "nothing focused");
    // As after the demo or a new session: the send panel has the focus and its cursor blinks.
    window.activateWindow();
    window.sendPanel()->focusInput();
    idleCpu("idle5000_typing", "the send panel focused");
    figures["focus_in_send_panel"] = QApplication::focusWidget() != nullptr
        && window.sendPanel()->isAncestorOf(QApplication::focusWidget());
    window.trafficPane()->view()->setFocus(); // a table has no cursor to blink
    if (auto *tree = window.findChild<QTreeView *>(QStringLiteral("sessionView"))) {
        tree->setColumnHidden(7, false); // SessionTreeModel::AgeColumn, by number: older builds have it too
        idleCpu("idle5000_age", "the Age column shown");
        tree->setColumnHidden(7, true);
    }

    if (!grow(AllClients - FirstClients - 1, AllClients - 1))
        return {};
    // The 10,000th: the GUI thread's CPU time from asking for it to its entry in the scope list.
    double startCpu = threadCpuMs();
    double endCpu = -1;
    QElapsedTimer wall;
    double endWall = -1;
    QObject::connect(scope->model(), &QAbstractItemModel::rowsInserted, scope, [&] {
        if (endCpu < 0 && scope->count() == AllClients + 2) {
            endCpu = threadCpuMs();
            endWall = double(wall.nsecsElapsed()) / 1e6;
        }
    });
    wall.start();
    startCpu = threadCpuMs();
    if (!grow(1, AllClients) || endCpu < 0)
        return {};
    figures["add10000_cpu_ms"] = endCpu - startCpu;
    figures["add10000_wall_ms"] = endWall;
    figures["scope10000"] = scope->count();
    idleCpu("idle10000", "nothing focused");

    figures["peak_rss_mib"] = double(Bench::peakRssKiB()) / 1024.0;
    clients.closeWriteChannel();
    if (!clients.waitForFinished(10000))
        clients.kill();
    window.transcripts()->finishJournal();
    return figures;
}

/// Runs the same bench built against older code and reads its figures.
Figures measureOld(const QString &program)
{
    QProcess old;
    old.setProgram(program);
    old.setArguments({ QStringLiteral("--machine") });
    old.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    old.start();
    if (!old.waitForFinished(20 * 60 * 1000)) {
        old.kill();
        old.waitForFinished(2000);
        std::fprintf(stderr, "%s did not finish in 20 minutes\n", qPrintable(program));
        return {};
    }
    Figures figures;
    for (const QByteArray &line : old.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("result "))
            continue;
        for (const QByteArray &pair : line.mid(7).split(' ')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0)
                figures[pair.left(equals).toStdString()] = pair.mid(equals + 1).toDouble();
        }
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--clients-for") == 0)
        return holdClients(quint16(std::atoi(argv[2])));
    const rlim_t files = raiseFileLimit();
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (files < rlim_t(AllClients + 200)) {
        std::fprintf(stderr, "need %d open files, RLIMIT_NOFILE allows %llu\n", AllClients + 200,
            static_cast<unsigned long long>(files));
        return 1;
    }
    const bool machine = arguments.contains(QStringLiteral("--machine"));
    const qsizetype compareAt = arguments.indexOf(QStringLiteral("--compare"));
    Figures before;
    if (compareAt > 0 && compareAt + 1 < arguments.size())
        before = measureOld(arguments.at(compareAt + 1));

    const Figures after = measure();
    if (after.empty())
        return 1;
    if (machine) {
        std::printf("result");
        for (const auto &[name, value] : after)
            std::printf(" %s=%.3f", name.c_str(), value);
        std::printf("\n");
        return 0;
    }
    const struct
    {
        const char *key;
        const char *label;
        const char *format;
    } rows[] = {
        { "ramp5000_s", "5,000 clients taken in (s)", "%12.1f" },
        { "scope5000", "scope entries, 5,000 connections", "%12.0f" },
        { "idle5000_cpu", "idle CPU, 5,000 conns (% of a core)", "%12.2f" },
        { "idle5000_wakes", "  GUI wake-ups per second", "%12.1f" },
        { "idle5000_load", "  load average meanwhile", "%12.1f" },
        { "idle5000_typing_cpu", "  send panel focused (% of a core)", "%12.2f" },
        { "idle5000_typing_wakes", "  GUI wake-ups per second", "%12.1f" },
        { "idle5000_typing_load", "  load average meanwhile", "%12.1f" },
        { "focus_in_send_panel", "  focus was in the send panel", "%12.0f" },
        { "idle5000_age_cpu", "  Age column shown (% of a core)", "%12.2f" },
        { "idle5000_age_wakes", "  GUI wake-ups per second", "%12.1f" },
        { "idle5000_age_load", "  load average meanwhile", "%12.1f" },
        { "add10000_cpu_ms", "10,000th: GUI CPU to entry (ms)", "%12.2f" },
        { "add10000_wall_ms", "10,000th: wall to entry (ms)", "%12.1f" },
        { "scope10000", "scope entries, 10,000 connections", "%12.0f" },
        { "idle10000_cpu", "idle CPU, 10,000 conns (% of a core)", "%12.2f" },
        { "idle10000_wakes", "  GUI wake-ups per second", "%12.1f" },
        { "idle10000_load", "  load average meanwhile", "%12.1f" },
        { "peak_rss_mib", "peak RSS (MiB)", "%12.0f" },
    };
    std::printf("%-38s %12s %12s\n", "figure", "before", "now");
    for (const auto &row : rows) {
        std::printf("%-38s ", row.label);
        const auto old = before.find(row.key);
        if (old != before.end())
            std::printf(row.format, old->second);
        else
            std::printf("%12s", "-");
        std::printf(" ");
        if (const auto now = after.find(row.key); now != after.end())
            std::printf(row.format, now->second);
        else
            std::printf("%12s", "-");
        std::printf("\n");
    }
    std::printf("target: idle CPU with 5,000 connections under 2%% of a core\n");
    return 0;
}
