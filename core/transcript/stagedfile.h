#pragma once

#include <QIODevice>

#include <memory>

class QFile;

namespace Sockbench {

/// A write-only device over an open QFile that hands the bytes to the file in large blocks from a thread of
/// its own, for a transcript written as fast as a flood arrives, with a bounded amount of it not yet on disk.
///
/// Bytes are copied into one of four reused 4 MiB aligned blocks; the device's writer thread writes each full
/// block with O_DIRECT while the next one fills. When every other block is full behind the one it takes (the
/// disk is behind), the writer puts that one through the page cache instead, while the window has room: at
/// most window() bytes written through the page cache and not yet known to be on disk (unsyncedBytes()). The
/// caller's thread only copies: it never waits for the disk, or for the file's lock an O_DIRECT write holds,
/// while a block is free. A second thread starts their write-back at once (sync_file_range) and, once a
/// range is on disk, drops its pages (posix_fadvise DONTNEED), so the page cache holds at most the window
/// for this file and a long capture runs at the disk's speed. flush() waits for the writer, then writes the
/// last partial page through the page cache, so a kill -9 after a flush loses nothing: the page cache
/// outlives the process. window() 0: every block waits for the disk, as before the window. A file that
/// refuses O_DIRECT (tmpfs before Linux 6.6) goes through the page cache within the window; one that is not
/// a regular file (a pipe, /dev/stdout) gets ordinary writes of the same blocks. The QFile stays open and
/// unused meanwhile: this device owns its position.
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
    /// Whether whole pages can go with O_DIRECT (false: ordinary writes), for tests and benchmarks.
    bool isDirect() const;

    /// The default window: the smaller of 512 MiB and a sixteenth of the machine's memory, or
    /// SOCKBENCH_TRANSCRIPT_WINDOW_MIB (for benchmarks; 0: O_DIRECT only).
    static qint64 defaultWindow();
    /// How many bytes may be in the page cache and not yet on disk; call before open(). 0: O_DIRECT only.
    void setWindow(qint64 bytes);
    qint64 window() const;
    /// Whether the window is in use (a regular file that takes sync_file_range, window() > 0), after open().
    bool isWindowed() const;
    /// Any thread: bytes written through the page cache and not yet known to be on disk, now and at most
    /// since open(); never more than window().
    qint64 unsyncedBytes() const;
    qint64 peakUnsyncedBytes() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sockbench
