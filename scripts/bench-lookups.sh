#!/usr/bin/env bash
# bench-lookups.sh: how long one sockref lookup takes compared with getent and
# python3 for the same question.
#
# A single lookup (`sockref byteorder 9999`, `sockref service https`,
# `sockref inet ::1`, ...) should cost a whole process about as much as
# `getent services https`. Nothing heavy should happen at start-up. This script
# times each lookup with hyperfine (wall-clock time of the whole process,
# start-up included). Each lookup is one hyperfine run with every tool that can
# answer the same question:
#
#   service https      sockref | getent services   | python3 getservbyname
#   byteorder 9999     sockref | (getent has none) | python3 htons
#   inet ::1           sockref | (getent has none) | python3 inet_pton
#   resolve localhost  sockref | getent ahosts     | python3 getaddrinfo
#   proto tcp          sockref | getent protocols  | (not timed)
#
# python3 is timed as the interpreter that `python3` on PATH resolves to
# (sys.executable), so that a pyenv/asdf shim is not part of its time.
#
# Only local tables and /etc/hosts are read. "localhost" resolves from
# /etc/hosts, so the only network traffic is on loopback, if there is any.
#
# Usage:
#   scripts/bench-lookups.sh [RESULTS_DIR]      (default: target/bench/)
#   RUNS=500 WARMUP=50 scripts/bench-lookups.sh  (defaults: RUNS=200, WARMUP=20)
#
# It builds the release binary (cargo build --release). If hyperfine is
# missing, it installs it with apt-get when run as root; otherwise it says how
# to install it and exits 2. For each lookup it writes <lookup>.md
# (hyperfine --export-markdown) and <lookup>.json (--export-json) into
# RESULTS_DIR. At the end it prints a summary that it works out from the JSON:
# the mean ± standard deviation for each tool and the ratios sockref/getent
# and sockref/python.
#
# Exit status: 0 on success, 2 when a required tool is missing, and the
# failing command's status for any other error.

set -euo pipefail

runs="${RUNS:-200}"
warmup="${WARMUP:-20}"

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

# bench SLUG [NAME COMMAND]...
# Runs hyperfine once, with all the commands for one lookup.
bench() {
    local slug="$1"
    shift
    local args=()
    while (($# >= 2)); do
        args+=(--command-name "$1" "$2")
        shift 2
    done
    echo >&2
    echo "=== ${slug} ===" >&2
    hyperfine ${shell_opts[@]+"${shell_opts[@]}"} \
        --warmup "${warmup}" \
        --runs "${runs}" \
        --export-json "${results_dir}/${slug}.json" \
        --export-markdown "${results_dir}/${slug}.md" \
        "${args[@]}"
}

# With -N, hyperfine splits each command line into words the way a POSIX
# shell would, so the single quotes below group words but no shell is run.
bench service \
    "sockref service https" "${sockref} service https --format tsv" \
    "getent services https" "getent services https" \
    "python3 getservbyname" "'${python}' -c 'import socket; print(socket.getservbyname(\"https\"))'"

# getent has no byte-order lookup.
bench byteorder \
    "sockref byteorder 9999" "${sockref} byteorder 9999 --format tsv" \
    "python3 htons" "'${python}' -c 'import socket; print(socket.htons(9999))'"

# getent has no address-conversion lookup.
bench inet \
    "sockref inet ::1" "${sockref} inet ::1 --format tsv" \
    "python3 inet_pton" "'${python}' -c 'import socket; print(socket.inet_pton(socket.AF_INET6, \"::1\").hex())'"

bench resolve \
    "sockref resolve localhost" "${sockref} resolve localhost --format tsv" \
    "getent ahosts localhost" "getent ahosts localhost" \
    "python3 getaddrinfo" "'${python}' -c 'import socket; print(socket.getaddrinfo(\"localhost\", None))'"

bench proto \
    "sockref proto tcp" "${sockref} proto tcp --format tsv" \
    "getent protocols tcp" "getent protocols tcp"

# --- summary ----------------------------------------------------------------

echo >&2
python3 - "${results_dir}" service byteorder inet resolve proto <<'PY'
import json
import os
import sys

results_dir, slugs = sys.argv[1], sys.argv[2:]


def ms(r):
    return "{:.2f} ± {:.2f}".format(r["mean"] * 1e3, (r["stddev"] or 0.0) * 1e3) if r else "n/a"


def ratio(a, b):
    return "{:.2f}".format(a["mean"] / b["mean"]) if a and b else "n/a"


rows = []
for slug in slugs:
    with open(os.path.join(results_dir, slug + ".json")) as f:
        results = json.load(f)["results"]
    by_tool = {}
    for r in results:
        by_tool[r["command"].split()[0]] = r
    s, g, p = by_tool.get("sockref"), by_tool.get("getent"), by_tool.get("python3")
    rows.append((slug, ms(s), ms(g), ms(p), ratio(s, g), ratio(s, p)))

head = ("lookup", "sockref ms", "getent ms", "python3 ms", "sockref/getent", "sockref/python")
widths = [max(len(str(row[i])) for row in rows + [head]) for i in range(len(head))]
print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for row in rows:
    print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |")
print()
print("mean ± standard deviation of the wall-clock time of one process, in ms;")
print("n/a: that tool has no such lookup. Full results: " + results_dir)
PY
