#include "eventvocabulary.h"

#include <iterator>

namespace Sockbench {

namespace {

/// What an event's payload says, which decides how a line joins it to the key.
enum class Detail : quint8 {
    None, ///< No payload.
    Subject, ///< An endpoint or a name: "listening 127.0.0.1:5000".
    Message, ///< A sentence of its own, after a colon: "error: connection refused".
};

struct Entry
{
    EventKind kind;
    const char *key;
    const char *phrase; ///< Marked for lupdate; %1 is the detail.
    Detail detail;
};

// The codes are the enum's values: a Sockbench pcapng record stores them, so they never change. The keys are
// what every transcript format writes; the phrases are what the window and the command line show. Before this
// table, the command line said "resolved" where the files said "resolving" for the same event, which is
// recorded once the name has resolved: the key says "resolved" now, and "resolving" is read as an alias.
constexpr Entry Table[] = {
    { EventKind::Data, "data", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "data"), Detail::None },
    { EventKind::Listening, "listening", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "listening on %1"),
        Detail::Subject },
    { EventKind::StoppedListening, "stopped-listening",
        QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "stopped listening on %1"), Detail::Subject },
    { EventKind::Resolved, "resolved", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "resolved %1"),
        Detail::Subject },
    { EventKind::Connecting, "connecting",
        QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "connecting to %1"), Detail::Subject },
    { EventKind::Connected, "connected", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "connected to %1"),
        Detail::Subject },
    { EventKind::Accepted, "accepted",
        QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "accepted connection from %1"), Detail::Subject },
    { EventKind::PeerHalfClosed, "peer-half-closed",
        QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "peer closed its side"), Detail::None },
    { EventKind::LocalHalfClosed, "local-half-closed",
        QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "we closed our side"), Detail::None },
    { EventKind::Closed, "closed", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "closed"), Detail::None },
    { EventKind::Error, "error", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "error: %1"),
        Detail::Message },
    { EventKind::Tls, "tls", QT_TRANSLATE_NOOP("Sockbench::EventVocabulary", "TLS: %1"), Detail::Message },
};

/// Keys that files written by earlier versions hold, and the kind each means now.
struct Alias
{
    const char *key;
    EventKind kind;
};
constexpr Alias Aliases[] = {
    { "resolving", EventKind::Resolved }, // JSON Lines before 0.9
};

constexpr bool tableIsInCodeOrder()
{
    for (std::size_t i = 0; i < std::size(Table); ++i) {
        if (quint8(Table[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(tableIsInCodeOrder(), "one row per EventKind, in the order of its values");
static_assert(std::size(Table) == std::size_t(EventKind::Tls) + 1, "every EventKind has a row");

const Entry *entry(EventKind kind)
{
    const auto index = std::size_t(kind);
    return index < std::size(Table) ? &Table[index] : nullptr;
}

} // namespace

QString EventVocabulary::key(EventKind kind)
{
    const Entry *row = entry(kind);
    return row ? QString::fromLatin1(row->key) : QString();
}

std::optional<EventKind> EventVocabulary::fromKey(QStringView key)
{
    for (const Entry &row : Table) {
        if (key == QLatin1String(row.key))
            return row.kind;
    }
    for (const Alias &alias : Aliases) {
        if (key == QLatin1String(alias.key))
            return alias.kind;
    }
    return std::nullopt;
}

quint8 EventVocabulary::code(EventKind kind)
{
    return quint8(kind);
}

std::optional<EventKind> EventVocabulary::fromCode(quint8 code)
{
    if (code >= std::size(Table))
        return std::nullopt;
    return Table[code].kind;
}

QString EventVocabulary::phrase(EventKind kind, const QString &detail)
{
    const Entry *row = entry(kind);
    if (!row)
        return detail;
    const QString words = tr(row->phrase);
    if (words.contains(QLatin1String("%1")))
        return words.arg(detail).trimmed();
    return detail.isEmpty() ? words : words + QLatin1Char(' ') + detail;
}

QString EventVocabulary::line(EventKind kind, const QString &detail)
{
    const Entry *row = entry(kind);
    if (!row)
        return detail;
    const QString name = QString::fromLatin1(row->key);
    if (detail.isEmpty())
        return name;
    return name + (row->detail == Detail::Message ? QLatin1String(": ") : QLatin1String(" ")) + detail;
}

QList<EventKind> EventVocabulary::kinds()
{
    QList<EventKind> all;
    for (const Entry &row : Table)
        all.append(row.kind);
    return all;
}

} // namespace Sockbench
