#pragma once

#include <QObject>

namespace Sockbench {
class CaptureStore;
}

namespace Sockbench::Cli {

/// Prints capture events on standard error as they are published: lifecycle steps (--verbose) and, with
/// --log, every chunk with its hexdump. It reads the capture like any other reader: one path for bytes.
class EventPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPrinter)
public:
    EventPrinter(CaptureStore *capture, bool lifecycle, bool traffic, QObject *parent = nullptr);
    ~EventPrinter() override;

    /// Prints whatever has been published and not yet printed (call before exiting).
    void catchUp();

private:
    void print(qint64 row) const;

    CaptureStore *m_capture = nullptr;
    bool m_lifecycle = false;
    bool m_traffic = false;
    qint64 m_nextRow = 0;
    int m_payloadReader = -1; // with --log: the capture keeps payloads until printed
    int m_rowReader = -1; // the capture keeps index rows until printed (RowRetention::UntilRead)
};

} // namespace Sockbench::Cli
