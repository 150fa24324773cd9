#include "deviceerror.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Sockbench::DeviceError {

QString describe(const QIODevice *device, int savedErrno)
{
    const QString message = device ? device->errorString() : QString();
    // QIODevice's text when nobody set one: "Unknown error", in the language of the day.
    const bool generic
        = message.isEmpty() || message == QCoreApplication::translate("QIODevice", "Unknown error");
    if (!generic)
        return message;
    if (savedErrno != 0)
        return qt_error_string(savedErrno);
    return message;
}

} // namespace Sockbench::DeviceError
