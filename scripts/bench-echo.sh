#!/usr/bin/env bash
# bench-echo.sh: sockref echo --bench on tcp4 next to sockperf and iperf3, in one run.
#
#   - sockperf server + `sockperf ping-pong --tcp -m 64`     (latency, 64-byte messages)
#   - `sockref echo --bench --transport tcp4 --size 64`      (latency, then throughput)
#   - `sockref echo --serve` + `echo --bench --connect`      (the same as two processes,
#                                                             like sockperf; throughput
#                                                             through the echo)
#   - iperf3 -s + `iperf3 -c 127.0.0.1 -J`, one stream       (throughput)
# one after the other on 127.0.0.1, each for DURATION seconds, then the ratios.
#
# sockperf prints half the round trip as its "latency"; sockref prints the whole round
# trip (rtt_us) and its half (half_rtt_us). The latency ratio compares like with like:
# sockref's p50 round trip over twice sockperf's p50. Targets: that ratio at most
# 1.1, and sockref's throughput at least 0.9 of iperf3's single stream (iperf3's receiver
# figure, end.sum_received), for the one-process pair; for the two processes, at most 1.0
# and at least 1.0. Exit 0 when every target is met, 1 when one is missed.
#
# Usage: scripts/bench-echo.sh [RESULTS_DIR]        (default target/bench/)
#        DURATION=10 SIZE=64 scripts/bench-echo.sh
# Needs sockperf, iperf3 and python3 (installed with apt-get when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10}
size=${SIZE:-64}
results=${1:-target/bench}
mkdir -p "$results"
results=$(cd "$results" && pwd)

missing=()
for tool in sockperf iperf3 python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "missing: ${missing[*]}; install them (apt-get install ${missing[*]}) and run again" >&2
        exit 2
    fi
fi

cargo build --release --quiet
sockref=$(pwd)/target/release/sockref

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Wait until something accepts TCP connections on 127.0.0.1:$1.
wait_port() {
    for _ in $(seq 100); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 0.2).close()" \
            2>/dev/null && return 0
        sleep 0.1
    done
    echo "nothing listens on 127.0.0.1:$1" >&2
    exit 2
}

server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; true' EXIT

echo "== sockperf ping-pong, TCP, $size bytes, $duration s"
port=$(free_port)
sockperf server -i 127.0.0.1 -p "$port" --tcp >"$results/sockperf-server.txt" 2>&1 &
server_pid=$!
wait_port "$port"
sockperf ping-pong -i 127.0.0.1 -p "$port" --tcp -t "$duration" -m "$size" \
    >"$results/sockperf.txt" 2>&1
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=

echo "== sockref echo --bench, tcp4, $size bytes, $duration s each"
"$sockref" echo --bench --transport tcp4 --duration "$duration" --size "$size" --json \
    >"$results/sockref-echo.json"

echo "== sockref echo --serve + echo --bench --connect, two processes, tcp4, $size bytes, $duration s each"
port=$(free_port)
"$sockref" echo --serve "127.0.0.1:$port" >"$results/sockref-serve.txt" 2>&1 &
server_pid=$!
wait_port "$port"
"$sockref" echo --bench --connect "127.0.0.1:$port" --duration "$duration" --size "$size" \
    --json >"$results/sockref-connect.json"
kill -INT "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=

echo "== iperf3, one stream, $duration s"
port=$(free_port)
# Not `-1`: the readiness probe is a connection too.
iperf3 -s -B 127.0.0.1 -p "$port" >"$results/iperf3-server.txt" 2>&1 &
server_pid=$!
wait_port "$port"
sleep 0.2
iperf3 -c 127.0.0.1 -p "$port" -t "$duration" -J >"$results/iperf3.json"
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=

python3 - "$results" <<'PY'
import json, re, sys
results = sys.argv[1]
text = open(f"{results}/sockperf.txt").read()
def sockperf(pattern):
    m = re.search(pattern, text)
    if not m:
        sys.exit(f"no {pattern!r} in sockperf's output")
    return float(m.group(1))
sp_p50 = sockperf(r"percentile 50\.000 =\s*([\d.]+)")
sp_p99 = sockperf(r"percentile 99\.000 =\s*([\d.]+)")
sp_avg = sockperf(r"avg-latency=([\d.]+)")
ip = json.load(open(f"{results}/iperf3.json"))["end"]
ip_bps = ip["sum_received"]["bits_per_second"]

def figures(name):
    row = json.load(open(f"{results}/{name}"))["transports"][0]
    if row["status"] != "passed":
        sys.exit(f"sockref ({name}) failed: {row['error']}")
    return row["latency"]["rtt_us"], row["latency"]["half_rtt_us"], row["throughput"]["bits_per_s"]

print()
print("latency, µs                       p50      p99     mean")
print(f"sockperf (half RTT)               {sp_p50:7.2f}  {sp_p99:7.2f}  {sp_avg:7.2f}")
ok = True
for name, label, lat_target, tp_target in [
    ("sockref-echo.json", "one process ", 1.1, 0.9),
    ("sockref-connect.json", "two processes", 1.0, 1.0),
]:
    rtt, half, ours_bps = figures(name)
    print(f"sockref {label} (half RTT)  {half['p50']:7.2f}  {half['p99']:7.2f}  {half['mean']:7.2f}")
    print(f"sockref {label} (full RTT)  {rtt['p50']:7.2f}  {rtt['p99']:7.2f}  {rtt['mean']:7.2f}")
    latency_ratio = rtt["p50"] / (2 * sp_p50)
    throughput_ratio = ours_bps / ip_bps
    ok_latency = latency_ratio <= lat_target
    ok_throughput = throughput_ratio >= tp_target
    ok = ok and ok_latency and ok_throughput
    print(f"  p50 round trip / (2 x sockperf p50): {latency_ratio:.3f}  "
          f"(target <= {lat_target}: {'met' if ok_latency else 'MISSED'})")
    print(f"  throughput {ours_bps / 1e9:6.2f} Gbit/s / iperf3 {ip_bps / 1e9:6.2f} Gbit/s: "
          f"{throughput_ratio:.3f}  (target >= {tp_target}: {'met' if ok_throughput else 'MISSED'})")
print(f"raw outputs in {results}")
sys.exit(0 if ok else 1)
PY
