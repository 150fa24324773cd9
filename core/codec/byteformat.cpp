#include "byteformat.h"

namespace Sockbench::ByteFormat {

namespace {

constexpr char16_t hexDigits[] = u"0123456789abcdef";
constexpr qsizetype hexdumpWidth = 16;

void appendHexByte(QString &out, uchar byte)
{
    out += QChar(hexDigits[byte >> 4]);
    out += QChar(hexDigits[byte & 0xf]);
}

void appendByteEscape(QString &out, uchar byte)
{
    out += QLatin1String("\\x");
    appendHexByte(out, byte);
}

bool isContinuation(uchar byte)
{
    return (byte & 0xc0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at index (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF), storing its code point; 0 when the bytes there are not one.
qsizetype utf8SequenceAt(const QByteArray &bytes, qsizetype index, char32_t &code)
{
    const uchar lead = uchar(bytes.at(index));
    qsizetype length = 0;
    uchar secondMin = 0x80;
    uchar secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        secondMin = lead == 0xe0 ? 0xa0 : 0x80;
        secondMax = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        secondMin = lead == 0xf0 ? 0x90 : 0x80;
        secondMax = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return 0;
    }
    if (index + length > bytes.size())
        return 0;
    const uchar second = uchar(bytes.at(index + 1));
    if (second < secondMin || second > secondMax)
        return 0;
    code = lead & (0xff >> (length + 1));
    for (qsizetype k = 1; k < length; ++k) {
        const uchar byte = uchar(bytes.at(index + k));
        if (!isContinuation(byte))
            return 0;
        code = (code << 6) | (byte & 0x3f);
    }
    return length;
}

// Characters that would be invisible, or would break or reorder the line, are escaped instead.
bool isShownAsIs(char32_t code)
{
    if (!QChar::isPrint(code))
        return false;
    const QChar::Category category = QChar::category(code);
    return category != QChar::Separator_Line && category != QChar::Separator_Paragraph;
}

// Appends the ASCII byte as itself or as an escape.
void appendAscii(QString &out, uchar byte, LineBreaks breaks)
{
    switch (byte) {
    case '\\':
        out += QLatin1String("\\\\");
        return;
    case '\r':
        out += QLatin1String("\\r");
        return;
    case '\t':
        out += QLatin1String("\\t");
        return;
    case '\0':
        out += QLatin1String("\\0");
        return;
    case '\n':
        out += QLatin1String("\\n");
        if (breaks == LineBreaks::Keep)
            out += QLatin1Char('\n');
        return;
    default:
        break;
    }
    if (byte >= 0x20 && byte < 0x7f)
        out += QLatin1Char(char(byte));
    else
        appendByteEscape(out, byte);
}

QString hexdumpOffset(qint64 offset)
{
    return QString::number(offset, 16).rightJustified(8, u'0');
}

// One `hexdump -C` line: offset, two groups of eight hex bytes padded to full width, then |chars|.
QString hexdumpLine(qint64 offset, QByteArrayView line)
{
    QString out = hexdumpOffset(offset) + QLatin1String("  ");
    for (qsizetype k = 0; k < hexdumpWidth; ++k) {
        if (k == hexdumpWidth / 2)
            out += QLatin1Char(' ');
        if (k < line.size()) {
            appendHexByte(out, uchar(line.at(k)));
            out += QLatin1Char(' ');
        } else {
            out += QLatin1String("   ");
        }
    }
    out += QLatin1String(" |");
    for (const char c : line)
        out += QLatin1Char(c >= 0x20 && c < 0x7f ? c : '.');
    out += QLatin1String("|\n");
    return out;
}

} // namespace

QString toVisibleText(const QByteArray &bytes, LineBreaks breaks)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar byte = uchar(bytes.at(i));
        if (byte < 0x80) {
            appendAscii(out, byte, breaks);
            ++i;
            continue;
        }
        char32_t code = 0;
        const qsizetype length = utf8SequenceAt(bytes, i, code);
        if (length > 0 && isShownAsIs(code)) {
            out += QString::fromUcs4(&code, 1);
            i += length;
        } else {
            appendByteEscape(out, byte);
            ++i;
        }
    }
    return out;
}

QString toHex(const QByteArray &bytes, QChar separator)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0 && !separator.isNull())
            out += separator;
        appendHexByte(out, uchar(bytes.at(i)));
    }
    return out;
}

QString toHexdump(const QByteArray &bytes, qint64 baseOffset)
{
    if (bytes.isEmpty())
        return {};
    QString out;
    QByteArrayView previous;
    bool inRepeat = false;
    for (qsizetype start = 0; start < bytes.size(); start += hexdumpWidth) {
        const QByteArrayView line
            = QByteArrayView(bytes).sliced(start, qMin(hexdumpWidth, bytes.size() - start));
        // Like hexdump, only full lines collapse into "*", and "*" is printed once per run.
        if (line.size() == hexdumpWidth && line == previous) {
            if (!inRepeat)
                out += QLatin1String("*\n");
            inRepeat = true;
            continue;
        }
        inRepeat = false;
        out += hexdumpLine(baseOffset + start, line);
        previous = line;
    }
    out += hexdumpOffset(baseOffset + bytes.size()) + QLatin1Char('\n');
    return out;
}

} // namespace Sockbench::ByteFormat
