#include "usage.h"

#include "exitcode.h"
#include "standardoutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockbench::Cli::Usage {

// The texts are laid out as they print, one source line per printed line: clang-format would break them
// at its column limit instead.
// clang-format off

namespace {

// The context the usage texts had in commandline.cpp, so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Cli::CommandLine)
};

/// The options connect, listen, replay and read share (read refuses --crlf, which is listed apart).
QString commonOptions()
{
    return Tr::tr(
        "  --idle-timeout SECONDS   close a connection when nothing crosses it for this long\n"
        "  --connect-timeout SECONDS  give up connecting after this long (default 10; 0: without limit)\n"
        "  -4, -6                   IPv4 or IPv6 only (a name resolves in that family; listen -6: on ::1)\n"
        "  --verbose, -v            lifecycle events (listening, connected, closed...) on standard error\n"
        "  --log                    every chunk of traffic on standard error: time, connection, direction, size, hexdump\n"
        "  --transcript FILE        record everything to FILE as it happens; the extension picks the format:\n"
        "                           .pcapng (Wireshark reads it; lossless), .jsonl (lossless), .txt, .hex.\n"
        "                           After a crash or kill -9, FILE holds all but the last ~200 ms.\n"
        "  --capture-limit SIZE     the most payload bytes FILE keeps (512M, 4G; default: the smaller of 4 GiB\n"
        "                           and a quarter of the free space there). Past it, and below the disk's floor\n"
        "                           (5% of it, 16 MiB to 1 GiB, kept free), events are still recorded, their\n"
        "                           payloads marked not kept; said once, and the exit status is 13\n"
        "  --limit-policy stop-capturing  what happens at the limit (drop-oldest is the window's only)\n"
        "  -h, --help               print this help\n");
}

/// The TLS flags; a server's (listen) or a client's (connect, read), or both (replay).
QString tlsOptions(bool client, bool server)
{
    QString text = Tr::tr(
        "  --tls                    speak TLS; a client verifies the server against the system's CAs and HOST\n"
        "  --ca FILE                trust the CAs in FILE (PEM) as well%1\n"
        "  --cert FILE --key FILE   our certificate and key (PEM)%2\n"
        "  --pass SOURCE            the key's pass phrase: pass:TEXT, env:VARIABLE or file:PATH\n"
        "  --alpn LIST              ALPN protocols, comma-separated (h2,http/1.1)\n"
        "  --tls-min 1.2|1.3        the oldest TLS version allowed (default 1.2)\n")
        .arg(server && !client ? Tr::tr("; clients' certificates verify against them") : QString(),
            server && !client ? Tr::tr("; without them, a self-signed one for localhost") : QString());
    if (client)
        text += Tr::tr(
            "  --insecure               do not verify the server's certificate (warned; marked NOT VERIFIED)\n"
            "  --servername NAME        the name sent as SNI and verified (default: HOST)\n"
            "  --pin SHA256             accept only the certificate with this SHA-256 fingerprint\n");
    if (server)
        text += Tr::tr("  --client-cert request|require  ask clients for a certificate; require refuses those without\n");
    return text;
}

QString crlfOption()
{
    return Tr::tr("  --crlf                   a line from standard input ends in CR LF\n");
}

QString udpOptions(bool listen)
{
    return Tr::tr("  -u, --udp                UDP, as nc -u: each line of standard input is one datagram, each datagram\n"
                  "                           received goes to standard output; UDP has no end: --idle-timeout ends it (0)\n"
                  "  --raw                    with -u: each chunk of standard input is one datagram, not each line\n")
        + (listen ? Tr::tr("  --join GROUP             with -u: join a multicast group (every address is bound unless --bind)\n"
                           "  --interface NAME         with --join: the interface to join it on\n")
                  : Tr::tr("  --broadcast              with -u: allow a broadcast destination\n"));
}

