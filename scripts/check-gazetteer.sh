#!/usr/bin/env bash
# Regenerates the gazetteer with the inputs pinned in scripts/requirements-gazetteer.txt into a
# temporary file and fails if it differs from the committed one. The packages go into a
# temporary virtual environment (or, where venv is missing, a temporary --target folder), so
# nothing is installed for good. About 45 MB to download.
set -euo pipefail
cd "$(dirname "$0")/.."
committed=Sources/GlossCore/Analysis/Entities/Data/Gazetteer+Data.swift
requirements=scripts/requirements-gazetteer.txt
python=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PIP_ROOT_USER_ACTION=ignore
pip_flags=(--quiet --disable-pip-version-check --no-input --require-hashes -r "$requirements")
if "$python" -m venv "$tmp/venv" >/dev/null 2>&1 && [ -x "$tmp/venv/bin/python" ]; then
  run=("$tmp/venv/bin/python")
  "${run[@]}" -m pip install "${pip_flags[@]}"
else
  "$python" -m pip install "${pip_flags[@]}" --target "$tmp/site"
  run=(env PYTHONPATH="$tmp/site" "$python")
fi
"${run[@]}" scripts/build-gazetteer.py --output "$tmp/Gazetteer+Data.swift" > /dev/null
if ! cmp -s "$tmp/Gazetteer+Data.swift" "$committed"; then
  echo "check-gazetteer: $committed differs from what scripts/build-gazetteer.py makes with the pinned inputs:" >&2
  diff -u "$committed" "$tmp/Gazetteer+Data.swift" | head -n 40 >&2 || true
  exit 1
fi
echo "check-gazetteer: $committed is what the pinned inputs make"
