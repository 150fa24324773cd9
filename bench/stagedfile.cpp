// StagedFile alone, fed as fast as memory allows: what the transcript's file writer does when the disk, not
// the network or the formatting, is the limit (a quiet machine). Writes SIZE MiB into a new file in DIRECTORY
// in the pcapng writer's pattern (a 68-byte header, a 65,495-byte payload, an 8-byte tail), or with plain
// write(2) of 16 KiB as `nc > file` does (--plain), and prints the time to close, the CPU time per GiB, and
// how much of the file was not yet on disk when it closed (Dirty + Writeback in /proc/meminfo, before and
// after). SOCKBENCH_TRANSCRIPT_WINDOW_MIB sets the window as for the command line.
//
//   sockbench-stagedfile [--plain] SIZE_MIB [DIRECTORY]      (DIRECTORY: $TMPDIR or /tmp)

#include "transcript/stagedfile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

// Dirty + Writeback in /proc/meminfo, in KiB: what the page cache holds that is not yet on disk.
long long notOnDiskKib()
{
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    long long value = 0, sum = 0;
    std::string unit;
    while (meminfo >> key >> value >> unit) {
        if (key == "Dirty:" || key == "Writeback:")
            sum += value;
    }
    return sum;
}

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    int arg = 1;
    const bool plain = argc > 1 && std::strcmp(argv[1], "--plain") == 0;
    if (plain)
        ++arg;
    if (argc <= arg) {
        std::fprintf(stderr, "usage: %s [--plain] SIZE_MIB [DIRECTORY]\n", argv[0]);
        return 2;
    }
    const long long mib = std::atoll(argv[arg]);
    const QString directory = argc > arg + 1
        ? QString::fromLocal8Bit(argv[arg + 1])
        : QString::fromLocal8Bit(qgetenv("TMPDIR").isEmpty() ? QByteArray("/tmp") : qgetenv("TMPDIR"));
    if (mib <= 0)
        return 2;
    const QString path = QDir(directory).filePath(QStringLiteral("sockbench-stagedfile.%1").arg(::getpid()));
    const long long total = mib * 1024 * 1024;
    QByteArray payload(65495, 'x');
    const QByteArray header(68, 'h');
    const QByteArray tail(8, 't');

    ::sync();
    const long long before = notOnDiskKib();
    const double cpuBefore = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    qint64 peak = 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        if (plain) {
            QByteArray chunk(16384, 'x');
            for (long long written = 0; written < total; written += chunk.size()) {
                if (::write(file.handle(), chunk.constData(), size_t(chunk.size())) != chunk.size()) {
                    std::perror("write");
                    return 1;
                }
            }
        } else {
            StagedFile staged(&file);
            staged.open(QIODevice::WriteOnly);
            for (long long written = 0; written < total;) {
                payload[0] = char(written); // not all the same bytes
                if (staged.write(header) != header.size() || staged.write(payload) != payload.size()
                    || staged.write(tail) != tail.size()) {
                    std::fprintf(stderr, "write: %s\n", qPrintable(staged.errorString()));
                    return 1;
                }
                written += header.size() + payload.size() + tail.size();
            }
            if (!staged.flush()) {
                std::fprintf(stderr, "flush: %s\n", qPrintable(staged.errorString()));
                return 1;
            }
            staged.close();
            peak = staged.peakUnsyncedBytes();
        }
        file.close();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpuSeconds() - cpuBefore;
    const long long after = notOnDiskKib();
    std::printf("%-8s %6lld MiB  %7.3f s  %6.0f MiB/s  CPU %.2f s/GiB  not on disk at close %5lld MiB"
                "  peak window %4lld MiB\n",
        plain ? "write()" : "staged", mib, seconds, double(mib) / seconds, cpu * 1024.0 / double(mib),
        (after - before) / 1024, peak / (1024 * 1024));
    ::unlink(qPrintable(path));
    return 0;
}
