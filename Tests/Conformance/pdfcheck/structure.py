"""Tagged structure: PDF/UA-1 6.2, 7.1–7.9 (marked content, structure types and nesting, tables,
figures, headings).
"""
import collections
import re

import pikepdf

from .document import PAINTING, STANDARD_TYPES
from .registry import clause


@clause("6.2-t1")
def marked(document):
    return [] if document.root.get("/MarkInfo", {}).get("/Marked") is True else ["MarkInfo Marked is not true"]


@clause("7.1-t4")
def suspects(document):
    return ["Suspects true"] if document.root.get("/MarkInfo", {}).get("/Suspects") is True else []


@clause("7.1-t1", "7.1-t2", "7.1-t3")
def content_marked(document):
    """Every painting operator is inside tagged content (an MCID) or an artifact, never both."""
    problems = set()
    for page, operator, _, stack, _ in document.content:
        if operator == "EMC-unbalanced":
            problems.add(f"page {page}: EMC without BDC")
            continue
        kinds = [entry[0] for entry in stack]
        if "artifact" in kinds and "tagged" in kinds:
            problems.add(f"page {page}: artifact and tagged content nested")
        if operator in PAINTING and "artifact" not in kinds and "tagged" not in kinds:
            problems.add(f"page {page}: {operator} neither tagged nor an artifact")
    return sorted(problems)[:10]


@clause("7.1-t5", "7.1-t6", "7.1-t7")
def standard_types(document):
    problems = [f"non-standard structure type {document.kind(e)}" for e in document.struct_elements
                if document.kind(e) not in STANDARD_TYPES]
    role_map = document.root.StructTreeRoot.get("/RoleMap", {})
    problems += [f"standard type {key} remapped" for key in role_map.keys() if key[1:] in STANDARD_TYPES]
    return problems


@clause("7.1-t11")
def structure_tree(document):
    return [] if "/StructTreeRoot" in document.root else ["no StructTreeRoot"]


@clause("7.1-t12")
def structure_parents(document):
    return [f"{document.kind(e)} without /P" for e in document.struct_elements if "/P" not in e][:5]


@clause("7.2-t2", "7.2-t21", "7.2-t22", "7.2-t23", "7.2-t24", "7.2-t25", "7.2-t30", "7.2-t31", "7.2-t32", "7.2-t33",
        "7.2-t34")
def language(document):
    return [] if str(document.root.get("/Lang", "")).strip() else ["no catalog /Lang"]


@clause("7.2-t29")
def language_tags(document):
    problems = []
    values = [document.root.get("/Lang")] + [e.get("/Lang") for e in document.struct_elements]
    for value in values:
        if value is not None and not re.fullmatch(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", str(value)):
            problems.append(f"Lang {value}")
    return problems


def parent_kind(document, element):
    parent = element.get("/P")
    return document.kind(parent) if isinstance(parent, pikepdf.Dictionary) and parent.get("/Type") == "/StructElem" else None


@clause(*[f"7.2-t{n}" for n in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 26, 27, 28, 36, 37, 38,
                                    39, 40)])
def nesting(document):
    """Tables, lists and tables of contents hold what they may, where they may."""
    rules_parent = {"TR": {"Table", "THead", "TBody", "TFoot"}, "THead": {"Table"}, "TBody": {"Table"},
                    "TFoot": {"Table"}, "TH": {"TR"}, "TD": {"TR"}, "LI": {"L"}, "LBody": {"LI"}, "TOCI": {"TOC"}}
    rules_kids = {"Table": {"TR", "THead", "TBody", "TFoot", "Caption"}, "TR": {"TH", "TD"},
                  "L": {"L", "LI", "Caption"}, "LI": {"Lbl", "LBody"}, "TOC": {"TOC", "TOCI", "Caption"},
                  "THead": {"TR"}, "TBody": {"TR"}, "TFoot": {"TR"}}
    problems = set()
    for element in document.struct_elements:
        kind = document.kind(element)
        if kind in rules_parent and parent_kind(document, element) not in rules_parent[kind]:
            problems.add(f"{kind} inside {parent_kind(document, element)}")
        kids = [document.kind(k) for k in document.kids(element)]
        if kind in rules_kids:
            for kid in kids:
                if kid not in rules_kids[kind]:
                    problems.add(f"{kind} holds {kid}")
        if kind == "Table":
            if kids.count("THead") > 1 or kids.count("TFoot") > 1 or kids.count("Caption") > 1:
                problems.add("Table with two THead, TFoot or Caption")
            if ("THead" in kids or "TFoot" in kids) and "TBody" not in kids:
                problems.add("Table with THead or TFoot and no TBody")
            if "Caption" in kids and kids.index("Caption") not in (0, len(kids) - 1):
                problems.add("Table caption in the middle")
        if kind in ("L", "TOC") and "Caption" in kids and kids.index("Caption") != 0:
            problems.add(f"{kind} caption not first")
    return sorted(problems)


