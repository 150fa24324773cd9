<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Sockbench::CaptureStore</name>
    <message>
        <source>the capture spool could not be written (%1); payloads recorded from now on are not kept, the traffic itself goes on</source>
        <translation>die Zwischendatei der Aufzeichnung konnte nicht geschrieben werden (%1); ab jetzt aufgezeichnete Nutzdaten werden nicht aufbewahrt, der Datenverkehr selbst läuft weiter</translation>
    </message>
    <message>
        <source>the capture reached its limit of %1: the oldest payloads are being dropped to make room (their events stay)</source>
        <translation>die Aufzeichnung hat ihre Grenze von %1 erreicht: die ältesten Nutzdaten werden verworfen, um Platz zu schaffen (ihre Ereignisse bleiben)</translation>
    </message>
    <message>
        <source>the capture reached its limit of %1: payloads from now on are not kept (their events are)</source>
        <translation>die Aufzeichnung hat ihre Grenze von %1 erreicht: Nutzdaten werden ab jetzt nicht mehr behalten (ihre Ereignisse schon)</translation>
    </message>
    <message>
        <source>the capture stopped keeping payloads: %1 (the floor kept so the disk never fills); the traffic itself goes on</source>
        <translation>die Aufzeichnung behält keine Nutzdaten mehr: %1 (die Reserve, damit die Platte nie voll wird); der Verkehr selbst geht weiter</translation>
    </message>
    <message>
        <source>less than %1 MiB free on the disk</source>
        <translation>weniger als %1 MiB frei auf der Platte</translation>
    </message>
    <message>
        <source>cannot create the capture&apos;s index file in %1: %2</source>
        <translation>die Indexdatei der Aufzeichnung kann in %1 nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the capture&apos;s index file in %1: %2</source>
        <translation>die Indexdatei der Aufzeichnung kann in %1 nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file is shorter than what was written to it (truncated)</source>
        <translation>die Datei ist kürzer als das, was hineingeschrieben wurde (abgeschnitten)</translation>
    </message>
    <message>
        <source>cannot map the capture&apos;s index file in %1: %2</source>
        <translation>die Indexdatei der Aufzeichnung in %1 kann nicht in den Speicher eingeblendet werden: %2</translation>
    </message>
    <message>
        <source>%1: the capture&apos;s events stay in memory, at most %2 MB of them; after that events are not recorded (they are counted)</source>
        <translation>%1: Die Ereignisse der Aufzeichnung bleiben im Speicher, höchstens %2 MB davon; danach werden Ereignisse nicht mehr aufgezeichnet (sie werden gezählt)</translation>
    </message>
    <message>
        <source>the capture reached its limit of %1 with the index of its events: later events are not recorded (they are counted; a larger limit records them again)</source>
        <translation>die Aufzeichnung hat mit dem Index ihrer Ereignisse ihre Grenze von %1 erreicht: spätere Ereignisse werden nicht aufgezeichnet (sie werden gezählt; eine höhere Grenze zeichnet sie wieder auf)</translation>
    </message>
    <message>
        <source>the capture&apos;s index could not be written to disk and holds %1 MB in memory: later events are not recorded (they are counted)</source>
        <translation>der Index der Aufzeichnung konnte nicht auf die Festplatte geschrieben werden und belegt %1 MB im Speicher: spätere Ereignisse werden nicht aufgezeichnet (sie werden gezählt)</translation>
    </message>
    <message>
        <source>the capture holds as many events as it can number (%1): later events are not recorded (they are counted)</source>
        <translation>die Aufzeichnung enthält so viele Ereignisse, wie sie nummerieren kann (%1): spätere Ereignisse werden nicht aufgezeichnet (sie werden gezählt)</translation>
    </message>
</context>
<context>
    <name>Sockbench::CertificateDialog</name>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>, no ALPN protocol</source>
        <translation>, kein ALPN-Protokoll</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>, ALPN %1</translation>
    </message>
    <message>
        <source>; handshake %1 ms</source>
        <translation>; Handshake %1 ms</translation>
    </message>
    <message>
        <source>The handshake did not finish.</source>
        <translation>Der Handshake wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: anyone between you and the server could read and change the bytes.</source>
        <translation>NICHT GEPRÜFT: Jeder zwischen Ihnen und dem Server könnte die Bytes lesen und ändern.</translation>
    </message>
    <message>
        <source>Verified for %1.</source>
        <translation>Geprüft für %1.</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Prüfungsfehler</translation>
    </message>
    <message>
        <source>The peer sent no certificate.</source>
        <translation>Die Gegenstelle hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>The peer&apos;s chain, its own certificate first</source>
        <translation>Die Kette der Gegenstelle, ihr eigenes Zertifikat zuerst</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>Sockbench::ChapterGuide</name>
    <message>
        <source>The Sockets Chapter, Scenario by Scenario</source>
        <translation>Das Sockets-Kapitel, Szenario für Szenario</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::Command</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sockbench: TLS with a self-signed certificate for localhost (%1), SHA-256 %2</source>
        <translation>sockbench: TLS mit einem selbstsignierten Zertifikat für localhost (%1), SHA-256 %2</translation>
    </message>
    <message>
        <source>sockbench: TLS certificate SHA-256 %1</source>
        <translation>sockbench: TLS-Zertifikat SHA-256 %1</translation>
    </message>
    <message>
        <source>sockbench: WARNING: --insecure: the server&apos;s certificate is not verified</source>
        <translation>sockbench: WARNUNG: --insecure: Das Zertifikat des Servers wird nicht geprüft</translation>
    </message>
    <message>
        <source>%1: receive timeout: nothing came within %2 s</source>
        <translation>%1: Empfangs-Zeitüberschreitung: innerhalb von %2 s kam nichts</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::CommandLine</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Connect to HOST PORT; standard input to the peer, the peer to standard output.</source>
        <translation>Mit HOST PORT verbinden; Standardeingabe zur Gegenstelle, Gegenstelle zur Standardausgabe.</translation>
    </message>
    <message>
        <source>Name or address of the server.</source>
        <translation>Name oder Adresse des Servers.</translation>
    </message>
    <message>
        <source>Port of the server (1-65535).</source>
        <translation>Port des Servers (1-65535).</translation>
    </message>
    <message>
        <source>connect needs HOST and PORT</source>
        <translation>connect erwartet HOST und PORT</translation>
    </message>
    <message>
        <source>Wait for clients on ADDR:PORT; like nc -l.</source>
        <translation>Auf ADDR:PORT auf Clients warten; wie nc -l.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serve many clients at once.</source>
        <translation>Viele Clients gleichzeitig bedienen.</translation>
    </message>
    <message>
        <source>Send every byte back.</source>
        <translation>Jedes Byte zurücksenden.</translation>
    </message>
    <message>
        <source>Drop what clients send.</source>
        <translation>Verwerfen, was Clients senden.</translation>
    </message>
    <message>
        <source>Pending connections.</source>
        <translation>Wartende Verbindungen.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Give up when no client comes.</source>
        <translation>Aufgeben, wenn kein Client kommt.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>listen needs exactly one PORT</source>
        <translation>listen erwartet genau einen PORT</translation>
    </message>
    <message>
        <source>--backlog needs a count from 1 to 65535</source>
        <translation>--backlog erwartet eine Anzahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo und --discard schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Resend the outgoing side of a transcript&apos;s first connection to HOST PORT.</source>
        <translation>Die ausgehende Seite der ersten Verbindung eines Mitschnitts erneut an HOST PORT senden.</translation>
    </message>
    <message>
        <source>original or fast.</source>
        <translation>original oder fast.</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>A .pcapng or .jsonl transcript.</source>
        <translation>Ein Mitschnitt im Format .pcapng oder .jsonl.</translation>
    </message>
    <message>
        <source>replay needs FILE, HOST and PORT</source>
        <translation>replay erwartet FILE, HOST und PORT</translation>
    </message>
    <message>
        <source>--pace needs original or fast, not &apos;%1&apos;</source>
        <translation>--pace erwartet original oder fast, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Connect to HOST PORT and play a scripted SocketStream conversation.</source>
        <translation>Mit HOST PORT verbinden und ein SocketStream-Gespräch nach Skript abspielen.</translation>
    </message>
    <message>
        <source>How long each read may wait (0: without limit).</source>
        <translation>Wie lange jeder Lesevorgang warten darf (0: ohne Begrenzung).</translation>
    </message>
    <message>
        <source>fail or return.</source>
        <translation>fail oder return.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>lines or raw.</source>
        <translation>lines oder raw.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>read needs HOST, PORT and at least one STEP</source>
        <translation>read erwartet HOST, PORT und mindestens einen STEP</translation>
    </message>
    <message>
        <source>--on-timeout needs fail or return, not &apos;%1&apos;</source>
        <translation>--on-timeout erwartet fail oder return, nicht „%1“</translation>
    </message>
    <message>
        <source>--show needs lines or raw, not &apos;%1&apos;</source>
        <translation>--show erwartet lines oder raw, nicht „%1“</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>warning: listening on %1 is reachable from the network, not only from this computer</source>
        <translation>Warnung: Das Lauschen auf %1 ist aus dem Netzwerk erreichbar, nicht nur von diesem Rechner</translation>
    </message>
    <message>
        <source>--lang needs one of %1, not &apos;%2&apos;</source>
        <translation>--lang erwartet eine von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the command %1 must come first: sockbench %1 ...</source>
        <translation>der Befehl %1 muss zuerst kommen: sockbench %1 ...</translation>
    </message>
    <message>
        <source>Wait for one client on PORT and replay to it.</source>
        <translation>Auf PORT auf einen Client warten und ihm abspielen.</translation>
    </message>
    <message>
        <source>replay --listen needs FILE and PORT</source>
        <translation>replay --listen braucht FILE und PORT</translation>
    </message>
    <message>
        <source>--bind goes with --listen</source>
        <translation>--bind gehört zu --listen</translation>
    </message>
    <message>
        <source>replay --listen takes FILE and PORT, no HOST</source>
        <translation>replay --listen nimmt FILE und PORT, keinen HOST</translation>
    </message>
    <message>
        <source>  --crlf                   a line from standard input ends in CR LF
</source>
        <translation>  --crlf                   eine Zeile der Standardeingabe endet mit CR LF
</translation>
    </message>
    <message>
        <source>Usage: sockbench connect [OPTION...] HOST PORT
Like nc HOST PORT: standard input to the peer, the peer to standard output. HOST is a name or an
IPv4 or IPv6 address ([::1] as well); PORT is 1-65535 or a service name such as http.

Options:
</source>
        <translation>Aufruf: sockbench connect [OPTION...] HOST PORT
Wie nc HOST PORT: Standardeingabe zur Gegenstelle, Gegenstelle zur Standardausgabe. HOST ist ein Name
oder eine IPv4- oder IPv6-Adresse (auch [::1]); PORT ist 1-65535 oder ein Dienstname wie http.

Optionen:
</translation>
    </message>
    <message>
        <source>
A bad step is a usage error, before connecting. After the last step, read closes and exits 0.

</source>
        <translation>
Ein ungültiger Schritt ist ein Aufruffehler, noch vor dem Verbinden. Nach dem letzten Schritt schließt
read und endet mit Exit-Status 0.

</translation>
    </message>
    <message>
        <source>Try &apos;sockbench --help&apos; for more information.</source>
        <translation>Mit „sockbench --help“ erhalten Sie weitere Informationen.</translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation>unerwartetes zusätzliches Argument „%1“</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds, not &apos;%2&apos;</source>
        <translation>%1 erwartet eine Anzahl Sekunden, nicht „%2“</translation>
    </message>
    <message>
        <source>A line from standard input ends in CR LF.</source>
        <translation>Eine Zeile der Standardeingabe endet mit CR LF.</translation>
    </message>
    <message>
        <source>Close a connection idle this long.</source>
        <translation>Eine Verbindung schließen, die so lange untätig ist.</translation>
    </message>
    <message>
        <source>Give up connecting after this long (0: without limit).</source>
        <translation>Den Verbindungsaufbau nach dieser Zeit aufgeben (0: ohne Grenze).</translation>
    </message>
    <message>
        <source>Lifecycle events on standard error.</source>
        <translation>Verbindungsereignisse auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Every traffic event on standard error.</source>
        <translation>Jedes Verkehrsereignis auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Record to this file as it goes.</source>
        <translation>Laufend in diese Datei mitschneiden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--transcript needs a file ending in .pcapng, .jsonl, .txt or .hex, not &apos;%1&apos;</source>
        <translation>--transcript erwartet eine Datei mit der Endung .pcapng, .jsonl, .txt oder .hex, nicht „%1“</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not &apos;%1&apos;</source>
        <translation>--bind erwartet eine IP-Adresse wie 127.0.0.1, ::1, 0.0.0.0 oder ::, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 needs a size from 1 byte to %2, such as 512K or 16M, not &apos;%3&apos;</source>
        <translation>%1 braucht eine Größe von 1 Byte bis %2, etwa 512K oder 16M, nicht „%3“</translation>
    </message>
    <message>
        <source>The longest line or upto read.</source>
        <translation>Das längste Lesen mit line oder upto.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>Nur IPv4.</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>Nur IPv6.</translation>
    </message>
    <message>
        <source>The most payload bytes the transcript keeps.</source>
        <translation>Höchstzahl an Nutzdaten-Bytes, die der Mitschnitt behält.</translation>
    </message>
    <message>
        <source>At the capture limit: stop-capturing.</source>
        <translation>An der Grenze der Aufzeichnung: stop-capturing.</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 und -6 schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--limit-policy drop-oldest is the window&apos;s: a transcript is written front to back (and read by tshark as it grows), so its oldest payloads cannot be dropped; at the limit the command line stops capturing payloads (stop-capturing)</source>
        <translation>--limit-policy drop-oldest gibt es nur im Fenster: Ein Mitschnitt wird von vorn nach hinten geschrieben (und von tshark gelesen, während er wächst), daher können seine ältesten Nutzdaten nicht verworfen werden; an der Grenze zeichnet die Befehlszeile keine Nutzdaten mehr auf (stop-capturing)</translation>
    </message>
    <message>
        <source>--limit-policy needs stop-capturing, not &apos;%1&apos;</source>
        <translation>--limit-policy erwartet stop-capturing, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 bounds what --transcript keeps: give --transcript FILE too</source>
        <translation>%1 begrenzt, was --transcript behält: geben Sie auch --transcript FILE an</translation>
    </message>
    <message>
        <source>-4: %1 is not an IPv4 address</source>
        <translation>-4: %1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>-6: %1 is not an IPv6 address</source>
        <translation>-6: %1 ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>Answer TEXT followed by what came.</source>
        <translation>Mit TEXT und dem Angekommenen antworten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Answer each line, not each chunk.</source>
        <translation>Jede Zeile beantworten, nicht jeden Block.</translation>
    </message>
    <message>
        <source>Close a connection after its first answer.</source>
        <translation>Eine Verbindung nach ihrer ersten Antwort schließen.</translation>
    </message>
    <message>
        <source>Send TEXT to each client accepted.</source>
        <translation>TEXT an jeden angenommenen Client senden.</translation>
    </message>
    <message>
        <source>--echo-prefix needs a TEXT; --echo answers what came alone</source>
        <translation>--echo-prefix erwartet einen TEXT; --echo antwortet nur mit dem Angekommenen</translation>
    </message>
    <message>
        <source>--echo-prefix and --discard exclude each other</source>
        <translation>--echo-prefix und --discard schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--greet needs a TEXT</source>
        <translation>--greet erwartet einen TEXT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show each read as a byte array, #[65 66 67].</source>
        <translation>Jeden Lesevorgang als Byte-Array zeigen, #[65 66 67].</translation>
    </message>
    <message>
        <source>A line read needs CR LF, as Pharo&apos;s nextLine.</source>
        <translation>Eine gelesene Zeile braucht CR LF, wie nextLine in Pharo.</translation>
    </message>
    <message>
        <source>Wait for one client on PORT and play the steps to it.</source>
        <translation>Auf PORT auf einen Client warten und ihm die Schritte vorspielen.</translation>
    </message>
    <message>
        <source>send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close or starttls.</source>
        <translation>send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close oder starttls.</translation>
    </message>
    <message>
        <source>read --listen needs PORT and at least one STEP</source>
        <translation>read --listen erwartet PORT und mindestens einen STEP</translation>
    </message>
    <message>
        <source>--tls speaks TLS from the start; a starttls step starts it later</source>
        <translation>--tls spricht TLS von Anfang an; ein starttls-Schritt startet es später</translation>
    </message>
    <message>
        <source>--crlf does not apply to read; end a send: step with \r\n, or use command:TEXT</source>
        <translation>--crlf gilt nicht für read; beenden Sie einen send:-Schritt mit \r\n oder verwenden Sie command:TEXT</translation>
    </message>
    <message>
        <source>--%1 goes with --listen</source>
        <translation>--%1 gehört zu --listen</translation>
    </message>
    <message>
        <source>capture limit %1 reached: later payloads are not kept in %2</source>
        <translation>Grenze der Aufzeichnung %1 erreicht: spätere Nutzdaten werden nicht in %2 behalten</translation>
    </message>
    <message>
        <source>--pass: the environment variable &apos;%1&apos; is not set</source>
        <translation>--pass: Die Umgebungsvariable „%1“ ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--pass: cannot read %1: %2</source>
        <translation>--pass: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--pass needs pass:TEXT, env:VARIABLE or file:PATH, not &apos;%1&apos;</source>
        <translation>--pass erwartet pass:TEXT, env:VARIABLE oder file:PATH, nicht „%1“</translation>
    </message>
    <message>
        <source>Speak TLS.</source>
        <translation>TLS sprechen.</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM file.</source>
        <translation>Den CAs in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Our certificate (PEM).</source>
        <translation>Unser Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>Our private key (PEM).</source>
        <translation>Unser privater Schlüssel (PEM).</translation>
    </message>
    <message>
        <source>The key&apos;s pass phrase: pass:TEXT, env:VAR, file:PATH.</source>
        <translation>Die Passphrase des Schlüssels: pass:TEXT, env:VAR, file:PATH.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>ALPN protocols, comma-separated.</source>
        <translation>ALPN-Protokolle, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Oldest TLS version: 1.2 or 1.3.</source>
        <translation>Älteste TLS-Version: 1.2 oder 1.3.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate.</source>
        <translation>Das Zertifikat des Servers nicht prüfen.</translation>
    </message>
    <message>
        <source>Name for SNI and verification.</source>
        <translation>Name für SNI und Prüfung.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Accept only the certificate with this SHA-256.</source>
        <translation>Nur das Zertifikat mit diesem SHA-256 annehmen.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ask clients for a certificate: request or require.</source>
        <translation>Clients nach einem Zertifikat fragen: request oder require.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>--%1 needs --tls</source>
        <translation>--%1 erwartet --tls</translation>
    </message>
    <message>
        <source>--alpn needs protocol names separated by commas, such as h2,http/1.1</source>
        <translation>--alpn erwartet durch Kommas getrennte Protokollnamen, etwa h2,http/1.1</translation>
    </message>
    <message>
        <source>--tls-min needs 1.2 or 1.3, not &apos;%1&apos;</source>
        <translation>--tls-min erwartet 1.2 oder 1.3, nicht „%1“</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hex digits, colons allowed), not &apos;%1&apos;</source>
        <translation>--pin erwartet einen SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt), nicht „%1“</translation>
    </message>
    <message>
        <source>--insecure verifies nothing: it excludes --pin and --ca</source>
        <translation>--insecure prüft nichts: Es schließt --pin und --ca aus</translation>
    </message>
    <message>
        <source>--client-cert needs request or require, not &apos;%1&apos;</source>
        <translation>--client-cert erwartet request oder require, nicht „%1“</translation>
    </message>
    <message>
        <source>UDP instead of TCP.</source>
        <translation>UDP statt TCP.</translation>
    </message>
    <message>
        <source>With -u: each chunk of input is a datagram, not each line.</source>
        <translation>Mit -u: Jeder Eingabeblock ist ein Datagramm, nicht jede Zeile.</translation>
    </message>
    <message>
        <source>With -u: join this multicast group.</source>
        <translation>Mit -u: Dieser Multicast-Gruppe beitreten.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>With --join: the interface to join it on.</source>
        <translation>Mit --join: die Schnittstelle für den Beitritt.</translation>
    </message>
    <message>
        <source>With -u: allow a broadcast destination.</source>
        <translation>Mit -u: ein Broadcast-Ziel erlauben.</translation>
    </message>
    <message>
        <source>--%1 is for UDP: add -u</source>
        <translation>--%1 ist für UDP: -u hinzufügen</translation>
    </message>
    <message>
        <source>--join needs a multicast address (224.0.0.0/4 or ff00::/8), not &apos;%1&apos;</source>
        <translation>--join erwartet eine Multicast-Adresse (224.0.0.0/4 oder ff00::/8), nicht „%1“</translation>
    </message>
    <message>
        <source>--interface needs --join</source>
        <translation>--interface erwartet --join</translation>
    </message>
    <message>
        <source>  --tls                    speak TLS; a client verifies the server against the system&apos;s CAs and HOST
  --ca FILE                trust the CAs in FILE (PEM) as well%1
  --cert FILE --key FILE   our certificate and key (PEM)%2
  --pass SOURCE            the key&apos;s pass phrase: pass:TEXT, env:VARIABLE or file:PATH
  --alpn LIST              ALPN protocols, comma-separated (h2,http/1.1)
  --tls-min 1.2|1.3        the oldest TLS version allowed (default 1.2)
