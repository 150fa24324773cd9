#include "quitonsignal.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockbench {

namespace {

int s_pipe[2] = { -1, -1 };

void onSignalReceived(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(s_pipe[0], &byte, 1);
}

} // namespace

QuitOnSignal::QuitOnSignal(std::function<void()> quit, QObject *parent)
    : QObject(parent)
    , m_quit(std::move(quit))
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::onSignal);
    struct sigaction action = {};
    action.sa_handler = onSignalReceived;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    if (!m_notifier)
        return;
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

void QuitOnSignal::onSignal()
{
    char bytes[16];
    while (::read(s_pipe[1], bytes, sizeof bytes) > 0) { }
    // A second signal while quitting (a logout sends SIGTERM, then maybe SIGINT) must not close twice.
    if (m_requested)
        return;
    m_requested = true;
    m_quit();
}

} // namespace Sockbench
