#pragma once

// A connected pair of TcpStreams over 127.0.0.1 (port 0), like the socket-pair helper in Qt's own tests.

#include "session/descriptorlistener.h"
#include "stream/tcpconnector.h"
#include "stream/tcpstream.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Sockbench::Test {

struct LoopbackPair
{
    std::unique_ptr<TcpStream> client;
    std::unique_ptr<TcpStream> server;

    bool open(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        DescriptorListener listener;
        if (!listener.listen(address, 0))
            return false;
        qintptr accepted = -1;
        QObject::connect(&listener, &DescriptorListener::descriptorReady, &listener,
            [&accepted](qintptr descriptor) { accepted = descriptor; });
        TcpConnector connector;
        QObject::connect(&connector, &TcpConnector::connected, &connector,
            [this](TcpStream *stream) { client.reset(stream); });
        connector.connectToHost(address.toString(), listener.serverPort(), 5000);
        if (!QTest::qWaitFor([&] { return client && accepted >= 0; }, 5000))
            return false;
        server = std::make_unique<TcpStream>(accepted);
        return true;
    }
};

/// Opens a raw client (a plain TcpStream, no session) to a port on 127.0.0.1; null, with a warning, when no
/// connection came within 5 s.
inline std::unique_ptr<TcpStream> dial(quint16 port)
{
    std::unique_ptr<TcpStream> stream;
    TcpConnector connector;
    QObject::connect(
        &connector, &TcpConnector::connected, &connector, [&](TcpStream *s) { stream.reset(s); });
    connector.connectToHost(QStringLiteral("127.0.0.1"), port, 5000);
    if (!QTest::qWaitFor([&] { return stream != nullptr; }, 5000))
        qWarning("dial: no connection to port %u within 5 s", unsigned(port));
    return stream;
}

/// Collects everything a stream receives.
struct Collector
{
    QByteArray bytes;
    bool peerClosed = false;
    bool closed = false;
    StreamError error = StreamError::None;

    explicit Collector(ByteStream *stream)
    {
        QObject::connect(
            stream, &ByteStream::received, stream, [this](const QByteArray &chunk) { bytes += chunk; });
        QObject::connect(stream, &ByteStream::peerHalfClosed, stream, [this] { peerClosed = true; });
        QObject::connect(stream, &ByteStream::closed, stream, [this] { closed = true; });
        QObject::connect(stream, &ByteStream::errorOccurred, stream,
            [this](StreamError e, const QString &) { error = e; });
    }
};

inline QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

} // namespace Sockbench::Test