</source>
        <translation>  --tls                    spricht TLS; ein Client prüft den Server gegen die CAs des Systems und HOST
  --ca FILE                vertraut zusätzlich den CAs in FILE (PEM)%1
  --cert FILE --key FILE   unser Zertifikat und Schlüssel (PEM)%2
  --pass SOURCE            die Passphrase des Schlüssels: pass:TEXT, env:VARIABLE oder file:PATH
  --alpn LIST              ALPN-Protokolle, durch Kommas getrennt (h2,http/1.1)
  --tls-min 1.2|1.3        die älteste erlaubte TLS-Version (Standard 1.2)
</translation>
    </message>
    <message>
        <source>; clients&apos; certificates verify against them</source>
        <translation>; die Zertifikate der Clients werden gegen sie geprüft</translation>
    </message>
    <message>
        <source>; without them, a self-signed one for localhost</source>
        <translation>; ohne sie ein selbstsigniertes für localhost</translation>
    </message>
    <message>
        <source>  --insecure               do not verify the server&apos;s certificate (warned; marked NOT VERIFIED)
  --servername NAME        the name sent as SNI and verified (default: HOST)
  --pin SHA256             accept only the certificate with this SHA-256 fingerprint
</source>
        <translation>  --insecure               prüft das Zertifikat des Servers nicht (mit Warnung; als NICHT GEPRÜFT
                           markiert)
  --servername NAME        der als SNI gesendete und geprüfte Name (Standard: HOST)
  --pin SHA256             nimmt nur das Zertifikat mit diesem SHA-256-Fingerabdruck an
</translation>
    </message>
    <message>
        <source>  --client-cert request|require  ask clients for a certificate; require refuses those without
</source>
        <translation>  --client-cert request|require  fragt Clients nach einem Zertifikat; require lehnt Clients ohne ab
</translation>
    </message>
    <message>
        <source>  -u, --udp                UDP, as nc -u: each line of standard input is one datagram, each datagram
                           received goes to standard output; UDP has no end: --idle-timeout ends it (0)
  --raw                    with -u: each chunk of standard input is one datagram, not each line
</source>
        <translation>  -u, --udp                UDP, wie nc -u: jede Zeile der Standardeingabe ist ein Datagramm, jedes
                           empfangene Datagramm geht zur Standardausgabe; UDP hat kein Ende: --idle-timeout
                           beendet es (0)
  --raw                    mit -u: jeder Block der Standardeingabe ist ein Datagramm, nicht jede Zeile
</translation>
    </message>
    <message>
        <source>  --join GROUP             with -u: join a multicast group (every address is bound unless --bind)
  --interface NAME         with --join: the interface to join it on
</source>
        <translation>  --join GROUP             mit -u: tritt einer Multicast-Gruppe bei (ohne --bind wird jede Adresse
                           gebunden)
  --interface NAME         mit --join: die Schnittstelle für den Beitritt
</translation>
    </message>
    <message>
        <source>  --broadcast              with -u: allow a broadcast destination
</source>
        <translation>  --broadcast              mit -u: erlaubt ein Broadcast-Ziel
</translation>
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
        <translation>Exit-Status:
  0    Erfolg
  1    anderer Fehler (ein --idle-timeout; read: die Gegenstelle schloss, bevor ein Leseschritt erfüllt war)
  2    Aufruffehler (unbekannte Option, fehlendes Argument, Port außerhalb des Bereichs)
  3    Host nicht gefunden
  4    Verbindung abgelehnt
  5    Zeitüberschreitung (Verbindungsaufbau, --accept-timeout oder ein Leseschritt)
  6    Netzwerk oder Host nicht erreichbar
  7    Adresse bereits in Verwendung
  8    Zugriff verweigert
  9    Adresse auf diesem Rechner nicht verfügbar
  10   Verbindung zurückgesetzt, oder ein Socket ist mitten in der Übertragung ausgefallen
  11   TLS: das Zertifikat der Gegenstelle wurde nicht bestätigt (abgelaufen, selbstsigniert, unbekannter
       Aussteller, falscher Name)
  12   TLS: der Handshake ist anders fehlgeschlagen (keine gemeinsame Version, ein Alert)
  13   der Mitschnitt enthält nicht alle Nutzdaten (--capture-limit oder die Reserve der Platte)
  130  unterbrochen (SIGINT oder SIGTERM)
</translation>
    </message>
    <message>
        <source>
At end of standard input, connect half-closes (the peer sees end of input) and keeps reading until
the peer closes. Every byte also goes through Sockbench&apos;s capture, as in the window.
TLS cannot half-close here: at end of input nothing is sent, and close_notify goes with the close.
With -u the socket is connected: a port nobody listens on ends it with connection refused (4).

</source>
        <translation>
Am Ende der Standardeingabe schließt connect halb (die Gegenstelle sieht das Ende der Eingabe) und liest
weiter, bis die Gegenstelle schließt. Jedes Byte läuft auch durch die Aufzeichnung von Sockbench,
wie im Fenster.
TLS kann hier nicht halb schließen: Am Ende der Eingabe wird nichts gesendet, und close_notify folgt
beim Schließen.
Mit -u ist der Socket verbunden: Ein Port, auf dem niemand lauscht, beendet ihn mit Verbindung abgelehnt (4).

</translation>
    </message>
    <message>
        <source>Answer each chunk (line) with TEMPLATE.</source>
        <translation>Jeden Block (jede Zeile) mit TEMPLATE beantworten.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Answer only what contains TEXT.</source>
        <translation>Nur beantworten, was TEXT enthält.</translation>
    </message>
    <message>
        <source>Answer only what matches REGEX.</source>
        <translation>Nur beantworten, worauf REGEX passt.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Answer only what contains these bytes.</source>
        <translation>Nur beantworten, was diese Bytes enthält.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Close a connection when nothing comes.</source>
        <translation>Eine Verbindung schließen, wenn nichts kommt.</translation>
    </message>
    <message>
        <source>--answer needs a TEMPLATE</source>
        <translation>--answer erwartet ein TEMPLATE</translation>
    </message>
    <message>
        <source>--answer and %1 exclude each other (--answer &apos;TEXT{{data}}&apos; is --echo-prefix TEXT)</source>
        <translation>--answer und %1 schließen sich aus (--answer &apos;TEXT{{data}}&apos; ist --echo-prefix TEXT)</translation>
    </message>
    <message>
        <source>%1 and --%2 exclude each other: one match</source>
        <translation>%1 und --%2 schließen sich aus: nur ein Treffermuster</translation>
    </message>
    <message>
        <source>--lines needs --echo or --echo-prefix (or --answer): it says what they answer</source>
        <translation>--lines erwartet --echo oder --echo-prefix (oder --answer): Es legt fest, worauf diese antworten</translation>
    </message>
    <message>
        <source>--once needs --echo or --echo-prefix (or --answer): it closes after the answer</source>
        <translation>--once erwartet --echo oder --echo-prefix (oder --answer): Es schließt nach der Antwort</translation>
    </message>
    <message>
        <source>%1 needs --answer, --echo-prefix or --echo: it says which chunks they answer</source>
        <translation>%1 erwartet --answer, --echo-prefix oder --echo: Es legt fest, welche Blöcke diese beantworten</translation>
    </message>
    <message>
        <source>--receive-timeout needs more than 0 seconds (without it, a connection waits for ever)</source>
        <translation>--receive-timeout erwartet mehr als 0 Sekunden (ohne die Option wartet eine Verbindung unbegrenzt)</translation>
    </message>
    <message>
        <source>UDP: each send and each read one datagram.</source>
        <translation>UDP: Jedes Senden und jedes Lesen ist ein Datagramm.</translation>
    </message>
    <message>
        <source>-u: sockbench does not speak TLS over UDP (DTLS)</source>
        <translation>-u: sockbench spricht kein TLS über UDP (DTLS)</translation>
    </message>
    <message>
        <source>--%1 is for line and upto, which read a byte stream; -u reads datagrams</source>
        <translation>--%1 ist für line und upto, die einen Bytestrom lesen; -u liest Datagramme</translation>
    </message>
    <message>
        <source>The conversation is UDP (the file says; -u refuses a TCP one).</source>
        <translation>Das Gespräch ist UDP (laut Datei; -u lehnt ein TCP-Gespräch ab).</translation>
    </message>
    <message>
        <source>%1 is for TCP: UDP has no connections to accept</source>
        <translation>%1 ist für TCP: UDP hat keine Verbindungen anzunehmen</translation>
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
        <translation>Aufruf: sockbench listen [OPTION...] [--bind ADDR] PORT
Wie nc -l: wartet auf ADDR:PORT auf einen Client (127.0.0.1 ohne --bind). PORT ist eine Zahl oder ein
Dienstname wie http; 0 wählt einen freien Port und gibt ihn auf der Standardfehlerausgabe aus.

Optionen:
  --bind ADDR              eine IPv4- oder IPv6-Adresse, auf der gelauscht wird; 0.0.0.0 oder :: lauscht auf
                           allen Schnittstellen (:: nimmt auch IPv4-Clients an)
  --keep-open, -k          bedient beliebig viele Clients gleichzeitig, bis zur Unterbrechung
  --echo                   sendet jedes Byte an seinen Absender zurück (die Standardeingabe wird nicht gelesen)
  --discard                liest und verwirft, was Clients senden (die Standardeingabe wird nicht gelesen)
  --echo-prefix TEXT       antwortet je Block mit TEXT und dem Angekommenen; das Angekommene wird auch
                           ausgegeben (die Standardeingabe wird nicht gelesen)
  --answer TEMPLATE        beantwortet jeden Block mit TEMPLATE ({{data}}: das Angekommene); das
                           Angekommene wird ausgegeben
  --on TEXT                beantwortet nur, was TEXT enthält (Escape-Sequenzen erlaubt)
  --on-regex REGEX         beantwortet nur, worauf REGEX passt (die Bytes als Latin-1 gelesen)
  --on-hex HEX             beantwortet nur, was diese Bytes enthält (de ad)
                           ein Treffermuster, mit --answer, --echo-prefix oder --echo
  --lines                  mit einer Antwort oder --echo: beantwortet jede Zeile, nicht jeden Block
  --once                   mit einer Antwort oder --echo: schließt eine Verbindung nach ihrer ersten Antwort
  --greet TEXT             sendet TEXT an jeden Client, sobald er angenommen ist
  --receive-timeout SECONDS  schließt eine Verbindung, wenn so lange nichts von ihr kam (was wir
                           senden, zählt nicht, anders als bei --idle-timeout)
  TEXT nimmt die Escape-Sequenzen \r \n \t \xHH und die Felder {{data}} {{counter}} {{time}}
  {{random:N}} {{sum8}} {{xor8}} {{crc16}} {{crc32}} (siehe docs/responses.md).
  --backlog N              Verbindungen, die auf Annahme warten dürfen (Standard: das Maximum des Kernels,
                           net.core.somaxconn)
  --accept-timeout SECONDS gibt auf (Exit-Status 5), wenn so lange kein Client kommt
</translation>
    </message>
    <message>
        <source>
With -u, listen answers the last peer heard: without --keep-open the first one heard is the only one.
The responses apply to each peer as it is first heard: each datagram a chunk, each answer one datagram.
</source>
        <translation>
Mit -u antwortet listen der zuletzt gehörten Gegenstelle: ohne --keep-open ist die zuerst gehörte die einzige.
Die Antworten gelten für jede Gegenstelle, sobald sie zuerst gehört wird: jedes Datagramm ein Block, jede
Antwort ein Datagramm.
</translation>
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
        <translation>Aufruf: sockbench replay [OPTION...] FILE HOST PORT
        sockbench replay --listen [--bind ADDR] [OPTION...] FILE PORT
Sendet die ausgehende Seite der ersten Verbindung aus FILE (ein .pcapng- oder .jsonl-Mitschnitt) erneut
an HOST PORT, mit --listen an den ersten Client, der auf ADDR:PORT kommt (127.0.0.1 ohne --bind; PORT 0
wählt einen freien Port). Danach schließt es halb und gibt aus, was die Gegenstelle bis zum Schließen
sendet.

Optionen:
  --pace original|fast     original (Standard) behält die Pausen zwischen den Ereignissen bei; fast sendet
                           so schnell, wie die Gegenstelle annimmt
  --listen                 wartet auf PORT auf einen Client und spielt ihm ab, statt sich zu verbinden
  --bind ADDR              mit --listen: die IPv4- oder IPv6-Adresse, auf der gelauscht wird
  -u, --udp                das Gespräch ist UDP (laut Datei; -u lehnt ein TCP-Gespräch ab)
</translation>
    </message>
    <message>
        <source>  --connect-timeout applies as a client only; the replay itself is recorded by --transcript.
A UDP conversation is resent datagram by datagram, with --listen to the first peer heard on PORT; the
command ends a quiet second after the last datagram.

</source>
        <translation>  --connect-timeout gilt nur als Client; --transcript schneidet die Wiedergabe selbst mit.
Ein UDP-Gespräch wird Datagramm für Datagramm erneut gesendet, mit --listen an die erste auf PORT gehörte
Gegenstelle; der Befehl endet eine ruhige Sekunde nach dem letzten Datagramm.

</translation>
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
        <translation>Aufruf: sockbench read [OPTION...] HOST PORT STEP...
        sockbench read --listen [--bind ADDR] [OPTION...] PORT STEP...
Verbindet sich mit HOST PORT und spielt ein geskriptetes SocketStream-Gespräch Schritt für Schritt ab;
mit --listen wartet es auf ADDR:PORT auf den ersten Client (127.0.0.1 ohne --bind; 0 wählt einen freien
Port) und spielt ihm die Schritte als Serverseite ab.

Die Schritte laufen der Reihe nach, jeder ein Argument (für die Shell in Anführungszeichen setzen):
  send:TEXT                sendet TEXT, mit den Escape-Sequenzen \r \n \t \0 \\ \xHH
  command:TEXT             sendet TEXT und dann CR LF (sendCommand: aus dem Kapitel)
  sendfile:PATH:N          sendet die Datei in Blöcken zu N Bytes, je ein Senden, der letzte mit Nullen aufgefüllt
  line                     liest eine Zeile, die mit LF oder CR LF endet (ohne ihr Ende gezeigt)
  next:N                   liest genau N Bytes
  upto:DELIM               liest bis DELIM (Escape-Sequenzen wie bei send:); DELIM wird verbraucht, nicht gezeigt
  end                      liest alles, bis die Gegenstelle schließt
  receive                  liest ein Stück und wartet darauf bis zum Timeout (receiveData)
  available                liest, was angekommen ist, ohne zu warten; vielleicht nichts (receiveAvailableData)
  while-available:next:N   wartet 100 ms, liest dann N Bytes, solange Daten verfügbar sind, je eine Zeile
  close                    schließt unsere Seite halb (die Gegenstelle sieht das Ende der Eingabe); das Lesen geht weiter
  starttls                 ab hier TLS, auf derselben Verbindung, mit den TLS-Optionen (nicht --tls)

Optionen:
  --timeout SECONDS        wie lange jedes Lesen warten darf (Standard 10; 0: ohne Grenze; bei Pharo 45)
  --max-line SIZE          die längste von line: oder upto: gelesene Zeile, ohne ihr Ende (Standard 16M; K, M, G)
  --crlf-lines             line erwartet CR LF, wie nextLine von Pharo; ein einzelnes LF bleibt in der Zeile
  --on-timeout fail|return ein Lesen, das in eine Zeitüberschreitung läuft oder dessen Gegenstelle zuerst schließt:
                           fail (Standard) hält mit einer Zeile auf der Standardfehlerausgabe an, Exit-Status 5
                           (Zeitüberschreitung) oder 1 (Gegenstelle geschlossen); return zeigt, was kam, und
                           macht mit dem nächsten Schritt weiter
  --show lines|raw         lines (Standard): eine Zeile je Lesen, der Schritt, ein Doppelpunkt und die Bytes in
                           doppelten Anführungszeichen, maskiert, wie send: sie liest (line: &quot;HTTP/1.0 200 OK&quot;),
                           dann &quot; (timed out)&quot; oder &quot; (peer closed)&quot; bei einem zu kurzen Lesen; raw: was jedes
                           Lesen liefert, ohne Zusatz
  --binary                 jedes Lesen als Byte-Array des Kapitels, #[65 66 67], statt als Text
  --listen                 wartet auf PORT auf einen Client und spielt ihm die Schritte ab (kein HOST)
  --bind ADDR              mit --listen: die IPv4- oder IPv6-Adresse, auf der gelauscht wird
  --accept-timeout SECONDS mit --listen: gibt auf (Exit-Status 5), wenn so lange kein Client kommt
  -u, --udp                über UDP: jedes Senden ein Datagramm, jedes Lesen ein ganzes Datagramm: receive
                           wartet auf eines, available nimmt eines, falls da, while-available (ohne next:N)
                           alles Angekommene; line, next, upto, end, close und starttls gelten nicht
</translation>
    </message>
    <message>
        <source>capture: %1 events, %2 index rows kept, %3 payload bytes</source>
        <translation>Aufzeichnung: %1 Ereignisse, %2 Indexzeilen behalten, %3 Bytes Nutzdaten</translation>
    </message>
    <message>
        <source>Try &apos;sockbench %1 --help&apos; for more information.</source>
        <translation>Mit „sockbench %1 --help“ erhalten Sie weitere Informationen.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
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
        <translation>  --idle-timeout SECONDS   schließt eine Verbindung, wenn so lange nichts über sie läuft
  --connect-timeout SECONDS  gibt den Verbindungsaufbau nach dieser Zeit auf (Standard 10; 0: ohne Grenze)
  -4, -6                   nur IPv4 oder IPv6 (ein Name wird in dieser Familie aufgelöst; listen -6: auf ::1)
  --verbose, -v            Verbindungsereignisse (lauscht, verbunden, geschlossen...) auf der
                           Standardfehlerausgabe
  --log                    jeder Verkehrsblock auf der Standardfehlerausgabe: Zeit, Verbindung, Richtung,
                           Größe, Hexdump
  --transcript FILE        schneidet alles laufend in FILE mit; die Endung bestimmt das Format:
                           .pcapng (Wireshark liest es; verlustfrei), .jsonl (verlustfrei), .txt, .hex.
                           Nach einem Absturz oder kill -9 enthält FILE alles außer den letzten ~200 ms.
  --capture-limit SIZE     die meisten Nutzdaten-Bytes, die FILE behält (512M, 4G; Standard: das Kleinere
                           von 4 GiB und einem Viertel des dort freien Platzes). Darüber hinaus und unter der
                           Reserve der Platte (5 % davon, 16 MiB bis 1 GiB, bleiben frei) werden Ereignisse
                           weiter aufgezeichnet, ihre Nutzdaten als nicht behalten markiert; das wird einmal
                           gemeldet, und der Exit-Status ist 13
  --limit-policy stop-capturing  was an der Grenze geschieht (drop-oldest gibt es nur im Fenster)
  -h, --help               gibt diese Hilfe aus
</translation>
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
        <translation>Aufruf: sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]
Die Befehlszeile von netcat-openbsd über den Sitzungen und der Aufzeichnung von Sockbench:
  sockbench nc HOST PORT          verbinden (HOST:PORT auch in einem Wort; PORT eine Zahl oder ein Dienstname)
  sockbench nc -l [-p] PORT       auf einen Client warten (-k: beliebig viele)
  sockbench nc -z HOST PORT...    Scan: welche Ports eine Verbindung annehmen (Bereiche wie 20-30)

Optionen, wie netcat sie nimmt (gruppiert wie -lvk, der Wert von -p -q -s -w folgend oder angehängt):
  -4, -6       nur IPv4 oder IPv6
  -C           eine Zeile der Standardeingabe endet mit CR LF
  -k           mit -l: weiter lauschen; hier werden Clients gleichzeitig bedient, nicht nacheinander
  -l           lauschen, auf 127.0.0.1 (::1 mit -6), sofern -s oder ein HOST keine Adresse nennt:
               anders als netcat, das alle Schnittstellen nimmt (dafür -s 0.0.0.0 oder -s ::).
               Wie bei netcat endet eine Verbindung, wenn ihr Client halb schließt (nc -N)
  -N           halb schließen (die Gegenstelle sieht das Ende der Eingabe) am Ende der Standardeingabe;
               ohne -N bleibt die Verbindung offen, bis die Gegenstelle sie schließt, oder -q
  -n           keine Namensauflösung: HOST ist eine IP-Adresse; -z -v nennt keinen Dienst
  -p PORT      mit -l: der Port, auf dem gelauscht wird
  -q SECONDS   so lange nach dem Ende der Standardeingabe beenden (0: sofort; negativ: nie)
  -s ADDRESS   mit -l: die Adresse, auf der gelauscht wird (:: nimmt auch IPv4-Clients an)
  -u           UDP, über die Sitzungen von connect -u und listen -u: jedes Lesen der Standardeingabe ein
               Datagramm, wie netcat es sendet; -l hört die erste Gegenstelle (-k: jede Gegenstelle, die
               Standardeingabe an die zuletzt gehörte); -N bewirkt hier nichts.
               Ein abgelehnter Port beendet es mit 1 und meldet das (netcat schweigt, und 0 ohne -v);
               -u -z (ein UDP-Scan) wird nicht angenommen
  -v           Verbindungsereignisse auf der Standardfehlerausgabe; mit -z eine Zeile je Port, wie bei netcat
  -w SECONDS   gibt den Verbindungsaufbau nach dieser Zeit auf und beendet eine so lange untätige Verbindung
  -z           mit jedem Port verbinden und schließen, ohne etwas zu senden
  -h, --help   gibt diese Hilfe aus
