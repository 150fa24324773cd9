// What the GUI thread hands to Qt's global thread pool: Qt 6.4.2's raster engine gives it every blend of 96
// spans or more (QT_THREAD_PARALLEL_FILLS) and sleeps until it is done. A measuring aid for the window
// benchmarks, never linked into Sockbench: it replaces QThreadPool::start(std::function) when preloaded,
//   LD_PRELOAD=build/default/bench/libsockbench-poolprobe.so POOLPROBE=count build/default/bench/...
// POOLPROBE=count counts the main thread's hand-offs by their exported callers (the program's own frames as
// FILE+OFFSET, for addr2line -f -C -e FILE) and prints them at exit; POOLPROBE=inline also runs each on the
// main thread itself, as if Qt had no pool (what avoiding the pool could give at most).
#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

namespace {
using StartFn = void (*)(QThreadPool *, std::function<void()> *, int);
StartFn original()
{
    static StartFn fn
        = reinterpret_cast<StartFn>(dlsym(RTLD_NEXT, "_ZN11QThreadPool5startESt8functionIFvvEEi"));
    return fn;
}
int mode() // 0 off, 1 count, 2 inline
{
    static int m = [] {
        const char *v = getenv("POOLPROBE");
        return !v ? 0 : std::strcmp(v, "inline") == 0 ? 2 : 1;
    }();
    return m;
}
std::mutex lock;
std::map<std::string, long> counts;
long total = 0;
long inlined = 0;
bool mainThread()
{
    return syscall(SYS_gettid) == getpid();
}
std::string name(void *address)
{
    Dl_info info {};
    if (!dladdr(address, &info))
        return "?";
    if (!info.dli_sname) {
        // Not exported (the program's own code): its file and offset, for addr2line -f -C -e FILE.
        const char *file = info.dli_fname ? std::strrchr(info.dli_fname, '/') : nullptr;
        if (file && std::strncmp(file, "/libQt6", 7) == 0)
            return "?"; // Qt's internal drawing helpers: the exported callers say more
        char buffer[256];
        std::snprintf(buffer, sizeof buffer, "%s+0x%lx", file ? file + 1 : "?",
            static_cast<unsigned long>(static_cast<char *>(address) - static_cast<char *>(info.dli_fbase)));
        return buffer;
    }
    int status = 0;
    char *demangled = abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status);
    std::string s = status == 0 ? demangled : info.dli_sname;
    free(demangled);
    if (auto p = s.find('('); p != std::string::npos)
        s.resize(p);
    return s;
}
struct Printer
{
    ~Printer()
    {
        if (mode() == 0)
            return;
        std::fprintf(
            stderr, "\npoolprobe: %ld hand-offs from the GUI thread (%ld run inline)\n", total, inlined);
        std::multimap<long, std::string, std::greater<long>> sorted;
        for (auto &[k, v] : counts)
            sorted.emplace(v, k);
        int shown = 0;
        for (auto &[v, k] : sorted) {
            std::fprintf(stderr, "%8ld  %s\n", v, k.c_str());
            if (++shown == 40)
                break;
        }
    }
} printer;
} // namespace

void QThreadPool::start(std::function<void()> functionToRun, int priority)
{
    if (mode() != 0 && mainThread()) {
        void *frames[24];
        const int n = backtrace(frames, 24);
        std::string key;
        int named = 0;
        for (int i = 2; i < n && named < 7; ++i) {
            std::string s = name(frames[i]);
            if (s == "?")
                continue;
            if (!key.empty())
                key += " < ";
            key += s;
            ++named;
        }
        {
            std::lock_guard<std::mutex> guard(lock);
            ++counts[key];
            ++total;
        }
        if (mode() == 2) {
            ++inlined;
            functionToRun();
            return;
        }
    }
    original()(this, &functionToRun, priority);
}
