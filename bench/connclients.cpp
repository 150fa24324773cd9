// Many TCP clients from one process, for bench/connections.sh and for measuring the window with many
// connections: opens N connections to HOST PORT (at most 512 connects in flight), and once all are open
// either
//   echo (the default): every client sends BYTES of its own pattern, half-closes, reads until the server
//   closes
//        and checks it got back exactly what it sent; or
//   --hold SECONDS: every client sends up to BYTES and never reads; after SECONDS (or once all was taken)
//   every
//        client closes.
// Prints one line of key=value figures on standard output; exits 1 when a client failed or a byte was lost.
// No Qt: one thread, epoll, non-blocking sockets. 10,000 clients need `ulimit -n` above 10,000.
//
//   sockbench-connclients [--clients N] [--bytes BYTES] [--hold SECONDS] [--timeout SECONDS] HOST PORT

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <netdb.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Client
{
    int fd = -1;
    long sent = 0;
    long received = 0;
    bool connected = false;
    bool failed = false;
    bool done = false;
    bool corrupt = false;
    double doneMs = 0;
};

char patternByte(long client, long offset)
{
    return char((client * 131 + offset) & 0xff);
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int usage(const char *program)
{
    std::fprintf(stderr,
        "usage: %s [--clients N] [--bytes BYTES] [--hold SECONDS] [--timeout SECONDS] HOST PORT\n", program);
    return 2;
}

// The pattern repeats every 256 bytes: one block of it, sent from the right offset, costs no work per byte.
std::vector<char> patternBlock(size_t size)
{
    std::vector<char> block(size + 256);
    for (size_t i = 0; i < block.size(); ++i)
        block[i] = char(i & 0xff);
    return block;
}

// Sends what is left of the client's BYTES; false on a failure other than a full buffer.
bool sendSome(Client &client, long index, long bytes, const std::vector<char> &block)
{
    const long blockSize = long(block.size()) - 256;
    while (client.sent < bytes) {
        const long chunk = std::min(bytes - client.sent, blockSize);
        const long start = (index * 131 + client.sent) & 0xff; // patternByte(index, client.sent)
        const ssize_t n = send(client.fd, block.data() + start, size_t(chunk), MSG_NOSIGNAL);
        if (n < 0)
            return errno == EAGAIN || errno == EINTR;
        client.sent += n;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    long clients = 10000;
    long bytes = 16 * 1024;
    double holdSeconds = -1;
    double timeoutSeconds = 120;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "--clients" && hasValue)
            clients = std::atol(argv[++i]);
        else if (argument == "--bytes" && hasValue)
            bytes = std::atol(argv[++i]);
        else if (argument == "--hold" && hasValue)
            holdSeconds = std::atof(argv[++i]);
        else if (argument == "--timeout" && hasValue)
            timeoutSeconds = std::atof(argv[++i]);
        else if (argument.rfind("--", 0) == 0)
            return usage(argv[0]);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 2 || clients < 1 || bytes < 0)
        return usage(argv[0]);

    addrinfo hints {};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *resolved = nullptr;
    if (getaddrinfo(positional[0].c_str(), positional[1].c_str(), &hints, &resolved) != 0 || !resolved) {
        std::fprintf(stderr, "cannot resolve %s %s\n", positional[0].c_str(), positional[1].c_str());
        return 2;
    }

    const int epoll = epoll_create1(0);
    std::vector<Client> all(static_cast<size_t>(clients));
    std::vector<epoll_event> events(4096);
    const std::vector<char> scratch = patternBlock(256 * 1024);
    std::vector<char> input(64 * 1024);
    const auto start = Clock::now();
    const auto deadline
        = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeoutSeconds));

    // Phase 1: every client connected, at most 512 handshakes in flight.
    long next = 0;
    long inFlight = 0;
    long connected = 0;
    long failed = 0;
    while (connected + failed < clients && Clock::now() < deadline) {
        while (next < clients && inFlight < 512) {
            Client &client = all[size_t(next)];
            client.fd = socket(resolved->ai_family, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (client.fd < 0) {
                std::perror("socket (raise ulimit -n)");
                return 1;
            }
            const int r = connect(client.fd, resolved->ai_addr, resolved->ai_addrlen);
            if (r != 0 && errno != EINPROGRESS) {
                client.failed = true;
                ++failed;
                ++next;
                continue;
            }
            epoll_event event {};
            event.events = EPOLLOUT;
            event.data.u64 = uint64_t(next);
            epoll_ctl(epoll, EPOLL_CTL_ADD, client.fd, &event);
            ++inFlight;
            ++next;
        }
        const int count = epoll_wait(epoll, events.data(), int(events.size()), 100);
        for (int i = 0; i < count; ++i) {
            Client &client = all[events[size_t(i)].data.u64];
            if (client.connected || client.failed)
                continue;
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(client.fd, SOL_SOCKET, SO_ERROR, &error, &length);
            --inFlight;
            if (error != 0) {
                client.failed = true;
                ++failed;
                continue;
            }
            client.connected = true;
            ++connected;
            epoll_event event {};
            event.data.u64 = events[size_t(i)].data.u64;
            epoll_ctl(epoll, EPOLL_CTL_MOD, client.fd, &event); // quiet until phase 2
        }
    }
    const double connectMs = msSince(start);

    // Phase 2: every connected client sends; echo reads the answer back, hold never reads.
    const bool hold = holdSeconds >= 0;
    const auto phase = Clock::now();
    const auto holdUntil
        = phase + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(holdSeconds));
    long active = 0;
    for (long index = 0; index < clients; ++index) {
        Client &client = all[size_t(index)];
        if (!client.connected)
            continue;
        if (!sendSome(client, index, bytes, scratch)) {
            client.failed = true;
            ++failed;
            continue;
        }
        if (!hold && client.sent == bytes)
            shutdown(client.fd, SHUT_WR);
        epoll_event event {};
        event.data.u64 = uint64_t(index);
        event.events = (client.sent < bytes ? uint32_t(EPOLLOUT) : 0u) | (hold ? 0u : uint32_t(EPOLLIN));
        epoll_ctl(epoll, EPOLL_CTL_MOD, client.fd, &event);
        if (hold ? client.sent < bytes : true)
            ++active;
    }
    while (active > 0 && Clock::now() < (hold ? std::min(holdUntil, deadline) : deadline)) {
        const int count = epoll_wait(epoll, events.data(), int(events.size()), 100);
        for (int i = 0; i < count; ++i) {
            const long index = long(events[size_t(i)].data.u64);
            Client &client = all[size_t(index)];
            if (client.done || client.failed)
                continue;
            const uint32_t what = events[size_t(i)].events;
            if (what & EPOLLOUT) {
                if (!sendSome(client, index, bytes, scratch)) {
                    client.failed = true;
                    ++failed;
                    --active;
                    continue;
                }
                if (client.sent == bytes) {
                    if (hold) {
                        client.done = true;
                        --active;
                        continue;
                    }
                    shutdown(client.fd, SHUT_WR);
                    epoll_event event {};
                    event.data.u64 = uint64_t(index);
                    event.events = EPOLLIN;
                    epoll_ctl(epoll, EPOLL_CTL_MOD, client.fd, &event);
                }
            }
            if (hold || !(what & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                continue;
            for (;;) {
                const ssize_t n = recv(client.fd, input.data(), input.size(), 0);
                if (n > 0) {
                    for (ssize_t k = 0; k < n && !client.corrupt; ++k)
                        client.corrupt = input[size_t(k)] != patternByte(index, client.received + k);
                    client.received += n;
                    continue;
                }
                if (n == 0) {
                    client.done = true;
                    client.doneMs = msSince(phase);
                    --active;
                } else if (errno != EAGAIN && errno != EINTR) {
                    client.failed = true;
                    ++failed;
                    --active;
                }
                break;
            }
        }
    }
    const double phaseMs = msSince(phase);

    long completed = 0;
    long lost = 0;
    long corrupt = 0;
    long sentTotal = 0;
    std::vector<double> times;
    for (Client &client : all) {
        sentTotal += client.sent;
        if (!hold && client.connected) {
            if (client.done && !client.failed)
                ++completed, times.push_back(client.doneMs);
            lost += std::max(0L, client.sent - client.received);
            corrupt += client.corrupt ? 1 : 0;
        }
        if (client.fd >= 0)
            close(client.fd);
    }
    std::sort(times.begin(), times.end());
    const auto quantile = [&times](double q) {
        return times.empty() ? 0.0 : times[std::min(times.size() - 1, size_t(q * double(times.size())))];
    };
    if (hold) {
        std::printf("clients=%ld connected=%ld failed=%ld connect_ms=%.0f hold_ms=%.0f sent_bytes=%ld "
                    "sent_all=%s\n",
            clients, connected, failed, connectMs, phaseMs, sentTotal,
            active == 0 && failed == 0 ? "yes" : "no");
        return failed == 0 ? 0 : 1;
    }
    std::printf(
        "clients=%ld connected=%ld completed=%ld failed=%ld lost_bytes=%ld corrupt=%ld connect_ms=%.0f "
        "echo_ms=%.0f total_ms=%.0f p50_ms=%.0f p99_ms=%.0f max_ms=%.0f\n",
        clients, connected, completed, failed, lost, corrupt, connectMs, phaseMs, connectMs + phaseMs,
        quantile(0.50), quantile(0.99), times.empty() ? 0.0 : times.back());
    return completed == clients && lost == 0 && corrupt == 0 ? 0 : 1;
}
