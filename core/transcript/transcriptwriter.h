#pragma once

#include "capture/captureevent.h"
#include "transcriptformat.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QIODevice;

namespace Sockbench {

class CaptureStore;

/// Writes capture events to a device in one transcript format, event by event, so that a file grows as a
/// session runs (a journal) as well as being written whole.
///
/// Session and connection facts are written before the first event that needs them, and again when they
/// change (a session renamed). The device must be open for writing; the writer does not own it.
class TranscriptWriter
{
    Q_DISABLE_COPY_MOVE(TranscriptWriter)
public:
    /// A writer for the format, writing to device.
    static std::unique_ptr<TranscriptWriter> create(TranscriptFormat::Format format, QIODevice *device);

    virtual ~TranscriptWriter();

    /// Writes the file header; description says what the transcript is of (may be empty).
    bool begin(const QString &description = {});
    /// Writes one event with its payload, describing its session and connection first when needed. When
    /// event.payloadLoss is set, payload is ignored: the event is marked as missing event.payloadSize bytes,
    /// for that reason.
    bool write(const CaptureEvent &event, const QByteArray &payload, const SessionInfo &session,
        const ConnectionInfo &connection);
    /// Writes one row of a store (payload and facts taken from it).
    bool write(const CaptureStore &store, qint64 row);
    /// Hands written bytes to the operating system (QFileDevice::flush), so a kill -9 keeps them.
    bool flush();

    /// Why the last write failed.
    QString errorString() const { return m_errorString; }
    QIODevice *device() const { return m_device; }

protected:
    explicit TranscriptWriter(QIODevice *device);

    virtual bool writeHeader(const QString &description) = 0;
    virtual bool writeSession(const SessionInfo &info) = 0;
    virtual bool writeConnection(const ConnectionInfo &info) = 0;
    virtual bool writeEvent(const CaptureEvent &event, const QByteArray &payload) = 0;

    /// Writes all bytes or records the device's error.
    bool put(const char *data, qint64 size);
    bool put(const QByteArray &bytes) { return put(bytes.constData(), bytes.size()); }
    bool fail(const QString &message);

    /// The facts written last for an id (empty if none yet).
    SessionInfo knownSession(quint32 id) const { return m_sessions.value(id); }
    ConnectionInfo knownConnection(quint32 id) const { return m_connections.value(id); }

private:
    QIODevice *m_device = nullptr;
    QString m_errorString;
    QHash<quint32, SessionInfo> m_sessions;
    QHash<quint32, ConnectionInfo> m_connections;
};

} // namespace Sockbench
