#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sockbench {

/// The outcome of turning typed text into payload bytes: the bytes, or where and why the text is wrong.
struct ParseResult
{
    /// The payload; empty when !ok.
    QByteArray bytes;
    bool ok = true;
    /// 1-based position in the input, in UTF-16 units like QString indexes (cursor = column - 1); -1 when ok.
    int errorColumn = -1;
    /// Translated sentence naming the column, e.g. "column 7: \x needs two hex digits"; empty when ok.
    QString errorMessage;
};

/// How the send panel reads what the user typed.
enum class PayloadMode {
    Text, ///< UTF-8 text with C-style escapes.
    Hex, ///< Hex digits in the forms people paste.
};

/// What is appended after each payload the send panel sends.
enum class LineEnding {
    None,
    LF,
    CR,
    CRLF,
};

/// Turns what the user typed into payload bytes. Pure functions; errors say at which column the text is
/// wrong.
class PayloadParser final
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::PayloadParser)
public:
    PayloadParser() = delete;

    /// The text as UTF-8 with the escapes \r \n \t \0 \\ \xHH (exactly two digits) and \a \b \f \v \e \" \'.
    /// \0 is a single NUL byte and never starts an octal number. An unknown escape, a trailing lone
    /// backslash or a short \x is an error whose column is that of the escape's backslash.
    static ParseResult parseEscapedText(const QString &text);

    /// Hex bytes as pasted: "48 65 6c", "48656c", "0x48,0x65", "48:65", "48-65", "\x48\x65", any case.
    /// Whitespace, ',', ':' and '-' separate runs; each run needs an even number of digits.
    /// An error's column is that of the offending character (for an odd run, its last digit).
    static ParseResult parseHex(const QString &text);

    static ParseResult parsePayload(const QString &text, PayloadMode mode);

    /// The same parsers over text[from, to), with columns counted in the whole text: what a template
    /// (PayloadTemplate) uses for the literal runs between its fields, so an error points into what was
    /// typed.
    static ParseResult parseEscapedText(const QString &text, qsizetype from, qsizetype to);
    static ParseResult parseHex(const QString &text, qsizetype from, qsizetype to);
    static ParseResult parsePayload(const QString &text, qsizetype from, qsizetype to, PayloadMode mode);

    /// The bytes of a line ending: "", "\n", "\r" or "\r\n".
    static QByteArray lineEndingBytes(LineEnding ending);
};

} // namespace Sockbench
