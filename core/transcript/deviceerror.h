#pragma once

#include <QString>

class QIODevice;

namespace Sockbench {

/// Why a read or write of a device failed, in the operating system's words: what every transcript writer,
/// reader and file save says after "cannot write FILE:".
///
/// Qt loses the reason on a short write (a disk that fills part-way through a buffer: QFileDevice reports
/// the bytes written and no error, then errorString() says "Unknown error"); errno, taken by the caller right
/// after the failing call, still holds it (ENOSPC).
namespace DeviceError {

/// The device's own message when it has a real one, else strerror(savedErrno), else the device's message.
QString describe(const QIODevice *device, int savedErrno);

} // namespace DeviceError
} // namespace Sockbench
