#include "endpointparser.h"

#include <array>
#include <netdb.h>
#include <netinet/in.h>

namespace Sockbench {

namespace {

bool hasSpaceOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isAllDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

/// "-1" is a number, too small: said as out of range rather than "not a number".
bool isNegativeNumber(const QString &text)
{
    return text.size() > 1 && text.front() == u'-' && isAllDigits(text.mid(1));
}

bool isAddress(const QString &text)
{
    return !QHostAddress(text).isNull();
}

std::nullopt_t fail(EndpointError *error, EndpointError::Part part, EndpointError::Problem problem,
    const QString &text, int lowest = 0, int highest = 65535, PortProtocol protocol = PortProtocol::Tcp)
{
    if (error)
        *error = EndpointError { part, problem, text, lowest, highest, protocol };
    return std::nullopt;
}

/// The protocol's name as getservbyname_r and /etc/services spell it.
const char *servicesProtocol(PortProtocol protocol)
{
    return protocol == PortProtocol::Udp ? "udp" : "tcp";
}

} // namespace

QString EndpointError::message() const
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        switch (part) {
        case Part::Host:
            return EndpointParser::tr("the host is missing");
        case Part::Port:
            return EndpointParser::tr("the port is missing (%1-%2)").arg(lowest).arg(highest);
        case Part::Address:
            return EndpointParser::tr("the address is missing");
        }
        break;
    case Problem::Spaces:
        return EndpointParser::tr("'%1' contains a space or a control character").arg(text);
    case Problem::NotAHost:
        return EndpointParser::tr(
            "'%1' is neither a host name nor an IP address (write an IPv6 address with a port as "
            "[::1]:80)")
            .arg(text);
    case Problem::NotAnAddress:
        return EndpointParser::tr("'%1' is not an IP address").arg(text);
    case Problem::NotANumber:
        return EndpointParser::tr("port '%1' is not a number").arg(text);
    case Problem::UnknownService:
        if (protocol == PortProtocol::Udp)
            return EndpointParser::tr(
                "port '%1' is neither a number nor a UDP service name this system knows")
                .arg(text);
        return EndpointParser::tr("port '%1' is neither a number nor a service name this system knows")
            .arg(text);
    case Problem::OutOfRange:
        return EndpointParser::tr("port %1 is out of range (%2-%3)").arg(text).arg(lowest).arg(highest);
    }
    return {};
}

std::optional<HostAndPort> EndpointParser::splitHost(const QString &typed, EndpointError *error)
{
    const QString text = typed.trimmed();
    using Part = EndpointError::Part;
    using Problem = EndpointError::Problem;
    if (text.isEmpty())
        return fail(error, Part::Host, Problem::Empty, text);
    if (hasSpaceOrControl(text))
        return fail(error, Part::Host, Problem::Spaces, text);
    HostAndPort result;
    if (text.startsWith(u'[')) {
        // As URLs write IPv6: "[::1]" or "[::1]:8080". Brackets around anything else are a typo.
        const qsizetype close = text.indexOf(u']');
        const QString inside = close > 0 ? text.mid(1, close - 1) : QString();
        const QString after = close > 0 ? text.mid(close + 1) : QString();
        if (close < 0 || !isAddress(inside) || (!after.isEmpty() && !after.startsWith(u':')))
            return fail(error, Part::Host, Problem::NotAHost, text);
        result.host = inside;
        if (!after.isEmpty()) {
            result.port = after.mid(1);
            result.hasPort = true;
        }
        return result;
    }
    if (QHostAddress(text).isNull() && text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        result.host = text.left(colon);
        result.port = text.mid(colon + 1);
        result.hasPort = true;
        if (result.host.isEmpty())
            return fail(error, Part::Host, Problem::Empty, result.host);
        return result;
    }
    if (text.contains(u':') && QHostAddress(text).isNull())
        return fail(error, Part::Host, Problem::NotAHost, text);
    result.host = text;
    return result;
}

std::optional<QString> EndpointParser::host(const QString &text, EndpointError *error)
{
    const std::optional<HostAndPort> split = splitHost(text, error);
    if (!split)
        return std::nullopt;
    // A port where only a host belongs is not silently dropped: the caller asked for a host alone.
    if (split->hasPort)
        return fail(error, EndpointError::Part::Host, EndpointError::Problem::NotAHost, text.trimmed());
    return split->host;
}

std::optional<quint16> EndpointParser::port(
    const QString &typed, PortUse use, EndpointError *error, PortProtocol protocol)
{
    const QString text = typed.trimmed();
    using Part = EndpointError::Part;
    using Problem = EndpointError::Problem;
    const int lowest = use == PortUse::Connect ? 1 : 0;
    if (text.isEmpty())
        return fail(error, Part::Port, Problem::Empty, text, lowest);
    if (isAllDigits(text) || isNegativeNumber(text)) {
        // Eleven digits would overflow an int on the way; past five digits it is out of range anyway.
        const bool small = text.size() <= 6;
        const int value = small ? text.toInt() : -1;
        if (!small || value < lowest || value > 65535)
            return fail(error, Part::Port, Problem::OutOfRange, text, lowest);
        return quint16(value);
    }
    if (use == PortUse::Listen)
        return fail(error, Part::Port, Problem::NotANumber, text, lowest);
    if (const std::optional<quint16> service = servicePort(text, protocol))
        return service;
    return fail(error, Part::Port, Problem::UnknownService, text, lowest, 65535, protocol);
}

