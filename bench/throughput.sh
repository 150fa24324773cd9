#!/usr/bin/env bash
# Throughput of `sockbench connect` and `sockbench listen` against nc (netcat-openbsd) on loopback, with socat
# sending the bytes. Prints MiB/s and peak RSS per tool and role, and the ratio sockbench/nc per role.
#
# Without a transcript, sockbench keeps no payload (counts and lifecycle only), like nc: `sockbench` against
# `nc`. With `--transcript x.pcapng` (tool `sb-pcapng`) it keeps every byte in that file, so it is measured
# against receivers that keep every byte too, in the same run: nc writing to a file in the same directory
# (`nc-keep`), the same until its file is on disk (`nc-sync`: `sync FILE` after nc, timed: `nc > file` leaves the
# whole transfer dirty in the page cache when it exits, below the kernel's dirty limits, while a transcript's
# bytes are on disk or being written back), what that disk takes alone with O_DIRECT (dd), and for connect keep-ref:
# build/default/bench/sockbench-keepreceiver, a bare receiver that keeps every byte (recv into a ring, O_DIRECT
# from a second thread; no copy, no Qt), what this machine allows for the job. sb-direct is sb-pcapng with its
# page-cache window off (SOCKBENCH_TRANSCRIPT_WINDOW_MIB=0: every block with O_DIRECT, the design before the
# window), so each run compares the two designs too.
#
# TLS rows: TLS_SIZE MiB (default 1024) from `socat OPENSSL-LISTEN` into `sockbench connect --tls --insecure` and
# into `socat -u OPENSSL:...,verify=0`, both to /dev/null (sockbench's capture on, as always: counts and lifecycle),
# with a certificate made here by openssl; then the handshake time sockbench reports (--verbose), median of 5.
# TLS=0 skips them, TLS=only runs only them.
#
#   bench/throughput.sh [SIZE_MIB]        SIZE (MiB, default 2048), RUNS (default 3), SOCKBENCH (binary) from env
set -euo pipefail
shopt -s inherit_errexit

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
size_mib=${1:-${SIZE:-2048}}
runs=${RUNS:-3}
sockbench=${SOCKBENCH:-$here/../build/default/app/sockbench}
keepreceiver=${KEEPRECEIVER:-$(dirname "$sockbench")/../bench/sockbench-keepreceiver}
block=262144 # socat's buffer: large, so the sender is not what limits
bytes=$((size_mib * 1024 * 1024))

die() { echo "throughput: $*" >&2; exit 1; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; } # no bc on a minimal Debian
[[ $size_mib =~ ^[1-9][0-9]*$ ]] || die "SIZE must be a whole number of MiB, not '$size_mib'"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a whole number, not '$runs'"
[ -x "$sockbench" ] || die "no sockbench at $sockbench (build it, or set SOCKBENCH)"
for tool in nc socat ss /usr/bin/time; do
    command -v "$tool" >/dev/null || die "$tool is missing (scripts/install-deps bench installs it)"
done

work=$(mktemp -d)
trap 'jobs -p | xargs -r kill 2>/dev/null || true; rm -rf "$work"' EXIT

# A free high port: random, checked against what listens now (nc cannot pick port 0 and tell us reliably).
free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 40000))
        if [ -z "$(ss -Htan "sport = :$port")" ]; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

wait_listening() {
    for _ in $(seq 400); do
        [ -n "$(ss -Htln "sport = :$1")" ] && return 0
        sleep 0.025
    done
    die "nothing listens on port $1"
}

client_command() { # tool port
    case $1 in
    sockbench) echo "$sockbench connect 127.0.0.1 $2" ;;
    sb-pcapng) echo "$sockbench connect --transcript $work/x.pcapng 127.0.0.1 $2" ;;
    sb-direct) echo "env SOCKBENCH_TRANSCRIPT_WINDOW_MIB=0 $sockbench connect --transcript $work/x.pcapng 127.0.0.1 $2" ;;
    nc | nc-keep | nc-sync) echo "nc -d 127.0.0.1 $2" ;; # -d: never read stdin, read the socket until socat closes
    keep-ref) echo "$keepreceiver 127.0.0.1 $2 $work" ;;
    esac
}

