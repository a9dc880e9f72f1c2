#!/usr/bin/env bash
# bench-lookups.sh: how long one sockref lookup takes as a whole process, next to
# getent and python3 answering the same question, in one run.
#
# A single lookup (`sockref service https`, `sockref htons 1`, `sockref inet ::1`)
# should cost about what `getent services https` costs: the target is a median at
# most 1.2 times getent's. Every command below is timed with hyperfine (wall-clock
# time of the whole process, start-up included, no shell), in ROUNDS rounds of RUNS
# runs each, all commands in every round, so that a machine that gets busier or
# quieter during the run weighs on all of them alike. The summary pools the rounds
# and gives each command's median and its ratio to `getent services https`:
#
#   service https      sockref | getent services https | python3 getservbyname
#   htons 1            sockref |                       | python3 htons
#   inet ::1           sockref |                       | python3 inet_pton
#   resolve localhost  sockref | getent ahosts         | python3 getaddrinfo
#   proto tcp          sockref | getent protocols      |
#
# python3 is timed as the interpreter that `python3` on PATH resolves to
# (sys.executable), so that a pyenv/asdf shim is not part of its time. Only local
# tables and /etc/hosts are read; "localhost" resolves from /etc/hosts.
#
# Usage:
#   scripts/bench-lookups.sh [RESULTS_DIR]                 (default: target/bench/)
#   ROUNDS=20 RUNS=50 scripts/bench-lookups.sh             (defaults: ROUNDS=10, RUNS=30)
#   BEFORE=/path/to/older/sockref scripts/bench-lookups.sh  (also times an older build's
#                                                            three lookups, "before ...")
#
# It builds the release binary (cargo build --release). If hyperfine is missing it
# installs it with apt-get when run as root; otherwise it says how and exits 2. The
# hyperfine JSON of each round goes to RESULTS_DIR/round-N.json, the summary to
# RESULTS_DIR/lookups.md and stdout.
#
# Exit status: 0 when the three lookups meet the 1.2x target, 1 when one does not, 2
# when a required tool is missing, and the failing command's status for any other error.

set -euo pipefail

runs="${RUNS:-30}"
rounds="${ROUNDS:-10}"

script_dir="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd -- "${script_dir}/.." && pwd)"

# Work out the results directory before any cd, so that a relative $1 is
# relative to the caller's directory.
results_arg="${1:-${repo_root}/target/bench}"
mkdir -p -- "${results_arg}"
results_dir="$(cd -- "${results_arg}" && pwd)"

die_missing() {
    printf 'bench-lookups: %s\n' "$@" >&2
    exit 2
}

# --- tools ------------------------------------------------------------------

command -v cargo >/dev/null 2>&1 || die_missing "cargo not found; install Rust (https://rustup.rs)."
command -v python3 >/dev/null 2>&1 || die_missing "python3 not found; it is needed as a contender and to summarise the results (apt-get install -y python3)."
command -v getent >/dev/null 2>&1 || die_missing "getent not found; it comes with glibc (apt-get install -y libc-bin)."

if ! command -v hyperfine >/dev/null 2>&1; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "bench-lookups: hyperfine not found; installing it with apt-get" >&2
        if ! apt-get install -y hyperfine >&2; then
            # The package lists may be missing or stale: update, then retry once.
            if ! { apt-get update >&2 && apt-get install -y hyperfine >&2; }; then
                die_missing "apt-get could not install hyperfine."
            fi
        fi
    else
        die_missing "hyperfine not found. Install it with one of:" \
            "  sudo apt-get install -y hyperfine   (Debian/Ubuntu)" \
            "  cargo install --locked hyperfine" \
            "  https://github.com/sharkdp/hyperfine/releases"
    fi
fi

# -N (--shell=none, hyperfine >= 1.13) runs each command directly, so the
# time to start a shell is not part of the figures. Older versions start the
# command through a shell and subtract the time the shell takes to start.
shell_opts=()
if hyperfine --help 2>/dev/null | grep -q -- '--shell=none'; then
    shell_opts=(-N)
else
    echo "bench-lookups: this hyperfine has no -N; timing through a shell (hyperfine subtracts its start-up)" >&2
fi

