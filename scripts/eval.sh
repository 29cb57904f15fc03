#!/usr/bin/env bash
# Scores `gloss entities` on the shipped articles against the gold annotations.
# Usage: scripts/eval.sh [--errors N]   (builds in release mode first)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/gold
[ -d "$gold" ] || { echo "eval: no gold folder at $gold" >&2; exit 1; }
swift build -c release --product gloss >/dev/null
bin=$(swift build -c release --show-bin-path)/gloss
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
labels=person,place,figure,quote

echo "== mexican-police-detain-migrants"
"$bin" entities --library Articles --format jsonl mexican-police-detain-migrants > "$out/mexican.jsonl"
python3 "$gold/../tools/score.py" "$gold/mexican-police-detain-migrants.jsonl" "$out/mexican.jsonl" --labels "$labels" "$@"

echo
echo "== wikinews (12 articles)"
"$bin" entities --library Articles --format jsonl Articles/wikinews/*.txt > "$out/wikinews.jsonl"
python3 "$gold/../tools/score.py" "$gold/gum-news-dev.jsonl" "$out/wikinews.jsonl" --labels "$labels" "$@"
