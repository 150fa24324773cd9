#include "runner.h"

#include "capture/capturestore.h"
#include "command.h"
#include "exitcode.h"
#include "session/workbench.h"
#include "transcript/transcriptjournal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockbench::Cli {

/// Turns SIGINT and SIGTERM into a clean quit, so the capture spool is removed and output flushed.
class SignalQuit
{
public:
    SignalQuit()
    {
        ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe);
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const ssize_t ignored = ::write(s_pipe[0], &byte, 1);
        };
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
        ::signal(SIGPIPE, SIG_IGN);
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, QCoreApplication::instance(),
            [] { QCoreApplication::exit(Interrupted); });
    }

private:
    static inline int s_pipe[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> m_notifier;
};

namespace {

/// Starts journaling the capture to --transcript FILE, if given. False: the message is printed.
bool startJournal(
    const CommonOptions &options, Workbench *workbench, std::unique_ptr<TranscriptJournal> *journal)
{
    if (options.transcriptPath.isEmpty())
        return true;
    *journal = std::make_unique<TranscriptJournal>(workbench->capture(), options.transcriptPath);
    QObject::connect(journal->get(), &TranscriptJournal::failed, journal->get(),
        [](const QString &message) { std::fprintf(stderr, "sockbench: %s\n", qPrintable(message)); });
    if (!(*journal)->start(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')))) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable((*journal)->errorString()));
        return false;
    }
    return true;
}

/// Writes the journal's last rows; a transcript that could not be written turns success into failure.
int finishJournal(TranscriptJournal *journal, int exitCode)
{
    if (!journal)
        return exitCode;
    const bool hadFailed = !journal->errorString().isEmpty();
    if (!journal->finish() && !hadFailed)
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(journal->errorString()));
    return exitCode == Success && !journal->errorString().isEmpty() ? int(OtherError) : exitCode;
}

} // namespace

CommandRunner::CommandRunner(const CommonOptions &options)
    : m_signalQuit(std::make_unique<SignalQuit>())
    , m_workbench(std::make_unique<Workbench>())
{
    if (!m_workbench->capture()->isValid()) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(m_workbench->capture()->errorString()));
        return;
    }
    m_ready = startJournal(options, m_workbench.get(), &m_journal);
    // Payloads someone would read (the transcript, --log) that the spool cannot keep are a loss: say it
    // once, mark them lost in the transcript, and do not exit 0.
    if (!options.transcriptPath.isEmpty() || options.log) {
        QObject::connect(m_workbench->capture(), &CaptureStore::spoolFailed, m_workbench.get(),
            [this](const QString &message) {
                m_payloadsLost = true;
                std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
            });
    }
}

CommandRunner::~CommandRunner() = default;

int CommandRunner::exec(Command *command, const std::function<void()> &start)
{
    QObject::connect(command, &Command::finished, QCoreApplication::instance(), &QCoreApplication::exit,
        Qt::QueuedConnection);
    start();
    const int exitCode = QCoreApplication::exec();
    // Interrupted, a listen or connect still has its sessions: end them now, so the capture (and so the
    // transcript) records how they ended.
    for (Session *session : m_workbench->sessions())
        m_workbench->removeSession(session);
    const int code = finishJournal(m_journal.get(), exitCode);
    return code == Success && m_payloadsLost ? int(OtherError) : code;
}

} // namespace Sockbench::Cli
