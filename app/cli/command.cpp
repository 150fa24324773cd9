#include "command.h"

#include "eventprinter.h"
#include "exitcode.h"
#include "session/clientsession.h"
#include "session/connection.h"
#include "session/serversession.h"
#include "session/workbench.h"
#include "standardoutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockbench::Cli {

Command::Command(const CommonOptions &options, Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_common(options)
    , m_printer(new EventPrinter(workbench->capture(), options.verbose, options.log, this))
{ }

Command::~Command() = default;

void Command::finish(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_printer->catchUp();
    if (!message.isEmpty())
        std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
    Q_EMIT finished(exitCode);
}

void Command::finishForOutput()
{
    if (standardOutputStatus() == OutputStatus::Failed)
        finish(OtherError, standardOutputError());
    else
        finish(Success);
}

void Command::announceTls(const ServerSession *server) const
{
    if (!server->isTls())
        return;
    const QString fingerprint = TlsSetup::fingerprintText(server->certificateFingerprint());
    if (m_common.tls.certificateFile.isEmpty())
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("sockbench: TLS with a self-signed certificate for localhost (%1), SHA-256 %2")
                           .arg(server->certificateFile(), fingerprint)));
    else
        std::fprintf(
            stderr, "%s\n", qPrintable(tr("sockbench: TLS certificate SHA-256 %1").arg(fingerprint)));
    std::fflush(stderr);
}

ClientOptions Command::clientOptions(const QString &host, quint16 port) const
{
    if (m_common.tls.enabled && m_common.tls.insecure) {
        // Said always, not only with --verbose: nothing protects these bytes from whoever is in between.
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("sockbench: WARNING: --insecure: the server's certificate is not verified")));
        std::fflush(stderr);
    }
    ClientOptions client;
    client.host = host;
    client.port = port;
    client.connectTimeoutMs = m_common.connectTimeoutMs;
    client.tls = m_common.tls;
    client.protocol = m_common.protocol;
    return client;
}

void Command::finishWith(Connection *connection, const QString &how)
{
    connection->setIdleTimeout(m_common.idleTimeoutMs);
    const QString name = how.arg(connection->peerEndpoint().toString());
    // The stream closes cleanly on an idle timeout; say why, and do not report success.
    connect(connection, &Connection::idleTimedOut, this, [this, name] {
        finish(OtherError, tr("%1: %2").arg(name, StreamErrorText::describe(StreamError::IdleTimeout)));
    });
    // The same for the server's receive timeout (listen --receive-timeout): nothing came.
    connect(connection, &Connection::receiveTimedOut, this, [this, connection, name] {
        finish(OtherError,
            tr("%1: receive timeout: nothing came within %2 s")
                .arg(name)
                .arg(connection->responses().receiveTimeoutMs / 1000.0));
    });
    connect(connection, &Connection::closed, this, [this, connection, name] {
        const StreamError error = connection->error();
        finish(exitCodeFor(error),
            error == StreamError::None ? QString() : tr("%1: %2").arg(name, connection->errorString()));
    });
}

namespace {

/// Where a server listens, as people read it: the dual-stack any-address (--bind ::), which Qt prints as
/// 0.0.0.0, is both families' every interface, "[::]".
QString listenText(const Endpoint &endpoint)
{
    return endpoint.address.protocol() == QAbstractSocket::AnyIPProtocol
        ? QStringLiteral("[::]:") + QString::number(endpoint.port)
        : endpoint.toString();
}

} // namespace

void Command::announceListening(const ServerSession *server, quint16 requestedPort) const
{
    if (requestedPort == 0 && !m_common.verbose) {
        std::fprintf(stderr, "sockbench: %s\n",
            qPrintable(QCoreApplication::translate("Sockbench::Cli::ListenCommand", "listening on %1")
                           .arg(listenText(server->listenEndpoint()))));
    }
    // Only once listening worked: an address we cannot have has no one to warn about. The sentence keeps the
    // command line's translation context, where it was written.
    const QHostAddress address = server->listenEndpoint().address;
    if (!address.isLoopback()) {
        std::fprintf(stderr, "sockbench: %s\n",
            qPrintable(QCoreApplication::translate("Sockbench::Cli::CommandLine",
                "warning: listening on %1 is reachable from the network, "
                "not only from this computer")
                           .arg(address.protocol() == QAbstractSocket::AnyIPProtocol ? QStringLiteral("::")
                                                                                     : address.toString())));
    }
    std::fflush(stderr);
}

} // namespace Sockbench::Cli
