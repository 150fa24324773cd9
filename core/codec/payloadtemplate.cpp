#include "payloadtemplate.h"

#include "checksum.h"

#include <QRandomGenerator>

namespace Sockbench {

namespace {

constexpr int maxRandomBytes = 65536;

void appendBigEndian(QByteArray &out, quint64 value, int width)
{
    for (int shift = (width - 1) * 8; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xFF);
}

void appendLittleEndian(QByteArray &out, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        out += char((value >> (i * 8)) & 0xFF);
}

void appendHexText(QByteArray &out, quint64 value, int width)
{
    out += QByteArray::number(value, 16).toUpper().rightJustified(width * 2, '0');
}

} // namespace

QString PayloadTemplate::fieldNames()
{
    return QStringLiteral("data, counter, time, random, sum8, xor8, crc16, crc32");
}

void PayloadTemplate::fail(int column, const QString &message)
{
    m_pieces.clear();
    m_ok = false;
    m_errorColumn = column;
    m_errorMessage = message;
}

PayloadTemplate PayloadTemplate::parse(const QString &text, PayloadMode mode, const QByteArray &lineBreak)
{
    PayloadTemplate result;
    auto addBytes = [&result](const QByteArray &bytes) {
        if (bytes.isEmpty())
            return;
        if (!result.m_pieces.isEmpty() && result.m_pieces.constLast().kind == Kind::Literal)
            result.m_pieces.last().bytes += bytes;
        else
            result.m_pieces.append(Piece { Kind::Literal, Form::Default, 0, bytes });
    };
    // A literal run [from, to): in text mode each typed line break becomes lineBreak, so a request typed on
    // several lines goes out with the line ending the user chose on every line, not only after the last.
    auto addLiteral = [&](qsizetype from, qsizetype to) {
        qsizetype start = from;
        while (start <= to) {
            qsizetype end = mode == PayloadMode::Text ? text.indexOf(u'\n', start) : -1;
            if (end < 0 || end > to)
                end = to;
            const ParseResult parsed = PayloadParser::parsePayload(text, start, end, mode);
            if (!parsed.ok) {
                result.fail(parsed.errorColumn, parsed.errorMessage);
                return false;
            }
            addBytes(parsed.bytes);
            if (end == to)
                break;
            addBytes(lineBreak);
            start = end + 1;
        }
        return true;
    };

    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i + 1 < text.size()) {
        if (text.at(i) != u'{' || text.at(i + 1) != u'{') {
            ++i;
            continue;
        }
        if (!addLiteral(runStart, i))
            return result;
        const int column = int(i) + 1;
        const qsizetype close = text.indexOf(QLatin1String("}}"), i + 2);
        if (close < 0) {
            result.fail(column,
                tr("column %1: {{ has no closing }}; write \\x7b for a brace that starts no field")
                    .arg(column));
            return result;
        }
        const QString inner = text.mid(i + 2, close - i - 2);
        const qsizetype colon = inner.indexOf(u':');
        const QString name = (colon < 0 ? inner : inner.left(colon)).trimmed().toLower();
        const QString argument = colon < 0 ? QString() : inner.mid(colon + 1).trimmed().toLower();
        const QString field = QStringLiteral("{{") + inner + QStringLiteral("}}");
        Piece piece;
        auto badArgument = [&](const QString &accepted) {
            result.fail(column, tr("column %1: %2 takes %3").arg(column).arg(field, accepted));
        };
        if (name == u"data") {
            piece.kind = Kind::Data;
            if (!argument.isEmpty()) {
                badArgument(tr("no argument"));
                return result;
            }
        } else if (name == u"counter") {
            piece.kind = Kind::Counter;
            if (argument.isEmpty())
                piece.form = Form::Text;
            else if (argument == u"u8")
                piece.form = Form::U8;
            else if (argument == u"u16")
                piece.form = Form::U16;
            else if (argument == u"u32")
                piece.form = Form::U32;
            else {
                badArgument(tr("no argument (decimal), :u8, :u16 or :u32"));
                return result;
            }
        } else if (name == u"time") {
            piece.kind = Kind::Time;
            if (argument.isEmpty())
                piece.form = Form::Text;
            else if (argument == u"unix")
                piece.form = Form::Unix;
            else if (argument == u"unixms")
                piece.form = Form::UnixMs;
            else {
                badArgument(tr("no argument (ISO 8601), :unix or :unixms"));
                return result;
            }
        } else if (name == u"random") {
            piece.kind = Kind::Random;
            piece.count = 1;
            if (!argument.isEmpty()) {
                bool ok = false;
                piece.count = argument.toInt(&ok);
                if (!ok || piece.count < 1 || piece.count > maxRandomBytes) {
                    badArgument(tr("a count of bytes from 1 to %1").arg(maxRandomBytes));
                    return result;
                }
            }
        } else if (name == u"sum8" || name == u"xor8") {
            piece.kind = name == u"sum8" ? Kind::Sum8 : Kind::Xor8;
            if (argument == u"hex")
                piece.form = Form::Hex;
            else if (!argument.isEmpty()) {
                badArgument(tr("no argument (one byte) or :hex"));
                return result;
            }
        } else if (name == u"crc16" || name == u"crc32") {
            piece.kind = name == u"crc16" ? Kind::Crc16 : Kind::Crc32;
            if (argument == u"hex")
                piece.form = Form::Hex;
            else if (argument == u"le")
                piece.form = Form::LittleEndian;
            else if (argument == u"be")
                piece.form = Form::BigEndian;
            else if (!argument.isEmpty()) {
                badArgument(tr("no argument, :le, :be or :hex"));
                return result;
            }
        } else {
            result.fail(column,
                tr("column %1: unknown field %2; the fields are %3").arg(column).arg(field, fieldNames()));
            return result;
        }
        result.m_dynamic = true;
        result.m_usesData = result.m_usesData || piece.kind == Kind::Data;
        result.m_pieces.append(piece);
        i = close + 2;
        runStart = i;
    }
    addLiteral(runStart, text.size());
    return result;
}