# Time the interpreter itself: "python3" on PATH may be a wrapper (a pyenv or
# asdf shim is a shell script that starts pyenv before Python), which would
# add tens of milliseconds that are not Python's.
python="$(python3 -c 'import sys; print(sys.executable)')"
[[ -x "${python}" ]] || python="$(command -v python3)"
echo "bench-lookups: python3 is ${python}" >&2

# --- build ------------------------------------------------------------------

echo "bench-lookups: cargo build --release" >&2
(cd -- "${repo_root}" && cargo build --release)

target_dir="${CARGO_TARGET_DIR:-${repo_root}/target}"
[[ "${target_dir}" = /* ]] || target_dir="${repo_root}/${target_dir}"
sockref="${target_dir}/release/sockref"
[[ -x "${sockref}" ]] || { echo "bench-lookups: ${sockref} was not built" >&2; exit 1; }

# --- benchmarks -------------------------------------------------------------

# With -N, hyperfine splits each command line into words the way a POSIX shell
# would, so the single quotes below group words but no shell is run.
commands=(
    --command-name "sockref service https" "${sockref} service https --format tsv"
    --command-name "sockref htons 1" "${sockref} htons 1 --format tsv"
    --command-name "sockref inet ::1" "${sockref} inet ::1 --format tsv"
    --command-name "sockref resolve localhost" "${sockref} resolve localhost --format tsv"
    --command-name "sockref proto tcp" "${sockref} proto tcp --format tsv"
    --command-name "getent services https" "getent services https"
    --command-name "getent ahosts localhost" "getent ahosts localhost"
    --command-name "getent protocols tcp" "getent protocols tcp"
    --command-name "python3 getservbyname" "'${python}' -c 'import socket; print(socket.getservbyname(\"https\"))'"
    --command-name "python3 htons" "'${python}' -c 'import socket; print(socket.htons(1))'"
    --command-name "python3 inet_pton" "'${python}' -c 'import socket; print(socket.inet_pton(socket.AF_INET6, \"::1\").hex())'"
)

if [[ -n "${BEFORE:-}" ]]; then
    [[ -x "${BEFORE}" ]] || { echo "bench-lookups: BEFORE=${BEFORE} is not an executable" >&2; exit 2; }
    commands+=(
        --command-name "before service https" "${BEFORE} service https --format tsv"
        --command-name "before htons 1" "${BEFORE} htons 1 --format tsv"
        --command-name "before inet ::1" "${BEFORE} inet ::1 --format tsv"
    )
fi

rm -f -- "${results_dir}"/round-*.json
for round in $(seq 1 "${rounds}"); do
    echo "bench-lookups: round ${round} of ${rounds}" >&2
    hyperfine ${shell_opts[@]+"${shell_opts[@]}"} --style none \
        --warmup 3 --runs "${runs}" \
        --export-json "${results_dir}/round-${round}.json" \
        "${commands[@]}" >/dev/null
done

# --- summary ----------------------------------------------------------------

python3 - "${results_dir}" <<'PY'
import glob
import json
import os
import statistics
import sys

results_dir = sys.argv[1]
times = {}
for path in sorted(glob.glob(os.path.join(results_dir, "round-*.json"))):
    with open(path) as f:
        for r in json.load(f)["results"]:
            times.setdefault(r["command"], []).extend(r["times"])

base_name = "getent services https"
base = statistics.median(times[base_name])
targets = ["sockref service https", "sockref htons 1", "sockref inet ::1"]
lines = [
    "| command | median ms | vs getent services https |",
    "|---|---|---|",
]
for name, t in times.items():
    m = statistics.median(t)
    mark = ""
    if name in targets:
        mark = " (target 1.20)"
    lines.append("| {} | {:.3f} | {:.2f}{} |".format(name, m * 1e3, m / base, mark))
n = len(times[base_name])
lines.append("")
lines.append("median wall-clock time of one process over {} runs each, rounds interleaved".format(n))
text = "\n".join(lines)
print(text)
with open(os.path.join(results_dir, "lookups.md"), "w") as f:
    f.write(text + "\n")
missed = [name for name in targets if statistics.median(times[name]) / base > 1.2]
if missed:
    print("over the 1.2x target: " + ", ".join(missed))
    sys.exit(1)
PY
