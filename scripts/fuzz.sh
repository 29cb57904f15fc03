#!/usr/bin/env bash
# Runs one fuzzer for a number of seconds: scripts/fuzz.sh TARGET SECONDS
#   TARGET: formats, analysis, annotations, import, keys (or "all", each for SECONDS)
# Builds Fuzz/ (its own package) in release with libFuzzer and AddressSanitizer, starts from
# the seed corpus in Fuzz/Corpus/TARGET, keeps what it learns in .build-fuzz/corpus/TARGET and
# writes any crashing input to .build-fuzz/crashes/. Exit status 1 when a crash or a broken
# invariant was found (the input is named in the output); turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(formats analysis annotations import keys)
usage() { echo "usage: scripts/fuzz.sh TARGET SECONDS   (TARGET: ${targets[*]} or all)" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
[[ "$2" =~ ^[0-9]+$ ]] || usage
if [[ "$1" == all ]]; then chosen=("${targets[@]}"); else
    [[ " ${targets[*]} " == *" $1 "* ]] || usage
    chosen=("$1")
fi
seconds=$2
build=.build-fuzz
swift build -c release --package-path Fuzz --scratch-path "$build/swift" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld >&2
bin=$(swift build -c release --package-path Fuzz --scratch-path "$build/swift" --show-bin-path)
# Inputs long enough for every structure, short enough for many runs a second.
max_len() { case $1 in keys) echo 1024 ;; formats | analysis) echo 4096 ;; *) echo 16384 ;; esac; }
status=0
for t in "${chosen[@]}"; do
    mkdir -p "$build/corpus/$t" "$build/crashes"
    echo "fuzz-$t: ${seconds}s" >&2
    log="$build/fuzz-$t.log"
    if ! "$bin/fuzz-$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=20 -rss_limit_mb=3072 \
        -artifact_prefix="$build/crashes/$t-" -print_final_stats=1 \
        "$build/corpus/$t" "Fuzz/Corpus/$t" 2>"$log"; then
        status=1
        tail -40 "$log" >&2
    fi
    # The figures the closing notes quote: executions, speed, coverage.
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)|cov: " "$log" | tail -4 >&2 || true
done
exit $status
