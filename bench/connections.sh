#!/usr/bin/env bash
# Many clients at once against `sockbench listen -k --echo`, on loopback, with bench/connclients.cpp as the
# clients. Two modes:
#
#   bench/connections.sh [echo]   CLIENTS (10000) clients each echo BYTES (16384) at once, against sockbench and
#                                 against build/default/bench/sockbench-echoref (a bare epoll echo server, the
#                                 machine's limit), RUNS (3) rounds interleaved: wall time, p99 completion, the
#                                 server's peak RSS, bytes lost; ratio echoref time / sockbench time.
#   bench/connections.sh hold     HOLD_CLIENTS (1000) clients each send HOLD_BYTES (8 MiB) and never read, for
#                                 HOLD_SECONDS (10), then leave: sockbench's RSS sampled every 100 ms, before,
#                                 during and after, against its global bound on held bytes (256 MiB).
#
# SOCKBENCH, ECHOREF and CONNCLIENTS (binaries) from the environment. Needs `ulimit -n` of CLIENTS + 100 (this
# machine allows 20,000 a process); the script raises its own soft limit.
set -euo pipefail
shopt -s inherit_errexit

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=${1:-echo}
sockbench=${SOCKBENCH:-$here/../build/default/app/sockbench}
echoref=${ECHOREF:-$(dirname "$sockbench")/../bench/sockbench-echoref}
connclients=${CONNCLIENTS:-$(dirname "$sockbench")/../bench/sockbench-connclients}
clients=${CLIENTS:-10000}
bytes=${BYTES:-16384}
runs=${RUNS:-3}
hold_clients=${HOLD_CLIENTS:-1000}
hold_bytes=${HOLD_BYTES:-$((8 * 1024 * 1024))}
hold_seconds=${HOLD_SECONDS:-10}
bound_mib=256

die() { echo "connections: $*" >&2; exit 1; }
for binary in "$sockbench" "$echoref" "$connclients"; do
    [ -x "$binary" ] || die "no $binary (cmake --build --preset default --target sockbench sockbench-echoref sockbench-connclients)"
done
if [ "$mode" = hold ]; then need=$((hold_clients + 100)); else need=$((clients + 100)); fi
ulimit -n "$need" 2>/dev/null || ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" -ge "$need" ] || die "ulimit -n is $(ulimit -n); $need descriptors are needed"

work=$(mktemp -d)
server_pid=
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap 'stop_server; rm -rf "$work"' EXIT

kib() { awk '/^'"$2"':/ { print $2 }' "/proc/$1/status"; } # VmRSS or VmHWM of a process, in KiB
mib() { awk "BEGIN { printf \"%.1f\", $1 / 1024 }"; }

# Starts one server; sets server_pid and port.
start_server() {
    local what=$1
    : >"$work/server.err"
    if [ "$what" = sockbench ]; then
        "$sockbench" listen -k --echo 0 2>"$work/server.err" &
        server_pid=$!
        for _ in $(seq 100); do
            port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.err")
            [ -n "$port" ] && return 0
            sleep 0.05
        done
    else
        "$echoref" 0 >"$work/server.out" &
        server_pid=$!
        for _ in $(seq 100); do
            port=$(head -n 1 "$work/server.out")
            [ -n "$port" ] && return 0
            sleep 0.05
        done
    fi
    die "$what did not start listening: $(cat "$work/server.err")"
}

field() { sed -n 's/.*\b'"$1"'=\([^ ]*\).*/\1/p' <<<"$2"; }

