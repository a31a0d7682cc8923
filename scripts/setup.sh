#!/usr/bin/env bash
# Installs what `plan` needs on a fresh Debian machine that already has Swift, and only what is
# missing. Run as root (or with sudo). Safe to run again.
set -euo pipefail

# Debian packages the build, the tests and the benchmarks use.
packages=(python3 pkg-config libssl-dev
  libcairo2-dev libpango1.0-dev libfontconfig-dev libhyphen-dev hyphen-es hyphen-en-us hyphen-pt-br
  zlib1g-dev libxml2-dev
  poppler-utils qpdf fonts-noto-core
  groff-base tmux zsh fish bash-completion)

# `make bench` also builds the C reference renderer of ../shared/bench, which reads JSON.
if [ "${1:-}" = "--bench" ]; then packages+=(libjson-glib-dev); fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: falta Swift 6 (https://swift.org/install) / Swift 6 is missing" >&2
  exit 2
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Instalando / installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The PDF conformance suite (scripts/conformance.sh) reads the PDFs with pikepdf (qpdf), the fonts
# in them with fontTools and their XMP with lxml, from PyPI.
if ! python3 -c "import pikepdf, fontTools, lxml" >/dev/null 2>&1; then
  echo "Instalando / installing (pip): pikepdf fonttools lxml"
  wheels=(pikepdf==10.18.0 fonttools==4.69.1 lxml==6.2.0)
  # A Debian-managed Python refuses plain installs (PEP 668): then into the user's site.
  python3 -m pip install --quiet --disable-pip-version-check "${wheels[@]}" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages "${wheels[@]}"
fi
