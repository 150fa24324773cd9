#!/usr/bin/env bash
# Transcript speed: record a large transfer with --transcript (journaled pcapng), then open and save it again
# with `sockbench transcript convert`, against `cp` of the same file as the reference ratio.
#
#   bench/transcript.sh [SOCKBENCH] [MIB]      (defaults: build/default/app/sockbench, 1024 MiB)
# Needs nc (netcat-openbsd). Peak memory comes from /usr/bin/time when it is installed.
set -euo pipefail

sockbench=${1:-build/default/app/sockbench}
mib=${2:-1024}
work=$(mktemp -d "${TMPDIR:-/tmp}/sockbench-transcript-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
timed() { # label, command...: runs the command, prints its time and peak memory when /usr/bin/time exists
    local label=$1
    shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "$label: %e s, peak %M KiB" "$@"
    else
        local start end
        start=$(now)
        "$@"
        end=$(now)
        echo "$label: $(elapsed "$start" "$end") s"
    fi
}

echo "payload: $mib MiB of random bytes"
head -c "$((mib * 1024 * 1024))" /dev/urandom > "$work/payload"

# record: the same transfer without and with a transcript; the difference is the journal's cost.
record() { # transcript-flag...
    "$sockbench" listen --discard "$@" 0 2> "$work/listen.err" < /dev/null > /dev/null &
    local pid=$!
    for _ in $(seq 100); do grep -q 'listening on' "$work/listen.err" 2>/dev/null && break; sleep 0.05; done
    local port
    port=$(grep -o '[0-9]*$' "$work/listen.err" | head -1)
    local start end
    start=$(now)
    nc -N 127.0.0.1 "$port" < "$work/payload" > /dev/null
    wait "$pid"
    end=$(now)
    elapsed "$start" "$end"
}
plain=$(record)
journaled=$(record --transcript "$work/big.pcapng")
size=$(stat -c %s "$work/big.pcapng")
echo "transfer without transcript:  $plain s"
echo "transfer with --transcript:   $journaled s  (x$(ratio "$journaled" "$plain"); file $((size / 1024 / 1024)) MiB)"

sync
start=$(now); cp "$work/big.pcapng" "$work/cp.pcapng"; sync; end=$(now)
copy=$(elapsed "$start" "$end")
rm -f "$work/cp.pcapng"
echo "cp of the transcript:         $copy s"

start=$(now)
timed "open + save (pcapng -> pcapng)" "$sockbench" transcript convert "$work/big.pcapng" "$work/copy.pcapng"
sync
end=$(now)
convert=$(elapsed "$start" "$end")
echo "open + save:                  $convert s  (x$(ratio "$convert" "$copy") of cp)"
rm -f "$work/copy.pcapng"

start=$(now)
timed "open only (show as pcapng to /dev/null)" "$sockbench" transcript show --format pcapng "$work/big.pcapng" > /dev/null
end=$(now)
echo "open + stream out:            $(elapsed "$start" "$end") s"
