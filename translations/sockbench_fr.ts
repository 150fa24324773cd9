<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
</context>
<context>
    <name>Sockbench::CaptureStore</name>
    <message>
        <source>the capture spool could not be written (%1); payloads recorded from now on are not kept, the traffic itself goes on</source>
        <translation>le fichier tampon de capture n&apos;a pas pu être écrit (%1)&#xa0;; les données enregistrées à partir de maintenant ne sont pas conservées, le trafic lui-même continue</translation>
    </message>
    <message>
        <source>the capture reached its limit of %1: the oldest payloads are being dropped to make room (their events stay)</source>
        <translation>la capture a atteint sa limite de %1 : les contenus les plus anciens sont supprimés pour faire de la place (leurs événements restent)</translation>
    </message>
    <message>
        <source>the capture reached its limit of %1: payloads from now on are not kept (their events are)</source>
        <translation>la capture a atteint sa limite de %1 : les contenus ne sont plus conservés désormais (leurs événements si)</translation>
    </message>
    <message>
        <source>the capture stopped keeping payloads: %1 (the floor kept so the disk never fills); the traffic itself goes on</source>
        <translation>la capture ne conserve plus les contenus : %1 (la réserve qui empêche le disque de se remplir) ; le trafic lui-même continue</translation>
    </message>
    <message>
        <source>less than %1 MiB free on the disk</source>
        <translation>moins de %1&#xa0;Mio libres sur le disque</translation>
    </message>
    <message>
        <source>cannot create the capture&apos;s index file in %1: %2</source>
        <translation>impossible de créer le fichier d&apos;index de la capture dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the capture&apos;s index file in %1: %2</source>
        <translation>impossible d&apos;écrire le fichier d&apos;index de la capture dans %1 : %2</translation>
    </message>
    <message>
        <source>the file is shorter than what was written to it (truncated)</source>
        <translation>le fichier est plus court que ce qui y a été écrit (tronqué)</translation>
    </message>
    <message>
        <source>cannot map the capture&apos;s index file in %1: %2</source>
        <translation>impossible de projeter en mémoire le fichier d&apos;index de la capture dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: the capture&apos;s events stay in memory, at most %2 MB of them; after that events are not recorded (they are counted)</source>
        <translation>%1 : les événements de la capture restent en mémoire, au plus %2 Mo ; au-delà, les événements ne sont plus enregistrés (ils sont comptés)</translation>
    </message>
    <message>
        <source>the capture reached its limit of %1 with the index of its events: later events are not recorded (they are counted; a larger limit records them again)</source>
        <translation>la capture a atteint sa limite de %1 avec l&apos;index de ses événements : les événements suivants ne sont pas enregistrés (ils sont comptés ; une limite plus grande les enregistre de nouveau)</translation>
    </message>
    <message>
        <source>the capture&apos;s index could not be written to disk and holds %1 MB in memory: later events are not recorded (they are counted)</source>
        <translation>l&apos;index de la capture n&apos;a pas pu être écrit sur le disque et occupe %1 Mo en mémoire : les événements suivants ne sont pas enregistrés (ils sont comptés)</translation>
    </message>
    <message>
        <source>the capture holds as many events as it can number (%1): later events are not recorded (they are counted)</source>
        <translation>la capture contient autant d&apos;événements qu&apos;elle peut en numéroter (%1) : les événements suivants ne sont pas enregistrés (ils sont comptés)</translation>
    </message>