QString exitStatus()
{
    return Tr::tr(
        "Exit status:\n"
        "  0    success\n"
        "  1    other error (an --idle-timeout; read: the peer closed before a read step was satisfied)\n"
        "  2    usage error (unknown flag, missing argument, port out of range)\n"
        "  3    host not found\n"
        "  4    connection refused\n"
        "  5    timed out (connecting, --accept-timeout, or a read step)\n"
        "  6    network or host unreachable\n"
        "  7    address already in use\n"
        "  8    permission denied\n"
        "  9    address not available on this machine\n"
        "  10   connection reset, or a socket failed mid-transfer\n"
        "  11   TLS: the peer's certificate did not verify (expired, self-signed, unknown issuer, wrong name)\n"
        "  12   TLS: the handshake failed otherwise (no common version, an alert)\n"
        "  13   the transcript does not hold every payload (--capture-limit, or the disk's floor)\n"
        "  130  interrupted (SIGINT or SIGTERM)\n");
}

QString connectUsage()
{
    return Tr::tr("Usage: sockbench connect [OPTION...] HOST PORT\n"
                  "Like nc HOST PORT: standard input to the peer, the peer to standard output. HOST is a name or an\n"
                  "IPv4 or IPv6 address ([::1] as well); PORT is 1-65535 or a service name such as http.\n"
                  "\n"
                  "Options:\n")
        + crlfOption() + udpOptions(false) + commonOptions() + tlsOptions(true, false)
        + Tr::tr("\n"
                 "At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until\n"
                 "the peer closes. Every byte also goes through Sockbench's capture, as in the window.\n"
                 "TLS cannot half-close here: at end of input nothing is sent, and close_notify goes with the close.\n"
                 "With -u the socket is connected: a port nobody listens on ends it with connection refused (4).\n"
                 "\n")
        + exitStatus();
}

QString listenUsage()
{
    return Tr::tr("Usage: sockbench listen [OPTION...] [--bind ADDR] PORT\n"
                  "Like nc -l: wait for a client on ADDR:PORT (127.0.0.1 unless --bind). PORT is a number or a service\n"
                  "name such as http; 0 picks a free port and prints it on standard error.\n"
                  "\n"
                  "Options:\n"
                  "  --bind ADDR              an IPv4 or IPv6 address to listen on; 0.0.0.0 or :: listens on every interface\n"
                  "                           (:: takes IPv4 clients too)\n"
                  "  --keep-open, -k          serve any number of clients at once, until interrupted\n"
                  "  --echo                   send every byte back to its sender (standard input is not read)\n"
                  "  --discard                read and drop what clients send (standard input is not read)\n"
                  "  --echo-prefix TEXT       answer TEXT and what came, per chunk; what came is also printed (standard\n"
                  "                           input is not read)\n"
                  "  --answer TEMPLATE        answer each chunk with TEMPLATE ({{data}}: what came); what came is printed\n"
                  "  --on TEXT                answer only what contains TEXT (escapes allowed)\n"
                  "  --on-regex REGEX         answer only what REGEX matches (the bytes read as Latin-1)\n"
                  "  --on-hex HEX             answer only what contains these bytes (de ad)\n"
                  "                           one match, with --answer, --echo-prefix or --echo\n"
                  "  --lines                  with an answer or --echo: answer each line, not each chunk\n"
                  "  --once                   with an answer or --echo: close a connection after its first answer\n"
                  "  --greet TEXT             send TEXT to each client when it is accepted\n"
                  "  --receive-timeout SECONDS  close a connection when nothing came from it this long (what we\n"
                  "                           send does not count, as it does for --idle-timeout)\n"
                  "  TEXT takes the escapes \\r \\n \\t \\xHH and the fields {{data}} {{counter}} {{time}}\n"
                  "  {{random:N}} {{sum8}} {{xor8}} {{crc16}} {{crc32}} (see docs/responses.md).\n"
                  "  --backlog N              connections that may wait to be accepted (default: the kernel's maximum,\n"
                  "                           net.core.somaxconn)\n"
                  "  --accept-timeout SECONDS give up (exit 5) when no client comes this long\n")
        + crlfOption() + udpOptions(true) + commonOptions() + tlsOptions(false, true)
        + Tr::tr("\n"
                 "With -u, listen answers the last peer heard: without --keep-open the first one heard is the only one.\n"
                 "The responses apply to each peer as it is first heard: each datagram a chunk, each answer one datagram.\n")
        + QLatin1Char('\n') + exitStatus();
}