-s und -p eines Clients (sein lokales Ende) werden noch nicht angenommen. Die eigenen Optionen von
sockbench --transcript FILE, --log, --capture-limit SIZE, --limit-policy, --idle-timeout und
--connect-timeout wirken hier wie bei connect.

Exit-Status, wie bei netcat: 0 Erfolg (-z: mindestens ein Port hat angenommen), 1 jeder Fehler (auch eine
falsche Option; die feineren Status der anderen Befehle werden alle zu 1), 130 unterbrochen.
</translation>
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
        <translation>Aufruf: sockbench transcript show FILE [--format text|hex|jsonl|pcapng]
        sockbench transcript convert IN OUT
        sockbench transcript convert IN - --format text|hex|jsonl|pcapng
show gibt einen Mitschnitt auf der Standardausgabe aus (als Text, sofern --format nichts anderes angibt);
convert schreibt IN nach OUT, dessen Endung das Format bestimmt: .pcapng, .jsonl, .txt oder .hex; bei der
Standardausgabe (-) nennt --format es. FILE oder IN - ist die Standardeingabe.

Mitschnitte werden aus .pcapng, klassischem .pcap und .jsonl geöffnet (das Format wird am Inhalt erkannt).
Eine Aufzeichnung, die nicht von Sockbench stammt, wird aus ihren TCP-Paketen rekonstruiert, eine Verbindung
je Adress- und Portpaar. Bei einer abgeschnittenen oder beschädigten Datei wird verwendet, was gelesen werden
konnte; eine Zeile auf der Standardfehlerausgabe nennt die Bruchstelle, und der Exit-Status ist 1.

Optionen:
  --format FORMAT          Ausgabe von show oder von convert auf die Standardausgabe: text (Standard bei show),
                           hex, jsonl oder pcapng
  -h, --help               gibt diese Hilfe aus

Exit-Status:
  0    Erfolg
  1    eine Datei konnte nicht gelesen oder geschrieben werden oder ist abgeschnitten oder beschädigt;
       das Schreiben auf die Standardausgabe ist fehlgeschlagen
  2    Aufruffehler (unbekannte Option, fehlendes Argument, ein unbekanntes Format)
</translation>
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
        <translation>Aufruf:
  sockbench [FILE...]               öffnet das Fenster der Werkbank (und Mitschnitte, schreibgeschützt)
      --server PORT                 ... mit einem Server auf 127.0.0.1:PORT (0: ein freier Port)
      --client HOST:PORT            ... mit einem mit HOST:PORT verbundenen Client
      --demo                        ... mit der Demo: ein Echo-Server und ein Client
      --lang fr|de|en               ... in dieser Sprache (Standard: die des Systems)
  sockbench connect HOST PORT       wie nc HOST PORT: Standardeingabe zur Gegenstelle, Gegenstelle zur
                                    Standardausgabe
  sockbench listen [--bind ADDR] PORT
                                    wie nc -l: wartet auf ADDR:PORT auf einen Client (127.0.0.1 ohne --bind)
  sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]
                                    die eigenen Optionen von netcat über denselben Sitzungen
                                    (sockbench nc --help)
  sockbench transcript show FILE [--format text|hex|jsonl|pcapng]
                                    gibt einen Mitschnitt (.pcapng, .pcap oder .jsonl) auf der Standardausgabe aus
  sockbench transcript convert IN OUT
                                    wandelt einen Mitschnitt um; die Endung von OUT bestimmt das Format (OUT -:
                                    Standardausgabe, mit --format text|hex|jsonl|pcapng)
  sockbench replay FILE HOST PORT [--pace original|fast]
                                    sendet die ausgehende Seite der ersten Verbindung aus FILE erneut an
                                    HOST PORT
  sockbench replay --listen [--bind ADDR] FILE PORT [--pace original|fast]
                                    dasselbe als Server: wartet auf ADDR:PORT auf einen Client, spielt ihm ab
  sockbench read HOST PORT STEP... [--timeout SECONDS] [--on-timeout fail|return] [--show lines|raw]
                                    verbindet sich und spielt ein geskriptetes SocketStream-Gespräch Schritt für
                                    Schritt ab
  sockbench read --listen [--bind ADDR] PORT STEP...
                                    dasselbe als Serverseite, für den ersten Client
  sockbench --version               gibt die Version aus
  sockbench COMMAND -h, --help      jede Option von COMMAND mit ihren Details (auch: sockbench help COMMAND)

connect und listen (die meisten auch für read und replay):
  --crlf                   eine Zeile der Standardeingabe endet mit CR LF
  --idle-timeout SECONDS   schließt eine Verbindung, wenn so lange nichts über sie läuft
  --connect-timeout SECONDS  gibt den Verbindungsaufbau nach dieser Zeit auf (Standard 10; 0: ohne Grenze)
  -4, -6                   nur IPv4 oder IPv6 (listen -6 lauscht auf ::1)
  --verbose, -v            Verbindungsereignisse (lauscht, verbunden, geschlossen...) auf der
                           Standardfehlerausgabe
  --log                    jeder Verkehrsblock auf der Standardfehlerausgabe: Zeit, Verbindung, Richtung,
                           Größe, Hexdump
  --transcript FILE        schneidet alles laufend in FILE mit; die Endung bestimmt das Format:
                           .pcapng (Wireshark liest es; verlustfrei), .jsonl (verlustfrei), .txt, .hex.
                           Nach einem Absturz oder kill -9 enthält FILE alles außer den letzten ~200 ms.
  --capture-limit SIZE     die meisten Nutzdaten-Bytes, die FILE behält (512M, 4G; Standard: das Kleinere
                           von 4 GiB und einem Viertel des dort freien Platzes). Darüber hinaus und unter der
                           Reserve der Platte (5 % davon, 16 MiB bis 1 GiB, bleiben frei) werden Ereignisse
                           weiter aufgezeichnet, ihre Nutzdaten als nicht behalten markiert; das wird einmal
                           gemeldet, und der Exit-Status ist 13
  --limit-policy stop-capturing  was an der Grenze geschieht (drop-oldest gibt es nur im Fenster)
  -u, --udp                UDP, wie nc -u: jede Zeile der Standardeingabe ein Datagramm (--raw: jeder Block);
                           connect: --broadcast erlaubt eine Broadcast-Adresse; listen: --join GROUP tritt
                           einer Multicast-Gruppe bei, auf --interface NAME
  --tls                    spricht TLS; ein Client prüft den Server gegen die CAs des Systems und HOST.
                           --ca FILE (vertraut auch diesen CAs), --cert FILE --key FILE (unser Zertifikat),
                           --pass SOURCE (Passphrase des Schlüssels: pass:TEXT, env:VARIABLE, file:PATH),
                           --alpn LIST, --tls-min 1.2|1.3; beim Client --insecure, --servername NAME,
                           --pin SHA256; beim Server --client-cert request|require
nur listen:
  --bind ADDR              Adresse, auf der gelauscht wird; 0.0.0.0 oder :: lauscht auf allen Schnittstellen
                           (:: nimmt auch IPv4-Clients an)
  --keep-open, -k          bedient beliebig viele Clients gleichzeitig, bis zur Unterbrechung
  --echo                   sendet jedes Byte an seinen Absender zurück (die Standardeingabe wird nicht gelesen)
  --discard                liest und verwirft, was Clients senden (die Standardeingabe wird nicht gelesen)
  --echo-prefix TEXT       antwortet je Block mit TEXT und dem Angekommenen; --lines: je Zeile
  --answer TEMPLATE        beantwortet jeden Block (jede Zeile) mit TEMPLATE; --on TEXT, --on-regex REGEX oder
                           --on-hex HEX: nur, was passt
  --once                   schließt eine Verbindung nach ihrer ersten Antwort
  --greet TEXT             sendet TEXT (Escape-Sequenzen und Felder erlaubt) an jeden angenommenen Client
  --receive-timeout SECONDS  schließt eine Verbindung, wenn so lange nichts von ihr kam
  --backlog N              Verbindungen, die auf Annahme warten dürfen (Standard: das Maximum des Kernels,
                           net.core.somaxconn)
  --accept-timeout SECONDS gibt auf (Exit-Status 5), wenn so lange kein Client kommt
  PORT ist eine Zahl oder ein Dienstname (listen http); 0 wählt einen freien Port und gibt ihn auf der
  Standardfehlerausgabe aus.

transcript und replay:
  Mitschnitte werden aus .pcapng, klassischem .pcap und .jsonl geöffnet (das Format wird am Inhalt erkannt).
  Eine Aufzeichnung, die nicht Sockbench geschrieben hat, wird aus ihren TCP-Paketen rekonstruiert, eine
  Verbindung je Adress- und Portpaar.
  Eine abgeschnittene oder beschädigte Datei: Was gelesen werden konnte, wird verwendet, eine Zeile auf der
  Standardfehlerausgabe nennt die Bruchstelle, und der Exit-Status ist 1. replay läuft als Client oder mit
  --listen als Server für den ersten Client (--bind ADDR wie bei listen): --pace original (Standard) behält
  die Pausen zwischen den Ereignissen bei, --pace fast sendet so schnell, wie die Gegenstelle annimmt; danach
  schließt es halb, gibt aus, was die Gegenstelle bis zum Schließen sendet, und nimmt --idle-timeout,
  --verbose, --log, --transcript (die Wiedergabe selbst wird mitgeschnitten) und, als Client,
  --connect-timeout an.

read:
  Die Schritte laufen der Reihe nach, jeder ein Argument (für die Shell in Anführungszeichen setzen):
    send:TEXT              sendet TEXT, mit den Escape-Sequenzen \r \n \t \0 \\ \xHH
    command:TEXT           sendet TEXT und dann CR LF (sendCommand: aus dem Kapitel)
    sendfile:PATH:N        sendet die Datei in Blöcken zu N Bytes, je ein Senden, der letzte mit Nullen aufgefüllt
    line                   liest eine Zeile, die mit LF oder CR LF endet (ohne ihr Ende gezeigt)
    next:N                 liest genau N Bytes
    upto:DELIM             liest bis DELIM (Escape-Sequenzen wie bei send:); DELIM wird verbraucht, nicht gezeigt
    end                    liest alles, bis die Gegenstelle schließt
    receive                liest ein Stück und wartet darauf bis zum Timeout (receiveData)
    available              liest, was angekommen ist, ohne zu warten; vielleicht nichts (receiveAvailableData)
    while-available:next:N wartet 100 ms, liest dann N Bytes, solange Daten verfügbar sind, je eine Zeile
    close                  schließt unsere Seite halb (die Gegenstelle sieht das Ende der Eingabe); das Lesen
                           geht weiter
    starttls               ab hier TLS, auf derselben Verbindung, mit den TLS-Optionen (nicht --tls)
  --timeout SECONDS        wie lange jedes Lesen warten darf (Standard 10; 0: ohne Grenze; bei Pharo 45)
  --max-line SIZE          die längste von line: oder upto: gelesene Zeile, ohne ihr Ende (Standard 16M; K, M, G)
  --crlf-lines             line erwartet CR LF, wie nextLine von Pharo; ein einzelnes LF bleibt in der Zeile
  --binary                 jedes Lesen als Byte-Array des Kapitels, #[65 66 67], statt als Text
  --listen [--bind ADDR] [--accept-timeout SECONDS]
                           wartet auf PORT auf einen Client (kein HOST) und spielt ihm die Schritte ab
  -u, --udp                über UDP: jedes Lesen ein ganzes Datagramm (receive, available, while-available)
  --on-timeout fail|return ein Lesen, das in eine Zeitüberschreitung läuft oder dessen Gegenstelle zuerst schließt:
                           fail (Standard) hält mit einer Zeile auf der Standardfehlerausgabe an, Exit-Status 5
                           (Zeitüberschreitung) oder 1 (Gegenstelle geschlossen); return zeigt, was kam, und
                           macht mit dem nächsten Schritt weiter
  --show lines|raw         lines (Standard): eine Zeile je Lesen, der Schritt, ein Doppelpunkt und die Bytes in
                           doppelten Anführungszeichen, maskiert, wie send: sie liest (line: &quot;HTTP/1.0 200 OK&quot;),
                           dann &quot; (timed out)&quot; oder &quot; (peer closed)&quot; bei einem zu kurzen Lesen; raw: was jedes
                           Lesen liefert, ohne Zusatz (line: und upto: lassen das Zeilenende und das
                           Trennzeichen weg, wie nextLine und upTo: aus dem Kapitel)
  --connect-timeout, --idle-timeout, --verbose, --log und --transcript wie bei connect.
  Ein falscher Schritt ist ein Aufruffehler, vor dem Verbindungsaufbau. Nach dem letzten Schritt schließt read
  und endet mit 0.

Am Ende der Standardeingabe schließt connect halb (die Gegenstelle sieht das Ende der Eingabe) und liest
weiter, bis die Gegenstelle schließt. Jedes Byte läuft auch durch die Aufzeichnung von Sockbench,
wie im Fenster.

</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--client: &apos;%1&apos; reads as an IPv6 address without a port; write the address in brackets: [%2]:%3</source>
        <translation>--client: „%1“ wird als IPv6-Adresse ohne Port gelesen; schreiben Sie die Adresse in eckigen Klammern: [%2]:%3</translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation>--client: %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ConnectCommand</name>
    <message>
        <source>standard input: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::EventPrinter</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>received 1 byte</source>
        <translation>1 Byte empfangen</translation>
    </message>
    <message>
        <source>sent 1 byte</source>
        <translation>1 Byte gesendet</translation>
    </message>
    <message>
        <source>received %1 bytes</source>
        <translation>%1 Bytes empfangen</translation>
    </message>
    <message>
        <source>sent %1 bytes</source>
        <translation>%1 Bytes gesendet</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ListenCommand</name>
    <message>
        <source>standard input: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation>innerhalb von %1 s kam kein Client</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation>Echo-Server</translation>
    </message>
    <message>
        <source>Prefix echo server</source>
        <translation>Echo-Server mit Präfix</translation>
    </message>
    <message>
        <source>Discard server</source>
        <translation>Verwerfender Server</translation>
    </message>
    <message>
        <source>Responding server</source>
        <translation>Antwortender Server</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::NcCommand</name>
    <message>
        <source>Try &apos;sockbench nc --help&apos; for more information.</source>
        <translation>Mit „sockbench nc --help“ erhalten Sie weitere Informationen.</translation>
    </message>
    <message>
        <source>-n: &apos;%1&apos; is not an IP address (with -n no name is looked up)</source>
        <translation>-n: „%1“ ist keine IP-Adresse (mit -n wird kein Name aufgelöst)</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>-%1 is a netcat flag sockbench nc does not take (it takes -4 -6 -C -k -l -N -n -p -q -s -u -v -w -z)</source>
        <translation>-%1 ist eine netcat-Option, die sockbench nc nicht annimmt (es nimmt -4 -6 -C -k -l -N -n -p -q -s -u -v -w -z)</translation>
    </message>
    <message>
        <source>invalid option -- &apos;%1&apos;</source>
        <translation>ungültige Option -- „%1“</translation>
    </message>
    <message>
        <source>option requires an argument -- &apos;%1&apos;</source>
        <translation>Option erfordert ein Argument -- „%1“</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 und -6 schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>-q needs a number of seconds (negative: never quit), not &apos;%1&apos;</source>
        <translation>-q erwartet eine Anzahl Sekunden (negativ: nie beenden), nicht „%1“</translation>
    </message>
    <message>
        <source>-l and -z exclude each other</source>
        <translation>-l und -z schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>must use -l with -k</source>
        <translation>-k erfordert -l</translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation>unerwartetes zusätzliches Argument „%1“</translation>
    </message>
    <message>
        <source>-l takes ADDRESS PORT or -s and -p, not both</source>
        <translation>-l nimmt ADDRESS PORT oder -s und -p, nicht beides</translation>
    </message>
    <message>
        <source>-l takes the port as -p PORT or as an argument, not both</source>
        <translation>-l nimmt den Port als -p PORT oder als Argument, nicht beides</translation>
    </message>
    <message>
        <source>-l needs a port: nc -l PORT or nc -l -p PORT</source>
        <translation>-l erwartet einen Port: nc -l PORT oder nc -l -p PORT</translation>
    </message>
    <message>
        <source>-l listens on an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not &apos;%1&apos;</source>
        <translation>-l lauscht auf einer IP-Adresse wie 127.0.0.1, ::1, 0.0.0.0 oder ::, nicht „%1“</translation>
    </message>
    <message>
        <source>-s and -p choose the local end of a connection, which sockbench does not bind yet; with -l they say where to listen</source>
        <translation>-s und -p wählen das lokale Ende einer Verbindung, das sockbench noch nicht bindet; mit -l geben sie an, wo gelauscht wird</translation>
    </message>
    <message>
        <source>missing hostname and port</source>
        <translation>Hostname und Port fehlen</translation>
    </message>
    <message>
        <source>missing port number</source>
        <translation>Portnummer fehlt</translation>
    </message>
    <message>
        <source>one port to connect to, not %1 (several, or a range, are for -z)</source>
        <translation>ein Port zum Verbinden, nicht %1 (mehrere oder ein Bereich sind für -z)</translation>
    </message>
    <message>
        <source>a range of ports is for -z; connect to one port</source>
        <translation>ein Portbereich ist für -z; verbinden Sie sich mit einem Port</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connect to %1 port %2 (tcp) failed: %3</source>
        <translation>Verbindung zu %1 Port %2 (tcp) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Connection to %1 %2 port [tcp/%3] succeeded!</source>
        <translation>Verbindung zu %1 %2 Port [tcp/%3] erfolgreich!</translation>
    </message>
    <message>
        <source>-u with -z (a UDP port scan) is not taken: -z scans TCP ports</source>
        <translation>-u mit -z (ein UDP-Portscan) wird nicht angenommen: -z scannt TCP-Ports</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ReadCommand</name>
    <message>
        <source>1 byte had arrived</source>
        <translation>1 Byte war angekommen</translation>
    </message>
    <message>
        <source>%1 bytes had arrived</source>
        <translation>%1 Bytes waren angekommen</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>%1 needs a value after a colon, as in %1:%2</source>
        <translation>%1 erwartet einen Wert nach einem Doppelpunkt, wie in %1:%2</translation>
    </message>
    <message>
        <source>next needs a number of bytes, not &apos;%1&apos;</source>
        <translation>next erwartet eine Anzahl Bytes, nicht „%1“</translation>
    </message>
    <message>
        <source>upto needs a delimiter, as in upto:;</source>
        <translation>upto erwartet ein Trennzeichen, wie in upto:;</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot send: %2</source>
        <translation>%1: Senden nicht möglich: %2</translation>
    </message>
    <message>
        <source>our side of the connection is closed</source>
        <translation>unsere Seite der Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>%1: timed out after %2 s; %3</source>
        <translation>%1: Zeitüberschreitung nach %2 s; %3</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>Gegenstelle hat geschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>timed out after %1 s sending the last bytes</source>
        <translation>Zeitüberschreitung nach %1 s beim Senden der letzten Bytes</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2; --max-line sets it (now %3)</source>
        <translation>%1: %2; --max-line setzt sie (jetzt %3)</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos;; the steps are send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close and starttls</source>
        <translation>unbekannter Schritt „%1“; die Schritte sind send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close und starttls</translation>
    </message>
    <message>
        <source>%1 needs a number of bytes from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 erwartet eine Anzahl Bytes von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>while-available needs the read to repeat, as in while-available:next:5, not &apos;%1&apos;</source>
        <translation>while-available erwartet den zu wiederholenden Lesevorgang, wie in while-available:next:5, nicht „%1“</translation>
    </message>
    <message>
        <source>sendfile needs a path and a chunk size, as in sendfile:song.mp3:3000, not &apos;%1&apos;</source>
        <translation>sendfile erwartet einen Pfad und eine Blockgröße, wie in sendfile:song.mp3:3000, nicht „%1“</translation>
    </message>
    <message>
        <source>no file &apos;%1&apos;</source>
        <translation>keine Datei „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>„%1“ ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: permission denied</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation>innerhalb von %1 s kam kein Client</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 arrived before TLS started; refusing to mix them with TLS</source>
        <translation>%1: %2 kamen an, bevor TLS begann; sie werden nicht mit TLS vermischt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 reads a byte stream; over UDP a read is one datagram, whole: use receive (waits for one) or available (takes one if it is there)</source>
        <translation>%1 liest einen Bytestrom; über UDP ist ein Lesen ein ganzes Datagramm: receive (wartet auf eines) oder available (nimmt eines, falls da) verwenden</translation>
    </message>
    <message>
        <source>close half-closes a TCP connection; UDP has no half-close (the last step ends it)</source>
        <translation>close schließt eine TCP-Verbindung halb; UDP kennt kein halbes Schließen (der letzte Schritt beendet es)</translation>
    </message>
    <message>
        <source>starttls is for TCP; sockbench does not speak TLS over UDP (DTLS)</source>
        <translation>starttls ist für TCP; sockbench spricht kein TLS über UDP (DTLS)</translation>
    </message>
    <message>
        <source>over UDP a read is one datagram, whole: write while-available, without next:N</source>
        <translation>über UDP ist ein Lesen ein ganzes Datagramm: while-available ohne next:N schreiben</translation>
    </message>
    <message>
        <source>over UDP each chunk is one datagram: at most %1 bytes, not %2</source>
        <translation>über UDP ist jeder Block ein Datagramm: höchstens %1 Bytes, nicht %2</translation>
    </message>
    <message>
        <source>%1: timed out after %2 s; no datagram had arrived</source>
        <translation>%1: Zeitüberschreitung nach %2 s; kein Datagramm war angekommen</translation>
    </message>
    <message>
        <source>no peer&apos;s datagram came within %1 s</source>
        <translation>innerhalb von %1 s kam kein Datagramm einer Gegenstelle</translation>
    </message>
    <message>
        <source>no UDP peer to play the steps to</source>
        <translation>keine UDP-Gegenstelle, der die Schritte abgespielt werden können</translation>
    </message>
    <message>
        <source>closed before the last step</source>
        <translation>vor dem letzten Schritt geschlossen</translation>
    </message>
    <message>
        <source>no datagram</source>
        <translation>kein Datagramm</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ReplayCommand</name>
    <message>
        <source>%1: the transcript has no connection to replay</source>
        <translation>%1: Der Mitschnitt enthält keine Verbindung zum Wiedergeben</translation>
    </message>
    <message>
        <source>the peer closed the connection before the replay ended</source>
        <translation>die Gegenstelle hat die Verbindung vor dem Ende der Wiedergabe geschlossen</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>%1: -u: its first connection is TCP, and replay resends it as it was recorded</source>
        <translation>%1: -u: Die erste Verbindung ist TCP, und replay sendet sie so erneut, wie sie aufgezeichnet wurde</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::StandardOutput</name>
    <message>
        <source>standard output: %1</source>
        <translation>Standardausgabe: %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::TranscriptCommand</name>
    <message>
        <source>standard output: %1</source>
        <translation>Standardausgabe: %1</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name (use .pcapng, .txt, .hex or .jsonl)</source>
        <translation>das Format von „%1“ lässt sich nicht am Namen erkennen (verwenden Sie .pcapng, .txt, .hex oder .jsonl)</translation>
    </message>
    <message>
        <source>%1: wrote the %2 events that could be read</source>
        <translation>%1: Die %2 lesbaren Ereignisse wurden geschrieben</translation>
    </message>
    <message>
        <source>Output format of show: text, hex, jsonl or pcapng.</source>
        <translation>Ausgabeformat von show: text, hex, jsonl oder pcapng.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>show or convert</source>
        <translation>show oder convert</translation>
    </message>
    <message>
        <source>transcript show needs exactly one FILE</source>
        <translation>transcript show erwartet genau eine FILE</translation>
    </message>
    <message>
        <source>--format needs one of %1, not &apos;%2&apos;</source>
        <translation>--format erwartet einen der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <source>transcript convert needs IN and OUT</source>
        <translation>transcript convert erwartet IN und OUT</translation>
    </message>
    <message>
        <source>convert takes the format from OUT&apos;s extension, not --format</source>
        <translation>convert entnimmt das Format der Endung von OUT, nicht --format</translation>
    </message>
    <message>
        <source>transcript needs show or convert</source>
        <translation>transcript erwartet show oder convert</translation>
    </message>
    <message>
        <source>unknown transcript action &apos;%1&apos; (show or convert)</source>
        <translation>unbekannte transcript-Aktion „%1“ (show oder convert)</translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation>unerwartetes zusätzliches Argument „%1“</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>convert to standard output (-) needs --format text, hex, jsonl or pcapng</source>
        <translation>convert auf die Standardausgabe (-) erwartet --format text, hex, jsonl oder pcapng</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::UdpCommand</name>
    <message>
        <source>warning: a datagram of %1 bytes was truncated to %2</source>
        <translation>Warnung: Ein Datagramm mit %1 Bytes wurde auf %2 gekürzt</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1 bytes do not fit in one datagram (at most %2): sent as several</source>
        <translation>Warnung: %1 Bytes passen nicht in ein Datagramm (höchstens %2): als mehrere gesendet</translation>
    </message>
    <message>
        <source>%1: receive timeout: nothing came within %2 s</source>
        <translation>%1: Empfangs-Zeitüberschreitung: innerhalb von %2 s kam nichts</translation>
    </message>
