#include "standardinput.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Sockbench::Cli {

namespace {
constexpr int ChunkSize = 256 * 1024;
}

StandardInput::StandardInput(bool crlf, QObject *parent)
    : QObject(parent)
    , m_crlf(crlf)
{ }

StandardInput::~StandardInput() = default;

void StandardInput::start()
{
    if (m_notifier || m_finished)
        return;
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StandardInput::onReadable);
    m_notifier->setEnabled(!m_paused);
}

void StandardInput::setPaused(bool paused)
{
    m_paused = paused;
    if (m_notifier)
        m_notifier->setEnabled(!paused && !m_finished);
}

void StandardInput::onReadable()
{
    QByteArray bytes(ChunkSize, Qt::Uninitialized);
    const ssize_t n = ::read(STDIN_FILENO, bytes.data(), ChunkSize);
    if (n < 0) {
        if (errno == EAGAIN || errno == EINTR)
            return;
        const QString message = QString::fromLocal8Bit(std::strerror(errno));
        m_finished = true;
        m_notifier->setEnabled(false);
        Q_EMIT failed(message);
        return;
    }
    if (n == 0) {
        m_finished = true;
        m_notifier->setEnabled(false);
        Q_EMIT finished();
        return;
    }
    bytes.truncate(int(n));
    Q_EMIT chunk(m_crlf ? toCrlf(bytes) : bytes);
}

QByteArray StandardInput::toCrlf(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8 + 1);
    for (const char c : bytes) {
        if (c == '\n' && !m_lastWasCr)
            out.append('\r');
        out.append(c);
        m_lastWasCr = c == '\r';
    }
    return out;
}

} // namespace Sockbench::Cli
