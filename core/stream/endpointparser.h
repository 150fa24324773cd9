#pragma once

#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Sockbench {

/// What a port is for: connecting names a service (a number from 1 to 65535, or a name from the system's
/// services database such as http); listening takes a number, where 0 asks for any free port; ListenOrService
/// also takes a service name, as netcat's -l -p does (`sockbench nc -l -p http`).
enum class PortUse : quint8 { Connect, Listen, ListenOrService };

/// Which entry of the services database a service name means: /etc/services lists a name per protocol, and
/// the same name can be another port or none over UDP (tftp is 69/udp only, http 80/tcp only).
enum class PortProtocol : quint8 { Tcp, Udp };

/// Why text is not an endpoint, as facts: which part is wrong and how. message() says it in one sentence;
/// a front that has its own wording (a form field, a flag) builds it from the same facts.
struct EndpointError
{
    enum class Part : quint8 { Host, Port, Address };
    enum class Problem : quint8 {
        None,
        Empty, ///< Nothing was given.
        Spaces, ///< A host or an address with a space or a control character in it.
        NotAHost, ///< Colons that make neither an IPv6 address nor HOST:PORT; brackets around no IPv6.
        NotAnAddress, ///< Not an IPv4 or IPv6 address (where only an address will do).
        NotANumber, ///< A listening port that is not a number.
        UnknownService, ///< A port that is neither a number nor a service the system knows.
        OutOfRange, ///< A number outside lowest..highest.
    };
    Part part = Part::Host;
    Problem problem = Problem::None;
    QString text; ///< The part as given (trimmed).
    int lowest = 0;
    int highest = 65535;
    PortProtocol protocol = PortProtocol::Tcp; ///< Whose services an UnknownService was looked up in.

    bool isError() const { return problem != Problem::None; }
    /// "port 70000 is out of range (1-65535)", "'a b' is not a host name: it contains a space"...
    QString message() const;
};

/// A host and, when one was given with it, a port, as typed in one field: "example.com", "192.0.2.1:8080",
/// "[::1]:8080", "localhost:http". The port is still text: it is checked for its use by EndpointParser::port.
struct HostAndPort
{
    QString host; ///< Without brackets: "::1".
    QString port; ///< Empty when none was given.
    bool hasPort = false;
};

/// The one parser for endpoints people type, in the window and on the command line: host names, IPv4, IPv6
/// with or without brackets, HOST:PORT and [V6]:PORT in one field, ports as numbers or service names.
/// It does not resolve names (TcpConnector does); it says precisely what is wrong.
class EndpointParser final
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::EndpointParser)
public:
    /// Splits a host field: a name or address alone, or with ":PORT". A bare IPv6 address is an address,
    /// never split ("::1:80" is the address ::1:80); with a port it takes brackets: "[::1]:80".
    static std::optional<HostAndPort> splitHost(const QString &text, EndpointError *error);
    /// A host to connect to, with no port in it: a name, an IPv4 or IPv6 address, "[::1]" as URLs write it.
    static std::optional<QString> host(const QString &text, EndpointError *error);
    /// A port for its use; a service name (connect only) is looked up in the system's services database,
    /// among protocol's entries: a UDP session takes the udp ones.
    static std::optional<quint16> port(
        const QString &text, PortUse use, EndpointError *error, PortProtocol protocol = PortProtocol::Tcp);
    /// A range of ports to connect to, as netcat's -z takes them: "8000-8010" (the ends in either order), or
    /// one port (a number or a TCP service name) as a range of one. The ends are numbers.
    static std::optional<std::pair<quint16, quint16>> portRange(const QString &text, EndpointError *error);
    /// An address to listen on: IPv4 or IPv6, with or without brackets. Names are refused: a bind address is
    /// this machine's own, and 0.0.0.0 or :: mean every interface.
    static std::optional<QHostAddress> address(const QString &text, EndpointError *error);
    /// address(), for listening: "::" (or "[::]") is the dual-stack any-address, QHostAddress::Any, which
    /// takes IPv4 clients too, as socat does on [::]; any other address is itself.
    static std::optional<QHostAddress> listenAddress(const QString &text, EndpointError *error);
    /// HOST:PORT (or [V6]:PORT) in one word, the port checked for connecting: --client's value.
    static std::optional<std::pair<QString, quint16>> hostAndPort(
        const QString &text, EndpointError *error, PortProtocol protocol = PortProtocol::Tcp);
    /// ADDRESS:PORT as Endpoint::toString() writes it ("127.0.0.1:80", "[::1]:80"): numbers only, port
    /// 0-65535. For files, where a name or a service would be a corruption, not a convenience.
    static std::optional<Endpoint> endpoint(const QString &text, EndpointError *error);
    /// The port of a service name over protocol ("http" -> 80 over TCP, "tftp" -> 69 over UDP) from the
    /// services database; nullopt when it has no entry for that protocol.
    static std::optional<quint16> servicePort(const QString &name, PortProtocol protocol = PortProtocol::Tcp);
    /// The service name of a port over protocol (80 -> "http") from the services database; nullopt when it
    /// has none.
    static std::optional<QString> serviceName(quint16 port, PortProtocol protocol = PortProtocol::Tcp);
};

} // namespace Sockbench
