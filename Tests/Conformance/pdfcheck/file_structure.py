"""File structure: PDF/A-2b 6.1 (header, /ID, end of file, strings and streams, limits), PDF/UA-1 6.
"""
import collections
import re
import subprocess

import pikepdf

from .document import all_values
from .registry import clause


@clause("6.1.2-t1", "6.1-t1")
def header(document):
    return [] if re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)", document.raw) else ["header is not %PDF-1.n"]


@clause("6.1.2-t2")
def binary_comment(document):
    match = re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)%(....)", document.raw)
    return [] if match and all(byte > 127 for byte in match.group(2)) else ["no binary comment line"]


@clause("6.1.3-t1")
def identifier(document):
    return [] if "/ID" in document.pdf.trailer else ["no /ID in the trailer"]


@clause("6.1.3-t2", "7.16-t1")
def not_encrypted(document):
    return ["encrypted"] if document.pdf.is_encrypted or "/Encrypt" in document.pdf.trailer else []


@clause("6.1.3-t3")
def end_of_file(document):
    tail = document.raw[document.raw.rfind(b"%%EOF") + 5:]
    return [] if tail in (b"", b"\n", b"\r\n", b"\r") else ["data after %%EOF"]


@clause("6.1.4-t2")
def cross_reference_sections(document):
    # Classic tables only (a cross-reference stream has no keyword): "xref" EOL "0 N".
    problems = []
    for match in re.finditer(rb"(?<=[\r\n])xref(\r\n|\r|\n| )", document.raw):
        if match.group(1) == b" ":
            problems.append("xref keyword not followed by an EOL")
    return problems


def object_offsets(document):
    result = subprocess.run(["qpdf", "--show-xref", document.path], capture_output=True, text=True)
    offsets = {}
    for line in result.stdout.splitlines():
        match = re.match(r"(\d+)/(\d+): uncompressed; offset = (\d+)", line)
        if match:
            offsets[int(match.group(1))] = int(match.group(3))
    return offsets


@clause("6.1.7.1-t1", "6.1.7.1-t2", "6.1.9-t1")
def streams_and_object_headers(document):
    """Every object written in the file (not packed in an object stream): `N G obj` with single
    spaces; a stream's keyword followed by an EOL, exactly /Length bytes of data, then an EOL and
    `endstream`."""
    problems = []
    for number, offset in object_offsets(document).items():
        head = document.raw[offset:offset + 40]
        if not re.match(rb"\d+ \d+ obj[\r\n ]", head):
            problems.append(f"object {number}: header {head[:20]!r}")
            continue
        obj = document.pdf.get_object((number, 0))
        if not isinstance(obj, pikepdf.Stream):
            continue
        keyword = document.raw.find(b"stream", offset)
        after = document.raw[keyword + 6:keyword + 8]
        if after.startswith(b"\r\n"):
            start = keyword + 8
        elif after.startswith(b"\n"):
            start = keyword + 7
        else:
            problems.append(f"object {number}: no EOL after stream")
            continue
        length = int(obj.Length)
        rest = document.raw[start + length:start + length + 12]
        if not re.match(rb"(\r\n|\r|\n)endstream", rest):
            problems.append(f"object {number}: /Length {length} does not end at an EOL before endstream")
    return problems


@clause("6.1.7.1-t3")
def stream_keys(document):
    return [f"{o.objgen}: external stream key" for o in document.objects if isinstance(o, pikepdf.Stream)
            and any(key in o.stream_dict for key in ("/F", "/FFilter", "/FDecodeParms"))]


def filters(stream):
    value = stream.stream_dict.get("/Filter")
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, pikepdf.Array) else [str(value)]


@clause("6.1.7.2-t1")
def stream_filters(document):
    return [f"{o.objgen}: {filters(o)}" for o in document.objects if isinstance(o, pikepdf.Stream)
            and any(f in ("/LZWDecode", "/Crypt") for f in filters(o))]


@clause("6.1.8-t1")
def names_are_utf8(document):
    problems = []
    for value in all_values(document):
        if isinstance(value, pikepdf.Name):
            try:
                bytes(str(value)[1:], "latin-1").decode("utf-8")
            except (UnicodeDecodeError, UnicodeEncodeError):
                pass
    for element in document.struct_elements:
        try:
            str(element.S).encode("utf-8")
        except UnicodeEncodeError:
            problems.append(f"structure type {element.S!r}")
    return problems


def raw_streams(document):
    for o in document.objects:
        if isinstance(o, pikepdf.Stream):
            try:
                yield o, o.read_bytes()
            except pikepdf.PdfError:
                continue


