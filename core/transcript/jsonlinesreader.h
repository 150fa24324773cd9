#pragma once

#include <QString>

class QIODevice;

namespace Sockbench {

class CaptureStore;

/// Reads a JSON Lines transcript written by JsonLinesWriter back into a CaptureStore, losslessly (times in
/// nanoseconds, payloads from base64). A line that is not JSON, or an event that breaks the format, stops the
/// reading with an error naming its line and byte offset; everything before it stays in the store.
class JsonLinesReader final
{
    Q_DISABLE_COPY_MOVE(JsonLinesReader)
public:
    explicit JsonLinesReader(CaptureStore *store);

    /// Reads the whole device. False: see errorString(); what was read stays in the store.
    bool read(QIODevice *device);
    QString errorString() const { return m_errorString; }
    qint64 eventsRead() const { return m_events; }

private:
    CaptureStore *m_store = nullptr;
    QString m_errorString;
    qint64 m_events = 0;
};

} // namespace Sockbench