std::optional<std::pair<quint16, quint16>> EndpointParser::portRange(
    const QString &typed, EndpointError *error)
{
    const QString text = typed.trimmed();
    const qsizetype dash = text.indexOf(u'-');
    // "-1" is a negative number, not a range from nothing: port() says it is out of range.
    if (dash <= 0) {
        const std::optional<quint16> one = port(text, PortUse::Connect, error);
        if (!one)
            return std::nullopt;
        return std::pair { *one, *one };
    }
    const QString low = text.left(dash), high = text.mid(dash + 1);
    // Service names have dashes of their own (netbios-ns): both ends must be numbers to be a range.
    if (!isAllDigits(low) || !isAllDigits(high)) {
        if (const std::optional<quint16> service = servicePort(text))
            return std::pair { *service, *service };
        const QString notNumber = isAllDigits(low) ? high : low;
        return fail(error, EndpointError::Part::Port,
            notNumber.isEmpty() ? EndpointError::Problem::Empty : EndpointError::Problem::NotANumber,
            notNumber.isEmpty() ? text : notNumber, 1);
    }
    const std::optional<quint16> first = port(low, PortUse::Connect, error);
    if (!first)
        return std::nullopt;
    const std::optional<quint16> last = port(high, PortUse::Connect, error);
    if (!last)
        return std::nullopt;
    return std::pair { std::min(*first, *last), std::max(*first, *last) };
}

std::optional<QHostAddress> EndpointParser::listenAddress(const QString &text, EndpointError *error)
{
    const std::optional<QHostAddress> parsed = address(text, error);
    // QHostAddress("::") is AnyIPv6, which Qt binds IPV6_V6ONLY: IPv6 clients only. Every interface means
    // both families, as 0.0.0.0 and :: together would.
    if (parsed && parsed->protocol() == QAbstractSocket::IPv6Protocol && parsed->toString() == u"::")
        return QHostAddress(QHostAddress::Any);
    return parsed;
}

std::optional<QHostAddress> EndpointParser::address(const QString &typed, EndpointError *error)
{
    QString text = typed.trimmed();
    using Part = EndpointError::Part;
    using Problem = EndpointError::Problem;
    if (text.size() >= 2 && text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (text.isEmpty())
        return fail(error, Part::Address, Problem::Empty, text);
    QHostAddress address;
    if (!address.setAddress(text))
        return fail(error, Part::Address, Problem::NotAnAddress, text);
    return address;
}

std::optional<std::pair<QString, quint16>> EndpointParser::hostAndPort(
    const QString &text, EndpointError *error, PortProtocol protocol)
{
    const std::optional<HostAndPort> split = splitHost(text, error);
    if (!split)
        return std::nullopt;
    if (!split->hasPort)
        return fail(error, EndpointError::Part::Port, EndpointError::Problem::Empty, QString(), 1);
    const std::optional<quint16> number = port(split->port, PortUse::Connect, error, protocol);
    if (!number)
        return std::nullopt;
    return std::pair { split->host, *number };
}

std::optional<Endpoint> EndpointParser::endpoint(const QString &text, EndpointError *error)
{
    const std::optional<HostAndPort> split = splitHost(text, error);
    if (!split)
        return std::nullopt;
    if (!split->hasPort)
        return fail(error, EndpointError::Part::Port, EndpointError::Problem::Empty, QString());
    const std::optional<QHostAddress> address = EndpointParser::address(split->host, error);
    if (!address)
        return std::nullopt;
    const std::optional<quint16> number = port(split->port, PortUse::Listen, error);
    if (!number)
        return std::nullopt;
    return Endpoint { *address, *number };
}

std::optional<quint16> EndpointParser::servicePort(const QString &name, PortProtocol protocol)
{
    if (name.isEmpty() || hasSpaceOrControl(name))
        return std::nullopt;
    // getservbyname_r: the plain call shares one static buffer, and the window parses on the GUI thread while
    // the command line may not. The database is /etc/services (Debian's netbase).
    const QByteArray key = name.toLower().toLatin1();
    servent entry {};
    servent *found = nullptr;
    std::array<char, 4096> buffer {};
    if (::getservbyname_r(
            key.constData(), servicesProtocol(protocol), &entry, buffer.data(), buffer.size(), &found)
            != 0
        || !found)
        return std::nullopt;
    const int port = ntohs(quint16(found->s_port));
    if (port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

std::optional<QString> EndpointParser::serviceName(quint16 port, PortProtocol protocol)
{
    servent entry {};
    servent *found = nullptr;
    std::array<char, 4096> buffer {};
    if (port == 0
        || ::getservbyport_r(
               int(htons(port)), servicesProtocol(protocol), &entry, buffer.data(), buffer.size(), &found)
            != 0
        || !found || !found->s_name)
        return std::nullopt;
    return QString::fromLatin1(found->s_name);
}

} // namespace Sockbench
