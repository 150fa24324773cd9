#pragma once

#include <QList>
#include <QObject>

namespace Sockbench {

class CaptureStore;
class ClientSession;
enum class PayloadRetention : int;
class ServerSession;
class Session;

/// The root of the core: owns the capture store and every session, and numbers them.
///
/// The window and the command line each make one; both then take the same path for every byte.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)
public:
    /// spoolDirectory: where the capture spools payloads (the system temp folder when empty).
    explicit Workbench(const QString &spoolDirectory = {}, QObject *parent = nullptr);
    /// A capture keeping payloads as retention says (the command line: only while someone can read them).
    explicit Workbench(PayloadRetention retention, QObject *parent = nullptr);
    ~Workbench() override;

    CaptureStore *capture() const { return m_capture; }

    /// Makes a session of any kind (a Session subclass constructed as (id, capture, IdAllocator, parent)),
    /// numbered, owned and announced by sessionAdded().
    template <typename Kind> Kind *create()
    {
        auto *session = new Kind(
            ++m_lastSessionId, m_capture, [this] { return ++m_lastConnectionId; }, this);
        adopt(session);
        return session;
    }
    ClientSession *createClient();
    ServerSession *createServer();
    /// Closes the session (Session::close()) and deletes it (later).
    void removeSession(Session *session);
    QList<Session *> sessions() const { return m_sessions; }
    Session *session(quint32 id) const;

Q_SIGNALS:
    void sessionAdded(Sockbench::Session *session);
    void sessionRemoved(Sockbench::Session *session);

private:
    void adopt(Session *session);

    CaptureStore *m_capture = nullptr;
    QList<Session *> m_sessions;
    quint32 m_lastSessionId = 0;
    quint32 m_lastConnectionId = 0;
};

} // namespace Sockbench
