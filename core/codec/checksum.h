#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Sockbench {

/// The checksums a template can append to an answer (PayloadTemplate's {{sum8}} … {{crc32}}): pure functions
/// over bytes, each checked against its catalogue's vector for "123456789".
class Checksum final
{
public:
    Checksum() = delete;

    /// The low byte of the sum of all bytes ("123456789": 0xDD).
    static quint8 sum8(QByteArrayView bytes);
    /// All bytes XORed together ("123456789": 0x31).
    static quint8 xor8(QByteArrayView bytes);
    /// CRC-16/MODBUS: poly 0x8005 reflected, init 0xFFFF, no final XOR ("123456789": 0x4B37).
    static quint16 crc16Modbus(QByteArrayView bytes);
    /// CRC-32 (ISO-HDLC, zlib's): poly 0x04C11DB7 reflected, init and final XOR 0xFFFFFFFF
    /// ("123456789": 0xCBF43926).
    static quint32 crc32(QByteArrayView bytes);
};

} // namespace Sockbench
