#include "transcriptwriter.h"

#include "capture/capturestore.h"
#include "deviceerror.h"
#include "hexdumpwriter.h"
#include "jsonlineswriter.h"
#include "pcapngwriter.h"
#include "textwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <cerrno>

namespace Sockbench {

namespace {

bool sameSession(const SessionInfo &a, const SessionInfo &b)
{
    return a.id == b.id && a.role == b.role && a.name == b.name
        && a.startedWallClockNs == b.startedWallClockNs;
}

bool sameConnection(const ConnectionInfo &a, const ConnectionInfo &b)
{
    return a.id == b.id && a.sessionId == b.sessionId && a.local == b.local && a.peer == b.peer;
}

} // namespace

std::unique_ptr<TranscriptWriter> TranscriptWriter::create(TranscriptFormat::Format format, QIODevice *device)
{
    switch (format) {
    case TranscriptFormat::Format::Pcapng:
        return std::make_unique<PcapngWriter>(device);
    case TranscriptFormat::Format::Text:
        return std::make_unique<TextWriter>(device);
    case TranscriptFormat::Format::Hexdump:
        return std::make_unique<HexdumpWriter>(device);
    case TranscriptFormat::Format::JsonLines:
        return std::make_unique<JsonLinesWriter>(device);
    }
    return nullptr;
}

TranscriptWriter::TranscriptWriter(QIODevice *device)
    : m_device(device)
{ }

TranscriptWriter::~TranscriptWriter() = default;

bool TranscriptWriter::begin(const QString &description)
{
    return writeHeader(description);
}

bool TranscriptWriter::write(const CaptureEvent &event, const QByteArray &payload, const SessionInfo &session,
    const ConnectionInfo &connection)
{
    // Facts first, so a reader knows a connection's endpoints before its first event. Session 0 is a
    // session like any other (a file may describe it); only facts nobody described (the default ones, which
    // a reader assumes anyway) are left out.
    if (session.id == event.sessionId && (event.sessionId != 0 || !sameSession(session, SessionInfo {}))) {
        const auto known = m_sessions.constFind(session.id);
        if (known == m_sessions.cend() || !sameSession(*known, session)) {
            if (!writeSession(session))
                return false;
            m_sessions.insert(session.id, session);
        }
    }
    if (connection.id == event.connectionId
        && (event.connectionId != 0 || !sameConnection(connection, ConnectionInfo {}))) {
        const auto known = m_connections.constFind(connection.id);
        if (known == m_connections.cend() || !sameConnection(*known, connection)) {
            if (!writeConnection(connection))
                return false;
            m_connections.insert(connection.id, connection);
        }
    }
    if (event.payloadLoss != PayloadLoss::None && event.payloadSize == 0) {
        CaptureEvent empty = event; // nothing is missing from an empty payload
        empty.payloadLoss = PayloadLoss::None;
        return writeEvent(empty, payload);
    }
    return writeEvent(event, payload);
}

bool TranscriptWriter::write(const CaptureStore &store, qint64 row)
{
    CaptureEvent event = store.event(row);
    QByteArray payload = store.payload(row);
    if (payload.size() != qsizetype(event.payloadSize)) {
        // A payload the store could not keep is marked as such (its reason and size), never written as
        // empty. Asked after the read: a spool may fail between the two.
        const PayloadLoss why = store.payloadLoss(row);
        event.payloadLoss = why == PayloadLoss::None ? PayloadLoss::Lost : why;
        payload.clear();
    }
    return write(
        event, payload, store.sessionInfo(event.sessionId), store.connectionInfo(event.connectionId));
}

bool TranscriptWriter::flush()
{
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!file->flush()) {
            const int error = errno;
            return fail(DeviceError::describe(file, error));
        }
    }
    return true;
}

bool TranscriptWriter::put(const char *data, qint64 size)
{
    if (size <= 0)
        return true;
    if (m_device->write(data, size) != size) {
        const int error = errno; // before anything else can change it
        return fail(DeviceError::describe(m_device, error));
    }
    return true;
}

bool TranscriptWriter::fail(const QString &message)
{
    if (m_errorString.isEmpty())
        m_errorString = message.isEmpty()
            ? QCoreApplication::translate("Sockbench::TranscriptWriter", "could not write the transcript")
            : message;
    return false;
}

} // namespace Sockbench