QString ncUsage()
{
    return Tr::tr("Usage: sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]\n"
                  "netcat-openbsd's command line over Sockbench's sessions and capture:\n"
                  "  sockbench nc HOST PORT          connect (HOST:PORT in one word too; PORT a number or a service name)\n"
                  "  sockbench nc -l [-p] PORT       wait for one client (-k: any number)\n"
                  "  sockbench nc -z HOST PORT...    scan: which ports accept a connection (ranges such as 20-30)\n"
                  "\n"
                  "Flags, as netcat takes them (grouped like -lvk, the value of -p -q -s -w next or attached):\n"
                  "  -4, -6       IPv4 or IPv6 only\n"
                  "  -C           a line from standard input ends in CR LF\n"
                  "  -k           with -l: keep listening; here clients are served at once, not one after another\n"
                  "  -l           listen, on 127.0.0.1 (::1 with -6) unless -s or a HOST names an address:\n"
                  "               unlike netcat, which takes every interface (-s 0.0.0.0 or -s :: for that).\n"
                  "               As netcat's, a connection ends when its client half-closes (nc -N)\n"
                  "  -N           half-close (the peer sees end of input) at the end of standard input; without it,\n"
                  "               the connection stays open until the peer closes it, or -q\n"
                  "  -n           no name lookups: HOST is an IP address; -z -v names no service\n"
                  "  -p PORT      with -l: the port to listen on\n"
                  "  -q SECONDS   quit this long after the end of standard input (0: at once; negative: never)\n"
                  "  -s ADDRESS   with -l: the address to listen on (:: takes IPv4 clients too)\n"
                  "  -u           UDP, over connect -u's and listen -u's sessions: each read of standard input one\n"
                  "               datagram, as netcat sends it; -l hears the first peer (-k: every peer, standard input\n"
                  "               to the last heard); -N does nothing here.\n"
                  "               A refused port ends it with 1 and says so (netcat is silent, and 0 without -v);\n"
                  "               -u -z (a UDP scan) is not taken\n"
                  "  -v           lifecycle events on standard error; with -z, one line per port, as netcat's\n"
                  "  -w SECONDS   give up connecting, and end a connection idle, after this long\n"
                  "  -z           connect to each port and close, sending nothing\n"
                  "  -h, --help   print this help\n"
                  "A client's -s and -p (its local end) are not taken yet. sockbench's own --transcript FILE, --log,\n"
                  "--capture-limit SIZE, --limit-policy, --idle-timeout and --connect-timeout work here as for connect.\n"
                  "\n"
                  "Exit status, as netcat's: 0 success (-z: at least one port accepted), 1 any failure (a bad flag\n"
                  "too; the other commands' finer statuses all become 1), 130 interrupted.\n");
}

