"""The checks of `check_pdf.py`, one module per concern:

- `document`: the PDF read once (objects, structure elements, content with its marked-content
  context, XMP) and the helpers every check shares;
- `registry`: which function checks which clause of `clauses.tsv`;
- `file_structure`, `graphics`, `fonts`, `metadata`: mostly PDF/A-2b (6.1, 6.2, 6.2.11, 6.6) and the
  PDF/UA-1 clauses on the same objects;
- `annotations`: annotations, actions, forms and links (PDF/A-2b 6.3–6.5, PDF/UA-1 7.18);
- `structure`: the tagged structure (PDF/UA-1 7.1–7.9);
- `runner`: the clause table and the command line.
"""
