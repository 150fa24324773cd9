// UDP floods on loopback: COUNT datagrams of 64 and 1,400 bytes, as fast as the sender can and at fixed
// rates, into (a) `sockbench listen -u --discard`, (b) `nc -u -l > /dev/null` and (c) the real window (a
// discarding UDP socket in MainWindow, its views shown). Prints datagrams received per second, what the
// kernel dropped (the socket's own counter in /proc/net/udp, the same for every receiver), and for the window
// the event-loop stall, whether every datagram delivered is in the capture, and its peak memory. Usage:
// sockbench-udpflood [COUNT]   (QT_QPA_PLATFORM=offscreen works; no display needed)

#include "benchprobe.h"
#include "capture/capturestore.h"
#include "session/udpsession.h"
#include "session/workbench.h"
#include "stream/datagramsocket.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <cstdio>
#include <functional>

using namespace Sockbench;

namespace {

struct Figures
{
    qint64 sent = 0;
    qint64 received = 0;
    qint64 dropped = 0;
    double seconds = 0;
    qint64 p99 = -1;
    qint64 worst = -1;
    bool allInCapture = true;
    qint64 backlogPeak
        = -1; ///< the window's read-ahead backlog at its fullest (sampled every 10 ms), datagrams
    qint64 backlogRoom = -1; ///< what its limit holds of datagrams of this size
};

/// The socket bound to 127.0.0.1:port in /proc/net/udp: its receive queue (bytes) and drop counter.
bool socketCounters(quint16 port, qint64 *queued, qint64 *drops)
{
    QFile table(QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local
        = QByteArray("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 13 || fields.at(1) != local)
            continue;
        *queued = fields.at(4).split(':').value(1).toLongLong(nullptr, 16);
        *drops = fields.at(12).toLongLong();
        return true;
    }
    return false;
}

quint16 freePort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

QString sender()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sockbench-udpsender");
}

/// Sends COUNT datagrams, then waits until the receiver's queue is empty: the time is until then. With
/// accounted (the window is the receiver, in this process) the event loop runs meanwhile, and the wait lasts
/// until the window has accounted for every datagram (received or dropped by the kernel: it reads ahead of
/// what it has handled), or nothing changed for 2 s; otherwise this process sleeps, so it takes no CPU from
/// the receiver.
Figures flood(quint16 port, qint64 count, int size, int rate, const std::function<qint64()> &accounted = {})
{
    const bool eventLoop = bool(accounted);
    Figures figures;
    QProcess send;
    QElapsedTimer clock;
    clock.start();
    send.start(sender(),
        { QString::number(port), QString::number(count), QString::number(size), QString::number(rate) });
    qint64 queued = 1, drops = 0;
    auto drained = [&] { return !socketCounters(port, &queued, &drops) || queued == 0; };
    if (eventLoop) {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(10);
        qint64 lastSeen = -1;
        QElapsedTimer sinceChange;
        sinceChange.start();
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            const qint64 seen = accounted();
            if (seen != lastSeen) {
                lastSeen = seen;
                sinceChange.restart();
            }
            const bool settled = seen >= count || sinceChange.elapsed() > 2000;
            if (send.state() == QProcess::NotRunning && ((drained() && settled) || clock.elapsed() > 120000))
                loop.quit();
        });
        poll.start();
        loop.exec();
    } else {
        send.waitForFinished(120000);
        QElapsedTimer drain;
        drain.start();
        while (!drained() && drain.elapsed() < 10000)
            QThread::msleep(5);
    }
    figures.seconds = clock.elapsed() / 1000.0;
    socketCounters(port, &queued, &drops);
    figures.sent = send.readAllStandardOutput().contains("sent") ? count : 0;
    figures.dropped = drops;
    figures.received = figures.sent - drops - queued / qMax(1, size);
    return figures;
}

Figures external(
    const QString &program, const QStringList &arguments, quint16 port, qint64 count, int size, int rate)
{
    QProcess receiver;
    receiver.setStandardOutputFile(QProcess::nullDevice());
    receiver.setStandardErrorFile(QProcess::nullDevice());
    receiver.start(program, arguments);
    if (!receiver.waitForStarted(5000))
        return {};
    qint64 queued = 0, drops = 0;
    QElapsedTimer wait;
    wait.start();
    while (!socketCounters(port, &queued, &drops) && wait.elapsed() < 5000)
        QThread::msleep(10);
    const Figures figures = flood(port, count, size, rate);
    receiver.kill();
    receiver.waitForFinished(2000);
    return figures;
}

