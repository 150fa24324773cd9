// libFuzzer target: the payload parser (what the user types in the send panel) on any text.
//
// Beyond not crashing: a failure says where (a column inside the text, or just after it) and why, and gives
// no bytes; what parsed, written back as hex or as \xHH escapes and parsed again, is the same bytes; text
// without a backslash parses to its own UTF-8.

#include "fuzzsupport.h"

#include "codec/payloadparser.h"

#include <cstring>

namespace {

using namespace Sockbench;

void checkResult(const ParseResult &result, const QString &text)
{
    if (result.ok) {
        if (result.errorColumn != -1 || !result.errorMessage.isEmpty())
            Fuzz::fail("a success carries no error");
        return;
    }
    if (!result.bytes.isEmpty())
        Fuzz::fail("a failure gives no bytes");
    if (result.errorColumn < 1 || result.errorColumn > text.size() + 1)
        Fuzz::fail("the error column is in the text",
            QStringLiteral("%1 of %2").arg(result.errorColumn).arg(text.size()));
    if (result.errorMessage.isEmpty())
        Fuzz::fail("a failure says why");
}

QString escaped(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes)
        text += QStringLiteral("\\x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    // The first byte picks the text's encoding: UTF-8 (what people type) or raw UTF-16 (lone surrogates too).
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    QString text;
    if (data[0] & 1) {
        text.resize(restSize / 2);
        std::memcpy(text.data(), rest, size_t(text.size()) * 2); // copied: the input need not be aligned
    } else {
        text = QString::fromUtf8(rest, restSize);
    }

    const ParseResult escapedText = PayloadParser::parseEscapedText(text);
    checkResult(escapedText, text);
    const ParseResult hex = PayloadParser::parseHex(text);
    checkResult(hex, text);
    for (const PayloadMode mode : { PayloadMode::Text, PayloadMode::Hex }) {
        const ParseResult viaMode = PayloadParser::parsePayload(text, mode);
        const ParseResult &direct = mode == PayloadMode::Text ? escapedText : hex;
        if (viaMode.ok != direct.ok || viaMode.bytes != direct.bytes
            || viaMode.errorColumn != direct.errorColumn)
            Fuzz::fail("parsePayload is the parser of its mode");
    }
    if (!text.contains(QLatin1Char('\\')) && (!escapedText.ok || escapedText.bytes != text.toUtf8()))
        Fuzz::fail("text without escapes is its own UTF-8");

    for (const ParseResult *result : { &escapedText, &hex }) {
        if (!result->ok)
            continue;
        const ParseResult asHex = PayloadParser::parseHex(QString::fromLatin1(result->bytes.toHex(' ')));
        if (!asHex.ok || asHex.bytes != result->bytes)
            Fuzz::fail("bytes written as hex parse back", asHex.errorMessage);
        const ParseResult asEscapes = PayloadParser::parseEscapedText(escaped(result->bytes));
        if (!asEscapes.ok || asEscapes.bytes != result->bytes)
            Fuzz::fail("bytes written as \\xHH escapes parse back", asEscapes.errorMessage);
    }
    return 0;
}
