#pragma once

#include "transcriptwriter.h"

#include <memory>
#include <unordered_map>

namespace Sockbench {

/// Writes a capture as pcapng that Wireshark and tshark read as ordinary TCP traffic, and that PcapngReader
/// reads back without loss.
///
/// A UDP connection (ConnectionInfo::transport) is one UDP packet per datagram between its real endpoints,
/// an empty datagram included; its lifecycle steps are records only.
///
/// Each connection becomes a synthetic TCP conversation between its real endpoints on one LINKTYPE_RAW
/// interface with nanosecond timestamps: a three-way handshake when it is connected or accepted, data split
/// into segments of at most Pcapng::MaxSegment bytes with consistent sequence and acknowledgement numbers,
/// FIN for each half-close, RST for an error or an abort; IPv4 and TCP checksums are computed. Sockbench's
/// own facts (sessions, connections, every event with its two clocks) are records in a custom option of an
/// event's first packet, or in a custom block when the event has no packet (session events, connections
/// without IP endpoints: these carry their payload in the record). Lifecycle steps are also packet comments,
/// so Wireshark shows them.
///
/// Every event is written as whole blocks, so a file cut anywhere reads back up to its last whole block.
class PcapngWriter final : public TranscriptWriter
{
public:
    explicit PcapngWriter(QIODevice *device);
    ~PcapngWriter() override;

protected:
    bool writeHeader(const QString &description) override;
    bool writeSession(const SessionInfo &info) override;
    bool writeConnection(const ConnectionInfo &info) override;
    bool writeEvent(const CaptureEvent &event, const QByteArray &payload) override;

private:
    struct Flow;
    enum class From { Local, Peer };

    bool writeCustom(const QByteArray &record, const QByteArray &inlinePayload = {});
    bool writePacket(Flow &flow, From from, quint8 flags, qint64 wallClockNs, const char *payload, int size,
        const QString &comment = {});
    bool writeDatagram(Flow &flow, From from, qint64 wallClockNs, const char *payload, int size);
    /// One enhanced packet block: the headers, the payload, the comment and any pending record.
    bool writeFrame(const uchar *headers, int headerLength, const char *payload, int size, qint64 wallClockNs,
        const QString &comment);
    bool writeConnectionPackets(Flow &flow, const CaptureEvent &event, const QByteArray &payload);
    Flow *flowFor(quint32 connectionId);

    std::unordered_map<quint32, std::unique_ptr<Flow>> m_flows;
    QByteArray m_pendingRecord; ///< Goes on the next packet written, if any.
};

} // namespace Sockbench
