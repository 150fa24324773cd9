#include "jsonlinesreader.h"

#include "capture/capturestore.h"
#include "capture/eventvocabulary.h"
#include "deviceerror.h"
#include "stream/endpointparser.h"
#include "transcriptformat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace Sockbench {

namespace {
constexpr qsizetype MaxLineBytes = 96 * 1024 * 1024;
constexpr qint64 ReadPiece = 16 * 1024; // the most one readLine() asks for
} // namespace

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sockbench::JsonLinesReader", text);
}

/// "127.0.0.1:9999" or "[::1]:9999" back to an endpoint; empty text gives an invalid endpoint.
bool parseEndpoint(const QString &text, Endpoint *endpoint)
{
    if (text.isEmpty())
        return true;
    const std::optional<Endpoint> parsed = EndpointParser::endpoint(text, nullptr);
    if (parsed)
        *endpoint = *parsed;
    return parsed.has_value();
}

bool isUnsigned32(const QJsonValue &value)
{
    return value.isDouble() && value.toInteger(-1) >= 0 && value.toInteger(-1) <= 0xffffffffLL;
}

} // namespace

JsonLinesReader::JsonLinesReader(CaptureStore *store)
    : TranscriptReader(store)
{ }

JsonLinesReader::State JsonLinesReader::readSome(QIODevice *device, qint64 maxBytes)
{
    if (m_state != State::MoreToRead)
        return m_state;
    resetSpoolFull();
    qint64 consumed = 0;
    while (consumed < maxBytes && !spoolFull()) {
        if (atEndOfInput(device)) {
            if (!m_line.isEmpty() && !readLine(std::exchange(m_line, {})))
                return m_state = State::Failed;
            if (m_lineNumber == 0) {
                TranscriptReader::fail(
                    0, tr("empty file: not a Sockbench JSON Lines transcript (nothing at offset 0)"));
                return m_state = State::Failed;
            }
            return m_state = State::Done;
        }
        if (m_line.isEmpty())
            ++m_lineNumber;
        // At most the rest of this call's share, so one long line cannot hold the caller up, and at most
        // ReadPiece: QIODevice::readLine(n) allocates n bytes before it looks for the line's end, so the 8
        // MiB share cost 8 MiB per line, however short (the fuzz target spent most of its time there).
        const QByteArray part = device->readLine(std::clamp<qint64>(maxBytes - consumed, 2, ReadPiece));
        if (part.isEmpty()) {
            if (!atEndOfInput(device)) { // a read error, not the end: say so, keep what came before
                fail(tr("could not read: %1").arg(DeviceError::describe(device, errno)));
                return m_state = State::Failed;
            }
            if (!m_line.isEmpty() && !readLine(std::exchange(m_line, {})))
                return m_state = State::Failed;
            return m_state = State::Done;
        }
        consumed += part.size();
        m_line += part;
        // The largest line we write: a 64 MiB chunk in base64 and its fields. Longer is not ours.
        if (m_line.size() > MaxLineBytes) {
            fail(tr("a line longer than %1 MiB: not a Sockbench JSON Lines transcript")
                     .arg(MaxLineBytes >> 20));
            return m_state = State::Failed;
        }
        if (!m_line.endsWith('\n') && !atEndOfInput(device))
            continue;
        if (!readLine(std::exchange(m_line, {})))
            return m_state = State::Failed;
    }
    return m_state;
}

bool JsonLinesReader::fail(const QString &what)
{
    return TranscriptReader::fail(
        m_offset, tr("line %1 (offset %2): %3").arg(m_lineNumber).arg(m_offset).arg(what));
}

