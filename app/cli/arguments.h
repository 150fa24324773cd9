#pragma once

#include "options.h"
#include "stream/endpointparser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Sockbench::Cli {

/// The translation context of the command line's messages (they were all written in commandline.cpp).
struct CommandLineTr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Cli::CommandLine)
};

/// Prints "sockbench: MESSAGE" and the line that points to --help on standard error; returns the usage exit
/// code.
int usageError(const QString &message);
/// The command whose `sockbench COMMAND --help` usageError() points to from now on (empty: `sockbench
/// --help`, for the window's arguments).
void setUsageCommand(const QString &command);
/// After parser.parse(arguments) failed: its reason in the command line's own words ("unknown option
/// '--frob'", the flag as typed; "--timeout needs a value").
QString parseErrorText(const QCommandLineParser &parser, const QStringList &arguments);

/// Parses a command's arguments. An exit code when the command stops here: a bad flag or the wrong number of
/// positional arguments (2, with shortMessage or naming the first extra one), or --help, which prints
/// command's own usage (0).
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
    const QString &command, qsizetype positionals, bool exactly, const QString &shortMessage);

/// The flags every networking command understands (--crlf, timeouts, --verbose, --log, --transcript, --help).
void addCommonOptions(QCommandLineParser &parser);
bool readCommonOptions(const QCommandLineParser &parser, CommonOptions *options, QString *error);
/// A number of seconds (fractions allowed, at most a year) as milliseconds; flag names it in the message.
std::optional<int> parseSeconds(const QString &flag, const QString &text, QString *error);

/// A size in bytes with an optional binary unit (512K, 16M, 4G; a trailing B or iB is allowed), from 1 to
/// largest; flag names it in the message.
std::optional<qint64> parseByteSize(const QString &flag, const QString &text, qint64 largest, QString *error);
/// bytes as the user would write them back, in IEC units: "512 MiB", "4 GiB", "1.5 KiB".
QString formatByteSize(qint64 bytes);
/// PORT, through the endpoint parser the window uses: to connect, 1-65535 or a service name (protocol's
/// entry in the services database: -u takes the udp one); to listen, 0-65535.
std::optional<quint16> parsePort(
    const QString &text, PortUse use, QString *error, PortProtocol protocol = PortProtocol::Tcp);
/// The services a command's port names, by whether it runs over UDP (-u).
inline PortProtocol portProtocol(bool udp)
{
    return udp ? PortProtocol::Udp : PortProtocol::Tcp;
}
/// HOST to connect to: a name, an IPv4 or IPv6 address, [::1] as URLs write it.
std::optional<QString> parseHost(const QString &text, QString *error);
/// HOST PORT to connect to, as connect and read take them; false (error set) when either is wrong.
bool parseHostAndPort(const QString &hostText, const QString &portText, QString *host, quint16 *port,
    QString *error, PortProtocol protocol = PortProtocol::Tcp);
/// Whether address is of the family -4 or -6 asked for (AnyIPProtocol: any); false with a message naming the
/// flag when not.
bool checkFamily(const QHostAddress &address, QAbstractSocket::NetworkLayerProtocol protocol, QString *error);
/// -4 or -6 on a listening address: without --bind (bindGiven false), -6 listens on ::1; -6 --bind :: on
/// IPv6 alone; an address of the other family is refused (false, error set).
bool applyFamily(
    bool bindGiven, QHostAddress *address, QAbstractSocket::NetworkLayerProtocol protocol, QString *error);
/// -4 or -6 on a host to connect to: an address of the other family is refused; a name is resolved in the
/// family asked for.
bool checkHostFamily(const QString &host, QAbstractSocket::NetworkLayerProtocol protocol, QString *error);
/// --bind's value: an IPv4 or IPv6 address, with or without brackets; :: takes IPv4 clients too.
bool parseBindAddress(const QString &text, QHostAddress *address, QString *error);

} // namespace Sockbench::Cli
