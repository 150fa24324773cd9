#pragma once

#include "captureevent.h"

#include <QByteArray>
#include <QString>

namespace Sockbench {

/// The blocks of the capture spool, which is a pcapng file in Sockbench's lossless layout
/// (transcript/pcapngformat.h): a section header, then one custom block per session or connection description
/// and per event, the payload inline and contiguous in its block, so the index points into the file and the
/// same bytes are both the capture and, when named, the crash journal that PcapngReader reads back.
///
/// Every block is a multiple of 4 bytes and written whole, in order; a file cut anywhere reads back up to its
/// last whole block.
namespace SpoolFormat {

/// The section header and the one interface block: what the spool starts with.
QByteArray header(const QString &description);
/// A session's or a connection's facts, as one block.
QByteArray sessionBlock(const SessionInfo &info);
QByteArray connectionBlock(const ConnectionInfo &info);
/// The bytes of an event's block before its payload (the whole block when there is none) ...
QByteArray eventHead(const CaptureEvent &event);
/// ... and after it: padding and the block's closing length. Empty when the event has no payload.
QByteArray eventTail(const CaptureEvent &event);
/// Bytes the block of an event with payloadSize bytes takes in all.
qint64 eventBlockSize(qint64 payloadSize);
/// The largest payload one block can hold that PcapngReader accepts.
qint64 maxPayloadSize();

/// A block that readers skip, of length bytes (a multiple of 4, at least 12): it stands where the budget
/// freed the disk (its body is a hole). head() is its first 16 bytes, tail() its last 4.
QByteArray skipHead(quint32 length);
QByteArray skipTail(quint32 length);
/// The largest skip block (PcapngReader's block limit).
quint32 maxSkipLength();

} // namespace SpoolFormat

} // namespace Sockbench