</context>
<context>
    <name>Sockbench::CertificateDialog</name>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>, no ALPN protocol</source>
        <translation>, aucun protocole ALPN</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>, ALPN %1</translation>
    </message>
    <message>
        <source>; handshake %1 ms</source>
        <translation>&#xa0;; négociation %1&#xa0;ms</translation>
    </message>
    <message>
        <source>The handshake did not finish.</source>
        <translation>La négociation n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: anyone between you and the server could read and change the bytes.</source>
        <translation>NON VÉRIFIÉ&#xa0;: quiconque entre vous et le serveur pourrait lire et modifier les octets.</translation>
    </message>
    <message>
        <source>Verified for %1.</source>
        <translation>Vérifié pour %1.</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Erreurs de vérification</translation>
    </message>
    <message>
        <source>The peer sent no certificate.</source>
        <translation>Le pair n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>The peer&apos;s chain, its own certificate first</source>
        <translation>La chaîne du pair, son propre certificat en premier</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256&#xa0;: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>Sockbench::ChapterGuide</name>
    <message>
        <source>The Sockets Chapter, Scenario by Scenario</source>
        <translation>Le chapitre des sockets, scénario par scénario</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::Command</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>sockbench: TLS with a self-signed certificate for localhost (%1), SHA-256 %2</source>
        <translation>sockbench&#xa0;: TLS avec un certificat auto-signé pour localhost (%1), SHA-256 %2</translation>
    </message>
    <message>
        <source>sockbench: TLS certificate SHA-256 %1</source>
        <translation>sockbench&#xa0;: certificat TLS SHA-256 %1</translation>
    </message>
    <message>
        <source>sockbench: WARNING: --insecure: the server&apos;s certificate is not verified</source>
        <translation>sockbench&#xa0;: AVERTISSEMENT&#xa0;: --insecure&#xa0;: le certificat du serveur n&apos;est pas vérifié</translation>
    </message>
    <message>
        <source>%1: receive timeout: nothing came within %2 s</source>
        <translation>%1&#xa0;: délai de réception dépassé&#xa0;: rien n&apos;est arrivé en %2&#xa0;s</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::CommandLine</name>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Connect to HOST PORT; standard input to the peer, the peer to standard output.</source>
        <translation>Se connecter à HOST PORT&#xa0;; l&apos;entrée standard vers le pair, le pair vers la sortie standard.</translation>
    </message>
    <message>
        <source>Name or address of the server.</source>
        <translation>Nom ou adresse du serveur.</translation>
    </message>
    <message>
        <source>Port of the server (1-65535).</source>
        <translation>Port du serveur (1-65535).</translation>
    </message>
    <message>
        <source>connect needs HOST and PORT</source>
        <translation>connect attend HOST et PORT</translation>
    </message>
    <message>
        <source>Wait for clients on ADDR:PORT; like nc -l.</source>
        <translation>Attendre des clients sur ADDR:PORT&#xa0;; comme nc -l.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse d&apos;écoute.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Serve many clients at once.</source>
        <translation>Servir plusieurs clients à la fois.</translation>
    </message>
    <message>
        <source>Send every byte back.</source>
        <translation>Renvoyer chaque octet.</translation>
    </message>
    <message>
        <source>Drop what clients send.</source>
        <translation>Jeter ce qu&apos;envoient les clients.</translation>
    </message>
    <message>
        <source>Pending connections.</source>
        <translation>Connexions en attente.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Give up when no client comes.</source>
        <translation>Abandonner si aucun client ne vient.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port d&apos;écoute (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>listen needs exactly one PORT</source>
        <translation>listen attend exactement un PORT</translation>
    </message>
    <message>
        <source>--backlog needs a count from 1 to 65535</source>
        <translation>--backlog attend un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo et --discard s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Resend the outgoing side of a transcript&apos;s first connection to HOST PORT.</source>
        <translation>Renvoyer le côté sortant de la première connexion d&apos;une transcription vers HOST PORT.</translation>
    </message>
    <message>
        <source>original or fast.</source>
        <translation>original ou fast.</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>rythme</translation>
    </message>
    <message>
        <source>A .pcapng or .jsonl transcript.</source>
        <translation>Une transcription .pcapng ou .jsonl.</translation>
    </message>
    <message>
        <source>replay needs FILE, HOST and PORT</source>
        <translation>replay attend FILE, HOST et PORT</translation>
    </message>
    <message>
        <source>--pace needs original or fast, not &apos;%1&apos;</source>
        <translation>--pace attend original ou fast, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Connect to HOST PORT and play a scripted SocketStream conversation.</source>
        <translation>Se connecter à HOST PORT et jouer une conversation SocketStream scriptée.</translation>
    </message>
    <message>
        <source>How long each read may wait (0: without limit).</source>
        <translation>Durée d&apos;attente maximale de chaque lecture (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>fail or return.</source>
        <translation>fail ou return.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>comportement</translation>
    </message>
    <message>
        <source>lines or raw.</source>
        <translation>lines ou raw.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>read needs HOST, PORT and at least one STEP</source>
        <translation>read attend HOST, PORT et au moins un STEP</translation>
    </message>
    <message>
        <source>--on-timeout needs fail or return, not &apos;%1&apos;</source>
        <translation>--on-timeout attend fail ou return, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--show needs lines or raw, not &apos;%1&apos;</source>
        <translation>--show attend lines ou raw, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>étape %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>warning: listening on %1 is reachable from the network, not only from this computer</source>
        <translation>avertissement&#xa0;: l&apos;écoute sur %1 est joignable depuis le réseau, pas seulement depuis cet ordinateur</translation>
    </message>
    <message>
        <source>--lang needs one of %1, not &apos;%2&apos;</source>
        <translation>--lang attend l’une des langues %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the command %1 must come first: sockbench %1 ...</source>
        <translation>la commande %1 doit venir en premier&#xa0;: sockbench %1 ...</translation>
    </message>
    <message>
        <source>Wait for one client on PORT and replay to it.</source>
        <translation>Attendre un client sur PORT et le lui rejouer.</translation>
    </message>
    <message>
        <source>replay --listen needs FILE and PORT</source>
        <translation>replay --listen attend FILE et PORT</translation>
    </message>
    <message>
        <source>--bind goes with --listen</source>
        <translation>--bind va avec --listen</translation>
    </message>
    <message>
        <source>replay --listen takes FILE and PORT, no HOST</source>
        <translation>replay --listen prend FILE et PORT, pas de HOST</translation>
    </message>
    <message>
        <source>  --crlf                   a line from standard input ends in CR LF
</source>
        <translation>  --crlf                   une ligne de l&apos;entrée standard se termine par CR LF
</translation>
    </message>
    <message>
        <source>Usage: sockbench connect [OPTION...] HOST PORT
Like nc HOST PORT: standard input to the peer, the peer to standard output. HOST is a name or an
IPv4 or IPv6 address ([::1] as well); PORT is 1-65535 or a service name such as http.

Options:
</source>
        <translation>Utilisation&#xa0;: sockbench connect [OPTION...] HOST PORT
Comme nc HOST PORT&#xa0;: l&apos;entrée standard vers le pair, le pair vers la sortie standard. HOST est un nom
ou une adresse IPv4 ou IPv6 ([::1] aussi)&#xa0;; PORT est 1-65535 ou un nom de service tel que http.

Options&#xa0;:
</translation>
    </message>
    <message>
        <source>
A bad step is a usage error, before connecting. After the last step, read closes and exits 0.

</source>
        <translation>
Une étape invalide est une erreur d&apos;utilisation, avant la connexion. Après la dernière étape, read ferme
et se termine avec le code 0.

</translation>
    </message>
    <message>
        <source>Try &apos;sockbench --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;sockbench --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation>argument en trop «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds, not &apos;%2&apos;</source>
        <translation>%1 attend un nombre de secondes, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A line from standard input ends in CR LF.</source>
        <translation>Une ligne de l&apos;entrée standard se termine par CR LF.</translation>
    </message>
    <message>
        <source>Close a connection idle this long.</source>
        <translation>Fermer une connexion inactive depuis ce délai.</translation>
    </message>
    <message>
        <source>Give up connecting after this long (0: without limit).</source>
        <translation>Abandonner la connexion au bout de ce délai (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Lifecycle events on standard error.</source>
        <translation>Événements du cycle de vie sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Every traffic event on standard error.</source>
        <translation>Chaque événement de trafic sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Record to this file as it goes.</source>
        <translation>Enregistrer dans ce fichier au fil de l&apos;eau.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>--transcript needs a file ending in .pcapng, .jsonl, .txt or .hex, not &apos;%1&apos;</source>
        <translation>--transcript attend un fichier se terminant par .pcapng, .jsonl, .txt ou .hex, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not &apos;%1&apos;</source>
        <translation>--bind attend une adresse IP telle que 127.0.0.1, ::1, 0.0.0.0 ou ::, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a size from 1 byte to %2, such as 512K or 16M, not &apos;%3&apos;</source>
        <translation>%1 attend une taille de 1 octet à %2, par exemple 512K ou 16M, pas « %3 »</translation>
    </message>
    <message>
        <source>The longest line or upto read.</source>
        <translation>La plus longue lecture line ou upto.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>IPv4 uniquement.</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>IPv6 uniquement.</translation>
    </message>
    <message>
        <source>The most payload bytes the transcript keeps.</source>
        <translation>Le maximum d’octets de contenu que garde la transcription.</translation>
    </message>
    <message>
        <source>At the capture limit: stop-capturing.</source>
        <translation>À la limite de capture&#xa0;: stop-capturing.</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 et -6 s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--limit-policy drop-oldest is the window&apos;s: a transcript is written front to back (and read by tshark as it grows), so its oldest payloads cannot be dropped; at the limit the command line stops capturing payloads (stop-capturing)</source>
        <translation>--limit-policy drop-oldest est réservé à la fenêtre&#xa0;: une transcription s&apos;écrit du début à la fin (et tshark la lit pendant qu&apos;elle grandit), donc ses contenus les plus anciens ne peuvent pas être supprimés&#xa0;; à la limite, la ligne de commande cesse de capturer les contenus (stop-capturing)</translation>
    </message>
    <message>
        <source>--limit-policy needs stop-capturing, not &apos;%1&apos;</source>
        <translation>--limit-policy attend stop-capturing, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 bounds what --transcript keeps: give --transcript FILE too</source>
        <translation>%1 borne ce que --transcript conserve&#xa0;: indiquez aussi --transcript FILE</translation>
    </message>
    <message>
        <source>-4: %1 is not an IPv4 address</source>
        <translation>-4&#xa0;: %1 n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>-6: %1 is not an IPv6 address</source>
        <translation>-6&#xa0;: %1 n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>Answer TEXT followed by what came.</source>
        <translation>Répondre TEXT suivi de ce qui est arrivé.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Answer each line, not each chunk.</source>
        <translation>Répondre à chaque ligne, pas à chaque fragment.</translation>
    </message>
    <message>
        <source>Close a connection after its first answer.</source>
        <translation>Fermer une connexion après sa première réponse.</translation>
    </message>
    <message>
        <source>Send TEXT to each client accepted.</source>
        <translation>Envoyer TEXT à chaque client accepté.</translation>
    </message>
    <message>
        <source>--echo-prefix needs a TEXT; --echo answers what came alone</source>
        <translation>--echo-prefix attend un TEXT&#xa0;; --echo répond seulement ce qui est arrivé</translation>
    </message>
    <message>
        <source>--echo-prefix and --discard exclude each other</source>
        <translation>--echo-prefix et --discard s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--greet needs a TEXT</source>
        <translation>--greet attend un TEXT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show each read as a byte array, #[65 66 67].</source>
        <translation>Afficher chaque lecture comme un tableau d’octets, #[65 66 67].</translation>
    </message>
    <message>
        <source>A line read needs CR LF, as Pharo&apos;s nextLine.</source>
        <translation>Une lecture line attend CR LF, comme nextLine de Pharo.</translation>
    </message>
    <message>
        <source>Wait for one client on PORT and play the steps to it.</source>
        <translation>Attendre un client sur PORT et lui jouer les étapes.</translation>
    </message>
    <message>
        <source>send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close or starttls.</source>
        <translation>send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close ou starttls.</translation>
    </message>
    <message>
        <source>read --listen needs PORT and at least one STEP</source>
        <translation>read --listen attend PORT et au moins un STEP</translation>
    </message>
    <message>
        <source>--tls speaks TLS from the start; a starttls step starts it later</source>
        <translation>--tls parle TLS dès le début&#xa0;; une étape starttls le démarre plus tard</translation>
    </message>
    <message>
        <source>--crlf does not apply to read; end a send: step with \r\n, or use command:TEXT</source>
        <translation>--crlf ne s&apos;applique pas à read&#xa0;; terminez une étape send: par \r\n, ou utilisez command:TEXT</translation>
    </message>
    <message>
        <source>--%1 goes with --listen</source>
        <translation>--%1 va avec --listen</translation>
    </message>
    <message>
        <source>capture limit %1 reached: later payloads are not kept in %2</source>
        <translation>limite de capture %1 atteinte&#xa0;: les contenus suivants ne sont pas conservés dans %2</translation>
    </message>
    <message>
        <source>--pass: the environment variable &apos;%1&apos; is not set</source>
        <translation>--pass&#xa0;: la variable d&apos;environnement «&#xa0;%1&#xa0;» n&apos;est pas définie</translation>
    </message>
    <message>
        <source>--pass: cannot read %1: %2</source>
        <translation>--pass&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--pass needs pass:TEXT, env:VARIABLE or file:PATH, not &apos;%1&apos;</source>
        <translation>--pass attend pass:TEXT, env:VARIABLE ou file:PATH, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Speak TLS.</source>
        <translation>Parler TLS.</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM file.</source>
        <translation>Faire confiance aux AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Our certificate (PEM).</source>
        <translation>Notre certificat (PEM).</translation>
    </message>
    <message>
        <source>Our private key (PEM).</source>
        <translation>Notre clé privée (PEM).</translation>
    </message>
    <message>
        <source>The key&apos;s pass phrase: pass:TEXT, env:VAR, file:PATH.</source>
        <translation>La phrase secrète de la clé&#xa0;: pass:TEXT, env:VAR, file:PATH.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>ALPN protocols, comma-separated.</source>
        <translation>Protocoles ALPN, séparés par des virgules.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Oldest TLS version: 1.2 or 1.3.</source>
        <translation>Version TLS minimale&#xa0;: 1.2 ou 1.3.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate.</source>
        <translation>Ne pas vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>Name for SNI and verification.</source>
        <translation>Nom pour SNI et la vérification.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Accept only the certificate with this SHA-256.</source>
        <translation>N’accepter que le certificat avec ce SHA-256.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ask clients for a certificate: request or require.</source>
        <translation>Demander un certificat aux clients&#xa0;: request ou require.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>--%1 needs --tls</source>
        <translation>--%1 attend --tls</translation>
    </message>
    <message>
        <source>--alpn needs protocol names separated by commas, such as h2,http/1.1</source>
        <translation>--alpn attend des noms de protocoles séparés par des virgules, par exemple h2,http/1.1</translation>
    </message>
    <message>
        <source>--tls-min needs 1.2 or 1.3, not &apos;%1&apos;</source>
        <translation>--tls-min attend 1.2 ou 1.3, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hex digits, colons allowed), not &apos;%1&apos;</source>
        <translation>--pin attend une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--insecure verifies nothing: it excludes --pin and --ca</source>
        <translation>--insecure ne vérifie rien&#xa0;: il exclut --pin et --ca</translation>
    </message>
    <message>
        <source>--client-cert needs request or require, not &apos;%1&apos;</source>
        <translation>--client-cert attend request ou require, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>UDP instead of TCP.</source>
        <translation>UDP au lieu de TCP.</translation>
    </message>
    <message>
        <source>With -u: each chunk of input is a datagram, not each line.</source>
        <translation>Avec -u&#xa0;: chaque fragment de l&apos;entrée est un datagramme, pas chaque ligne.</translation>
    </message>
    <message>
        <source>With -u: join this multicast group.</source>
        <translation>Avec -u&#xa0;: rejoindre ce groupe multicast.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>With --join: the interface to join it on.</source>
        <translation>Avec --join&#xa0;: l&apos;interface sur laquelle le rejoindre.</translation>
    </message>
    <message>
        <source>With -u: allow a broadcast destination.</source>
        <translation>Avec -u&#xa0;: autoriser une destination broadcast.</translation>
    </message>
    <message>
        <source>--%1 is for UDP: add -u</source>
        <translation>--%1 est pour UDP&#xa0;: ajoutez -u</translation>
    </message>
    <message>
        <source>--join needs a multicast address (224.0.0.0/4 or ff00::/8), not &apos;%1&apos;</source>
        <translation>--join attend une adresse multicast (224.0.0.0/4 ou ff00::/8), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--interface needs --join</source>
        <translation>--interface attend --join</translation>
    </message>
    <message>
        <source>  --tls                    speak TLS; a client verifies the server against the system&apos;s CAs and HOST
  --ca FILE                trust the CAs in FILE (PEM) as well%1
  --cert FILE --key FILE   our certificate and key (PEM)%2
  --pass SOURCE            the key&apos;s pass phrase: pass:TEXT, env:VARIABLE or file:PATH
  --alpn LIST              ALPN protocols, comma-separated (h2,http/1.1)
  --tls-min 1.2|1.3        the oldest TLS version allowed (default 1.2)
</source>
        <translation>  --tls                    parle TLS&#xa0;; un client vérifie le serveur d&apos;après les AC du système et HOST
  --ca FILE                fait aussi confiance aux AC de FILE (PEM)%1
  --cert FILE --key FILE   notre certificat et notre clé (PEM)%2
  --pass SOURCE            la phrase secrète de la clé&#xa0;: pass:TEXT, env:VARIABLE ou file:PATH
  --alpn LIST              protocoles ALPN, séparés par des virgules (h2,http/1.1)
  --tls-min 1.2|1.3        la version TLS la plus ancienne autorisée (1.2 par défaut)
</translation>
    </message>
    <message>
        <source>; clients&apos; certificates verify against them</source>
        <translation>&#xa0;; les certificats des clients sont vérifiés par rapport à elles</translation>
    </message>
    <message>
        <source>; without them, a self-signed one for localhost</source>
        <translation>&#xa0;; sans eux, un certificat auto-signé pour localhost</translation>
    </message>
    <message>
        <source>  --insecure               do not verify the server&apos;s certificate (warned; marked NOT VERIFIED)
  --servername NAME        the name sent as SNI and verified (default: HOST)
  --pin SHA256             accept only the certificate with this SHA-256 fingerprint
</source>
        <translation>  --insecure               ne vérifie pas le certificat du serveur (averti&#xa0;; marqué NON VÉRIFIÉ)
  --servername NAME        le nom envoyé comme SNI et vérifié (par défaut&#xa0;: HOST)
  --pin SHA256             n&apos;accepte que le certificat ayant cette empreinte SHA-256
</translation>
    </message>
    <message>
        <source>  --client-cert request|require  ask clients for a certificate; require refuses those without
</source>
        <translation>  --client-cert request|require  demande un certificat aux clients&#xa0;; require refuse ceux qui n’en ont pas
</translation>
    </message>
    <message>
        <source>  -u, --udp                UDP, as nc -u: each line of standard input is one datagram, each datagram
                           received goes to standard output; UDP has no end: --idle-timeout ends it (0)
  --raw                    with -u: each chunk of standard input is one datagram, not each line
</source>
        <translation>  -u, --udp                UDP, comme nc -u&#xa0;: chaque ligne de l&apos;entrée standard est un datagramme, chaque
                           datagramme reçu va sur la sortie standard&#xa0;; UDP n&apos;a pas de fin&#xa0;: --idle-timeout
                           y met fin (0)
  --raw                    avec -u&#xa0;: chaque fragment de l&apos;entrée standard est un datagramme, pas chaque ligne
</translation>
    </message>
    <message>
        <source>  --join GROUP             with -u: join a multicast group (every address is bound unless --bind)
  --interface NAME         with --join: the interface to join it on
</source>
        <translation>  --join GROUP             avec -u&#xa0;: rejoint un groupe multicast (toutes les adresses sont liées sauf avec --bind)
  --interface NAME         avec --join&#xa0;: l&apos;interface sur laquelle le rejoindre
</translation>
    </message>
    <message>
        <source>  --broadcast              with -u: allow a broadcast destination
</source>
        <translation>  --broadcast              avec -u&#xa0;: autorise une destination broadcast
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
        <translation>Code de sortie&#xa0;:
  0    succès
  1    autre erreur (un --idle-timeout&#xa0;; read&#xa0;: le pair a fermé avant qu&apos;une étape de lecture soit satisfaite)
  2    erreur d&apos;utilisation (option inconnue, argument manquant, port hors limites)
  3    hôte introuvable
  4    connexion refusée
  5    délai dépassé (connexion, --accept-timeout ou étape de lecture)
  6    réseau ou hôte injoignable
  7    adresse déjà utilisée
  8    permission refusée
  9    adresse non disponible sur cette machine
  10   connexion réinitialisée, ou échec d&apos;un socket en cours de transfert
  11   TLS&#xa0;: le certificat du pair n&apos;a pas été vérifié (expiré, auto-signé, émetteur inconnu, mauvais nom)
  12   TLS&#xa0;: la négociation a échoué autrement (aucune version commune, une alerte)
  13   la transcription ne contient pas tous les contenus (--capture-limit, ou la réserve du disque)
  130  interrompu (SIGINT ou SIGTERM)
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
À la fin de l&apos;entrée standard, connect effectue une semi-fermeture (le pair voit la fin de l&apos;entrée) et
continue de lire jusqu&apos;à ce que le pair ferme. Chaque octet passe aussi par la capture de Sockbench,
comme dans la fenêtre.
TLS ne peut pas faire de semi-fermeture ici&#xa0;: à la fin de l&apos;entrée rien n&apos;est envoyé, et close_notify
accompagne la fermeture.
Avec -u le socket est connecté&#xa0;: un port sur lequel personne n&apos;écoute y met fin avec connexion refusée (4).

</translation>
    </message>
    <message>
        <source>Answer each chunk (line) with TEMPLATE.</source>
        <translation>Répondre à chaque fragment (ligne) avec TEMPLATE.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Answer only what contains TEXT.</source>
        <translation>Ne répondre qu&apos;à ce qui contient TEXT.</translation>
    </message>
    <message>
        <source>Answer only what matches REGEX.</source>
        <translation>Ne répondre qu&apos;à ce qui correspond à REGEX.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <source>Answer only what contains these bytes.</source>
        <translation>Ne répondre qu&apos;à ce qui contient ces octets.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Close a connection when nothing comes.</source>
        <translation>Fermer une connexion quand rien n&apos;arrive.</translation>
    </message>
    <message>
        <source>--answer needs a TEMPLATE</source>
        <translation>--answer attend un TEMPLATE</translation>
    </message>
    <message>
        <source>--answer and %1 exclude each other (--answer &apos;TEXT{{data}}&apos; is --echo-prefix TEXT)</source>
        <translation>--answer et %1 s&apos;excluent mutuellement (--answer &apos;TEXT{{data}}&apos; équivaut à --echo-prefix TEXT)</translation>
    </message>
    <message>
        <source>%1 and --%2 exclude each other: one match</source>
        <translation>%1 et --%2 s&apos;excluent mutuellement&#xa0;: une seule correspondance</translation>
    </message>
    <message>
        <source>--lines needs --echo or --echo-prefix (or --answer): it says what they answer</source>
        <translation>--lines attend --echo ou --echo-prefix (ou --answer)&#xa0;: il indique à quoi ils répondent</translation>
    </message>
    <message>
        <source>--once needs --echo or --echo-prefix (or --answer): it closes after the answer</source>
        <translation>--once attend --echo ou --echo-prefix (ou --answer)&#xa0;: il ferme après la réponse</translation>
    </message>
    <message>
        <source>%1 needs --answer, --echo-prefix or --echo: it says which chunks they answer</source>
        <translation>%1 attend --answer, --echo-prefix ou --echo&#xa0;: il indique à quels fragments ils répondent</translation>
    </message>
    <message>
        <source>--receive-timeout needs more than 0 seconds (without it, a connection waits for ever)</source>
        <translation>--receive-timeout attend plus de 0 seconde (sans lui, une connexion attend indéfiniment)</translation>
    </message>
    <message>
        <source>UDP: each send and each read one datagram.</source>
        <translation>UDP&#xa0;: chaque envoi et chaque lecture, un datagramme.</translation>
    </message>
    <message>
        <source>-u: sockbench does not speak TLS over UDP (DTLS)</source>
        <translation>-u&#xa0;: sockbench ne parle pas TLS sur UDP (DTLS)</translation>
    </message>
    <message>
        <source>--%1 is for line and upto, which read a byte stream; -u reads datagrams</source>
        <translation>--%1 est pour line et upto, qui lisent un flux d&apos;octets&#xa0;; -u lit des datagrammes</translation>
    </message>
    <message>
        <source>The conversation is UDP (the file says; -u refuses a TCP one).</source>
        <translation>La conversation est en UDP (le fichier l&apos;indique&#xa0;; -u refuse une conversation TCP).</translation>
    </message>
    <message>
        <source>%1 is for TCP: UDP has no connections to accept</source>
        <translation>%1 est pour TCP&#xa0;: UDP n&apos;a pas de connexions à accepter</translation>
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
        <translation>Utilisation&#xa0;: sockbench listen [OPTION...] [--bind ADDR] PORT
Comme nc -l&#xa0;: attend un client sur ADDR:PORT (127.0.0.1 sauf avec --bind). PORT est un nombre ou un nom
de service tel que http&#xa0;; 0 choisit un port libre et l&apos;affiche sur la sortie d&apos;erreur.

Options&#xa0;:
  --bind ADDR              une adresse IPv4 ou IPv6 d&apos;écoute&#xa0;; 0.0.0.0 ou :: écoute sur toutes les interfaces
                           (:: accepte aussi les clients IPv4)
  --keep-open, -k          sert un nombre quelconque de clients à la fois, jusqu&apos;à interruption
  --echo                   renvoie chaque octet à son expéditeur (l&apos;entrée standard n&apos;est pas lue)
  --discard                lit et jette ce qu&apos;envoient les clients (l&apos;entrée standard n&apos;est pas lue)
  --echo-prefix TEXT       répond TEXT et ce qui est arrivé, par fragment&#xa0;; ce qui est arrivé est aussi
                           affiché (l&apos;entrée standard n&apos;est pas lue)
  --answer TEMPLATE        répond à chaque fragment avec TEMPLATE ({{data}}&#xa0;: ce qui est arrivé)&#xa0;; ce qui
                           est arrivé est affiché
  --on TEXT                ne répond qu&apos;à ce qui contient TEXT (séquences d&apos;échappement permises)
  --on-regex REGEX         ne répond qu&apos;à ce à quoi REGEX correspond (octets lus en Latin-1)
  --on-hex HEX             ne répond qu&apos;à ce qui contient ces octets (de ad)
                           une seule correspondance, avec --answer, --echo-prefix ou --echo
  --lines                  avec une réponse ou --echo&#xa0;: répond à chaque ligne, pas à chaque fragment
  --once                   avec une réponse ou --echo&#xa0;: ferme une connexion après sa première réponse
  --greet TEXT             envoie TEXT à chaque client quand il est accepté
  --receive-timeout SECONDS  ferme une connexion quand rien n&apos;en est arrivé pendant ce délai (ce que nous
                           envoyons ne compte pas, contrairement à --idle-timeout)
  TEXT accepte les séquences \r \n \t \xHH et les champs {{data}} {{counter}} {{time}}
  {{random:N}} {{sum8}} {{xor8}} {{crc16}} {{crc32}} (voir docs/responses.md).
  --backlog N              connexions pouvant attendre d&apos;être acceptées (par défaut&#xa0;: le maximum du noyau,
                           net.core.somaxconn)
  --accept-timeout SECONDS abandonne (code 5) si aucun client ne vient pendant ce délai
</translation>
    </message>
    <message>
        <source>
With -u, listen answers the last peer heard: without --keep-open the first one heard is the only one.
The responses apply to each peer as it is first heard: each datagram a chunk, each answer one datagram.
</source>
        <translation>
Avec -u, listen répond au dernier pair entendu&#xa0;: sans --keep-open, le premier entendu est le seul.
Les réponses s&apos;appliquent à chaque pair dès qu&apos;il est entendu pour la première fois&#xa0;: chaque datagramme
est un fragment, chaque réponse un datagramme.
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
        <translation>Utilisation&#xa0;: sockbench replay [OPTION...] FILE HOST PORT
              sockbench replay --listen [--bind ADDR] [OPTION...] FILE PORT
Renvoie le côté sortant de la première connexion de FILE (une transcription .pcapng ou .jsonl) vers
HOST PORT, ou avec --listen au premier client qui se présente sur ADDR:PORT (127.0.0.1 sauf avec --bind&#xa0;;
PORT 0 choisit un port libre). Ensuite il effectue une semi-fermeture et affiche ce que le pair envoie
jusqu&apos;à ce qu&apos;il ferme.

Options&#xa0;:
  --pace original|fast     original (par défaut) conserve les intervalles entre les événements&#xa0;; fast
                           envoie aussi vite que le pair l&apos;accepte
  --listen                 attend un client sur PORT et lui rejoue la connexion, au lieu de se connecter
  --bind ADDR              avec --listen&#xa0;: l&apos;adresse IPv4 ou IPv6 d&apos;écoute
  -u, --udp                la conversation est en UDP (le fichier l&apos;indique&#xa0;; -u refuse une conversation TCP)
</translation>
    </message>
    <message>
        <source>  --connect-timeout applies as a client only; the replay itself is recorded by --transcript.
A UDP conversation is resent datagram by datagram, with --listen to the first peer heard on PORT; the
command ends a quiet second after the last datagram.

</source>
        <translation>  --connect-timeout ne s&apos;applique qu&apos;en client&#xa0;; --transcript enregistre le rejeu lui-même.
Une conversation UDP est renvoyée datagramme par datagramme, avec --listen au premier pair entendu sur PORT&#xa0;;
la commande se termine après une seconde de silence suivant le dernier datagramme.

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
        <translation>Utilisation&#xa0;: sockbench read [OPTION...] HOST PORT STEP...
              sockbench read --listen [--bind ADDR] [OPTION...] PORT STEP...
Se connecte à HOST PORT et joue une conversation SocketStream scriptée, étape par étape&#xa0;; avec --listen,
attend le premier client sur ADDR:PORT (127.0.0.1 sauf avec --bind&#xa0;; 0 choisit un port libre) et lui joue
les étapes en tant que côté serveur.

Les étapes s&apos;exécutent dans l&apos;ordre, chacune un argument (à mettre entre guillemets pour le shell)&#xa0;:
  send:TEXT                envoie TEXT, avec les séquences \r \n \t \0 \\ \xHH
  command:TEXT             envoie TEXT puis CR LF (le sendCommand: du chapitre)
  sendfile:PATH:N          envoie le fichier par fragments de N octets, un envoi chacun, le dernier complété par des zéros
  line                     lit une ligne terminée par LF ou CR LF (affichée sans sa fin)
  next:N                   lit exactement N octets
  upto:DELIM               lit jusqu&apos;à DELIM (séquences comme pour send:)&#xa0;; DELIM est consommé, non affiché
  end                      lit tout jusqu&apos;à ce que le pair ferme
  receive                  lit un morceau, en l&apos;attendant jusqu&apos;au délai (receiveData)
  available                lit ce qui est arrivé, sans attendre&#xa0;; peut-être rien (receiveAvailableData)
  while-available:next:N   attend 100&#xa0;ms, puis lit N octets tant que des données sont disponibles, une ligne chacun
  close                    semi-ferme notre côté (le pair voit la fin de l&apos;entrée)&#xa0;; la lecture continue
  starttls                 TLS à partir d&apos;ici, sur la même connexion, avec les options TLS (pas --tls)

Options&#xa0;:
  --timeout SECONDS        durée d&apos;attente de chaque lecture (par défaut 10&#xa0;; 0&#xa0;: sans limite&#xa0;; 45 dans Pharo)
  --max-line SIZE          la plus longue lecture line: ou upto:, sans sa fin (par défaut 16M&#xa0;; K, M, G)
  --crlf-lines             line exige CR LF, comme le nextLine de Pharo&#xa0;; un LF seul reste dans la ligne
  --on-timeout fail|return une lecture qui expire, ou dont le pair ferme avant&#xa0;: fail (par défaut) s&apos;arrête
                           avec une ligne sur la sortie d&apos;erreur et le code 5 (délai dépassé) ou 1 (pair fermé)&#xa0;;
                           return affiche ce qui est arrivé et passe à l&apos;étape suivante
  --show lines|raw         lines (par défaut)&#xa0;: une ligne par lecture, l&apos;étape, deux-points et les octets entre
                           guillemets droits, échappés comme send: les lit (line: &quot;HTTP/1.0 200 OK&quot;), puis
                           &quot; (timed out)&quot; ou &quot; (peer closed)&quot; pour une lecture incomplète&#xa0;; raw&#xa0;: ce que renvoie
                           chaque lecture, sans ajout
  --binary                 chaque lecture comme tableau d&apos;octets du chapitre, #[65 66 67], au lieu de texte
  --listen                 attend un client sur PORT et lui joue les étapes (pas de HOST)
  --bind ADDR              avec --listen&#xa0;: l&apos;adresse IPv4 ou IPv6 d&apos;écoute
  --accept-timeout SECONDS avec --listen&#xa0;: abandonne (code 5) si aucun client ne vient pendant ce délai
  -u, --udp                sur UDP&#xa0;: chaque envoi un datagramme, chaque lecture un datagramme entier&#xa0;: receive
                           en attend un, available en prend un s&apos;il est là, while-available (sans next:N)
                           tout ce qui est arrivé&#xa0;; line, next, upto, end, close et starttls ne s&apos;appliquent pas
</translation>
    </message>
    <message>
        <source>capture: %1 events, %2 index rows kept, %3 payload bytes</source>
        <translation>capture&#xa0;: %1&#xa0;événements, %2&#xa0;lignes d’index gardées, %3&#xa0;octets de contenu</translation>
    </message>
    <message>
        <source>Try &apos;sockbench %1 --help&apos; for more information.</source>
        <translation>Essayez « sockbench %1 --help » pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 n&apos;accepte pas de valeur</translation>
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
        <translation>  --idle-timeout SECONDS   ferme une connexion quand rien n&apos;y passe pendant ce délai
  --connect-timeout SECONDS  abandonne la connexion après ce délai (10 par défaut ; 0 : sans limite)
  -4, -6                   IPv4 ou IPv6 uniquement (un nom se résout dans cette famille ; listen -6 : sur ::1)
  --verbose, -v            événements du cycle de vie (écoute, connecté, fermé...) sur la sortie d&apos;erreur
  --log                    chaque fragment de trafic sur la sortie d&apos;erreur : heure, connexion, sens, taille, hexdump
  --transcript FILE        enregistre tout dans FILE au fil de l&apos;eau ; l&apos;extension détermine le format :
                           .pcapng (lisible par Wireshark ; sans perte), .jsonl (sans perte), .txt, .hex.
                           Après un plantage ou un kill -9, FILE contient tout sauf les ~200 ms finales.
  --capture-limit SIZE     le maximum d&apos;octets de contenu que FILE garde (512M, 4G ; par défaut : le plus
                           petit de 4 Gio et du quart de l&apos;espace libre). Au-delà, et sous la réserve du
                           disque (5 % de celui-ci, de 16 Mio à 1 Gio, laissés libres), les événements sont
                           toujours enregistrés, leurs contenus marqués non conservés ; c&apos;est signalé une
                           fois, et le code de sortie est 13
  --limit-policy stop-capturing  ce qui se passe à la limite (drop-oldest est réservé à la fenêtre)
  -h, --help               affiche cette aide
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
        <translation>Utilisation : sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]
La ligne de commande de netcat-openbsd sur les sessions et la capture de Sockbench :
  sockbench nc HOST PORT          se connecte (HOST:PORT en un seul mot aussi ; PORT un nombre ou un nom de service)
  sockbench nc -l [-p] PORT       attend un client (-k : un nombre quelconque)
  sockbench nc -z HOST PORT...    balayage : quels ports acceptent une connexion (plages telles que 20-30)

Options, comme netcat les accepte (groupées comme -lvk, la valeur de -p -q -s -w à la suite ou accolée) :
  -4, -6       IPv4 ou IPv6 uniquement
  -C           une ligne de l&apos;entrée standard se termine par CR LF
  -k           avec -l : continue d&apos;écouter ; ici les clients sont servis à la fois, pas l&apos;un après l&apos;autre
  -l           écoute, sur 127.0.0.1 (::1 avec -6) sauf si -s ou un HOST désigne une adresse :
               contrairement à netcat, qui prend toutes les interfaces (-s 0.0.0.0 ou -s :: pour cela).
               Comme avec netcat, une connexion se termine quand son client effectue une semi-fermeture (nc -N)
  -N           semi-fermeture (le pair voit la fin de l&apos;entrée) à la fin de l&apos;entrée standard ; sans elle,
               la connexion reste ouverte jusqu&apos;à ce que le pair la ferme, ou -q
  -n           aucune résolution de nom : HOST est une adresse IP ; -z -v ne nomme aucun service
  -p PORT      avec -l : le port d&apos;écoute
  -q SECONDS   quitte ce délai après la fin de l&apos;entrée standard (0 : aussitôt ; négatif : jamais)
  -s ADDRESS   avec -l : l&apos;adresse d&apos;écoute (:: accepte aussi les clients IPv4)
  -u           UDP, sur les sessions de connect -u et listen -u : chaque lecture de l&apos;entrée standard, un
               datagramme, comme netcat l&apos;envoie ; -l entend le premier pair (-k : chaque pair, l&apos;entrée
               standard vers le dernier entendu) ; -N n&apos;a pas d&apos;effet ici.
               Un port refusé y met fin avec 1 et le signale (netcat est silencieux, et 0 sans -v) ;
               -u -z (un balayage UDP) n&apos;est pas accepté
  -v           événements du cycle de vie sur la sortie d&apos;erreur ; avec -z, une ligne par port, comme netcat
  -w SECONDS   abandonne la connexion, et termine une connexion inactive, après ce délai
  -z           se connecte à chaque port et ferme, sans rien envoyer
  -h, --help   affiche cette aide
Les options -s et -p d&apos;un client (son extrémité locale) ne sont pas encore acceptées. Les options propres à
sockbench --transcript FILE, --log, --capture-limit SIZE, --limit-policy, --idle-timeout et --connect-timeout
fonctionnent ici comme pour connect.

Code de sortie, comme celui de netcat : 0 succès (-z : au moins un port a accepté), 1 tout échec (une option
invalide aussi ; les codes plus fins des autres commandes deviennent tous 1), 130 interrompu.
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
        <translation>Utilisation : sockbench transcript show FILE [--format text|hex|jsonl|pcapng]
              sockbench transcript convert IN OUT
              sockbench transcript convert IN - --format text|hex|jsonl|pcapng
show affiche une transcription sur la sortie standard (en texte, sauf indication contraire de --format) ;
convert écrit IN dans OUT, dont l&apos;extension détermine le format : .pcapng, .jsonl, .txt ou .hex ; vers la sortie
standard (-), c&apos;est --format qui le désigne. FILE ou IN - désigne l&apos;entrée standard.

Les transcriptions s&apos;ouvrent depuis .pcapng, .pcap classique et .jsonl (le format est reconnu d&apos;après le contenu).
Une capture que Sockbench n&apos;a pas écrite est reconstituée à partir de ses paquets TCP, une connexion par paire
d&apos;adresses et de ports. Fichier tronqué ou corrompu : ce qui a pu être lu est utilisé, une ligne sur la sortie
d&apos;erreur indique où il s&apos;interrompt, et le code de sortie est 1.

Options :
  --format FORMAT          sortie de show, ou de convert vers la sortie standard : text (par défaut pour show),
                           hex, jsonl ou pcapng
  -h, --help               affiche cette aide

Code de sortie :
  0    succès
  1    un fichier n&apos;a pas pu être lu ou écrit, ou est tronqué ou corrompu ; la sortie standard a échoué
  2    erreur d&apos;utilisation (option inconnue, argument manquant, format inconnu)
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
        <translation>Utilisation :
  sockbench [FILE...]               ouvre la fenêtre de l&apos;atelier (et des transcriptions, en lecture seule)
      --server PORT                 ... avec un serveur sur 127.0.0.1:PORT (0 : un port libre)
      --client HOST:PORT            ... avec un client connecté à HOST:PORT
      --demo                        ... avec la démo : un serveur d&apos;écho et un client
      --lang fr|de|en               ... dans cette langue (par défaut : celle du système)
  sockbench connect HOST PORT       comme nc HOST PORT : l&apos;entrée standard vers le pair, le pair vers la sortie standard
  sockbench listen [--bind ADDR] PORT
                                    comme nc -l : attend un client sur ADDR:PORT (127.0.0.1 sauf avec --bind)
  sockbench nc [-46CklNnuvz] [-p PORT] [-q SECONDS] [-s ADDRESS] [-w SECONDS] [HOST] [PORT...]
                                    les options propres à netcat sur les mêmes sessions (sockbench nc --help)
  sockbench transcript show FILE [--format text|hex|jsonl|pcapng]
                                    affiche une transcription (.pcapng, .pcap ou .jsonl) sur la sortie standard
  sockbench transcript convert IN OUT
                                    convertit une transcription ; l&apos;extension de OUT choisit le format (OUT - :
                                    sortie standard, avec --format text|hex|jsonl|pcapng)
  sockbench replay FILE HOST PORT [--pace original|fast]
                                    renvoie le côté sortant de la première connexion de FILE vers HOST PORT
  sockbench replay --listen [--bind ADDR] FILE PORT [--pace original|fast]
                                    de même en serveur : attend un client sur ADDR:PORT et lui rejoue la connexion
  sockbench read HOST PORT STEP... [--timeout SECONDS] [--on-timeout fail|return] [--show lines|raw]
                                    se connecte et joue une conversation SocketStream scriptée, étape par étape
  sockbench read --listen [--bind ADDR] PORT STEP...
                                    de même côté serveur, pour le premier client
  sockbench --version               affiche la version
  sockbench COMMAND -h, --help      chaque option de COMMAND avec ses détails (aussi : sockbench help COMMAND)

connect et listen (la plupart aussi pour read et replay) :
  --crlf                   une ligne de l&apos;entrée standard se termine par CR LF
  --idle-timeout SECONDS   ferme une connexion quand rien ne la traverse pendant ce délai
  --connect-timeout SECONDS  abandonne la connexion après ce délai (par défaut 10 ; 0 : sans limite)
  -4, -6                   IPv4 ou IPv6 uniquement (listen -6 écoute sur ::1)
  --verbose, -v            événements du cycle de vie (écoute, connecté, fermé...) sur la sortie d&apos;erreur
  --log                    chaque fragment de trafic sur la sortie d&apos;erreur : heure, connexion, sens, taille, hexdump
  --transcript FILE        enregistre tout dans FILE au fil de l&apos;eau ; l&apos;extension choisit le format :
                           .pcapng (lisible par Wireshark ; sans perte), .jsonl (sans perte), .txt, .hex.
                           Après un plantage ou un kill -9, FILE contient tout sauf les ~200 dernières ms.
  --capture-limit SIZE     le maximum d&apos;octets de contenu que FILE conserve (512M, 4G ; par défaut : le plus
                           petit de 4 Gio et du quart de l&apos;espace libre). Au-delà, et sous la réserve du disque
                           (5 % de celui-ci, de 16 Mio à 1 Gio, gardés libres), les événements sont toujours
                           enregistrés, leurs contenus marqués non conservés ; signalé une fois, et le code de
                           sortie est 13
  --limit-policy stop-capturing  ce qui se passe à la limite (drop-oldest est réservé à la fenêtre)
  -u, --udp                UDP, comme nc -u : chaque ligne de l&apos;entrée standard, un datagramme (--raw : chaque
                           fragment) ; connect : --broadcast autorise une adresse de diffusion ; listen : --join GROUP
                           rejoint un groupe multicast, sur --interface NAME
  --tls                    parle TLS ; un client vérifie le serveur d&apos;après les AC du système et HOST.
                           --ca FILE (fait aussi confiance à ces AC), --cert FILE --key FILE (notre certificat),
                           --pass SOURCE (la phrase secrète de la clé : pass:TEXT, env:VARIABLE, file:PATH),
                           --alpn LIST, --tls-min 1.2|1.3 ; pour un client --insecure, --servername NAME,
                           --pin SHA256 ; pour un serveur --client-cert request|require
listen uniquement :
  --bind ADDR              adresse d&apos;écoute ; 0.0.0.0 ou :: écoute sur toutes les interfaces (:: accepte aussi
                           les clients IPv4)
  --keep-open, -k          sert un nombre quelconque de clients à la fois, jusqu&apos;à interruption
  --echo                   renvoie chaque octet à son expéditeur (l&apos;entrée standard n&apos;est pas lue)
  --discard                lit et jette ce qu&apos;envoient les clients (l&apos;entrée standard n&apos;est pas lue)
  --echo-prefix TEXT       répond TEXT et ce qui est arrivé, par fragment ; --lines : par ligne
  --answer TEMPLATE        répond à chaque fragment (ligne) avec TEMPLATE ; --on TEXT, --on-regex REGEX ou
                           --on-hex HEX : seulement à ce qui correspond
  --once                   ferme une connexion après sa première réponse
  --greet TEXT             envoie TEXT (séquences et champs permis) à chaque client accepté
  --receive-timeout SECONDS  ferme une connexion quand rien n&apos;en est arrivé pendant ce délai
  --backlog N              connexions pouvant attendre d&apos;être acceptées (par défaut : le maximum du noyau,
                           net.core.somaxconn)
  --accept-timeout SECONDS abandonne (code 5) si aucun client ne vient pendant ce délai
  PORT est un nombre ou un nom de service (listen http) ; 0 choisit un port libre et l&apos;affiche sur la sortie d&apos;erreur.

transcript et replay :
  Les transcriptions s&apos;ouvrent depuis .pcapng, .pcap classique et .jsonl (le format est reconnu au contenu). Une
  capture que Sockbench n&apos;a pas écrite est reconstituée à partir de ses paquets TCP, une connexion par paire
  d&apos;adresse et de port.
  Un fichier tronqué ou corrompu : ce qui a pu être lu est utilisé, une ligne sur la sortie d&apos;erreur indique où il
  se rompt, et le code de sortie est 1. replay fonctionne en client, ou avec --listen en serveur pour le premier
  client (--bind ADDR comme pour listen) : --pace original (par défaut) conserve les intervalles entre les
  événements, --pace fast envoie aussi vite que le pair l&apos;accepte ; ensuite il effectue une semi-fermeture, affiche
  ce que le pair envoie jusqu&apos;à ce qu&apos;il ferme, et accepte --idle-timeout, --verbose, --log, --transcript (le rejeu
  lui-même est enregistré) et, en client, --connect-timeout.

read :
  Les étapes s&apos;exécutent dans l&apos;ordre, chacune un argument (à mettre entre guillemets pour le shell) :
    send:TEXT              envoie TEXT, avec les séquences \r \n \t \0 \\ \xHH
    command:TEXT           envoie TEXT puis CR LF (le sendCommand: du chapitre)
    sendfile:PATH:N        envoie le fichier par fragments de N octets, un envoi chacun, le dernier complété par des zéros
    line                   lit une ligne terminée par LF ou CR LF (affichée sans sa fin)
    next:N                 lit exactement N octets
    upto:DELIM             lit jusqu&apos;à DELIM (séquences comme pour send:) ; DELIM est consommé, non affiché
    end                    lit tout jusqu&apos;à ce que le pair ferme
    receive                lit un morceau, en l&apos;attendant jusqu&apos;au délai (receiveData)
    available              lit ce qui est arrivé, sans attendre ; peut-être rien (receiveAvailableData)
    while-available:next:N attend 100 ms, puis lit N octets tant que des données sont disponibles, une ligne chacun
    close                  semi-ferme notre côté (le pair voit la fin de l&apos;entrée) ; la lecture continue
    starttls               TLS à partir d&apos;ici, sur la même connexion, avec les options TLS (pas --tls)
  --timeout SECONDS        durée d&apos;attente de chaque lecture (par défaut 10 ; 0 : sans limite ; 45 dans Pharo)
  --max-line SIZE          la plus longue lecture line: ou upto:, sans sa fin (par défaut 16M ; K, M, G)
  --crlf-lines             line exige CR LF, comme le nextLine de Pharo ; un LF seul reste dans la ligne
  --binary                 chaque lecture comme tableau d&apos;octets du chapitre, #[65 66 67], au lieu de texte
  --listen [--bind ADDR] [--accept-timeout SECONDS]
                           attend un client sur PORT (pas de HOST) et lui joue les étapes
  -u, --udp                sur UDP : chaque lecture un datagramme entier (receive, available, while-available)
  --on-timeout fail|return une lecture qui expire, ou dont le pair ferme avant : fail (par défaut) s&apos;arrête
                           avec une ligne sur la sortie d&apos;erreur et le code 5 (délai dépassé) ou 1 (pair fermé) ;
                           return affiche ce qui est arrivé et passe à l&apos;étape suivante
  --show lines|raw         lines (par défaut) : une ligne par lecture, l&apos;étape, deux-points et les octets entre
                           guillemets droits, échappés comme send: les lit (line: &quot;HTTP/1.0 200 OK&quot;), puis
                           &quot; (timed out)&quot; ou &quot; (peer closed)&quot; pour une lecture incomplète ; raw : ce que renvoie
                           chaque lecture, sans ajout (line: et upto: omettent la fin de ligne et le
                           délimiteur, comme le font nextLine et upTo: du chapitre)
  --connect-timeout, --idle-timeout, --verbose, --log et --transcript comme pour connect.
  Une étape invalide est une erreur d&apos;utilisation, avant la connexion. Après la dernière étape, read ferme et
  sort avec 0.

À la fin de l&apos;entrée standard, connect effectue une semi-fermeture (le pair voit la fin de l&apos;entrée) et continue
de lire jusqu&apos;à ce que le pair ferme. Chaque octet passe aussi par la capture de Sockbench, comme dans la fenêtre.

</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server : %1</translation>
    </message>
    <message>
        <source>--client: &apos;%1&apos; reads as an IPv6 address without a port; write the address in brackets: [%2]:%3</source>
        <translation>--client : « %1 » se lit comme une adresse IPv6 sans port ; écrivez l&apos;adresse entre crochets : [%2]:%3</translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation>--client : %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ConnectCommand</name>
    <message>
        <source>standard input: %1</source>
        <translation>entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>connexion à %1</translation>
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
        <translation>session %1</translation>
    </message>
    <message>
        <source>received 1 byte</source>
        <translation>1 octet reçu</translation>
    </message>
    <message>
        <source>sent 1 byte</source>
        <translation>1 octet envoyé</translation>
    </message>
    <message>
        <source>received %1 bytes</source>
        <translation>%1 octets reçus</translation>
    </message>
    <message>
        <source>sent %1 bytes</source>
        <translation>%1 octets envoyés</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ListenCommand</name>
    <message>
        <source>standard input: %1</source>
        <translation>entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation>aucun client n&apos;est venu en %1&#xa0;s</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>écoute sur %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>connexion de %1</translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation>Serveur d&apos;écho</translation>
    </message>
    <message>
        <source>Prefix echo server</source>
        <translation>Serveur d&apos;écho préfixé</translation>
    </message>
    <message>
        <source>Discard server</source>
        <translation>Serveur de rejet</translation>
    </message>
    <message>
        <source>Responding server</source>
        <translation>Serveur répondeur</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::NcCommand</name>
    <message>
        <source>Try &apos;sockbench nc --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;sockbench nc --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>-n: &apos;%1&apos; is not an IP address (with -n no name is looked up)</source>
        <translation>-n&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP (avec -n aucun nom n&apos;est résolu)</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 attend une valeur</translation>
    </message>
    <message>
        <source>-%1 is a netcat flag sockbench nc does not take (it takes -4 -6 -C -k -l -N -n -p -q -s -u -v -w -z)</source>
        <translation>-%1 est une option de netcat que sockbench nc ne prend pas (il prend -4 -6 -C -k -l -N -n -p -q -s -u -v -w -z)</translation>
    </message>
    <message>
        <source>invalid option -- &apos;%1&apos;</source>
        <translation>option invalide -- «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>option requires an argument -- &apos;%1&apos;</source>
        <translation>l’option requiert un argument -- «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 et -6 s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>-q needs a number of seconds (negative: never quit), not &apos;%1&apos;</source>
        <translation>-q attend un nombre de secondes (négatif&#xa0;: ne jamais quitter), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>-l and -z exclude each other</source>
        <translation>-l et -z s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>must use -l with -k</source>
        <translation>-k doit être utilisé avec -l</translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation>argument en trop «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>-l takes ADDRESS PORT or -s and -p, not both</source>
        <translation>-l prend ADDRESS PORT ou -s et -p, pas les deux</translation>
    </message>
    <message>
        <source>-l takes the port as -p PORT or as an argument, not both</source>
        <translation>-l prend le port en -p PORT ou en argument, pas les deux</translation>
    </message>
    <message>
        <source>-l needs a port: nc -l PORT or nc -l -p PORT</source>
        <translation>-l attend un port&#xa0;: nc -l PORT ou nc -l -p PORT</translation>
    </message>
    <message>
        <source>-l listens on an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not &apos;%1&apos;</source>
        <translation>-l écoute sur une adresse IP telle que 127.0.0.1, ::1, 0.0.0.0 ou ::, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>-s and -p choose the local end of a connection, which sockbench does not bind yet; with -l they say where to listen</source>
        <translation>-s et -p choisissent l&apos;extrémité locale d&apos;une connexion, que sockbench ne lie pas encore&#xa0;; avec -l ils indiquent où écouter</translation>
    </message>
    <message>
        <source>missing hostname and port</source>
        <translation>nom d&apos;hôte et port manquants</translation>
    </message>
    <message>
        <source>missing port number</source>
        <translation>numéro de port manquant</translation>
    </message>
    <message>
        <source>one port to connect to, not %1 (several, or a range, are for -z)</source>
        <translation>un seul port auquel se connecter, pas %1 (plusieurs, ou une plage, sont pour -z)</translation>
    </message>
    <message>
        <source>a range of ports is for -z; connect to one port</source>
        <translation>une plage de ports est pour -z&#xa0;; connectez-vous à un seul port</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>connexion de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>connect to %1 port %2 (tcp) failed: %3</source>
        <translation>la connexion à %1 port %2 (tcp) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Connection to %1 %2 port [tcp/%3] succeeded!</source>
        <translation>Connexion à %1 %2 port [tcp/%3] réussie&#xa0;!</translation>
    </message>
    <message>
        <source>-u with -z (a UDP port scan) is not taken: -z scans TCP ports</source>
        <translation>-u avec -z (un balayage de ports UDP) n&apos;est pas accepté&#xa0;: -z balaie des ports TCP</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ReadCommand</name>
    <message>
        <source>1 byte had arrived</source>
        <translation>1 octet était arrivé</translation>
    </message>
    <message>
        <source>%1 bytes had arrived</source>
        <translation>%1 octets étaient arrivés</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>%1 needs a value after a colon, as in %1:%2</source>
        <translation>%1 attend une valeur après un deux-points, comme dans %1:%2</translation>
    </message>
    <message>
        <source>next needs a number of bytes, not &apos;%1&apos;</source>
        <translation>next attend un nombre d&apos;octets, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>upto needs a delimiter, as in upto:;</source>
        <translation>upto attend un délimiteur, comme dans upto:;</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot send: %2</source>
        <translation>%1&#xa0;: envoi impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>our side of the connection is closed</source>
        <translation>notre côté de la connexion est fermé</translation>
    </message>
    <message>
        <source>%1: timed out after %2 s; %3</source>
        <translation>%1&#xa0;: délai dépassé après %2&#xa0;s&#xa0;; %3</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1&#xa0;: %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>le pair a fermé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>timed out after %1 s sending the last bytes</source>
        <translation>délai dépassé après %1&#xa0;s lors de l&apos;envoi des derniers octets</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>étape %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2; --max-line sets it (now %3)</source>
        <translation>%1 : %2 ; --max-line la règle (actuellement %3)</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos;; the steps are send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close and starttls</source>
        <translation>étape inconnue «&#xa0;%1&#xa0;»&#xa0;; les étapes sont send:TEXT, command:TEXT, line, next:N, upto:DELIM, end, receive, available, while-available:next:N, sendfile:PATH:N, close et starttls</translation>
    </message>
    <message>
        <source>%1 needs a number of bytes from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 attend un nombre d’octets de %2 à %3, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>while-available needs the read to repeat, as in while-available:next:5, not &apos;%1&apos;</source>
        <translation>while-available attend la lecture à répéter, comme dans while-available:next:5, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sendfile needs a path and a chunk size, as in sendfile:song.mp3:3000, not &apos;%1&apos;</source>
        <translation>sendfile attend un chemin et une taille de fragment, comme dans sendfile:song.mp3:3000, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no file &apos;%1&apos;</source>
        <translation>aucun fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: permission denied</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation>aucun client n&apos;est venu en %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 arrived before TLS started; refusing to mix them with TLS</source>
        <translation>%1&#xa0;: %2 sont arrivés avant le démarrage de TLS&#xa0;; refus de les mélanger avec TLS</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 reads a byte stream; over UDP a read is one datagram, whole: use receive (waits for one) or available (takes one if it is there)</source>
        <translation>%1 lit un flux d&apos;octets&#xa0;; sur UDP une lecture est un datagramme, entier&#xa0;: utilisez receive (en attend un) ou available (en prend un s&apos;il est là)</translation>
    </message>
    <message>
        <source>close half-closes a TCP connection; UDP has no half-close (the last step ends it)</source>
        <translation>close effectue une semi-fermeture d&apos;une connexion TCP&#xa0;; UDP n&apos;a pas de semi-fermeture (la dernière étape y met fin)</translation>
    </message>
    <message>
        <source>starttls is for TCP; sockbench does not speak TLS over UDP (DTLS)</source>
        <translation>starttls est pour TCP&#xa0;; sockbench ne parle pas TLS sur UDP (DTLS)</translation>
    </message>
    <message>
        <source>over UDP a read is one datagram, whole: write while-available, without next:N</source>
        <translation>sur UDP une lecture est un datagramme, entier&#xa0;: écrivez while-available, sans next:N</translation>
    </message>
    <message>
        <source>over UDP each chunk is one datagram: at most %1 bytes, not %2</source>
        <translation>sur UDP chaque fragment est un datagramme&#xa0;: au plus %1 octets, pas %2</translation>
    </message>
    <message>
        <source>%1: timed out after %2 s; no datagram had arrived</source>
        <translation>%1&#xa0;: délai dépassé après %2&#xa0;s&#xa0;; aucun datagramme n&apos;était arrivé</translation>
    </message>
    <message>
        <source>no peer&apos;s datagram came within %1 s</source>
        <translation>aucun datagramme d&apos;un pair n&apos;est arrivé en %1&#xa0;s</translation>
    </message>
    <message>
        <source>no UDP peer to play the steps to</source>
        <translation>aucun pair UDP à qui jouer les étapes</translation>
    </message>
    <message>
        <source>closed before the last step</source>
        <translation>fermé avant la dernière étape</translation>
    </message>
    <message>
        <source>no datagram</source>
        <translation>aucun datagramme</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::ReplayCommand</name>
    <message>
        <source>%1: the transcript has no connection to replay</source>
        <translation>%1&#xa0;: la transcription ne contient aucune connexion à rejouer</translation>
    </message>
    <message>
        <source>the peer closed the connection before the replay ended</source>
        <translation>le pair a fermé la connexion avant la fin du rejeu</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>connexion de %1</translation>
    </message>
    <message>
        <source>%1: -u: its first connection is TCP, and replay resends it as it was recorded</source>
        <translation>%1&#xa0;: -u&#xa0;: sa première connexion est en TCP, et replay la renvoie telle qu&apos;elle a été enregistrée</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::StandardOutput</name>
    <message>
        <source>standard output: %1</source>
        <translation>sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::TranscriptCommand</name>
    <message>
        <source>standard output: %1</source>
        <translation>sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name (use .pcapng, .txt, .hex or .jsonl)</source>
        <translation>impossible de déterminer le format de «&#xa0;%1&#xa0;» d&apos;après son nom (utilisez .pcapng, .txt, .hex ou .jsonl)</translation>
    </message>
    <message>
        <source>%1: wrote the %2 events that could be read</source>
        <translation>%1&#xa0;: les %2 événements lisibles ont été écrits</translation>
    </message>
    <message>
        <source>Output format of show: text, hex, jsonl or pcapng.</source>
        <translation>Format de sortie de show&#xa0;: text, hex, jsonl ou pcapng.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>show or convert</source>
        <translation>show ou convert</translation>
    </message>
    <message>
        <source>transcript show needs exactly one FILE</source>
        <translation>transcript show attend exactement un FILE</translation>
    </message>
    <message>
        <source>--format needs one of %1, not &apos;%2&apos;</source>
        <translation>--format attend l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>transcript convert needs IN and OUT</source>
        <translation>transcript convert attend IN et OUT</translation>
    </message>
    <message>
        <source>convert takes the format from OUT&apos;s extension, not --format</source>
        <translation>convert déduit le format de l&apos;extension de OUT, pas de --format</translation>
    </message>
    <message>
        <source>transcript needs show or convert</source>
        <translation>transcript attend show ou convert</translation>
    </message>
    <message>
        <source>unknown transcript action &apos;%1&apos; (show or convert)</source>
        <translation>action de transcript inconnue «&#xa0;%1&#xa0;» (show ou convert)</translation>
    </message>
    <message>
        <source>unexpected extra argument &apos;%1&apos;</source>
        <translation>argument en trop «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>convert to standard output (-) needs --format text, hex, jsonl or pcapng</source>
        <translation>convertir vers la sortie standard (-) attend --format text, hex, jsonl ou pcapng</translation>
    </message>
</context>
<context>
    <name>Sockbench::Cli::UdpCommand</name>
    <message>
        <source>warning: a datagram of %1 bytes was truncated to %2</source>
        <translation>avertissement&#xa0;: un datagramme de %1 octets a été tronqué à %2</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1 bytes do not fit in one datagram (at most %2): sent as several</source>
        <translation>avertissement&#xa0;: %1 octets ne tiennent pas dans un datagramme (au plus %2)&#xa0;: envoyés en plusieurs</translation>
    </message>
    <message>
        <source>%1: receive timeout: nothing came within %2 s</source>
        <translation>%1&#xa0;: délai de réception dépassé&#xa0;: rien n&apos;est arrivé en %2&#xa0;s</translation>
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
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 résolu en %2</translation>
    </message>
    <message>
        <source>TLS client %1:%2 (not verified)</source>
        <translation>client TLS %1:%2 (non vérifié)</translation>
    </message>
    <message>
        <source>TLS client %1:%2</source>
        <translation>client TLS %1:%2</translation>
    </message>
    <message>
        <source>STARTTLS needs an open plain TCP connection</source>
        <translation>STARTTLS attend une connexion TCP en clair ouverte</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, NOT VERIFIED</source>
        <translation>, NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>TLS without verification (--insecure)</source>
        <translation>TLS sans vérification (--insecure)</translation>
    </message>
</context>
<context>
    <name>Sockbench::Connection</name>
    <message>
        <source>STARTTLS needs an open plain TCP connection</source>
        <translation>STARTTLS attend une connexion TCP en clair ouverte</translation>
    </message>
    <message>
        <source>STARTTLS needs both directions open</source>
        <translation>STARTTLS attend que les deux sens soient ouverts</translation>
    </message>
    <message>
        <source>STARTTLS must wait until what was sent has left</source>
        <translation>STARTTLS doit attendre que ce qui a été envoyé soit parti</translation>
    </message>
    <message>
        <source>receive timeout: nothing came within %1 s</source>
        <translation>délai de réception dépassé&#xa0;: rien n&apos;est arrivé en %1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>Sockbench::ConversationModel</name>
    <message>
        <source>… %1 more bytes</source>
        <translation>… %1 octets de plus</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 bytes at %2 (%n chunk(s))</source>
        <translation>
            <numerusform>%1 octets envoyés à %2 (%n fragment)</numerusform>
            <numerusform>%1 octets envoyés à %2 (%n fragments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %1 bytes at %2 (%n chunk(s))</source>
        <translation>
            <numerusform>%1 octets reçus à %2 (%n fragment)</numerusform>
            <numerusform>%1 octets reçus à %2 (%n fragments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::ConversationPane</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hexdump</source>
        <translation>Hexdump</translation>
    </message>
    <message>
        <source>Show the conversation as text (control characters visible) or as a hexdump</source>
        <translation>Afficher la conversation en texte (caractères de contrôle visibles) ou en hexdump</translation>
    </message>
    <message>
        <source>Select a connection to follow its conversation.</source>
        <translation>Sélectionnez une connexion pour suivre sa conversation.</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
</context>
<context>
    <name>Sockbench::CrashRecovery</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::DatagramSocket</name>
    <message>
        <source>cannot open a UDP socket</source>
        <translation>impossible d&apos;ouvrir un socket UDP</translation>
    </message>
    <message>
        <source>cannot bind %1</source>
        <translation>impossible de lier %1</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>cannot allow broadcast</source>
        <translation>impossible d&apos;autoriser le broadcast</translation>
    </message>
    <message>
        <source>cannot join %1</source>
        <translation>impossible de rejoindre %1</translation>
    </message>
    <message>
        <source>cannot leave %1</source>
        <translation>impossible de quitter %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::EndpointParser</name>
    <message>
        <source>the host is missing</source>
        <translation>il manque l&apos;hôte</translation>
    </message>
    <message>
        <source>the port is missing (%1-%2)</source>
        <translation>il manque le port (%1-%2)</translation>
    </message>
    <message>
        <source>the address is missing</source>
        <translation>il manque l&apos;adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a space or a control character</source>
        <translation>«&#xa0;%1&#xa0;» contient un espace ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an IP address (write an IPv6 address with a port as [::1]:80)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP (écrivez une adresse IPv6 suivie d&apos;un port sous la forme [::1]:80)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is neither a number nor a service name this system knows</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est ni un nombre ni un nom de service connu de ce système</translation>
    </message>
    <message>
        <source>port %1 is out of range (%2-%3)</source>
        <translation>le port %1 est hors limites (%2-%3)</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is neither a number nor a UDP service name this system knows</source>
        <translation>le port « %1 » n&apos;est ni un nombre ni un nom de service UDP connu de ce système</translation>
    </message>
</context>
<context>
    <name>Sockbench::EventVocabulary</name>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>en écoute sur %1</translation>
    </message>
    <message>
        <source>stopped listening on %1</source>
        <translation>n&apos;écoute plus sur %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connectée à %1</translation>
    </message>
    <message>
        <source>accepted connection from %1</source>
        <translation>connexion acceptée de %1</translation>
    </message>
    <message>
        <source>peer closed its side</source>
        <translation>le pair a fermé son côté</translation>
    </message>
    <message>
        <source>we closed our side</source>
        <translation>nous avons fermé notre côté</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::JsonLinesReader</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>ligne %1 (position %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a Sockbench JSON Lines transcript</source>
        <translation>ce n&apos;est pas une transcription JSON Lines de Sockbench</translation>
    </message>
    <message>
        <source>not JSON: %1 at column %2</source>
        <translation>JSON invalide&#xa0;: %1 à la colonne %2</translation>
    </message>
    <message>
        <source>truncated line</source>
        <translation>ligne tronquée</translation>
    </message>
    <message>
        <source>transcript version %1 is newer than this program</source>
        <translation>la version %1 de la transcription est plus récente que ce programme</translation>
    </message>
    <message>
        <source>a session without a valid id</source>
        <translation>une session sans identifiant valide</translation>
    </message>
    <message>
        <source>a connection without a valid id</source>
        <translation>une connexion sans identifiant valide</translation>
    </message>
    <message>
        <source>a connection with an endpoint that is not ADDRESS:PORT</source>
        <translation>une connexion dont un point d&apos;accès n&apos;est pas de la forme ADDRESS:PORT</translation>
    </message>
    <message>
        <source>an event of unknown kind or direction</source>
        <translation>un événement de type ou de sens inconnu</translation>
    </message>
    <message>
        <source>an event without valid session and connection ids</source>
        <translation>un événement sans identifiants de session et de connexion valides</translation>
    </message>
    <message>
        <source>a payload that is not base64</source>
        <translation>des données qui ne sont pas en base64</translation>
    </message>
    <message>
        <source>a payload of %1 bytes where size says %2</source>
        <translation>des données de %1 octets alors que size indique %2</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a line longer than %1 MiB: not a Sockbench JSON Lines transcript</source>
        <translation>une ligne de plus de %1 Mio&#xa0;: ce n’est pas une transcription JSON Lines de Sockbench</translation>
    </message>
    <message>
        <source>empty file: not a Sockbench JSON Lines transcript (nothing at offset 0)</source>
        <translation>fichier vide&#xa0;: ce n&apos;est pas une transcription JSON Lines de Sockbench (rien à la position 0)</translation>
    </message>
    <message>
        <source>an event whose payload is missing for no known reason</source>
        <translation>un événement dont le contenu manque sans raison connue</translation>
    </message>
    <message>
        <source>an event marked missing with bytes, or without a size</source>
        <translation>un événement marqué manquant mais avec des octets, ou sans taille</translation>
    </message>
    <message>
        <source>a connection with an unknown transport (neither tcp nor udp)</source>
        <translation>une connexion avec un transport inconnu (ni tcp ni udp)</translation>
    </message>
</context>
<context>
    <name>Sockbench::MainWindow</name>
    <message>
        <source>Traffic is not recorded to disk: %1</source>
        <translation>Le trafic n&apos;est pas enregistré sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>New &amp;Server…</source>
        <translation>Nouveau &amp;serveur…</translation>
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
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>S&amp;top Listening</source>
        <translation>Arrêter l&apos;éco&amp;ute</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Close &amp;All Connections</source>
        <translation>Fermer &amp;toutes les connexions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Effacer le journal</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Relative Times</source>
        <translation>Temps &amp;relatifs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show &amp;All Traffic</source>
        <translation>Afficher &amp;tout le trafic</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Show every session&apos;s traffic instead of the selection&apos;s</source>
        <translation>Afficher le trafic de toutes les sessions au lieu de celui de la sélection</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <source>Open an echo server and a client connected to it</source>
        <translation>Ouvrir un serveur d&apos;écho et un client qui s&apos;y connecte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Sockbench</source>
        <translation>À &amp;propos de Sockbench</translation>
    </message>
    <message>
        <source>About Sockbench</source>
        <translation>À propos de Sockbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Traffic &amp;log</source>
        <translation>&amp;Journal du trafic</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This is a demo: an echo server on %1 and a client connected to it. Type a line in the send panel below and press Ctrl+Enter: it crosses the connection, comes back, and shows in the log.</source>
        <translation>Ceci est une démo&#xa0;: un serveur d&apos;écho sur %1 et un client qui s&apos;y connecte. Tapez une ligne dans le panneau d&apos;envoi ci-dessous et appuyez sur Ctrl+Entrée&#xa0;: elle traverse la connexion, revient et s&apos;affiche dans le journal.</translation>
    </message>
    <message>
        <source>#%1  %2 ⇄ %3</source>
        <translation>#%1  %2 ⇄ %3</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>Event at %1</source>
        <translation>Événement à %1</translation>
    </message>
    <message>
        <source>%1 — Sockbench</source>
        <translation>%1 — Sockbench</translation>
    </message>
    <message>
        <source>Sockbench</source>
        <translation>Sockbench</translation>
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
            <numerusform>%n connexion ouverte</numerusform>
            <numerusform>%n connexions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>← %1  → %2</source>
        <translation>← %1  → %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Stream &amp;reads</source>
        <translation>Lecture sé&amp;quentielle</translation>
    </message>
    <message>
        <source>Read the selected connection as a stream: a line, N bytes, up to a delimiter, to the end, with a timeout</source>
        <translation>Lire la connexion sélectionnée comme un flux&#xa0;: une ligne, N octets, jusqu&apos;à un délimiteur, jusqu&apos;à la fin, avec un délai</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Listen for clients</source>
        <translation>Attendre des clients</translation>
    </message>
    <message>
        <source>Close the selected connection, or close and remove the selected session</source>
        <translation>Fermer la connexion sélectionnée, ou fermer et retirer la session sélectionnée</translation>
    </message>
    <message>
        <source>Stop accepting clients; connected clients stay</source>
        <translation>Ne plus accepter de clients&#xa0;; les clients connectés restent</translation>
    </message>
    <message>
        <source>Close every connection of the selected server, or of every session</source>
        <translation>Fermer toutes les connexions du serveur sélectionné, ou de toutes les sessions</translation>
    </message>
    <message>
        <source>Find text or hex bytes in payloads</source>
        <translation>Rechercher du texte ou des octets en hexadécimal dans les données</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Se&amp;ssion</source>
        <translation>&amp;Session</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %n byte(s) at %3</source>
        <translation>
            <numerusform>#%1 %2 %n octet à %3</numerusform>
            <numerusform>#%1 %2 %n octets à %3</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lose Connection</source>
        <translation>&amp;Fermer la connexion</translation>
    </message>
    <message>
        <source>C&amp;lose Session</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect the selected client again, or listen again with a stopped server</source>
        <translation>Reconnecter le client sélectionné, ou remettre à l&apos;écoute un serveur arrêté</translation>
    </message>
    <message>
        <source>&amp;Listen Again</source>
        <translation>&amp;Réécouter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New &amp;UDP Socket…</source>
        <translation>Nouveau socket &amp;UDP…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Bind a UDP socket: send and receive datagrams</source>
        <translation>Lier un socket UDP&#xa0;: envoyer et recevoir des datagrammes</translation>
    </message>
    <message>
        <source>Send to &amp;Address…</source>
        <translation>Envoyer à une &amp;adresse…</translation>
    </message>
    <message>
        <source>Add a peer for an address to the selected UDP socket, and send to it</source>
        <translation>Ajouter un pair pour une adresse au socket UDP sélectionné, et lui envoyer</translation>
    </message>
    <message>
        <source>Shut Down &amp;Sending</source>
        <translation>Fermer l&apos;&amp;envoi</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Half-close the selected connection: the peer sees the end of input, and can still send</source>
        <translation>Semi-fermer la connexion sélectionnée&#xa0;: le pair voit la fin de l&apos;entrée, et peut encore envoyer</translation>
    </message>
    <message>
        <source>Show Certi&amp;ficate…</source>
        <translation>Voir le certi&amp;ficat…</translation>
    </message>
    <message>
        <source>The TLS connection&apos;s certificate chain, validity, fingerprint and errors</source>
        <translation>La chaîne de certificats de la connexion TLS, sa validité, son empreinte et ses erreurs</translation>
    </message>
    <message>
        <source>Start &amp;TLS (STARTTLS)</source>
        <translation>Démarrer &amp;TLS (STARTTLS)</translation>
    </message>
    <message>
        <source>Upgrade the selected client&apos;s plain connection to TLS, after the protocol&apos;s own go-ahead</source>
        <translation>Passer la connexion en clair du client sélectionné à TLS, après le feu vert du protocole lui-même</translation>
    </message>
    <message>
        <source>Hide the traffic shown so far; the capture keeps it, and File ▸ Save saves it</source>
        <translation>Masquer le trafic affiché jusqu’ici&#xa0;; la capture le conserve, et Fichier ▸ Enregistrer l’enregistre</translation>
    </message>
    <message numerus="yes">
        <source>Log cleared: %n event(s) hidden from the log. The capture keeps them: File ▸ Save still saves them, and sessions and their counts stay.</source>
        <translation>
            <numerusform>Journal effacé&#xa0;: %n événement masqué du journal. La capture le conserve&#xa0;: Fichier ▸ Enregistrer l’enregistre toujours, et les sessions et leurs compteurs restent.</numerusform>
            <numerusform>Journal effacé&#xa0;: %n événements masqués du journal. La capture les conserve&#xa0;: Fichier ▸ Enregistrer les enregistre toujours, et les sessions et leurs compteurs restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show times as seconds since the capture started</source>
        <translation>Afficher les temps en secondes depuis le début de la capture</translation>
    </message>
    <message>
        <source>Show Time Since &amp;Previous</source>
        <translation>Temps depuis le &amp;précédent</translation>
    </message>
    <message>
        <source>Show the Δ column: seconds since the event shown above</source>
        <translation>Afficher la colonne Δ&#xa0;: secondes depuis l&apos;événement affiché au-dessus</translation>
    </message>
    <message>
        <source>Remove Closed &amp;Connections</source>
        <translation>Retirer les &amp;connexions fermées</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Remove closed connections from the sessions list; their traffic stays in the log</source>
        <translation>Retirer les connexions fermées de la liste des sessions&#xa0;; leur trafic reste dans le journal</translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation>Aller aux &amp;sessions</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the sessions list</source>
        <translation>Placer le focus clavier sur la liste des sessions</translation>
    </message>
    <message>
        <source>Go to the Traffic &amp;Log</source>
        <translation>Aller au &amp;journal du trafic</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the traffic log</source>
        <translation>Placer le focus clavier sur le journal du trafic</translation>
    </message>
    <message>
        <source>The Sockets &amp;Chapter, Scenario by Scenario</source>
        <translation>Le &amp;chapitre des sockets, scénario par scénario</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>&amp;Manuel utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sockbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for TCP: open client and server sessions, watch every byte that crosses each connection, send text or hex.&lt;/p&gt;&lt;p&gt;The same program is a command line: run &lt;tt&gt;sockbench --help&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;It began from the Sockets chapter of &lt;i&gt;Deep into Pharo&lt;/i&gt; (Noury Bouraqadi and Luc Fabresse); Help &amp;gt; The Sockets Chapter plays each of its scenarios.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sockbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un établi pour TCP&#xa0;: ouvrez des sessions client et serveur, observez chaque octet qui traverse chaque connexion, envoyez du texte ou de l&apos;hexadécimal.&lt;/p&gt;&lt;p&gt;Le même programme est une ligne de commande&#xa0;: lancez &lt;tt&gt;sockbench --help&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Il est né du chapitre Sockets de &lt;i&gt;Deep into Pharo&lt;/i&gt; (Noury Bouraqadi et Luc Fabresse)&#xa0;; Aide &amp;gt; Le chapitre des sockets joue chacun de ses scénarios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions and their connections; the selection is what the log shows and where the send panel sends</source>
        <translation>Les sessions et leurs connexions&#xa0;; la sélection est ce que montre le journal et là où le panneau d&apos;envoi envoie</translation>
    </message>
    <message>
        <source>Open the Context Menu</source>
        <translation>Ouvrir le menu contextuel</translation>
    </message>
    <message>
        <source>Nothing sent: select an open connection to send to.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: sélectionnez une connexion ouverte vers laquelle envoyer.</translation>
    </message>
    <message>
        <source>Send to Address</source>
        <translation>Envoyer à une adresse</translation>
    </message>
    <message>
        <source>Address and port to send to (HOST:PORT, an IPv6 address in brackets):</source>
        <translation>Adresse et port de destination (HOST:PORT, une adresse IPv6 entre crochets)&#xa0;:</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Send panel</source>
        <translation>Panneau d&apos;envoi</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Earlier and later inputs</source>
        <translation>Saisies précédentes et suivantes</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Haut, Ctrl+Bas</translation>
    </message>
    <message>
        <source>Stop a repeat</source>
        <translation>Arrêter une répétition</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Shift+F10, Menu</source>
        <translation>Maj+F10, Menu</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Journal du trafic</translation>
    </message>
    <message>
        <source>Copy bytes as text</source>
        <translation>Copier les octets en texte</translation>
    </message>
    <message>
        <source>Sockbench User Manual</source>
        <translation>Manuel utilisateur de Sockbench</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Manuel utilisateur</translation>
    </message>
    <message>
        <source>The manual is missing from this build: %1</source>
        <translation>Le manuel manque dans cette version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate Not Verified</source>
        <translation>Certificat non vérifié</translation>
    </message>
    <message>
        <source>The certificate of %1 did not verify:

%2

Connecting anyway means anyone between you and the server could read and change the bytes. The session will be marked as not verified.</source>
        <translation>Le certificat de %1 n&apos;a pas été vérifié&#xa0;:

%2

Se connecter quand même signifie que quiconque entre vous et le serveur pourrait lire et modifier les octets. La session sera marquée comme non vérifiée.</translation>
    </message>
    <message>
        <source>Connect Anyway, &amp;Once</source>
        <translation>Connecter &amp;une fois</translation>
    </message>
    <message>
        <source>(no open connection to send it to)</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload (no open connection to send it to)&quot;.</extracomment>
        <translation>(aucune connexion ouverte vers laquelle l&apos;envoyer)</translation>
    </message>
    <message>
        <source>(select a connection to send it to)</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload (select a connection to send it to)&quot;.</extracomment>
        <translation>(sélectionnez une connexion vers laquelle l&apos;envoyer)</translation>
    </message>
    <message>
        <source>for #%1 %2</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload for #2 127.0.0.1:40735&quot;.</extracomment>
        <translation>pour #%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>for all %n connection(s) of %1</source>
        <extracomment>Follows the send panel&apos;s bold &quot;Payload&quot;: &quot;Payload for all 3 connections of Echo server …&quot;.</extracomment>
        <translation>
            <numerusform>pour %n connexion de %1</numerusform>
            <numerusform>pour toutes les %n connexions de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not recorded</source>
        <translation>
            <numerusform>%n événement non enregistré</numerusform>
            <numerusform>%n événements non enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not in the log</source>
        <translation>
            <numerusform>%n événement plus ancien absent du journal</numerusform>
            <numerusform>%n événements plus anciens absents du journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::NewSessionDialog</name>
    <message>
        <source>&amp;Client: connect to a server</source>
        <translation>&amp;Client&#xa0;: se connecter à un serveur</translation>
    </message>
    <message>
        <source>Open a TCP connection to a host and port.</source>
        <translation>Ouvrir une connexion TCP vers un hôte et un port.</translation>
    </message>
    <message>
        <source>Se&amp;rver: listen for clients</source>
        <translation>&amp;Serveur&#xa0;: attendre des clients</translation>
    </message>
    <message>
        <source>Listen on an address and port and accept any number of clients.</source>
        <translation>Écouter sur une adresse et un port, et accepter un nombre quelconque de clients.</translation>
    </message>
    <message>
        <source>a host name or an IP address</source>
        <translation>un nom d&apos;hôte ou une adresse IP</translation>
    </message>
    <message>
        <source>The server to connect to, e.g. localhost, 192.168.1.10, ::1 or example.com. Recent hosts are in the list.</source>
        <translation>Le serveur auquel se connecter, par ex. localhost, 192.168.1.10, ::1 ou example.com. Les hôtes récents figurent dans la liste.</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>::1 (this computer only, IPv6)</source>
        <translation>::1 (cet ordinateur uniquement, IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 (all interfaces — reachable from the network)</source>
        <translation>0.0.0.0 (toutes les interfaces — accessible depuis le réseau)</translation>
    </message>
    <message>
        <source>:: (all interfaces, IPv6 — reachable from the network)</source>
        <translation>:: (toutes les interfaces, IPv6 — accessible depuis le réseau)</translation>
    </message>
    <message>
        <source>The local address to listen on. 127.0.0.1 accepts connections from this computer only; you may also type the address of one of your network interfaces.</source>
        <translation>L&apos;adresse locale sur laquelle écouter. 127.0.0.1 n&apos;accepte que les connexions de cet ordinateur&#xa0;; vous pouvez aussi saisir l&apos;adresse de l&apos;une de vos interfaces réseau.</translation>
    </message>
    <message>
        <source>⚠ Listening on all interfaces: anyone who can reach this computer over the network can connect.</source>
        <translation>⚠ Écoute sur toutes les interfaces&#xa0;: toute personne pouvant joindre cet ordinateur par le réseau peut se connecter.</translation>
    </message>
    <message>
        <source>The TCP port, 1 to 65535 (0 for a server picks a free port).</source>
        <translation>Le port TCP, de 1 à 65535 (0 pour un serveur choisit un port libre).</translation>
    </message>
    <message>
        <source>0 or empty picks a free port; the session list shows which one.</source>
        <translation>0 ou vide choisit un port libre&#xa0;; la liste des sessions indique lequel.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>par défaut (système)</translation>
    </message>
    <message>
        <source>Give up when the name cannot be resolved and connected within this time.</source>
        <translation>Abandonner si le nom ne peut pas être résolu et la connexion établie dans ce délai.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Écho</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>What the server does with the bytes its clients send.</source>
        <translation>Ce que le serveur fait des octets que ses clients envoient.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>Adresse d&apos;écout&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Délai de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Beha&amp;viour:</source>
        <translation>Compor&amp;tement&#xa0;:</translation>
    </message>
    <message>
        <source>New Client Session</source>
        <translation>Nouvelle session client</translation>
    </message>
    <message>
        <source>New Server Session</source>
        <translation>Nouvelle session serveur</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>Éco&amp;uter</translation>
    </message>
    <message>
        <source>1–65535, e.g. 8080</source>
        <translation>1–65535, par ex. 8080</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>enter a host name or an IP address</source>
        <translation>saisissez un nom d&apos;hôte ou une adresse IP</translation>
    </message>
    <message>
        <source>the host must not contain spaces</source>
        <translation>l&apos;hôte ne doit pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>Connects to %1 on port %2.</source>
        <translation>Se connecte à %1 sur le port %2.</translation>
    </message>
    <message>
        <source>Listens on %1, on a free port.</source>
        <translation>Écoute sur %1, sur un port libre.</translation>
    </message>
    <message>
        <source>Listens on %1, port %2.</source>
        <translation>Écoute sur %1, port %2.</translation>
    </message>
    <message>
        <source>enter a port between 1 and 65535</source>
        <translation>saisissez un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>port must be a number</source>
        <translation>le port doit être un nombre</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>port must be between 0 and 65535</source>
        <translation>le port doit être compris entre 0 et 65535</translation>
    </message>
    <message>
        <source>enter the address to listen on, e.g. 127.0.0.1</source>
        <translation>saisissez l&apos;adresse d&apos;écoute, par ex. 127.0.0.1</translation>
    </message>
    <message>
        <source>bind address &quot;%1&quot; is not an IP address</source>
        <translation>l&apos;adresse d&apos;écoute «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>Nothing automatic: you reply from the send panel.</source>
        <translation>Rien d&apos;automatique&#xa0;: vous répondez depuis le panneau d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sends every received byte back to its sender.</source>
        <translation>Renvoie chaque octet reçu à son expéditeur.</translation>
    </message>
    <message>
        <source>Records received bytes and answers nothing.</source>
        <translation>Enregistre les octets reçus et ne répond rien.</translation>
    </message>
    <message>
        <source>port must be a number or a service name such as http; this system knows no service &quot;%1&quot;</source>
        <translation>le port doit être un nombre ou un nom de service tel que http&#xa0;; ce système ne connaît aucun service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>port must be a number from %1 to 65535, without a sign</source>
        <translation>le port doit être un nombre de %1 à 65535, sans signe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address; write an IPv6 address with a port as [::1]:80</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP&#xa0;; écrivez une adresse IPv6 suivie d&apos;un port sous la forme [::1]:80</translation>
    </message>
    <message>
        <source>&amp;UDP socket: send and receive datagrams</source>
        <translation>Socket &amp;UDP&#xa0;: envoyer et recevoir des datagrammes</translation>
    </message>
    <message>
        <source>Bind a UDP socket: every address that sends to it becomes a peer; send to a peer, to a destination or to every peer.</source>
        <translation>Lier un socket UDP&#xa0;: chaque adresse qui lui envoie devient un pair&#xa0;; envoyez à un pair, à une destination ou à tous les pairs.</translation>
    </message>
    <message>
        <source>optional: HOST:PORT, e.g. 127.0.0.1:9999 or [::1]:9999</source>
        <translation>facultatif&#xa0;: HOST:PORT, par ex. 127.0.0.1:9999 ou [::1]:9999</translation>
    </message>
    <message>
        <source>Where sends go before anyone has sent to this socket. Leave it empty to wait for peers.</source>
        <translation>Où vont les envois avant que quiconque ait envoyé à ce socket. Laissez vide pour attendre des pairs.</translation>
    </message>
    <message>
        <source>Custom responses</source>
        <translation>Réponses personnalisées</translation>
    </message>
    <message>
        <source>Your own greeting, answers and timeouts, set below.</source>
        <translation>Votre propre accueil, vos réponses et délais, définis ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>New UDP Socket</source>
        <translation>Nouveau socket UDP</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>destination: %1</source>
        <translation>destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>Binds UDP on %1, on a free port.</source>
        <translation>Lie UDP sur %1, sur un port libre.</translation>
    </message>
    <message>
        <source>Binds UDP on %1, port %2.</source>
        <translation>Lie UDP sur %1, port %2.</translation>
    </message>
    <message>
        <source>Sends to %1 on port %2.</source>
        <translation>Envoie à %1 sur le port %2.</translation>
    </message>
    <message>
        <source>The greeting, answers and timeouts below.</source>
        <translation>L&apos;accueil, les réponses et les délais ci-dessous.</translation>
    </message>
    <message>
        <source>Allow &amp;broadcast (SO_BROADCAST)</source>
        <translation>Autoriser la di&amp;ffusion (SO_BROADCAST)</translation>
    </message>
    <message>
        <source>Lets this socket send to a broadcast address, such as 255.255.255.255 or a network&apos;s last address (192.168.1.255). Off, the system refuses those sends. IPv4 only.</source>
        <translation>Permet à ce socket d&apos;envoyer vers une adresse de diffusion, comme 255.255.255.255 ou la dernière adresse d&apos;un réseau (192.168.1.255). Désactivé, le système refuse ces envois. IPv4 uniquement.</translation>
    </message>
    <message>
        <source>optional: e.g. 239.255.0.1 or ff02::1:3</source>
        <translation>facultatif&#xa0;: p.&#xa0;ex. 239.255.0.1 ou ff02::1:3</translation>
    </message>
    <message>
        <source>A multicast group to join once bound: its datagrams reach this socket. IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
        <translation>Un groupe multicast à rejoindre une fois lié&#xa0;: ses datagrammes parviennent à ce socket. Les groupes IPv4 vont de 224.0.0.0 à 239.255.255.255, les groupes IPv6 commencent par ff.</translation>
    </message>
    <message>
        <source>The network interface to join the group on.</source>
        <translation>L&apos;interface réseau sur laquelle rejoindre le groupe.</translation>
    </message>
    <message>
        <source>The system&apos;s choice (its route to the group)</source>
        <translation>Choix du système (sa route vers le groupe)</translation>
    </message>
    <message>
        <source>%1 (no multicast flag)</source>
        <translation>%1 (sans drapeau multicast)</translation>
    </message>
    <message>
        <source>At the recorded pace</source>
        <translation>Au rythme enregistré</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <source>Send the recorded bytes with the pauses they had, or all at once.</source>
        <translation>Envoyer les octets enregistrés avec les pauses qu&apos;ils avaient, ou tous d&apos;un coup.</translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation>R&amp;ythme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Multicast group:</source>
        <translation>&amp;Groupe multicast&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface&#xa0;:</translation>
    </message>
    <message>
        <source>IPv6 has no broadcast: untick Allow broadcast, or send to a multicast group such as ff02::1</source>
        <translation>IPv6 n&apos;a pas de diffusion&#xa0;: décochez Autoriser la diffusion, ou envoyez vers un groupe multicast tel que ff02::1</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: tick Allow broadcast to send to it</source>
        <translation>%1 est une adresse de diffusion&#xa0;: cochez Autoriser la diffusion pour y envoyer</translation>
    </message>
    <message>
        <source>multicast group &quot;%1&quot; is not an IP address</source>
        <translation>le groupe multicast «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff</source>
        <translation>%1 n&apos;est pas un groupe multicast&#xa0;: les groupes IPv4 vont de 224.0.0.0 à 239.255.255.255, les groupes IPv6 commencent par ff</translation>
    </message>
    <message>
        <source>the group %1 is IPv6 and the bind address %2 is IPv4: bind to :: or ::1 to join it</source>
        <translation>le groupe %1 est en IPv6 et l&apos;adresse de liaison %2 en IPv4&#xa0;: liez à :: ou ::1 pour le rejoindre</translation>
    </message>
    <message>
        <source>the group %1 is IPv4 and the bind address %2 is IPv6: bind to 0.0.0.0 or 127.0.0.1 to join it</source>
        <translation>le groupe %1 est en IPv4 et l&apos;adresse de liaison %2 en IPv6&#xa0;: liez à 0.0.0.0 ou 127.0.0.1 pour le rejoindre</translation>
    </message>
    <message>
        <source>Bound to %1, the socket will not hear the group: bind to %2 to receive what is sent to it.</source>
        <translation>Lié à %1, le socket n&apos;entendra pas le groupe&#xa0;: liez à %2 pour recevoir ce qui lui est envoyé.</translation>
    </message>
    <message>
        <source>Joins %1.</source>
        <translation>Rejoint %1.</translation>
    </message>
    <message>
        <source>Joins %1 on %2.</source>
        <translation>Rejoint %1 sur %2.</translation>
    </message>
    <message>
        <source>May broadcast.</source>
        <translation>Peut diffuser.</translation>
    </message>
    <message>
        <source>The greeting, answers and timeout below; a peer is greeted when its first datagram comes.</source>
        <translation>L&apos;accueil, les réponses et le délai ci-dessous ; un pair est accueilli quand son premier datagramme arrive.</translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadParser</name>
    <message>
        <source>column %1: a lone backslash ends the text; write \\ for a backslash</source>
        <translation>colonne %1&#xa0;: une barre oblique inverse isolée termine le texte&#xa0;; écrivez \\ pour une barre oblique inverse</translation>
    </message>
    <message>
        <source>column %1: \x needs two hex digits</source>
        <translation>colonne %1&#xa0;: \x attend deux chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>column %1: unknown escape \%2</source>
        <translation>colonne %1&#xa0;: séquence d&apos;échappement inconnue \%2</translation>
    </message>
    <message>
        <source>column %1: %2 needs hex digits after it</source>
        <translation>colonne %1&#xa0;: %2 doit être suivi de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>column %1: %2 is not a hex digit</source>
        <translation>colonne %1&#xa0;: %2 n&apos;est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>column %1: odd number of hex digits; each byte needs two</source>
        <translation>colonne %1&#xa0;: nombre impair de chiffres hexadécimaux&#xa0;; chaque octet en demande deux</translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadTemplate</name>
    <message>
        <source>column %1: {{ has no closing }}; write \x7b for a brace that starts no field</source>
        <translation>colonne %1&#xa0;: {{ sans }} fermant&#xa0;; écrivez \x7b pour une accolade qui ne commence aucun champ</translation>
    </message>
    <message>
        <source>column %1: %2 takes %3</source>
        <translation>colonne %1&#xa0;: %2 prend %3</translation>
    </message>
    <message>
        <source>no argument</source>
        <translation>aucun argument</translation>
    </message>
    <message>
        <source>no argument (decimal), :u8, :u16 or :u32</source>
        <translation>aucun argument (décimal), :u8, :u16 ou :u32</translation>
    </message>
    <message>
        <source>no argument (ISO 8601), :unix or :unixms</source>
        <translation>aucun argument (ISO 8601), :unix ou :unixms</translation>
    </message>
    <message>
        <source>a count of bytes from 1 to %1</source>
        <translation>un nombre d&apos;octets de 1 à %1</translation>
    </message>
    <message>
        <source>no argument (one byte) or :hex</source>
        <translation>aucun argument (un octet) ou :hex</translation>
    </message>
    <message>
        <source>no argument, :le, :be or :hex</source>
        <translation>aucun argument, :le, :be ou :hex</translation>
    </message>
    <message>
        <source>column %1: unknown field %2; the fields are %3</source>
        <translation>colonne %1&#xa0;: champ inconnu %2&#xa0;; les champs sont %3</translation>
    </message>
</context>
<context>
    <name>Sockbench::PayloadView</name>
    <message>
        <source>The bytes as text: control characters and invalid UTF-8 are shown as escapes such as \r, \t and \xff.</source>
        <translation>Les octets sous forme de texte&#xa0;: les caractères de contrôle et l&apos;UTF-8 invalide sont affichés sous forme de séquences d&apos;échappement telles que \r, \t et \xff.</translation>
    </message>
    <message>
        <source>The bytes as hex pairs; paste them into the send panel&apos;s Hex mode to send them again.</source>
        <translation>Les octets sous forme de paires hexadécimales&#xa0;; collez-les dans le mode Hex du panneau d&apos;envoi pour les renvoyer.</translation>
    </message>
    <message>
        <source>The bytes as &quot;hexdump -C&quot; shows them: offset, hex and ASCII.</source>
        <translation>Les octets tels que les affiche «&#xa0;hexdump -C&#xa0;»&#xa0;: position, hexadécimal et ASCII.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>&amp;Hex</translation>
    </message>
    <message>
        <source>Hex&amp;dump</source>
        <translation>Hexd&amp;ump</translation>
    </message>
    <message>
        <source>(no bytes)</source>
        <translation>(aucun octet)</translation>
    </message>
    <message>
        <source>No payload selected</source>
        <translation>Aucune donnée sélectionnée</translation>
    </message>
    <message>
        <source>This payload has %1 bytes: Text and Hex show the first %2, Hexdump the first %3.</source>
        <translation>Ces données font %1 octets&#xa0;: Texte et Hex affichent les %2 premiers, Hexdump les %3 premiers.</translation>
    </message>
    <message>
        <source>This payload has %1 bytes: Text and Hex show the first %2; Hexdump shows them all.</source>
        <translation>Ces données font %1 octets&#xa0;: Texte et Hex affichent les %2 premiers&#xa0;; Hexdump les affiche tous.</translation>
    </message>
    <message>
        <source>Payload as text</source>
        <translation>Contenu en texte</translation>
    </message>
    <message>
        <source>Payload as hex</source>
        <translation>Contenu en hexadécimal</translation>
    </message>
    <message>
        <source>Payload as hexdump</source>
        <translation>Contenu en hexdump</translation>
    </message>
    <message>
        <source>Payload views</source>
        <translation>Vues du contenu</translation>
    </message>
</context>
<context>
    <name>Sockbench::PcapReader</name>
    <message>
        <source>could not read at offset %1: %2</source>
        <translation>lecture impossible à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>empty file: not a pcap file (nothing at offset %1)</source>
        <translation>fichier vide&#xa0;: ce n&apos;est pas un fichier pcap (rien à la position %1)</translation>
    </message>
    <message>
        <source>not a pcap file (bad magic at offset %1)</source>
        <translation>ce n&apos;est pas un fichier pcap (signature incorrecte à la position %1)</translation>
    </message>
    <message>
        <source>truncated pcap file header at offset %1 (%2 of 24 bytes)</source>
        <translation>en-tête de fichier pcap tronqué à la position %1 (%2 octets sur 24)</translation>
    </message>
    <message>
        <source>unsupported pcap version %2.%3 at offset %1</source>
        <translation>version de pcap %2.%3 non prise en charge à la position %1</translation>
    </message>
    <message>
        <source>link type %2 at offset %1 is not one Sockbench reads (Ethernet, Linux cooked, loopback or raw IP)</source>
        <translation>le type de lien %2 à la position %1 n&apos;est pas de ceux que lit Sockbench (Ethernet, Linux cooked, loopback ou IP brut)</translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (a header of %2 of 16 bytes)</source>
        <translation>enregistrement de paquet tronqué à la position %1 (un en-tête de %2 octets sur 16)</translation>
    </message>
    <message>
        <source>corrupt packet record at offset %1 (impossible captured length %2)</source>
        <translation>enregistrement de paquet corrompu à la position %1 (longueur capturée impossible %2)</translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (%2 bytes announced, %3 left in the file)</source>
        <translation>enregistrement de paquet tronqué à la position %1 (%2 octets annoncés, %3 restants dans le fichier)</translation>
    </message>
    <message>
        <source>truncated packet record at offset %1 (%2 bytes announced, %3 read)</source>
        <translation>enregistrement de paquet tronqué à la position %1 (%2 octets annoncés, %3 lus)</translation>
    </message>
</context>
<context>
    <name>Sockbench::PcapngReader::Private</name>
    <message>
        <source>could not read at offset %1: %2</source>
        <translation>lecture impossible à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a classic pcap file, not pcapng (convert it with &apos;editcap -F pcapng&apos;; bad magic at offset %1)</source>
        <translation>un fichier pcap classique, pas pcapng (convertissez-le avec «&#xa0;editcap -F pcapng&#xa0;»&#xa0;; signature incorrecte à la position %1)</translation>
    </message>
    <message>
        <source>not a pcapng file (bad magic at offset %1)</source>
        <translation>ce n&apos;est pas un fichier pcapng (signature incorrecte à la position %1)</translation>
    </message>
    <message>
        <source>truncated block at offset %1</source>
        <translation>bloc tronqué à la position %1</translation>
    </message>
    <message>
        <source>not a pcapng file (bad byte-order magic at offset %1)</source>
        <translation>ce n&apos;est pas un fichier pcapng (signature d&apos;ordre des octets incorrecte à la position %1)</translation>
    </message>
    <message>
        <source>corrupt section header at offset %1</source>
        <translation>en-tête de section corrompu à la position %1</translation>
    </message>
    <message>
        <source>corrupt block at offset %1 (impossible length %2)</source>
        <translation>bloc corrompu à la position %1 (longueur impossible %2)</translation>
    </message>
    <message>
        <source>truncated block at offset %1 (%2 bytes announced, %3 left in the file)</source>
        <translation>bloc tronqué à la position %1 (%2 octets annoncés, %3 restants dans le fichier)</translation>
    </message>
    <message>
        <source>corrupt block at offset %1 (its two lengths differ)</source>
        <translation>bloc corrompu à la position %1 (ses deux longueurs diffèrent)</translation>
    </message>
    <message>
        <source>empty file: not a pcapng file (nothing at offset %1)</source>
        <translation>fichier vide&#xa0;: ce n&apos;est pas un fichier pcapng (rien à la position %1)</translation>
    </message>
    <message>
        <source>unsupported pcapng version %2 at offset %1</source>
        <translation>version de pcapng %2 non prise en charge à la position %1</translation>
    </message>
    <message>
        <source>corrupt options in the section header at offset %1</source>
        <translation>options corrompues dans l&apos;en-tête de section à la position %1</translation>
    </message>
    <message>
        <source>corrupt interface block at offset %1</source>
        <translation>bloc d&apos;interface corrompu à la position %1</translation>
    </message>
    <message>
        <source>corrupt options in the interface block at offset %1</source>
        <translation>options corrompues dans le bloc d&apos;interface à la position %1</translation>
    </message>
    <message>
        <source>corrupt packet block at offset %1</source>
        <translation>bloc de paquet corrompu à la position %1</translation>
    </message>
    <message>
        <source>corrupt packet block at offset %1 (captured length %2 exceeds the block)</source>
        <translation>bloc de paquet corrompu à la position %1 (la longueur capturée %2 dépasse le bloc)</translation>
    </message>
    <message>
        <source>corrupt options in the packet block at offset %1</source>
        <translation>options corrompues dans le bloc de paquet à la position %1</translation>
    </message>
    <message>
        <source>corrupt Sockbench record at offset %1</source>
        <translation>enregistrement Sockbench corrompu à la position %1</translation>
    </message>
    <message>
        <source>Sockbench record version %2 at offset %1 is newer than this program</source>
        <translation>la version %2 de l&apos;enregistrement Sockbench à la position %1 est plus récente que ce programme</translation>
    </message>
    <message>
        <source>truncated: the file ends at offset %1 inside a chunk of %2 bytes (%3 read)</source>
        <translation>tronqué&#xa0;: le fichier se termine à la position %1 au milieu d&apos;un fragment de %2 octets (%3 lus)</translation>
    </message>
    <message>
        <source>corrupt: a chunk of %2 bytes ends early at offset %1 (%3 read)</source>
        <translation>corrompu&#xa0;: un fragment de %2 octets se termine prématurément à la position %1 (%3 lus)</translation>
    </message>
    <message>
        <source>packet at offset %1 names interface %2, which was not described</source>
        <translation>le paquet à la position %1 désigne l&apos;interface %2, qui n&apos;a pas été décrite</translation>
    </message>
    <message>
        <source>corrupt: the packet at offset %1 carries more bytes than its chunk announced</source>
        <translation>corrompu&#xa0;: le paquet à la position %1 contient plus d&apos;octets que son fragment n&apos;en annonçait</translation>
    </message>
    <message>
        <source>corrupt name resolution block at offset %1</source>
        <translation>bloc de résolution de noms corrompu à la position %1</translation>
    </message>
    <message>
        <source>corrupt options in the name resolution block at offset %1</source>
        <translation>options corrompues dans le bloc de résolution de noms à la position %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Automatic (the smaller of 4 GiB and a quarter of the free space)</source>
        <translation>Automatique (le plus petit de 4 Gio et du quart de l&apos;espace libre)</translation>
    </message>
    <message>
        <source>The most the capture keeps on disk</source>
        <translation>Le maximum que la capture garde sur le disque</translation>
    </message>
    <message>
        <source>Capture &amp;limit:</source>
        <translation>&amp;Limite de la capture :</translation>
    </message>
    <message>
        <source>Drop the oldest payloads (their events stay)</source>
        <translation>Supprimer les contenus les plus anciens (leurs événements restent)</translation>
    </message>
    <message>
        <source>Stop keeping payloads</source>
        <translation>Ne plus conserver les contenus</translation>
    </message>
    <message>
        <source>When the limit is &amp;reached:</source>
        <translation>Quand la limite est &amp;atteinte :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>La fin de ligne par laquelle le panneau d&apos;envoi commence en mode texte</translation>
    </message>
    <message>
        <source>Text line &amp;ending:</source>
        <translation>Fin de &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>How many closed connections each session keeps listed; older ones are removed from the list (their traffic stays in the log)</source>
        <translation>Combien de connexions fermées chaque session garde dans la liste&#xa0;; les plus anciennes en sont retirées (leur trafic reste dans le journal)</translation>
    </message>
    <message>
        <source>Closed connections &amp;kept:</source>
        <translation>Connexions fermées &amp;gardées&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Applies from the next start; --lang overrides it</source>
        <translation>S&apos;applique au prochain démarrage&#xa0;; --lang la remplace</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sockbench::ReadPane</name>
    <message>
        <source>&amp;Read</source>
        <translation>Li&amp;re</translation>
    </message>
    <message>
        <source>next N bytes</source>
        <translation>les N octets suivants</translation>
    </message>
    <message>
        <source>a line (LF or CR LF)</source>
        <translation>une ligne (LF ou CR LF)</translation>
    </message>
    <message>
        <source>up to a delimiter</source>
        <translation>jusqu&apos;à un délimiteur</translation>
    </message>
    <message>
        <source>up to the end (peer closes)</source>
        <translation>jusqu&apos;à la fin (fermeture)</translation>
    </message>
    <message>
        <source>what is available</source>
        <translation>ce qui est disponible</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>fail (keep the bytes buffered)</source>
        <translation>échouer (garder les octets en mémoire tampon)</translation>
    </message>
    <message>
        <source>return what came</source>
        <translation>renvoyer ce qui est arrivé</translation>
    </message>
    <message>
        <source>What a read does when the timeout passes or the peer closes first</source>
        <translation>Ce que fait une lecture quand le délai expire ou que le pair ferme avant</translation>
    </message>
    <message>
        <source>Read &amp;what:</source>
        <translation>Lire &amp;quoi&#xa0;:</translation>
    </message>
    <message>
        <source>then</source>
        <translation>puis</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Déla&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>Select an open connection to read from it as a stream: a line, N bytes, up to a delimiter or to the end, with a timeout.</source>
        <translation>Sélectionnez une connexion ouverte pour la lire comme un flux&#xa0;: une ligne, N octets, jusqu&apos;à un délimiteur ou jusqu&apos;à la fin, avec un délai.</translation>
    </message>
    <message>
        <source>how many bytes, e.g. 5</source>
        <translation>combien d&apos;octets, par ex. 5</translation>
    </message>
    <message>
        <source>delimiter, e.g. ; or \r\n</source>
        <translation>délimiteur, par ex.&#xa0;; ou \r\n</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>N must be a number of bytes from 1 to 67108864</source>
        <translation>N doit être un nombre d&apos;octets de 1 à 67108864</translation>
    </message>
    <message>
        <source>next(%1)</source>
        <translation>next(%1)</translation>
    </message>
    <message>
        <source>the delimiter is empty</source>
        <translation>le délimiteur est vide</translation>
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
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>the peer closed first</source>
        <translation>le pair a fermé avant</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>  (%1; returned what came)</source>
        <translation>  (%1&#xa0;; ce qui est arrivé a été renvoyé)</translation>
    </message>
    <message>
        <source>%1 → %2; the bytes that came stay buffered</source>
        <translation>%1 → %2&#xa0;; les octets arrivés restent en mémoire tampon</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; the peer has closed</source>
        <translation>
            <numerusform>%n octet en mémoire tampon&#xa0;; le pair a fermé</numerusform>
            <numerusform>%n octets en mémoire tampon&#xa0;; le pair a fermé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered</source>
        <translation>
            <numerusform>%n octet en mémoire tampon</numerusform>
            <numerusform>%n octets en mémoire tampon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n byte(s): %2</source>
        <translation>
            <numerusform>%1 → %n octet&#xa0;: %2</numerusform>
            <numerusform>%1 → %n octets&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from #%1 %2. Bytes received since this tab first showed the connection are buffered for reads, also while another tab is open; earlier bytes are only in the traffic log.</source>
        <translation>Lecture depuis #%1 %2. Les octets reçus depuis que cet onglet a montré la connexion pour la première fois sont gardés pour les lectures, même quand un autre onglet est ouvert&#xa0;; les octets antérieurs ne sont que dans le journal du trafic.</translation>
    </message>
    <message>
        <source>&amp;Discard Buffer</source>
        <translation>&amp;Vider le tampon</translation>
    </message>
    <message>
        <source>a line (CR LF only, as Pharo&apos;s nextLine)</source>
        <translation>une ligne (CR LF seulement, comme nextLine de Pharo)</translation>
    </message>
    <message>
        <source>Drop the unread bytes and buffer anew from now (the traffic log keeps them)</source>
        <translation>Jeter les octets non lus et remettre en tampon à partir de maintenant (le journal du trafic les garde)</translation>
    </message>
    <message>
        <source>Reading from #%1 %2. Every byte it received is buffered for reads, from the first, and stays buffered while other connections are selected.</source>
        <translation>Lecture depuis #%1 %2. Chaque octet reçu est mis en tampon pour les lectures, depuis le premier, et le reste pendant que d&apos;autres connexions sont sélectionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; full: the buffers of all connections together reached %1 (discarding one frees room); later bytes are only in the traffic log</source>
        <translation>
            <numerusform>%n octet en tampon&#xa0;; plein&#xa0;: les tampons de toutes les connexions ensemble ont atteint %1 (en vider un libère de la place)&#xa0;; les octets suivants ne sont que dans le journal du trafic</numerusform>
            <numerusform>%n octets en tampon&#xa0;; plein&#xa0;: les tampons de toutes les connexions ensemble ont atteint %1 (en vider un libère de la place)&#xa0;; les octets suivants ne sont que dans le journal du trafic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) buffered; the buffer is full: later bytes are only in the traffic log</source>
        <translation>
            <numerusform>%n octet en tampon&#xa0;; le tampon est plein&#xa0;: les octets suivants ne sont que dans le journal du trafic</numerusform>
            <numerusform>%n octets en tampon&#xa0;; le tampon est plein&#xa0;: les octets suivants ne sont que dans le journal du trafic</numerusform>
        </translation>
    </message>
    <message>
        <source>Buffer discarded; buffering anew from now.</source>
        <translation>Tampon vidé&#xa0;; nouvelle mise en tampon à partir de maintenant.</translation>
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
        <translation>l&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer: %1</source>
        <translation>la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>the match: %1</source>
        <translation>la correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>the match is empty: say what to look for, or answer everything</source>
        <translation>la correspondance est vide&#xa0;: indiquez quoi chercher, ou répondez à tout</translation>
    </message>
    <message>
        <source>the regular expression: column %1: %2</source>
        <translation>l&apos;expression régulière&#xa0;: colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the receive timeout cannot be negative</source>
        <translation>le délai de réception ne peut pas être négatif</translation>
    </message>
</context>
<context>
    <name>Sockbench::SelfSignedCertificate</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>OpenSSL could not make a self-signed certificate</source>
        <translation>OpenSSL n&apos;a pas pu créer de certificat auto-signé</translation>
    </message>
</context>
<context>
    <name>Sockbench::SendPanel</name>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Where Send delivers the bytes; select a connection or a server to change it.</source>
        <translation>Où Envoyer expédie les octets&#xa0;; sélectionnez une connexion ou un serveur pour changer de destination.</translation>
    </message>
    <message>
        <source>Sn&amp;ippets</source>
        <translation>Fra&amp;gments</translation>
    </message>
    <message>
        <source>Save the current input under a name, or load a saved one.</source>
        <translation>Enregistrer la saisie actuelle sous un nom, ou charger une saisie enregistrée.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line; Ctrl+Up and Ctrl+Down recall earlier inputs.</source>
        <translation>Ctrl+Entrée envoie&#xa0;; Entrée commence une nouvelle ligne&#xa0;; Ctrl+Haut et Ctrl+Bas rappellent les saisies précédentes.</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>UTF-8 text with the escapes \r \n \t \0 \\ and \xHH</source>
        <translation>Texte UTF-8 avec les séquences d&apos;échappement \r \n \t \0 \\ et \xHH</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c, 48656c or 0x48,0x65</source>
        <translation>Octets en hexadécimal tels que 48 65 6c, 48656c ou 0x48,0x65</translation>
    </message>
    <message>
        <source>Line &amp;ending:</source>
        <translation>Fin de &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Envoyer les mêmes octets plusieurs fois, avec une pause entre les envois.</translation>
    </message>
    <message>
        <source> times</source>
        <translation>&#xa0;fois</translation>
    </message>
    <message>
        <source>How many times to send.</source>
        <translation>Combien de fois envoyer.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <source>Pause between sends in milliseconds; 0 sends as fast as possible.</source>
        <translation>Pause entre les envois en millisecondes&#xa0;; 0 envoie aussi vite que possible.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Send the input (Ctrl+Enter).</source>
        <translation>Envoyer la saisie (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>There is no open connection to send %1 to.</source>
        <translation>Aucune connexion ouverte vers laquelle envoyer %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be sent.</source>
        <translation>%1 fait %2&#xa0;; les fichiers jusqu&apos;à %3 peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; files up to that size can be sent.</source>
        <translation>%1 dépasse %2&#xa0;; seuls les fichiers jusqu&apos;à cette taille peuvent être envoyés.</translation>
    </message>
    <message>
        <source>%1 is empty; nothing was sent.</source>
        <translation>%1 est vide&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Sent %1 (%2 bytes)</source>
        <translation>%1 envoyé (%2 octets)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>I&amp;nterrompre</translation>
    </message>
    <message>
        <source>Stop repeating (Esc).</source>
        <translation>Arrêter la répétition (Échap).</translation>
    </message>
    <message>
        <source>There is no open connection to send to.</source>
        <translation>Aucune connexion ouverte vers laquelle envoyer.</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 48656c6c6f or 0x48,0x65. Ctrl+Enter sends.</source>
        <translation>Octets en hexadécimal, par ex. 48 65 6c 6c 6f, 48656c6c6f ou 0x48,0x65. Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <source>Text to send. Escapes: \r \n \t \0 \\ \xHH. Ctrl+Enter sends, Enter starts a new line.</source>
        <translation>Texte à envoyer. Séquences d&apos;échappement&#xa0;: \r \n \t \0 \\ \xHH. Ctrl+Entrée envoie, Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Enregistrer le fragment</translation>
    </message>
    <message>
        <source>Save the current input, mode and line ending as:</source>
        <translation>Enregistrer la saisie, le mode et la fin de ligne actuels sous&#xa0;:</translation>
    </message>
    <message>
        <source>Replace Snippet</source>
        <translation>Remplacer le fragment</translation>
    </message>
    <message>
        <source>A snippet named &quot;%1&quot; exists. Replace it?</source>
        <translation>Un fragment nommé «&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save Current Input…</source>
        <translation>&amp;Enregistrer la saisie actuelle…</translation>
    </message>
    <message>
        <source>No saved snippets</source>
        <translation>Aucun fragment enregistré</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>Supprimer le fragment</translation>
    </message>
    <message>
        <source>Delete the snippet &quot;%1&quot;?</source>
        <translation>Supprimer le fragment «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <source>Send Fi&amp;le…</source>
        <translation>Fi&amp;chier…</translation>
    </message>
    <message>
        <source>Nothing sent: no open connection is selected.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: aucune connexion ouverte n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>How the input is read: text with escapes, or hex bytes. Both take fields: {{counter}} (sends so far + 1), {{time}}, {{random:N}}, {{data}} (what the connection last received), and checksums of what precedes them: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, :hex for hex digits.</source>
        <translation>Comment la saisie est lue&#xa0;: texte avec séquences d&apos;échappement, ou octets en hexadécimal. Les deux acceptent des champs&#xa0;: {{counter}} (envois jusqu&apos;ici + 1), {{time}}, {{random:N}}, {{data}} (ce que la connexion a reçu en dernier), et des sommes de contrôle de ce qui les précède&#xa0;: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, :hex pour des chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Appended after the input each time it is sent. With CR or CRLF, every line break typed in the input becomes that ending too (an escaped \n stays LF).</source>
        <translation>Ajoutée après la saisie à chaque envoi. Avec CR ou CRLF, chaque saut de ligne tapé dans la saisie devient aussi cette fin de ligne (un \n échappé reste LF).</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>Nombre de répétitions</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <source>Send the contents of a file once (up to 64 MiB); the arrow sends it in fixed-size chunks.</source>
        <translation>Envoyer le contenu d&apos;un fichier une fois (jusqu&apos;à 64&#xa0;Mio)&#xa0;; la flèche l&apos;envoie en fragments de taille fixe.</translation>
    </message>
    <message>
        <source>Send File in Fixed-Size &amp;Chunks…</source>
        <translation>Envoyer un fichier en fragments de taille &amp;fixe…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2: %3</source>
        <translation>Arrêté après %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 in chunks of %2 bytes would be %3 sends; at most %4: choose larger chunks.</source>
        <translation>%1 en fragments de %2 octets ferait %3 envois&#xa0;; au plus %4&#xa0;: choisissez des fragments plus grands.</translation>
    </message>
    <message>
        <source>Sent %1 in %2 chunks of %3 bytes (%4 bytes of padding)</source>
        <translation>%1 envoyé en %2 fragments de %3 octets (%4 octets de remplissage)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connexion s&apos;est fermée</translation>
    </message>
    <message>
        <source>Sent %1; not kept in the history (over %2)</source>
        <translation>%1 envoyé&#xa0;; non conservé dans l&apos;historique (plus de %2)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) again</source>
        <translation>
            <numerusform>%n octet envoyé à nouveau</numerusform>
            <numerusform>%n octets envoyés à nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the input is %1; a snippet keeps up to %2.</source>
        <translation>Non enregistré&#xa0;: la saisie fait %1&#xa0;; un fragment garde jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Not saved: the snippets would take more than %1; delete some first.</source>
        <translation>Non enregistré&#xa0;: les fragments occuperaient plus de %1&#xa0;; supprimez-en d&apos;abord.</translation>
    </message>
    <message>
        <source>Send File in Chunks</source>
        <translation>Envoyer un fichier en fragments</translation>
    </message>
    <message>
        <source>Bytes per chunk (the last chunk is padded with zeros):</source>
        <translation>Octets par fragment (le dernier fragment est complété par des zéros)&#xa0;:</translation>
    </message>
    <message>
        <source>(select a connection to send it to)</source>
        <translation>(sélectionnez une connexion vers laquelle l&apos;envoyer)</translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerPreset</name>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Received bytes are shown; you answer from the send panel.</source>
        <translation>Les octets reçus sont affichés&#xa0;; vous répondez depuis le panneau d&apos;envoi.</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Écho</translation>
    </message>
    <message>
        <source>Every byte received is sent straight back to the client that sent it.</source>
        <translation>Chaque octet reçu est aussitôt renvoyé au client qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>Received bytes are recorded and dropped; nothing is sent back.</source>
        <translation>Les octets reçus sont enregistrés puis jetés&#xa0;; rien n&apos;est renvoyé.</translation>
    </message>
    <message>
        <source>Basic echo server (chapter)</source>
        <translation>Serveur d&apos;écho simple (chapitre)</translation>
    </message>
    <message>
        <source>One client within 60 s, backlog 10: answers ECHO: and what came, once, then closes. The chapter listens on port 9999.</source>
        <translation>Un client sous 60&#xa0;s, backlog 10&#xa0;: répond ECHO: et ce qui est arrivé, une fois, puis ferme. Le chapitre écoute sur le port 9999.</translation>
    </message>
    <message>
        <source>Basic echo server</source>
        <translation>Serveur d&apos;écho simple</translation>
    </message>
    <message>
        <source>EchoServer (chapter)</source>
        <translation>EchoServer (chapitre)</translation>
    </message>
    <message>
        <source>Many clients, backlog 10: each is answered ECHO: and what came, then closed; a client silent for 5 s is closed. The chapter listens on port 9999.</source>
        <translation>Plusieurs clients, backlog 10&#xa0;: chacun reçoit ECHO: et ce qui est arrivé, puis est fermé&#xa0;; un client silencieux pendant 5&#xa0;s est fermé. Le chapitre écoute sur le port 9999.</translation>
    </message>
    <message>
        <source>EchoServer</source>
        <translation>EchoServer</translation>
    </message>
    <message>
        <source>SocketStream server (chapter)</source>
        <translation>Serveur SocketStream (chapitre)</translation>
    </message>
    <message>
        <source>One client within 30 s, backlog 10: greets it with Greetings from Pharo Server and CR LF; its line shows in the conversation. The chapter listens on port 12345.</source>
        <translation>Un client sous 30&#xa0;s, backlog 10&#xa0;: l&apos;accueille avec Greetings from Pharo Server et CR LF&#xa0;; sa ligne s&apos;affiche dans la conversation. Le chapitre écoute sur le port 12345.</translation>
    </message>
    <message>
        <source>SocketStream server</source>
        <translation>Serveur SocketStream</translation>
    </message>
    <message>
        <source>Received datagrams are shown; you answer from the send panel.</source>
        <translation>Les datagrammes reçus sont affichés ; vous répondez depuis le panneau d&apos;envoi.</translation>
    </message>
    <message>
        <source>Every datagram received is sent straight back to the peer that sent it.</source>
        <translation>Chaque datagramme reçu est renvoyé aussitôt au pair qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>Received datagrams are recorded and dropped; nothing is sent back.</source>
        <translation>Les datagrammes reçus sont enregistrés puis jetés ; rien n&apos;est renvoyé.</translation>
    </message>
    <message>
        <source>Answers a peer&apos;s datagram with ECHO: and what came, then forgets the peer. UDP has no client to wait for and no backlog. The chapter listens on port 9999.</source>
        <translation>Répond au datagramme d&apos;un pair par ECHO: et ce qui est arrivé, puis oublie le pair. UDP n&apos;a ni client à attendre ni backlog. Le chapitre écoute sur le port 9999.</translation>
    </message>
    <message>
        <source>Answers each datagram with ECHO: and what came, then forgets its peer; a peer silent for 5 s is forgotten. UDP has no backlog. The chapter listens on port 9999.</source>
        <translation>Répond à chaque datagramme par ECHO: et ce qui est arrivé, puis oublie son pair ; un pair silencieux pendant 5 s est oublié. UDP n&apos;a pas de backlog. Le chapitre écoute sur le port 9999.</translation>
    </message>
    <message>
        <source>Greets each new peer with Greetings from Pharo Server and CR LF once its first datagram came (UDP accepts nothing first). The chapter listens on port 12345.</source>
        <translation>Accueille chaque nouveau pair avec Greetings from Pharo Server et CR LF dès que son premier datagramme est arrivé (UDP n&apos;accepte rien d&apos;abord). Le chapitre écoute sur le port 12345.</translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerResponsesEditor</name>
    <message>
        <source>Life cycle and responses</source>
        <translation>Cycle de vie et réponses</translation>
    </message>
    <message>
        <source>Escapes as in the send panel (\r \n \t \xHH) and fields: {{data}} what came, {{counter}}, {{time}}, {{random:N}}, and checksums of what precedes them: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, with :hex for hex digits.</source>
        <translation>Séquences d&apos;échappement comme dans le panneau d&apos;envoi (\r \n \t \xHH) et champs&#xa0;: {{data}} ce qui est arrivé, {{counter}}, {{time}}, {{random:N}}, et sommes de contrôle de ce qui les précède&#xa0;: {{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, avec :hex pour des chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>system maximum</source>
        <translation>maximum système</translation>
    </message>
    <message>
        <source>How many connection requests wait while none is accepted (the chapter uses 10). The kernel caps it at net.core.somaxconn.</source>
        <translation>Combien de demandes de connexion attendent tant qu&apos;aucune n&apos;est acceptée (le chapitre utilise 10). Le noyau le plafonne à net.core.somaxconn.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>wait forever</source>
        <translation>attendre sans fin</translation>
    </message>
    <message>
        <source>Stop listening when no client came this long (waitForAcceptFor:).</source>
        <translation>Arrêter l&apos;écoute si aucun client n&apos;est venu pendant ce délai (waitForAcceptFor:).</translation>
    </message>
    <message>
        <source>Stop listening after the first client</source>
        <translation>Arrêter l&apos;écoute après le 1er client</translation>
    </message>
    <message>
        <source>Like nc -l without -k: the first client is served, no other is accepted.</source>
        <translation>Comme nc -l sans -k&#xa0;: le premier client est servi, aucun autre n&apos;est accepté.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Close a connection when nothing arrives from its client this long (receiveDataTimeout:).</source>
        <translation>Fermer une connexion quand rien n&apos;arrive de son client pendant ce délai (receiveDataTimeout:).</translation>
    </message>
    <message>
        <source>nothing; e.g. Hello\r\n</source>
        <translation>rien&#xa0;; par ex. Hello\r\n</translation>
    </message>
    <message>
        <source>Sent to each client when it is accepted. %1</source>
        <translation>Envoyé à chaque client quand il est accepté. %1</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Each chunk received</source>
        <translation>Chaque fragment reçu</translation>
    </message>
    <message>
        <source>Each line received</source>
        <translation>Chaque ligne reçue</translation>
    </message>
    <message>
        <source>What is answered: each piece as it arrives, or each line (up to LF).</source>
        <translation>Ce à quoi on répond&#xa0;: chaque morceau à son arrivée, ou chaque ligne (jusqu&apos;à LF).</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Containing text</source>
        <translation>Contenant du texte</translation>
    </message>
    <message>
        <source>Matching a regular expression</source>
        <translation>Selon une expression régulière</translation>
    </message>
    <message>
        <source>Containing hex bytes</source>
        <translation>Contenant des octets hex</translation>
    </message>
    <message>
        <source>Text with escapes, a regular expression (over the bytes, one character each), or hex bytes such as 01 03.</source>
        <translation>Texte avec séquences d&apos;échappement, une expression régulière (sur les octets, un caractère chacun), ou des octets en hexadécimal tels que 01 03.</translation>
    </message>
    <message>
        <source>e.g. ECHO: {{data}}</source>
        <translation>par ex. ECHO: {{data}}</translation>
    </message>
    <message>
        <source>Sent back for each chunk or line that matches. %1</source>
        <translation>Renvoyé pour chaque fragment ou ligne qui correspond. %1</translation>
    </message>
    <message>
        <source>Greeting and answer are hex bytes</source>
        <translation>Accueil et réponse en hexadécimal</translation>
    </message>
    <message>
        <source>Read the greeting and the answer as hex (01 03 {{crc16}}), not as text.</source>
        <translation>Lire l&apos;accueil et la réponse en hexadécimal (01 03 {{crc16}}), pas en texte.</translation>
    </message>
    <message>
        <source>Close the connection after answering</source>
        <translation>Fermer la connexion après la réponse</translation>
    </message>
    <message>
        <source>Like the chapter&apos;s echo servers: one answer, then close.</source>
        <translation>Comme les serveurs d&apos;écho du chapitre&#xa0;: une réponse, puis fermeture.</translation>
    </message>
    <message>
        <source>Bac&amp;klog:</source>
        <translation>Bac&amp;klog&#xa0;:</translation>
    </message>
    <message>
        <source>Acce&amp;pt timeout:</source>
        <translation>A&amp;ttente client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Receive timeout:</source>
        <translation>Délai &amp;réception&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>A&amp;ccueil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only when:</source>
        <translation>&amp;Seulement si&#xa0;:</translation>
    </message>
    <message>
        <source>Ans&amp;wer with:</source>
        <translation>Répondre &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>Say what to answer, or choose to answer nothing.</source>
        <translation>Indiquez quoi répondre, ou choisissez de ne rien répondre.</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>Réponses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Forget the peer after answering</source>
        <translation>Oublier le pair après la réponse</translation>
    </message>
    <message>
        <source>Its next datagram makes a new peer, answered anew.</source>
        <translation>Son datagramme suivant crée un nouveau pair, auquel on répond à nouveau.</translation>
    </message>
</context>
<context>
    <name>Sockbench::ServerSession</name>
    <message>
        <source>Echo server</source>
        <translation>Serveur d&apos;écho</translation>
    </message>
    <message>
        <source>Discard server</source>
        <translation>Serveur de rejet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sends every byte back to the connection it came from</source>
        <translation>Renvoie chaque octet à la connexion d&apos;où il vient</translation>
    </message>
    <message>
        <source>Records what it receives and sends nothing back</source>
        <translation>Enregistre ce qu&apos;il reçoit et ne renvoie rien</translation>
    </message>
    <message>
        <source>Sends only what you send</source>
        <translation>N&apos;envoie que ce que vous envoyez</translation>
    </message>
    <message>
        <source>too many open files (%1 open): raise ulimit -n</source>
        <translation>trop de fichiers ouverts (%1 ouverts) : augmentez ulimit -n</translation>
    </message>
    <message>
        <source>too many open files: raise ulimit -n</source>
        <translation>trop de fichiers ouverts : augmentez ulimit -n</translation>
    </message>
    <message>
        <source>cannot accept connections: %1; retrying</source>
        <translation>impossible d’accepter des connexions : %1 ; nouvel essai</translation>
    </message>
    <message>
        <source>Responding server</source>
        <translation>Serveur répondeur</translation>
    </message>
    <message>
        <source>%1 (TLS)</source>
        <translation>%1 (TLS)</translation>
    </message>
    <message>
        <source>no client came within %1 s</source>
        <translation>aucun client n&apos;est venu en %1&#xa0;s</translation>
    </message>
    <message>
        <source>greets</source>
        <translation>accueille</translation>
    </message>
    <message>
        <source>answers each line</source>
        <translation>répond à chaque ligne</translation>
    </message>
    <message>
        <source>answers each chunk</source>
        <translation>répond à chaque fragment</translation>
    </message>
    <message>
        <source>closes after answering</source>
        <translation>ferme après la réponse</translation>
    </message>
    <message>
        <source>closes after %1 s without data</source>
        <translation>ferme après %1&#xa0;s sans données</translation>
    </message>
    <message>
        <source>Automatic responses: %1</source>
        <translation>Réponses automatiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS, certificate SHA-256 %1</source>
        <translation>TLS, certificat SHA-256 %1</translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate: %1</source>
        <translation>impossible de créer un certificat auto-signé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sockbench::Session</name>
    <message>
        <source>this session cannot start TLS</source>
        <translation>cette session ne peut pas démarrer TLS</translation>
    </message>
</context>
<context>
    <name>Sockbench::SessionTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Peer: %1</source>
        <translation>Pair&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connections: %1 open, %2 listed</source>
        <translation>Connexions&#xa0;: %1 ouvertes, %2 listées</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Connection #%1</source>
        <translation>Connexion #%1</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>Reçu %1, envoyé %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>pas en écoute</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>résolution…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>peer closed its side</source>
        <translation>le pair a fermé son côté</translation>
    </message>
    <message>
        <source>we closed our side</source>
        <translation>nous avons fermé notre côté</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>fermée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>half-closed</source>
        <translation>semi-fermée</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas encore démarrée</translation>
    </message>
    <message>
        <source>looking the host name up</source>
        <translation>recherche du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>waiting for the peer to accept</source>
        <translation>en attente de l&apos;acceptation par le pair</translation>
    </message>
    <message>
        <source>accepting new connections</source>
        <translation>accepte de nouvelles connexions</translation>
    </message>
    <message>
        <source>accepts no new connections; open ones stay</source>
        <translation>n&apos;accepte plus de nouvelles connexions&#xa0;; les connexions ouvertes restent</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>TLS: handshake not finished</source>
        <translation>TLS&#xa0;: négociation non terminée</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is NOT VERIFIED</source>
        <translation>Le certificat du pair n&apos;est PAS VÉRIFIÉ</translation>
    </message>
    <message>
        <source>UDP: %1 datagrams received, %2 sent</source>
        <translation>UDP&#xa0;: %1 datagrammes reçus, %2 envoyés</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>a byte count below 1 KiB, with the unit symbol (French: %1 o)</comment>
        <translation>%1 o</translation>
    </message>
</context>
<context>
    <name>Sockbench::SocketStream</name>
    <message>
        <source>cannot read a negative number of bytes (%1)</source>
        <translation>impossible de lire un nombre négatif d&apos;octets (%1)</translation>
    </message>
    <message>
        <source>the delimiter is empty</source>
        <translation>le délimiteur est vide</translation>
    </message>
    <message>
        <source>another read is already pending on this stream</source>
        <translation>une autre lecture est déjà en attente sur ce flux</translation>
    </message>
    <message>
        <source>timed out after %1 ms waiting for %2</source>
        <translation>délai dépassé après %1&#xa0;ms en attendant %2</translation>
    </message>
    <message>
        <source>connection closed by peer before %1 arrived</source>
        <translation>connexion fermée par le pair avant l&apos;arrivée de %1</translation>
    </message>
    <message>
        <source>connection closed before %1 arrived</source>
        <translation>connexion fermée avant l&apos;arrivée de %1</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <source>the delimiter &quot;%1&quot;</source>
        <translation>le délimiteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the end of the input</source>
        <translation>la fin de l&apos;entrée</translation>
    </message>
    <message>
        <source>any data</source>
        <translation>des données</translation>
    </message>
    <message>
        <source>the socket stream was destroyed while reading</source>
        <translation>le flux de socket a été détruit pendant la lecture</translation>
    </message>
    <message>
        <source>no end of line within %1 bytes (the line limit)</source>
        <translation>pas de fin de ligne dans les %1 octets (la limite de ligne)</translation>
    </message>
    <message>
        <source>no delimiter &quot;%1&quot; within %2 bytes (the line limit)</source>
        <translation>pas de délimiteur « %1 » dans les %2 octets (la limite de ligne)</translation>
    </message>
    <message>
        <source>the read buffer is full: it took no more bytes after its bound, and the %1 bytes it holds are not %2</source>
        <translation>le tampon de lecture est plein&#xa0;: il n&apos;a plus pris d&apos;octets après sa limite, et les %1 octets qu&apos;il contient ne sont pas %2</translation>
    </message>
    <message>
        <source>the data available</source>
        <translation>les données disponibles</translation>
    </message>
</context>
<context>
    <name>Sockbench::StagedFile</name>
    <message>
        <source>the file is not open for writing</source>
        <translation>le fichier n&apos;est pas ouvert en écriture</translation>
    </message>
</context>
<context>
    <name>Sockbench::StreamErrorText</name>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>délai d&apos;inactivité dépassé</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <source>address already in use</source>
        <translation>adresse déjà utilisée</translation>
    </message>
    <message>
        <source>address not available on this machine</source>
        <translation>adresse non disponible sur cette machine</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>connexion réinitialisée par le pair</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>argument invalide</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation>échec de la vérification du certificat</translation>
    </message>
</context>
<context>
    <name>Sockbench::TcpConnector</name>
    <message>
        <source>%1 has no address of the requested family</source>
        <translation>%1 n&apos;a pas d&apos;adresse de la famille demandée</translation>
    </message>
</context>
<context>
    <name>Sockbench::TcpReassembler</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>reset by the local side</source>
        <translation>réinitialisée par le côté local</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>connexion réinitialisée par le pair</translation>
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
        <translation>AC fiables&#xa0;:</translation>
    </message>
    <message>
        <source>the system&apos;s; or a PEM file</source>
        <translation>celles du système&#xa0;; ou un fichier PEM</translation>
    </message>
    <message>
        <source>the host connected to</source>
        <translation>l&apos;hôte auquel on se connecte</translation>
    </message>
    <message>
        <source>Server name (SNI):</source>
        <translation>Nom serveur (SNI)&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256, e.g. AB:CD:... (optional)</source>
        <translation>SHA-256, par ex. AB:CD:... (facultatif)</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Certificat épinglé&#xa0;:</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate</source>
        <translation>Ne pas vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Anyone between you and the server can read and change the bytes. The session is marked.</source>
        <translation>Quiconque entre vous et le serveur peut lire et modifier les octets. La session est marquée.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>when the key is encrypted</source>
        <translation>quand la clé est chiffrée</translation>
    </message>
    <message>
        <source>Pass phrase:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation>Non demandés</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandés</translation>
    </message>
    <message>
        <source>Required (verified against the CAs)</source>
        <translation>Exigés (vérifiés par les AC)</translation>
    </message>
    <message>
        <source>Client certificates:</source>
        <translation>Certificats clients&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. h2,http/1.1 (optional)</source>
        <translation>par ex. h2,http/1.1 (facultatif)</translation>
    </message>
    <message>
        <source>ALPN:</source>
        <translation>ALPN&#xa0;:</translation>
    </message>
    <message>
        <source>Oldest version:</source>
        <translation>Version min.&#xa0;:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Choisir un fichier PEM</translation>
    </message>
    <message>
        <source>Choose a PEM File</source>
        <translation>Choisir un fichier PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>for mutual TLS (optional)</source>
        <translation>pour le TLS mutuel (facultatif)</translation>
    </message>
    <message>
        <source>none: a self-signed one for localhost</source>
        <translation>aucun&#xa0;: un certificat auto-signé pour localhost</translation>
    </message>
    <message>
        <source>the client certificate&apos;s key</source>
        <translation>la clé du certificat client</translation>
    </message>
    <message>
        <source>the certificate&apos;s key</source>
        <translation>la clé du certificat</translation>
    </message>
    <message>
        <source>for client certificates</source>
        <translation>pour les certificats clients</translation>
    </message>
    <message>
        <source>&amp;TLS (verify the server)</source>
        <translation>&amp;TLS (vérifier le serveur)</translation>
    </message>
    <message>
        <source>the pinned certificate needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>le certificat épinglé attend une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points autorisés</translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsSetup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or key file (%2 bytes)</source>
        <translation>%1 est trop volumineux pour un fichier de certificat ou de clé (%2 octets)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>a key needs its certificate (--cert)</source>
        <translation>une clé attend son certificat (--cert)</translation>
    </message>
    <message>
        <source>a certificate needs its key (--key)</source>
        <translation>un certificat attend sa clé (--key)</translation>
    </message>
    <message>
        <source>cannot read the private key in %1: wrong pass phrase?</source>
        <translation>impossible de lire la clé privée dans %1&#xa0;: mauvaise phrase secrète&#xa0;?</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA)</source>
        <translation>%1 ne contient aucune clé privée PEM (RSA, EC ou DSA)</translation>
    </message>
    <message>
        <source>an ALPN protocol name has 1 to 255 bytes: &apos;%1&apos;</source>
        <translation>un nom de protocole ALPN a de 1 à 255 octets&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an older or unknown TLS version</source>
        <translation>une version de TLS plus ancienne ou inconnue</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>le certificat a expiré le %1</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1</source>
        <translation>le certificat n&apos;est pas valide avant le %1</translation>
    </message>
    <message>
        <source>self-signed certificate (%1), not issued by a trusted authority</source>
        <translation>certificat auto-signé (%1), non émis par une autorité de confiance</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain (%1), not a trusted authority</source>
        <translation>certificat auto-signé dans la chaîne (%1), pas une autorité de confiance</translation>
    </message>
    <message>
        <source>the certificate is for %1, another name</source>
        <translation>le certificat est pour %1, un autre nom</translation>
    </message>
    <message>
        <source>name mismatch: the certificate is for %1, not %2</source>
        <translation>nom non concordant&#xa0;: le certificat est pour %1, pas %2</translation>
    </message>
    <message>
        <source>unknown issuer: %1 is not a trusted authority</source>
        <translation>émetteur inconnu&#xa0;: %1 n&apos;est pas une autorité de confiance</translation>
    </message>
    <message>
        <source>the peer sent no certificate</source>
        <translation>le pair n&apos;a envoyé aucun certificat</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>le certificat a été révoqué</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>sujet %1&#xa0;; émetteur %2&#xa0;; valide du %3 au %4&#xa0;; SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>Sockbench::TlsStream</name>
    <message>
        <source>TLS is not available: Qt found no OpenSSL 3 library</source>
        <translation>TLS n&apos;est pas disponible&#xa0;: Qt n&apos;a trouvé aucune bibliothèque OpenSSL 3</translation>
    </message>
    <message>
        <source>handshake started as a client, for %1</source>
        <translation>négociation commencée en tant que client, pour %1</translation>
    </message>
    <message>
        <source>; WARNING: verification is off (--insecure), anyone in between can read and change the bytes</source>
        <translation>&#xa0;; AVERTISSEMENT&#xa0;: la vérification est désactivée (--insecure), quiconque entre les deux peut lire et modifier les octets</translation>
    </message>
    <message>
        <source>; accepting only the certificate %1</source>
        <translation>&#xa0;; seul le certificat %1 est accepté</translation>
    </message>
    <message>
        <source>handshake started as a server</source>
        <translation>négociation commencée en tant que serveur</translation>
    </message>
    <message>
        <source>we will send nothing more (close_notify follows when the connection closes: TLS here cannot half-close)</source>
        <translation>nous n&apos;enverrons plus rien (close_notify suit à la fermeture de la connexion&#xa0;: TLS ne peut pas faire de semi-fermeture ici)</translation>
    </message>
    <message>
        <source>certificate verification failed: its SHA-256 fingerprint is %1, not the pinned %2</source>
        <translation>échec de la vérification du certificat&#xa0;: son empreinte SHA-256 est %1, pas l&apos;empreinte épinglée %2</translation>
    </message>
    <message>
        <source>handshake finished in %1 ms: %2, %3</source>
        <translation>négociation terminée en %1&#xa0;ms&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>, no ALPN protocol</source>
        <translation>, aucun protocole ALPN</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>, ALPN %1</translation>
    </message>
    <message>
        <source>; server certificate: %1</source>
        <translation>&#xa0;; certificat du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>; the client sent no certificate</source>
        <translation>&#xa0;; le client n&apos;a envoyé aucun certificat</translation>
    </message>
    <message>
        <source>; client certificate: %1</source>
        <translation>&#xa0;; certificat du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>; NOT VERIFIED</source>
        <translation>&#xa0;; NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>verification error: %1</source>
        <translation>erreur de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>accepted anyway: verification is off (--insecure)</source>
        <translation>accepté quand même&#xa0;: la vérification est désactivée (--insecure)</translation>
    </message>
    <message>
        <source>accepted: the certificate is the pinned one (%1)</source>
        <translation>accepté&#xa0;: le certificat est celui épinglé (%1)</translation>
    </message>
    <message>
        <source>accepted once, as asked: the certificate %1</source>
        <translation>accepté une fois, comme demandé&#xa0;: le certificat %1</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint is %1, not the pinned %2</source>
        <translation>son empreinte SHA-256 est %1, pas l&apos;empreinte épinglée %2</translation>
    </message>
    <message>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation>le pair a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>certificate verification failed: %1</source>
        <translation>échec de la vérification du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>truncated: the peer closed the connection without close_notify; what it sent may be incomplete</source>
        <translation>tronqué&#xa0;: le pair a fermé la connexion sans close_notify&#xa0;; ce qu&apos;il a envoyé peut être incomplet</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the peer sent close_notify: a clean close</source>
        <translation>le pair a envoyé close_notify&#xa0;: une fermeture propre</translation>
    </message>
    <message>
        <source>we sent close_notify</source>
        <translation>nous avons envoyé close_notify</translation>
    </message>
    <message>
        <source>the peer sent the alert: %1</source>
        <translation>le pair a envoyé l&apos;alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>we sent the alert: %1</source>
        <translation>nous avons envoyé l&apos;alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the peer does not speak TLS here</source>
        <translation>le pair ne parle pas TLS ici</translation>
    </message>
    <message>
        <source>the peer sent plain HTTP, not TLS</source>
        <translation>le pair a envoyé du HTTP en clair, pas du TLS</translation>
    </message>
    <message>
        <source>no TLS version both sides accept (--tls-min, --tls-max)</source>
        <translation>aucune version de TLS acceptée des deux côtés (--tls-min, --tls-max)</translation>
    </message>
    <message>
        <source>no cipher both sides accept</source>
        <translation>aucun algorithme de chiffrement accepté des deux côtés</translation>
    </message>
    <message>
        <source>the peer refused the handshake (it may require a client certificate: --cert and --key; or accept none of our ciphers)</source>
        <translation>le pair a refusé la négociation (il exige peut-être un certificat client : --cert et --key ; ou n&apos;accepte aucun de nos algorithmes de chiffrement)</translation>
    </message>
    <message>
        <source>the peer requires a client certificate (--cert and --key)</source>
        <translation>le pair exige un certificat client (--cert et --key)</translation>
    </message>
    <message>
        <source>the client sent no certificate, and one is required</source>
        <translation>le client n&apos;a envoyé aucun certificat, et il en faut un</translation>
    </message>
    <message>
        <source>the peer does not trust our certificate&apos;s issuer</source>
        <translation>le pair ne fait pas confiance à l&apos;émetteur de notre certificat</translation>
    </message>
    <message>
        <source>the peer rejected our certificate</source>
        <translation>le pair a rejeté notre certificat</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (OpenSSL: %2)</source>
        <translation>échec de la négociation TLS : %1 (OpenSSL : %2)</translation>
    </message>
</context>
<context>
    <name>Sockbench::TrafficModel</name>
    <message>
        <source>sent to the peer</source>
        <translation>envoyé au pair</translation>
    </message>
    <message>
        <source>received from the peer</source>
        <translation>reçu du pair</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(payload lost: the spool could not be written)</source>
        <translation>(données perdues&#xa0;: le fichier tampon n&apos;a pas pu être écrit)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Seconds since the event shown above</source>
        <translation>Secondes depuis l&apos;événement affiché au-dessus</translation>
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
        <translation>&amp;Reçus</translation>
    </message>
    <message>
        <source>Show bytes that came from the peer (←)</source>
        <translation>Afficher les octets venant du pair (←)</translation>
    </message>
    <message>
        <source>S&amp;ent</source>
        <translation>Envo&amp;yés</translation>
    </message>
    <message>
        <source>Show bytes sent to the peer (→)</source>
        <translation>Afficher les octets envoyés au pair (→)</translation>
    </message>
    <message>
        <source>Show connects, accepts, closes and errors (•)</source>
        <translation>Afficher les connexions, acceptations, fermetures et erreurs (•)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Search for text (with escapes such as \r\n) or for hex bytes</source>
        <translation>Rechercher du texte (avec des séquences d&apos;échappement telles que \r\n) ou des octets en hexadécimal</translation>
    </message>
    <message>
        <source>Find in payloads (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Rechercher le précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Rechercher le suivant (F3)</translation>
    </message>
    <message>
        <source>&amp;Autoscroll</source>
        <translation>Déf&amp;ilement auto</translation>
    </message>
    <message>
        <source>Follow new traffic; scrolling back pauses it</source>
        <translation>Suivre le nouveau trafic&#xa0;; remonter dans la liste le met en pause</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Show all traffic, one session&apos;s or one connection&apos;s</source>
        <translation>Afficher tout le trafic, celui d&apos;une session ou celui d&apos;une connexion</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tout le trafic</translation>
    </message>
    <message>
        <source>    #%1  %2</source>
        <translation>    #%1  %2</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>Cycle de &amp;vie</translation>
    </message>
    <message>
        <source>&amp;Copy Bytes as Text</source>
        <translation>&amp;Copier les octets en texte</translation>
    </message>
    <message>
        <source>Copy Bytes as &amp;Hex</source>
        <translation>Copier les octets en &amp;hexadécimal</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s)</source>
        <translation>
            <numerusform>%n octet copié</numerusform>
            <numerusform>%n octets copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Send &amp;Panel</source>
        <translation>Copier vers l&apos;&amp;envoi</translation>
    </message>
    <message>
        <source>Put the selected events&apos; bytes in the send panel, to edit and send</source>
        <translation>Mettre les octets des événements sélectionnés dans le panneau d&apos;envoi, pour les modifier et les envoyer</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send the selected events&apos; bytes again to the send panel&apos;s target</source>
        <translation>Renvoyer les octets des événements sélectionnés vers la cible du panneau d&apos;envoi</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Journal du trafic</translation>
    </message>
    <message>
        <source>Every event of the selected scope: time, connection, direction, size, preview</source>
        <translation>Chaque événement de la portée sélectionnée&#xa0;: heure, connexion, sens, taille, aperçu</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>Traffic scope</source>
        <translation>Portée du trafic</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Mode de recherche</translation>
    </message>
    <message>
        <source>Find in payloads</source>
        <translation>Rechercher dans les contenus</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptController</name>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>&amp;Ouvrir une transcription…</translation>
    </message>
    <message>
        <source>Save Selected Session or &amp;Connection…</source>
        <translation>Enregistrer la session ou la &amp;connexion sélectionnée…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>connexion #%1</translation>
    </message>
    <message>
        <source>Select a session or a connection to save.</source>
        <translation>Sélectionnez une session ou une connexion à enregistrer.</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Ouvrir une transcription</translation>
    </message>
    <message>
        <source>Crash recovery stopped: %1</source>
        <translation>Récupération après plantage arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Crash recovery is off: %1</source>
        <translation>Récupération après plantage désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recover Traffic</source>
        <translation>Récupérer le trafic</translation>
    </message>
    <message numerus="yes">
        <source>Sockbench did not close properly last time. The traffic it had recorded was kept (%n session journal(s)). Open it now?</source>
        <translation>
            <numerusform>Sockbench ne s&apos;est pas fermé correctement la dernière fois. Le trafic qu&apos;il avait enregistré a été conservé (%n journal de session). L&apos;ouvrir maintenant&#xa0;?</numerusform>
            <numerusform>Sockbench ne s&apos;est pas fermé correctement la dernière fois. Le trafic qu&apos;il avait enregistré a été conservé (%n journaux de session). L&apos;ouvrir maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Recovered traffic, kept in %1</source>
        <translation>Trafic récupéré, conservé dans %1</translation>
    </message>
    <message>
        <source>Open a pcapng, pcap or JSON Lines file read-only (Ctrl+O)</source>
        <translation>Ouvrir un fichier pcapng, pcap ou JSON Lines en lecture seule (Ctrl+O)</translation>
    </message>
    <message>
        <source>Transcripts and captures (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;All files (*)</source>
        <translation>Transcriptions et captures (*.pcapng *.pcap *.cap *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Kept in %1. Opened, each stays there under a new name until you delete it.</source>
        <translation>Conservée dans %1. Une fois ouverte, chacune y reste sous un nouveau nom jusqu&apos;à ce que vous la supprimiez.</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptFile</name>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name (use .pcapng, .txt, .hex or .jsonl)</source>
        <translation>impossible de déterminer le format de «&#xa0;%1&#xa0;» d&apos;après son nom (utilisez .pcapng, .txt, .hex ou .jsonl)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: row %2 is not in the capture</source>
        <translation>impossible d&apos;écrire %1&#xa0;: la ligne %2 n&apos;est pas dans la capture</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptJournal</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptLoader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptReader</name>
    <message>
        <source>%1 is a %2 transcript, written for people: only pcapng and JSON Lines transcripts (and pcap captures) open</source>
        <translation>%1 est une transcription %2, écrite pour être lue par des humains&#xa0;: seules les transcriptions pcapng et JSON Lines (et les captures pcap) peuvent être ouvertes</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptSaver</name>
    <message>
        <source>pcapng, for Wireshark, lossless (*.pcapng)</source>
        <translation>pcapng, pour Wireshark, sans perte (*.pcapng)</translation>
    </message>
    <message>
        <source>Text log (*.txt)</source>
        <translation>Journal texte (*.txt)</translation>
    </message>
    <message>
        <source>Hexdump (*.hex)</source>
        <translation>Hexdump (*.hex)</translation>
    </message>
    <message>
        <source>JSON Lines, lossless (*.jsonl)</source>
        <translation>JSON Lines, sans perte (*.jsonl)</translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation>&amp;Enregistrer la transcription…</translation>
    </message>
    <message>
        <source>Save everything recorded, in any format (Ctrl+S)</source>
        <translation>Enregistrer tout ce qui a été capturé, dans n&apos;importe quel format (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save Selected &amp;Events…</source>
        <translation>Enregistrer les é&amp;vénements sélectionnés…</translation>
    </message>
    <message>
        <source>Save the events selected in the traffic log</source>
        <translation>Enregistrer les événements sélectionnés dans le journal du trafic</translation>
    </message>
    <message>
        <source>Select events in the traffic log to save them.</source>
        <translation>Sélectionnez des événements dans le journal du trafic pour les enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Save Transcript: %1</source>
        <translation>Enregistrer la transcription&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Transcript not saved</source>
        <translation>Transcription non enregistrée</translation>
    </message>
    <message>
        <source>%1 was not saved: %2

Any earlier file of that name is unchanged.</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;: %2

Un éventuel fichier antérieur portant ce nom n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Sockbench %1: %2, saved %3</source>
        <translation>Sockbench %1&#xa0;: %2, enregistré le %3</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>tout le trafic</translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptWindow</name>
    <message>
        <source>Cannot open transcript</source>
        <translation>Impossible d&apos;ouvrir la transcription</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>Lecture de %1… %2&#xa0;%</translation>
    </message>
    <message>
        <source>Transcript partly read</source>
        <translation>Transcription partiellement lue</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks off: %2

The %n event(s) read before that place are shown.</source>
        <translation>
            <numerusform>%1 s&apos;interrompt&#xa0;: %2

%n événement lu avant cet endroit est affiché.</numerusform>
            <numerusform>%1 s&apos;interrompt&#xa0;: %2

Les %n événements lus avant cet endroit sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written by Sockbench: the TCP conversations were reconstructed from its packets.</source>
        <translation>Non écrit par Sockbench&#xa0;: les conversations TCP ont été reconstituées à partir de ses paquets.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>&amp;Ouvrir une transcription…</translation>
    </message>
    <message>
        <source>Open a pcapng or JSON Lines transcript read-only</source>
        <translation>Ouvrir une transcription pcapng ou JSON Lines en lecture seule</translation>
    </message>
    <message>
        <source>Replay as Clie&amp;nt…</source>
        <translation>Rejouer en tant que c&amp;lient…</translation>
    </message>
    <message>
        <source>Connect to a server and send it what this transcript&apos;s connection sent</source>
        <translation>Se connecter à un serveur et lui envoyer ce que la connexion de cette transcription a envoyé</translation>
    </message>
    <message>
        <source>Replay as Ser&amp;ver…</source>
        <translation>Rejouer en tant que &amp;serveur…</translation>
    </message>
    <message>
        <source>Listen, and send the first client what this transcript&apos;s connection sent</source>
        <translation>Écouter, et envoyer au premier client ce que la connexion de cette transcription a envoyé</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close this transcript</source>
        <translation>Fermer cette transcription</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find text or hex bytes in payloads</source>
        <translation>Rechercher du texte ou des octets en hexadécimal dans les données</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Relative Times</source>
        <translation>Temps &amp;relatifs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show times as seconds since the session started</source>
        <translation>Afficher les temps en secondes depuis le début de la session</translation>
    </message>
    <message>
        <source>Show &amp;All Traffic</source>
        <translation>Afficher &amp;tout le trafic</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Show every connection&apos;s traffic instead of the scope&apos;s</source>
        <translation>Afficher le trafic de toutes les connexions au lieu de celui de la sélection</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Sockbench</source>
        <translation>À &amp;propos de Sockbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Traffic &amp;log</source>
        <translation>&amp;Journal du trafic</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Ouvrir une transcription</translation>
    </message>
    <message>
        <source>Transcripts (*.pcapng *.jsonl *.ndjson);;All files (*)</source>
        <translation>Transcriptions (*.pcapng *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejeu</translation>
    </message>
    <message>
        <source>The window this transcript was opened from is closed.</source>
        <translation>La fenêtre depuis laquelle cette transcription a été ouverte est fermée.</translation>
    </message>
    <message>
        <source>This transcript has no connection to replay.</source>
        <translation>Cette transcription ne contient aucune connexion à rejouer.</translation>
    </message>
    <message>
        <source>Replay Connection #%1</source>
        <translation>Rejouer la connexion #%1</translation>
    </message>
    <message>
        <source>#%1  %2 ⇄ %3</source>
        <translation>#%1  %2 ⇄ %3</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %n byte(s) at %3</source>
        <translation>
            <numerusform>#%1 %2 %n octet à %3</numerusform>
            <numerusform>#%1 %2 %n octets à %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Event at %1</source>
        <translation>Événement à %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>%1 (transcript, read-only) — Sockbench</source>
        <translation>%1 (transcription, lecture seule) — Sockbench</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not in the log</source>
        <translation>
            <numerusform>%n événement plus ancien absent du journal</numerusform>
            <numerusform>%n événements plus anciens absents du journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockbench::TranscriptWriter</name>
    <message>
        <source>could not write the transcript</source>
        <translation>la transcription n&apos;a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>Sockbench::UdpSession</name>
    <message>
        <source>UDP socket</source>
        <translation>Socket UDP</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>impossible d&apos;envoyer à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot send from %1 to %2: they are of different address families</source>
        <translation>impossible d&apos;envoyer de %1 à %2&#xa0;: ils sont de familles d&apos;adresses différentes</translation>
    </message>
    <message>
        <source>datagram truncated: %1 bytes, the first %2 kept</source>
        <translation>datagramme tronqué&#xa0;: %1 octets, les %2 premiers conservés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n datagram(s): the receive buffer was full</source>
        <translation>
            <numerusform>le noyau a jeté %n datagramme&#xa0;: le tampon de réception était plein</numerusform>
            <numerusform>le noyau a jeté %n datagrammes&#xa0;: le tampon de réception était plein</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot join %1: not bound</source>
        <translation>impossible de rejoindre %1&#xa0;: non lié</translation>
    </message>
    <message>
        <source>cannot leave %1: not bound</source>
        <translation>impossible de quitter %1&#xa0;: non lié</translation>
    </message>
    <message>
        <source>UDP: sends every datagram back to the peer it came from</source>
        <translation>UDP&#xa0;: renvoie chaque datagramme au pair d&apos;où il vient</translation>
    </message>
    <message>
        <source>UDP: records what it receives and sends nothing back</source>
        <translation>UDP&#xa0;: enregistre ce qu&apos;il reçoit et ne renvoie rien</translation>
    </message>
    <message>
        <source>UDP, connected to one peer</source>
        <translation>UDP, connecté à un pair</translation>
    </message>
    <message>
        <source>UDP: sends only what you send</source>
        <translation>UDP&#xa0;: envoie seulement ce que vous envoyez</translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n datagram(s)</source>
        <translation>
            <numerusform>le noyau a jeté %n datagramme</numerusform>
            <numerusform>le noyau a jeté %n datagrammes</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>UDP écho</translation>
    </message>
    <message>
        <source>UDP discard</source>
        <translation>UDP rejet</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>cannot bind: %1</source>
        <translation>impossible de lier : %1</translation>
    </message>
    <message>
        <source>greets each new peer</source>
        <translation>accueille chaque nouveau pair</translation>
    </message>
    <message>
        <source>answers each line</source>
        <translation>répond à chaque ligne</translation>
    </message>
    <message>
        <source>answers each datagram</source>
        <translation>répond à chaque datagramme</translation>
    </message>
    <message>
        <source>forgets the peer after answering</source>
        <translation>oublie le pair après la réponse</translation>
    </message>
    <message>
        <source>forgets a peer silent for %1 s</source>
        <translation>oublie un pair silencieux pendant %1 s</translation>
    </message>
    <message>
        <source>UDP, automatic responses: %1</source>
        <translation>UDP, réponses automatiques : %1</translation>
    </message>
    <message>
        <source>UDP %1</source>
        <translation>UDP %1</translation>
    </message>
    <message>
        <source>responding socket</source>
        <translation>socket qui répond</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--server needs a port from 0 to 65535</source>
        <translation>--server attend un port de 0 à 65535</translation>
    </message>
    <message>
        <source>--client needs HOST:PORT, with a port from 1 to 65535</source>
        <translation>--client attend HOST:PORT, avec un port de 1 à 65535</translation>
    </message>
    <message>
        <source>type here, Ctrl+Enter sends</source>
        <translation>tapez ici, Ctrl+Entrée envoie</translation>
    </message>
</context>
</TS>
