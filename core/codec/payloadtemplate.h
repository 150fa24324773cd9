#pragma once

#include "payloadparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QRandomGenerator;
QT_END_NAMESPACE

namespace Sockbench {

/// What a template's dynamic fields are filled with when it is rendered.
struct TemplateContext
{
    QByteArray data; ///< {{data}}: what is being answered (the chunk, or the line with its ending).
    quint64 counter = 1; ///< {{counter}}: which answer (or send) this is, from 1.
    QDateTime time; ///< {{time}}; invalid: the time of rendering.
    QRandomGenerator *random = nullptr; ///< {{random}}; null: QRandomGenerator::global().
};

/// Typed text that becomes bytes each time it is sent: the send panel's escapes (or hex) between dynamic
/// fields written {{name}} or {{name:argument}}.
///
/// Fields: {{data}} what is answered; {{counter}} decimal (or :u8 :u16 :u32, big-endian binary); {{time}}
/// ISO 8601 with milliseconds (or :unix, :unixms); {{random}} one random byte (or :N bytes, 1 to 65536);
/// {{sum8}} {{xor8}} {{crc16}} (CRC-16/MODBUS) {{crc32}} over every byte of the answer before the field,
/// as binary (crc16 low byte first, as Modbus sends it; crc32 big-endian; :le or :be says otherwise) or :hex
/// as upper-case hex digits. A '{' not followed by a second one is an ordinary character; \x7b writes a
/// brace that must not start a field. The literal runs go through PayloadParser, the one parser of typed
/// payloads, so errors read as the send panel's do, with the column counted in the whole text.
class PayloadTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::PayloadTemplate)
public:
    /// Renders nothing.
    PayloadTemplate() = default;

    /// Parses text (escaped text or hex, as mode says). In text mode every line break typed (not an escaped
    /// \n) becomes lineBreak. An invalid template has errorColumn() and errorMessage() and renders nothing.
    static PayloadTemplate parse(
        const QString &text, PayloadMode mode, const QByteArray &lineBreak = QByteArrayLiteral("\n"));

    bool isValid() const { return m_ok; }
    /// 1-based, in UTF-16 units of the text parsed; -1 when valid.
    int errorColumn() const { return m_errorColumn; }
    /// A translated sentence naming the column; empty when valid.
    QString errorMessage() const { return m_errorMessage; }

    /// True when it renders no bytes at all (an empty text).
    bool isEmpty() const { return m_pieces.isEmpty(); }
    /// True when it has any field: its bytes may differ from one rendering to the next.
    bool isDynamic() const { return m_dynamic; }
    /// True when it has a {{data}} field.
    bool usesData() const { return m_usesData; }
    /// True when it is exactly {{data}} (an echo): rendering hands back context.data itself, uncopied.
    bool isPureData() const;

    /// The bytes, with the fields filled from context. Empty when invalid.
    QByteArray render(const TemplateContext &context = {}) const;

    /// The field names, for messages and tooltips: "data, counter, time, random, sum8, xor8, crc16, crc32".
    static QString fieldNames();

private:
    enum class Kind { Literal, Data, Counter, Time, Random, Sum8, Xor8, Crc16, Crc32 };
    enum class Form { Default, Text, Unix, UnixMs, U8, U16, U32, Hex, LittleEndian, BigEndian };
    struct Piece
    {
        Kind kind = Kind::Literal;
        Form form = Form::Default;
        int count = 0; ///< {{random:N}}'s N.
        QByteArray bytes; ///< A literal's bytes.
    };

    void fail(int column, const QString &message);

    QList<Piece> m_pieces;
    bool m_ok = true;
    bool m_dynamic = false;
    bool m_usesData = false;
    int m_errorColumn = -1;
    QString m_errorMessage;
};

} // namespace Sockbench
