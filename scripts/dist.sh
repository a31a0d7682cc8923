#!/usr/bin/env bash
# Writes plan-VERSION-linux-ARCH.tar.gz: the programs, fonts, man pages, completions, the list of
# Debian packages they need, and install.sh, in one folder of that name. The same commit gives the
# same bytes (file order, dates and owners are fixed).
#
#   scripts/dist.sh BINARIES OUTPUT_FOLDER     BINARIES holds plan and plan-build (.build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
binaries=$1
output=$(mkdir -p "$2" && cd "$2" && pwd)

version=$("$binaries/plan" --version | awk 'NR == 1 { print $2 }')
arch=$(uname -m)
name="plan-$version-linux-$arch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash scripts/stage.sh "$binaries" "$work/$name" 2>/dev/null

# The files' dates: the commit's, so that two builds of one commit are the same file.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner --mode='u+rwX,go+rX,go-w' \
  -C "$work" -cf - "$name" | gzip -9 -n >"$output/$name.tar.gz.tmp"
mv "$output/$name.tar.gz.tmp" "$output/$name.tar.gz"
echo "$output/$name.tar.gz"
