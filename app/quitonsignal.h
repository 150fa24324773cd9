#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace Sockbench {

/// Turns SIGTERM and SIGINT (a logout, Ctrl+C in the terminal that started the window) into a call on the
/// event loop, so the window closes as File ▸ Quit closes it: the capture's journal is removed and the next
/// start does not say Sockbench "did not close properly".
///
/// The handler only writes a byte to a socket pair (all a signal handler may safely do); a QSocketNotifier on
/// the other end runs quit on the event loop.
class QuitOnSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)
public:
    explicit QuitOnSignal(std::function<void()> quit, QObject *parent = nullptr);
    ~QuitOnSignal() override;

    /// A signal came: before the event loop runs (during a dialog of the start), quit cannot end it, so the
    /// caller checks this before app.exec().
    bool requested() const { return m_requested; }

private:
    void onSignal();

    std::function<void()> m_quit;
    QSocketNotifier *m_notifier = nullptr;
    bool m_requested = false;
};

} // namespace Sockbench
