#include "payloadparser.h"

namespace Sockbench {

namespace {

ParseResult success(QByteArray bytes)
{
    ParseResult result;
    result.bytes = std::move(bytes);
    return result;
}

ParseResult failure(int column, const QString &message)
{
    ParseResult result;
    result.ok = false;
    result.errorColumn = column;
    result.errorMessage = message;
    return result;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isHexDigit(QChar c)
{
    return hexValue(c) >= 0;
}

// The byte of a one-letter escape such as \n, or -1 when the letter is not one.
int simpleEscape(QChar c)
{
    switch (c.unicode()) {
    case u'r':
        return '\r';
    case u'n':
        return '\n';
    case u't':
        return '\t';
    case u'0':
        return '\0';
    case u'\\':
        return '\\';
    case u'a':
        return '\a';
    case u'b':
        return '\b';
    case u'f':
        return '\f';
    case u'v':
        return '\v';
    case u'e':
        return 0x1b;
    case u'"':
        return '"';
    case u'\'':
        return '\'';
    default:
        return -1;
    }
}

// The character at index as it can be shown in a message: itself if printable, else U+XXXX.
QString visibleChar(const QString &text, qsizetype index)
{
    char32_t code = text.at(index).unicode();
    if (QChar::isHighSurrogate(code) && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        code = QChar::surrogateToUcs4(text.at(index), text.at(index + 1));
    if (QChar::isPrint(code) && !QChar::isSpace(code))
        return QString::fromUcs4(&code, 1);
    return QStringLiteral("U+") + QString::number(uint(code), 16).toUpper().rightJustified(4, u'0');
}

// Like visibleChar(), but quoted when it is the character itself.
QString describeChar(const QString &text, qsizetype index)
{
    const QString shown = visibleChar(text, index);
    return shown.startsWith(QLatin1String("U+")) ? shown : QLatin1Char('\'') + shown + QLatin1Char('\'');
}

// Length of a "0x" or "\x" prefix starting at index, or 0.
qsizetype hexPrefixLength(const QString &text, qsizetype index, qsizetype to)
{
    if (index + 1 >= to)
        return 0;
    const QChar first = text.at(index);
    const QChar second = text.at(index + 1);
    const bool isX = second == u'x' || second == u'X';
    return isX && (first == u'0' || first == u'\\') ? 2 : 0;
}

bool isHexSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u':' || c == u'-';
}

} // namespace

ParseResult PayloadParser::parseEscapedText(const QString &text)
{
    return parseEscapedText(text, 0, text.size());
}

ParseResult PayloadParser::parseEscapedText(const QString &text, qsizetype from, qsizetype to)
{
    Q_ASSERT(0 <= from && from <= to && to <= text.size());
    QByteArray bytes;
    bytes.reserve(to - from);
    qsizetype literalStart = from;
    qsizetype i = from;
    // Literal runs are encoded whole so that surrogate pairs stay together.
    auto flushLiteral = [&] { bytes += QStringView(text).sliced(literalStart, i - literalStart).toUtf8(); };
    while (i < to) {
        if (text.at(i) != u'\\') {
            ++i;
            continue;
        }
        flushLiteral();
        const int column = int(i) + 1;
        if (i + 1 >= to)
            return failure(column,
                tr("column %1: a lone backslash ends the text; write \\\\ for a backslash").arg(column));
        const QChar letter = text.at(i + 1);
        if (letter == u'x') {
            if (i + 3 >= to || !isHexDigit(text.at(i + 2)) || !isHexDigit(text.at(i + 3)))
                return failure(column, tr("column %1: \\x needs two hex digits").arg(column));
            bytes += char(hexValue(text.at(i + 2)) * 16 + hexValue(text.at(i + 3)));
            i += 4;
        } else if (const int byte = simpleEscape(letter); byte >= 0) {
            bytes += char(byte);
            i += 2;
        } else {
            return failure(
                column, tr("column %1: unknown escape \\%2").arg(column).arg(visibleChar(text, i + 1)));
        }
        literalStart = i;
    }
    flushLiteral();
    return success(bytes);
}

ParseResult PayloadParser::parseHex(const QString &text)
{
    return parseHex(text, 0, text.size());
}

ParseResult PayloadParser::parseHex(const QString &text, qsizetype from, qsizetype to)
{
    Q_ASSERT(0 <= from && from <= to && to <= text.size());
    QByteArray bytes;
    bytes.reserve((to - from) / 2);
    qsizetype i = from;
    while (i < to) {
        if (isHexSeparator(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype prefix = hexPrefixLength(text, i, to);
        const qsizetype start = i + prefix;
        qsizetype end = start;
        while (end < to && isHexDigit(text.at(end)))
            ++end;
        if (end == start && prefix > 0)
            return failure(int(start) + 1,
                tr("column %1: %2 needs hex digits after it")
                    .arg(start + 1)
                    .arg(QStringView(text).sliced(i, prefix)));
        // A stray character wins over an odd run, so "4g" points at the g.
        if (end < to && !isHexSeparator(text.at(end)) && hexPrefixLength(text, end, to) == 0)
            return failure(int(end) + 1,
                tr("column %1: %2 is not a hex digit").arg(end + 1).arg(describeChar(text, end)));
        if ((end - start) % 2 != 0)
            return failure(int(end), tr("column %1: odd number of hex digits; each byte needs two").arg(end));
        for (qsizetype d = start; d < end; d += 2)
            bytes += char(hexValue(text.at(d)) * 16 + hexValue(text.at(d + 1)));
        i = end;
    }
    return success(bytes);
}

ParseResult PayloadParser::parsePayload(const QString &text, PayloadMode mode)
{
    return parsePayload(text, 0, text.size(), mode);
}

ParseResult PayloadParser::parsePayload(const QString &text, qsizetype from, qsizetype to, PayloadMode mode)
{
    switch (mode) {
    case PayloadMode::Text:
        return parseEscapedText(text, from, to);
    case PayloadMode::Hex:
        return parseHex(text, from, to);
    }
    return parseEscapedText(text, from, to);
}

QByteArray PayloadParser::lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return {};
    case LineEnding::LF:
        return QByteArrayLiteral("\n");
    case LineEnding::CR:
        return QByteArrayLiteral("\r");
    case LineEnding::CRLF:
        return QByteArrayLiteral("\r\n");
    }
    return {};
}

} // namespace Sockbench
