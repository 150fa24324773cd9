#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QString>

#include "respond/responsesettings.h"
#include "stream/tlsoptions.h"

namespace Sockbench::Cli {

/// Flags every subcommand understands.
struct CommonOptions
{
    bool crlf = false; ///< A line from standard input ends in CR LF.
    int idleTimeoutMs = 0; ///< Close a connection when nothing crosses it this long (0: never).
    int connectTimeoutMs = 10000;
    bool verbose = false; ///< Lifecycle events on standard error (--verbose, -v).
    /// -4 or -6: connect to addresses of that family only, listen on its loopback unless --bind says.
    QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::AnyIPProtocol;
    bool log = false; ///< Every traffic event (with hexdump) on standard error.
    QString transcriptPath; ///< Record the capture here as it goes (format by extension); empty: don't.
    TlsOptions tls {}; ///< --tls and its flags (tls.enabled: TLS); read by the commands that take them.
    /// The most payload bytes the transcript keeps (--capture-limit); 0: the automatic limit, the smaller of
    /// 4 GiB and a quarter of the free space where the transcript lives.
    qint64 captureLimit = 0;
};

struct ConnectOptions
{
    CommonOptions common;
    QString host;
    quint16 port = 0;
};

struct ListenOptions
{
    CommonOptions common;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    int backlog = 0; ///< 0: the kernel's maximum (ServerOptions' default).
    int acceptTimeoutMs = 0; ///< Give up when no client comes this long (0: wait forever).
    bool keepOpen = false;
    bool echo = false;
    bool discard = false;
    QString echoPrefix; ///< --echo-prefix: answer this template, then what came; empty: none.
    bool lines = false; ///< --lines: answer each line rather than each chunk.
    bool once = false; ///< --once: close a connection after its first answer.
    QString greeting; ///< --greet: a template sent to each client accepted; empty: none.
    QString answer; ///< --answer: a template answered to each chunk (line with --lines); empty: none.
    /// --on, --on-regex, --on-hex: answer only the chunks (lines) that match pattern; Any: every one.
    ResponseSettings::Match match = ResponseSettings::Match::Any;
    QString pattern;
    int receiveTimeoutMs = 0; ///< --receive-timeout: close a connection when nothing came this long.
};

struct ReplayOptions
{
    CommonOptions common;
    QString file; ///< The transcript whose first connection's outgoing side is resent.
    QString host; ///< Where to connect; unused with listen.
    quint16 port = 0; ///< Where to connect, or with listen where to listen (0: a free port).
    /// PORT as typed: a service name is looked up again once the file says TCP or UDP (port holds the
    /// lookup for -u's protocol, or for UDP when only UDP knows the name).
    QString portText;
    bool originalPace = true; ///< Keep the gaps between events; false: as fast as the peer takes it.
    bool listen = false; ///< Wait for one client and replay to it, instead of connecting.
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    /// -u: the user says the conversation is UDP. The file decides (a UDP recording replays over UDP);
    /// -u only refuses a TCP one instead of replaying it over TCP unasked.
    bool udp = false;
};

} // namespace Sockbench::Cli
