#pragma once

#include <QByteArray>
#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Sockbench::Cli {

/// Reads standard input without blocking the event loop, in large chunks, optionally turning LF into CRLF.
class StandardInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandardInput)
public:
    explicit StandardInput(bool crlf, QObject *parent = nullptr);
    ~StandardInput() override;

    /// Starts reading; chunks follow, then finished() at end of input.
    void start();
    /// Stops reading while the consumer is behind (the writer of our input then blocks: backpressure).
    void setPaused(bool paused);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void chunk(const QByteArray &bytes);
    void finished();
    void failed(const QString &message);

private:
    void onReadable();
    QByteArray toCrlf(const QByteArray &bytes);

    QSocketNotifier *m_notifier = nullptr;
    bool m_crlf = false;
    bool m_lastWasCr = false;
    bool m_paused = false;
    bool m_finished = false;
};

} // namespace Sockbench::Cli
