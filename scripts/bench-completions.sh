#!/usr/bin/env bash
# bench-completions.sh: how long one TAB takes, in bash, zsh and fish, with the checked-in
# scripts of completions/ and the release build of sockref first on PATH.
#
# Every TAB runs sockref (SOCKREF_COMPLETE=SHELL sockref -- WORDS...), so a TAB costs a
# process start plus the answer. The target is a median of at most 5 ms per TAB. Each shell
# is timed from the inside, with its own clock:
#
#   bash  the completion function _sockref itself, called as bash calls it on TAB (with
#         bash-completion loaded when it is installed), timed with $EPOCHREALTIME;
#   zsh   the command substitution _sockref runs (zsh completion functions only run
#         inside the line editor), timed with $EPOCHREALTIME;
#   fish  `complete -C LINE`, fish's whole completion of the line; fish 3 has no clock of
#         its own, so each sample is the mean of a batch of 5 TABs between two `date`s.
#
# Cases: a subcommand name (the whole definition is built), constants, error names, flags
# after a comma, and the services database.
#
# Usage:
#   scripts/bench-completions.sh [RESULTS_DIR]      (default: target/bench/)
#   RUNS=200 scripts/bench-completions.sh           (default: RUNS=100 samples per case)
#
# A shell that is not installed is reported and left out (apt-get install zsh fish
# bash-completion). The summary goes to RESULTS_DIR/completions.md and stdout.
#
# Exit status: 0 when every median is at most 5 ms, 1 when one is not, 2 when bash,
# python3 or cargo is missing.

set -euo pipefail

runs="${RUNS:-100}"
target_ms=5

script_dir="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd -- "${script_dir}/.." && pwd)"
results_arg="${1:-${repo_root}/target/bench}"
mkdir -p -- "${results_arg}"
results_dir="$(cd -- "${results_arg}" && pwd)"

for tool in cargo python3; do
    command -v "${tool}" >/dev/null 2>&1 || {
        echo "bench-completions: ${tool} not found" >&2
        exit 2
    }
done

echo "bench-completions: cargo build --release" >&2
(cd -- "${repo_root}" && cargo build --release)
target_dir="${CARGO_TARGET_DIR:-${repo_root}/target}"
[[ "${target_dir}" = /* ]] || target_dir="${repo_root}/${target_dir}"
export PATH="${target_dir}/release:${PATH}"
completions="${repo_root}/completions"

# The command lines, the word being completed last.
cases=(
    "sockref geta"
    "sockref const SO_RCV"
    "sockref errno ECONN"
    "sockref getaddrinfo x 80 --flags AI_PASSIVE,AI_C"
    "sockref service ht"
)

samples="$(mktemp -d)"
trap 'rm -rf -- "${samples}"' EXIT

# bash: COMP_WORDS as readline makes them (these lines have no = or :), then _sockref.
bash_samples() {
    local line=$1
    bash --norc -c '
        [ -f /usr/share/bash-completion/bash_completion ] &&
            source /usr/share/bash-completion/bash_completion
        source "$1/sockref.bash"
        read -ra COMP_WORDS <<<"$2"
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$2
        COMP_POINT=${#COMP_LINE}
        for ((i = 0; i < $3; i++)); do
            start=$EPOCHREALTIME
            _sockref sockref "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            end=$EPOCHREALTIME
            echo $(( ${end/./} - ${start/./} ))
        done' bash "${completions}" "${line}" "${runs}"
}

# zsh: what _sockref runs for the words of the line.
zsh_samples() {
    local line=$1
    zsh -f -c '
        zmodload zsh/datetime
        words=(${=2})
        CURRENT=${#words}
        PREFIX=${words[CURRENT]}
        for ((i = 0; i < $3; i++)); do
            start=$EPOCHREALTIME
            {
                found=("${(@f)$(SOCKREF_COMPLETE=zsh SOCKREF_COMPLETE_INDEX=$((CURRENT - 1)) \
                    sockref -- "${(@Q)words[1,CURRENT-1]}" "${(Q)PREFIX}")}")
            } 2>/dev/null
            end=$EPOCHREALTIME
            printf "%.0f\n" $(( (end - start) * 1000000 ))
        done' zsh "${completions}" "${line}" "${runs}"
}

# fish: batches of 5 `complete -C`, each sample the batch's mean.
fish_samples() {
    local line=$1
    fish --no-config -c '
        source $argv[1]/sockref.fish
        for i in (seq (math "ceil($argv[3] / 5)"))
            set start (date +%s%N)
            for j in 1 2 3 4 5
                complete -C $argv[2] >/dev/null
            end
            set end (date +%s%N)
            math --scale 0 "($end - $start) / 5000"
        end' "${completions}" "${line}" "${runs}"
}

shells=(bash)
command -v zsh >/dev/null 2>&1 && shells+=(zsh) || echo "bench-completions: zsh is not installed; left out" >&2
command -v fish >/dev/null 2>&1 && shells+=(fish) || echo "bench-completions: fish is not installed; left out" >&2
[ -f /usr/share/bash-completion/bash_completion ] ||
    echo "bench-completions: bash-completion is not installed; bash is timed without it" >&2

for shell in "${shells[@]}"; do
    for i in "${!cases[@]}"; do
        echo "bench-completions: ${shell}: ${cases[i]}" >&2
        "${shell}_samples" "${cases[i]}" >"${samples}/${shell}.${i}"
    done
done

python3 - "${samples}" "${target_ms}" "${results_dir}/completions.md" "${shells[@]}" -- "${cases[@]}" <<'EOF'
import statistics
import sys

samples, target, out, *rest = sys.argv[1:]
cut = rest.index("--")
shells, cases = rest[:cut], rest[cut + 1:]
target = float(target)
lines = ["| shell | line (TAB at the end) | median ms | p90 ms |", "|---|---|---|---|"]
missed = []
for shell in shells:
    for i, case in enumerate(cases):
        with open(f"{samples}/{shell}.{i}") as f:
            micros = sorted(int(x) for x in f.read().split())
        median = statistics.median(micros) / 1000
        p90 = micros[int(len(micros) * 0.9) - 1] / 1000
        lines.append(f"| {shell} | `{case}` | {median:.2f} | {p90:.2f} |")
        if median > target:
            missed.append(f"{shell} `{case}`")
lines.append("")
lines.append(f"one TAB, median of each case's samples; target {target:g} ms")
if missed:
    lines.append("over the target: " + ", ".join(missed))
text = "\n".join(lines) + "\n"
with open(out, "w") as f:
    f.write(text)
print(text, end="")
sys.exit(1 if missed else 0)
EOF
