#include "checksum.h"

#include <array>

namespace Sockbench {

namespace {

// Byte-at-a-time tables: answers are short, and a table keeps the loop to one lookup per byte.
constexpr std::array<quint16, 256> makeCrc16Table()
{
    std::array<quint16, 256> table {};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
        table[i] = crc;
    }
    return table;
}

constexpr std::array<quint32, 256> makeCrc32Table()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        table[i] = crc;
    }
    return table;
}

constexpr std::array<quint16, 256> crc16Table = makeCrc16Table();
constexpr std::array<quint32, 256> crc32Table = makeCrc32Table();

} // namespace

quint8 Checksum::sum8(QByteArrayView bytes)
{
    quint8 sum = 0;
    for (const char byte : bytes)
        sum = quint8(sum + quint8(byte));
    return sum;
}

quint8 Checksum::xor8(QByteArrayView bytes)
{
    quint8 value = 0;
    for (const char byte : bytes)
        value ^= quint8(byte);
    return value;
}

quint16 Checksum::crc16Modbus(QByteArrayView bytes)
{
    quint16 crc = 0xFFFF;
    for (const char byte : bytes)
        crc = quint16((crc >> 8) ^ crc16Table[(crc ^ quint8(byte)) & 0xFF]);
    return crc;
}

quint32 Checksum::crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes)
        crc = (crc >> 8) ^ crc32Table[(crc ^ quint8(byte)) & 0xFF];
    return crc ^ 0xFFFFFFFFu;
}

} // namespace Sockbench
