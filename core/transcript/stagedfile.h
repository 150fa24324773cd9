#pragma once

#include <QIODevice>

#include <memory>

class QFile;

namespace Sockbench {

/// A write-only device over an open QFile that hands the bytes to the file in large page-aligned blocks with
/// O_DIRECT, for a transcript written as fast as a flood arrives.
///
/// Through the page cache every byte is copied once more by the kernel and takes fresh memory, which on a
/// virtual machine costs more than the copy (the reason the capture spool writes with O_DIRECT too). Bytes
/// are copied into one of four reused 4 MiB aligned blocks; a thread of the device's own writes each full
/// block with O_DIRECT while the next one fills. flush() waits for it, then writes the last partial page
/// through the file's ordinary descriptor, so a kill -9 after a flush loses nothing, and that page goes
/// again, whole, once it is full. A file that refuses O_DIRECT (tmpfs) or is not a regular file (a pipe,
/// /dev/stdout) gets ordinary writes of the same blocks. The QFile stays open and unused meanwhile: this
/// device owns its position.
class StagedFile final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagedFile)
public:
    /// file: open for writing, empty (just created or truncated).
    explicit StagedFile(QFile *file, QObject *parent = nullptr);
    ~StagedFile() override;

    bool open(OpenMode mode) override;
    /// Writes what is staged (flush()), then closes this device (not the file).
    void close() override;
    bool isSequential() const override { return true; }

    /// Hands every byte written so far to the operating system. False: errorString() says why.
    bool flush();
    /// Whether whole pages go with O_DIRECT (false: ordinary writes), for tests and benchmarks.
    bool isDirect() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
