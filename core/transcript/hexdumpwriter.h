#pragma once

#include "transcriptwriter.h"

namespace Sockbench {

/// Writes a hexdump transcript (.hex): per event a header line (time, connection, arrow, size) and, for data,
/// a body exactly as `hexdump -C` prints those bytes, then a blank line.
class HexdumpWriter final : public TranscriptWriter
{
public:
    explicit HexdumpWriter(QIODevice *device);

protected:
    bool writeHeader(const QString &description) override;
    bool writeSession(const SessionInfo &info) override;
    bool writeConnection(const ConnectionInfo &info) override;
    bool writeEvent(const CaptureEvent &event, const QByteArray &payload) override;
};

} // namespace Sockbench
