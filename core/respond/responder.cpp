#include "responder.h"

namespace Sockbench {

struct Responder::Plan
{
    ResponseSettings settings;
    PayloadTemplate greeting;
    PayloadTemplate answer;
    QByteArray needle; ///< Text and Bytes matches.
    QRegularExpression expression; ///< RegularExpression matches.
};

Responder::Responder()
    : m_plan(std::make_shared<const Plan>())
{ }

Responder::Responder(std::shared_ptr<const Plan> plan)
    : m_plan(std::move(plan))
{ }

std::optional<Responder> Responder::create(const ResponseSettings &settings, QString *error)
{
    auto plan = std::make_shared<Plan>();
    plan->settings = settings;
    auto refuse = [error](const QString &message) -> std::optional<Responder> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    plan->greeting = PayloadTemplate::parse(settings.greeting, settings.mode);
    if (!plan->greeting.isValid())
        return refuse(tr("the greeting: %1").arg(plan->greeting.errorMessage()));
    plan->answer = PayloadTemplate::parse(settings.answer, settings.mode);
    if (!plan->answer.isValid())
        return refuse(tr("the answer: %1").arg(plan->answer.errorMessage()));
    switch (settings.match) {
    case ResponseSettings::Match::Any:
        break;
    case ResponseSettings::Match::Text:
    case ResponseSettings::Match::Bytes: {
        const ParseResult parsed = PayloadParser::parsePayload(settings.pattern,
            settings.match == ResponseSettings::Match::Text ? PayloadMode::Text : PayloadMode::Hex);
        if (!parsed.ok)
            return refuse(tr("the match: %1").arg(parsed.errorMessage));
        if (parsed.bytes.isEmpty())
            return refuse(tr("the match is empty: say what to look for, or answer everything"));
        plan->needle = parsed.bytes;
        break;
    }
    case ResponseSettings::Match::RegularExpression:
        plan->expression = QRegularExpression(settings.pattern);
        if (settings.pattern.isEmpty())
            return refuse(tr("the match is empty: say what to look for, or answer everything"));
        if (!plan->expression.isValid())
            return refuse(tr("the regular expression: column %1: %2")
                              .arg(plan->expression.patternErrorOffset() + 1)
                              .arg(plan->expression.errorString()));
        plan->expression.optimize();
        break;
    }
    if (settings.receiveTimeoutMs < 0)
        return refuse(tr("the receive timeout cannot be negative"));
    return Responder(std::move(plan));
}

const ResponseSettings &Responder::settings() const
{
    return m_plan->settings;
}

bool Responder::answersData() const
{
    return !m_plan->answer.isEmpty();
}

QByteArray Responder::greet()
{
    if (m_plan->greeting.isEmpty())
        return {};
    TemplateContext context;
    context.counter = ++m_counter;
    return m_plan->greeting.render(context);
}

bool Responder::matches(const QByteArray &unit) const
{
    switch (m_plan->settings.match) {
    case ResponseSettings::Match::Any:
        return true;
    case ResponseSettings::Match::Text:
    case ResponseSettings::Match::Bytes:
        return unit.contains(m_plan->needle);
    case ResponseSettings::Match::RegularExpression:
        return m_plan->expression.match(QString::fromLatin1(unit)).hasMatch();
    }
    return false;
}

void Responder::answer(const QByteArray &unit, Reaction *reaction)
{
    if (m_closing || m_plan->answer.isEmpty() || !matches(unit))
        return;
    TemplateContext context;
    context.data = unit;
    context.counter = ++m_counter;
    // Kept even when empty: an empty datagram's echo is one empty datagram (Connection::send() sends nothing
    // on a byte stream, one datagram on UDP).
    reaction->answers.append(m_plan->answer.render(context));
    if (m_plan->settings.closeAfterAnswer) {
        m_closing = true;
        reaction->close = true;
    }
}

Responder::Reaction Responder::receive(const QByteArray &chunk)
{
    Reaction reaction;
    if (m_plan->settings.unit == ResponseSettings::Unit::Chunk) {
        answer(chunk, &reaction);
        return reaction;
    }
    // Only the new bytes are searched for LF: a long line in small pieces costs one pass, not one per piece.
    qsizetype from = m_pending.size();
    m_pending += chunk;
    qsizetype start = 0;
    while (!m_closing) {
        const qsizetype lf = m_pending.indexOf('\n', from);
        if (lf < 0)
            break;
        answer(m_pending.sliced(start, lf + 1 - start), &reaction);
        start = from = lf + 1;
    }
    m_pending.remove(0, start);
    if (!m_closing && m_pending.size() >= maxLineLength) {
        answer(m_pending, &reaction);
        m_pending.clear();
    }
    if (m_closing)
        m_pending.clear();
    return reaction;
}

Responder::Reaction Responder::finish()
{
    Reaction reaction;
    if (!m_pending.isEmpty()) {
        answer(m_pending, &reaction);
        m_pending.clear();
    }
    return reaction;
}

} // namespace Sockbench
