#include "transcriptcommand.h"

#include "arguments.h"
#include "capture/capturestore.h"
#include "exitcode.h"
#include "standardoutput.h"
#include "transcript/transcriptfile.h"
#include "transcript/transcriptwriter.h"
#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace Sockbench::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Cli::TranscriptCommand)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
}

/// "-" names standard input (or output), as for cat and tshark -r -.
bool isDash(const QString &path)
{
    return path == QLatin1String("-");
}

/// The file's name as messages and the transcript's description give it.
QString displayName(const QString &path)
{
    return isDash(path) ? Tr::tr("standard input") : path;
}

/// Opens path (- for standard input) into store; prints why not (naming the place) when it could not be read
/// whole.
bool openInto(const QString &given, CaptureStore *store)
{
    // Readers take a pipe to its true end (they do not stop at atEnd() of a sequential device).
    const QString path = isDash(given) ? QStringLiteral("/dev/stdin") : given;
    const TranscriptOpenResult result = TranscriptFile::open(path, store);
    // Name the file once: some messages name it already ("cannot open x.pcapng"), others only a place in it.
    if (!result.complete)
        printError(result.errorString.contains(path)
                ? QString(result.errorString).replace(path, displayName(given))
                : QStringLiteral("%1: %2").arg(displayName(given), result.errorString));
    return result.complete;
}

/// Writes the whole store to standard output in format. Standard output's reader leaving (`| head`) ends it
/// quietly with success; any other failure (a full disk) says why and gives 1.
int writeToStandardOutput(
    const CaptureStore &store, TranscriptFormat::Format format, const QString &description, bool complete)
{
    StandardOutputDevice out;
    const auto writer = TranscriptWriter::create(format, &out);
    bool ok = writer->begin(description);
    for (qint64 row = 0; ok && row < store.count(); ++row)
        ok = writer->write(store, row);
    if (ok)
        ok = out.flushBuffer();
    if (standardOutputStatus() == OutputStatus::Closed)
        return complete ? Success : OtherError; // the reader left: nothing to say about the output
    if (!ok) {
        printError(standardOutputStatus() == OutputStatus::Failed
                ? standardOutputError()
                : Tr::tr("standard output: %1").arg(writer->errorString()));
        return OtherError;
    }
    return complete ? Success : OtherError;
}

/// Whether path names this process's standard output (/dev/stdout, /proc/self/fd/1, the file it goes to).
bool isStandardOutput(const QString &path)
{
    struct stat target = {}, output = {};
    return ::stat(QFile::encodeName(path).constData(), &target) == 0 && ::fstat(STDOUT_FILENO, &output) == 0
        && target.st_dev == output.st_dev && target.st_ino == output.st_ino;
}

int show(const QString &path, TranscriptFormat::Format format)
{
    CaptureStore store;
    if (!store.isValid()) {
        printError(store.errorString());
        return OtherError;
    }
    const bool complete = openInto(path, &store);
    if (!complete && store.count() == 0)
        return OtherError; // nothing to show: no header on standard output either
    // What could be read is shown even when the file breaks part-way; the exit status says it did.
    return writeToStandardOutput(
        store, format, isDash(path) ? displayName(path) : QFileInfo(path).fileName(), complete);
}

int convert(const QString &in, const QString &out, std::optional<TranscriptFormat::Format> format)
{
    if (!format)
        format = TranscriptFormat::fromPath(out);
    if (!format)
        return usageError(
            Tr::tr("cannot tell the format of '%1' from its name (use .pcapng, .txt, .hex or .jsonl)")
                .arg(out));
    CaptureStore store;
    if (!store.isValid()) {
        printError(store.errorString());
        return OtherError;
    }
    const bool complete = openInto(in, &store);
    if (!complete && store.count() == 0)
        return OtherError;
    const QString description = isDash(in) ? displayName(in) : QFileInfo(in).fileName();
    // To standard output (-, /dev/stdout), as show writes: a reader that leaves early is no error there.
    if (isDash(out) || isStandardOutput(out)) {
        const int status = writeToStandardOutput(store, *format, description, true);
        if (status == Success && !complete)
            printError(Tr::tr("%1: wrote the %2 events that could be read")
                           .arg(isDash(out) ? Tr::tr("standard output") : out)
                           .arg(store.count()));
        return status == Success && !complete ? int(OtherError) : status;
    }
    QString error;
    if (!TranscriptFile::save(store, out, &error, {}, format, description)) {
        printError(error);
        return OtherError;
    }
    if (!complete)
        printError(Tr::tr("%1: wrote the %2 events that could be read").arg(out).arg(store.count()));
    return complete ? Success : OtherError;
}

} // namespace

int runTranscript(const QStringList &arguments)
{
    // A reader of our output that leaves (`| head`) is told apart by EPIPE, not killed by SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("format"), Tr::tr("Output format of show: text, hex, jsonl or pcapng."),
            Tr::tr("format"), QStringLiteral("text") },
        { { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show help.") },
    });
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("show or convert"));
    if (!parser.parse(arguments))
        return usageError(parseErrorText(parser, arguments));
    if (parser.isSet(QStringLiteral("help")))
        return Usage::print(Usage::forCommand(QStringLiteral("transcript")));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("show")) {
        if (positional.size() > 2)
            return usageError(Tr::tr("unexpected extra argument '%1'").arg(positional.at(2)));
        if (positional.size() != 2)
            return usageError(Tr::tr("transcript show needs exactly one FILE"));
        const std::optional<TranscriptFormat::Format> format
            = TranscriptFormat::fromName(parser.value(QStringLiteral("format")));
        if (!format)
            return usageError(Tr::tr("--format needs one of %1, not '%2'")
                                  .arg(TranscriptFormat::names().join(QStringLiteral(", ")),
                                      parser.value(QStringLiteral("format"))));
        return show(positional.at(1), *format);
    }
    if (action == QLatin1String("convert")) {
        if (positional.size() > 3)
            return usageError(Tr::tr("unexpected extra argument '%1'").arg(positional.at(3)));
        if (positional.size() != 3)
            return usageError(Tr::tr("transcript convert needs IN and OUT"));
        // OUT's extension names the format; standard output (-) has none, so --format names it there.
        const QString out = positional.at(2);
        if (parser.isSet(QStringLiteral("format")) && !isDash(out))
            return usageError(Tr::tr("convert takes the format from OUT's extension, not --format"));
        if (!parser.isSet(QStringLiteral("format")) && isDash(out))
            return usageError(
                Tr::tr("convert to standard output (-) needs --format text, hex, jsonl or pcapng"));
        std::optional<TranscriptFormat::Format> format;
        if (isDash(out)) {
            format = TranscriptFormat::fromName(parser.value(QStringLiteral("format")));
            if (!format)
                return usageError(Tr::tr("--format needs one of %1, not '%2'")
                                      .arg(TranscriptFormat::names().join(QStringLiteral(", ")),
                                          parser.value(QStringLiteral("format"))));
        }
        return convert(positional.at(1), out, format);
    }
    if (action.isEmpty())
        return usageError(Tr::tr("transcript needs show or convert"));
    return usageError(Tr::tr("unknown transcript action '%1' (show or convert)").arg(action));
}

} // namespace Sockbench::Cli
