#pragma once

#include "stream/tlsoptions.h"

#include <QString>

class QCommandLineParser;

namespace Sockbench::Cli {

/// The TLS flags: --tls and what goes with it, for a client (connect, read, replay) or a server (listen,
/// replay --listen). Files are read here, once, so a bad one is a usage error before anything connects.
enum class TlsFlags { Client, Server, Both };

void addTlsOptions(QCommandLineParser &parser, TlsFlags flags);
/// False (error set) for a bad value, a TLS flag without --tls, or a file TLS cannot use.
/// impliedTls: the flags apply without --tls (read's starttls step); options->enabled is then true.
bool readTlsOptions(const QCommandLineParser &parser, TlsFlags flags, TlsOptions *options, QString *error,
    bool impliedTls = false);

} // namespace Sockbench::Cli
