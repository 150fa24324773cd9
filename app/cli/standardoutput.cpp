#include "standardoutput.h"

#include <QCoreApplication>

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace Sockbench::Cli {

namespace {

// A pipe's buffer is 64 KiB: gathering as much makes one write() per filled pipe.
constexpr qsizetype GatherBytes = 64 * 1024;

OutputStatus s_status = OutputStatus::Open;
int s_error = 0;

} // namespace

OutputStatus writeStandardOutput(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (s_status == OutputStatus::Open && left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN) {
                pollfd out { STDOUT_FILENO, POLLOUT, 0 };
                ::poll(&out, 1, -1);
                continue;
            }
            s_error = errno;
            s_status = s_error == EPIPE ? OutputStatus::Closed : OutputStatus::Failed;
            break;
        }
        data += n;
        left -= n;
    }
    return s_status;
}

OutputStatus standardOutputStatus()
{
    return s_status;
}

QString standardOutputError()
{
    if (s_status != OutputStatus::Failed)
        return {};
    return QCoreApplication::translate("Sockbench::Cli::StandardOutput", "standard output: %1")
        .arg(qt_error_string(s_error));
}

StandardOutputDevice::StandardOutputDevice(QObject *parent)
    : QIODevice(parent)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

StandardOutputDevice::~StandardOutputDevice()
{
    flushBuffer();
}

bool StandardOutputDevice::flushBuffer()
{
    if (!m_buffer.isEmpty()) {
        writeStandardOutput(m_buffer);
        m_buffer.clear();
    }
    return s_status == OutputStatus::Open;
}

qint64 StandardOutputDevice::readData(char *, qint64)
{
    return -1;
}

qint64 StandardOutputDevice::writeData(const char *data, qint64 size)
{
    if (s_status != OutputStatus::Open) {
        setErrorString(s_status == OutputStatus::Failed ? qt_error_string(s_error) : qt_error_string(EPIPE));
        return -1;
    }
    m_buffer.append(data, size);
    if (m_buffer.size() >= GatherBytes && !flushBuffer()) {
        setErrorString(s_status == OutputStatus::Failed ? qt_error_string(s_error) : qt_error_string(EPIPE));
        return -1;
    }
    return size;
}

} // namespace Sockbench::Cli