</context>
<context>
    <name>Sockbench::ClientSession</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client %1:%2</source>
        <translation>Client %1:%2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 aufgelöst zu %2</translation>
    </message>
    <message>
        <source>TLS client %1:%2 (not verified)</source>
        <translation>TLS-Client %1:%2 (nicht geprüft)</translation>
    </message>
    <message>
        <source>TLS client %1:%2</source>
        <translation>TLS-Client %1:%2</translation>
    </message>
    <message>
        <source>STARTTLS needs an open plain TCP connection</source>
        <translation>STARTTLS erfordert eine offene unverschlüsselte TCP-Verbindung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, NOT VERIFIED</source>
        <translation>, NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>TLS without verification (--insecure)</source>
        <translation>TLS ohne Prüfung (--insecure)</translation>
    </message>
</context>
<context>
    <name>Sockbench::Connection</name>
    <message>
        <source>STARTTLS needs an open plain TCP connection</source>
        <translation>STARTTLS erfordert eine offene unverschlüsselte TCP-Verbindung</translation>
    </message>
    <message>
        <source>STARTTLS needs both directions open</source>
        <translation>STARTTLS erfordert, dass beide Richtungen offen sind</translation>
    </message>
    <message>
        <source>STARTTLS must wait until what was sent has left</source>
        <translation>STARTTLS muss warten, bis das Gesendete hinaus ist</translation>
    </message>
    <message>
        <source>receive timeout: nothing came within %1 s</source>
        <translation>Empfangs-Zeitüberschreitung: innerhalb von %1 s kam nichts</translation>
    </message>
</context>
<context>
    <name>Sockbench::ConversationModel</name>
    <message>
        <source>… %1 more bytes</source>
        <translation>… %1 weitere Bytes</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 bytes at %2 (%n chunk(s))</source>
        <translation>
            <numerusform>%1 Bytes gesendet um %2 (%n Block)</numerusform>
            <numerusform>%1 Bytes gesendet um %2 (%n Blöcke)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %1 bytes at %2 (%n chunk(s))</source>
        <translation>
            <numerusform>%1 Bytes empfangen um %2 (%n Block)</numerusform>
            <numerusform>%1 Bytes empfangen um %2 (%n Blöcke)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::ConversationPane</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hexdump</source>
        <translation>Hexdump</translation>
    </message>
    <message>
        <source>Show the conversation as text (control characters visible) or as a hexdump</source>
        <translation>Den Gesprächsverlauf als Text (Steuerzeichen sichtbar) oder als Hexdump anzeigen</translation>
    </message>
    <message>
        <source>Select a connection to follow its conversation.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihren Gesprächsverlauf zu verfolgen.</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
</context>
<context>
    <name>Sockbench::CrashRecovery</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>Sockbench::DatagramSocket</name>
    <message>
        <source>cannot open a UDP socket</source>
        <translation>UDP-Socket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot bind %1</source>
        <translation>%1 kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <source>cannot allow broadcast</source>
        <translation>Broadcast kann nicht erlaubt werden</translation>
    </message>
    <message>
        <source>cannot join %1</source>
        <translation>Beitritt zu %1 nicht möglich</translation>
    </message>
    <message>
        <source>cannot leave %1</source>
        <translation>Verlassen von %1 nicht möglich</translation>
    </message>
</context>
<context>
    <name>Sockbench::EndpointParser</name>
    <message>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <source>the port is missing (%1-%2)</source>
        <translation>der Port fehlt (%1-%2)</translation>
    </message>
    <message>
        <source>the address is missing</source>
        <translation>die Adresse fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a space or a control character</source>
        <translation>„%1“ enthält ein Leerzeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an IP address (write an IPv6 address with a port as [::1]:80)</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse (schreiben Sie eine IPv6-Adresse mit Port als [::1]:80)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>Port „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is neither a number nor a service name this system knows</source>
        <translation>Port „%1“ ist weder eine Zahl noch ein Dienstname, den dieses System kennt</translation>
    </message>
    <message>
        <source>port %1 is out of range (%2-%3)</source>
        <translation>Port %1 liegt außerhalb des Bereichs (%2-%3)</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is neither a number nor a UDP service name this system knows</source>
        <translation>Port „%1“ ist weder eine Zahl noch ein UDP-Dienstname, den dieses System kennt</translation>
    </message>
</context>
<context>
    <name>Sockbench::EventVocabulary</name>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <source>stopped listening on %1</source>
        <translation>lauscht nicht mehr auf %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>aufgelöst: %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindungsaufbau zu %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>accepted connection from %1</source>
        <translation>Verbindung angenommen von %1</translation>
    </message>
    <message>
        <source>peer closed its side</source>
        <translation>Gegenstelle hat ihre Seite geschlossen</translation>
    </message>
    <message>
        <source>we closed our side</source>
        <translation>wir haben unsere Seite geschlossen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::JsonLinesReader</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>Zeile %1 (Position %2): %3</translation>
    </message>
    <message>
        <source>not a Sockbench JSON Lines transcript</source>
        <translation>kein JSON-Lines-Mitschnitt von Sockbench</translation>
    </message>
    <message>
        <source>not JSON: %1 at column %2</source>
        <translation>kein gültiges JSON: %1 in Spalte %2</translation>
    </message>
    <message>
        <source>truncated line</source>
        <translation>abgeschnittene Zeile</translation>
    </message>
    <message>
        <source>transcript version %1 is newer than this program</source>
        <translation>Mitschnitt-Version %1 ist neuer als dieses Programm</translation>
    </message>
    <message>
        <source>a session without a valid id</source>
        <translation>eine Sitzung ohne gültige Kennung</translation>
    </message>
    <message>
        <source>a connection without a valid id</source>
        <translation>eine Verbindung ohne gültige Kennung</translation>
    </message>
    <message>
        <source>a connection with an endpoint that is not ADDRESS:PORT</source>
        <translation>eine Verbindung mit einem Endpunkt, der nicht die Form ADDRESS:PORT hat</translation>
    </message>
    <message>
        <source>an event of unknown kind or direction</source>
        <translation>ein Ereignis unbekannter Art oder Richtung</translation>
    </message>
    <message>
        <source>an event without valid session and connection ids</source>
        <translation>ein Ereignis ohne gültige Sitzungs- und Verbindungskennung</translation>
    </message>
    <message>
        <source>a payload that is not base64</source>
        <translation>Nutzdaten, die nicht base64-kodiert sind</translation>
    </message>
    <message>
        <source>a payload of %1 bytes where size says %2</source>
        <translation>Nutzdaten mit %1 Bytes, obwohl size %2 angibt</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a line longer than %1 MiB: not a Sockbench JSON Lines transcript</source>
        <translation>eine Zeile länger als %1 MiB: kein Sockbench-Transkript im JSON-Lines-Format</translation>
    </message>
    <message>
        <source>empty file: not a Sockbench JSON Lines transcript (nothing at offset 0)</source>
        <translation>leere Datei: kein JSON-Lines-Mitschnitt von Sockbench (nichts an Position 0)</translation>
    </message>
    <message>
        <source>an event whose payload is missing for no known reason</source>
        <translation>ein Ereignis, dessen Nutzdaten ohne bekannten Grund fehlen</translation>
    </message>
    <message>
        <source>an event marked missing with bytes, or without a size</source>
        <translation>ein als fehlend markiertes Ereignis mit Bytes oder ohne Größe</translation>
    </message>
    <message>
        <source>a connection with an unknown transport (neither tcp nor udp)</source>
        <translation>eine Verbindung mit unbekanntem Transport (weder tcp noch udp)</translation>
    </message>
</context>
<context>
    <name>Sockbench::MainWindow</name>
    <message>
        <source>Traffic is not recorded to disk: %1</source>
        <translation>Der Datenverkehr wird nicht auf die Festplatte aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>Neuer &amp;Client…</translation>
    </message>
    <message>
        <source>New &amp;Server…</source>
        <translation>Neuer &amp;Server…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Erneut &amp;verbinden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>S&amp;top Listening</source>
        <translation>&amp;Lauschen beenden</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Close &amp;All Connections</source>
        <translation>&amp;Alle Verbindungen schließen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Relative Times</source>
        <translation>&amp;Relative Zeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show &amp;All Traffic</source>
        <translation>&amp;Gesamten Datenverkehr anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Show every session&apos;s traffic instead of the selection&apos;s</source>
        <translation>Den Datenverkehr aller Sitzungen statt nur der Auswahl anzeigen</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Open an echo server and a client connected to it</source>
        <translation>Einen Echo-Server und einen damit verbundenen Client öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>Daten&amp;verkehr</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sockbench</source>
        <translation>&amp;Über Sockbench</translation>
    </message>
    <message>
        <source>About Sockbench</source>
        <translation>Über Sockbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Traffic &amp;log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>This is a demo: an echo server on %1 and a client connected to it. Type a line in the send panel below and press Ctrl+Enter: it crosses the connection, comes back, and shows in the log.</source>
        <translation>Dies ist eine Demo: ein Echo-Server auf %1 und ein damit verbundener Client. Geben Sie unten im Sendebereich eine Zeile ein und drücken Sie Strg+Enter: Sie läuft über die Verbindung, kommt zurück und erscheint im Protokoll.</translation>
    </message>
    <message>
        <source>#%1  %2 ⇄ %3</source>
        <translation>#%1  %2 ⇄ %3</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>Event at %1</source>
        <translation>Ereignis um %1</translation>
    </message>
    <message>
        <source>%1 — Sockbench</source>
        <translation>%1 – Sockbench</translation>
    </message>
    <message>
        <source>Sockbench</source>
        <translation>Sockbench</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n offene Verbindung</numerusform>
            <numerusform>%n offene Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>← %1  → %2</source>
        <translation>← %1  → %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Stream &amp;reads</source>
        <translation>Se&amp;quenziell lesen</translation>
    </message>
    <message>
        <source>Read the selected connection as a stream: a line, N bytes, up to a delimiter, to the end, with a timeout</source>
        <translation>Die ausgewählte Verbindung als Datenstrom lesen: eine Zeile, N Bytes, bis zu einem Trennzeichen, bis zum Ende, mit Zeitlimit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Listen for clients</source>
        <translation>Auf Clients warten</translation>
    </message>
    <message>
        <source>Close the selected connection, or close and remove the selected session</source>
        <translation>Die ausgewählte Verbindung schließen oder die ausgewählte Sitzung schließen und entfernen</translation>
    </message>
    <message>
        <source>Stop accepting clients; connected clients stay</source>
        <translation>Keine Clients mehr annehmen; verbundene Clients bleiben</translation>
    </message>
    <message>
        <source>Close every connection of the selected server, or of every session</source>
        <translation>Alle Verbindungen des ausgewählten Servers oder aller Sitzungen schließen</translation>
    </message>
    <message>
        <source>Find text or hex bytes in payloads</source>
        <translation>Text oder Hex-Bytes in den Nutzdaten suchen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Se&amp;ssion</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %n byte(s) at %3</source>
        <translation>
            <numerusform>#%1 %2 %n Byte um %3</numerusform>
            <numerusform>#%1 %2 %n Bytes um %3</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lose Connection</source>
        <translation>Verbindung schl&amp;ießen</translation>
    </message>
    <message>
        <source>C&amp;lose Session</source>
        <translation>Sitzung schl&amp;ießen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect the selected client again, or listen again with a stopped server</source>
        <translation>Den ausgewählten Client erneut verbinden oder einen gestoppten Server erneut lauschen lassen</translation>
    </message>
    <message>
        <source>&amp;Listen Again</source>
        <translation>Erneut &amp;lauschen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New &amp;UDP Socket…</source>
        <translation>Neuer &amp;UDP-Socket…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Bind a UDP socket: send and receive datagrams</source>
        <translation>Einen UDP-Socket binden: Datagramme senden und empfangen</translation>
    </message>
    <message>
        <source>Send to &amp;Address…</source>
        <translation>An &amp;Adresse senden…</translation>
    </message>
    <message>
        <source>Add a peer for an address to the selected UDP socket, and send to it</source>
        <translation>Dem ausgewählten UDP-Socket eine Gegenstelle für eine Adresse hinzufügen und an sie senden</translation>
    </message>
    <message>
        <source>Shut Down &amp;Sending</source>
        <translation>&amp;Senden beenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Half-close the selected connection: the peer sees the end of input, and can still send</source>
        <translation>Die ausgewählte Verbindung halb schließen: Die Gegenstelle sieht das Ende der Eingabe und kann weiter senden</translation>
    </message>
    <message>
        <source>Show Certi&amp;ficate…</source>
        <translation>&amp;Zertifikat anzeigen…</translation>
    </message>
    <message>
        <source>The TLS connection&apos;s certificate chain, validity, fingerprint and errors</source>
        <translation>Zertifikatskette, Gültigkeit, Fingerabdruck und Fehler der TLS-Verbindung</translation>
    </message>
    <message>
        <source>Start &amp;TLS (STARTTLS)</source>
        <translation>&amp;TLS starten (STARTTLS)</translation>
    </message>
    <message>
        <source>Upgrade the selected client&apos;s plain connection to TLS, after the protocol&apos;s own go-ahead</source>
        <translation>Die unverschlüsselte Verbindung des ausgewählten Clients auf TLS umstellen, nach der Freigabe durch das Protokoll selbst</translation>
    </message>
    <message>
        <source>Hide the traffic shown so far; the capture keeps it, and File ▸ Save saves it</source>
        <translation>Den bisher angezeigten Datenverkehr ausblenden; die Aufzeichnung behält ihn, und Datei ▸ Speichern speichert ihn</translation>
    </message>
    <message numerus="yes">
        <source>Log cleared: %n event(s) hidden from the log. The capture keeps them: File ▸ Save still saves them, and sessions and their counts stay.</source>
        <translation>
            <numerusform>Protokoll geleert: %n Ereignis im Protokoll ausgeblendet. Die Aufzeichnung behält es: Datei ▸ Speichern speichert es weiterhin, und die Sitzungen und ihre Zähler bleiben.</numerusform>
            <numerusform>Protokoll geleert: %n Ereignisse im Protokoll ausgeblendet. Die Aufzeichnung behält sie: Datei ▸ Speichern speichert sie weiterhin, und die Sitzungen und ihre Zähler bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show times as seconds since the capture started</source>
        <translation>Zeiten als Sekunden seit Beginn der Aufzeichnung anzeigen</translation>
    </message>
    <message>
        <source>Show Time Since &amp;Previous</source>
        <translation>Zeit seit &amp;Vorigem zeigen</translation>
    </message>
    <message>
        <source>Show the Δ column: seconds since the event shown above</source>
        <translation>Die Δ-Spalte anzeigen: Sekunden seit dem darüber angezeigten Ereignis</translation>
    </message>
    <message>
        <source>Remove Closed &amp;Connections</source>
        <translation>&amp;Geschlossene entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Remove closed connections from the sessions list; their traffic stays in the log</source>
        <translation>Geschlossene Verbindungen aus der Sitzungsliste entfernen; ihr Datenverkehr bleibt im Protokoll</translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation>Zu den &amp;Sitzungen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the sessions list</source>
        <translation>Den Tastaturfokus in die Sitzungsliste setzen</translation>
    </message>
    <message>
        <source>Go to the Traffic &amp;Log</source>
        <translation>Zum &amp;Protokoll</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the traffic log</source>
        <translation>Den Tastaturfokus ins Protokoll setzen</translation>
    </message>
    <message>
        <source>The Sockets &amp;Chapter, Scenario by Scenario</source>
        <translation>Das Sockets-&amp;Kapitel, Szenario für Szenario</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sockbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for TCP: open client and server sessions, watch every byte that crosses each connection, send text or hex.&lt;/p&gt;&lt;p&gt;The same program is a command line: run &lt;tt&gt;sockbench --help&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;It began from the Sockets chapter of &lt;i&gt;Deep into Pharo&lt;/i&gt; (Noury Bouraqadi and Luc Fabresse); Help &amp;gt; The Sockets Chapter plays each of its scenarios.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sockbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eine Werkbank für TCP: Client- und Server-Sitzungen öffnen, jedes Byte beobachten, das eine Verbindung durchquert, Text oder Hex senden.&lt;/p&gt;&lt;p&gt;Dasselbe Programm ist auch eine Befehlszeile: Führen Sie &lt;tt&gt;sockbench --help&lt;/tt&gt; aus.&lt;/p&gt;&lt;p&gt;Es entstand aus dem Sockets-Kapitel von &lt;i&gt;Deep into Pharo&lt;/i&gt; (Noury Bouraqadi und Luc Fabresse); Hilfe &amp;gt; Das Sockets-Kapitel spielt jedes seiner Szenarien ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions and their connections; the selection is what the log shows and where the send panel sends</source>
        <translation>Sitzungen und ihre Verbindungen; die Auswahl bestimmt, was das Protokoll zeigt und wohin der Sendebereich sendet</translation>
    </message>
    <message>
        <source>Open the Context Menu</source>
        <translation>Kontextmenü öffnen</translation>
    </message>
    <message>
        <source>Nothing sent: select an open connection to send to.</source>
        <translation>Nichts gesendet: Wählen Sie eine offene Verbindung zum Senden aus.</translation>
    </message>
    <message>
        <source>Send to Address</source>
        <translation>An Adresse senden</translation>
    </message>
    <message>
        <source>Address and port to send to (HOST:PORT, an IPv6 address in brackets):</source>
        <translation>Zieladresse und Port (HOST:PORT, eine IPv6-Adresse in eckigen Klammern):</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Send panel</source>
        <translation>Sendebereich</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <source>Earlier and later inputs</source>
        <translation>Frühere und spätere Eingaben</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Strg+↑, Strg+↓</translation>
    </message>
    <message>
        <source>Stop a repeat</source>
        <translation>Wiederholung abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Shift+F10, Menu</source>
        <translation>Umschalt+F10, Menütaste</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Copy bytes as text</source>
        <translation>Bytes als Text kopieren</translation>
    </message>
    <message>
        <source>Sockbench User Manual</source>
        <translation>Sockbench-Handbuch</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>The manual is missing from this build: %1</source>
        <translation>Das Handbuch fehlt in diesem Build: %1</translation>
    </message>
    <message>
        <source>Certificate Not Verified</source>
        <translation>Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>The certificate of %1 did not verify:

