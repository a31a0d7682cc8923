"""Annotations, actions and forms, and links: PDF/A-2b 6.3–6.5, PDF/UA-1 7.18.
"""
import pikepdf

from .document import all_values
from .registry import clause


def annotations(document):
    for number, page in enumerate(document.pdf.pages, start=1):
        for annotation in page.obj.get("/Annots", []):
            yield number, annotation


@clause("6.3.1-t1", "7.18.2-t1")
def annotation_types(document):
    allowed = {"/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Highlight",
               "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup", "/FileAttachment",
               "/Widget", "/PrinterMark", "/Watermark", "/Redact"}
    return [f"page {n}: {a.Subtype}" for n, a in annotations(document) if str(a.get("/Subtype")) not in allowed]


@clause("6.3.2-t1", "6.3.2-t2")
def annotation_flags(document):
    problems = []
    for number, annotation in annotations(document):
        if annotation.get("/Subtype") == "/Popup":
            continue
        flags = int(annotation.get("/F", -1))
        if flags < 0:
            problems.append(f"page {number}: annotation without /F")
        elif not flags & 4 or flags & (1 | 2 | 32 | 256):
            problems.append(f"page {number}: annotation flags {flags}")
    return problems[:10]


@clause("6.3.3-t1", "6.3.3-t2", "6.3.3-t3", "6.3.3-t4")
def appearances(document):
    problems = []
    for number, annotation in annotations(document):
        rect = [float(v) for v in annotation.Rect]
        if annotation.get("/Subtype") in ("/Popup", "/Link") or (rect[0] == rect[2] and rect[1] == rect[3]):
            continue
        if "/AP" not in annotation or list(annotation.AP.keys()) != ["/N"]:
            problems.append(f"page {number}: {annotation.Subtype} appearance")
    return problems


@clause("6.4.1-t1", "6.4.1-t2", "6.4.1-t3", "6.4.2-t1", "7.15-t1", "7.18.1-t3", "7.18.4-t1", "7.18.4-t2")
def no_forms(document):
    problems = []
    if "/AcroForm" in document.root:
        problems.append("interactive form")
    problems += [f"page {n}: widget" for n, a in annotations(document) if a.get("/Subtype") == "/Widget"]
    return problems


@clause("6.4.2-t2")
def needs_rendering(document):
    return ["NeedsRendering"] if "/NeedsRendering" in document.root else []


@clause("6.5.1-t1", "6.5.1-t2", "6.5.2-t1", "6.5.2-t2")
def actions(document):
    forbidden = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/Hide", "/SetOCGState", "/Rendition",
                 "/Trans", "/GoTo3DView", "/JavaScript", "/SetState", "/NOP"}
    problems = []
    for value in all_values(document):
        if isinstance(value, pikepdf.Dictionary) and value.get("/Type") == "/Action" or (
                isinstance(value, pikepdf.Dictionary) and "/S" in value and str(value.get("/S")) in forbidden):
            kind = str(value.get("/S"))
            if kind in forbidden:
                problems.append(f"action {kind}")
            if kind == "/Named" and str(value.get("/N")) not in ("/NextPage", "/PrevPage", "/FirstPage", "/LastPage"):
                problems.append(f"named action {value.get('/N')}")
    if "/AA" in document.root:
        problems.append("catalog /AA")
    problems += [f"page {n}: /AA" for n, p in enumerate(document.pdf.pages, 1) if "/AA" in p.obj]
    return problems


@clause("7.18.1-t1")
def annotations_tagged(document):
    return [f"page {n}: {a.Subtype} outside an Annot element" for n, a in annotations(document)
            if a.get("/Subtype") not in ("/Widget", "/PrinterMark", "/Link") and parent_element(document, a) is None]


def parent_element(document, annotation):
    if "/StructParent" not in annotation:
        return None
    tree = document.root.StructTreeRoot.ParentTree
    return number_tree(tree).get(int(annotation.StructParent))


def number_tree(node, result=None):
    result = {} if result is None else result
    if "/Nums" in node:
        values = list(node.Nums)
        for index in range(0, len(values), 2):
            result[int(values[index])] = values[index + 1]
    for kid in node.get("/Kids", []):
        number_tree(kid, result)
    return result


@clause("7.18.1-t2", "7.18.5-t2")
def annotation_descriptions(document):
    return [f"page {n}: {a.Subtype} without /Contents" for n, a in annotations(document)
            if a.get("/Subtype") != "/Widget" and not str(a.get("/Contents", "")).strip()][:10]


@clause("7.18.3-t1")
def tab_order(document):
    return [f"page {n}: /Tabs {p.obj.get('/Tabs')}" for n, p in enumerate(document.pdf.pages, 1)
            if "/Annots" in p.obj and p.obj.get("/Tabs") != "/S"]


@clause("7.18.5-t1")
def links_tagged(document):
    problems = []
    for number, annotation in annotations(document):
        if annotation.get("/Subtype") != "/Link":
            continue
        parent = parent_element(document, annotation)
        if parent is None or str(parent.get("/S")) != "/Link":
            problems.append(f"page {number}: link annotation not in a Link element")
    return problems[:10]


@clause("7.18.6.2-t1", "7.18.6.2-t2", "7.18.8-t1")
def no_media_or_printer_marks(document):
    return [f"page {n}: {a.Subtype}" for n, a in annotations(document)
            if a.get("/Subtype") in ("/Screen", "/Movie", "/Sound", "/PrinterMark", "/3D", "/RichMedia")]
