#!/usr/bin/env bash
# Formats the Swift sources with the toolchain's `swift format` and the settings in
# .swift-format (4-space indent, lines up to 120), or with --check fails when a file is not
# formatted (CI runs that). Generated files (the gazetteer, the tagger's weights) are left as
# their generators write them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.swift' | grep -v '/Data/')
if [ "${1:-}" = "--check" ]; then
  swift format lint --strict --parallel --configuration .swift-format "${files[@]}"
else
  swift format format --in-place --parallel --configuration .swift-format "${files[@]}"
fi
