#pragma once

#include <QByteArray>
#include <QString>

namespace Sockbench {

/// Shows payload bytes to people: as readable text that PayloadParser reads back, as hex, or as `hexdump -C`.
namespace ByteFormat {

/// How toVisibleText() shows a line feed.
enum class LineBreaks {
    Escape, ///< As the two characters \n; the result is one line and reads back with parseEscapedText().
    Keep, ///< As \n followed by a real newline, for multi-line views; does not read back exactly.
};

/// Printable ASCII and valid, printable UTF-8 as characters; everything else as the escapes \r \n \t \0,
/// \\ and \xHH (lowercase), so that PayloadParser::parseEscapedText(toVisibleText(b)).bytes == b for any b.
QString toVisibleText(const QByteArray &bytes, LineBreaks breaks = LineBreaks::Escape);

/// Lowercase hex pairs with the separator between them ("48 65 6c"); a null QChar means no separator.
QString toHex(const QByteArray &bytes, QChar separator = u' ');

/// Exactly what `hexdump -C` prints for these bytes, offsets counted from baseOffset (like `hexdump -C -s`).
/// Repeated 16-byte lines collapse to "*"; empty input gives an empty string.
QString toHexdump(const QByteArray &bytes, qint64 baseOffset = 0);

} // namespace ByteFormat
} // namespace Sockbench