server_command() { # tool port
    case $1 in
    sockbench) echo "$sockbench listen $2" ;;
    sb-pcapng) echo "$sockbench listen --transcript $work/x.pcapng $2" ;;
    sb-direct) echo "env SOCKBENCH_TRANSCRIPT_WINDOW_MIB=0 $sockbench listen --transcript $work/x.pcapng $2" ;;
    nc | nc-keep | nc-sync) echo "nc -l -d 127.0.0.1 $2" ;;
    esac
}

# Where a tool's standard output goes when not counted: nc-keep and nc-sync write a file beside the transcript.
sink_file() { case $1 in nc-keep | nc-sync) echo "$work/kept" ;; *) echo /dev/null ;; esac; }
# nc-sync's time includes putting its file on disk.
sync_kept() { if [ "$1" = nc-sync ]; then sync "$work/kept"; fi; }

# What the page cache holds that is not yet on disk, in KiB (the whole machine's: other writers add noise).
not_on_disk() { awk '/^(Dirty|Writeback):/ { sum += $2 } END { print sum + 0 }' /proc/meminfo; }

# Each measurement prints "seconds peak_rss_kib user_s system_s left_kib", left: how much more of the page
# cache was not yet on disk when the tool exited than when it started (nc-keep: its whole file; sb-pcapng:
# what its window still held); with sink=count, the bytes received must equal SIZE.
measure_connect() { # tool sink
    local port start end sender base left
    port=$(free_port)
    socat -u -b "$block" "OPEN:/dev/zero,readbytes=$bytes" "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr" &
    sender=$!
    wait_listening "$port"
    base=$(not_on_disk)
    start=$(date +%s.%N)
    # shellcheck disable=SC2046 # the command is split on purpose
    if [ "$2" = count ]; then
        /usr/bin/time -f "%M %U %S" -o "$work/rss" $(client_command "$1" "$port") </dev/null | wc -c >"$work/count" ||
            die "$1 connect failed"
    else
        /usr/bin/time -f "%M %U %S" -o "$work/rss" $(client_command "$1" "$port") </dev/null >"$(sink_file "$1")" ||
            die "$1 connect failed"
    fi
    left=$(($(not_on_disk) - base))
    sync_kept "$1"
    end=$(date +%s.%N)
    wait "$sender" || die "socat (sender) failed against $1 connect"
    report "$1 connect" "$2" "$start" "$end" "$left"
}

measure_listen() { # tool sink
    local port start end listener base left
    port=$(free_port)
    # shellcheck disable=SC2046
    if [ "$2" = count ]; then
        { /usr/bin/time -f "%M %U %S" -o "$work/rss" $(server_command "$1" "$port") </dev/null | wc -c >"$work/count"; } &
    else
        /usr/bin/time -f "%M %U %S" -o "$work/rss" $(server_command "$1" "$port") </dev/null >"$(sink_file "$1")" &
    fi
    listener=$!
    wait_listening "$port"
    base=$(not_on_disk)
    start=$(date +%s.%N)
    socat -u -b "$block" "OPEN:/dev/zero,readbytes=$bytes" "TCP:127.0.0.1:$port" || die "socat (sender) failed against $1 listen"
    wait "$listener" || die "$1 listen failed"
    left=$(($(not_on_disk) - base))
    sync_kept "$1"
    end=$(date +%s.%N)
    report "$1 listen" "$2" "$start" "$end" "$left"
}

report() { # what sink start end left_kib
    if [ "$2" = count ]; then
        local received
        received=$(cat "$work/count")
        [ "$received" -eq "$bytes" ] || die "$1 delivered $received bytes, not $bytes"
        if [ -e "$work/x.pcapng" ]; then # the transcript holds every byte, and its headers
            [ "$(stat -c %s "$work/x.pcapng")" -gt "$bytes" ] || die "$1 wrote a transcript smaller than $bytes"
        fi
    fi
    rm -f "$work/kept" "$work/x.pcapng"
    echo "$(calc "$4 - $3") $(tail -n 1 "$work/rss") $(($5 > 0 ? $5 : 0))"
}

tls_mode=${TLS:-1}
tls_mib=${TLS_SIZE:-1024}
[[ $tls_mib =~ ^[1-9][0-9]*$ ]] || die "TLS_SIZE must be a whole number of MiB, not '$tls_mib'"
tls_bytes=$((tls_mib * 1024 * 1024))

tls_client_command() { # tool port
    case $1 in
    sb-tls) echo "$sockbench connect --tls --insecure 127.0.0.1 $2" ;;
    socat-tls) echo "socat -u -b $block OPENSSL:127.0.0.1:$2,verify=0 STDOUT" ;;
    esac
}

