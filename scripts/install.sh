#!/usr/bin/env bash
# Installs plan into a prefix, or removes what an earlier install put there.
#
#   ./install.sh [--prefix DIR]              installs (DIR defaults to /usr/local)
#   ./install.sh --uninstall [--prefix DIR]  removes exactly what was installed
#
# DESTDIR, when set, is put before the prefix (for packaging). Installs bin/plan, bin/plan-build,
# share/plan/fonts, the man pages and the bash, zsh and fish completions, and lists every file
# and folder it created in share/plan/install-manifest.txt, which --uninstall reads.
set -euo pipefail

prefix=/usr/local
action=install
while [ $# -gt 0 ]; do
  case "$1" in
  --prefix) prefix=${2:?"--prefix necesita una carpeta / --prefix needs a folder"}; shift 2 ;;
  --prefix=*) prefix=${1#--prefix=}; shift ;;
  --uninstall) action=uninstall; shift ;;
  -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "install.sh: opción desconocida / unknown option: $1" >&2; exit 2 ;;
  esac
done
root="${DESTDIR:-}$prefix"
manifest="$root/share/plan/install-manifest.txt"

if [ "$action" = uninstall ]; then
  if [ ! -f "$manifest" ]; then
    echo "plan no está instalado en $root (no existe $manifest) / plan is not installed there" >&2
    exit 2
  fi
  # Read it all first: it lists itself. Files, then the folders the install created, deepest first,
  # when nothing else is left in them.
  mapfile -t entries <"$manifest"
  for entry in "${entries[@]}"; do
    case "$entry" in "f "*) rm -f "$root/${entry#f }" ;; esac
  done
  for entry in "${entries[@]}"; do
    case "$entry" in "d "*) echo "${entry#d }" ;; esac
  done | sort -r | while read -r folder; do rmdir "$root/$folder" 2>/dev/null || true; done
  echo "plan se quitó de $root / plan was removed from $root"
  exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$here/bin/plan" ]; then
  echo "install.sh: no hay bin/plan junto a este script; use make install desde el repositorio" >&2
  exit 2
fi

# The Debian packages the programs need at run time: say which are missing, and how to get them.
if command -v dpkg-query >/dev/null 2>&1 && [ -f "$here/runtime-packages.txt" ]; then
  missing=()
  while read -r package; do
    case "$package" in '' | '#'*) continue ;; esac
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done <"$here/runtime-packages.txt"
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Faltan paquetes de Debian que plan necesita para funcionar / missing Debian packages plan needs:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
  fi
fi

# Installing again replaces the earlier install: its files go (a page a newer version dropped must
# not stay behind), and the folders it created are still this install's to remove.
created=()
if [ -f "$manifest" ]; then
  mapfile -t earlier <"$manifest"
  for entry in "${earlier[@]}"; do
    case "$entry" in
    "f "*) rm -f "$root/${entry#f }" ;;
    "d "*) created+=("${entry#d }") ;;
    esac
  done
fi

# The folders this install creates (to remove them on uninstall), then the files.
files=(bin/plan bin/plan-build)
while IFS= read -r file; do files+=("$file"); done < <(cd "$here" && find share -type f | sort)
for file in "${files[@]}"; do
  folder=$(dirname "$file")
  while [ "$folder" != . ] && [ ! -d "$root/$folder" ]; do
    created+=("$folder")
    folder=$(dirname "$folder")
  done
  mkdir -p "$root/$(dirname "$file")"
  mode=644
  case "$file" in bin/*) mode=755 ;; esac
  install -m "$mode" "$here/$file" "$root/$file"
done
{
  for file in "${files[@]}"; do echo "f $file"; done
  echo "f share/plan/install-manifest.txt"
  if [ ${#created[@]} -gt 0 ]; then printf 'd %s\n' "${created[@]}" | sort -u; fi
} >"$manifest"

echo "plan se instaló en $root / plan was installed in $root"
case ":$PATH:" in
*":$prefix/bin:"*) ;;
*) echo "Agregue $prefix/bin al PATH / add $prefix/bin to PATH" ;;
esac
