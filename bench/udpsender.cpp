// The UDP flood's sender: COUNT datagrams of SIZE bytes to 127.0.0.1:PORT (or [::1]), with sendmmsg() in
// batches of 64, as fast as the kernel takes them (RATE 0) or paced to RATE datagrams a second.
// Plain C++ on purpose, so the sender costs the same whoever receives.
// Usage: sockbench-udpsender PORT COUNT SIZE [RATE] [6]
// Prints: sent COUNT in SECONDS s (RATE/s)

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s PORT COUNT SIZE [RATE] [6]\n", argv[0]);
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const long count = std::atol(argv[2]);
    const int size = std::clamp(std::atoi(argv[3]), 0, 65507);
    const double rate = argc > 4 ? std::atof(argv[4]) : 0;
    const bool v6 = argc > 5 && std::strcmp(argv[5], "6") == 0;

    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0);
    sockaddr_storage to {};
    socklen_t toLength;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&to);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(uint16_t(port));
        in6->sin6_addr = in6addr_loopback;
        toLength = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&to);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(uint16_t(port));
        in4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        toLength = sizeof *in4;
    }
    // Connected, so sendmmsg needs no address per message.
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&to), toLength) != 0) {
        std::perror("socket");
        return 1;
    }
    constexpr int Batch = 64;
    std::vector<char> payload(size_t(std::max(size, 1)), 'x');
    iovec iov[Batch];
    mmsghdr messages[Batch];
    std::memset(messages, 0, sizeof messages);
    for (int i = 0; i < Batch; ++i) {
        iov[i].iov_base = payload.data();
        iov[i].iov_len = size_t(size);
        messages[i].msg_hdr.msg_iov = &iov[i];
        messages[i].msg_hdr.msg_iovlen = 1;
    }
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    long sent = 0;
    int refusals = 0;
    // Paced: small batches on a schedule, so the rate holds without bursts of 64.
    const int batch = rate > 0 ? std::max(1, std::min(Batch, int(rate / 10000))) : Batch;
    while (sent < count) {
        if (rate > 0) {
            const auto due = start + std::chrono::duration<double>(double(sent) / rate);
            std::this_thread::sleep_until(due);
        }
        const int n = ::sendmmsg(fd, messages, unsigned(std::min<long>(batch, count - sent)), 0);
        if (n < 0) {
            // Loopback: a refused means the receiver is not up yet; give up when it never comes.
            if ((errno == ECONNREFUSED && ++refusals < 1000) || errno == ENOBUFS || errno == EAGAIN)
                continue;
            std::perror("sendmmsg");
            return 1;
        }
        sent += n;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("sent %ld in %.3f s (%.0f/s)\n", sent, seconds, sent / seconds);
    ::close(fd);
    return 0;
}