bool JsonLinesReader::readLine(const QByteArray &line)
{
    const int lineNumber = m_lineNumber;
    const bool complete = line.endsWith('\n');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (lineNumber == 1)
            return fail(tr("not a Sockbench JSON Lines transcript"));
        return fail(complete
                ? tr("not JSON: %1 at column %2").arg(parseError.errorString()).arg(parseError.offset + 1)
                : tr("truncated line"));
    }
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString();
    if (lineNumber == 1) {
        if (type != QLatin1String("header")
            || object.value(QLatin1String("format")).toString() != QLatin1String("sockbench-transcript"))
            return fail(tr("not a Sockbench JSON Lines transcript"));
        if (object.value(QLatin1String("version")).toInt() != 1)
            return fail(tr("transcript version %1 is newer than this program")
                            .arg(object.value(QLatin1String("version")).toInt()));
    } else if (type == QLatin1String("session")) {
        if (!isUnsigned32(object.value(QLatin1String("id"))))
            return fail(tr("a session without a valid id"));
        SessionInfo info;
        info.id = quint32(object.value(QLatin1String("id")).toInteger());
        info.role = object.value(QLatin1String("role")).toString() == QLatin1String("server")
            ? SessionRole::Server
            : SessionRole::Client;
        info.name = object.value(QLatin1String("name")).toString();
        info.startedWallClockNs = object.value(QLatin1String("started_ns")).toInteger();
        store()->describeSession(info);
    } else if (type == QLatin1String("connection")) {
        ConnectionInfo info;
        if (!isUnsigned32(object.value(QLatin1String("id")))
            || !isUnsigned32(object.value(QLatin1String("session"))))
            return fail(tr("a connection without a valid id"));
        info.id = quint32(object.value(QLatin1String("id")).toInteger());
        info.sessionId = quint32(object.value(QLatin1String("session")).toInteger());
        if (!parseEndpoint(object.value(QLatin1String("local")).toString(), &info.local)
            || !parseEndpoint(object.value(QLatin1String("peer")).toString(), &info.peer))
            return fail(tr("a connection with an endpoint that is not ADDRESS:PORT"));
        // Absent in files before UDP, and for TCP: a byte stream.
        const QString transport = object.value(QLatin1String("transport")).toString(QStringLiteral("tcp"));
        if (transport == QLatin1String("udp"))
            info.transport = Transport::Udp;
        else if (transport != QLatin1String("tcp"))
            return fail(tr("a connection with an unknown transport (neither tcp nor udp)"));
        store()->describeConnection(info);
    } else if (type == QLatin1String("event")) {
        const std::optional<EventKind> kind
            = EventVocabulary::fromKey(object.value(QLatin1String("kind")).toString());
        const std::optional<Direction> direction
            = TranscriptFormat::directionFromName(object.value(QLatin1String("direction")).toString());
        if (!kind || !direction)
            return fail(tr("an event of unknown kind or direction"));
        if (!isUnsigned32(object.value(QLatin1String("session")))
            || !isUnsigned32(object.value(QLatin1String("connection"))))
            return fail(tr("an event without valid session and connection ids"));
        const auto decoded
            = QByteArray::fromBase64Encoding(object.value(QLatin1String("payload")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("a payload that is not base64"));
        const qint64 size = object.value(QLatin1String("size")).toInteger(-1);
        const QJsonValue missing = object.value(QLatin1String("missing"));
        if (!missing.isUndefined()) {
            const std::optional<PayloadLoss> why = TranscriptFormat::payloadLossFromName(missing.toString());
            if (!why)
                return fail(tr("an event whose payload is missing for no known reason"));
            if (!isUnsigned32(object.value(QLatin1String("size"))) || size == 0 || !decoded.decoded.isEmpty())
                return fail(tr("an event marked missing with bytes, or without a size"));
            appendMissing(object.value(QLatin1String("mono_ns")).toInteger(),
                object.value(QLatin1String("wall_ns")).toInteger(), *kind, *direction,
                quint32(object.value(QLatin1String("session")).toInteger()),
                quint32(object.value(QLatin1String("connection")).toInteger()), quint32(size), *why);
            m_offset += line.size();
            return true;
        }
        if (size != decoded.decoded.size())
            return fail(tr("a payload of %1 bytes where size says %2").arg(decoded.decoded.size()).arg(size));
        append(object.value(QLatin1String("mono_ns")).toInteger(),
            object.value(QLatin1String("wall_ns")).toInteger(), *kind, *direction,
            quint32(object.value(QLatin1String("session")).toInteger()),
            quint32(object.value(QLatin1String("connection")).toInteger()), decoded.decoded);
    }
    // Other types are from a newer writer: skipped, so old readers still get the events.
    m_offset += line.size();
    return true;
}

} // namespace Sockbench
