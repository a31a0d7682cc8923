#!/usr/bin/env bash
# The PDF conformance suite: builds every example plan's PDF with the debug build of `plan` and
# checks each against the machine-checkable clauses of PDF/A-2b and PDF/UA-1 that apply
# (Tests/Conformance/clauses.tsv, docs/pdf-conformance.md). Run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
plan=${PLAN:-.build/debug/plan}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for file in plans/*/*.plan; do
  folder=$(dirname "$file")
  # The root file of each plan: the one named like its folder, or the folder's only plan.
  name=$(basename "$folder")
  if [ -f "$folder/$name.plan" ] && [ "$file" != "$folder/$name.plan" ]; then continue; fi
  # Plans with errors are built with --force (the copy marked «CON OBSERVACIONES»).
  "$plan" build --force "$file" -o "$out/$name.pdf" >/dev/null 2>&1 || {
    echo "conformance: plan build failed for $file" >&2
    exit 1
  }
done
# Each standard on its own too (a file is checked against what it claims).
for standard in a-2b ua-1; do
  "$plan" build --pdf-standard "$standard" plans/villa-aurora/villa-aurora.plan \
    -o "$out/villa-aurora-$standard.pdf" >/dev/null 2>&1 || {
    echo "conformance: plan build --pdf-standard $standard failed" >&2
    exit 1
  }
done
# The bill with the plan as Anexo I (`plan ordenanza`): two documents in one file, checked the same.
for bill in "" --proyecto; do
  "$plan" ordenanza $bill plans/villa-aurora/villa-aurora.plan -o "$out/villa-aurora-ordenanza$bill.pdf" \
    >/dev/null 2>&1 || {
    echo "conformance: plan ordenanza $bill failed" >&2
    exit 1
  }
done
"$plan" ordenanza plans/almoranza/almoranza.plan -o "$out/almoranza-acuerdo.pdf" >/dev/null 2>&1 || {
  echo "conformance: plan ordenanza failed for almoranza" >&2
  exit 1
}
python3 Tests/Conformance/check_pdf.py "$out"/*.pdf
echo "conformance: $(ls "$out"/*.pdf | wc -l) PDFs, $(grep -cv '^#' Tests/Conformance/clauses.tsv) clauses: no failures"
