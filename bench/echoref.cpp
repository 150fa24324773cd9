// The reference for "an echo server": one thread, epoll, non-blocking sockets, a 64 KiB buffer per connection
// only while the peer is slower than us. No Qt, no capture, nothing printed but the port: what the machine
// allows for serving many echo clients at once, against which bench/connections.sh sets `sockbench listen -k
// --echo`.
//
//   sockbench-echoref PORT      (PORT 0 picks a free one; the port chosen is printed on standard output)

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr size_t BufferSize = 64 * 1024;

struct Peer
{
    int fd = -1;
    std::vector<char> pending; // read but not yet sent back
    size_t pendingSent = 0;
    bool peerDone = false;
};

int fail(const char *what)
{
    std::perror(what);
    return 1;
}

void watch(int epoll, Peer *peer, uint32_t events, int op)
{
    epoll_event event {};
    event.events = events;
    event.data.ptr = peer;
    epoll_ctl(epoll, op, peer->fd, &event);
}

void finish(Peer *peer)
{
    close(peer->fd);
    delete peer;
}

// Sends what is pending; false when the connection is done with (closed).
bool flush(int epoll, Peer *peer)
{
    while (peer->pendingSent < peer->pending.size()) {
        const ssize_t n = send(peer->fd, peer->pending.data() + peer->pendingSent,
            peer->pending.size() - peer->pendingSent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                watch(epoll, peer, EPOLLOUT, EPOLL_CTL_MOD); // stop reading until the peer caught up
                return true;
            }
            finish(peer);
            return false;
        }
        peer->pendingSent += size_t(n);
    }
    peer->pending.clear();
    peer->pendingSent = 0;
    if (peer->peerDone) {
        finish(peer); // FIN after the last byte
        return false;
    }
    watch(epoll, peer, EPOLLIN, EPOLL_CTL_MOD);
    return true;
}

void onReadable(int epoll, Peer *peer, char *buffer)
{
    for (;;) {
        const ssize_t n = recv(peer->fd, buffer, BufferSize, 0);
        if (n > 0) {
            const ssize_t sent = send(peer->fd, buffer, size_t(n), MSG_NOSIGNAL);
            if (sent == n)
                continue;
            if (sent < 0 && errno != EAGAIN && errno != EINTR) {
                finish(peer);
                return;
            }
            const size_t from = sent > 0 ? size_t(sent) : 0;
            peer->pending.assign(buffer + from, buffer + n);
            peer->pendingSent = 0;
            flush(epoll, peer);
            return;
        }
        if (n == 0) {
            peer->peerDone = true;
            flush(epoll, peer);
            return;
        }
        if (errno == EAGAIN || errno == EINTR)
            return;
        finish(peer);
        return;
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    const int listening = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    const int one = 1;
    setsockopt(listening, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(uint16_t(std::atoi(argv[1])));
    if (bind(listening, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return fail("bind");
    if (listen(listening, SOMAXCONN) != 0) // glibc's SOMAXCONN is 4096; the kernel caps at its somaxconn
        return fail("listen");
    socklen_t length = sizeof address;
    getsockname(listening, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("%d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    const int epoll = epoll_create1(0);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.ptr = nullptr; // the listening socket
    epoll_ctl(epoll, EPOLL_CTL_ADD, listening, &event);
    std::vector<char> buffer(BufferSize);
    std::vector<epoll_event> events(1024);
    for (;;) {
        const int count = epoll_wait(epoll, events.data(), int(events.size()), -1);
        if (count < 0 && errno != EINTR)
            return fail("epoll_wait");
        for (int i = 0; i < count; ++i) {
            auto *peer = static_cast<Peer *>(events[size_t(i)].data.ptr);
            if (!peer) {
                for (;;) {
                    const int fd = accept4(listening, nullptr, nullptr, SOCK_NONBLOCK);
                    if (fd < 0)
                        break;
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // as Sockbench does
                    auto *accepted = new Peer;
                    accepted->fd = fd;
                    watch(epoll, accepted, EPOLLIN, EPOLL_CTL_ADD);
                }
                continue;
            }
            if (events[size_t(i)].events & EPOLLOUT)
                flush(epoll, peer);
            else
                onReadable(epoll, peer, buffer.data());
        }
    }
}