QString replayUsage()
{
    return Tr::tr("Usage: sockbench replay [OPTION...] FILE HOST PORT\n"
                  "       sockbench replay --listen [--bind ADDR] [OPTION...] FILE PORT\n"
                  "Resend the outgoing side of FILE's first connection (a .pcapng or .jsonl transcript) to HOST PORT,\n"
                  "or with --listen to the first client that comes to ADDR:PORT (127.0.0.1 unless --bind; PORT 0\n"
                  "picks a free port). Then it half-closes and prints what the peer sends until it closes.\n"
                  "\n"
                  "Options:\n"
                  "  --pace original|fast     original (the default) keeps the gaps between events; fast sends as\n"
                  "                           fast as the peer takes it\n"
                  "  --listen                 wait for one client on PORT and replay to it, instead of connecting\n"
                  "  --bind ADDR              with --listen: the IPv4 or IPv6 address to listen on\n"
                  "  -u, --udp                the conversation is UDP (the file says so; -u refuses a TCP one)\n")
        + commonOptions() + tlsOptions(true, true)
        + Tr::tr("  --connect-timeout applies as a client only; the replay itself is recorded by --transcript.\n"
                 "A UDP conversation is resent datagram by datagram, with --listen to the first peer heard on PORT; the\n"
                 "command ends a quiet second after the last datagram.\n"
                 "\n")
        + exitStatus();
}

QString readUsage()
{
    return Tr::tr("Usage: sockbench read [OPTION...] HOST PORT STEP...\n"
                  "       sockbench read --listen [--bind ADDR] [OPTION...] PORT STEP...\n"
                  "Connect to HOST PORT and play a scripted SocketStream conversation, step by step; with --listen,\n"
                  "wait for the first client on ADDR:PORT (127.0.0.1 unless --bind; 0 picks a free port) and play the\n"
                  "steps to it as the server side.\n"
                  "\n"
                  "The steps run in order, each one argument (quote it for the shell):\n"
                  "  send:TEXT                send TEXT, with the escapes \\r \\n \\t \\0 \\\\ \\xHH\n"
                  "  command:TEXT             send TEXT then CR LF (the chapter's sendCommand:)\n"
                  "  sendfile:PATH:N          send the file in N-byte chunks, one send each, the last padded with zeros\n"
                  "  line                     read a line ended by LF or CR LF (shown without its end)\n"
                  "  next:N                   read exactly N bytes\n"
                  "  upto:DELIM               read up to DELIM (escapes as in send:); DELIM is consumed, not shown\n"
                  "  end                      read everything until the peer closes\n"
                  "  receive                  read one piece, waiting up to the timeout for it (receiveData)\n"
                  "  available                read what has arrived, without waiting; maybe nothing (receiveAvailableData)\n"
                  "  while-available:next:N   wait 100 ms, then read N bytes while data is available, one line each\n"
                  "  close                    half-close our side (the peer sees end of input); reading goes on\n"
                  "  starttls                 TLS from here on, on the same connection, with the TLS options (not --tls)\n"
                  "\n"
                  "Options:\n"
                  "  --timeout SECONDS        how long each read may wait (default 10; 0: without limit; Pharo's is 45)\n"
                  "  --max-line SIZE          the longest line: or upto: read, without its end (default 16M; K, M, G)\n"
                  "  --crlf-lines             line needs CR LF, as Pharo's nextLine; a bare LF stays in the line\n"
                  "  --on-timeout fail|return a read that times out, or whose peer closes first: fail (the default) stops\n"
                  "                           with one line on standard error and exit 5 (timed out) or 1 (peer closed);\n"
                  "                           return shows what came and goes on with the next step\n"
                  "  --show lines|raw         lines (the default): one line per read, the step, a colon and the bytes in\n"
                  "                           double quotes, escaped as send: reads them (line: \"HTTP/1.0 200 OK\"), then\n"
                  "                           \" (timed out)\" or \" (peer closed)\" for a short read; raw: what each read\n"
                  "                           returns, nothing added\n"
                  "  --binary                 each read as the chapter's byte array, #[65 66 67], instead of text\n"
                  "  --listen                 wait for one client on PORT and play the steps to it (no HOST)\n"
                  "  --bind ADDR              with --listen: the IPv4 or IPv6 address to listen on\n"
                  "  --accept-timeout SECONDS with --listen: give up (exit 5) when no client comes this long\n"
                  "  -u, --udp                over UDP: each send one datagram, each read one datagram whole: receive\n"
                  "                           waits for one, available takes one if there, while-available (no next:N)\n"
                  "                           all that came; line, next, upto, end, close and starttls do not apply\n")
        + commonOptions() + tlsOptions(true, false)
        + Tr::tr("\n"
                 "A bad step is a usage error, before connecting. After the last step, read closes and exits 0.\n"
                 "\n")
        + exitStatus();
}