%2

Connecting anyway means anyone between you and the server could read and change the bytes. The session will be marked as not verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden:

%2

Wenn Sie trotzdem verbinden, könnte jeder zwischen Ihnen und dem Server die Bytes lesen und ändern. Die Sitzung wird als nicht geprüft markiert.</translation>
    </message>
    <message>
        <source>Connect Anyway, &amp;Once</source>
        <translation>&amp;Einmal trotzdem verbinden</translation>
    </message>
    <message>
        <source>(no open connection to send it to)</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload (no open connection to send it to)&quot;.</extracomment>
        <translation>(keine offene Verbindung zum Senden)</translation>
    </message>
    <message>
        <source>(select a connection to send it to)</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload (select a connection to send it to)&quot;.</extracomment>
        <translation>(wählen Sie eine Verbindung zum Senden aus)</translation>
    </message>
    <message>
        <source>for #%1 %2</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload for #2 127.0.0.1:40735&quot;.</extracomment>
        <translation>für #%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>for all %n connection(s) of %1</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload for all 3 connections of Echo server …&quot;.</extracomment>
        <translation>
            <numerusform>für %n Verbindung von %1</numerusform>
            <numerusform>für alle %n Verbindungen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not recorded</source>
        <translation>
            <numerusform>%n Ereignis nicht aufgezeichnet</numerusform>
            <numerusform>%n Ereignisse nicht aufgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not in the log</source>
        <translation>
            <numerusform>%n älteres Ereignis nicht im Protokoll</numerusform>
            <numerusform>%n ältere Ereignisse nicht im Protokoll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::NewSessionDialog</name>
    <message>
        <source>&amp;Client: connect to a server</source>
        <translation>&amp;Client: mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Open a TCP connection to a host and port.</source>
        <translation>Eine TCP-Verbindung zu einem Host und Port öffnen.</translation>
    </message>
    <message>
        <source>Se&amp;rver: listen for clients</source>
        <translation>Se&amp;rver: auf Clients warten</translation>
    </message>
    <message>
        <source>Listen on an address and port and accept any number of clients.</source>
        <translation>Auf einer Adresse und einem Port lauschen und beliebig viele Clients annehmen.</translation>
    </message>
    <message>
        <source>a host name or an IP address</source>
        <translation>ein Hostname oder eine IP-Adresse</translation>
    </message>
    <message>
        <source>The server to connect to, e.g. localhost, 192.168.1.10, ::1 or example.com. Recent hosts are in the list.</source>
        <translation>Der Server, mit dem verbunden wird, z. B. localhost, 192.168.1.10, ::1 oder example.com. Zuletzt verwendete Hosts stehen in der Liste.</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (nur dieser Rechner)</translation>
    </message>
    <message>
        <source>::1 (this computer only, IPv6)</source>
        <translation>::1 (nur dieser Rechner, IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 (all interfaces — reachable from the network)</source>
        <translation>0.0.0.0 (alle Schnittstellen – aus dem Netzwerk erreichbar)</translation>
    </message>
    <message>
        <source>:: (all interfaces, IPv6 — reachable from the network)</source>
        <translation>:: (alle Schnittstellen, IPv6 – aus dem Netzwerk erreichbar)</translation>
    </message>
    <message>
        <source>The local address to listen on. 127.0.0.1 accepts connections from this computer only; you may also type the address of one of your network interfaces.</source>
        <translation>Die lokale Adresse, auf der gelauscht wird. 127.0.0.1 nimmt nur Verbindungen von diesem Rechner an; Sie können auch die Adresse einer Ihrer Netzwerkschnittstellen eingeben.</translation>
    </message>
    <message>
        <source>⚠ Listening on all interfaces: anyone who can reach this computer over the network can connect.</source>
        <translation>⚠ Lauschen auf allen Schnittstellen: Jeder, der diesen Rechner über das Netzwerk erreicht, kann sich verbinden.</translation>
    </message>
    <message>
        <source>The TCP port, 1 to 65535 (0 for a server picks a free port).</source>
        <translation>Der TCP-Port, 1 bis 65535 (0 wählt bei einem Server einen freien Port).</translation>
    </message>
    <message>
        <source>0 or empty picks a free port; the session list shows which one.</source>
        <translation>0 oder leer wählt einen freien Port; die Sitzungsliste zeigt, welchen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Give up when the name cannot be resolved and connected within this time.</source>
        <translation>Aufgeben, wenn der Name nicht innerhalb dieser Zeit aufgelöst und die Verbindung aufgebaut werden kann.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>What the server does with the bytes its clients send.</source>
        <translation>Was der Server mit den Bytes macht, die seine Clients senden.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Bind-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Zeitlimit für &amp;Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>Beha&amp;viour:</source>
        <translation>Verhal&amp;ten:</translation>
    </message>
    <message>
        <source>New Client Session</source>
        <translation>Neue Client-Sitzung</translation>
    </message>
    <message>
        <source>New Server Session</source>
        <translation>Neue Server-Sitzung</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Verbin&amp;den</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>1–65535, e.g. 8080</source>
        <translation>1–65535, z. B. 8080</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = beliebiger freier Port</translation>
    </message>
    <message>
        <source>enter a host name or an IP address</source>
        <translation>Geben Sie einen Hostnamen oder eine IP-Adresse ein</translation>
    </message>
    <message>
        <source>the host must not contain spaces</source>
        <translation>Der Host darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>Connects to %1 on port %2.</source>
        <translation>Verbindet mit %1 auf Port %2.</translation>
    </message>
    <message>
        <source>Listens on %1, on a free port.</source>
        <translation>Lauscht auf %1, auf einem freien Port.</translation>
    </message>
    <message>
        <source>Listens on %1, port %2.</source>
        <translation>Lauscht auf %1, Port %2.</translation>
    </message>
    <message>
        <source>enter a port between 1 and 65535</source>
        <translation>Geben Sie einen Port zwischen 1 und 65535 ein</translation>
    </message>
    <message>
        <source>port must be a number</source>
        <translation>Der Port muss eine Zahl sein</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>port must be between 0 and 65535</source>
        <translation>Der Port muss zwischen 0 und 65535 liegen</translation>
    </message>
    <message>
        <source>enter the address to listen on, e.g. 127.0.0.1</source>
        <translation>Geben Sie die Adresse ein, auf der gelauscht wird, z. B. 127.0.0.1</translation>
    </message>
    <message>
        <source>bind address &quot;%1&quot; is not an IP address</source>
        <translation>Die Bind-Adresse „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Nothing automatic: you reply from the send panel.</source>
        <translation>Nichts geschieht automatisch: Sie antworten über den Sendebereich.</translation>
    </message>
    <message>
        <source>Sends every received byte back to its sender.</source>
        <translation>Sendet jedes empfangene Byte an seinen Absender zurück.</translation>
    </message>
    <message>
        <source>Records received bytes and answers nothing.</source>
        <translation>Zeichnet empfangene Bytes auf und antwortet nicht.</translation>
    </message>
    <message>
        <source>port must be a number or a service name such as http; this system knows no service &quot;%1&quot;</source>
        <translation>Der Port muss eine Zahl oder ein Dienstname wie http sein; dieses System kennt keinen Dienst „%1“</translation>
    </message>
    <message>
        <source>port must be a number from %1 to 65535, without a sign</source>
        <translation>Der Port muss eine Zahl von %1 bis 65535 sein, ohne Vorzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address; write an IPv6 address with a port as [::1]:80</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse; schreiben Sie eine IPv6-Adresse mit Port als [::1]:80</translation>
    </message>
    <message>
        <source>&amp;UDP socket: send and receive datagrams</source>
        <translation>&amp;UDP-Socket: Datagramme senden und empfangen</translation>
    </message>
    <message>
        <source>Bind a UDP socket: every address that sends to it becomes a peer; send to a peer, to a destination or to every peer.</source>
        <translation>Einen UDP-Socket binden: Jede Adresse, die an ihn sendet, wird eine Gegenstelle; senden Sie an eine Gegenstelle, an ein Ziel oder an alle Gegenstellen.</translation>
    </message>
    <message>
        <source>optional: HOST:PORT, e.g. 127.0.0.1:9999 or [::1]:9999</source>
        <translation>optional: HOST:PORT, z. B. 127.0.0.1:9999 oder [::1]:9999</translation>
    </message>
    <message>
        <source>Where sends go before anyone has sent to this socket. Leave it empty to wait for peers.</source>
        <translation>Wohin gesendet wird, bevor jemand an diesen Socket gesendet hat. Leer lassen, um auf Gegenstellen zu warten.</translation>
    </message>
    <message>
        <source>Custom responses</source>
        <translation>Eigene Antworten</translation>
    </message>
    <message>
        <source>Your own greeting, answers and timeouts, set below.</source>
        <translation>Ihre eigene Begrüßung, Antworten und Zeitlimits, unten festgelegt.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>New UDP Socket</source>
        <translation>Neuer UDP-Socket</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>&amp;Binden</translation>
    </message>
    <message>
        <source>destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Binds UDP on %1, on a free port.</source>
        <translation>Bindet UDP auf %1, auf einem freien Port.</translation>
    </message>
    <message>
        <source>Binds UDP on %1, port %2.</source>
        <translation>Bindet UDP auf %1, Port %2.</translation>
    </message>
    <message>
        <source>Sends to %1 on port %2.</source>
        <translation>Sendet an %1 auf Port %2.</translation>
    </message>
    <message>
        <source>The greeting, answers and timeouts below.</source>
        <translation>Die Begrüßung, Antworten und Zeitlimits unten.</translation>
    </message>
    <message>
        <source>Allow &amp;broadcast (SO_BROADCAST)</source>
        <translation>Broadcast &amp;erlauben (SO_BROADCAST)</translation>
    </message>
    <message>
        <source>Lets this socket send to a broadcast address, such as 255.255.255.255 or a network&apos;s last address (192.168.1.255). Off, the system refuses those sends. IPv4 only.</source>
        <translation>Erlaubt diesem Socket, an eine Broadcast-Adresse zu senden, etwa 255.255.255.255 oder die letzte Adresse eines Netzes (192.168.1.255). Ausgeschaltet lehnt das System solche Sendungen ab. Nur IPv4.</translation>
    </message>
    <message>
        <source>optional: e.g. 239.255.0.1 or ff02::1:3</source>
        <translation>optional: z. B. 239.255.0.1 oder ff02::1:3</translation>
    </message>
    <message>
        <source>A multicast group to join once bound: its datagrams reach this socket. IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
        <translation>Eine Multicast-Gruppe, der nach dem Binden beigetreten wird: Ihre Datagramme erreichen diesen Socket. IPv4-Gruppen sind 224.0.0.0 bis 239.255.255.255, IPv6-Gruppen beginnen mit ff.</translation>
    </message>
    <message>
        <source>The network interface to join the group on.</source>
        <translation>Die Netzwerkschnittstelle für den Beitritt zur Gruppe.</translation>
    </message>
    <message>
        <source>The system&apos;s choice (its route to the group)</source>
        <translation>Wahl des Systems (seine Route zur Gruppe)</translation>
    </message>
    <message>
        <source>%1 (no multicast flag)</source>
        <translation>%1 (ohne Multicast-Flag)</translation>
    </message>
    <message>
        <source>At the recorded pace</source>
        <translation>Im aufgezeichneten Tempo</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>Send the recorded bytes with the pauses they had, or all at once.</source>
        <translation>Die aufgezeichneten Bytes mit ihren ursprünglichen Pausen senden oder alle auf einmal.</translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation>Temp&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Multicast group:</source>
        <translation>&amp;Multicast-Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>Schn&amp;ittstelle:</translation>
    </message>
    <message>
        <source>IPv6 has no broadcast: untick Allow broadcast, or send to a multicast group such as ff02::1</source>
        <translation>IPv6 kennt keinen Broadcast: Broadcast erlauben abwählen oder an eine Multicast-Gruppe wie ff02::1 senden</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: tick Allow broadcast to send to it</source>
        <translation>%1 ist eine Broadcast-Adresse: Broadcast erlauben ankreuzen, um an sie zu senden</translation>
    </message>
    <message>
        <source>multicast group &quot;%1&quot; is not an IP address</source>
        <translation>Die Multicast-Gruppe „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff</source>
        <translation>%1 ist keine Multicast-Gruppe: IPv4-Gruppen sind 224.0.0.0 bis 239.255.255.255, IPv6-Gruppen beginnen mit ff</translation>
    </message>
    <message>
        <source>the group %1 is IPv6 and the bind address %2 is IPv4: bind to :: or ::1 to join it</source>
        <translation>Die Gruppe %1 ist IPv6 und die Bind-Adresse %2 ist IPv4: An :: oder ::1 binden, um ihr beizutreten</translation>
    </message>
    <message>
        <source>the group %1 is IPv4 and the bind address %2 is IPv6: bind to 0.0.0.0 or 127.0.0.1 to join it</source>
        <translation>Die Gruppe %1 ist IPv4 und die Bind-Adresse %2 ist IPv6: An 0.0.0.0 oder 127.0.0.1 binden, um ihr beizutreten</translation>
    </message>
    <message>
        <source>Bound to %1, the socket will not hear the group: bind to %2 to receive what is sent to it.</source>
        <translation>An %1 gebunden, hört der Socket die Gruppe nicht: An %2 binden, um zu empfangen, was an sie gesendet wird.</translation>
    </message>
    <message>
        <source>Joins %1.</source>
        <translation>Tritt %1 bei.</translation>
    </message>
    <message>
        <source>Joins %1 on %2.</source>
        <translation>Tritt %1 auf %2 bei.</translation>
    </message>
    <message>
        <source>May broadcast.</source>
        <translation>Darf Broadcasts senden.</translation>
    </message>
    <message>
        <source>The greeting, answers and timeout below; a peer is greeted when its first datagram comes.</source>
        <translation>Die Begrüßung, Antworten und das Zeitlimit unten; eine Gegenstelle wird begrüßt, wenn ihr erstes Datagramm ankommt.</translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadParser</name>
    <message>
        <source>column %1: a lone backslash ends the text; write \\ for a backslash</source>
        <translation>Spalte %1: Ein einzelner Backslash beendet den Text; schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>column %1: \x needs two hex digits</source>
        <translation>Spalte %1: \x erwartet zwei Hexadezimalziffern</translation>
    </message>
    <message>
        <source>column %1: unknown escape \%2</source>
        <translation>Spalte %1: unbekannte Escape-Sequenz \%2</translation>
    </message>
    <message>
        <source>column %1: %2 needs hex digits after it</source>
        <translation>Spalte %1: Auf %2 müssen Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>column %1: %2 is not a hex digit</source>
        <translation>Spalte %1: %2 ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <source>column %1: odd number of hex digits; each byte needs two</source>
        <translation>Spalte %1: ungerade Anzahl von Hexadezimalziffern; jedes Byte braucht zwei</translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadTemplate</name>
    <message>
        <source>column %1: {{ has no closing }}; write \x7b for a brace that starts no field</source>
        <translation>Spalte %1: {{ hat kein schließendes }}; schreiben Sie \x7b für eine Klammer, die kein Feld beginnt</translation>
    </message>
    <message>
        <source>column %1: %2 takes %3</source>
        <translation>Spalte %1: %2 nimmt %3</translation>
    </message>
    <message>
        <source>no argument</source>
        <translation>kein Argument</translation>
    </message>
    <message>
        <source>no argument (decimal), :u8, :u16 or :u32</source>
        <translation>kein Argument (dezimal), :u8, :u16 oder :u32</translation>
    </message>
    <message>
        <source>no argument (ISO 8601), :unix or :unixms</source>
        <translation>kein Argument (ISO 8601), :unix oder :unixms</translation>
    </message>
    <message>
        <source>a count of bytes from 1 to %1</source>
        <translation>eine Anzahl Bytes von 1 bis %1</translation>
    </message>
    <message>
        <source>no argument (one byte) or :hex</source>
        <translation>kein Argument (ein Byte) oder :hex</translation>
    </message>
    <message>
        <source>no argument, :le, :be or :hex</source>
        <translation>kein Argument, :le, :be oder :hex</translation>
    </message>
    <message>
        <source>column %1: unknown field %2; the fields are %3</source>
        <translation>Spalte %1: unbekanntes Feld %2; die Felder sind %3</translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadView</name>
    <message>
        <source>The bytes as text: control characters and invalid UTF-8 are shown as escapes such as \r, \t and \xff.</source>
        <translation>Die Bytes als Text: Steuerzeichen und ungültiges UTF-8 werden als Escape-Sequenzen wie \r, \t und \xff angezeigt.</translation>
    </message>
    <message>
        <source>The bytes as hex pairs; paste them into the send panel&apos;s Hex mode to send them again.</source>
        <translation>Die Bytes als Hex-Paare; fügen Sie sie im Hex-Modus des Sendebereichs ein, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>The bytes as &quot;hexdump -C&quot; shows them: offset, hex and ASCII.</source>
        <translation>Die Bytes, wie „hexdump -C“ sie zeigt: Position, Hex und ASCII.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>Hex&amp;dump</source>
        <translation>Hexdu&amp;mp</translation>
    </message>
    <message>
        <source>(no bytes)</source>
        <translation>(keine Bytes)</translation>
    </message>
    <message>
        <source>No payload selected</source>
        <translation>Keine Nutzdaten ausgewählt</translation>
    </message>
    <message>
        <source>This payload has %1 bytes: Text and Hex show the first %2, Hexdump the first %3.</source>
        <translation>Diese Nutzdaten umfassen %1 Bytes: Text und Hex zeigen die ersten %2, Hexdump die ersten %3.</translation>
    </message>
    <message>
        <source>This payload has %1 bytes: Text and Hex show the first %2; Hexdump shows them all.</source>
        <translation>Diese Nutzdaten umfassen %1 Bytes: Text und Hex zeigen die ersten %2; Hexdump zeigt alle.</translation>
    </message>
    <message>
        <source>Payload as text</source>
        <translation>Nutzdaten als Text</translation>
    </message>
    <message>
        <source>Payload as hex</source>
        <translation>Nutzdaten als Hex</translation>
    </message>
    <message>
        <source>Payload as hexdump</source>
        <translation>Nutzdaten als Hexdump</translation>
    </message>
    <message>
        <source>Payload views</source>
        <translation>Nutzdatenansichten</translation>
    </message>
</context>
<context>
    <name>Sockbench::PcapReader</name>
    <message>
        <source>could not read at offset %1: %2</source>
        <translation>Lesen an Position %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>empty file: not a pcap file (nothing at offset %1)</source>
        <translation>leere Datei: keine pcap-Datei (nichts an Position %1)</translation>
    </message>
    <message>
        <source>not a pcap file (bad magic at offset %1)</source>
        <translation>keine pcap-Datei (falsche Signatur an Position %1)</translation>
    </message>
    <message>
        <source>truncated pcap file header at offset %1 (%2 of 24 bytes)</source>
        <translation>abgeschnittener pcap-Dateikopf an Position %1 (%2 von 24 Bytes)</translation>
    </message>
    <message>
        <source>unsupported pcap version %2.%3 at offset %1</source>
        <translation>nicht unterstützte pcap-Version %2.%3 an Position %1</translation>
    </message>
    <message>
        <source>link type %2 at offset %1 is not one Sockbench reads (Ethernet, Linux cooked, loopback or raw IP)</source>
        <translation>Sockbench liest den Linktyp %2 an Position %1 nicht (nur Ethernet, Linux cooked, Loopback oder rohes IP)</translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (a header of %2 of 16 bytes)</source>
        <translation>abgeschnittener Paketdatensatz an Position %1 (ein Kopf mit %2 von 16 Bytes)</translation>
    </message>
    <message>
        <source>corrupt packet record at offset %1 (impossible captured length %2)</source>
        <translation>beschädigter Paketdatensatz an Position %1 (unmögliche erfasste Länge %2)</translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (%2 bytes announced, %3 left in the file)</source>
        <translation>abgeschnittener Paketdatensatz an Position %1 (%2 Bytes angekündigt, %3 in der Datei übrig)</translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (%2 bytes announced, %3 read)</source>
        <translation>abgeschnittener Paketdatensatz an Position %1 (%2 Bytes angekündigt, %3 gelesen)</translation>
    </message>
</context>
<context>
    <name>Sockbench::PcapngReader::Private</name>
    <message>
        <source>could not read at offset %1: %2</source>
        <translation>Lesen an Position %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>a classic pcap file, not pcapng (convert it with &apos;editcap -F pcapng&apos;; bad magic at offset %1)</source>
        <translation>eine klassische pcap-Datei, kein pcapng (wandeln Sie sie mit „editcap -F pcapng“ um; falsche Signatur an Position %1)</translation>
    </message>
    <message>
        <source>not a pcapng file (bad magic at offset %1)</source>
        <translation>keine pcapng-Datei (falsche Signatur an Position %1)</translation>
    </message>
    <message>
        <source>truncated block at offset %1</source>
        <translation>abgeschnittener Block an Position %1</translation>
    </message>
    <message>
        <source>not a pcapng file (bad byte-order magic at offset %1)</source>
        <translation>keine pcapng-Datei (falsche Bytereihenfolge-Signatur an Position %1)</translation>
    </message>
    <message>
        <source>corrupt section header at offset %1</source>
        <translation>beschädigter Abschnittskopf an Position %1</translation>
    </message>
    <message>
        <source>corrupt block at offset %1 (impossible length %2)</source>
        <translation>beschädigter Block an Position %1 (unmögliche Länge %2)</translation>
    </message>
    <message>
        <source>truncated block at offset %1 (%2 bytes announced, %3 left in the file)</source>
        <translation>abgeschnittener Block an Position %1 (%2 Bytes angekündigt, %3 in der Datei übrig)</translation>
    </message>
    <message>
        <source>corrupt block at offset %1 (its two lengths differ)</source>
        <translation>beschädigter Block an Position %1 (seine beiden Längen weichen voneinander ab)</translation>
    </message>
    <message>
        <source>empty file: not a pcapng file (nothing at offset %1)</source>
        <translation>leere Datei: keine pcapng-Datei (nichts an Position %1)</translation>
    </message>
    <message>
        <source>unsupported pcapng version %2 at offset %1</source>
        <translation>nicht unterstützte pcapng-Version %2 an Position %1</translation>
    </message>
    <message>
        <source>corrupt options in the section header at offset %1</source>
        <translation>beschädigte Optionen im Abschnittskopf an Position %1</translation>
    </message>
    <message>
        <source>corrupt interface block at offset %1</source>
        <translation>beschädigter Schnittstellenblock an Position %1</translation>
    </message>
    <message>
        <source>corrupt options in the interface block at offset %1</source>
        <translation>beschädigte Optionen im Schnittstellenblock an Position %1</translation>
    </message>
    <message>
        <source>corrupt packet block at offset %1</source>
        <translation>beschädigter Paketblock an Position %1</translation>
    </message>
    <message>
        <source>corrupt packet block at offset %1 (captured length %2 exceeds the block)</source>
        <translation>beschädigter Paketblock an Position %1 (erfasste Länge %2 überschreitet den Block)</translation>
    </message>
    <message>
        <source>corrupt options in the packet block at offset %1</source>
        <translation>beschädigte Optionen im Paketblock an Position %1</translation>
    </message>
    <message>
        <source>corrupt Sockbench record at offset %1</source>
        <translation>beschädigter Sockbench-Datensatz an Position %1</translation>
    </message>
    <message>
        <source>Sockbench record version %2 at offset %1 is newer than this program</source>
        <translation>Sockbench-Datensatz-Version %2 an Position %1 ist neuer als dieses Programm</translation>
    </message>
    <message>
        <source>truncated: the file ends at offset %1 inside a chunk of %2 bytes (%3 read)</source>
        <translation>abgeschnitten: Die Datei endet an Position %1 mitten in einem Block von %2 Bytes (%3 gelesen)</translation>
    </message>
    <message>
        <source>corrupt: a chunk of %2 bytes ends early at offset %1 (%3 read)</source>
        <translation>beschädigt: Ein Block von %2 Bytes endet vorzeitig an Position %1 (%3 gelesen)</translation>
    </message>
    <message>
        <source>packet at offset %1 names interface %2, which was not described</source>
        <translation>das Paket an Position %1 nennt Schnittstelle %2, die nicht beschrieben wurde</translation>
    </message>
    <message>
        <source>corrupt: the packet at offset %1 carries more bytes than its chunk announced</source>
        <translation>beschädigt: Das Paket an Position %1 enthält mehr Bytes, als sein Block angekündigt hat</translation>
    </message>
    <message>
        <source>corrupt name resolution block at offset %1</source>
        <translation>beschädigter Namensauflösungsblock an Position %1</translation>
    </message>
    <message>
        <source>corrupt options in the name resolution block at offset %1</source>
        <translation>beschädigte Optionen im Namensauflösungsblock an Position %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Automatic (the smaller of 4 GiB and a quarter of the free space)</source>
        <translation>Automatisch (das Kleinere von 4 GiB und einem Viertel des freien Platzes)</translation>
    </message>
    <message>
        <source>The most the capture keeps on disk</source>
        <translation>Das Höchste, was die Aufzeichnung auf der Platte behält</translation>
    </message>
    <message>
        <source>Capture &amp;limit:</source>
        <translation>&amp;Grenze der Aufzeichnung:</translation>
    </message>
    <message>
        <source>Drop the oldest payloads (their events stay)</source>
        <translation>Die ältesten Nutzdaten verwerfen (ihre Ereignisse bleiben)</translation>
    </message>
    <message>
        <source>Stop keeping payloads</source>
        <translation>Keine Nutzdaten mehr behalten</translation>
    </message>
    <message>
        <source>When the limit is &amp;reached:</source>
        <translation>Wenn die Grenze &amp;erreicht ist:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation>CR (\r)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>The line ending the send panel starts with in text mode</source>
        <translation>Das Zeilenende, mit dem der Sendebereich im Textmodus beginnt</translation>
    </message>
    <message>
        <source>Text line &amp;ending:</source>
        <translation>Text-Zeilen&amp;ende:</translation>
    </message>
    <message>
        <source>How many closed connections each session keeps listed; older ones are removed from the list (their traffic stays in the log)</source>
        <translation>Wie viele geschlossene Verbindungen jede Sitzung aufgeführt lässt; ältere werden aus der Liste entfernt (ihr Datenverkehr bleibt im Protokoll)</translation>
    </message>
    <message>
        <source>Closed connections &amp;kept:</source>
        <translation>&amp;Geschlossene behalten:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Applies from the next start; --lang overrides it</source>
        <translation>Gilt ab dem nächsten Start; --lang hat Vorrang</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Sockbench::ReadPane</name>
    <message>
        <source>&amp;Read</source>
        <translation>Lese&amp;n</translation>
    </message>
    <message>
        <source>next N bytes</source>
        <translation>die nächsten N Bytes</translation>
    </message>
    <message>
        <source>a line (LF or CR LF)</source>
        <translation>eine Zeile (LF oder CR LF)</translation>
    </message>
    <message>
        <source>up to a delimiter</source>
        <translation>bis zu einem Trennzeichen</translation>
    </message>
    <message>
        <source>up to the end (peer closes)</source>
        <translation>bis zum Ende (Gegenstelle schließt)</translation>
    </message>
    <message>
        <source>what is available</source>
        <translation>was verfügbar ist</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>fail (keep the bytes buffered)</source>
        <translation>fehlschlagen (Bytes bleiben gepuffert)</translation>
    </message>
    <message>
        <source>return what came</source>
        <translation>Angekommenes zurückgeben</translation>
    </message>
    <message>
        <source>What a read does when the timeout passes or the peer closes first</source>
        <translation>Was ein Lesevorgang tut, wenn die Wartezeit abläuft oder die Gegenstelle vorher schließt</translation>
    </message>
    <message>
        <source>Read &amp;what:</source>
        <translation>Was &amp;lesen:</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Wa&amp;rtezeit:</translation>
    </message>
    <message>
        <source>Select an open connection to read from it as a stream: a line, N bytes, up to a delimiter or to the end, with a timeout.</source>
        <translation>Wählen Sie eine offene Verbindung aus, um sie als Datenstrom zu lesen: eine Zeile, N Bytes, bis zu einem Trennzeichen oder bis zum Ende, mit Zeitlimit.</translation>
    </message>
    <message>
        <source>how many bytes, e.g. 5</source>
        <translation>wie viele Bytes, z. B. 5</translation>
    </message>
    <message>
        <source>delimiter, e.g. ; or \r\n</source>
        <translation>Trennzeichen, z. B. ; oder \r\n</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Liest…</translation>
    </message>
    <message>
        <source>N must be a number of bytes from 1 to 67108864</source>
        <translation>N muss eine Anzahl Bytes von 1 bis 67108864 sein</translation>
    </message>
    <message>
        <source>next(%1)</source>
        <translation>next(%1)</translation>
    </message>
    <message>
        <source>the delimiter is empty</source>
        <translation>das Trennzeichen ist leer</translation>
    </message>
    <message>
        <source>upTo(&quot;%1&quot;)</source>
        <translation>upTo(&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>nextLine</source>
        <translation>nextLine</translation>
    </message>
    <message>
        <source>upToEnd</source>
        <translation>upToEnd</translation>
    </message>
    <message>
        <source>nextAvailable</source>
        <translation>nextAvailable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the peer closed first</source>
        <translation>die Gegenstelle hat zuerst geschlossen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>  (%1; returned what came)</source>
        <translation>  (%1; Angekommenes zurückgegeben)</translation>
    </message>
    <message>
        <source>%1 → %2; the bytes that came stay buffered</source>
        <translation>%1 → %2; die angekommenen Bytes bleiben gepuffert</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; the peer has closed</source>
        <translation>
            <numerusform>%n Byte gepuffert; die Gegenstelle hat geschlossen</numerusform>
            <numerusform>%n Bytes gepuffert; die Gegenstelle hat geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered</source>
        <translation>
            <numerusform>%n Byte gepuffert</numerusform>
            <numerusform>%n Bytes gepuffert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n byte(s): %2</source>
        <translation>
            <numerusform>%1 → %n Byte: %2</numerusform>
            <numerusform>%1 → %n Bytes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from #%1 %2. Bytes received since this tab first showed the connection are buffered for reads, also while another tab is open; earlier bytes are only in the traffic log.</source>
        <translation>Lesen von #%1 %2. Bytes, die ankommen, seit dieser Tab die Verbindung zum ersten Mal gezeigt hat, werden für Lesevorgänge gepuffert, auch während ein anderer Tab offen ist; frühere Bytes stehen nur im Verkehrsprotokoll.</translation>
    </message>
    <message>
        <source>&amp;Discard Buffer</source>
        <translation>Puffer &amp;verwerfen</translation>
    </message>
    <message>
        <source>a line (CR LF only, as Pharo&apos;s nextLine)</source>
        <translation>eine Zeile (nur CR LF, wie nextLine in Pharo)</translation>
    </message>
    <message>
        <source>Drop the unread bytes and buffer anew from now (the traffic log keeps them)</source>
        <translation>Die ungelesenen Bytes verwerfen und ab jetzt neu puffern (das Protokoll behält sie)</translation>
    </message>
    <message>
        <source>Reading from #%1 %2. Every byte it received is buffered for reads, from the first, and stays buffered while other connections are selected.</source>
        <translation>Lesen von #%1 %2. Jedes empfangene Byte wird ab dem ersten für Lesevorgänge gepuffert und bleibt gepuffert, während andere Verbindungen ausgewählt sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; full: the buffers of all connections together reached %1 (discarding one frees room); later bytes are only in the traffic log</source>
        <translation>
            <numerusform>%n Byte gepuffert; voll: Die Puffer aller Verbindungen zusammen haben %1 erreicht (Verwerfen eines Puffers schafft Platz); spätere Bytes stehen nur im Protokoll</numerusform>
            <numerusform>%n Bytes gepuffert; voll: Die Puffer aller Verbindungen zusammen haben %1 erreicht (Verwerfen eines Puffers schafft Platz); spätere Bytes stehen nur im Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; the buffer is full: later bytes are only in the traffic log</source>
        <translation>
            <numerusform>%n Byte gepuffert; der Puffer ist voll: Spätere Bytes stehen nur im Protokoll</numerusform>
            <numerusform>%n Bytes gepuffert; der Puffer ist voll: Spätere Bytes stehen nur im Protokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>Buffer discarded; buffering anew from now.</source>
        <translation>Puffer verworfen; ab jetzt wird neu gepuffert.</translation>
    </message>
    <message>
        <source>nextLine (CR LF)</source>
        <translation>nextLine (CR LF)</translation>
    </message>
</context>
<context>
    <name>Sockbench::Responder</name>
    <message>
        <source>the greeting: %1</source>
        <translation>die Begrüßung: %1</translation>
    </message>
    <message>
        <source>the answer: %1</source>
        <translation>die Antwort: %1</translation>
    </message>
    <message>
        <source>the match: %1</source>
        <translation>die Bedingung: %1</translation>
    </message>
    <message>
        <source>the match is empty: say what to look for, or answer everything</source>
        <translation>die Bedingung ist leer: Geben Sie an, wonach gesucht wird, oder beantworten Sie alles</translation>
    </message>
    <message>
        <source>the regular expression: column %1: %2</source>
        <translation>der reguläre Ausdruck: Spalte %1: %2</translation>
    </message>
    <message>
        <source>the receive timeout cannot be negative</source>
        <translation>die Empfangsfrist darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>Sockbench::SelfSignedCertificate</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>OpenSSL could not make a self-signed certificate</source>
        <translation>OpenSSL konnte kein selbstsigniertes Zertifikat erstellen</translation>
    </message>
</context>
<context>
    <name>Sockbench::SendPanel</name>
    <message>
        <source>&amp;Payload</source>
        <translation>N&amp;utzdaten</translation>
    </message>
    <message>
        <source>Where Send delivers the bytes; select a connection or a server to change it.</source>
        <translation>Wohin „Senden“ die Bytes schickt; wählen Sie eine Verbindung oder einen Server aus, um das Ziel zu ändern.</translation>
    </message>
    <message>
        <source>Sn&amp;ippets</source>
        <translation>Text&amp;bausteine</translation>
    </message>
    <message>
        <source>Save the current input under a name, or load a saved one.</source>
        <translation>Die aktuelle Eingabe unter einem Namen speichern oder eine gespeicherte laden.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line; Ctrl+Up and Ctrl+Down recall earlier inputs.</source>
        <translation>Strg+Enter sendet; Enter beginnt eine neue Zeile; Strg+↑ und Strg+↓ holen frühere Eingaben zurück.</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>UTF-8 text with the escapes \r \n \t \0 \\ and \xHH</source>
        <translation>UTF-8-Text mit den Escape-Sequenzen \r \n \t \0 \\ und \xHH</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c, 48656c or 0x48,0x65</source>
        <translation>Hex-Bytes wie 48 65 6c, 48656c oder 0x48,0x65</translation>
    </message>
    <message>
        <source>Line &amp;ending:</source>
        <translation>&amp;Zeilenende:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation>CR (\r)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Send the same bytes several times, with a pause between sends.</source>
        <translation>Dieselben Bytes mehrmals senden, mit einer Pause dazwischen.</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>How many times to send.</source>
        <translation>Wie oft gesendet wird.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between sends in milliseconds; 0 sends as fast as possible.</source>
        <translation>Pause zwischen den Sendungen in Millisekunden; 0 sendet so schnell wie möglich.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>S&amp;enden</translation>
    </message>
    <message>
        <source>Send the input (Ctrl+Enter).</source>
        <translation>Die Eingabe senden (Strg+Enter).</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>There is no open connection to send %1 to.</source>
        <translation>Keine offene Verbindung, an die %1 gesendet werden kann.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be sent.</source>
        <translation>%1 ist %2 groß; Dateien bis %3 können gesendet werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; files up to that size can be sent.</source>
        <translation>%1 ist größer als %2; nur Dateien bis zu dieser Größe können gesendet werden.</translation>
    </message>
    <message>
        <source>%1 is empty; nothing was sent.</source>
        <translation>%1 ist leer; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Sent %1 (%2 bytes)</source>
        <translation>%1 gesendet (%2 Bytes)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop repeating (Esc).</source>
        <translation>Wiederholung abbrechen (Esc).</translation>
    </message>
    <message>
        <source>There is no open connection to send to.</source>
        <translation>Keine offene Verbindung zum Senden.</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 48656c6c6f or 0x48,0x65. Ctrl+Enter sends.</source>
        <translation>Hex-Bytes, z. B. 48 65 6c 6c 6f, 48656c6c6f oder 0x48,0x65. Strg+Enter sendet.</translation>
    </message>
    <message>
        <source>Text to send. Escapes: \r \n \t \0 \\ \xHH. Ctrl+Enter sends, Enter starts a new line.</source>
        <translation>Zu sendender Text. Escape-Sequenzen: \r \n \t \0 \\ \xHH. Strg+Enter sendet, Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Textbaustein speichern</translation>
    </message>
    <message>
        <source>Save the current input, mode and line ending as:</source>
        <translation>Aktuelle Eingabe, Modus und Zeilenende speichern unter:</translation>
    </message>
    <message>
        <source>Replace Snippet</source>
        <translation>Textbaustein ersetzen</translation>
    </message>
    <message>
        <source>A snippet named &quot;%1&quot; exists. Replace it?</source>
        <translation>Ein Textbaustein namens „%1“ existiert bereits. Möchten Sie ihn ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Save Current Input…</source>
        <translation>Aktuelle Eingabe &amp;speichern…</translation>
    </message>
    <message>
        <source>No saved snippets</source>
        <translation>Keine gespeicherten Textbausteine</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <source>Delete the snippet &quot;%1&quot;?</source>
        <translation>Den Textbaustein „%1“ löschen?</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Send Fi&amp;le…</source>
        <translation>Date&amp;i senden…</translation>
    </message>
    <message>
        <source>Nothing sent: no open connection is selected.</source>
        <translation>Nichts gesendet: Keine offene Verbindung ausgewählt.</translation>
    </message>
    <message>
        <source>How the input is read: text with escapes, or hex bytes. Both take fields: {{counter}} (sends so far + 1), {{time}}, {{random:N}}, {{data}} (what the connection last received), and checksums of what precedes them: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, :hex for hex digits.</source>
        <translation>Wie die Eingabe gelesen wird: Text mit Escape-Sequenzen oder Hex-Bytes. Beide nehmen Felder: {{counter}} (bisherige Sendungen + 1), {{time}}, {{random:N}}, {{data}} (was die Verbindung zuletzt empfangen hat) und Prüfsummen über das Vorangehende: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, :hex für Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Appended after the input each time it is sent. With CR or CRLF, every line break typed in the input becomes that ending too (an escaped \n stays LF).</source>
        <translation>Wird bei jedem Senden an die Eingabe angehängt. Mit CR oder CRLF wird auch jeder in der Eingabe getippte Zeilenumbruch zu diesem Zeilenende (ein maskiertes \n bleibt LF).</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Wiederholungsabstand</translation>
    </message>
    <message>
        <source>Send the contents of a file once (up to 64 MiB); the arrow sends it in fixed-size chunks.</source>
        <translation>Den Inhalt einer Datei einmal senden (bis 64 MiB); der Pfeil sendet sie in Blöcken fester Größe.</translation>
    </message>
    <message>
        <source>Send File in Fixed-Size &amp;Chunks…</source>
        <translation>Datei in festen &amp;Blöcken senden…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2: %3</source>
        <translation>Abgebrochen nach %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 in chunks of %2 bytes would be %3 sends; at most %4: choose larger chunks.</source>
        <translation>%1 in Blöcken von %2 Bytes wären %3 Sendungen; höchstens %4: Wählen Sie größere Blöcke.</translation>
    </message>
    <message>
        <source>Sent %1 in %2 chunks of %3 bytes (%4 bytes of padding)</source>
        <translation>%1 in %2 Blöcken von %3 Bytes gesendet (%4 Bytes Auffüllung)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Sent %1; not kept in the history (over %2)</source>
        <translation>%1 gesendet; nicht im Verlauf behalten (über %2)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) again</source>
        <translation>
            <numerusform>%n Byte erneut gesendet</numerusform>
            <numerusform>%n Bytes erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the input is %1; a snippet keeps up to %2.</source>
        <translation>Nicht gespeichert: Die Eingabe umfasst %1; ein Textbaustein fasst bis %2.</translation>
    </message>
    <message>
        <source>Not saved: the snippets would take more than %1; delete some first.</source>
        <translation>Nicht gespeichert: Die Textbausteine bräuchten mehr als %1; löschen Sie zuerst einige.</translation>
    </message>
    <message>
        <source>Send File in Chunks</source>
        <translation>Datei in Blöcken senden</translation>
    </message>
    <message>
        <source>Bytes per chunk (the last chunk is padded with zeros):</source>
        <translation>Bytes pro Block (der letzte Block wird mit Nullen aufgefüllt):</translation>
    </message>
    <message>
        <source>(select a connection to send it to)</source>
        <translation>(wählen Sie eine Verbindung zum Senden aus)</translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerPreset</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Received bytes are shown; you answer from the send panel.</source>
        <translation>Empfangene Bytes werden angezeigt; Sie antworten über den Sendebereich.</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Every byte received is sent straight back to the client that sent it.</source>
        <translation>Jedes empfangene Byte wird sofort an den Client zurückgesendet, der es gesendet hat.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Received bytes are recorded and dropped; nothing is sent back.</source>
        <translation>Empfangene Bytes werden aufgezeichnet und verworfen; nichts wird zurückgesendet.</translation>
    </message>
    <message>
        <source>Basic echo server (chapter)</source>
        <translation>Einfacher Echo-Server (Kapitel)</translation>
    </message>
    <message>
        <source>One client within 60 s, backlog 10: answers ECHO: and what came, once, then closes. The chapter listens on port 9999.</source>
        <translation>Ein Client innerhalb von 60 s, Backlog 10: antwortet einmal mit ECHO: und dem Angekommenen, dann schließt er. Das Kapitel lauscht auf Port 9999.</translation>
    </message>
    <message>
        <source>Basic echo server</source>
        <translation>Einfacher Echo-Server</translation>
    </message>
    <message>
        <source>EchoServer (chapter)</source>
        <translation>EchoServer (Kapitel)</translation>
    </message>
    <message>
        <source>Many clients, backlog 10: each is answered ECHO: and what came, then closed; a client silent for 5 s is closed. The chapter listens on port 9999.</source>
        <translation>Viele Clients, Backlog 10: Jeder erhält ECHO: und das Angekommene als Antwort und wird dann geschlossen; ein Client, der 5 s schweigt, wird geschlossen. Das Kapitel lauscht auf Port 9999.</translation>
    </message>
    <message>
        <source>EchoServer</source>
        <translation>EchoServer</translation>
    </message>
    <message>
        <source>SocketStream server (chapter)</source>
        <translation>SocketStream-Server (Kapitel)</translation>
    </message>
    <message>
        <source>One client within 30 s, backlog 10: greets it with Greetings from Pharo Server and CR LF; its line shows in the conversation. The chapter listens on port 12345.</source>
        <translation>Ein Client innerhalb von 30 s, Backlog 10: begrüßt ihn mit Greetings from Pharo Server und CR LF; seine Zeile erscheint im Gesprächsverlauf. Das Kapitel lauscht auf Port 12345.</translation>
    </message>
    <message>
        <source>SocketStream server</source>
        <translation>SocketStream-Server</translation>
    </message>
    <message>
        <source>Received datagrams are shown; you answer from the send panel.</source>
        <translation>Empfangene Datagramme werden angezeigt; Sie antworten über den Sendebereich.</translation>
    </message>
    <message>
        <source>Every datagram received is sent straight back to the peer that sent it.</source>
        <translation>Jedes empfangene Datagramm wird sofort an die Gegenstelle zurückgesendet, die es gesendet hat.</translation>
    </message>
    <message>
        <source>Received datagrams are recorded and dropped; nothing is sent back.</source>
        <translation>Empfangene Datagramme werden aufgezeichnet und verworfen; nichts wird zurückgesendet.</translation>
    </message>
    <message>
        <source>Answers a peer&apos;s datagram with ECHO: and what came, then forgets the peer. UDP has no client to wait for and no backlog. The chapter listens on port 9999.</source>
        <translation>Beantwortet das Datagramm einer Gegenstelle mit ECHO: und dem Angekommenen und vergisst die Gegenstelle dann. UDP hat keinen Client, auf den gewartet wird, und keinen Backlog. Das Kapitel lauscht auf Port 9999.</translation>
    </message>
    <message>
        <source>Answers each datagram with ECHO: and what came, then forgets its peer; a peer silent for 5 s is forgotten. UDP has no backlog. The chapter listens on port 9999.</source>
        <translation>Beantwortet jedes Datagramm mit ECHO: und dem Angekommenen und vergisst dann seine Gegenstelle; eine Gegenstelle, die 5 s schweigt, wird vergessen. UDP hat keinen Backlog. Das Kapitel lauscht auf Port 9999.</translation>
    </message>
    <message>
        <source>Greets each new peer with Greetings from Pharo Server and CR LF once its first datagram came (UDP accepts nothing first). The chapter listens on port 12345.</source>
        <translation>Begrüßt jede neue Gegenstelle mit Greetings from Pharo Server und CR LF, sobald ihr erstes Datagramm angekommen ist (bei UDP wird vorher nichts angenommen). Das Kapitel lauscht auf Port 12345.</translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerResponsesEditor</name>
    <message>
        <source>Life cycle and responses</source>
        <translation>Lebenszyklus und Antworten</translation>
    </message>
    <message>
        <source>Escapes as in the send panel (\r \n \t \xHH) and fields: {{data}} what came, {{counter}}, {{time}}, {{random:N}}, and checksums of what precedes them: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, with :hex for hex digits.</source>
        <translation>Escape-Sequenzen wie im Sendebereich (\r \n \t \xHH) und Felder: {{data}} das Angekommene, {{counter}}, {{time}}, {{random:N}} und Prüfsummen über das Vorangehende: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, mit :hex für Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>system maximum</source>
        <translation>Systemmaximum</translation>
    </message>
    <message>
        <source>How many connection requests wait while none is accepted (the chapter uses 10). The kernel caps it at net.core.somaxconn.</source>
        <translation>Wie viele Verbindungsanfragen warten, solange keine angenommen wird (das Kapitel verwendet 10). Der Kernel begrenzt es auf net.core.somaxconn.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>wait forever</source>
        <translation>unbegrenzt warten</translation>
    </message>
    <message>
        <source>Stop listening when no client came this long (waitForAcceptFor:).</source>
        <translation>Das Lauschen beenden, wenn so lange kein Client kam (waitForAcceptFor:).</translation>
    </message>
    <message>
        <source>Stop listening after the first client</source>
        <translation>Nach dem ersten Client nicht mehr lauschen</translation>
    </message>
    <message>
        <source>Like nc -l without -k: the first client is served, no other is accepted.</source>
        <translation>Wie nc -l ohne -k: Der erste Client wird bedient, kein weiterer angenommen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Close a connection when nothing arrives from its client this long (receiveDataTimeout:).</source>
        <translation>Eine Verbindung schließen, wenn so lange nichts von ihrem Client ankommt (receiveDataTimeout:).</translation>
    </message>
    <message>
        <source>nothing; e.g. Hello\r\n</source>
        <translation>nichts; z. B. Hello\r\n</translation>
    </message>
    <message>
        <source>Sent to each client when it is accepted. %1</source>
        <translation>Wird jedem Client gesendet, wenn er angenommen wird. %1</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Each chunk received</source>
        <translation>Jeden Block</translation>
    </message>
    <message>
        <source>Each line received</source>
        <translation>Jede Zeile</translation>
    </message>
    <message>
        <source>What is answered: each piece as it arrives, or each line (up to LF).</source>
        <translation>Was beantwortet wird: jedes Stück, wie es ankommt, oder jede Zeile (bis LF).</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Containing text</source>
        <translation>Enthält Text</translation>
    </message>
    <message>
        <source>Matching a regular expression</source>
        <translation>Passt auf regulären Ausdruck</translation>
    </message>
    <message>
        <source>Containing hex bytes</source>
        <translation>Enthält Hex-Bytes</translation>
    </message>
    <message>
        <source>Text with escapes, a regular expression (over the bytes, one character each), or hex bytes such as 01 03.</source>
        <translation>Text mit Escape-Sequenzen, ein regulärer Ausdruck (über die Bytes, je ein Zeichen) oder Hex-Bytes wie 01 03.</translation>
    </message>
    <message>
        <source>e.g. ECHO: {{data}}</source>
        <translation>z. B. ECHO: {{data}}</translation>
    </message>
    <message>
        <source>Sent back for each chunk or line that matches. %1</source>
        <translation>Wird für jeden passenden Block und jede passende Zeile zurückgesendet. %1</translation>
    </message>
    <message>
        <source>Greeting and answer are hex bytes</source>
        <translation>Begrüßung und Antwort sind Hex-Bytes</translation>
    </message>
    <message>
        <source>Read the greeting and the answer as hex (01 03 {{crc16}}), not as text.</source>
        <translation>Begrüßung und Antwort als Hex lesen (01 03 {{crc16}}), nicht als Text.</translation>
    </message>
    <message>
        <source>Close the connection after answering</source>
        <translation>Verbindung nach der Antwort schließen</translation>
    </message>
    <message>
        <source>Like the chapter&apos;s echo servers: one answer, then close.</source>
        <translation>Wie die Echo-Server des Kapitels: eine Antwort, dann schließen.</translation>
    </message>
    <message>
        <source>Bac&amp;klog:</source>
        <translation>Bac&amp;klog:</translation>
    </message>
    <message>
        <source>Acce&amp;pt timeout:</source>
        <translation>Annahme&amp;frist:</translation>
    </message>
    <message>
        <source>&amp;Receive timeout:</source>
        <translation>&amp;Empfangsfrist:</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>&amp;Begrüßung:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Only when:</source>
        <translation>&amp;Nur wenn:</translation>
    </message>
    <message>
        <source>Ans&amp;wer with:</source>
        <translation>Antwort&amp;text:</translation>
    </message>
    <message>
        <source>Say what to answer, or choose to answer nothing.</source>
        <translation>Geben Sie an, was geantwortet wird, oder wählen Sie, nichts zu antworten.</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Forget the peer after answering</source>
        <translation>Gegenstelle nach der Antwort vergessen</translation>
    </message>
    <message>
        <source>Its next datagram makes a new peer, answered anew.</source>
        <translation>Ihr nächstes Datagramm ergibt eine neue Gegenstelle, die erneut beantwortet wird.</translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerSession</name>
    <message>
        <source>Echo server</source>
        <translation>Echo-Server</translation>
    </message>
    <message>
        <source>Discard server</source>
        <translation>Verwerfender Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Sends every byte back to the connection it came from</source>
        <translation>Sendet jedes Byte an die Verbindung zurück, von der es kam</translation>
    </message>
    <message>
        <source>Records what it receives and sends nothing back</source>
        <translation>Zeichnet auf, was er empfängt, und sendet nichts zurück</translation>
    </message>
    <message>
        <source>Sends only what you send</source>
        <translation>Sendet nur, was Sie senden</translation>
    </message>
    <message>
        <source>too many open files (%1 open): raise ulimit -n</source>
        <translation>zu viele offene Dateien (%1 offen): ulimit -n erhöhen</translation>
    </message>
    <message>
        <source>too many open files: raise ulimit -n</source>
        <translation>zu viele offene Dateien: ulimit -n erhöhen</translation>
    </message>
    <message>
        <source>cannot accept connections: %1; retrying</source>
        <translation>kann keine Verbindungen annehmen: %1; neuer Versuch</translation>
    </message>
    <message>
        <source>Responding server</source>
        <translation>Antwortender Server</translation>
    </message>
    <message>
        <source>%1 (TLS)</source>
        <translation>%1 (TLS)</translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation>innerhalb von %1 s kam kein Client</translation>
    </message>
    <message>
        <source>greets</source>
        <translation>begrüßt</translation>
    </message>
    <message>
        <source>answers each line</source>
        <translation>beantwortet jede Zeile</translation>
    </message>
    <message>
        <source>answers each chunk</source>
        <translation>beantwortet jeden Block</translation>
    </message>
    <message>
        <source>closes after answering</source>
        <translation>schließt nach der Antwort</translation>
    </message>
    <message>
        <source>closes after %1 s without data</source>
        <translation>schließt nach %1 s ohne Daten</translation>
    </message>
    <message>
        <source>Automatic responses: %1</source>
        <translation>Automatische Antworten: %1</translation>
    </message>
    <message>
        <source>TLS, certificate SHA-256 %1</source>
        <translation>TLS, Zertifikat SHA-256 %1</translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate: %1</source>
        <translation>selbstsigniertes Zertifikat kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Session</name>
    <message>
        <source>this session cannot start TLS</source>
        <translation>diese Sitzung kann TLS nicht starten</translation>
    </message>
</context>
<context>
    <name>Sockbench::SessionTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <source>Peer: %1</source>
        <translation>Gegenstelle: %1</translation>
    </message>
    <message>
        <source>Connections: %1 open, %2 listed</source>
        <translation>Verbindungen: %1 offen, %2 aufgeführt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Connection #%1</source>
        <translation>Verbindung #%1</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>Empfangen %1, gesendet %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>löst auf…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>peer closed its side</source>
        <translation>Gegenstelle hat ihre Seite geschlossen</translation>
    </message>
    <message>
        <source>we closed our side</source>
        <translation>wir haben unsere Seite geschlossen</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>geschlossen: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>half-closed</source>
        <translation>halb geschlossen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>looking the host name up</source>
        <translation>Hostname wird aufgelöst</translation>
    </message>
    <message>
        <source>waiting for the peer to accept</source>
        <translation>wartet, dass die Gegenstelle annimmt</translation>
    </message>
    <message>
        <source>accepting new connections</source>
        <translation>nimmt neue Verbindungen an</translation>
    </message>
    <message>
        <source>accepts no new connections; open ones stay</source>
        <translation>nimmt keine neuen Verbindungen an; offene bleiben bestehen</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>TLS: handshake not finished</source>
        <translation>TLS: Handshake nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is NOT VERIFIED</source>
        <translation>Das Zertifikat der Gegenstelle ist NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>UDP: %1 datagrams received, %2 sent</source>
        <translation>UDP: %1 Datagramme empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>a byte count below 1 KiB, with the unit symbol (French: %1 o)</comment>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>Sockbench::SocketStream</name>
    <message>
        <source>cannot read a negative number of bytes (%1)</source>
        <translation>eine negative Anzahl Bytes kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the delimiter is empty</source>
        <translation>das Trennzeichen ist leer</translation>
    </message>
    <message>
        <source>another read is already pending on this stream</source>
        <translation>auf diesem Datenstrom wartet bereits ein anderer Lesevorgang</translation>
    </message>
    <message>
        <source>timed out after %1 ms waiting for %2</source>
        <translation>Zeitüberschreitung nach %1 ms beim Warten auf %2</translation>
    </message>
    <message>
        <source>connection closed by peer before %1 arrived</source>
        <translation>Verbindung von der Gegenstelle geschlossen, bevor %1 ankam</translation>
    </message>
    <message>
        <source>connection closed before %1 arrived</source>
        <translation>Verbindung geschlossen, bevor %1 ankam</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>eine Zeile</translation>
    </message>
    <message>
        <source>the delimiter &quot;%1&quot;</source>
        <translation>das Trennzeichen „%1“</translation>
    </message>
    <message>
        <source>the end of the input</source>
        <translation>das Ende der Eingabe</translation>
    </message>
    <message>
        <source>any data</source>
        <translation>beliebige Daten</translation>
    </message>
    <message>
        <source>the socket stream was destroyed while reading</source>
        <translation>der Socket-Datenstrom wurde während des Lesens zerstört</translation>
    </message>
    <message>
        <source>no end of line within %1 bytes (the line limit)</source>
        <translation>kein Zeilenende innerhalb von %1 Bytes (die Zeilengrenze)</translation>
    </message>
    <message>
        <source>no delimiter &quot;%1&quot; within %2 bytes (the line limit)</source>
        <translation>kein Trennzeichen „%1“ innerhalb von %2 Bytes (die Zeilengrenze)</translation>
    </message>
    <message>
        <source>the read buffer is full: it took no more bytes after its bound, and the %1 bytes it holds are not %2</source>
        <translation>der Lesepuffer ist voll: Er hat über seine Grenze hinaus keine Bytes mehr angenommen, und die %1 Bytes darin sind nicht %2</translation>
    </message>
    <message>
        <source>the data available</source>
        <translation>die verfügbaren Daten</translation>
    </message>
</context>
<context>
    <name>Sockbench::StagedFile</name>
    <message>
        <source>the file is not open for writing</source>
        <translation>die Datei ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>Sockbench::StreamErrorText</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>Zeitüberschreitung wegen Inaktivität</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>address already in use</source>
        <translation>Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>address not available on this machine</source>
        <translation>Adresse auf diesem Rechner nicht verfügbar</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>Verbindung von der Gegenstelle zurückgesetzt</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>ungültiges Argument</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation>Zertifikatsprüfung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Sockbench::TcpConnector</name>
    <message>
        <source>%1 has no address of the requested family</source>
        <translation>%1 hat keine Adresse der angeforderten Familie</translation>
    </message>
</context>
<context>
    <name>Sockbench::TcpReassembler</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>reset by the local side</source>
        <translation>von der lokalen Seite zurückgesetzt</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>Verbindung von der Gegenstelle zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsOptionsBox</name>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>Vertraute CAs:</translation>
    </message>
    <message>
        <source>the system&apos;s; or a PEM file</source>
        <translation>die des Systems oder eine PEM-Datei</translation>
    </message>
    <message>
        <source>the host connected to</source>
        <translation>der verbundene Host</translation>
    </message>
    <message>
        <source>Server name (SNI):</source>
        <translation>Servername (SNI):</translation>
    </message>
    <message>
        <source>SHA-256, e.g. AB:CD:... (optional)</source>
        <translation>SHA-256, z. B. AB:CD:... (optional)</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Fixes Zertifikat:</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers nicht prüfen</translation>
    </message>
    <message>
        <source>Anyone between you and the server can read and change the bytes. The session is marked.</source>
        <translation>Jeder zwischen Ihnen und dem Server kann die Bytes lesen und ändern. Die Sitzung wird markiert.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>when the key is encrypted</source>
        <translation>wenn der Schlüssel verschlüsselt ist</translation>
    </message>
    <message>
        <source>Pass phrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation>Nicht erfragt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Erbeten</translation>
    </message>
    <message>
        <source>Required (verified against the CAs)</source>
        <translation>Erforderlich (gegen die CAs geprüft)</translation>
    </message>
    <message>
        <source>Client certificates:</source>
        <translation>Client-Zertifikate:</translation>
    </message>
    <message>
        <source>e.g. h2,http/1.1 (optional)</source>
        <translation>z. B. h2,http/1.1 (optional)</translation>
    </message>
    <message>
        <source>ALPN:</source>
        <translation>ALPN:</translation>
    </message>
    <message>
        <source>Oldest version:</source>
        <translation>Älteste Version:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>PEM-Datei wählen</translation>
    </message>
    <message>
        <source>Choose a PEM File</source>
        <translation>PEM-Datei wählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>for mutual TLS (optional)</source>
        <translation>für gegenseitiges TLS (optional)</translation>
    </message>
    <message>
        <source>none: a self-signed one for localhost</source>
        <translation>keines: ein selbstsigniertes für localhost</translation>
    </message>
    <message>
        <source>the client certificate&apos;s key</source>
        <translation>der Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>the certificate&apos;s key</source>
        <translation>der Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <source>for client certificates</source>
        <translation>für Client-Zertifikate</translation>
    </message>
    <message>
        <source>&amp;TLS (verify the server)</source>
        <translation>&amp;TLS (Server prüfen)</translation>
    </message>
    <message>
        <source>the pinned certificate needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>das fixe Zertifikat erfordert einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern, Doppelpunkte erlaubt</translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsSetup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or key file (%2 bytes)</source>
        <translation>%1 ist zu groß für eine Zertifikats- oder Schlüsseldatei (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>a key needs its certificate (--cert)</source>
        <translation>ein Schlüssel braucht sein Zertifikat (--cert)</translation>
    </message>
    <message>
        <source>a certificate needs its key (--key)</source>
        <translation>ein Zertifikat braucht seinen Schlüssel (--key)</translation>
    </message>
    <message>
        <source>cannot read the private key in %1: wrong pass phrase?</source>
        <translation>der private Schlüssel in %1 kann nicht gelesen werden: falsche Passphrase?</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA)</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
    <message>
        <source>an ALPN protocol name has 1 to 255 bytes: &apos;%1&apos;</source>
        <translation>ein ALPN-Protokollname hat 1 bis 255 Bytes: „%1“</translation>
    </message>
    <message>
        <source>an older or unknown TLS version</source>
        <translation>eine ältere oder unbekannte TLS-Version</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>das Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1</source>
        <translation>das Zertifikat ist nicht vor %1 gültig</translation>
    </message>
    <message>
        <source>self-signed certificate (%1), not issued by a trusted authority</source>
        <translation>selbstsigniertes Zertifikat (%1), nicht von einer vertrauenswürdigen Stelle ausgestellt</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain (%1), not a trusted authority</source>
        <translation>selbstsigniertes Zertifikat in der Kette (%1), keine vertrauenswürdige Stelle</translation>
    </message>
    <message>
        <source>the certificate is for %1, another name</source>
        <translation>das Zertifikat gilt für %1, einen anderen Namen</translation>
    </message>
    <message>
        <source>name mismatch: the certificate is for %1, not %2</source>
        <translation>Namen stimmen nicht überein: Das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>unknown issuer: %1 is not a trusted authority</source>
        <translation>unbekannter Aussteller: %1 ist keine vertrauenswürdige Stelle</translation>
    </message>
    <message>
        <source>the peer sent no certificate</source>
        <translation>die Gegenstelle hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>Inhaber %1; Aussteller %2; gültig %3 bis %4; SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsStream</name>
    <message>
        <source>TLS is not available: Qt found no OpenSSL 3 library</source>
        <translation>TLS ist nicht verfügbar: Qt hat keine OpenSSL-3-Bibliothek gefunden</translation>
    </message>
    <message>
        <source>handshake started as a client, for %1</source>
        <translation>Handshake als Client begonnen, für %1</translation>
    </message>
    <message>
        <source>; WARNING: verification is off (--insecure), anyone in between can read and change the bytes</source>
        <translation>; WARNUNG: Prüfung ist aus (--insecure), jeder dazwischen kann die Bytes lesen und ändern</translation>
    </message>
    <message>
        <source>; accepting only the certificate %1</source>
        <translation>; nur das Zertifikat %1 wird angenommen</translation>
    </message>
    <message>
        <source>handshake started as a server</source>
        <translation>Handshake als Server begonnen</translation>
    </message>
    <message>
        <source>we will send nothing more (close_notify follows when the connection closes: TLS here cannot half-close)</source>
        <translation>wir senden nichts mehr (close_notify folgt beim Schließen der Verbindung: TLS kann hier nicht halb schließen)</translation>
    </message>
    <message>
        <source>certificate verification failed: its SHA-256 fingerprint is %1, not the pinned %2</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: Sein SHA-256-Fingerabdruck ist %1, nicht der fixierte %2</translation>
    </message>
    <message>
        <source>handshake finished in %1 ms: %2, %3</source>
        <translation>Handshake in %1 ms abgeschlossen: %2, %3</translation>
    </message>
    <message>
        <source>, no ALPN protocol</source>
        <translation>, kein ALPN-Protokoll</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>, ALPN %1</translation>
    </message>
    <message>
        <source>; server certificate: %1</source>
        <translation>; Server-Zertifikat: %1</translation>
    </message>
    <message>
        <source>; the client sent no certificate</source>
        <translation>; der Client hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>; client certificate: %1</source>
        <translation>; Client-Zertifikat: %1</translation>
    </message>
    <message>
        <source>; NOT VERIFIED</source>
        <translation>; NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>verification error: %1</source>
        <translation>Prüfungsfehler: %1</translation>
    </message>
    <message>
        <source>accepted anyway: verification is off (--insecure)</source>
        <translation>trotzdem angenommen: Prüfung ist aus (--insecure)</translation>
    </message>
    <message>
        <source>accepted: the certificate is the pinned one (%1)</source>
        <translation>angenommen: Das Zertifikat ist das fixierte (%1)</translation>
    </message>
    <message>
        <source>accepted once, as asked: the certificate %1</source>
        <translation>einmal angenommen, wie gewünscht: das Zertifikat %1</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint is %1, not the pinned %2</source>
        <translation>sein SHA-256-Fingerabdruck ist %1, nicht der fixierte %2</translation>
    </message>
    <message>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation>die Gegenstelle hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>certificate verification failed: %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>truncated: the peer closed the connection without close_notify; what it sent may be incomplete</source>
        <translation>abgeschnitten: Die Gegenstelle hat die Verbindung ohne close_notify geschlossen; was sie gesendet hat, ist möglicherweise unvollständig</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the peer sent close_notify: a clean close</source>
        <translation>die Gegenstelle hat close_notify gesendet: ein sauberes Schließen</translation>
    </message>
    <message>
        <source>we sent close_notify</source>
        <translation>wir haben close_notify gesendet</translation>
    </message>
    <message>
        <source>the peer sent the alert: %1</source>
        <translation>die Gegenstelle hat den Alert gesendet: %1</translation>
    </message>
    <message>
        <source>we sent the alert: %1</source>
        <translation>wir haben den Alert gesendet: %1</translation>
    </message>
    <message>
        <source>the peer does not speak TLS here</source>
        <translation>die Gegenstelle spricht hier kein TLS</translation>
    </message>
    <message>
        <source>the peer sent plain HTTP, not TLS</source>
        <translation>die Gegenstelle hat unverschlüsseltes HTTP gesendet, kein TLS</translation>
    </message>
    <message>
        <source>no TLS version both sides accept (--tls-min, --tls-max)</source>
        <translation>keine TLS-Version, die beide Seiten annehmen (--tls-min, --tls-max)</translation>
    </message>
    <message>
        <source>no cipher both sides accept</source>
        <translation>kein Verschlüsselungsverfahren, das beide Seiten annehmen</translation>
    </message>
    <message>
        <source>the peer refused the handshake (it may require a client certificate: --cert and --key; or accept none of our ciphers)</source>
        <translation>die Gegenstelle hat den Handshake abgelehnt (vielleicht verlangt sie ein Client-Zertifikat: --cert und --key; oder sie nimmt keines unserer Verschlüsselungsverfahren an)</translation>
    </message>
    <message>
        <source>the peer requires a client certificate (--cert and --key)</source>
        <translation>die Gegenstelle verlangt ein Client-Zertifikat (--cert und --key)</translation>
    </message>
    <message>
        <source>the client sent no certificate, and one is required</source>
        <translation>der Client hat kein Zertifikat gesendet, obwohl eines verlangt wird</translation>
    </message>
    <message>
        <source>the peer does not trust our certificate&apos;s issuer</source>
        <translation>die Gegenstelle vertraut dem Aussteller unseres Zertifikats nicht</translation>
    </message>
    <message>
        <source>the peer rejected our certificate</source>
        <translation>die Gegenstelle hat unser Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (OpenSSL: %2)</source>
        <translation>TLS-Handshake fehlgeschlagen: %1 (OpenSSL: %2)</translation>
    </message>
</context>
<context>
    <name>Sockbench::TrafficModel</name>
    <message>
        <source>sent to the peer</source>
        <translation>an die Gegenstelle gesendet</translation>
    </message>
    <message>
        <source>received from the peer</source>
        <translation>von der Gegenstelle empfangen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(payload lost: the spool could not be written)</source>
        <translation>(Nutzdaten verloren: Die Zwischendatei konnte nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Rtg.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Seconds since the event shown above</source>
        <translation>Sekunden seit dem darüber angezeigten Ereignis</translation>
    </message>
    <message>
        <source>Δ (s)</source>
        <translation>Δ (s)</translation>
    </message>
</context>
<context>
    <name>Sockbench::TrafficPane</name>
    <message>
        <source>&amp;Received</source>
        <translation>Emp&amp;fangen</translation>
    </message>
    <message>
        <source>Show bytes that came from the peer (←)</source>
        <translation>Bytes anzeigen, die von der Gegenstelle kamen (←)</translation>
    </message>
    <message>
        <source>S&amp;ent</source>
        <translation>Gese&amp;ndet</translation>
    </message>
    <message>
        <source>Show bytes sent to the peer (→)</source>
        <translation>Bytes anzeigen, die an die Gegenstelle gesendet wurden (→)</translation>
    </message>
    <message>
        <source>Show connects, accepts, closes and errors (•)</source>
        <translation>Verbindungsaufbau, Annahme, Schließen und Fehler anzeigen (•)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Search for text (with escapes such as \r\n) or for hex bytes</source>
        <translation>Nach Text (mit Escape-Sequenzen wie \r\n) oder nach Hex-Bytes suchen</translation>
    </message>
    <message>
        <source>Find in payloads (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Rückwärts suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Weitersuchen (F3)</translation>
    </message>
    <message>
        <source>&amp;Autoscroll</source>
        <translation>Auto-Bi&amp;ldlauf</translation>
    </message>
    <message>
        <source>Follow new traffic; scrolling back pauses it</source>
        <translation>Neuem Datenverkehr folgen; Zurückblättern hält dies an</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Show all traffic, one session&apos;s or one connection&apos;s</source>
        <translation>Den gesamten Datenverkehr oder den einer Sitzung oder Verbindung anzeigen</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Gesamter Datenverkehr</translation>
    </message>
    <message>
        <source>    #%1  %2</source>
        <translation>    #%1  %2</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>Lebenszy&amp;klus</translation>
    </message>
    <message>
        <source>&amp;Copy Bytes as Text</source>
        <translation>Bytes als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy Bytes as &amp;Hex</source>
        <translation>Bytes als &amp;Hex kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s)</source>
        <translation>
            <numerusform>%n Byte kopiert</numerusform>
            <numerusform>%n Bytes kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Send &amp;Panel</source>
        <translation>In den &amp;Sendebereich</translation>
    </message>
    <message>
        <source>Put the selected events&apos; bytes in the send panel, to edit and send</source>
        <translation>Die Bytes der ausgewählten Ereignisse in den Sendebereich übernehmen, zum Bearbeiten und Senden</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected events&apos; bytes again to the send panel&apos;s target</source>
        <translation>Die Bytes der ausgewählten Ereignisse erneut an das Ziel des Sendebereichs senden</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every event of the selected scope: time, connection, direction, size, preview</source>
        <translation>Jedes Ereignis des gewählten Bereichs: Zeit, Verbindung, Richtung, Größe, Vorschau</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Traffic scope</source>
        <translation>Verkehrsbereich</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Suchmodus</translation>
    </message>
    <message>
        <source>Find in payloads</source>
        <translation>In Nutzdaten suchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptController</name>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>&amp;Mitschnitt öffnen…</translation>
    </message>
    <message>
        <source>Save Selected Session or &amp;Connection…</source>
        <translation>Ausgewählte Sitzung oder &amp;Verbindung speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>Verbindung #%1</translation>
    </message>
    <message>
        <source>Select a session or a connection to save.</source>
        <translation>Wählen Sie eine Sitzung oder Verbindung zum Speichern aus.</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Crash recovery stopped: %1</source>
        <translation>Absturzwiederherstellung angehalten: %1</translation>
    </message>
    <message>
        <source>Crash recovery is off: %1</source>
        <translation>Absturzwiederherstellung deaktiviert: %1</translation>
    </message>
    <message>
        <source>Recover Traffic</source>
        <translation>Datenverkehr wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Sockbench did not close properly last time. The traffic it had recorded was kept (%n session journal(s)). Open it now?</source>
        <translation>
            <numerusform>Sockbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Der aufgezeichnete Datenverkehr wurde aufbewahrt (%n Sitzungsjournal). Jetzt öffnen?</numerusform>
            <numerusform>Sockbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Der aufgezeichnete Datenverkehr wurde aufbewahrt (%n Sitzungsjournale). Jetzt öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Recovered traffic, kept in %1</source>
        <translation>Wiederhergestellter Datenverkehr, aufbewahrt in %1</translation>
    </message>
    <message>
        <source>Open a pcapng, pcap or JSON Lines file read-only (Ctrl+O)</source>
        <translation>Eine pcapng-, pcap- oder JSON-Lines-Datei schreibgeschützt öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Transcripts and captures (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;All files (*)</source>
        <translation>Mitschnitte und Aufzeichnungen (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Kept in %1. Opened, each stays there under a new name until you delete it.</source>
        <translation>Aufbewahrt in %1. Geöffnet bleibt jede dort unter einem neuen Namen, bis Sie sie löschen.</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptFile</name>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name (use .pcapng, .txt, .hex or .jsonl)</source>
        <translation>das Format von „%1“ lässt sich nicht am Namen erkennen (verwenden Sie .pcapng, .txt, .hex oder .jsonl)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: row %2 is not in the capture</source>
        <translation>%1 kann nicht geschrieben werden: Zeile %2 ist nicht in der Aufzeichnung</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptJournal</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptLoader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptReader</name>
    <message>
        <source>%1 is a %2 transcript, written for people: only pcapng and JSON Lines transcripts (and pcap captures) open</source>
        <translation>%1 ist ein %2-Mitschnitt, für Menschen geschrieben: Nur pcapng- und JSON-Lines-Mitschnitte (und pcap-Aufzeichnungen) lassen sich öffnen</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptSaver</name>
    <message>
        <source>pcapng, for Wireshark, lossless (*.pcapng)</source>
        <translation>pcapng, für Wireshark, verlustfrei (*.pcapng)</translation>
    </message>
    <message>
        <source>Text log (*.txt)</source>
        <translation>Textprotokoll (*.txt)</translation>
    </message>
    <message>
        <source>Hexdump (*.hex)</source>
        <translation>Hexdump (*.hex)</translation>
    </message>
    <message>
        <source>JSON Lines, lossless (*.jsonl)</source>
        <translation>JSON Lines, verlustfrei (*.jsonl)</translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation>Mitschnitt &amp;speichern…</translation>
    </message>
    <message>
        <source>Save everything recorded, in any format (Ctrl+S)</source>
        <translation>Alles Aufgezeichnete in einem beliebigen Format speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save Selected &amp;Events…</source>
        <translation>Ausgewählte &amp;Ereignisse speichern…</translation>
    </message>
    <message>
        <source>Save the events selected in the traffic log</source>
        <translation>Die im Protokoll ausgewählten Ereignisse speichern</translation>
    </message>
    <message>
        <source>Select events in the traffic log to save them.</source>
        <translation>Wählen Sie Ereignisse im Protokoll aus, um sie zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Save Transcript: %1</source>
        <translation>Mitschnitt speichern: %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Transcript not saved</source>
        <translation>Mitschnitt nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 was not saved: %2

Any earlier file of that name is unchanged.</source>
        <translation>%1 wurde nicht gespeichert: %2

Eine eventuell vorhandene ältere Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <source>Sockbench %1: %2, saved %3</source>
        <translation>Sockbench %1: %2, gespeichert %3</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>gesamter Datenverkehr</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptWindow</name>
    <message>
        <source>Cannot open transcript</source>
        <translation>Mitschnitt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>%1 wird gelesen… %2&#xa0;%</translation>
    </message>
    <message>
        <source>Transcript partly read</source>
        <translation>Mitschnitt teilweise gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks off: %2

The %n event(s) read before that place are shown.</source>
        <translation>
            <numerusform>%1 bricht ab: %2

%n davor gelesenes Ereignis wird angezeigt.</numerusform>
            <numerusform>%1 bricht ab: %2

Die %n davor gelesenen Ereignisse werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written by Sockbench: the TCP conversations were reconstructed from its packets.</source>
        <translation>Nicht von Sockbench geschrieben: Die TCP-Verbindungen wurden aus seinen Paketen rekonstruiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>&amp;Mitschnitt öffnen…</translation>
    </message>
    <message>
        <source>Open a pcapng or JSON Lines transcript read-only</source>
        <translation>Einen pcapng- oder JSON-Lines-Mitschnitt schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Replay as Clie&amp;nt…</source>
        <translation>Als &amp;Client wiedergeben…</translation>
    </message>
    <message>
        <source>Connect to a server and send it what this transcript&apos;s connection sent</source>
        <translation>Mit einem Server verbinden und ihm senden, was die Verbindung dieses Mitschnitts gesendet hat</translation>
    </message>
    <message>
        <source>Replay as Ser&amp;ver…</source>
        <translation>Als Se&amp;rver wiedergeben…</translation>
    </message>
    <message>
        <source>Listen, and send the first client what this transcript&apos;s connection sent</source>
        <translation>Lauschen und dem ersten Client senden, was die Verbindung dieses Mitschnitts gesendet hat</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fenster schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close this transcript</source>
        <translation>Diesen Mitschnitt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find text or hex bytes in payloads</source>
        <translation>Text oder Hex-Bytes in den Nutzdaten suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Relative Times</source>
        <translation>&amp;Relative Zeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show times as seconds since the session started</source>
        <translation>Zeiten als Sekunden seit dem Start der Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;All Traffic</source>
        <translation>&amp;Gesamten Datenverkehr anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Show every connection&apos;s traffic instead of the scope&apos;s</source>
        <translation>Den Datenverkehr aller Verbindungen statt nur der Auswahl anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>Daten&amp;verkehr</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sockbench</source>
        <translation>&amp;Über Sockbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Traffic &amp;log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Transcripts (*.pcapng *.jsonl *.ndjson);;All files (*)</source>
        <translation>Mitschnitte (*.pcapng *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>The window this transcript was opened from is closed.</source>
        <translation>Das Fenster, aus dem dieser Mitschnitt geöffnet wurde, ist geschlossen.</translation>
    </message>
    <message>
        <source>This transcript has no connection to replay.</source>
        <translation>Dieser Mitschnitt enthält keine Verbindung zum Wiedergeben.</translation>
    </message>
    <message>
        <source>Replay Connection #%1</source>
        <translation>Verbindung #%1 wiedergeben</translation>
    </message>
    <message>
        <source>#%1  %2 ⇄ %3</source>
        <translation>#%1  %2 ⇄ %3</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %n byte(s) at %3</source>
        <translation>
            <numerusform>#%1 %2 %n Byte um %3</numerusform>
            <numerusform>#%1 %2 %n Bytes um %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Event at %1</source>
        <translation>Ereignis um %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>%1 (transcript, read-only) — Sockbench</source>
        <translation>%1 (Mitschnitt, schreibgeschützt) – Sockbench</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not in the log</source>
        <translation>
            <numerusform>%n älteres Ereignis nicht im Protokoll</numerusform>
            <numerusform>%n ältere Ereignisse nicht im Protokoll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptWriter</name>
    <message>
        <source>could not write the transcript</source>
        <translation>der Mitschnitt konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Sockbench::UdpSession</name>
    <message>
        <source>UDP socket</source>
        <translation>UDP-Socket</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>Senden an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot send from %1 to %2: they are of different address families</source>
        <translation>Senden von %1 an %2 nicht möglich: Sie gehören zu verschiedenen Adressfamilien</translation>
    </message>
    <message>
        <source>datagram truncated: %1 bytes, the first %2 kept</source>
        <translation>Datagramm gekürzt: %1 Bytes, die ersten %2 behalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n datagram(s): the receive buffer was full</source>
        <translation>
            <numerusform>der Kernel hat %n Datagramm verworfen: Der Empfangspuffer war voll</numerusform>
            <numerusform>der Kernel hat %n Datagramme verworfen: Der Empfangspuffer war voll</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot join %1: not bound</source>
        <translation>Beitritt zu %1 nicht möglich: nicht gebunden</translation>
    </message>
    <message>
        <source>cannot leave %1: not bound</source>
        <translation>Verlassen von %1 nicht möglich: nicht gebunden</translation>
    </message>
    <message>
        <source>UDP: sends every datagram back to the peer it came from</source>
        <translation>UDP: sendet jedes Datagramm an die Gegenstelle zurück, von der es kam</translation>
    </message>
    <message>
        <source>UDP: records what it receives and sends nothing back</source>
        <translation>UDP: zeichnet auf, was es empfängt, und sendet nichts zurück</translation>
    </message>
    <message>
        <source>UDP, connected to one peer</source>
        <translation>UDP, mit einer Gegenstelle verbunden</translation>
    </message>
    <message>
        <source>UDP: sends only what you send</source>
        <translation>UDP: sendet nur, was Sie senden</translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n datagram(s)</source>
        <translation>
            <numerusform>der Kernel hat %n Datagramm verworfen</numerusform>
            <numerusform>der Kernel hat %n Datagramme verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>UDP-Echo</translation>
    </message>
    <message>
        <source>UDP discard</source>
        <translation>UDP-Verwerfen</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>cannot bind: %1</source>
        <translation>kann nicht binden: %1</translation>
    </message>
    <message>
        <source>greets each new peer</source>
        <translation>begrüßt jede neue Gegenstelle</translation>
    </message>
    <message>
        <source>answers each line</source>
        <translation>beantwortet jede Zeile</translation>
    </message>
    <message>
        <source>answers each datagram</source>
        <translation>beantwortet jedes Datagramm</translation>
    </message>
    <message>
        <source>forgets the peer after answering</source>
        <translation>vergisst die Gegenstelle nach der Antwort</translation>
    </message>
    <message>
        <source>forgets a peer silent for %1 s</source>
        <translation>vergisst eine Gegenstelle, die %1 s schweigt</translation>
    </message>
    <message>
        <source>UDP, automatic responses: %1</source>
        <translation>UDP, automatische Antworten: %1</translation>
    </message>
    <message>
        <source>UDP %1</source>
        <translation>UDP %1</translation>
    </message>
    <message>
        <source>responding socket</source>
        <translation>antwortender Socket</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--server needs a port from 0 to 65535</source>
        <translation>--server erwartet einen Port von 0 bis 65535</translation>
    </message>
    <message>
        <source>--client needs HOST:PORT, with a port from 1 to 65535</source>
        <translation>--client erwartet HOST:PORT mit einem Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>type here, Ctrl+Enter sends</source>
        <translation>hier eingeben, Strg+Enter sendet</translation>
    </message>
</context>
</TS>
