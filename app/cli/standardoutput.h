#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace Sockbench::Cli {

/// Where standard output stands. Once it is Closed or Failed, nothing more is written to it.
enum class OutputStatus {
    Open,
    Closed, ///< The reader went away (EPIPE): the end a pipeline like `| head` asks for, not an error.
    Failed, ///< A write failed otherwise (ENOSPC on /dev/full, EIO): bytes were lost, say so and exit 1.
};

/// Writes all of bytes to standard output, waiting while a pipe is full. Every command's output goes
/// through here, so a full disk is never a silent loss.
OutputStatus writeStandardOutput(const QByteArray &bytes);
OutputStatus standardOutputStatus();
/// For Failed: "standard output: No space left on device" (the reason from errno, once).
QString standardOutputError();

/// Standard output as a QIODevice for the transcript writers (`transcript show`, `convert` to standard
/// output), gathering small writes into large ones. A write fails once standardOutputStatus() is not Open.
class StandardOutputDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandardOutputDevice)
public:
    explicit StandardOutputDevice(QObject *parent = nullptr);
    ~StandardOutputDevice() override;

    bool isSequential() const override { return true; }
    /// Writes what is gathered; false when standard output is closed or failed.
    bool flushBuffer();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_buffer;
};

} // namespace Sockbench::Cli