if [ "$mode" = echo ]; then
    declare -A times p99s rss lost
    for run in $(seq "$runs"); do
        for server in sockbench echoref; do
            start_server "$server"
            line=$("$connclients" --clients "$clients" --bytes "$bytes" --timeout 120 127.0.0.1 "$port") || true
            peak=$(kib "$server_pid" VmHWM)
            stop_server
            [ -n "$(field total_ms "$line")" ] || die "$server run $run: no result from the clients"
            echo "$server run $run: $line peak_rss_kib=$peak" >&2
            [ "$(field completed "$line")" = "$clients" ] || echo "connections: $server run $run: not every client completed" >&2
            times[$server]+="$(field total_ms "$line") "
            p99s[$server]+="$(field p99_ms "$line") "
            rss[$server]+="$peak "
            lost[$server]=$(( ${lost[$server]:-0} + $(field lost_bytes "$line") + $(field failed "$line") * bytes ))
            sleep 1 # let the previous run's TIME_WAIT sockets and descriptors settle
        done
    done
    best() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | head -n 1; }
    median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
    worst() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | tail -n 1; }
    echo "$clients clients x $bytes bytes echo, $runs runs; load: $(uptime | sed 's/.*load average: //')"
    printf '%-10s %10s %10s %12s %14s %12s\n' server "best s" "median s" "median p99 ms" "peak RSS MiB" "bytes lost"
    for server in sockbench echoref; do
        printf '%-10s %10.2f %10.2f %12s %14s %12s\n' "$server" \
            "$(awk "BEGIN { print $(best "${times[$server]}") / 1000 }")" \
            "$(awk "BEGIN { print $(median "${times[$server]}") / 1000 }")" \
            "$(median "${p99s[$server]}")" "$(mib "$(worst "${rss[$server]}")")" "${lost[$server]}"
    done
    printf '\nratio echoref/sockbench time, best %.2f  median %.2f   (goal >= 0.8)\n' \
        "$(awk "BEGIN { print $(best "${times[echoref]}") / $(best "${times[sockbench]}") }")" \
        "$(awk "BEGIN { print $(median "${times[echoref]}") / $(median "${times[sockbench]}") }")"
    exit 0
fi

[ "$mode" = hold ] || die "the mode is echo or hold, not '$mode'"
start_server sockbench
sleep 0.5
baseline=$(kib "$server_pid" VmRSS)
: >"$work/samples"
(
    while kill -0 "$server_pid" 2>/dev/null; do
        echo "$(date +%s.%N) $(kib "$server_pid" VmRSS)" >>"$work/samples"
        sleep 0.1
    done
) &
sampler=$!
line=$("$connclients" --clients "$hold_clients" --bytes "$hold_bytes" --hold "$hold_seconds" --timeout 120 \
    127.0.0.1 "$port") || true
left=$(date +%s.%N)
echo "clients: $line" >&2
sleep 8
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
stop_server

peak=$(awk -v left="$left" '$1 <= left && $2 > m { m = $2 } END { print m + 0 }' "$work/samples")
after1=$(awk -v t="$left" '$1 >= t + 1 { print $2; exit }' "$work/samples")
after5=$(awk -v t="$left" '$1 >= t + 5 { print $2; exit }' "$work/samples")
# Fallen back: within 32 MiB of the baseline (an eighth of the bound) from then on, to the end of sampling.
back=$(awk -v t="$left" -v b="$baseline" '$1 >= t { last = $1; if ($2 > b + 32768) above = $1 }
    END { if (above == "") above = t; if (above < last) printf "%.1f", above - t + 0.1 }' "$work/samples")
echo "$hold_clients clients x $hold_bytes bytes, never reading, held $hold_seconds s; load: $(uptime | sed 's/.*load average: //')"
printf '%-28s %10s\n' "sockbench RSS" MiB
printf '%-28s %10s\n' "baseline (before)" "$(mib "$baseline")"
printf '%-28s %10s\n' "peak (while they hold)" "$(mib "$peak")"
printf '%-28s %10s\n' "bound + baseline" "$(mib $((bound_mib * 1024 + baseline)))"
printf '%-28s %10s\n' "1 s after they left" "$(mib "${after1:-0}")"
printf '%-28s %10s\n' "5 s after they left" "$(mib "${after5:-0}")"
printf '%-28s %10s\n' "clients sent (MiB, kernel)" "$(mib $(( $(field sent_bytes "$line") / 1024 )))"
printf '\nunder the bound + baseline: %s;  back within 32 MiB of the baseline after: %s s (goal <= 5)\n' \
    "$([ "$peak" -le $((bound_mib * 1024 + baseline)) ] && echo yes || echo NO)" "${back:-never}"