def table_grid(document, table):
    rows = []
    for kid in document.kids(table):
        kind = document.kind(kid)
        if kind == "TR":
            rows.append(kid)
        elif kind in ("THead", "TBody", "TFoot"):
            rows += [r for r in document.kids(kid) if document.kind(r) == "TR"]
    grid = []
    for row in rows:
        cells = []
        for cell in document.kids(row):
            attributes = cell.get("/A", {})
            span = int(attributes.get("/ColSpan", 1)) if isinstance(attributes, pikepdf.Dictionary) else 1
            scope = str(attributes.get("/Scope")) if isinstance(attributes, pikepdf.Dictionary) and "/Scope" in attributes else None
            cells.append((document.kind(cell), span, scope))
        grid.append(cells)
    return grid


@clause("7.2-t15", "7.2-t41", "7.2-t42", "7.2-t43")
def table_shapes(document):
    """Every row of a table covers the same columns (counting spans): no cell overlaps another."""
    problems = []
    for table in [e for e in document.struct_elements if document.kind(e) == "Table"]:
        widths = {sum(span for _, span, _ in row) for row in table_grid(document, table)}
        if len(widths) > 1:
            problems.append(f"table rows of {sorted(widths)} columns")
    return problems


@clause("7.5-t1", "7.5-t2")
def table_headers(document):
    """Each column's header cell has a scope, so every data cell finds its header."""
    problems = []
    for table in [e for e in document.struct_elements if document.kind(e) == "Table"]:
        grid = table_grid(document, table)
        if not any(kind == "TH" for row in grid for kind, _, _ in row):
            problems.append("table without header cells")
        for row in grid:
            for kind, _, scope in row:
                if kind == "TH" and scope not in ("/Column", "/Row", "/Both"):
                    problems.append("TH without a Scope")
    return sorted(set(problems))


@clause("7.3-t1")
def figure_descriptions(document):
    return [f"Figure without /Alt" for e in document.struct_elements if document.kind(e) == "Figure"
            and not str(e.get("/Alt", "")).strip() and not str(e.get("/ActualText", "")).strip()]


@clause("7.4.2-t1", "7.4.4-t1", "7.4.4-t2", "7.4.4-t3")
def headings(document):
    """Numbered headings only (a weakly structured document): H1 first, then never a level skipped."""
    problems = []
    order = []

    def walk(element):
        kind = document.kind(element)
        if kind == "H":
            problems.append("generic H heading")
        if re.fullmatch(r"H[1-6]", kind):
            order.append(int(kind[1]))
        for kid in document.kids(element):
            walk(kid)

    for kid in document.kids(document.root.StructTreeRoot) or [document.root.StructTreeRoot.K]:
        walk(kid)
    if order and order[0] != 1:
        problems.append(f"first heading is H{order[0]}")
    for previous, current in zip(order, order[1:]):
        if current > previous + 1:
            problems.append(f"H{previous} followed by H{current}")
    return sorted(set(problems))


@clause("7.7-t1")
def formulas(document):
    return ["Formula without Alt" for e in document.struct_elements if document.kind(e) == "Formula" and "/Alt" not in e]


@clause("7.9-t1", "7.9-t2")
def notes(document):
    identifiers = [str(e.get("/ID")) for e in document.struct_elements if document.kind(e) == "Note"]
    problems = ["Note without ID" for i in identifiers if i == "None"]
    if len(set(identifiers)) != len(identifiers):
        problems.append("Note IDs repeated")
    return problems


@clause("7.20-t2")
def forms_in_one_context(document):
    """A form XObject painted in more than one place is an artifact everywhere, or never tagged."""
    problems = []
    contexts = collections.defaultdict(set)
    for page, operator, operands, stack, resources in document.content:
        if operator == "Do" and resources is not None and "/XObject" in resources:
            xobject = resources.XObject[operands[0]]
            if xobject.get("/Subtype") == "/Form":
                kinds = tuple(entry[0] for entry in stack)
                contexts[xobject.objgen].add("artifact" if "artifact" in kinds else "tagged")
                if "/StructParents" in xobject.stream_dict and "artifact" in kinds:
                    problems.append(f"tagged form {xobject.objgen} painted as an artifact")
    problems += [f"form {key} painted as tagged content and as an artifact" for key, kinds in contexts.items() if len(kinds) > 1]
    return problems
