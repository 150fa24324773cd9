#include "sessionstatus.h"

namespace Sockbench {

QLatin1String sessionStatusKey(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Idle:
        return QLatin1String("idle");
    case SessionStatus::Resolving:
        return QLatin1String("resolving");
    case SessionStatus::Connecting:
        return QLatin1String("connecting");
    case SessionStatus::Connected:
        return QLatin1String("connected");
    case SessionStatus::Listening:
        return QLatin1String("listening");
    case SessionStatus::Stopped:
        return QLatin1String("stopped");
    case SessionStatus::Closed:
        return QLatin1String("closed");
    case SessionStatus::Failed:
        return QLatin1String("failed");
    }
    return {};
}

} // namespace Sockbench
