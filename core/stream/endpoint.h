#pragma once

#include <QHostAddress>
#include <QString>

namespace Sockbench {

/// One end of a TCP connection: an address and a port. IPv6 endpoints print in brackets.
struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;

    bool isValid() const { return !address.isNull(); }
    /// "127.0.0.1:9999" or "[::1]:9999".
    QString toString() const
    {
        if (!isValid())
            return {};
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
        return host + QLatin1Char(':') + QString::number(port);
    }
    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

} // namespace Sockbench
