#pragma once

// A capture to write as transcripts: server and client sessions, many connections over IPv4 or IPv6,
// payloads far larger than one pcapng segment, empty and binary payloads, every lifecycle step.

#include "capture/capturestore.h"

#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

namespace Sockbench::Test {

struct SampleConnection
{
    ConnectionInfo info;
    QByteArray sent; ///< Everything outbound, in order.
    QByteArray received; ///< Everything inbound, in order.
};

inline QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

/// Fills store with `connections` connections, half accepted by a server session, half made by a client.
inline QList<SampleConnection> fillSample(
    CaptureStore &store, bool ipv6, int connections, int largeSize = 200000)
{
    const QHostAddress loopback(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
    const qint64 wallBase = 1714564800LL * 1000000000LL + 123456789; // 2024-05-01T12:00:00.123456789Z
    qint64 mono = 5000000000LL;
    auto append = [&](EventKind kind, Direction direction, quint32 session, quint32 connection,
                      const QByteArray &payload = {}) {
        mono += 1001;
        store.appendAt(mono, wallBase + mono, kind, direction, session, connection, payload);
    };
    store.describeSession(SessionInfo {
        1, SessionRole::Server, QStringLiteral("Echo server %1:9999").arg(loopback.toString()), wallBase });
    store.describeSession(SessionInfo { 2, SessionRole::Client,
        QStringLiteral("Client \u00e9t\u00e9 %1:7777").arg(loopback.toString()), wallBase + 7 });
    append(EventKind::Listening, Direction::None, 1, 0, Endpoint { loopback, 9999 }.toString().toUtf8());
    append(EventKind::Resolved, Direction::None, 2, 0, QByteArrayLiteral("localhost"));

    QList<SampleConnection> list;
    for (int i = 0; i < connections; ++i) {
        SampleConnection c;
        const bool server = i % 2 == 0;
        c.info.id = quint32(i + 1);
        c.info.sessionId = server ? 1 : 2;
        c.info.local = Endpoint { loopback, quint16(server ? 9999 : 40000 + i) };
        c.info.peer = Endpoint { loopback, quint16(server ? 50000 + i : 7777) };
        store.describeConnection(c.info);
        list.append(c);
    }
    // Round-robin, so connections interleave as they do in a real session.
    const QByteArray binary = [] {
        QByteArray b;
        for (int v = 0; v < 256; ++v)
            b.append(char(v));
        return b;
    }();
    for (int step = 0; step < 9; ++step) {
        for (SampleConnection &c : list) {
            const quint32 id = c.info.id;
            const bool server = c.info.sessionId == 1;
            auto data = [&](Direction direction, const QByteArray &bytes) {
                append(EventKind::Data, direction, c.info.sessionId, id, bytes);
                (direction == Direction::Outbound ? c.sent : c.received).append(bytes);
            };
            switch (step) {
            case 0:
                append(server ? EventKind::Accepted : EventKind::Connected, Direction::None, c.info.sessionId,
                    id, c.info.peer.toString().toUtf8());
                break;
            case 1:
                data(Direction::Inbound, QByteArrayLiteral("hello\r\n"));
                break;
            case 2:
                data(Direction::Outbound, binary);
                break;
            case 3:
                data(Direction::Inbound, randomBytes(largeSize + int(id), id));
                break;
            case 4:
                data(Direction::Outbound, QByteArray());
                break;
            case 5:
                data(Direction::Outbound, randomBytes(largeSize / 2 + 1, id + 1000));
                break;
            case 6:
                append(server ? EventKind::PeerHalfClosed : EventKind::LocalHalfClosed, Direction::None,
                    c.info.sessionId, id);
                break;
            case 7:
                if (server)
                    append(EventKind::LocalHalfClosed, Direction::None, c.info.sessionId, id);
                else
                    append(EventKind::Error, Direction::None, c.info.sessionId, id,
                        QByteArrayLiteral("Connection reset by peer"));
                break;
            case 8:
                append(EventKind::Closed, Direction::None, c.info.sessionId, id);
                break;
            }
        }
    }
    append(EventKind::StoppedListening, Direction::None, 1, 0);
    store.flush();
    return list;
}

/// Empty when b holds the same events (times, kinds, ids, payloads), sessions and connections as a.
inline QString differences(const CaptureStore &a, const CaptureStore &b, bool compareInfos = true)
{
    if (a.count() != b.count())
        return QStringLiteral("%1 rows, expected %2").arg(b.count()).arg(a.count());
    for (qint64 row = 0; row < a.count(); ++row) {
        const CaptureEvent x = a.event(row), y = b.event(row);
        if (x.monotonicNs != y.monotonicNs || x.wallClockNs != y.wallClockNs || x.kind != y.kind
            || x.direction != y.direction || x.sessionId != y.sessionId || x.connectionId != y.connectionId
            || x.payloadSize != y.payloadSize)
            return QStringLiteral("row %1 differs (kind %2/%3, size %4/%5, mono %6/%7)")
                .arg(row)
                .arg(int(x.kind))
                .arg(int(y.kind))
                .arg(x.payloadSize)
                .arg(y.payloadSize)
                .arg(x.monotonicNs)
                .arg(y.monotonicNs);
        if (a.payload(row) != b.payload(row))
            return QStringLiteral("row %1: payload differs").arg(row);
    }
    if (!compareInfos)
        return {};
    const QList<SessionInfo> sa = a.sessions(), sb = b.sessions();
    if (sa.size() != sb.size())
        return QStringLiteral("%1 sessions, expected %2").arg(sb.size()).arg(sa.size());
    for (int i = 0; i < sa.size(); ++i) {
        if (sa[i].id != sb[i].id || sa[i].role != sb[i].role || sa[i].name != sb[i].name
            || sa[i].startedWallClockNs != sb[i].startedWallClockNs)
            return QStringLiteral("session %1 differs: '%2' / '%3'")
                .arg(sa[i].id)
                .arg(sa[i].name, sb[i].name);
    }
    const QList<ConnectionInfo> ca = a.connections(), cb = b.connections();
    if (ca.size() != cb.size())
        return QStringLiteral("%1 connections, expected %2").arg(cb.size()).arg(ca.size());
    for (int i = 0; i < ca.size(); ++i) {
        if (ca[i].id != cb[i].id || ca[i].sessionId != cb[i].sessionId || !(ca[i].local == cb[i].local)
            || !(ca[i].peer == cb[i].peer))
            return QStringLiteral("connection %1 differs: %2 / %3")
                .arg(ca[i].id)
                .arg(ca[i].peer.toString(), cb[i].peer.toString());
    }
    return {};
}

inline QString tsharkPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

/// One followed TCP stream as tshark prints it (follow,tcp,raw): the two nodes and the bytes each sent.
struct FollowedStream
{
    QString node0;
    QString node1;
    QByteArray from0;
    QByteArray from1;
};

/// Runs `tshark -r file -q -z follow,tcp,raw,N` for streams 0..count-1 and parses its output.
inline QList<FollowedStream> followStreams(const QString &file, int count, QString *error)
{
    QStringList arguments { QStringLiteral("-r"), file, QStringLiteral("-q") };
    for (int i = 0; i < count; ++i)
        arguments << QStringLiteral("-z") << QStringLiteral("follow,tcp,raw,%1").arg(i);
    QProcess tshark;
    tshark.start(tsharkPath(), arguments);
    if (!tshark.waitForFinished(120000) || tshark.exitCode() != 0) {
        *error = QString::fromLocal8Bit(tshark.readAllStandardError());
        return {};
    }
    const QByteArray errors = tshark.readAllStandardError();
    if (!errors.trimmed().isEmpty() && !errors.contains("Running as user")) {
        *error = QString::fromLocal8Bit(errors);
        return {};
    }
    QList<FollowedStream> streams;
    FollowedStream *current = nullptr;
    const QList<QByteArray> lines = tshark.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Filter:")) {
            streams.append(FollowedStream {});
            current = &streams.last();
        } else if (!current || line.startsWith("====") || line.startsWith("Follow:") || line.isEmpty()) {
            continue;
        } else if (line.startsWith("Node 0: ")) {
            current->node0 = QString::fromLatin1(line.mid(8));
        } else if (line.startsWith("Node 1: ")) {
            current->node1 = QString::fromLatin1(line.mid(8));
        } else if (line.startsWith('\t')) {
            current->from1 += QByteArray::fromHex(line.mid(1));
        } else {
            current->from0 += QByteArray::fromHex(line);
        }
    }
    return streams;
}

/// tshark's "address:port" for an endpoint ("[::1]:9999" for IPv6, as Endpoint prints it).
inline QString tsharkNode(const Endpoint &endpoint)
{
    return endpoint.toString();
}

} // namespace Sockbench::Test
