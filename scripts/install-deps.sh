#!/usr/bin/env bash
# Installs the Debian packages Gloss needs to build and test: the ncursesw and SQLite headers, tmux
# (for the end-to-end tests) and python3 (for the export round-trip checks).
# Installs only what is missing; uses sudo when not run as root.
set -euo pipefail
need=()
for pkg in libncurses-dev libsqlite3-dev tmux python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
