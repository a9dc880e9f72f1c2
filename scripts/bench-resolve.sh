#!/usr/bin/env bash
# bench-resolve.sh: resolving 1,000 names against a real DNS server, sockref versus getent.
#
# Inside one resolver sandbox (examples/sandbox: private namespaces, hickory serving a zone
# on 127.0.0.1:53), hyperfine times, in one run:
#   - sockref resolve --file NAMES            (concurrent, --jobs 32 by default)
#   - a sequential `getent ahosts NAME` loop  (one process per name, one after another)
#   - xargs -P 32 over `getent ahosts`        (one process per name, 32 at a time)
# and prints the ratios. The target: sockref at least 10x faster than the sequential loop
# and not slower than the parallel one.
#
# Every name has an A and an AAAA record; no traffic leaves the sandbox's loopback.
#
# Usage: scripts/bench-resolve.sh [RESULTS_DIR]   (default target/bench/)
#        NAMES=1000 RUNS=5 JOBS=32 scripts/bench-resolve.sh
# Needs root (namespaces) and hyperfine (installed with apt-get when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."

names=${NAMES:-1000}
runs=${RUNS:-5}
jobs=${JOBS:-32}
results=${1:-target/bench}
mkdir -p "$results"
results=$(cd "$results" && pwd)

if ! command -v hyperfine >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y -qq hyperfine >/dev/null
    else
        echo "hyperfine is missing: install it (apt-get install hyperfine) and run again" >&2
        exit 2
    fi
fi

cargo build --release --quiet
cargo build --release --quiet --example sandbox
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
    # shellcheck disable=SC2016 # $ORIGIN and $TTL are zone-file directives, not variables
    printf '$ORIGIN bench.test.\n$TTL 300\n@ IN SOA ns.test. admin.test. 1 60 60 60 60\n'
    for ((i = 0; i < names; i++)); do
        printf 'host%d IN A 10.%d.%d.%d\n' "$i" $((i / 65536 % 256)) $((i / 256 % 256)) $((i % 256))
        printf 'host%d IN AAAA fd00::%x\n' "$i" "$i"
    done
} >"$work/zone"
for ((i = 0; i < names; i++)); do
    printf 'host%d.bench.test\n' "$i"
done >"$work/names"

cat >"$work/inner.sh" <<INNER
set -euo pipefail
hyperfine --style basic --warmup 1 --runs $runs --export-json '$results/resolve.json' \\
    --export-markdown '$results/resolve.md' \\
    -n "sockref resolve (--jobs $jobs)" "$root/target/release/sockref resolve --jobs $jobs --file $work/names --format tsv" \\
    -n 'getent ahosts, sequential loop' "bash -c 'while read -r n; do getent ahosts \"\\\$n\" >/dev/null; done < $work/names'" \\
    -n "getent ahosts, xargs -P $jobs" "bash -c 'xargs -P $jobs -n 1 getent ahosts < $work/names >/dev/null'"
INNER

target/release/examples/sandbox --zone "$work/zone" -- bash "$work/inner.sh"

python3 - "$results/resolve.json" "$names" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
mean = {r["command"]: r["mean"] for r in runs}
sockref = next(v for k, v in mean.items() if k.startswith("sockref"))
print(f"\n{sys.argv[2]} names, mean wall time per batch:")
for name, value in mean.items():
    print(f"  {name:40} {value * 1000:9.1f} ms   {value / sockref:6.2f}x sockref")
PY
