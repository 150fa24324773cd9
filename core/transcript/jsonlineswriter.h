#pragma once

#include "transcriptwriter.h"

namespace Sockbench {

/// Writes JSON Lines (.jsonl), one object a line, for jq and scripts, and read back by JsonLinesReader:
///   {"type":"header","format":"sockbench-transcript","version":1,"description":"..."}
///   {"type":"session","id":1,"role":"server","name":"...","started_ns":...}
///   {"type":"connection","id":3,"session":1,"local":"127.0.0.1:9999","peer":"127.0.0.1:5555"}
///   {"type":"event","kind":"data","direction":"in","session":1,"connection":3,"mono_ns":...,"wall_ns":...,
///    "time":"2024-...Z","local":...,"peer":...,"size":5,"payload":"aGVsbG8=","preview":"hello"}
/// Times are integers in nanoseconds; the payload is base64, so nothing is lost.
class JsonLinesWriter final : public TranscriptWriter
{
public:
    explicit JsonLinesWriter(QIODevice *device);

protected:
    bool writeHeader(const QString &description) override;
    bool writeSession(const SessionInfo &info) override;
    bool writeConnection(const ConnectionInfo &info) override;
    bool writeEvent(const CaptureEvent &event, const QByteArray &payload) override;
};

} // namespace Sockbench
