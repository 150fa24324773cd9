#pragma once

#include "exitcode.h"
#include "options.h"

#include <functional>
#include <memory>

class QThread;

namespace Sockbench {
class TranscriptJournal;
class Workbench;
} // namespace Sockbench

namespace Sockbench::Cli {

class Command;
class SignalQuit;

/// Runs one networking command to its end: SIGINT and SIGTERM become a clean exit, a fresh Workbench holds
/// its sessions, --transcript journals the capture, and the command's finished(exitCode) ends the event loop.
class CommandRunner final
{
    Q_DISABLE_COPY_MOVE(CommandRunner)
public:
    explicit CommandRunner(const CommonOptions &options);
    ~CommandRunner();

    /// False when the capture or the journal could not start (the message is printed): exit OtherError.
    bool isReady() const { return m_ready; }
    Workbench *workbench() const { return m_workbench.get(); }
    /// Calls start, runs the event loop until command finishes, ends what is left and returns the exit code.
    int exec(Command *command, const std::function<void()> &start);

private:
    /// --capture-limit and the disk floor on the transcript's payloads, said once on standard error.
    void boundTranscript(const CommonOptions &options);

    std::unique_ptr<SignalQuit> m_signalQuit;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<TranscriptJournal> m_journal;
    std::unique_ptr<QThread> m_journalThread; // where the journal writes
    bool m_ready = false;
    bool m_payloadsLost = false; ///< The spool failed while a transcript or --log needed its payloads.
    /// The transcript's capture limit or disk floor was reached: later payloads are marked not kept.
    bool m_payloadsNotKept = false;
};

/// Runs a command class with its options: CommandType(options, workbench), then start(). A start() that fails
/// has emitted finished() with its own code already.
template <typename CommandType, typename Options> int runInWorkbench(const Options &options)
{
    CommandRunner runner(options.common);
    if (!runner.isReady())
        return OtherError;
    CommandType command(options, runner.workbench());
    return runner.exec(&command, [&command] { command.start(); });
}

} // namespace Sockbench::Cli
