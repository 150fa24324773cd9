#!/usr/bin/env python3
"""Hand-built seeds for tests/fuzz/corpus: pcaps of every link type in both byte orders, JSON Lines edge cases,
payload parser texts and SocketStream scripts. Called by make-seeds."""
import struct
import sys
from pathlib import Path

corpus = Path(sys.argv[1])


def tcp(sport, dport, seq, flags, payload):
    return struct.pack(">HHIIBBHHH", sport, dport, seq, 0, 5 << 4, flags, 65535, 0, 0) + payload


def ipv4(client, segment):
    a, b = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
    src, dst = (a, b) if client else (b, a)
    return struct.pack(">BBHHHBBH", 0x45, 0, 20 + len(segment), 0, 0x4000, 64, 6, 0) + src + dst + segment


def ipv6(client, segment):
    a, b = bytes.fromhex("fd00" + "00" * 13 + "01"), bytes.fromhex("fd00" + "00" * 13 + "02")
    src, dst = (a, b) if client else (b, a)
    return struct.pack(">IHBB", 0x60000000, len(segment), 6, 64) + src + dst + segment


def conversation(v6):
    packets = [(True, 100, 0x02, b""), (False, 500, 0x12, b""), (True, 101, 0x18, b"hello\r\n"),
               (True, 101, 0x18, b"hello\r\n"), (False, 501, 0x18, b"world\x00\xff"), (True, 108, 0x11, b""),
               (False, 508, 0x14, b"")]
    for client, seq, flags, payload in packets:
        segment = tcp(4000, 80, seq, flags, payload) if client else tcp(80, 4000, seq, flags, payload)
        yield client, (ipv6 if v6 else ipv4)(client, segment), v6


def frame(link, client, ip, v6):
    ethertype = struct.pack(">H", 0x86DD if v6 else 0x0800)
    if link == 1:
        return b"\x02" * 12 + ethertype + ip
    if link == 113:
        return struct.pack(">HHH", 4 if client else 0, 1, 6) + b"\x02" * 8 + ethertype + ip
    if link == 276:
        return ethertype + struct.pack(">HIHBB", 0, 1, 1, 0, 6) + b"\x02" * 8 + ip
    if link == 0:
        return struct.pack("<I", 30 if v6 else 2) + ip
    return ip


def pcap(link, v6, big, nano):
    order = ">" if big else "<"
    out = struct.pack(order + "IHHiIII", 0xA1B23C4D if nano else 0xA1B2C3D4, 2, 4, 0, 0, 262144, link)
    for i, (client, ip, v6) in enumerate(conversation(v6)):
        f = frame(link, client, ip, v6)
        out += struct.pack(order + "IIII", 1714564800, (i + 1) * (1000 if not nano else 1000000), len(f), len(f)) + f
    return out


for link, name in [(1, "ethernet"), (113, "sll"), (276, "sll2"), (0, "null"), (101, "raw"), (228, "ipv4"), (229, "ipv6")]:
    for v6 in ([False, True] if link not in (228, 229) else [link == 229]):
        for big in (False, True):
            nano = big and link in (1, 276)
            path = corpus / "pcap" / f"{name}-{'v6' if v6 else 'v4'}-{'be' if big else 'le'}{'-ns' if nano else ''}.pcap"
            path.write_bytes(pcap(link, v6, big, nano))

(corpus / "pcap" / "header-only.pcap").write_bytes(pcap(1, False, False, False)[:24])

jsonl = corpus / "jsonlines"
header = b'{"type":"header","format":"sockbench-transcript","version":1,"description":"seed"}\n'
(jsonl / "header-only.jsonl").write_bytes(header)
(jsonl / "events.jsonl").write_bytes(
    header
    + b'{"type":"session","id":1,"role":"server","name":"Echo \\u00e9","started_ns":1714564800000000000}\n'
    + b'{"type":"connection","id":1,"session":1,"local":"[::1]:9999","peer":"[::1]:50000"}\n'
    + b'{"type":"connection","id":2,"session":1,"local":"127.0.0.1:9999","peer":""}\n'
    + b'{"type":"event","mono_ns":5,"wall_ns":1714564800000000005,"kind":"accepted","direction":"","session":1,"connection":1,"size":12,"payload":"Wzo6MV06NTAwMDA="}\n'
    + b'{"type":"event","mono_ns":6,"wall_ns":1714564800000000006,"kind":"data","direction":"in","session":1,"connection":1,"size":5,"payload":"aGVsbG8="}\n'
    + b'{"type":"future","x":1}\n'
    + b'{"type":"event","mono_ns":7,"wall_ns":-1,"kind":"closed","direction":"","session":1,"connection":1,"size":0,"payload":""}')

pp = corpus / "payloadparser"
for i, text in enumerate(["hello\\r\\n", "\\x48\\x65\\x6c", "\\0\\a\\b\\f\\v\\e\\\"\\'\\\\", "48 65 6c 6c 6f", "0x48,0x65:6c-6c",
                          "\\x4", "caf\u00e9 \U0001f600", "abc\\q", "4865 6", "\\"]):
    (pp / f"text-{i}.txt").write_bytes(b"\x00" + text.encode("utf-8"))
(pp / "utf16-surrogate.txt").write_bytes(b"\x01" + "a\\x41".encode("utf-16-le") + b"\x00\xd8")

ss = corpus / "socketstream"
# steps-1, one byte a step (kind in the low two bits: line, count, delimiter, end), chunk size byte, bytes.
(ss / "lines.bin").write_bytes(bytes([2, 0, 0, 3, 7]) + b"first\r\nsecond\nthird")
(ss / "counts.bin").write_bytes(bytes([3, 1 | (5 << 2), 1 | (0 << 2), 1 | (39 << 2), 3, 3]) + b"0123456789" * 3)
(ss / "delimiters.bin").write_bytes(bytes([4, 2 | (1 << 2), 2 | (2 << 2), 2 | (3 << 2), 2, 3, 5]) + b"a;b\r\ncabcd\nrest")
(ss / "empty.bin").write_bytes(bytes([0, 3, 1]))
