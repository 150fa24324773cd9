#pragma once

#include <QTcpServer>

namespace Sockbench {

/// A QTcpServer that hands out raw descriptors: TcpStream drives accepted sockets itself (see tcpstream.h).
class DescriptorListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptorListener)
public:
    using QTcpServer::QTcpServer;

Q_SIGNALS:
    void descriptorReady(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { Q_EMIT descriptorReady(descriptor); }
};

} // namespace Sockbench
