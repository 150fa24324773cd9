#pragma once

#include "codec/payloadtemplate.h"
#include "responsesettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace Sockbench {

/// Automatic answers for one peer: bytes in, answers and "close" out, knowing nothing of the transport.
///
/// A Connection drives one for TCP (its chunks, its FIN); a datagram session can drive one per peer and
/// send each answer as a datagram, which is why answers come as a list and never run together. The checked
/// settings are shared between copies, so a server makes one with create() and copies it per client; each
/// copy keeps its own counter and line buffer.
class Responder final
{
    Q_DECLARE_TR_FUNCTIONS(Sockbench::Responder)
public:
    /// What the responder wants done after a step.
    struct Reaction
    {
        QList<QByteArray> answers; ///< To send, in order (none when nothing matched).
        bool close = false; ///< Close once the answers are out.
    };

    /// A responder that answers nothing.
    Responder();

    /// Checks settings: templates, the pattern. On a mistake returns nothing and sets error to a sentence
    /// that names the part and the column ("the answer: column 3: unknown escape \q").
    static std::optional<Responder> create(const ResponseSettings &settings, QString *error = nullptr);

    const ResponseSettings &settings() const;
    /// Anything automatic at all.
    bool isManual() const { return settings().isManual(); }
    /// True when it answers what it reads (a slow reader makes it hold bytes).
    bool answersData() const;

    /// The greeting, rendered, when a peer is accepted (empty: none).
    QByteArray greet();
    /// A chunk arrived.
    Reaction receive(const QByteArray &chunk);
    /// The peer ended its input: a line left without its LF is answered now.
    Reaction finish();

    /// Lines longer than this are answered as they stand, so a peer that never sends LF cannot grow memory.
    static constexpr qsizetype maxLineLength = 1024 * 1024;

private:
    struct Plan;
    explicit Responder(std::shared_ptr<const Plan> plan);
    bool matches(const QByteArray &unit) const;
    void answer(const QByteArray &unit, Reaction *reaction);

    std::shared_ptr<const Plan> m_plan;
    quint64 m_counter = 0;
    QByteArray m_pending; ///< Line mode: what came after the last LF.
    bool m_closing = false; ///< Closed after an answer: nothing more is answered.
};

} // namespace Sockbench
