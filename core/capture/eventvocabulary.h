#pragma once

#include "captureevent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Sockbench {

/// The one table of words for capture event kinds: a stable machine key per kind, written in every transcript
/// format (JSON Lines "kind", text and hexdump lines, pcapng comments), the byte a Sockbench pcapng record
/// stores, and the translated phrase people read in the window and on the command line. Readers go back from
/// a key or a byte through the same table, so a kind is named in this one place.
class EventVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::EventVocabulary)
public:
    /// "data", "listening", "peer-half-closed"...: the key transcripts write. Empty for no kind.
    static QString key(EventKind kind);
    /// The kind a key names: the current keys, and the older ones files written by earlier versions hold
    /// ("resolving"). nullopt for a word that names no kind.
    static std::optional<EventKind> fromKey(QStringView key);
    /// The byte a Sockbench pcapng event record holds for the kind (stable: never renumbered).
    static quint8 code(EventKind kind);
    /// The kind a record's byte names; nullopt for a byte no version wrote.
    static std::optional<EventKind> fromCode(quint8 code);

    /// For people, translated: "listening on 127.0.0.1:5000", "peer closed its side", "error: refused".
    /// detail is the event's payload as text (an endpoint, a name, a message); empty when it has none.
    static QString phrase(EventKind kind, const QString &detail = {});
    /// For files, never translated: the key and the detail, "listening 127.0.0.1:5000", "error: refused".
    static QString line(EventKind kind, const QString &detail = {});
    /// Every kind, in code order, for tests and for tables that list them.
    static QList<EventKind> kinds();
};

} // namespace Sockbench