QString transcriptUsage()
{
    return Tr::tr("Usage: sockbench transcript show FILE [--format text|hex|jsonl|pcapng]\n"
                  "       sockbench transcript convert IN OUT\n"
                  "       sockbench transcript convert IN - --format text|hex|jsonl|pcapng\n"
                  "show prints a transcript on standard output (as text unless --format says otherwise); convert\n"
                  "writes IN to OUT, whose extension picks the format: .pcapng, .jsonl, .txt or .hex; to standard\n"
                  "output (-), --format names it. FILE or IN - is standard input.\n"
                  "\n"
                  "Transcripts open from .pcapng, classic .pcap and .jsonl (the format is recognised by content). A\n"
                  "capture that Sockbench did not write is reconstructed from its TCP packets, one connection per\n"
                  "address and port pair. A truncated or corrupt file: what could be read is used, one line on\n"
                  "standard error says where it breaks, and the exit status is 1.\n"
                  "\n"
                  "Options:\n"
                  "  --format FORMAT          show's output, or convert's to standard output: text (show's default),\n"
                  "                           hex, jsonl or pcapng\n"
                  "  -h, --help               print this help\n"
                  "\n"
                  "Exit status:\n"
                  "  0    success\n"
                  "  1    a file could not be read or written, or is truncated or corrupt; standard output failed\n"
                  "  2    usage error (unknown flag, missing argument, a format it does not know)\n");
}

} // namespace

