<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::CaptureStore</name>
    <message>
        <source>the capture spool could not be written (%1); payloads recorded from now on are not kept, the traffic itself goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture reached its limit of %1: the oldest payloads are being dropped to make room (their events stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture reached its limit of %1: payloads from now on are not kept (their events are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture stopped keeping payloads: %1 (the floor kept so the disk never fills); the traffic itself goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1 MiB free on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the capture&apos;s index file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the capture&apos;s index file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than what was written to it (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map the capture&apos;s index file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the capture&apos;s events stay in memory, at most %2 MB of them; after that events are not recorded (they are counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture reached its limit of %1 with the index of its events: later events are not recorded (they are counted; a larger limit records them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture&apos;s index could not be written to disk and holds %1 MB in memory: later events are not recorded (they are counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture holds as many events as it can number (%1): later events are not recorded (they are counted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::CertificateDialog</name>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no ALPN protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; handshake %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: anyone between you and the server could read and change the bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s chain, its own certificate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ChapterGuide</name>
    <message>
        <source>The Sockets Chapter, Scenario by Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::Command</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockbench: TLS with a self-signed certificate for localhost (%1), SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockbench: TLS certificate SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockbench: WARNING: --insecure: the server&apos;s certificate is not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: receive timeout: nothing came within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::CommandLine</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to HOST PORT; standard input to the peer, the peer to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the server (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect needs HOST and PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for clients on ADDR:PORT; like nc -l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve many clients at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every byte back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what clients send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when no client comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen needs exactly one PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backlog needs a count from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the outgoing side of a transcript&apos;s first connection to HOST PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original or fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .pcapng or .jsonl transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay needs FILE, HOST and PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pace needs original or fast, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to HOST PORT and play a scripted SocketStream conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each read may wait (0: without limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail or return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read needs HOST, PORT and at least one STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-timeout needs fail or return, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show needs lines or raw, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1 is reachable from the network, not only from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command %1 must come first: sockbench %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for one client on PORT and replay to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay --listen needs FILE and PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind goes with --listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay --listen takes FILE and PORT, no HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --crlf                   a line from standard input ends in CR LF
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sockbench connect [OPTION...] HOST PORT
Like nc HOST PORT: standard input to the peer, the peer to standard output. HOST is a name or an
IPv4 or IPv6 address ([::1] as well); PORT is 1-65535 or a service name such as http.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
A bad step is a usage error, before connecting. After the last step, read closes and exits 0.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sockbench --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number of seconds, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line from standard input ends in CR LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection idle this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up connecting after this long (0: without limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle events on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every traffic event on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to this file as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transcript needs a file ending in .pcapng, .jsonl, .txt or .hex, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a size from 1 byte to %2, such as 512K or 16M, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest line or upto read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most payload bytes the transcript keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the capture limit: stop-capturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit-policy drop-oldest is the window&apos;s: a transcript is written front to back (and read by tshark as it grows), so its oldest payloads cannot be dropped; at the limit the command line stops capturing payloads (stop-capturing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit-policy needs stop-capturing, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bounds what --transcript keeps: give --transcript FILE too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-4: %1 is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-6: %1 is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer TEXT followed by what came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each line, not each chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection after its first answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send TEXT to each client accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--echo-prefix needs a TEXT; --echo answers what came alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--echo-prefix and --discard exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--greet needs a TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each read as a byte array, #[65 66 67].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line read needs CR LF, as Pharo&apos;s nextLine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for one client on PORT and play the steps to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close or starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read --listen needs PORT and at least one STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls speaks TLS from the start; a starttls step starts it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crlf does not apply to read; end a send: step with \r\n, or use command:TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture limit %1 reached: later payloads are not kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pass: the environment variable &apos;%1&apos; is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pass: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pass needs pass:TEXT, env:VARIABLE or file:PATH, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s pass phrase: pass:TEXT, env:VAR, file:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN protocols, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest TLS version: 1.2 or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for SNI and verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept only the certificate with this SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask clients for a certificate: request or require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alpn needs protocol names separated by commas, such as h2,http/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-min needs 1.2 or 1.3, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hex digits, colons allowed), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--insecure verifies nothing: it excludes --pin and --ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-cert needs request or require, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP instead of TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With -u: each chunk of input is a datagram, not each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With -u: join this multicast group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --join: the interface to join it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With -u: allow a broadcast destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for UDP: add -u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join needs a multicast address (224.0.0.0/4 or ff00::/8), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interface needs --join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --tls                    speak TLS; a client verifies the server against the system&apos;s CAs and HOST
  --ca FILE                trust the CAs in FILE (PEM) as well%1
  --cert FILE --key FILE   our certificate and key (PEM)%2
  --pass SOURCE            the key&apos;s pass phrase: pass:TEXT, env:VARIABLE or file:PATH
  --alpn LIST              ALPN protocols, comma-separated (h2,http/1.1)
  --tls-min 1.2|1.3        the oldest TLS version allowed (default 1.2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clients&apos; certificates verify against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; without them, a self-signed one for localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --insecure               do not verify the server&apos;s certificate (warned; marked NOT VERIFIED)
  --servername NAME        the name sent as SNI and verified (default: HOST)
  --pin SHA256             accept only the certificate with this SHA-256 fingerprint
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --client-cert request|require  ask clients for a certificate; require refuses those without
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  -u, --udp                UDP, as nc -u: each line of standard input is one datagram, each datagram
                           received goes to standard output; UDP has no end: --idle-timeout ends it (0)
  --raw                    with -u: each chunk of standard input is one datagram, not each line
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --join GROUP             with -u: join a multicast group (every address is bound unless --bind)
  --interface NAME         with --join: the interface to join it on
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --broadcast              with -u: allow a broadcast destination
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:
  0    success
  1    other error (an --idle-timeout; read: the peer closed before a read step was satisfied)
  2    usage error (unknown flag, missing argument, port out of range)
  3    host not found
  4    connection refused
  5    timed out (connecting, --accept-timeout, or a read step)
  6    network or host unreachable
  7    address already in use
  8    permission denied
  9    address not available on this machine
  10   connection reset, or a socket failed mid-transfer
  11   TLS: the peer&apos;s certificate did not verify (expired, self-signed, unknown issuer, wrong name)
  12   TLS: the handshake failed otherwise (no common version, an alert)
  13   the transcript does not hold every payload (--capture-limit, or the disk&apos;s floor)
  130  interrupted (SIGINT or SIGTERM)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until
the peer closes. Every byte also goes through Sockbench&apos;s capture, as in the window.
TLS cannot half-close here: at end of input nothing is sent, and close_notify goes with the close.
With -u the socket is connected: a port nobody listens on ends it with connection refused (4).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each chunk (line) with TEMPLATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only what contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only what matches REGEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only what contains these bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection when nothing comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answer needs a TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answer and %1 exclude each other (--answer &apos;TEXT{{data}}&apos; is --echo-prefix TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and --%2 exclude each other: one match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines needs --echo or --echo-prefix (or --answer): it says what they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--once needs --echo or --echo-prefix (or --answer): it closes after the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --answer, --echo-prefix or --echo: it says which chunks they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--receive-timeout needs more than 0 seconds (without it, a connection waits for ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: each send and each read one datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u: sockbench does not speak TLS over UDP (DTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for line and upto, which read a byte stream; -u reads datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is UDP (the file says; -u refuses a TCP one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for TCP: UDP has no connections to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sockbench listen [OPTION...] [--bind ADDR] PORT
Like nc -l: wait for a client on ADDR:PORT (127.0.0.1 unless --bind). PORT is a number or a service
name such as http; 0 picks a free port and prints it on standard error.

Options:
  --bind ADDR              an IPv4 or IPv6 address to listen on; 0.0.0.0 or :: listens on every interface
                           (:: takes IPv4 clients too)
  --keep-open, -k          serve any number of clients at once, until interrupted
  --echo                   send every byte back to its sender (standard input is not read)
  --discard                read and drop what clients send (standard input is not read)
  --echo-prefix TEXT       answer TEXT and what came, per chunk; what came is also printed (standard
                           input is not read)
  --answer TEMPLATE        answer each chunk with TEMPLATE ({{data}}: what came); what came is printed
  --on TEXT                answer only what contains TEXT (escapes allowed)
  --on-regex REGEX         answer only what REGEX matches (the bytes read as Latin-1)
  --on-hex HEX             answer only what contains these bytes (de ad)
                           one match, with --answer, --echo-prefix or --echo
  --lines                  with an answer or --echo: answer each line, not each chunk
  --once                   with an answer or --echo: close a connection after its first answer
  --greet TEXT             send TEXT to each client when it is accepted
  --receive-timeout SECONDS  close a connection when nothing came from it this long (what we
                           send does not count, as it does for --idle-timeout)
  TEXT takes the escapes \r \n \t \xHH and the fields {{data}} {{counter}} {{time}}
  {{random:N}} {{sum8}} {{xor8}} {{crc16}} {{crc32}} (see docs/responses.md).
  --backlog N              connections that may wait to be accepted (default: the kernel&apos;s maximum,
                           net.core.somaxconn)
  --accept-timeout SECONDS give up (exit 5) when no client comes this long
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
With -u, listen answers the last peer heard: without --keep-open the first one heard is the only one.
The responses apply to each peer as it is first heard: each datagram a chunk, each answer one datagram.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sockbench replay [OPTION...] FILE HOST PORT
       sockbench replay --listen [--bind ADDR] [OPTION...] FILE PORT
Resend the outgoing side of FILE&apos;s first connection (a .pcapng or .jsonl transcript) to HOST PORT,
or with --listen to the first client that comes to ADDR:PORT (127.0.0.1 unless --bind; PORT 0
picks a free port). Then it half-closes and prints what the peer sends until it closes.

Options:
  --pace original|fast     original (the default) keeps the gaps between events; fast sends as
                           fast as the peer takes it
  --listen                 wait for one client on PORT and replay to it, instead of connecting
  --bind ADDR              with --listen: the IPv4 or IPv6 address to listen on
  -u, --udp                the conversation is UDP (the file says so; -u refuses a TCP one)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --connect-timeout applies as a client only; the replay itself is recorded by --transcript.
A UDP conversation is resent datagram by datagram, with --listen to the first peer heard on PORT; the
command ends a quiet second after the last datagram.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sockbench read [OPTION...] HOST PORT STEP...
       sockbench read --listen [--bind ADDR] [OPTION...] PORT STEP...
Connect to HOST PORT and play a scripted SocketStream conversation, step by step; with --listen,
wait for the first client on ADDR:PORT (127.0.0.1 unless --bind; 0 picks a free port) and play the
steps to it as the server side.

The steps run in order, each one argument (quote it for the shell):
  send:TEXT                send TEXT, with the escapes \r \n \t \0 \\ \xHH
  command:TEXT             send TEXT then CR LF (the chapter&apos;s sendCommand:)
  sendfile:PATH:N          send the file in N-byte chunks, one send each, the last padded with zeros
  line                     read a line ended by LF or CR LF (shown without its end)
  next:N                   read exactly N bytes
  upto:DELIM               read up to DELIM (escapes as in send:); DELIM is consumed, not shown
  end                      read everything until the peer closes
  receive                  read one piece, waiting up to the timeout for it (receiveData)
  available                read what has arrived, without waiting; maybe nothing (receiveAvailableData)
  while-available:next:N   wait 100 ms, then read N bytes while data is available, one line each
  close                    half-close our side (the peer sees end of input); reading goes on
  starttls                 TLS from here on, on the same connection, with the TLS options (not --tls)

Options:
  --timeout SECONDS        how long each read may wait (default 10; 0: without limit; Pharo&apos;s is 45)
  --max-line SIZE          the longest line: or upto: read, without its end (default 16M; K, M, G)
  --crlf-lines             line needs CR LF, as Pharo&apos;s nextLine; a bare LF stays in the line
  --on-timeout fail|return a read that times out, or whose peer closes first: fail (the default) stops
                           with one line on standard error and exit 5 (timed out) or 1 (peer closed);
                           return shows what came and goes on with the next step
  --show lines|raw         lines (the default): one line per read, the step, a colon and the bytes in
                           double quotes, escaped as send: reads them (line: &quot;HTTP/1.0 200 OK&quot;), then
                           &quot; (timed out)&quot; or &quot; (peer closed)&quot; for a short read; raw: what each read
                           returns, nothing added
  --binary                 each read as the chapter&apos;s byte array, #[65 66 67], instead of text
  --listen                 wait for one client on PORT and play the steps to it (no HOST)
  --bind ADDR              with --listen: the IPv4 or IPv6 address to listen on
  --accept-timeout SECONDS with --listen: give up (exit 5) when no client comes this long
  -u, --udp                over UDP: each send one datagram, each read one datagram whole: receive
                           waits for one, available takes one if there, while-available (no next:N)
                           all that came; line, next, upto, end, close and starttls do not apply
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture: %1 events, %2 index rows kept, %3 payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sockbench %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --idle-timeout SECONDS   close a connection when nothing crosses it for this long
  --connect-timeout SECONDS  give up connecting after this long (default 10; 0: without limit)
  -4, -6                   IPv4 or IPv6 only (a name resolves in that family; listen -6: on ::1)
  --verbose, -v            lifecycle events (listening, connected, closed...) on standard error
  --log                    every chunk of traffic on standard error: time, connection, direction, size, hexdump
  --transcript FILE        record everything to FILE as it happens; the extension picks the format:
                           .pcapng (Wireshark reads it; lossless), .jsonl (lossless), .txt, .hex.
                           After a crash or kill -9, FILE holds all but the last ~200 ms.
  --capture-limit SIZE     the most payload bytes FILE keeps (512M, 4G; default: the smaller of 4 GiB
                           and a quarter of the free space there). Past it, and below the disk&apos;s floor
                           (5% of it, 16 MiB to 1 GiB, kept free), events are still recorded, their
                           payloads marked not kept; said once, and the exit status is 13
  --limit-policy stop-capturing  what happens at the limit (drop-oldest is the window&apos;s only)
  -h, --help               print this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]
netcat-openbsd&apos;s command line over Sockbench&apos;s sessions and capture:
  sockbench nc HOST PORT          connect (HOST:PORT in one word too; PORT a number or a service name)
  sockbench nc -l [-p] PORT       wait for one client (-k: any number)
  sockbench nc -z HOST PORT...    scan: which ports accept a connection (ranges such as 20-30)

Flags, as netcat takes them (grouped like -lvk, the value of -p -q -s -w next or attached):
  -4, -6       IPv4 or IPv6 only
  -C           a line from standard input ends in CR LF
  -k           with -l: keep listening; here clients are served at once, not one after another
  -l           listen, on 127.0.0.1 (::1 with -6) unless -s or a HOST names an address:
               unlike netcat, which takes every interface (-s 0.0.0.0 or -s :: for that).
               As netcat&apos;s, a connection ends when its client half-closes (nc -N)
  -N           half-close (the peer sees end of input) at the end of standard input; without it,
               the connection stays open until the peer closes it, or -q
  -n           no name lookups: HOST is an IP address; -z -v names no service
  -p PORT      with -l: the port to listen on
  -q SECONDS   quit this long after the end of standard input (0: at once; negative: never)
  -s ADDRESS   with -l: the address to listen on (:: takes IPv4 clients too)
  -u           UDP, over connect -u&apos;s and listen -u&apos;s sessions: each read of standard input one
               datagram, as netcat sends it; -l hears the first peer (-k: every peer, standard input
               to the last heard); -N does nothing here.
               A refused port ends it with 1 and says so (netcat is silent, and 0 without -v);
               -u -z (a UDP scan) is not taken
  -v           lifecycle events on standard error; with -z, one line per port, as netcat&apos;s
  -w SECONDS   give up connecting, and end a connection idle, after this long
  -z           connect to each port and close, sending nothing
  -h, --help   print this help
A client&apos;s -s and -p (its local end) are not taken yet. sockbench&apos;s own --transcript FILE, --log,
--capture-limit SIZE, --limit-policy, --idle-timeout and --connect-timeout work here as for connect.

Exit status, as netcat&apos;s: 0 success (-z: at least one port accepted), 1 any failure (a bad flag
too; the other commands&apos; finer statuses all become 1), 130 interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sockbench transcript show FILE [--format text|hex|jsonl|pcapng]
       sockbench transcript convert IN OUT
       sockbench transcript convert IN - --format text|hex|jsonl|pcapng
show prints a transcript on standard output (as text unless --format says otherwise); convert
writes IN to OUT, whose extension picks the format: .pcapng, .jsonl, .txt or .hex; to standard
output (-), --format names it. FILE or IN - is standard input.

Transcripts open from .pcapng, classic .pcap and .jsonl (the format is recognised by content). A
capture that Sockbench did not write is reconstructed from its TCP packets, one connection per
address and port pair. A truncated or corrupt file: what could be read is used, one line on
standard error says where it breaks, and the exit status is 1.

Options:
  --format FORMAT          show&apos;s output, or convert&apos;s to standard output: text (show&apos;s default),
                           hex, jsonl or pcapng
  -h, --help               print this help

Exit status:
  0    success
  1    a file could not be read or written, or is truncated or corrupt; standard output failed
  2    usage error (unknown flag, missing argument, a format it does not know)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  sockbench [FILE...]               open the workbench window (and transcripts, read-only)
      --server PORT                 ... with a server on 127.0.0.1:PORT (0: a free port)
      --client HOST:PORT            ... with a client connected to HOST:PORT
      --demo                        ... with the demo: an echo server and a client
      --lang fr|de|en               ... in this language (default: the system&apos;s)
  sockbench connect HOST PORT       like nc HOST PORT: standard input to the peer, the peer to standard output
  sockbench listen [--bind ADDR] PORT
                                    like nc -l: wait for a client on ADDR:PORT (127.0.0.1 unless --bind)
  sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]
                                    netcat&apos;s own flags over the same sessions (sockbench nc --help)
  sockbench transcript show FILE [--format text|hex|jsonl|pcapng]
                                    print a transcript (.pcapng, .pcap or .jsonl) on standard output
  sockbench transcript convert IN OUT
                                    convert a transcript; OUT&apos;s extension picks the format (OUT -:
                                    standard output, with --format text|hex|jsonl|pcapng)
  sockbench replay FILE HOST PORT [--pace original|fast]
                                    resend the outgoing side of FILE&apos;s first connection to HOST PORT
  sockbench replay --listen [--bind ADDR] FILE PORT [--pace original|fast]
                                    the same as a server: wait for one client on ADDR:PORT, replay to it
  sockbench read HOST PORT STEP... [--timeout SECONDS] [--on-timeout fail|return] [--show lines|raw]
                                    connect and play a scripted SocketStream conversation, step by step
  sockbench read --listen [--bind ADDR] PORT STEP...
                                    the same as the server side, for the first client
  sockbench --version               print the version
  sockbench COMMAND -h, --help      every flag of COMMAND with its details (also: sockbench help COMMAND)

connect and listen (most also for read and replay):
  --crlf                   a line from standard input ends in CR LF
  --idle-timeout SECONDS   close a connection when nothing crosses it for this long
  --connect-timeout SECONDS  give up connecting after this long (default 10; 0: without limit)
  -4, -6                   IPv4 or IPv6 only (listen -6 listens on ::1)
  --verbose, -v            lifecycle events (listening, connected, closed...) on standard error
  --log                    every chunk of traffic on standard error: time, connection, direction, size, hexdump
  --transcript FILE        record everything to FILE as it happens; the extension picks the format:
                           .pcapng (Wireshark reads it; lossless), .jsonl (lossless), .txt, .hex.
                           After a crash or kill -9, FILE holds all but the last ~200 ms.
  --capture-limit SIZE     the most payload bytes FILE keeps (512M, 4G; default: the smaller of 4 GiB
                           and a quarter of the free space there). Past it, and below the disk&apos;s floor
                           (5% of it, 16 MiB to 1 GiB, kept free), events are still recorded, their
                           payloads marked not kept; said once, and the exit status is 13
  --limit-policy stop-capturing  what happens at the limit (drop-oldest is the window&apos;s only)
  -u, --udp                UDP, as nc -u: each line of standard input one datagram (--raw: each chunk);
                           connect: --broadcast allows a broadcast address; listen: --join GROUP joins
                           a multicast group, on --interface NAME
  --tls                    speak TLS; a client verifies the server against the system&apos;s CAs and HOST.
                           --ca FILE (trust these CAs too), --cert FILE --key FILE (our certificate),
                           --pass SOURCE (the key&apos;s pass phrase: pass:TEXT, env:VARIABLE, file:PATH),
                           --alpn LIST, --tls-min 1.2|1.3; a client&apos;s --insecure, --servername NAME,
                           --pin SHA256; a server&apos;s --client-cert request|require
listen only:
  --bind ADDR              address to listen on; 0.0.0.0 or :: listens on every interface (:: takes IPv4
                           clients too)
  --keep-open, -k          serve any number of clients at once, until interrupted
  --echo                   send every byte back to its sender (standard input is not read)
  --discard                read and drop what clients send (standard input is not read)
  --echo-prefix TEXT       answer TEXT and what came, per chunk; --lines: per line
  --answer TEMPLATE        answer each chunk (line) with TEMPLATE; --on TEXT, --on-regex REGEX or
                           --on-hex HEX: only what matches
  --once                   close a connection after its first answer
  --greet TEXT             send TEXT (escapes and fields allowed) to each client accepted
  --receive-timeout SECONDS  close a connection when nothing came from it this long
  --backlog N              connections that may wait to be accepted (default: the kernel&apos;s maximum,
                           net.core.somaxconn)
  --accept-timeout SECONDS give up (exit 5) when no client comes this long
  PORT is a number or a service name (listen http); 0 picks a free port and prints it on standard error.

transcript and replay:
  Transcripts open from .pcapng, classic .pcap and .jsonl (the format is recognised by content). A capture
  Sockbench did not write is reconstructed from its TCP packets, one connection per address and port pair.
  A truncated or corrupt file: what could be read is used, one line on standard error says where it
  breaks, and the exit status is 1. replay runs as a client, or with --listen as a server for the first
  client (--bind ADDR as for listen): --pace original (default) keeps the gaps between events, --pace
  fast sends as fast as the peer takes it; then it half-closes, prints what the peer sends until it
  closes, and accepts --idle-timeout, --verbose, --log, --transcript (the replay itself is recorded)
  and, as a client, --connect-timeout.

read:
  The steps run in order, each one argument (quote it for the shell):
    send:TEXT              send TEXT, with the escapes \r \n \t \0 \\ \xHH
    command:TEXT           send TEXT then CR LF (the chapter&apos;s sendCommand:)
    sendfile:PATH:N        send the file in N-byte chunks, one send each, the last padded with zeros
    line                   read a line ended by LF or CR LF (shown without its end)
    next:N                 read exactly N bytes
    upto:DELIM             read up to DELIM (escapes as in send:); DELIM is consumed, not shown
    end                    read everything until the peer closes
    receive                read one piece, waiting up to the timeout for it (receiveData)
    available              read what has arrived, without waiting; maybe nothing (receiveAvailableData)
    while-available:next:N wait 100 ms, then read N bytes while data is available, one line each
    close                  half-close our side (the peer sees end of input); reading goes on
    starttls               TLS from here on, on the same connection, with the TLS options (not --tls)
  --timeout SECONDS        how long each read may wait (default 10; 0: without limit; Pharo&apos;s is 45)
  --max-line SIZE          the longest line: or upto: read, without its end (default 16M; K, M, G)
  --crlf-lines             line needs CR LF, as Pharo&apos;s nextLine; a bare LF stays in the line
  --binary                 each read as the chapter&apos;s byte array, #[65 66 67], instead of text
  --listen [--bind ADDR] [--accept-timeout SECONDS]
                           wait for one client on PORT (no HOST) and play the steps to it
  -u, --udp                over UDP: each read one datagram whole (receive, available, while-available)
  --on-timeout fail|return a read that times out, or whose peer closes first: fail (the default) stops
                           with one line on standard error and exit 5 (timed out) or 1 (peer closed);
                           return shows what came and goes on with the next step
  --show lines|raw         lines (the default): one line per read, the step, a colon and the bytes in
                           double quotes, escaped as send: reads them (line: &quot;HTTP/1.0 200 OK&quot;), then
                           &quot; (timed out)&quot; or &quot; (peer closed)&quot; for a short read; raw: what each read
                           returns, nothing added (line: and upto: leave out the line end and the
                           delimiter, as the chapter&apos;s nextLine and upTo: do)
  --connect-timeout, --idle-timeout, --verbose, --log and --transcript as for connect.
  A bad step is a usage error, before connecting. After the last step, read closes and exits 0.

At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until the
peer closes. Every byte also goes through Sockbench&apos;s capture, as in the window.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client: &apos;%1&apos; reads as an IPv6 address without a port; write the address in brackets: [%2]:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ConnectCommand</name>
    <message>
        <source>standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::EventPrinter</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received 1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent 1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ListenCommand</name>
    <message>
        <source>standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix echo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::NcCommand</name>
    <message>
        <source>Try &apos;sockbench nc --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-n: &apos;%1&apos; is not an IP address (with -n no name is looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 is a netcat flag sockbench nc does not take (it takes -4 -6 -C -k -l -N -n -p -q -s -u -v -w -z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid option -- &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option requires an argument -- &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-q needs a number of seconds (negative: never quit), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-l and -z exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use -l with -k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-l takes ADDRESS PORT or -s and -p, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-l takes the port as -p PORT or as an argument, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-l needs a port: nc -l PORT or nc -l -p PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-l listens on an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-s and -p choose the local end of a connection, which sockbench does not bind yet; with -l they say where to listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing hostname and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one port to connect to, not %1 (several, or a range, are for -z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range of ports is for -z; connect to one port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to %1 port %2 (tcp) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 %2 port [tcp/%3] succeeded!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u with -z (a UDP port scan) is not taken: -z scans TCP ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ReadCommand</name>
    <message>
        <source>1 byte had arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes had arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value after a colon, as in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next needs a number of bytes, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upto needs a delimiter, as in upto:;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot send: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our side of the connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: timed out after %2 s; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s sending the last bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; --max-line sets it (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos;; the steps are send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close and starttls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number of bytes from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while-available needs the read to repeat, as in while-available:next:5, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendfile needs a path and a chunk size, as in sendfile:song.mp3:3000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 arrived before TLS started; refusing to mix them with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a byte stream; over UDP a read is one datagram, whole: use receive (waits for one) or available (takes one if it is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close half-closes a TCP connection; UDP has no half-close (the last step ends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttls is for TCP; sockbench does not speak TLS over UDP (DTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over UDP a read is one datagram, whole: write while-available, without next:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over UDP each chunk is one datagram: at most %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: timed out after %2 s; no datagram had arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no peer&apos;s datagram came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no UDP peer to play the steps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed before the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ReplayCommand</name>
    <message>
        <source>%1: the transcript has no connection to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed the connection before the replay ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: -u: its first connection is TCP, and replay resends it as it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::StandardOutput</name>
    <message>
        <source>standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::TranscriptCommand</name>
    <message>
        <source>standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name (use .pcapng, .txt, .hex or .jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrote the %2 events that could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format of show: text, hex, jsonl or pcapng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript show needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript convert needs IN and OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert takes the format from OUT&apos;s extension, not --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript needs show or convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown transcript action &apos;%1&apos; (show or convert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert to standard output (-) needs --format text, hex, jsonl or pcapng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::UdpCommand</name>
    <message>
        <source>warning: a datagram of %1 bytes was truncated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 bytes do not fit in one datagram (at most %2): sent as several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: receive timeout: nothing came within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ClientSession</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client %1:%2 (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS needs an open plain TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS without verification (--insecure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Connection</name>
    <message>
        <source>STARTTLS needs an open plain TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS needs both directions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS must wait until what was sent has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive timeout: nothing came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ConversationModel</name>
    <message>
        <source>… %1 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 bytes at %2 (%n chunk(s))</source>
        <translation>
            <numerusform>Sent %1 bytes at %2 (%n chunk)</numerusform>
            <numerusform>Sent %1 bytes at %2 (%n chunks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %1 bytes at %2 (%n chunk(s))</source>
        <translation>
            <numerusform>Received %1 bytes at %2 (%n chunk)</numerusform>
            <numerusform>Received %1 bytes at %2 (%n chunks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::ConversationPane</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexdump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversation as text (control characters visible) or as a hexdump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection to follow its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::CrashRecovery</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::DatagramSocket</name>
    <message>
        <source>cannot open a UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot allow broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot join %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot leave %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::EndpointParser</name>
    <message>
        <source>the host is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is missing (%1-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a space or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an IP address (write an IPv6 address with a port as [::1]:80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is neither a number nor a service name this system knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is neither a number nor a UDP service name this system knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::EventVocabulary</name>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer closed its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we closed our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::JsonLinesReader</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Sockbench JSON Lines transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript version %1 is newer than this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session without a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection without a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection with an endpoint that is not ADDRESS:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of unknown kind or direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without valid session and connection ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payload that is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payload of %1 bytes where size says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line longer than %1 MiB: not a Sockbench JSON Lines transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: not a Sockbench JSON Lines transcript (nothing at offset 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event whose payload is missing for no known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event marked missing with bytes, or without a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection with an unknown transport (neither tcp nor udp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::MainWindow</name>
    <message>
        <source>Traffic is not recorded to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;All Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relative Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every session&apos;s traffic instead of the selection&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an echo server and a client connected to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sockbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sockbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo: an echo server on %1 and a client connected to it. Type a line in the send panel below and press Ctrl+Enter: it crosses the connection, comes back, and shows in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2 ⇄ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sockbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n open connection</numerusform>
            <numerusform>%n open connections</numerusform>
        </translation>
    </message>
    <message>
        <source>← %1  → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &amp;reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected connection as a stream: a line, N bytes, up to a delimiter, to the end, with a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected connection, or close and remove the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop accepting clients; connected clients stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every connection of the selected server, or of every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text or hex bytes in payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ssion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %n byte(s) at %3</source>
        <translation>
            <numerusform>#%1 %2 %n byte at %3</numerusform>
            <numerusform>#%1 %2 %n bytes at %3</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lose Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect the selected client again, or listen again with a stopped server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;UDP Socket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a UDP socket: send and receive datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a peer for an address to the selected UDP socket, and send to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down &amp;Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-close the selected connection: the peer sees the end of input, and can still send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Certi&amp;ficate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection&apos;s certificate chain, validity, fingerprint and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;TLS (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the selected client&apos;s plain connection to TLS, after the protocol&apos;s own go-ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the traffic shown so far; the capture keeps it, and File ▸ Save saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log cleared: %n event(s) hidden from the log. The capture keeps them: File ▸ Save still saves them, and sessions and their counts stay.</source>
        <translation>
            <numerusform>Log cleared: %n event hidden from the log. The capture keeps it: File ▸ Save still saves it, and sessions and their counts stay.</numerusform>
            <numerusform>Log cleared: %n events hidden from the log. The capture keeps them: File ▸ Save still saves them, and sessions and their counts stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show times as seconds since the capture started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Time Since &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Δ column: seconds since the event shown above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Closed &amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove closed connections from the sessions list; their traffic stays in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the sessions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Traffic &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sockets &amp;Chapter, Scenario by Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sockbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for TCP: open client and server sessions, watch every byte that crosses each connection, send text or hex.&lt;/p&gt;&lt;p&gt;The same program is a command line: run &lt;tt&gt;sockbench --help&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;It began from the Sockets chapter of &lt;i&gt;Deep into Pharo&lt;/i&gt; (Noury Bouraqadi and Luc Fabresse); Help &amp;gt; The Sockets Chapter plays each of its scenarios.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and their connections; the selection is what the log shows and where the send panel sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Context Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent: select an open connection to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to send to (HOST:PORT, an IPv6 address in brackets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier and later inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F10, Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy bytes as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockbench User Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual is missing from this build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Not Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 did not verify:

%2

Connecting anyway means anyone between you and the server could read and change the bytes. The session will be marked as not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Anyway, &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no open connection to send it to)</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload (no open connection to send it to)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(select a connection to send it to)</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload (select a connection to send it to)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for #%1 %2</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload for #2 127.0.0.1:40735&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>for all %n connection(s) of %1</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload for all 3 connections of Echo server …&quot;.</extracomment>
        <translation>
            <numerusform>for %n connection of %1</numerusform>
            <numerusform>for all %n connections of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not recorded</source>
        <translation>
            <numerusform>%n event not recorded</numerusform>
            <numerusform>%n events not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not in the log</source>
        <translation>
            <numerusform>%n older event not in the log</numerusform>
            <numerusform>%n older events not in the log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::NewSessionDialog</name>
    <message>
        <source>&amp;Client: connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TCP connection to a host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver: listen for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on an address and port and accept any number of clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host name or an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to connect to, e.g. localhost, 192.168.1.10, ::1 or example.com. Recent hosts are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>::1 (this computer only, IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 (all interfaces — reachable from the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:: (all interfaces, IPv6 — reachable from the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address to listen on. 127.0.0.1 accepts connections from this computer only; you may also type the address of one of your network interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Listening on all interfaces: anyone who can reach this computer over the network can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP port, 1 to 65535 (0 for a server picks a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or empty picks a free port; the session list shows which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the name cannot be resolved and connected within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server does with the bytes its clients send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beha&amp;viour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Client Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Server Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–65535, e.g. 8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a host name or an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on %1, on a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a port between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be between 0 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the address to listen on, e.g. 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind address &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing automatic: you reply from the send panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends every received byte back to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records received bytes and answers nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number or a service name such as http; this system knows no service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number from %1 to 65535, without a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address; write an IPv6 address with a port as [::1]:80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UDP socket: send and receive datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a UDP socket: every address that sends to it becomes a peer; send to a peer, to a destination or to every peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: HOST:PORT, e.g. 127.0.0.1:9999 or [::1]:9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sends go before anyone has sent to this socket. Leave it empty to wait for peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own greeting, answers and timeouts, set below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New UDP Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds UDP on %1, on a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds UDP on %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting, answers and timeouts below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;broadcast (SO_BROADCAST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets this socket send to a broadcast address, such as 255.255.255.255 or a network&apos;s last address (192.168.1.255). Off, the system refuses those sends. IPv4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: e.g. 239.255.0.1 or ff02::1:3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multicast group to join once bound: its datagrams reach this socket. IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface to join the group on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s choice (its route to the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no multicast flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the recorded pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the recorded bytes with the pauses they had, or all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Multicast group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 has no broadcast: untick Allow broadcast, or send to a multicast group such as ff02::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a broadcast address: tick Allow broadcast to send to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast group &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 is IPv6 and the bind address %2 is IPv4: bind to :: or ::1 to join it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 is IPv4 and the bind address %2 is IPv6: bind to 0.0.0.0 or 127.0.0.1 to join it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to %1, the socket will not hear the group: bind to %2 to receive what is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting, answers and timeout below; a peer is greeted when its first datagram comes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadParser</name>
    <message>
        <source>column %1: a lone backslash ends the text; write \\ for a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: \x needs two hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: unknown escape \%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2 needs hex digits after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2 is not a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: odd number of hex digits; each byte needs two</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadTemplate</name>
    <message>
        <source>column %1: {{ has no closing }}; write \x7b for a brace that starts no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2 takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argument (decimal), :u8, :u16 or :u32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argument (ISO 8601), :unix or :unixms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count of bytes from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argument (one byte) or :hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argument, :le, :be or :hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: unknown field %2; the fields are %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadView</name>
    <message>
        <source>The bytes as text: control characters and invalid UTF-8 are shown as escapes such as \r, \t and \xff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes as hex pairs; paste them into the send panel&apos;s Hex mode to send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes as &quot;hexdump -C&quot; shows them: offset, hex and ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex&amp;dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payload has %1 bytes: Text and Hex show the first %2, Hexdump the first %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payload has %1 bytes: Text and Hex show the first %2; Hexdump shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as hexdump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::PcapReader</name>
    <message>
        <source>could not read at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: not a pcap file (nothing at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a pcap file (bad magic at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated pcap file header at offset %1 (%2 of 24 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pcap version %2.%3 at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link type %2 at offset %1 is not one Sockbench reads (Ethernet, Linux cooked, loopback or raw IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (a header of %2 of 16 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt packet record at offset %1 (impossible captured length %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (%2 bytes announced, %3 left in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (%2 bytes announced, %3 read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::PcapngReader::Private</name>
    <message>
        <source>could not read at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classic pcap file, not pcapng (convert it with &apos;editcap -F pcapng&apos;; bad magic at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a pcapng file (bad magic at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a pcapng file (bad byte-order magic at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt section header at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt block at offset %1 (impossible length %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated block at offset %1 (%2 bytes announced, %3 left in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt block at offset %1 (its two lengths differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: not a pcapng file (nothing at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pcapng version %2 at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt options in the section header at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt interface block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt options in the interface block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt packet block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt packet block at offset %1 (captured length %2 exceeds the block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt options in the packet block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt Sockbench record at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockbench record version %2 at offset %1 is newer than this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends at offset %1 inside a chunk of %2 bytes (%3 read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: a chunk of %2 bytes ends early at offset %1 (%3 read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet at offset %1 names interface %2, which was not described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: the packet at offset %1 carries more bytes than its chunk announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt name resolution block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt options in the name resolution block at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the smaller of 4 GiB and a quarter of the free space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the capture keeps on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the oldest payloads (their events stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop keeping payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the limit is &amp;reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line ending the send panel starts with in text mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text line &amp;ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many closed connections each session keeps listed; older ones are removed from the list (their traffic stays in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed connections &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from the next start; --lang overrides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ReadPane</name>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next N bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line (LF or CR LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to a delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to the end (peer closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail (keep the bytes buffered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return what came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a read does when the timeout passes or the peer closes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open connection to read from it as a stream: a line, N bytes, up to a delimiter or to the end, with a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many bytes, e.g. 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter, e.g. ; or \r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N must be a number of bytes from 1 to 67108864</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upTo(&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nextLine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upToEnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nextAvailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1; returned what came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2; the bytes that came stay buffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; the peer has closed</source>
        <translation>
            <numerusform>%n byte buffered; the peer has closed</numerusform>
            <numerusform>%n bytes buffered; the peer has closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered</source>
        <translation>
            <numerusform>%n byte buffered</numerusform>
            <numerusform>%n bytes buffered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n byte(s): %2</source>
        <translation>
            <numerusform>%1 → %n byte: %2</numerusform>
            <numerusform>%1 → %n bytes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from #%1 %2. Bytes received since this tab first showed the connection are buffered for reads, also while another tab is open; earlier bytes are only in the traffic log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line (CR LF only, as Pharo&apos;s nextLine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unread bytes and buffer anew from now (the traffic log keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from #%1 %2. Every byte it received is buffered for reads, from the first, and stays buffered while other connections are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; full: the buffers of all connections together reached %1 (discarding one frees room); later bytes are only in the traffic log</source>
        <translation>
            <numerusform>%n byte buffered; full: the buffers of all connections together reached %1 (discarding one frees room); later bytes are only in the traffic log</numerusform>
            <numerusform>%n bytes buffered; full: the buffers of all connections together reached %1 (discarding one frees room); later bytes are only in the traffic log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; the buffer is full: later bytes are only in the traffic log</source>
        <translation>
            <numerusform>%n byte buffered; the buffer is full: later bytes are only in the traffic log</numerusform>
            <numerusform>%n bytes buffered; the buffer is full: later bytes are only in the traffic log</numerusform>
        </translation>
    </message>
    <message>
        <source>Buffer discarded; buffering anew from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nextLine (CR LF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Responder</name>
    <message>
        <source>the greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the match is empty: say what to look for, or answer everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regular expression: column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receive timeout cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::SelfSignedCertificate</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::SendPanel</name>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Send delivers the bytes; select a connection or a server to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sn&amp;ippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current input under a name, or load a saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line; Ctrl+Up and Ctrl+Down recall earlier inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 text with the escapes \r \n \t \0 \\ and \xHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c, 48656c or 0x48,0x65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same bytes several times, with a pause between sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between sends in milliseconds; 0 sends as fast as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the input (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open connection to send %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; files up to that size can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeating (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open connection to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 48656c6c6f or 0x48,0x65. Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to send. Escapes: \r \n \t \0 \\ \xHH. Ctrl+Enter sends, Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current input, mode and line ending as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snippet named &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snippet &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent: no open connection is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the input is read: text with escapes, or hex bytes. Both take fields: {{counter}} (sends so far + 1), {{time}}, {{random:N}}, {{data}} (what the connection last received), and checksums of what precedes them: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, :hex for hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended after the input each time it is sent. With CR or CRLF, every line break typed in the input becomes that ending too (an escaped \n stays LF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contents of a file once (up to 64 MiB); the arrow sends it in fixed-size chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send File in Fixed-Size &amp;Chunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in chunks of %2 bytes would be %3 sends; at most %4: choose larger chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 in %2 chunks of %3 bytes (%4 bytes of padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1; not kept in the history (over %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) again</source>
        <translation>
            <numerusform>Sent %n byte again</numerusform>
            <numerusform>Sent %n bytes again</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the input is %1; a snippet keeps up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the snippets would take more than %1; delete some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send File in Chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per chunk (the last chunk is padded with zeros):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(select a connection to send it to)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerPreset</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received bytes are shown; you answer from the send panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every byte received is sent straight back to the client that sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received bytes are recorded and dropped; nothing is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic echo server (chapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client within 60 s, backlog 10: answers ECHO: and what came, once, then closes. The chapter listens on port 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic echo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EchoServer (chapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many clients, backlog 10: each is answered ECHO: and what came, then closed; a client silent for 5 s is closed. The chapter listens on port 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EchoServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketStream server (chapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client within 30 s, backlog 10: greets it with Greetings from Pharo Server and CR LF; its line shows in the conversation. The chapter listens on port 12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketStream server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received datagrams are shown; you answer from the send panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every datagram received is sent straight back to the peer that sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received datagrams are recorded and dropped; nothing is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers a peer&apos;s datagram with ECHO: and what came, then forgets the peer. UDP has no client to wait for and no backlog. The chapter listens on port 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers each datagram with ECHO: and what came, then forgets its peer; a peer silent for 5 s is forgotten. UDP has no backlog. The chapter listens on port 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greets each new peer with Greetings from Pharo Server and CR LF once its first datagram came (UDP accepts nothing first). The chapter listens on port 12345.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerResponsesEditor</name>
    <message>
        <source>Life cycle and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escapes as in the send panel (\r \n \t \xHH) and fields: {{data}} what came, {{counter}}, {{time}}, {{random:N}}, and checksums of what precedes them: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, with :hex for hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connection requests wait while none is accepted (the chapter uses 10). The kernel caps it at net.core.somaxconn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening when no client came this long (waitForAcceptFor:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening after the first client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like nc -l without -k: the first client is served, no other is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection when nothing arrives from its client this long (receiveDataTimeout:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing; e.g. Hello\r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to each client when it is accepted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chunk received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is answered: each piece as it arrives, or each line (up to LF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containing text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containing hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes, a regular expression (over the bytes, one character each), or hex bytes such as 01 03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ECHO: {{data}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back for each chunk or line that matches. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting and answer are hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the greeting and the answer as hex (01 03 {{crc16}}), not as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection after answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the chapter&apos;s echo servers: one answer, then close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;klog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acce&amp;pt timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wer with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to answer, or choose to answer nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the peer after answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its next datagram makes a new peer, answered anew.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerSession</name>
    <message>
        <source>Echo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends every byte back to the connection it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records what it receives and sends nothing back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only what you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open files (%1 open): raise ulimit -n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open files: raise ulimit -n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot accept connections: %1; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers each chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes after answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes after %1 s without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, certificate SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::Session</name>
    <message>
        <source>this session cannot start TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::SessionTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: %1 open, %2 listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer closed its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we closed our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking the host name up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the peer to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts no new connections; open ones stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: handshake not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: %1 datagrams received, %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>a byte count below 1 KiB, with the unit symbol (French: %1 o)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::SocketStream</name>
    <message>
        <source>cannot read a negative number of bytes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another read is already pending on this stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by peer before %1 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before %1 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket stream was destroyed while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end of line within %1 bytes (the line limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delimiter &quot;%1&quot; within %2 bytes (the line limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read buffer is full: it took no more bytes after its bound, and the %1 bytes it holds are not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::StagedFile</name>
    <message>
        <source>the file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::StreamErrorText</name>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address not available on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TcpConnector</name>
    <message>
        <source>%1 has no address of the requested family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TcpReassembler</name>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the local side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsOptionsBox</name>
    <message>
        <source>&amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s; or a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name (SNI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256, e.g. AB:CD:... (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone between you and the server can read and change the bytes. The session is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the key is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (verified against the CAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. h2,http/1.1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for mutual TLS (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a self-signed one for localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS (verify the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pinned certificate needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsSetup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or key file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key needs its certificate (--cert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate needs its key (--key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the private key in %1: wrong pass phrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ALPN protocol name has 1 to 255 bytes: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an older or unknown TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed certificate (%1), not issued by a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed certificate in the chain (%1), not a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for %1, another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name mismatch: the certificate is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown issuer: %1 is not a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsStream</name>
    <message>
        <source>TLS is not available: Qt found no OpenSSL 3 library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake started as a client, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; WARNING: verification is off (--insecure), anyone in between can read and change the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; accepting only the certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake started as a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we will send nothing more (close_notify follows when the connection closes: TLS here cannot half-close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification failed: its SHA-256 fingerprint is %1, not the pinned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake finished in %1 ms: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no ALPN protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; server certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the client sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; client certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted anyway: verification is off (--insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: the certificate is the pinned one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted once, as asked: the certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint is %1, not the pinned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the peer closed the connection without close_notify; what it sent may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent close_notify: a clean close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we sent close_notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent the alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we sent the alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer does not speak TLS here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent plain HTTP, not TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS version both sides accept (--tls-min, --tls-max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cipher both sides accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer refused the handshake (it may require a client certificate: --cert and --key; or accept none of our ciphers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer requires a client certificate (--cert and --key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client sent no certificate, and one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer does not trust our certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer rejected our certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (OpenSSL: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TrafficModel</name>
    <message>
        <source>sent to the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received from the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(payload lost: the spool could not be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since the event shown above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TrafficPane</name>
    <message>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bytes that came from the peer (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bytes sent to the peer (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show connects, accepts, closes and errors (•)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for text (with escapes such as \r\n) or for hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in payloads (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoscroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new traffic; scrolling back pauses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all traffic, one session&apos;s or one connection&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    #%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Bytes as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Bytes as &amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s)</source>
        <translation>
            <numerusform>Copied %n byte</numerusform>
            <numerusform>Copied %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Send &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected events&apos; bytes in the send panel, to edit and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected events&apos; bytes again to the send panel&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the selected scope: time, connection, direction, size, preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptController</name>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Selected Session or &amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session or a connection to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash recovery stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash recovery is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sockbench did not close properly last time. The traffic it had recorded was kept (%n session journal(s)). Open it now?</source>
        <translation>
            <numerusform>Sockbench did not close properly last time. The traffic it had recorded was kept (%n session journal). Open it now?</numerusform>
            <numerusform>Sockbench did not close properly last time. The traffic it had recorded was kept (%n session journals). Open it now?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered traffic, kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pcapng, pcap or JSON Lines file read-only (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts and captures (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1. Opened, each stays there under a new name until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptFile</name>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name (use .pcapng, .txt, .hex or .jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: row %2 is not in the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptJournal</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptLoader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptReader</name>
    <message>
        <source>%1 is a %2 transcript, written for people: only pcapng and JSON Lines transcripts (and pcap captures) open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptSaver</name>
    <message>
        <source>pcapng, for Wireshark, lossless (*.pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text log (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexdump (*.hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, lossless (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything recorded, in any format (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Selected &amp;Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events selected in the traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select events in the traffic log to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2

Any earlier file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockbench %1: %2, saved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptWindow</name>
    <message>
        <source>Cannot open transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript partly read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks off: %2

The %n event(s) read before that place are shown.</source>
        <translation>
            <numerusform>%1 breaks off: %2

The %n event read before that place is shown.</numerusform>
            <numerusform>%1 breaks off: %2

The %n events read before that place are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written by Sockbench: the TCP conversations were reconstructed from its packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pcapng or JSON Lines transcript read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay as Clie&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server and send it what this transcript&apos;s connection sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay as Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen, and send the first client what this transcript&apos;s connection sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text or hex bytes in payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relative Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times as seconds since the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every connection&apos;s traffic instead of the scope&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sockbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts (*.pcapng *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window this transcript was opened from is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transcript has no connection to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay Connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2 ⇄ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %n byte(s) at %3</source>
        <translation>
            <numerusform>#%1 %2 %n byte at %3</numerusform>
            <numerusform>#%1 %2 %n bytes at %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (transcript, read-only) — Sockbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not in the log</source>
        <translation>
            <numerusform>%n older event not in the log</numerusform>
            <numerusform>%n older events not in the log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptWriter</name>
    <message>
        <source>could not write the transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockbench::UdpSession</name>
    <message>
        <source>UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send from %1 to %2: they are of different address families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram truncated: %1 bytes, the first %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n datagram(s): the receive buffer was full</source>
        <translation>
            <numerusform>the kernel dropped %n datagram: the receive buffer was full</numerusform>
            <numerusform>the kernel dropped %n datagrams: the receive buffer was full</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot join %1: not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot leave %1: not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: sends every datagram back to the peer it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: records what it receives and sends nothing back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP, connected to one peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: sends only what you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n datagram(s)</source>
        <translation>
            <numerusform>the kernel dropped %n datagram</numerusform>
            <numerusform>the kernel dropped %n datagrams</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greets each new peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers each datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgets the peer after answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgets a peer silent for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP, automatic responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responding socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--server needs a port from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client needs HOST:PORT, with a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type here, Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
