#!/usr/bin/env bash
# Packet Sender (Debian's packetsender) beside `sockbench listen -u --discard` and `nc -u -l`, fed the same
# UDP flood by bench/udpsender.cpp on loopback, for issue 11's "its figure beside ours":
#
#   bench/packetsender.sh [SIZE...]   for each SIZE (64 1400) and each RATE (RATES: "0 100000 20000"; 0 is as
#                                     fast as the sender goes), COUNT (100000) datagrams into each receiver.
#
# Packet Sender has no receiving command line (its console mode only sends), so its window is started under
# `xvfb-run -a`, with a settings file that puts its UDP server on 127.0.0.1:PORT and turns its TCP and SSL
# servers off. It starts only where `xset` is installed (Debian: x11-xserver-utils): without it, it says
# "Cannot open display" even with a display, for it runs `xset q` to look for one.
#
# What each receiver read is counted the same way for all three, from the kernel: COUNT minus the drops of its
# socket (/proc/net/udp) minus what is still queued when it has gone quiet. "drained" is how long after the
# sender's last datagram the socket's queue took to empty (a receiver that freezes shows it here).
#
# SOCKBENCH and UDPSENDER (binaries) from the environment.
set -euo pipefail
shopt -s inherit_errexit

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sockbench=${SOCKBENCH:-$here/../build/default/app/sockbench}
udpsender=${UDPSENDER:-$(dirname "$sockbench")/../bench/sockbench-udpsender}
count=${COUNT:-100000}
read -r -a rates <<<"${RATES:-0 100000 20000}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(64 1400)

die() { echo "packetsender: $*" >&2; exit 1; }
for binary in "$sockbench" "$udpsender"; do
    [ -x "$binary" ] || die "no $binary (cmake --build --preset default --target sockbench sockbench-udpsender)"
done
for tool in packetsender xvfb-run xset nc python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian: packetsender xvfb x11-xserver-utils netcat-openbsd)"
done

work=$(mktemp -d)
receiver_pid=
cleanup() {
    [ -n "$receiver_pid" ] && stop_receiver
    rm -rf "$work"
}
trap cleanup EXIT

free_udp_port() {
    python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# "QUEUED DROPS" of the UDP socket bound to 127.0.0.1:port, from /proc/net/udp (rx_queue in bytes).
socket_state() {
    local hex
    hex=$(printf '0100007F:%04X' "$1")
    local state queued drops
    state=$(awk -v local="$hex" '$2 == local { split($5, q, ":"); print q[2], $13; exit }' /proc/net/udp)
    [ -n "$state" ] || { echo "- -"; return; }
    read -r queued drops <<<"$state"
    echo "$((16#$queued)) $drops"
}

wait_bound() {
    for _ in $(seq 1 200); do
        [ "$(socket_state "$1")" != "- -" ] && return 0
        sleep 0.05
    done
    return 1
}

start_receiver() { # NAME PORT
    case $1 in
    packetsender)
        local home=$work/home
        mkdir -p "$home/.local/share/PacketSender"
        printf '[General]\nudpPort=%s\ntcpPort=0\nsslPort=0\nudpServerEnable=true\ntcpServerEnable=false\nsslServerEnable=false\nipMode=127.0.0.1\n' \
            "$2" >"$home/.local/share/PacketSender/ps_settings.ini"
        HOME=$home setsid xvfb-run -a -s "-screen 0 1366x768x24" packetsender >"$work/ps.log" 2>&1 &
        ;;
    sockbench) setsid "$sockbench" listen -u -k --discard "$2" >/dev/null 2>"$work/sockbench.log" & ;;
    nc) setsid nc -u -l 127.0.0.1 "$2" >/dev/null 2>&1 & ;;
    esac
    receiver_pid=$!
    wait_bound "$2" || { cat "$work"/*.log >&2 2>/dev/null; die "$1 did not bind 127.0.0.1:$2"; }
    sleep 1 # let a window finish starting
}

stop_receiver() {
    kill -- -"$receiver_pid" 2>/dev/null || true
    wait "$receiver_pid" 2>/dev/null || true
    receiver_pid=
}

printf '%-12s %5s %9s %9s %9s %9s %8s  %s\n' receiver size rate sent read dropped ratio drained
for size in "${sizes[@]}"; do
    for rate in "${rates[@]}"; do
        for receiver in packetsender sockbench nc; do
            port=$(free_udp_port)
            start_receiver "$receiver" "$port"
            read -r _ drops_before <<<"$(socket_state "$port")"
            "$udpsender" "$port" "$count" "$size" "$rate" >/dev/null
            sent_at=$EPOCHREALTIME
            # Quiet: the queue empty, or 20 s after the last datagram (a frozen receiver).
            drained=-
            for _ in $(seq 1 400); do
                read -r queued _ <<<"$(socket_state "$port")"
                if [ "$queued" = 0 ]; then
                    drained=$(awk -v from="$sent_at" -v to="$EPOCHREALTIME" 'BEGIN { printf "%.2f s", to - from }')
                    break
                fi
                sleep 0.05
            done
            read -r queued drops <<<"$(socket_state "$port")"
            dropped=$((drops - drops_before))
            # What is still queued, in datagrams: the kernel counts each with its buffer's truesize; a
            # 64-byte datagram takes 832 bytes here, a 1,400-byte one 2,304 (see README, "UDP").
            left=0
            if [ "$queued" != 0 ]; then
                truesize=$((size <= 64 ? 832 : 2304))
                left=$((queued / truesize))
            fi
            got=$((count - dropped - left))
            [ "$drained" = - ] && drained="not drained after 20 s ($left left)"
            printf '%-12s %5d %9s %9d %9d %9d %8.2f  %s\n' "$receiver" "$size" \
                "$([ "$rate" = 0 ] && echo full || echo "$rate/s")" "$count" "$got" "$dropped" \
                "$(awk -v got="$got" -v count="$count" 'BEGIN { print got / count }')" "$drained"
            stop_receiver
        done
    done
done