QString overview()
{
    // One string, as it was in commandline.cpp: its translations carry over whole.
    return Tr::tr(
        "Usage:\n"
        "  sockbench [FILE...]               open the workbench window (and transcripts, read-only)\n"
        "      --server PORT                 ... with a server on 127.0.0.1:PORT (0: a free port)\n"
        "      --client HOST:PORT            ... with a client connected to HOST:PORT\n"
        "      --demo                        ... with the demo: an echo server and a client\n"
        "      --lang fr|de|en               ... in this language (default: the system's)\n"
        "  sockbench connect HOST PORT       like nc HOST PORT: standard input to the peer, the peer to standard output\n"
        "  sockbench listen [--bind ADDR] PORT\n"
        "                                    like nc -l: wait for a client on ADDR:PORT (127.0.0.1 unless --bind)\n"
        "  sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]\n"
        "                                    netcat's own flags over the same sessions (sockbench nc --help)\n"
        "  sockbench transcript show FILE [--format text|hex|jsonl|pcapng]\n"
        "                                    print a transcript (.pcapng, .pcap or .jsonl) on standard output\n"
        "  sockbench transcript convert IN OUT\n"
        "                                    convert a transcript; OUT's extension picks the format (OUT -:\n"
        "                                    standard output, with --format text|hex|jsonl|pcapng)\n"
        "  sockbench replay FILE HOST PORT [--pace original|fast]\n"
        "                                    resend the outgoing side of FILE's first connection to HOST PORT\n"
        "  sockbench replay --listen [--bind ADDR] FILE PORT [--pace original|fast]\n"
        "                                    the same as a server: wait for one client on ADDR:PORT, replay to it\n"
        "  sockbench read HOST PORT STEP... [--timeout SECONDS] [--on-timeout fail|return] [--show lines|raw]\n"
        "                                    connect and play a scripted SocketStream conversation, step by step\n"
        "  sockbench read --listen [--bind ADDR] PORT STEP...\n"
        "                                    the same as the server side, for the first client\n"
        "  sockbench --version               print the version\n"
        "  sockbench COMMAND -h, --help      every flag of COMMAND with its details (also: sockbench help COMMAND)\n"
        "\n"
        "connect and listen (most also for read and replay):\n"
        "  --crlf                   a line from standard input ends in CR LF\n"
        "  --idle-timeout SECONDS   close a connection when nothing crosses it for this long\n"
        "  --connect-timeout SECONDS  give up connecting after this long (default 10; 0: without limit)\n"
        "  -4, -6                   IPv4 or IPv6 only (listen -6 listens on ::1)\n"
        "  --verbose, -v            lifecycle events (listening, connected, closed...) on standard error\n"
        "  --log                    every chunk of traffic on standard error: time, connection, direction, size, hexdump\n"
        "  --transcript FILE        record everything to FILE as it happens; the extension picks the format:\n"
        "                           .pcapng (Wireshark reads it; lossless), .jsonl (lossless), .txt, .hex.\n"
        "                           After a crash or kill -9, FILE holds all but the last ~200 ms.\n"
        "  --capture-limit SIZE     the most payload bytes FILE keeps (512M, 4G; default: the smaller of 4 GiB\n"
        "                           and a quarter of the free space there). Past it, and below the disk's floor\n"
        "                           (5% of it, 16 MiB to 1 GiB, kept free), events are still recorded, their\n"
        "                           payloads marked not kept; said once, and the exit status is 13\n"
        "  --limit-policy stop-capturing  what happens at the limit (drop-oldest is the window's only)\n"
        "  -u, --udp                UDP, as nc -u: each line of standard input one datagram (--raw: each chunk);\n"
        "                           connect: --broadcast allows a broadcast address; listen: --join GROUP joins\n"
        "                           a multicast group, on --interface NAME\n"
        "  --tls                    speak TLS; a client verifies the server against the system's CAs and HOST.\n"
        "                           --ca FILE (trust these CAs too), --cert FILE --key FILE (our certificate),\n"
        "                           --pass SOURCE (the key's pass phrase: pass:TEXT, env:VARIABLE, file:PATH),\n"
        "                           --alpn LIST, --tls-min 1.2|1.3; a client's --insecure, --servername NAME,\n"
        "                           --pin SHA256; a server's --client-cert request|require\n"
        "listen only:\n"
        "  --bind ADDR              address to listen on; 0.0.0.0 or :: listens on every interface (:: takes IPv4\n"
        "                           clients too)\n"
        "  --keep-open, -k          serve any number of clients at once, until interrupted\n"
        "  --echo                   send every byte back to its sender (standard input is not read)\n"
        "  --discard                read and drop what clients send (standard input is not read)\n"
        "  --echo-prefix TEXT       answer TEXT and what came, per chunk; --lines: per line\n"
        "  --answer TEMPLATE        answer each chunk (line) with TEMPLATE; --on TEXT, --on-regex REGEX or\n"
        "                           --on-hex HEX: only what matches\n"
        "  --once                   close a connection after its first answer\n"
        "  --greet TEXT             send TEXT (escapes and fields allowed) to each client accepted\n"
        "  --receive-timeout SECONDS  close a connection when nothing came from it this long\n"
        "  --backlog N              connections that may wait to be accepted (default: the kernel's maximum,\n"
        "                           net.core.somaxconn)\n"
        "  --accept-timeout SECONDS give up (exit 5) when no client comes this long\n"
        "  PORT is a number or a service name (listen http); 0 picks a free port and prints it on standard error.\n"
        "\n"
        "transcript and replay:\n"
        "  Transcripts open from .pcapng, classic .pcap and .jsonl (the format is recognised by content). A capture\n"
        "  Sockbench did not write is reconstructed from its TCP packets, one connection per address and port pair.\n"
        "  A truncated or corrupt file: what could be read is used, one line on standard error says where it\n"
        "  breaks, and the exit status is 1. replay runs as a client, or with --listen as a server for the first\n"
        "  client (--bind ADDR as for listen): --pace original (default) keeps the gaps between events, --pace\n"
        "  fast sends as fast as the peer takes it; then it half-closes, prints what the peer sends until it\n"
        "  closes, and accepts --idle-timeout, --verbose, --log, --transcript (the replay itself is recorded)\n"
        "  and, as a client, --connect-timeout.\n"
        "\n"
        "read:\n"
        "  The steps run in order, each one argument (quote it for the shell):\n"
        "    send:TEXT              send TEXT, with the escapes \\r \\n \\t \\0 \\\\ \\xHH\n"
        "    command:TEXT           send TEXT then CR LF (the chapter's sendCommand:)\n"
        "    sendfile:PATH:N        send the file in N-byte chunks, one send each, the last padded with zeros\n"
        "    line                   read a line ended by LF or CR LF (shown without its end)\n"
        "    next:N                 read exactly N bytes\n"
        "    upto:DELIM             read up to DELIM (escapes as in send:); DELIM is consumed, not shown\n"
        "    end                    read everything until the peer closes\n"
        "    receive                read one piece, waiting up to the timeout for it (receiveData)\n"
        "    available              read what has arrived, without waiting; maybe nothing (receiveAvailableData)\n"
        "    while-available:next:N wait 100 ms, then read N bytes while data is available, one line each\n"
        "    close                  half-close our side (the peer sees end of input); reading goes on\n"
        "    starttls               TLS from here on, on the same connection, with the TLS options (not --tls)\n"
        "  --timeout SECONDS        how long each read may wait (default 10; 0: without limit; Pharo's is 45)\n"
        "  --max-line SIZE          the longest line: or upto: read, without its end (default 16M; K, M, G)\n"
        "  --crlf-lines             line needs CR LF, as Pharo's nextLine; a bare LF stays in the line\n"
        "  --binary                 each read as the chapter's byte array, #[65 66 67], instead of text\n"
        "  --listen [--bind ADDR] [--accept-timeout SECONDS]\n"
        "                           wait for one client on PORT (no HOST) and play the steps to it\n"
        "  -u, --udp                over UDP: each read one datagram whole (receive, available, while-available)\n"
        "  --on-timeout fail|return a read that times out, or whose peer closes first: fail (the default) stops\n"
        "                           with one line on standard error and exit 5 (timed out) or 1 (peer closed);\n"
        "                           return shows what came and goes on with the next step\n"
        "  --show lines|raw         lines (the default): one line per read, the step, a colon and the bytes in\n"
        "                           double quotes, escaped as send: reads them (line: \"HTTP/1.0 200 OK\"), then\n"
        "                           \" (timed out)\" or \" (peer closed)\" for a short read; raw: what each read\n"
        "                           returns, nothing added (line: and upto: leave out the line end and the\n"
        "                           delimiter, as the chapter's nextLine and upTo: do)\n"
        "  --connect-timeout, --idle-timeout, --verbose, --log and --transcript as for connect.\n"
        "  A bad step is a usage error, before connecting. After the last step, read closes and exits 0.\n"
        "\n"
        "At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until the\n"
        "peer closes. Every byte also goes through Sockbench's capture, as in the window.\n"
        "\n")
        + exitStatus();
}

// clang-format on

QString forCommand(const QString &command)
{
    if (command == QLatin1String("connect"))
        return connectUsage();
    if (command == QLatin1String("listen"))
        return listenUsage();
    if (command == QLatin1String("replay"))
        return replayUsage();
    if (command == QLatin1String("nc"))
        return ncUsage();
    if (command == QLatin1String("read"))
        return readUsage();
    if (command == QLatin1String("transcript"))
        return transcriptUsage();
    return {};
}

int print(const QString &text)
{
    // Through standard output's one writer, as the commands' output goes: `--help > /dev/full` says the
    // disk is full and exits 1, where fputs lost it silently with status 0.
    if (writeStandardOutput(text.toLocal8Bit()) == OutputStatus::Failed) {
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(standardOutputError()));
        return OtherError;
    }
    return Success;
}

} // namespace Sockbench::Cli::Usage
