#include "jsonlineswriter.h"

#include "capture/eventvocabulary.h"
#include "codec/byteformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Sockbench {

namespace {

constexpr int PreviewBytes = 64;

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

JsonLinesWriter::JsonLinesWriter(QIODevice *device)
    : TranscriptWriter(device)
{ }

bool JsonLinesWriter::writeHeader(const QString &description)
{
    return put(line({ { QStringLiteral("type"), QStringLiteral("header") },
        { QStringLiteral("format"), QStringLiteral("sockbench-transcript") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("description"), description } }));
}

bool JsonLinesWriter::writeSession(const SessionInfo &info)
{
    return put(line({ { QStringLiteral("type"), QStringLiteral("session") },
        { QStringLiteral("id"), qint64(info.id) },
        { QStringLiteral("role"),
            info.role == SessionRole::Server ? QStringLiteral("server") : QStringLiteral("client") },
        { QStringLiteral("name"), info.name }, { QStringLiteral("started_ns"), info.startedWallClockNs } }));
}

bool JsonLinesWriter::writeConnection(const ConnectionInfo &info)
{
    QJsonObject object { { QStringLiteral("type"), QStringLiteral("connection") },
        { QStringLiteral("id"), qint64(info.id) }, { QStringLiteral("session"), qint64(info.sessionId) },
        { QStringLiteral("local"), info.local.toString() },
        { QStringLiteral("peer"), info.peer.toString() } };
    // Written for UDP only, so TCP lines stay as earlier versions wrote (and read) them.
    if (info.transport == Transport::Udp)
        object.insert(QStringLiteral("transport"), QStringLiteral("udp"));
    return put(line(object));
}

bool JsonLinesWriter::writeEvent(const CaptureEvent &event, const QByteArray &payload)
{
    QJsonObject object { { QStringLiteral("type"), QStringLiteral("event") },
        { QStringLiteral("kind"), EventVocabulary::key(event.kind) },
        { QStringLiteral("direction"), TranscriptFormat::directionName(event.direction) },
        { QStringLiteral("session"), qint64(event.sessionId) },
        { QStringLiteral("connection"), qint64(event.connectionId) },
        { QStringLiteral("mono_ns"), event.monotonicNs }, { QStringLiteral("wall_ns"), event.wallClockNs },
        { QStringLiteral("time"), TranscriptFormat::timestamp(event.wallClockNs) },
        { QStringLiteral("size"), qint64(payload.size()) },
        { QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()) },
        { QStringLiteral("preview"), ByteFormat::toVisibleText(payload.left(PreviewBytes)) } };
    if (event.payloadLoss != PayloadLoss::None) {
        // The size stays what crossed the wire; "missing" says why no byte of it is here. A reader that does
        // not know the field stops at the size that does not match, rather than taking the event as empty.
        object.insert(QStringLiteral("size"), qint64(event.payloadSize));
        object.insert(QStringLiteral("payload"), QString());
        object.insert(QStringLiteral("preview"), QString());
        object.insert(QStringLiteral("missing"), TranscriptFormat::payloadLossName(event.payloadLoss));
    }
    if (event.connectionId != 0) {
        const ConnectionInfo info = knownConnection(event.connectionId);
        object.insert(QStringLiteral("local"), info.local.toString());
        object.insert(QStringLiteral("peer"), info.peer.toString());
    }
    return put(line(object));
}

} // namespace Sockbench
