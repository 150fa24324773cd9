#include "workbench.h"

#include "capture/capturestore.h"
#include "clientsession.h"
#include "connection.h"
#include "serversession.h"

namespace Sockbench {

Workbench::Workbench(const QString &spoolDirectory, QObject *parent)
    : QObject(parent)
    , m_capture(new CaptureStore(spoolDirectory, this))
{ }

Workbench::Workbench(PayloadRetention retention, QObject *parent)
    : QObject(parent)
    , m_capture(new CaptureStore(retention, this))
{ }

Workbench::~Workbench()
{
    // Sessions record their last events into the capture: they go first.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

ClientSession *Workbench::createClient()
{
    return create<ClientSession>();
}

ServerSession *Workbench::createServer()
{
    return create<ServerSession>();
}

void Workbench::removeSession(Session *session)
{
    if (!m_sessions.removeOne(session))
        return;
    session->close();
    Q_EMIT sessionRemoved(session);
    session->deleteLater();
}

Session *Workbench::session(quint32 id) const
{
    for (Session *session : m_sessions) {
        if (session->id() == id)
            return session;
    }
    return nullptr;
}

void Workbench::adopt(Session *session)
{
    m_sessions.append(session);
    Q_EMIT sessionAdded(session);
}

} // namespace Sockbench
