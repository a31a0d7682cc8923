#!/usr/bin/env bash
# Lays out everything `plan` installs, as it will stand below the prefix: the two programs, the
# fonts with their licence, the man pages, the shell completions, the list of Debian packages the
# programs need to run, and install.sh, which copies it all into a prefix. `make install` and
# `make dist` both start here.
#
#   scripts/stage.sh BINARIES STAGE     BINARIES holds plan and plan-build (.build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
binaries=$1
stage=$2

rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/share/plan/fonts" "$stage/share/man/man1" \
  "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" \
  "$stage/share/fish/vendor_completions.d"

install -m 755 "$binaries/plan" "$binaries/plan-build" "$stage/bin/"
install -m 644 fonts/*.ttf fonts/OFL.txt fonts/README.md "$stage/share/plan/fonts/"

# Man pages and completions come from the programs' own description of their commands.
"$stage/bin/plan" manual "$stage/share/man/man1"
"$stage/bin/plan" --generate-completion-script bash >"$stage/share/bash-completion/completions/plan"
"$stage/bin/plan" --generate-completion-script zsh >"$stage/share/zsh/site-functions/_plan"
"$stage/bin/plan" --generate-completion-script fish >"$stage/share/fish/vendor_completions.d/plan.fish"

# The Debian packages of the shared libraries the programs load, and the hyphenation dictionaries.
{
  echo "# Paquetes de Debian que plan necesita para funcionar / Debian packages plan needs to run"
  # Only the libraries the programs name themselves (their packages bring the rest).
  needed=$(for program in "$stage/bin/plan" "$stage/bin/plan-build"; do
    objdump -p "$program" | awk '$1 == "NEEDED" { print $2 }'
  done | sort -u)
  for library in $(ldd "$stage/bin/plan" "$stage/bin/plan-build" | awk -v needed="$needed" '
    BEGIN { split(needed, names, "\n"); for (i in names) wanted[names[i]] = 1 }
    $1 in wanted && $3 ~ /^\// { print $3 }' | sort -u); do
    owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null || true)
    if [ -n "$owner" ]; then
      echo "${owner%%:*}"
    else
      echo "# (no es de un paquete / not from a package: $library)" >&2
    fi
  done
  echo hyphen-es
  echo hyphen-en-us
  echo hyphen-pt-br
} | awk '!seen[$0]++' >"$stage/runtime-packages.txt"

install -m 755 scripts/install.sh "$stage/install.sh"
install -m 644 README.md "$stage/README.md"