Figures window(MainWindow &window, qint64 count, int size, int rate)
{
    UdpOptions options;
    options.behaviour = ServerBehaviour::Discard;
    auto *session = window.workbench()->create<UdpSession>();
    if (!session->start(options))
        return {};
    const qint64 rowsBefore = window.workbench()->capture()->count();
    Bench::StallProbe probe;
    probe.start();
    // Whether the kernel's drops come with the backlog full (its limit) or with room in it (reading too
    // late).
    const DatagramSocket *socket = session->findChild<DatagramSocket *>();
    qint64 backlogPeak = 0;
    Figures figures
        = flood(session->boundEndpoint().port, count, size, rate, [session, socket, &backlogPeak] {
              if (socket)
                  backlogPeak = std::max(backlogPeak, socket->backlogDatagrams());
              return qint64(session->datagramsReceived() + session->kernelDrops());
          });
    figures.backlogPeak = socket ? backlogPeak : -1;
    // A datagram's bookkeeping in the backlog, as DatagramSocket counts it.
    figures.backlogRoom = socket ? socket->backlogLimit() / (size + 96) : -1;
    // What the window itself says it received and the kernel dropped.
    figures.received = qint64(session->datagramsReceived());
    figures.dropped = qint64(session->kernelDrops());
    probe.stop();
    figures.p99 = probe.percentile(0.99);
    figures.worst = probe.percentile(1.0);
    CaptureStore *capture = window.workbench()->capture();
    qint64 data = 0;
    for (qint64 row = rowsBefore; row < capture->count(); ++row) {
        const CaptureEvent event = capture->event(row);
        data += event.kind == EventKind::Data && event.sessionId == session->id();
    }
    figures.allInCapture = data == figures.received;
    window.workbench()->removeSession(session);
    return figures;
}

void print(const char *who, int size, int rate, const Figures &f, const Figures *nc)
{
    const double perSecond = f.seconds > 0 ? f.received / f.seconds : 0;
    // nc's own rows are the reference: no ratio.
    const QByteArray ratio = !nc ? QByteArray("-")
        : nc->received > 0       ? QByteArray::number(double(f.received) / double(nc->received), 'f', 2)
                                 : QByteArray("0.00");
    std::printf("%-22s %5d %8s %9lld %9lld %9lld %10.0f %6s", who, size,
        rate ? qPrintable(QString::number(rate)) : "full", static_cast<long long>(f.sent),
        static_cast<long long>(f.received), static_cast<long long>(f.dropped), perSecond, ratio.constData());
    if (f.p99 >= 0)
        std::printf("  p99 %lld ms, worst %lld ms, %s, backlog peak %lld of %lld",
            static_cast<long long>(f.p99), static_cast<long long>(f.worst),
            f.allInCapture ? "all in capture" : "CAPTURE MISSES SOME", static_cast<long long>(f.backlogPeak),
            static_cast<long long>(f.backlogRoom));
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 count = argc > 1 ? std::max(1000, atoi(argv[1])) : 100000;
    QTemporaryDir spool;
    MainWindow mainWindow(spool.path());
    mainWindow.resize(1280, 800);
    mainWindow.show();

    std::printf("%-22s %5s %8s %9s %9s %9s %10s %6s\n", "receiver", "size", "rate/s", "sent", "received",
        "dropped", "recv/s", "/nc");
    for (const int size : { 64, 1400 }) {
        for (const int rate : { 0, 100000, 20000 }) {
            const qint64 n = rate == 20000 ? std::min<qint64>(count, 40000) : count; // 2 s at 20,000/s
            quint16 port = freePort();
            const Figures nc = external(QStringLiteral("nc"),
                { QStringLiteral("-u"), QStringLiteral("-l"), QStringLiteral("127.0.0.1"),
                    QString::number(port) },
                port, n, size, rate);
            port = freePort();
            const Figures cli = external(QStringLiteral(SOCKBENCH_EXECUTABLE),
                { QStringLiteral("listen"), QStringLiteral("-u"), QStringLiteral("--discard"),
                    QString::number(port) },
                port, n, size, rate);
            const Figures win = window(mainWindow, n, size, rate);
            print("nc -u -l", size, rate, nc, nullptr);
            print("listen -u --discard", size, rate, cli, &nc);
            print("window", size, rate, win, &nc);
        }
    }
    std::printf("window peak RSS %lld MiB\n", static_cast<long long>(Bench::peakRssKiB() / 1024));
    std::printf("goals: listen/nc >= 1.0; window at 100,000/s p99 <= 50 ms, all in capture, RSS <= 300 MiB;\n"
                "       at full speed window/nc >= 0.9\n");
    return 0;
}
