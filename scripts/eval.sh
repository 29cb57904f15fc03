#!/usr/bin/env bash
# Scores `gloss entities` on the shipped articles and on every set of the development corpus,
# and prints one table: set (and split) x label, overlap P/R/F1, quote+speaker where the gold
# has speakers. Every run analyses afresh (--no-index): the index would hand back stored
# analyses while AnalysisVersion.current is unchanged, hiding a rule change not yet bumped.
# Usage: scripts/eval.sh [--errors N SET]   (builds in release mode first)
#   --errors N SET   also list N missed and spurious spans of SET (shipped, gum-genres,
#                    gmb-dev, polnear-dev, polnear-train), from the scorer itself.
# Splits (scripts/eval-table.py, split_of): tune = polnear-train and the half of gum-genres and
# gmb-dev whose sha256(doc id) starts with 0-7; check = polnear-dev and the other halves.
# The corpus is read at run time from ../shared/corpus; nothing from it is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
gold=$shared/gold
corpus=$shared/corpus
score=$shared/tools/score.py
[ -d "$gold" ] || { echo "eval: no gold folder at $gold" >&2; exit 1; }
errors=0 errset=
if [ "${1:-}" = "--errors" ]; then errors=$2 errset=$3; fi
swift build -c release --product gloss >/dev/null
bin=$(swift build -c release --show-bin-path)/gloss
out=${EVAL_OUT:-$(mktemp -d)}
[ -n "${EVAL_OUT:-}" ] || trap 'rm -rf "$out"' EXIT
mkdir -p "$out"
table="python3 scripts/eval-table.py"
labels=person,place,figure,quote

# Predictions, one file per set.
"$bin" entities --no-index --library Articles --format jsonl mexican-police-detain-migrants > "$out/mexican.jsonl"
"$bin" entities --no-index --library Articles --format jsonl Articles/wikinews/*.txt > "$out/wikinews.jsonl"
if [ -d "$corpus" ]; then
  for s in gum-genres gmb-dev polnear-dev polnear-train; do
    find "$corpus/$s/texts" -name '*.txt' | sort | xargs "$bin" entities --no-index --format jsonl > "$out/$s.jsonl" 2>"$out/$s.stderr"
  done
fi

$table --header shipped-mexican "$gold/mexican-police-detain-migrants.jsonl" "$out/mexican.jsonl" --labels $labels
$table shipped-wikinews "$gold/gum-news-dev.jsonl" "$out/wikinews.jsonl" --labels $labels
if [ -d "$corpus" ]; then
  for split in check tune; do
    echo "-- $split"
    $table gum-genres "$corpus/gum-genres/gold.jsonl" "$out/gum-genres.jsonl" --labels $labels --split $split
    $table gmb-dev "$corpus/gmb-dev/gold_strict.jsonl" "$out/gmb-dev.jsonl" --labels person,place --split $split
    if [ $split = check ]; then p=polnear-dev; else p=polnear-train; fi
    $table $p "$corpus/$p/gold.jsonl" "$out/$p.jsonl" --labels quote --split $split --score-args "--all-docs --kinds speech"
  done
else
  echo "eval: no corpus at $corpus; scored the shipped articles only" >&2
fi

if [ "$errors" != 0 ]; then
  case $errset in
    shipped) python3 "$score" "$gold/gum-news-dev.jsonl" "$out/wikinews.jsonl" --labels $labels --errors "$errors" ;;
    gum-genres) python3 "$score" "$corpus/gum-genres/gold.jsonl" "$out/gum-genres.jsonl" --labels $labels --errors "$errors" ;;
    gmb-dev) python3 "$score" "$corpus/gmb-dev/gold_strict.jsonl" "$out/gmb-dev.jsonl" --labels person,place --errors "$errors" ;;
    polnear-*) python3 "$score" "$corpus/$errset/gold.jsonl" "$out/$errset.jsonl" --labels quote --all-docs --kinds speech --errors "$errors" ;;
  esac
fi
