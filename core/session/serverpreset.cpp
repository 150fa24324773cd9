#include "serverpreset.h"

namespace Sockbench {

QList<ServerPreset> ServerPreset::all()
{
    QList<ServerPreset> presets;
    auto behaviour = [&presets](const char *presetKey, const QString &presetName,
                         const QString &presetDescription, ServerBehaviour value) {
        ServerPreset preset { QString::fromLatin1(presetKey), presetName, presetDescription, 0, {} };
        preset.options.behaviour = value;
        presets.append(preset);
    };
    behaviour("manual", tr("Manual"), tr("Received bytes are shown; you answer from the send panel."),
        ServerBehaviour::Manual);
    behaviour("echo", tr("Echo"), tr("Every byte received is sent straight back to the client that sent it."),
        ServerBehaviour::Echo);
    behaviour("discard", tr("Discard"), tr("Received bytes are recorded and dropped; nothing is sent back."),
        ServerBehaviour::Discard);

    // The chapter's basic echo server: listenOn: 9999 backlogSize: 10, waitForAcceptFor: 60, the listening
    // socket closed at once, one receiveData, 'ECHO: ' , data, close.
    ServerPreset basic { QStringLiteral("chapter-basic-echo"), tr("Basic echo server (chapter)"),
        tr("One client within 60 s, backlog 10: answers ECHO: and what came, once, then closes. The "
           "chapter listens on port 9999."),
        9999, {} };
    basic.options.backlog = 10;
    basic.options.acceptTimeoutMs = 60000;
    basic.options.singleClient = true;
    basic.options.responses.name = tr("Basic echo server");
    basic.options.responses.answer = QStringLiteral("ECHO: {{data}}");
    basic.options.responses.closeAfterAnswer = true;
    basic.options.responses.finishWithPeer = true;
    presets.append(basic);

    // EchoServer: many clients, backlog 10, each read with receiveDataTimeout: 5, answered, closed.
    ServerPreset echoServer { QStringLiteral("chapter-echoserver"), tr("EchoServer (chapter)"),
        tr("Many clients, backlog 10: each is answered ECHO: and what came, then closed; a client silent "
           "for 5 s is closed. The chapter listens on port 9999."),
        9999, {} };
    echoServer.options.backlog = 10;
    echoServer.options.responses = basic.options.responses;
    echoServer.options.responses.name = tr("EchoServer");
    echoServer.options.responses.receiveTimeoutMs = 5000;
    presets.append(echoServer);

    // The SocketStream server: listenOn: 12345 backlogSize: 10, waitForAcceptFor: 30, sendCommand: the
    // greeting (CR LF), then one nextLine from the client (you read it in the conversation).
    ServerPreset greeting { QStringLiteral("chapter-socketstream"), tr("SocketStream server (chapter)"),
        tr("One client within 30 s, backlog 10: greets it with Greetings from Pharo Server and CR LF; "
           "its line shows in the conversation. The chapter listens on port 12345."),
        12345, {} };
    greeting.options.backlog = 10;
    greeting.options.acceptTimeoutMs = 30000;
    greeting.options.singleClient = true;
    greeting.options.responses.name = tr("SocketStream server");
    greeting.options.responses.greeting = QStringLiteral("Greetings from Pharo Server\\r\\n");
    presets.append(greeting);
    return presets;
}

QString ServerPreset::descriptionOverUdp() const
{
    // The life cycle (backlog, accept timeout, one client) is TCP's: over UDP only the responses apply, and
    // the hint says so rather than promise a wait for a client that cannot happen.
    if (key == QLatin1String("manual"))
        return tr("Received datagrams are shown; you answer from the send panel.");
    if (key == QLatin1String("echo"))
        return tr("Every datagram received is sent straight back to the peer that sent it.");
    if (key == QLatin1String("discard"))
        return tr("Received datagrams are recorded and dropped; nothing is sent back.");
    if (key == QLatin1String("chapter-basic-echo"))
        return tr("Answers a peer's datagram with ECHO: and what came, then forgets the peer. UDP has no "
                  "client to wait for and no backlog. The chapter listens on port 9999.");
    if (key == QLatin1String("chapter-echoserver"))
        return tr("Answers each datagram with ECHO: and what came, then forgets its peer; a peer silent for "
                  "5 s is forgotten. UDP has no backlog. The chapter listens on port 9999.");
    if (key == QLatin1String("chapter-socketstream"))
        return tr("Greets each new peer with Greetings from Pharo Server and CR LF once its first datagram "
                  "came (UDP accepts nothing first). The chapter listens on port 12345.");
    return description;
}

ServerPreset ServerPreset::find(const QString &key)
{
    for (const ServerPreset &preset : all()) {
        if (preset.key == key)
            return preset;
    }
    return {};
}

} // namespace Sockbench
