"""Running the checks: the clause table, which clauses a file claims, and the report.
"""
import os
import sys

# Importing the clause modules registers their checks, in the order of clauses.tsv's families.
from . import file_structure, graphics, fonts, annotations, metadata, structure  # noqa: F401,I001

from .document import Document, PDFAID, PDFUAID
from .metadata import claims
from .registry import CHECKS


CLAUSES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clauses.tsv")


def clause_table():
    rows = []
    with open(CLAUSES, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            rows.append(fields)
    return rows


def main(arguments):
    report = "--report" in arguments
    # --all: every clause of both profiles, whatever the file claims (to see how far a file is).
    every = "--all" in arguments
    paths = [a for a in arguments if not a.startswith("--")]
    table = clause_table()
    failures = 0
    for path in paths:
        document = Document(path)
        standard = [claims(document, PDFAID, "part"), claims(document, PDFUAID, "part")]
        for identifier, profile, status, *_ in table:
            if status not in ("checked", "absent"):
                continue
            if not every and profile == "pdfa-2b" and standard[0] != ["2"]:
                continue
            if not every and profile == "pdfua-1" and standard[1] != ["1"]:
                continue
            functions = CHECKS.get(identifier)
            if not functions:
                print(f"{identifier}: no check", file=sys.stderr)
                failures += 1
                continue
            problems = []
            for function in functions:
                try:
                    problems += function(document)
                except Exception as error:  # a check that cannot even read the file fails
                    problems.append(f"{function.__name__}: {type(error).__name__} {error}")
            if problems:
                failures += 1
                print(f"{os.path.basename(path)} {identifier} FAIL: " + "; ".join(problems[:5]))
            elif report:
                print(f"{os.path.basename(path)} {identifier} pass")
    return 1 if failures else 0

