#!/usr/bin/env python3
"""Checks the PDFs `plan build` writes against every machine-checkable clause of PDF/A-2b and
PDF/UA-1 that applies to them (the clause list is `clauses.tsv`, from veraPDF's validation
profiles). Reads the files with pikepdf (qpdf) and the embedded fonts with fontTools.

    python3 Tests/Conformance/check_pdf.py file.pdf…        # checks, prints failures, exit 1 if any
    python3 Tests/Conformance/check_pdf.py --report file.pdf # the result of every clause

A clause is `checked` (a function in `pdfcheck/` tests it on every file), `absent` (the file must not
contain the feature it governs, and a function checks that it does not) or `human` (a person must
judge it); `clauses.tsv` says which, and a test makes sure every checked or absent clause has its
function in `pdfcheck/`.
"""
import sys

from pdfcheck.runner import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
