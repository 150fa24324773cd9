#include "runner.h"

#include "arguments.h"
#include "capture/capturestore.h"
#include "command.h"
#include "exitcode.h"
#include "session/workbench.h"
#include "transcript/transcriptjournal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <malloc.h>
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

// The capture holds what the journal has not written yet, at most this much, then the sockets pause until it
// catches up. Small enough for the command line's peak RSS target (100 MiB) with the rest of the process.
constexpr qint64 CaptureHoldLimit = 16 * 1024 * 1024;

/// Starts journaling the capture to --transcript FILE, if given, on a thread of its own: at 1.4 GiB/s the
/// transcript's formatting and writing take a core, which the socket's thread cannot give. Each payload
/// is released from the capture as soon as it is written. False: the message is printed.
bool startJournal(const CommonOptions &options, Workbench *workbench,
    std::unique_ptr<TranscriptJournal> *journal, std::unique_ptr<QThread> *thread)
{
    if (options.transcriptPath.isEmpty())
        return true;
    *journal = std::make_unique<TranscriptJournal>(workbench->capture(), options.transcriptPath);
    (*journal)->setPayloadReader(workbench->capture()->addPayloadReader());
    (*journal)->setRowReader(workbench->capture()->addRowReader(0)); // it writes the rows so far too
    (*journal)->setStagedWrites(true);
    // The journal's thread hears of new rows every 5 ms instead of 33: at 1.5 GiB/s 33 ms bring 50 MiB, three
    // times the capture's bound, and the sockets would pause before it even started.
    workbench->capture()->setNotifyInterval(5);
    QObject::connect(journal->get(), &TranscriptJournal::failed, journal->get(),
        [](const QString &message) { std::fprintf(stderr, "sockbench: %s\n", qPrintable(message)); });
    if (!(*journal)->start(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')))) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable((*journal)->errorString()));
        return false;
    }
    *thread = std::make_unique<QThread>();
    (*thread)->setObjectName(QStringLiteral("Sockbench transcript"));
    (*journal)->moveToThread(thread->get()); // its timer and its rowsAppended slot run there now
    (*thread)->start();
    return true;
}

/// Writes the journal's last rows (on its thread) and stops the thread; a transcript that could not be
/// written turns success into failure.
int finishJournal(TranscriptJournal *journal, QThread *thread, int exitCode)
{
    if (!journal)
        return exitCode;
    bool hadFailed = false; // read there: the journal's thread writes it
    bool finished = false;
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(
        journal,
        [journal, home, &hadFailed, &finished] {
            hadFailed = !journal->errorString().isEmpty();
            finished = journal->finish();
            journal->moveToThread(home); // deleted there, with the runner
        },
        Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait();
    if (!finished && !hadFailed)
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(journal->errorString()));
    return exitCode == Success && !journal->errorString().isEmpty() ? int(OtherError) : exitCode;
}

} // namespace

CommandRunner::CommandRunner(const CommonOptions &options)
    : m_signalQuit(std::make_unique<SignalQuit>())
    // No spool: a payload is kept only while the transcript writer or the --log printer has still to read it
    // (counts and lifecycle only when neither runs).
    , m_workbench(std::make_unique<Workbench>(PayloadRetention::UntilReleased))
{
    m_workbench->capture()->setBackpressureLimit(CaptureHoldLimit);
    // Nobody reads an index row again once the printer and the transcript writer are past it: a listen -k
    // left running kept 40 bytes a chunk for its whole life (1.4 GB a day at 10,000 chunks a second).
    m_workbench->capture()->setRowRetention(RowRetention::UntilRead);
    if (!options.transcriptPath.isEmpty() || options.log) {
        // Payloads held for a reader are freed in the order they came, up to the bound behind: glibc trimmed
        // the heap's top and grew it again all along, so every received chunk landed on fresh pages (90,000
        // page faults for 1 GiB through --transcript; 10,000 with the heap kept to twice the bound, and a
        // quarter less CPU time). The mmap threshold is fixed with it, above the largest read (256 KiB).
        ::mallopt(M_TRIM_THRESHOLD, int(2 * CaptureHoldLimit));
        ::mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    }
    if (!m_workbench->capture()->isValid()) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(m_workbench->capture()->errorString()));
        return;
    }
    if (!options.transcriptPath.isEmpty())
        boundTranscript(options);
    m_ready = startJournal(options, m_workbench.get(), &m_journal, &m_journalThread);
    // Payloads someone would read (the transcript, --log) that the spool cannot keep are a loss: say it
    // once, mark them lost in the transcript, and do not exit 0.
    if (!options.transcriptPath.isEmpty() || options.log) {
        QObject::connect(m_workbench->capture(), &CaptureStore::spoolFailed, m_workbench.get(),
            [this](const QString &message) {
                // Without a spool (the command line's capture), only the transcript's disk floor says this.
                if (m_workbench->capture()->payloadRetention() == PayloadRetention::UntilReleased)
                    m_payloadsNotKept = true;
                else
                    m_payloadsLost = true;
                std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
            });
    }
}

void CommandRunner::boundTranscript(const CommonOptions &options)
{
    // The transcript is the capture that grows on the command line: the window's capture limit and disk floor
    // apply to the payloads it keeps (CaptureStore's own code, measured where the transcript lives). At the
    // limit later payloads are recorded as not kept; a file written front to back cannot drop its oldest.
    CaptureStore *capture = m_workbench->capture();
    capture->setPayloadDestination(QFileInfo(options.transcriptPath).absolutePath());
    if (options.captureLimit > 0)
        capture->setCaptureLimit(options.captureLimit);
    capture->setLimitPolicy(CaptureStore::LimitPolicy::StopCapturing);
    const QString name = QFileInfo(options.transcriptPath).fileName();
    QObject::connect(capture, &CaptureStore::captureLimitReached, m_workbench.get(), [this, capture, name] {
        m_payloadsNotKept = true;
        std::fprintf(stderr, "sockbench: %s\n",
            qPrintable(CommandLineTr::tr("capture limit %1 reached: later payloads are not kept in %2")
                           .arg(formatByteSize(capture->captureLimit()), name)));
    });
}

CommandRunner::~CommandRunner()
{
    if (m_journalThread && m_journalThread->isRunning()) { // exec() never ran
        m_journalThread->quit();
        m_journalThread->wait();
    }
}

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
    const int code = finishJournal(m_journal.get(), m_journalThread.get(), exitCode);
    if (qEnvironmentVariableIsSet("SOCKBENCH_CAPTURE_STATS")) {
        // For tests and benchmarks: what the capture held at the end (the index rows are what a long run
        // would grow by if they were not forgotten).
        const CaptureStore *capture = m_workbench->capture();
        std::fprintf(stderr, "sockbench: %s\n",
            qPrintable(CommandLineTr::tr("capture: %1 events, %2 index rows kept, %3 payload bytes")
                           .arg(capture->count())
                           .arg(capture->keptRowCount())
                           .arg(capture->totalPayloadBytes())));
    }
    if (code == Success && m_payloadsLost)
        return OtherError;
    return code == Success && m_payloadsNotKept ? int(PayloadsNotKept) : code;
}

} // namespace Sockbench::Cli