measure_tls() { # tool sink
    local port start end sender
    port=$(free_port)
    socat -u -b "$block" "OPEN:/dev/zero,readbytes=$tls_bytes" \
        "OPENSSL-LISTEN:$port,bind=127.0.0.1,reuseaddr,cert=$work/tls.pem,key=$work/tls.key,verify=0" &
    sender=$!
    wait_listening "$port"
    start=$(date +%s.%N)
    # shellcheck disable=SC2046
    if [ "$2" = count ]; then
        /usr/bin/time -f "%M %U %S" -o "$work/rss" $(tls_client_command "$1" "$port") </dev/null 2>/dev/null |
            wc -c >"$work/count" || die "$1 failed"
        [ "$(cat "$work/count")" -eq "$tls_bytes" ] || die "$1 delivered $(cat "$work/count") bytes, not $tls_bytes"
    else
        /usr/bin/time -f "%M %U %S" -o "$work/rss" $(tls_client_command "$1" "$port") </dev/null >/dev/null \
            2>/dev/null || die "$1 failed"
    fi
    end=$(date +%s.%N)
    wait "$sender" || die "socat (TLS sender) failed against $1"
    echo "$(calc "$end - $start") $(tail -n 1 "$work/rss")"
}

# The handshake as sockbench times it (from its start to Finished), over loopback, against socat.
handshake_ms() {
    local port sender
    port=$(free_port)
    socat -u "OPEN:/dev/zero,readbytes=1" \
        "OPENSSL-LISTEN:$port,bind=127.0.0.1,reuseaddr,cert=$work/tls.pem,key=$work/tls.key,verify=0" &
    sender=$!
    wait_listening "$port"
    "$sockbench" connect --tls --insecure --verbose 127.0.0.1 "$port" </dev/null 2>&1 >/dev/null |
        sed -n 's/.*handshake finished in \([0-9.]*\) ms.*/\1/p'
    wait "$sender" || true
}

tls_rows() {
    command -v openssl >/dev/null || die "openssl is missing (scripts/install-deps installs it)"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/tls.key" \
        -out "$work/tls.pem" -days 1 -subj /CN=localhost 2>/dev/null || die "openssl could not make a certificate"
    echo "throughput: TLS, $tls_mib MiB per transfer, $runs runs" >&2
    for tool in sb-tls socat-tls; do
        measure_tls "$tool" count >/dev/null
    done
    declare -A tls_seconds
    for run in $(seq "$runs"); do
        for tool in sb-tls socat-tls; do
            read -r s kib user system <<<"$(measure_tls "$tool" null)"
            tls_seconds[$tool]+="$s "
            printf 'throughput: run %d %-9s %7.0f MiB/s %6.1f MiB RSS %5.2f CPU s/GiB\n' "$run" "$tool" \
                "$(calc "$tls_mib / $s")" "$(calc "$kib / 1024")" "$(calc "($user + $system) * 1024 / $tls_mib")" >&2
        done
    done
    echo
    for tool in sb-tls socat-tls; do
        printf '%-10s %-8s %12.0f %12.0f\n' "$tool" connect "$(calc "$tls_mib / $(best "${tls_seconds[$tool]}")")" \
            "$(calc "$tls_mib / $(median "${tls_seconds[$tool]}")")"
    done
    printf 'ratio %-9s / %-8s %-7s best %.2f  median %.2f   (goal >= 1.0, floor 0.9)\n' sb-tls socat-tls connect \
        "$(calc "$(best "${tls_seconds[socat-tls]}") / $(best "${tls_seconds[sb-tls]}")")" \
        "$(calc "$(median "${tls_seconds[socat-tls]}") / $(median "${tls_seconds[sb-tls]}")")"
    local shakes=""
    for _ in 1 2 3 4 5; do
        shakes+="$(handshake_ms) "
    done
    printf 'handshake (sockbench, TLS 1.3, P-256, loopback) median %.1f ms, best %.1f ms\n' \
        "$(median "$shakes")" "$(best "$shakes")"
}

best() { tr ' ' '\n' <<<"$1" | grep . | sort -g | head -n 1; }
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [ "$tls_mode" = only ]; then
    tls_rows
    exit 0
fi

