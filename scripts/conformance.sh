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
# The showcase's yearly progress reports (its two years), typeset by the same engine: the same
# clauses apply.
for year in 2025 2026; do
  "$plan" report plans/villa-aurora/villa-aurora.plan --periodo $year \
    -o "$out/villa-aurora-informe-$year.pdf" >/dev/null 2>&1 || {
    echo "conformance: plan report $year failed for the showcase" >&2
    exit 1
  }
done
# An amendment of the showcase (an end date and a budget changed, a title reworded), built with its
# redline annex against the showcase (`--comparar`): underlined and struck words are checked too.
amended="$out/enmienda"
mkdir -p "$amended"
cp plans/villa-aurora/*.plan plans/villa-aurora/escudo.png "$amended/"
sed -i -e 's/  hasta       2030-12$/  hasta       2029-12/' -e 's/presupuesto 9.000 USD/presupuesto 12.000 USD/' \
  -e 's/y en su Unidad Temática/y en la Unidad Temática/' "$amended/acciones.plan"
"$plan" build "$amended/villa-aurora.plan" --comparar plans/villa-aurora -o "$out/villa-aurora-enmienda.pdf" \
  >/dev/null 2>&1 || {
  echo "conformance: plan build --comparar failed for the showcase's amendment" >&2
  exit 1
}
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