bool PayloadTemplate::isPureData() const
{
    return m_pieces.size() == 1 && m_pieces.constFirst().kind == Kind::Data;
}

QByteArray PayloadTemplate::render(const TemplateContext &context) const
{
    if (!m_ok)
        return {};
    if (isPureData())
        return context.data; // an echo shares the chunk it answers
    QByteArray out;
    for (const Piece &piece : m_pieces) {
        switch (piece.kind) {
        case Kind::Literal:
            out += piece.bytes;
            break;
        case Kind::Data:
            out += context.data;
            break;
        case Kind::Counter:
            if (piece.form == Form::U8)
                appendBigEndian(out, context.counter, 1);
            else if (piece.form == Form::U16)
                appendBigEndian(out, context.counter, 2);
            else if (piece.form == Form::U32)
                appendBigEndian(out, context.counter, 4);
            else
                out += QByteArray::number(context.counter);
            break;
        case Kind::Time: {
            QDateTime time = context.time;
            if (!time.isValid()) {
                // Local time with its offset written out: a bare local time is ambiguous to the reader.
                time = QDateTime::currentDateTime();
                time = time.toOffsetFromUtc(time.offsetFromUtc());
            }
            if (piece.form == Form::Unix)
                out += QByteArray::number(time.toSecsSinceEpoch());
            else if (piece.form == Form::UnixMs)
                out += QByteArray::number(time.toMSecsSinceEpoch());
            else
                out += time.toString(Qt::ISODateWithMs).toUtf8();
            break;
        }
        case Kind::Random: {
            QRandomGenerator *random = context.random ? context.random : QRandomGenerator::global();
            for (int n = 0; n < piece.count; ++n)
                out += char(random->bounded(256));
            break;
        }
        case Kind::Sum8:
        case Kind::Xor8: {
            const quint8 value = piece.kind == Kind::Sum8 ? Checksum::sum8(out) : Checksum::xor8(out);
            if (piece.form == Form::Hex)
                appendHexText(out, value, 1);
            else
                out += char(value);
            break;
        }
        case Kind::Crc16:
        case Kind::Crc32: {
            const bool wide = piece.kind == Kind::Crc32;
            const int width = wide ? 4 : 2;
            const quint64 value = wide ? Checksum::crc32(out) : Checksum::crc16Modbus(out);
            if (piece.form == Form::Hex)
                appendHexText(out, value, width);
            else if (piece.form == Form::LittleEndian || (piece.form == Form::Default && !wide))
                appendLittleEndian(out, value, width);
            else
                appendBigEndian(out, value, width);
            break;
        }
        }
    }
    return out;
}

} // namespace Sockbench
