#!/usr/bin/env bash
# Installs Gloss: scripts/install.sh [PREFIX]   (PREFIX defaults to ~/.local)
#   PREFIX/bin/gloss                                         the release build
#   PREFIX/share/man/man1/gloss.1                            the manual (man gloss)
#   PREFIX/share/bash-completion/completions/gloss           shell completions
#   PREFIX/share/zsh/site-functions/_gloss
#   PREFIX/share/fish/vendor_completions.d/gloss.fish
# Run scripts/install-deps.sh first on a fresh machine. Nothing outside PREFIX is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi
prefix=${1:-$HOME/.local}
swift build -c release --product gloss >&2
bin=$(swift build -c release --show-bin-path)
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$bin/gloss" "$prefix/bin/gloss"
"$bin/gloss" --generate-completion-script bash > "$prefix/share/bash-completion/completions/gloss"
"$bin/gloss" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_gloss"
"$bin/gloss" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/gloss.fish"
# The manual, generated from the same command definitions as --help.
swift package generate-manual >&2
manual=$(find .build/plugins -name gloss.1 -newer "$bin/gloss" 2>/dev/null | head -1)
[[ -n "$manual" ]] || manual=$(find .build/plugins -name gloss.1 | head -1)
install -m 0644 "$manual" "$prefix/share/man/man1/gloss.1"
echo "installed gloss in $prefix/bin (add it to PATH if it is not there); man page and completions in $prefix/share" >&2
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on PATH" >&2 ;; esac
