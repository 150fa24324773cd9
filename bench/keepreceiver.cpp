// The reference for "a receiver that keeps every byte": connects to HOST PORT, recv()s straight into a
// page-aligned ring and writes the ring to an anonymous file in DIRECTORY with O_DIRECT from a second thread,
// so receiving and writing overlap. No copy, no Qt, no index, nothing printed: what the machine allows for
// keeping what arrives, against which bench/throughput.sh sets Sockbench's capture.
//
//   sockbench-keepreceiver HOST PORT [DIRECTORY]      (DIRECTORY: $TMPDIR or /tmp)

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr long BlockSize = 4L << 20;
constexpr long Blocks = 4;
constexpr long RingSize = BlockSize * Blocks;
constexpr long ReadSize = 256L << 10;

struct Ring
{
    std::mutex mutex;
    std::condition_variable changed;
    long received = 0; // bytes in the ring or written
    long written = 0; // whole blocks on disk
    bool done = false;
};

int fail(const char *what)
{
    std::perror(what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s HOST PORT [DIRECTORY]\n", argv[0]);
        return 2;
    }
    const char *directory = argc > 3 ? argv[3] : (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    addrinfo hints {};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *address = nullptr;
    if (getaddrinfo(argv[1], argv[2], &hints, &address) != 0)
        return fail("getaddrinfo");
    const int socket = ::socket(address->ai_family, SOCK_STREAM, 0);
    if (socket < 0 || ::connect(socket, address->ai_addr, address->ai_addrlen) != 0)
        return fail("connect");
    freeaddrinfo(address);
    const int file = ::open(directory, O_TMPFILE | O_WRONLY | O_DIRECT, 0600);
    if (file < 0)
        return fail("open O_TMPFILE|O_DIRECT");
    void *memory = nullptr;
    if (posix_memalign(&memory, 4096, RingSize) != 0)
        return fail("posix_memalign");
    std::unique_ptr<char, decltype(&std::free)> ring(static_cast<char *>(memory), &std::free);

    Ring state;
    std::thread writer([&] {
        for (;;) {
            long offset;
            {
                std::unique_lock lock(state.mutex);
                state.changed.wait(
                    lock, [&] { return state.received - state.written >= BlockSize || state.done; });
                if (state.received - state.written < BlockSize)
                    return; // done; a last partial block is left unwritten, as a spool would keep it queued
                offset = state.written;
            }
            if (::pwrite(file, ring.get() + offset % RingSize, BlockSize, offset) != BlockSize)
                std::exit(fail("pwrite"));
            std::lock_guard lock(state.mutex);
            state.written += BlockSize;
            state.changed.notify_all();
        }
    });

    long position = 0;
    for (;;) {
        {
            std::unique_lock lock(state.mutex);
            state.changed.wait(lock, [&] { return position - state.written < RingSize; });
        }
        const long at = position % RingSize;
        const long size = std::min(ReadSize, BlockSize - position % BlockSize);
        const ssize_t got = ::recv(socket, ring.get() + at, size_t(size), 0);
        if (got <= 0)
            break;
        position += got;
        std::lock_guard lock(state.mutex);
        state.received = position;
        state.changed.notify_all();
    }
    {
        std::lock_guard lock(state.mutex);
        state.done = true;
        state.changed.notify_all();
    }
    writer.join();
    return 0;
}
