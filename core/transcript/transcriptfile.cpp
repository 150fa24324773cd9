#include "transcriptfile.h"

#include "capture/capturestore.h"
#include "deviceerror.h"
#include "transcriptreader.h"
#include "transcriptwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <memory>

namespace Sockbench::TranscriptFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sockbench::TranscriptFile", text);
}

bool selected(const CaptureEvent &event, const TranscriptSelection &selection)
{
    return (selection.sessionId == 0 || event.sessionId == selection.sessionId)
        && (selection.connectionId == 0 || event.connectionId == selection.connectionId);
}

} // namespace

TranscriptFormat::Format readFamily(TranscriptReader::Input input)
{
    return input == TranscriptReader::Input::JsonLines ? TranscriptFormat::Format::JsonLines
                                                       : TranscriptFormat::Format::Pcapng;
}

bool save(const CaptureStore &store, const QString &path, QString *error,
    const TranscriptSelection &selection, std::optional<TranscriptFormat::Format> format,
    const QString &description)
{
    if (!format)
        format = TranscriptFormat::fromPath(path);
    if (!format) {
        *error = tr("cannot tell the format of '%1' from its name (use .pcapng, .txt, .hex or .jsonl)")
                     .arg(path);
        return false;
    }
    // A device or a pipe cannot be replaced atomically (nor should it be: /dev/full is not ours to rename
    // over).
    const QFileInfo info(path);
    const bool direct = info.exists() && !info.isFile();
    std::unique_ptr<QFileDevice> device;
    if (direct)
        device = std::make_unique<QFile>(path);
    else
        device = std::make_unique<QSaveFile>(path);
    if (!device->open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, device->errorString());
        return false;
    }
    // Captured traffic may hold credentials: a new transcript is for its owner only (QSaveFile would make it
    // 0666 less the umask). A file that existed keeps the mode its owner gave it.
    if (!direct && !info.exists()
        && !device->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("cannot write %1: %2").arg(path, device->errorString());
        return false;
    }
    const auto writer = TranscriptWriter::create(*format, device.get());
    bool ok = writer->begin(description);
    const qint64 count = store.count();
    if (!selection.rows.isEmpty()) {
        for (const qint64 row : selection.rows) {
            if (!ok)
                break;
            if (row < 0 || row >= count) {
                *error = tr("cannot write %1: row %2 is not in the capture").arg(path).arg(row);
                return false; // QSaveFile discards its temporary file
            }
            ok = writer->write(store, row);
        }
    } else {
        for (qint64 row = 0; ok && row < count; ++row) {
            if (selected(store.event(row), selection))
                ok = writer->write(store, row);
        }
    }
    if (ok)
        ok = writer->flush();
    if (!ok) {
        *error = tr("cannot write %1: %2").arg(path, writer->errorString());
        return false;
    }
    if (auto *saveFile = dynamic_cast<QSaveFile *>(device.get())) {
        errno = 0;
        if (!saveFile->commit()) {
            const int reason = errno;
            *error = tr("cannot write %1: %2").arg(path, DeviceError::describe(saveFile, reason));
            return false;
        }
    } else {
        errno = 0;
        device->close();
        if (device->error() != QFileDevice::NoError) {
            const int reason = errno;
            *error = tr("cannot write %1: %2").arg(path, DeviceError::describe(device.get(), reason));
            return false;
        }
    }
    return true;
}

TranscriptOpenResult open(const QString &path, CaptureStore *store)
{
    TranscriptOpenResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorString = tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    const std::optional<TranscriptReader::Input> input
        = TranscriptReader::sniff(&file, path, &result.errorString);
    if (!input)
        return result;
    result.input = *input;
    result.format = readFamily(*input);
    const std::unique_ptr<TranscriptReader> reader = TranscriptReader::create(*input, store);
    result.complete = reader->read(&file);
    result.errorString = reader->errorString();
    result.events = reader->eventsRead();
    result.foreign = reader->isForeign();
    return result;
}

} // namespace Sockbench::TranscriptFile