echo "throughput: $size_mib MiB per transfer, $runs runs, $sockbench" >&2
echo "throughput: checking byte counts..." >&2
for role in connect listen; do
    for tool in sockbench sb-pcapng sb-direct nc; do
        "measure_$role" "$tool" count >/dev/null
    done
done

# What the disk under the transcript takes alone, with O_DIRECT.
disk_ceiling() {
    local start end
    start=$(date +%s.%N)
    dd if=/dev/zero of="$work/disk" bs=4M count=$((size_mib / 4)) oflag=direct status=none || die "dd failed in $work"
    end=$(date +%s.%N)
    rm -f "$work/disk"
    calc "$((size_mib / 4 * 4)) / ($end - $start)"
}

# Interleaved, so a slow moment of the machine does not fall on one tool only.
declare -A seconds rss cpu unwritten
disk=""
tools="sockbench sb-pcapng sb-direct nc nc-keep nc-sync"
[ -x "$keepreceiver" ] && tools+=" keep-ref" # connect only
skip() { [ "$1" = keep-ref ] && [ "$2" = listen ]; }
for run in $(seq "$runs"); do
    disk+="$(disk_ceiling) "
    for role in connect listen; do
        for tool in $tools; do
            skip "$tool" "$role" && continue
            result=$("measure_$role" "$tool" null)
            read -r s kib user system left <<<"$result"
            seconds[$tool.$role]+="$s "
            rss[$tool.$role]+="$kib "
            cpu[$tool.$role]+="$(calc "($user + $system) * 1024 / $size_mib") "
            unwritten[$tool.$role]+="$(calc "$left / 1024") "
            printf 'throughput: run %d %-9s %-7s %7.0f MiB/s %6.1f MiB RSS %5.2f CPU s/GiB %5.0f MiB not on disk\n' \
                "$run" "$tool" "$role" "$(calc "$size_mib / $s")" "$(calc "$kib / 1024")" \
                "$(calc "($user + $system) * 1024 / $size_mib")" "$(calc "$left / 1024")" >&2
        done
    done
done

# Best (shortest) and median time of each, the largest peak RSS.
best() { tr ' ' '\n' <<<"$1" | grep . | sort -g | head -n 1; }
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
largest() { tr ' ' '\n' <<<"$1" | grep . | sort -g | tail -n 1; }

# CPU time (user + system, all threads) per GiB: the one figure a busy machine moves little. Not on disk at
# exit: what the tool left in the page cache for the kernel to write (median; the page cache outlives the
# process, not the machine).
printf '\n%-10s %-8s %12s %12s %14s %14s %14s\n' tool role "best MiB/s" "median MiB/s" "peak RSS MiB" "CPU s/GiB" \
    "at exit MiB"
for role in connect listen; do
    for tool in $tools; do
        skip "$tool" "$role" && continue
        printf '%-10s %-8s %12.0f %12.0f %14.1f %14.2f %14.0f\n' "$tool" "$role" \
            "$(calc "$size_mib / $(best "${seconds[$tool.$role]}")")" \
            "$(calc "$size_mib / $(median "${seconds[$tool.$role]}")")" \
            "$(calc "$(largest "${rss[$tool.$role]}") / 1024")" "$(median "${cpu[$tool.$role]}")" \
            "$(median "${unwritten[$tool.$role]}")"
    done
done
echo
printf '%-10s %-8s %12.0f %12.0f\n' disk "O_DIRECT" "$(tr ' ' '\n' <<<"$disk" | grep . | sort -g | tail -n 1)" \
    "$(median "$disk")"
echo
# Each sockbench against its like: nothing kept against nc, the transcript against the receivers that keep.
for pair in sockbench:nc sb-pcapng:keep-ref sb-pcapng:nc-keep sb-pcapng:nc-sync sb-pcapng:sb-direct sb-direct:nc-keep; do
    tool=${pair%%:*} reference=${pair#*:}
    for role in connect listen; do
        [ -n "${seconds[$reference.$role]:-}" ] || continue
        printf 'ratio %-9s / %-8s %-7s best %.2f  median %.2f\n' "$tool" "$reference" "$role" \
            "$(calc "$(best "${seconds[$reference.$role]}") / $(best "${seconds[$tool.$role]}")")" \
            "$(calc "$(median "${seconds[$reference.$role]}") / $(median "${seconds[$tool.$role]}")")"
    done
done

if [ "$tls_mode" != 0 ]; then
    tls_rows
fi