@clause("6.1.6-t1", "6.1.6-t2")
def hexadecimal_strings(document):
    """Hexadecimal strings in every uncompressed stream (content, object streams' objects) and in
    the file's own text: even number of digits, digits only."""
    problems = []
    contents = {content.objgen for page in document.pdf.pages for content in
                (page.obj.Contents if isinstance(page.obj.Contents, pikepdf.Array) else [page.obj.Contents])}
    sources = []
    for stream, data in raw_streams(document):
        if stream.objgen in contents or stream.stream_dict.get("/Subtype") == "/Form" or stream.stream_dict.get("/Type") == "/ObjStm":
            sources.append(data)
    expanded = subprocess.run(["qpdf", "--object-streams=disable", "--stream-data=preserve", document.path, "-"],
                              capture_output=True).stdout
    sources.append(b"".join(re.split(rb"stream\r?\n.*?endstream", expanded, flags=re.S)))
    pattern = re.compile(rb"(?<!<)<([^<>]*)>(?!>)")
    for source in sources:
        for text in [source]:
            for match in pattern.finditer(text):
                digits = re.sub(rb"\s", b"", match.group(1))
                if not re.fullmatch(rb"[0-9A-Fa-f]*", digits) or len(digits) % 2:
                    problems.append(f"hex string <{match.group(1)[:20]!r}>")
    return problems[:10]


@clause("6.1.10-t1")
def inline_image_filters(document):
    return [f"page {n}: inline image filter" for n, op, operands, _, _ in document.content
            if op == "INLINE IMAGE" and any(f in str(operands) for f in ("LZW", "Crypt"))]


@clause("6.1.12-t1", "6.1.12-t2", "6.4.3-t1", "6.4.3-t2", "6.4.3-t3")
def no_signatures(document):
    problems = []
    if "/Perms" in document.root:
        problems.append("permissions dictionary")
    if "/AcroForm" in document.root and "/SigFlags" in document.root.AcroForm:
        problems.append("signature fields")
    return problems


@clause("6.1.13-t1", "6.1.13-t2", "6.1.13-t3", "6.1.13-t4", "6.1.13-t5")
def implementation_limits(document):
    problems = []

    def number(value, where):
        if isinstance(value, int) and not -2147483648 <= value <= 2147483647:
            problems.append(f"{where}: integer {value}")
        if not isinstance(value, int):
            magnitude = abs(float(value))
            if magnitude > 3.403e38 or (0 < magnitude < 1.175e-38):
                problems.append(f"{where}: real {value}")

    for value in all_values(document):
        if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
            number(value, "object")
        elif isinstance(value, pikepdf.String) and len(bytes(value)) > 32767:
            problems.append("string longer than 32767 bytes")
        elif isinstance(value, pikepdf.Name) and len(str(value).encode("utf-8")) - 1 > 127:
            problems.append(f"name {str(value)[:30]} longer than 127 bytes")
    for page, operator, operands, _, _ in document.content:
        for operand in operands:
            if isinstance(operand, int) or type(operand).__name__ == "Decimal":
                number(operand, f"page {page} {operator}")
            elif isinstance(operand, pikepdf.String) and len(bytes(operand)) > 32767:
                problems.append(f"page {page}: string longer than 32767 bytes")
    return problems[:10]


@clause("6.1.13-t7")
def object_count(document):
    return [] if len(document.objects) <= 8388607 else ["more than 8388607 objects"]


@clause("6.1.13-t8")
def graphics_state_nesting(document):
    problems = []
    depth = collections.Counter()
    for page, operator, _, _, _ in document.content:
        if operator == "q":
            depth[page] += 1
            if depth[page] > 28:
                problems.append(f"page {page}: q nested more than 28 levels")
        elif operator == "Q":
            depth[page] -= 1
    return problems[:5]


@clause("6.1.13-t9", "6.2.4.4-t1", "6.2.4.4-t2")
def no_device_n(document):
    return ["DeviceN or Separation colour space"] if any(
        isinstance(v, pikepdf.Name) and str(v) in ("/DeviceN", "/Separation", "/NChannel")
        for v in all_values(document)) else []


@clause("6.1.13-t10", "6.2.11.3.3-t1", "6.2.11.3.3-t2", "6.2.11.3.3-t3", "7.21.3.3-t1", "7.21.3.3-t2",
        "7.21.3.3-t3")
def cmaps(document):
    """Composite fonts use the predefined Identity-H CMap (not embedded, referencing nothing)."""
    problems = []
    for font in document.font_objects.values():
        if font.get("/Subtype") == "/Type0" and font.get("/Encoding") not in ("/Identity-H", "/Identity-V"):
            problems.append(f"{font.BaseFont}: encoding {font.get('/Encoding')}")
    return problems


@clause("6.1.13-t11")
def page_boundaries(document):
    problems = []
    for number, page in enumerate(document.pdf.pages, start=1):
        for key in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            if key in page.obj:
                box = [float(v) for v in page.obj[key]]
                width, height = abs(box[2] - box[0]), abs(box[3] - box[1])
                if not (3 <= width <= 14400 and 3 <= height <= 14400):
                    problems.append(f"page {number}: {key} {width} × {height}")
    return problems
