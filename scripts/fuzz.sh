#!/usr/bin/env bash
# Builds the fuzz targets of fuzz/ (cargo-fuzz, libFuzzer) and runs each for SECONDS,
# one after another (-j2: two at a time), then prints per target the runs executed, the
# coverage of libFuzzer's last stats line (cov: edges, ft: features) and whether it
# crashed. Corpora grow in fuzz/corpus/TARGET (ignored by git), seeded from
# fuzz/seeds/TARGET; a crashing input is kept in fuzz/artifacts/TARGET/ and its log in
# fuzz/logs/TARGET.log.
#
#   scripts/fuzz.sh [-j2] [SECONDS] [TARGET...]     SECONDS defaults to 600, TARGET to all
#
# cargo-fuzz needs nightly-only rustc flags (-Zsanitizer=address): by default the
# installed toolchain is told to accept them with RUSTC_BOOTSTRAP=1; set
# SOCKREF_FUZZ_TOOLCHAIN=nightly to use `cargo +nightly fuzz` instead.
# Exit status: 0 when nothing crashed, 1 when a target crashed, 2 on a usage or build error.
set -euo pipefail

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
    exit 2
}

jobs=1
seconds=600
targets=()
for arg in "$@"; do
    case "$arg" in
        -j1) jobs=1 ;;
        -j2) jobs=2 ;;
        -h | --help) usage ;;
        -*) echo "fuzz.sh: unknown option $arg" >&2; usage ;;
        *)
            if [[ ${#targets[@]} -eq 0 && "$arg" =~ ^[0-9]+$ ]]; then
                seconds=$arg
            else
                targets+=("$arg")
            fi
            ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz is missing: cargo install cargo-fuzz --locked" >&2
    exit 2
fi
if [[ -n "${SOCKREF_FUZZ_TOOLCHAIN:-}" ]]; then
    fuzz=(cargo "+$SOCKREF_FUZZ_TOOLCHAIN" fuzz)
    compiler=$(rustc "+$SOCKREF_FUZZ_TOOLCHAIN" --version)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
    compiler="$(rustc --version) with RUSTC_BOOTSTRAP=1"
fi

all=$("${fuzz[@]}" list --fuzz-dir fuzz)
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets <<<"$all"
fi
for t in "${targets[@]}"; do
    if ! grep -qx "$t" <<<"$all"; then
        echo "fuzz.sh: no fuzz target $t (there are: $(tr '\n' ' ' <<<"$all"))" >&2
        exit 2
    fi
done

echo "building ${#targets[@]} target(s) with $("${fuzz[@]}" --version), $compiler" >&2
"${fuzz[@]}" build --fuzz-dir fuzz >&2 || exit 2

mkdir -p fuzz/logs
# One target: its corpus, then its seeds (read, never written), its dictionary if any.
run_one() {
    local t=$1 dict=()
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
    [[ -f "fuzz/dicts/$t.dict" ]] && dict=(-dict="fuzz/dicts/$t.dict")
    local seeds=()
    [[ -d "fuzz/seeds/$t" ]] && seeds=("fuzz/seeds/$t")
    local status=0
    "${fuzz[@]}" run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" "${seeds[@]}" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 "${dict[@]}" \
        >"fuzz/logs/$t.log" 2>&1 || status=$?
    echo "$status" >"fuzz/logs/$t.status"
}

# Runs, cov, ft and the verdict of one finished target, from its log.
summary() {
    local t=$1 status=$2
    local log="fuzz/logs/$t.log"
    local runs cov ft verdict
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [[ -z "$runs" ]]; then
        runs=$(sed -n 's/^#\([0-9][0-9]*\)\t.*/\1/p' "$log" | tail -1)
    fi
    cov=$(sed -n 's/.* cov: \([0-9][0-9]*\) .*/\1/p' "$log" | tail -1)
    ft=$(sed -n 's/.* ft: \([0-9][0-9]*\) .*/\1/p' "$log" | tail -1)
    if [[ "$status" -eq 0 ]]; then
        verdict=ok
    else
        local artifact
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        verdict="CRASHED ${artifact:-(see $log)}"
    fi
    printf '%-14s %12s %7s %7s  %s\n' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$verdict"
}

echo "running each for ${seconds}s, $jobs at a time" >&2
for t in "${targets[@]}"; do
    while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do wait -n || true; done
    echo "  $t ..." >&2
    run_one "$t" &
done
wait

printf '%-14s %12s %7s %7s  %s\n' target runs cov ft result
crashed=0
for t in "${targets[@]}"; do
    status=$(cat "fuzz/logs/$t.status" 2>/dev/null || echo 1)
    summary "$t" "$status"
    [[ "$status" -eq 0 ]] || crashed=1
done
exit $crashed
