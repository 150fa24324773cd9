#pragma once

// What the fuzz targets share: the Qt application, failing loudly, comparing stores and the reader checks.

#include "transcript/transcriptreader.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Sockbench {
class CaptureStore;
}

namespace Sockbench::Fuzz {

/// The QCoreApplication every target needs (event loop, translations), made on the first call.
void ensureApplication();

/// Reports a broken property and aborts: libFuzzer keeps the input as a crash, the replay test fails.
[[noreturn]] void fail(const char *property, const QString &detail = {});

/// Empty when b holds the same events (times, kinds, ids, payloads) as a and describes every session and
/// connection that an event of a refers to the same way.
QString differences(const CaptureStore &a, const CaptureStore &b);

/// Checks one reader on hostile bytes, beyond not crashing:
/// - reading fails exactly when there is an error, and the error names an offset inside the file;
/// - reading in slices (a size taken from the input) gives what reading whole gives, error included;
/// - what was read, written back with our pcapng and JSON Lines writers and read again, is equal.
void checkReader(TranscriptReader::Input input, const uint8_t *data, size_t size);

} // namespace Sockbench::Fuzz
