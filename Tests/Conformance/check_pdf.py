#!/usr/bin/env python3
"""Checks the PDFs `plan build` writes against every machine-checkable clause of PDF/A-2b and
PDF/UA-1 that applies to them (the clause list is `clauses.tsv`, from veraPDF's validation
profiles). Reads the files with pikepdf (qpdf) and the embedded fonts with fontTools.

    python3 Tests/Conformance/check_pdf.py file.pdf…        # checks, prints failures, exit 1 if any
    python3 Tests/Conformance/check_pdf.py --report file.pdf # the result of every clause

A clause is `checked` (a function below tests it on every file), `absent` (the file must not
contain the feature it governs, and a function checks that it does not) or `human` (a person must
judge it); `clauses.tsv` says which, and a test makes sure every checked or absent clause has its
function here.
"""
import collections
import io
import os
import re
import subprocess
import sys

import pikepdf
from fontTools.ttLib import TTFont
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKS = {}


def clause(*identifiers):
    """Registers a check for one or more clauses; it returns a list of problems (empty: passes)."""
    def register(function):
        for identifier in identifiers:
            CHECKS.setdefault(identifier, []).append(function)
        return function
    return register


# MARK: - Reading the file once


STANDARD_TYPES = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H
H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry
Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())

OPERATORS = set("""b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J
K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf TJ Tj TL Tm Tr Ts Tw Tz v w W W* y ' \"""".split())

PAINTING = set("Tj TJ ' \" S s f F f* B B* b b* sh Do EI".split())


class Document:
    def __init__(self, path):
        self.path = path
        self.raw = open(path, "rb").read()
        self.pdf = pikepdf.open(path)
        self.root = self.pdf.Root
        self.xmp = None
        if "/Metadata" in self.root:
            self.xmp_bytes = self.root.Metadata.read_bytes()
            self.xmp = etree.fromstring(self.xmp_bytes.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
        self.objects = list(self.pdf.objects)
        self.struct_elements = [o for o in self.objects if isinstance(o, pikepdf.Dictionary)
                                and o.get("/Type") == "/StructElem"]
        self.fonts = {}
        self.content = []  # (page number, instructions with their marked-content context)
        self.glyph_uses = collections.defaultdict(set)  # font objgen -> codes
        self.font_objects = {}
        for number, page in enumerate(self.pdf.pages, start=1):
            self.walk_content(number, page.obj, page.obj.get("/Resources"), [], set())

    def walk_content(self, number, holder, resources, marks, seen):
        """Every instruction of a page's content (and of the forms it paints), with the marked-
        content sequences around it: ("tagged", mcid) or ("artifact",) or ("other", tag)."""
        instructions = pikepdf.parse_content_stream(holder)
        font = None
        stack = list(marks)
        for instruction in instructions:
            operator = str(instruction.operator)
            operands = list(instruction.operands) if hasattr(instruction, "operands") else []
            if operator in ("BDC", "BMC"):
                tag = str(operands[0])
                properties = operands[1] if len(operands) > 1 else None
                if tag == "/Artifact":
                    stack.append(("artifact",))
                elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                    stack.append(("tagged", int(properties.MCID)))
                else:
                    stack.append(("other", tag))
            elif operator == "EMC":
                if stack:
                    stack.pop()
                else:
                    self.content.append((number, "EMC-unbalanced", [], tuple(stack), None))
            if operator == "Tf":
                name = operands[0]
                font = resources.Font[name] if resources is not None and "/Font" in resources else None
                if font is not None:
                    self.font_objects[font.objgen] = font
            if operator in ("Tj", "'", "\"", "TJ") and font is not None:
                strings = operands[-1] if operator != "TJ" else [o for o in operands[0] if isinstance(o, pikepdf.String)]
                if operator != "TJ":
                    strings = [strings]
                for string in strings:
                    data = bytes(string)
                    width = 2 if font.get("/Subtype") == "/Type0" else 1
                    for index in range(0, len(data) - width + 1, width):
                        self.glyph_uses[font.objgen].add(int.from_bytes(data[index:index + width], "big"))
            self.content.append((number, operator, operands, tuple(stack), resources))
            if operator == "Do" and resources is not None and "/XObject" in resources:
                xobject = resources.XObject[operands[0]]
                if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
                    self.walk_content(number, xobject, xobject.get("/Resources", resources), stack,
                                      seen | {xobject.objgen})

    def xmp_values(self, namespace, name):
        if self.xmp is None:
            return []
        return [element for element in self.xmp.iter("{%s}%s" % (namespace, name))]

    def kids(self, element):
        k = element.get("/K")
        items = list(k) if isinstance(k, pikepdf.Array) else ([] if k is None else [k])
        return [item for item in items if isinstance(item, pikepdf.Dictionary) and item.get("/Type") == "/StructElem"]

    def kind(self, element):
        return str(element.S)[1:]


RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFUAID = "http://www.aiim.org/pdfua/ns/id/"
PREDEFINED = {
    DC, "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/pdf/1.3/", PDFAID,
    "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/rights/", RDF,
    "http://www.aiim.org/pdfa/ns/extension/", "http://www.aiim.org/pdfa/ns/schema#",
    "http://www.aiim.org/pdfa/ns/property#", "http://www.aiim.org/pdfa/ns/type#",
    "http://www.aiim.org/pdfa/ns/field#", "http://www.w3.org/XML/1998/namespace",
}


def all_values(document):
    """Every direct and indirect PDF object reachable, once (numbers, strings, names…)."""
    seen = set()
    stack = list(document.objects)
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, pikepdf.Dictionary) or isinstance(item, pikepdf.Stream):
            for key in item.keys():
                yield pikepdf.Name(key)
                value = item.get(key)
                if isinstance(value, pikepdf.Object) and value.is_indirect:
                    continue
                stack.append(value)
        elif isinstance(item, pikepdf.Array):
            for value in item:
                if isinstance(value, pikepdf.Object) and value.is_indirect:
                    continue
                stack.append(value)


# MARK: - File structure (PDF/A-2b 6.1, PDF/UA-1 6)


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


# MARK: - Graphics (PDF/A-2b 6.2)


@clause("6.2.2-t1")
def defined_operators(document):
    return sorted({f"page {n}: {op}" for n, op, _, _, _ in document.content
                   if op not in OPERATORS and op not in ("INLINE IMAGE", "EMC-unbalanced")})[:10]


@clause("6.2.2-t2")
def resources_declared(document):
    problems = []
    for number, page in enumerate(document.pdf.pages, start=1):
        if "/Resources" not in page.obj:
            problems.append(f"page {number}: no /Resources")
    for o in document.objects:
        if isinstance(o, pikepdf.Stream) and o.stream_dict.get("/Subtype") == "/Form" and "/Resources" not in o.stream_dict:
            problems.append(f"form {o.objgen}: no /Resources")
    return problems


def output_intent_profiles(document):
    for intent in document.root.get("/OutputIntents", []):
        if "/DestOutputProfile" in intent:
            yield intent, intent.DestOutputProfile.read_bytes()


@clause("6.2.3-t1")
def output_profile(document):
    problems = []
    intents = list(output_intent_profiles(document))
    if not intents:
        problems.append("no PDF/A output intent")
    for intent, profile in intents:
        if profile[12:16] not in (b"prtr", b"mntr"):
            problems.append(f"profile class {profile[12:16]!r}")
        if profile[16:20] not in (b"RGB ", b"CMYK", b"GRAY"):
            problems.append(f"profile colour space {profile[16:20]!r}")
        if profile[8] >= 5:
            problems.append(f"profile version {profile[8]}")
        if str(intent.get("/S")) != "/GTS_PDFA1":
            problems.append(f"output intent subtype {intent.get('/S')}")
    return problems


@clause("6.2.3-t2")
def one_profile(document):
    profiles = {bytes(p) for _, p in output_intent_profiles(document)}
    return [] if len(profiles) <= 1 else ["output intents with different profiles"]


@clause("6.2.3-t3")
def no_profile_reference(document):
    return ["DestOutputProfileRef"] if any("/DestOutputProfileRef" in i for i in document.root.get("/OutputIntents", [])) else []


def colour_spaces(document):
    for value in all_values(document):
        if isinstance(value, pikepdf.Array) and len(value) == 2 and value[0] == "/ICCBased":
            yield value


@clause("6.2.4.2-t1", "6.2.4.2-t2")
def icc_colour_spaces(document):
    problems = []
    for space in colour_spaces(document):
        profile = space[1].read_bytes()
        if profile[36:40] != b"acsp" or profile[8] >= 5:
            problems.append("ICCBased colour space with an unusable profile")
        if int(space[1].get("/N", 0)) == 4:
            problems.append("ICCBased CMYK (overprint mode not checked)")
    return problems


def intent_colour_space(document):
    for _, profile in output_intent_profiles(document):
        return profile[16:20]
    return None


@clause("6.2.4.3-t2", "6.2.4.3-t3", "6.2.4.3-t4")
def device_colour_spaces(document):
    """Device colour only with a matching output intent: RGB (rg, RG, /DeviceRGB) with the sRGB
    intent, grey (g, G) with any intent, CMYK (k, K, /DeviceCMYK) never."""
    space = intent_colour_space(document)
    problems = set()
    for page, operator, operands, _, _ in document.content:
        if operator in ("rg", "RG") and space != b"RGB ":
            problems.add(f"page {page}: DeviceRGB without an RGB output intent")
        if operator in ("k", "K"):
            problems.add(f"page {page}: DeviceCMYK")
        if operator in ("g", "G") and space is None:
            problems.add(f"page {page}: DeviceGray without an output intent")
    for value in all_values(document):
        if isinstance(value, pikepdf.Name) and str(value) == "/DeviceCMYK":
            problems.add("DeviceCMYK colour space")
        if isinstance(value, pikepdf.Name) and str(value) == "/DeviceRGB" and space != b"RGB ":
            problems.add("DeviceRGB colour space without an RGB output intent")
    return sorted(problems)


def ext_g_states(document):
    for o in document.objects:
        if isinstance(o, pikepdf.Dictionary) and ("/Type" in o and o.Type == "/ExtGState" or
                                                 any(k in o for k in ("/ca", "/CA", "/BM", "/SMask") if k)):
            yield o
    for value in all_values(document):
        if isinstance(value, pikepdf.Dictionary) and "/ExtGState" in value:
            for name in value.ExtGState.keys():
                yield value.ExtGState[name]


@clause("6.2.5-t1", "6.2.5-t2", "6.2.5-t3", "6.2.5-t4", "6.2.5-t5", "6.2.5-t6")
def graphics_states(document):
    problems = []
    for state in ext_g_states(document):
        if "/TR" in state:
            problems.append("ExtGState /TR")
        if "/TR2" in state and state.TR2 != "/Default":
            problems.append("ExtGState /TR2")
        if "/HTP" in state:
            problems.append("ExtGState /HTP")
        if "/HT" in state:
            problems.append("halftone")
    return sorted(set(problems))


@clause("6.2.6-t1")
def rendering_intents(document):
    allowed = {"/RelativeColorimetric", "/AbsoluteColorimetric", "/Perceptual", "/Saturation"}
    problems = [f"page {n}: ri {o}" for n, op, o, _, _ in document.content if op == "ri" and str(o[0]) not in allowed]
    for state in ext_g_states(document):
        if "/RI" in state and str(state.RI) not in allowed:
            problems.append(f"ExtGState /RI {state.RI}")
    return problems


def images(document):
    return [o for o in document.objects if isinstance(o, pikepdf.Stream) and o.stream_dict.get("/Subtype") == "/Image"]


@clause("6.2.8-t1", "6.2.8-t2", "6.2.8-t3", "6.2.8-t4", "6.2.8-t5")
def image_dictionaries(document):
    problems = []
    for image in images(document):
        d = image.stream_dict
        if "/Alternates" in d or "/OPI" in d:
            problems.append(f"image {image.objgen}: Alternates or OPI")
        if d.get("/Interpolate") is True or d.get("/Interpolate") == True:  # noqa: E712
            problems.append(f"image {image.objgen}: Interpolate true")
        bits = d.get("/BitsPerComponent")
        if bits is not None and int(bits) not in (1, 2, 4, 8, 16):
            problems.append(f"image {image.objgen}: BitsPerComponent {bits}")
        if d.get("/ImageMask") is True and bits is not None and int(bits) != 1:
            problems.append(f"image mask {image.objgen}: BitsPerComponent {bits}")
    return problems


@clause("6.2.8.3-t1", "6.2.8.3-t2", "6.2.8.3-t3", "6.2.8.3-t4", "6.2.8.3-t5")
def no_jpeg2000(document):
    return [f"image {i.objgen}: JPEG 2000" for i in images(document) if "/JPXDecode" in filters(i)]


@clause("6.2.9-t1", "6.2.9-t2", "6.2.9-t3", "7.20-t1")
def form_xobjects(document):
    problems = []
    for o in document.objects:
        if isinstance(o, pikepdf.Stream) and o.stream_dict.get("/Type", "/XObject") == "/XObject":
            d = o.stream_dict
            if d.get("/Subtype") == "/Form" and ("/OPI" in d or "/PS" in d or d.get("/Subtype2") == "/PS" or "/Ref" in d):
                problems.append(f"form {o.objgen}: OPI, PS or Ref")
            if d.get("/Subtype") == "/PS":
                problems.append(f"PostScript XObject {o.objgen}")
    return problems


@clause("6.2.10-t1")
def blend_modes(document):
    allowed = {"/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten", "/ColorDodge",
               "/ColorBurn", "/HardLight", "/SoftLight", "/Difference", "/Exclusion", "/Hue", "/Saturation",
               "/Color", "/Luminosity"}
    problems = []
    for state in ext_g_states(document):
        modes = state.get("/BM")
        for mode in (modes if isinstance(modes, pikepdf.Array) else [modes] if modes is not None else []):
            if str(mode) not in allowed:
                problems.append(f"blend mode {mode}")
    return problems


@clause("6.2.10-t2")
def transparency_groups(document):
    if intent_colour_space(document) is not None:
        return []
    return [f"page {n}: transparency without a group colour space" for n, page in enumerate(document.pdf.pages, 1)
            if "/Group" not in page.obj or "/CS" not in page.obj.Group]


# MARK: - Fonts (PDF/A-2b 6.2.11, PDF/UA-1 7.21)


class FontProgram:
    def __init__(self, font):
        descendant = font.DescendantFonts[0] if font.get("/Subtype") == "/Type0" else font
        descriptor = descendant.FontDescriptor
        self.font = font
        self.descendant = descendant
        self.descriptor = descriptor
        self.file = descriptor.get("/FontFile2") or descriptor.get("/FontFile3") or descriptor.get("/FontFile")
        self.tt = TTFont(io.BytesIO(self.file.read_bytes())) if self.file is not None and "/FontFile2" in descriptor else None
        self.composite = font.get("/Subtype") == "/Type0"
        self.symbolic = bool(int(descriptor.get("/Flags", 0)) & 4)

    def gid(self, code):
        if self.composite:
            return code  # CIDToGIDMap /Identity
        cmap = self.tt["cmap"].getcmap(3, 1) if self.tt is not None else None
        if cmap is None:
            return None
        character = bytes([code]).decode("cp1252", errors="replace")
        name = cmap.cmap.get(ord(character))
        return self.tt.getGlyphID(name) if name is not None else 0

    def program_width(self, gid):
        names = self.tt.getGlyphOrder()
        if gid is None or gid >= len(names):
            return None
        advance = self.tt["hmtx"][names[gid]][0]
        return advance * 1000 / self.tt["head"].unitsPerEm

    def dictionary_width(self, code):
        if self.composite:
            widths = list(self.descendant.get("/W", []))
            index = 0
            while index < len(widths):
                first = int(widths[index])
                if isinstance(widths[index + 1], pikepdf.Array):
                    values = widths[index + 1]
                    if first <= code < first + len(values):
                        return float(values[code - first])
                    index += 2
                else:
                    last, value = int(widths[index + 1]), float(widths[index + 2])
                    if first <= code <= last:
                        return value
                    index += 3
            return float(self.descendant.get("/DW", 1000))
        first = int(self.font.FirstChar)
        widths = self.font.Widths
        return float(widths[code - first]) if first <= code < first + len(widths) else None

    def unicode_map(self):
        if "/ToUnicode" not in self.font:
            return {}
        text = self.font.ToUnicode.read_bytes().decode("latin-1")
        mapping = {}
        for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
            for source, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                mapping[int(source, 16)] = bytes.fromhex(target).decode("utf-16-be", errors="replace")
        for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
            for first, last, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                start = bytes.fromhex(target).decode("utf-16-be", errors="replace")
                for offset, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                    mapping[code] = start[:-1] + chr(ord(start[-1]) + offset)
        return mapping


def programs(document):
    cache = {}
    for key, font in document.font_objects.items():
        cache[key] = FontProgram(font)
    return cache


@clause("6.2.11.2-t1", "6.2.11.2-t2", "6.2.11.2-t3", "6.2.11.2-t4", "6.2.11.2-t5", "6.2.11.2-t6", "6.2.11.2-t7")
def font_dictionaries(document):
    problems = []
    allowed = {"/Type1", "/MMType1", "/TrueType", "/Type3", "/Type0", "/CIDFontType0", "/CIDFontType2"}
    for program in programs(document).values():
        for font in (program.font, program.descendant):
            if font.get("/Type") != "/Font" or str(font.get("/Subtype")) not in allowed or "/BaseFont" not in font:
                problems.append(f"{font.get('/BaseFont')}: Type, Subtype or BaseFont")
        font = program.font
        if font.get("/Subtype") in ("/TrueType", "/Type1"):
            if "/FirstChar" not in font or "/LastChar" not in font or len(font.Widths) != int(font.LastChar) - int(font.FirstChar) + 1:
                problems.append(f"{font.BaseFont}: FirstChar, LastChar, Widths")
        if program.file is not None and "/Subtype" in program.file.stream_dict and str(program.file.stream_dict.Subtype) not in ("/Type1C", "/CIDFontType0C", "/OpenType"):
            problems.append(f"{font.BaseFont}: font file subtype")
    return problems


@clause("6.2.11.3.1-t1", "7.21.3.1-t1")
def composite_font_system_info(document):
    problems = []
    for program in programs(document).values():
        if program.composite and program.font.Encoding not in ("/Identity-H", "/Identity-V"):
            info = program.descendant.CIDSystemInfo
            problems.append(f"{program.font.BaseFont}: CIDSystemInfo {info.Registry}-{info.Ordering}")
    return problems


@clause("6.2.11.3.2-t1", "7.21.3.2-t1")
def cid_to_gid_maps(document):
    return [f"{p.font.BaseFont}: no CIDToGIDMap" for p in programs(document).values()
            if p.descendant.get("/Subtype") == "/CIDFontType2" and p.file is not None and "/CIDToGIDMap" not in p.descendant]


@clause("6.2.11.4.1-t1", "7.21.4.1-t1")
def fonts_embedded(document):
    return [f"{p.font.BaseFont}: not embedded" for p in programs(document).values() if p.file is None]


@clause("6.2.11.4.1-t2", "6.2.11.8-t1", "7.21.4.1-t2", "7.21.8-t1")
def glyphs_defined(document):
    """Every code shown maps to a glyph the embedded program has, never to .notdef."""
    problems = set()
    for key, program in programs(document).items():
        if program.tt is None:
            continue
        count = program.tt["maxp"].numGlyphs
        for code in document.glyph_uses[key]:
            gid = program.gid(code)
            if gid is None or gid == 0 or gid >= count:
                problems.add(f"{program.font.BaseFont}: code {code} shows glyph {gid}")
    return sorted(problems)[:10]


@clause("6.2.11.4.2-t1", "6.2.11.4.2-t2", "7.21.4.2-t1", "7.21.4.2-t2")
def character_sets(document):
    return [f"{p.font.BaseFont}: CharSet or CIDSet" for p in programs(document).values()
            if "/CharSet" in p.descriptor or "/CIDSet" in p.descriptor]


@clause("6.2.11.5-t1", "7.21.5-t1")
def glyph_widths(document):
    problems = set()
    for key, program in programs(document).items():
        if program.tt is None:
            continue
        for code in document.glyph_uses[key]:
            from_program = program.program_width(program.gid(code))
            from_dictionary = program.dictionary_width(code)
            if from_program is not None and from_dictionary is not None and abs(from_program - from_dictionary) > 1:
                problems.add(f"{program.font.BaseFont}: code {code} width {from_dictionary} vs {from_program:.1f}")
    return sorted(problems)[:10]


@clause("6.2.11.6-t1", "6.2.11.6-t2", "6.2.11.6-t3", "6.2.11.6-t4", "7.21.6-t1", "7.21.6-t2", "7.21.6-t3", "7.21.6-t4")
def true_type_encodings(document):
    problems = []
    for program in programs(document).values():
        font = program.font
        if font.get("/Subtype") != "/TrueType" or program.tt is None:
            continue
        tables = [(t.platformID, t.platEncID) for t in program.tt["cmap"].tables]
        if program.symbolic:
            if "/Encoding" in font:
                problems.append(f"{font.BaseFont}: symbolic with an Encoding")
            if len(tables) != 1 and (3, 0) not in tables:
                problems.append(f"{font.BaseFont}: symbolic cmap {tables}")
        else:
            encoding = font.get("/Encoding")
            base = encoding.get("/BaseEncoding") if isinstance(encoding, pikepdf.Dictionary) else encoding
            if str(base) not in ("/MacRomanEncoding", "/WinAnsiEncoding"):
                problems.append(f"{font.BaseFont}: encoding {encoding}")
            if not ((3, 1) in tables or (1, 0) in tables) or ((3, 0) in tables and len(tables) < 2):
                problems.append(f"{font.BaseFont}: cmap {tables}")
    return problems


@clause("7.21.7-t1", "7.21.7-t2")
def unicode_mapping(document):
    problems = set()
    for key, program in programs(document).items():
        mapping = program.unicode_map()
        for code in document.glyph_uses[key]:
            text = mapping.get(code)
            if not text:
                problems.add(f"{program.font.BaseFont}: code {code} has no Unicode value")
            elif any(ord(c) in (0, 0xFEFF, 0xFFFE) for c in text):
                problems.add(f"{program.font.BaseFont}: code {code} maps to {text!r}")
    return sorted(problems)[:10]


# MARK: - Annotations, actions, forms (PDF/A-2b 6.3–6.5, PDF/UA-1 7.18)


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


# MARK: - Metadata (PDF/A-2b 6.6, PDF/UA-1 5, 7.1)


@clause("6.6.2.1-t1", "7.1-t8")
def metadata_stream(document):
    if "/Metadata" not in document.root:
        return ["no catalog /Metadata"]
    stream = document.root.Metadata
    problems = []
    if stream.get("/Type") != "/Metadata" or stream.get("/Subtype") != "/XML":
        problems.append("metadata stream Type or Subtype")
    return problems


@clause("6.6.2.1-t2", "6.6.2.1-t3")
def packet_header(document):
    header = document.xmp_bytes.split(b"?>", 1)[0]
    problems = []
    if b"bytes=" in header:
        problems.append("bytes attribute in the xpacket header")
    if b"encoding=" in header:
        problems.append("encoding attribute in the xpacket header")
    return problems


@clause("6.6.2.1-t4", "6.6.2.1-t5")
def well_formed_metadata(document):
    try:
        document.xmp_bytes.decode("utf-8")
        etree.fromstring(document.xmp_bytes.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    except (UnicodeDecodeError, etree.XMLSyntaxError) as error:
        return [f"metadata: {error}"]
    return []


def described_namespaces(document):
    schema = "http://www.aiim.org/pdfa/ns/schema#"
    return {element.text for element in document.xmp_values(schema, "namespaceURI")}


@clause("6.6.2.3.1-t1", "6.6.2.3.1-t2", "6.6.2.3.2-t1")
def metadata_schemas(document):
    allowed = PREDEFINED | described_namespaces(document)
    problems = set()
    for element in document.xmp.iter():
        if not isinstance(element.tag, str):
            continue
        namespace = element.tag[1:].split("}")[0] if element.tag.startswith("{") else ""
        if namespace and namespace not in allowed and namespace != "adobe:ns:meta/":
            problems.add(f"property of an undescribed schema {namespace}")
    return sorted(problems)


@clause(*[f"6.6.2.3.3-t{n}" for n in range(1, 19)])
def extension_schemas(document):
    """Every PDF/A extension schema entry has its schema, namespace, prefix and properties, and each
    property its name, value type, category and description, with the prescribed prefixes."""
    schema = "http://www.aiim.org/pdfa/ns/schema#"
    prop = "http://www.aiim.org/pdfa/ns/property#"
    problems = []
    for entry in document.xmp.iter("{http://www.aiim.org/pdfa/ns/extension/}schemas"):
        for item in entry.iter("{%s}li" % RDF):
            if item.find("{%s}namespaceURI" % schema) is None:
                continue
            for field in ("schema", "namespaceURI", "prefix"):
                if item.find("{%s}%s" % (schema, field)) is None:
                    problems.append(f"extension schema without pdfaSchema:{field}")
            for prop_item in item.iter("{%s}li" % RDF):
                if prop_item.find("{%s}name" % prop) is None:
                    continue
                for field in ("name", "valueType", "category", "description"):
                    if prop_item.find("{%s}%s" % (prop, field)) is None:
                        problems.append(f"extension property without pdfaProperty:{field}")
                category = prop_item.find("{%s}category" % prop)
                if category is not None and category.text not in ("internal", "external"):
                    problems.append("extension property category")
                value_type = prop_item.find("{%s}valueType" % prop)
                if value_type is not None and value_type.text not in (
                        "Text", "Integer", "Boolean", "Date", "URI", "Real", "Locale", "ProperName", "AgentName"):
                    problems.append(f"extension property value type {value_type.text}")
    return problems


def claims(document, namespace, name):
    return [element.text for element in document.xmp_values(namespace, name)]


@clause("6.6.4-t1", "6.6.4-t2", "6.6.4-t3", "6.6.4-t4", "6.6.4-t5", "6.6.4-t6", "6.6.4-t7")
def pdfa_identification(document):
    problems = []
    if claims(document, PDFAID, "part") != ["2"]:
        problems.append(f"pdfaid:part {claims(document, PDFAID, 'part')}")
    if claims(document, PDFAID, "conformance") != ["B"]:
        problems.append(f"pdfaid:conformance {claims(document, PDFAID, 'conformance')}")
    problems += ["pdfaid property with another prefix" for element in document.xmp.iter()
                 if isinstance(element.tag, str) and element.tag.startswith("{%s}" % PDFAID) and element.prefix != "pdfaid"]
    return problems


@clause("5-t1", "5-t2", "5-t3", "5-t4", "5-t5")
def pdfua_identification(document):
    problems = []
    if claims(document, PDFUAID, "part") != ["1"]:
        problems.append(f"pdfuaid:part {claims(document, PDFUAID, 'part')}")
    problems += ["pdfuaid property with another prefix" for element in document.xmp.iter()
                 if isinstance(element.tag, str) and element.tag.startswith("{%s}" % PDFUAID) and element.prefix != "pdfuaid"]
    return problems


@clause("7.1-t9")
def metadata_title(document):
    titles = [li.text for title in document.xmp_values(DC, "title") for li in title.iter("{%s}li" % RDF)]
    return [] if any(t and t.strip() for t in titles) else ["no dc:title"]


@clause("7.1-t10")
def display_title(document):
    preferences = document.root.get("/ViewerPreferences", {})
    return [] if preferences.get("/DisplayDocTitle") is True else ["DisplayDocTitle is not true"]


@clause("6.8-t2", "6.8-t5", "7.11-t1")
def no_embedded_files(document):
    names = document.root.get("/Names", {})
    return ["embedded files"] if "/EmbeddedFiles" in names or "/AF" in document.root else []


@clause("6.9-t1", "6.9-t2", "6.9-t3", "6.9-t4", "7.10-t1", "7.10-t2")
def no_optional_content(document):
    return ["optional content"] if "/OCProperties" in document.root else []


@clause("6.10-t1", "6.10-t2", "6.11-t1")
def no_presentations(document):
    problems = []
    if "/AlternatePresentations" in document.root.get("/Names", {}):
        problems.append("AlternatePresentations")
    problems += [f"page {n}: PresSteps" for n, p in enumerate(document.pdf.pages, 1) if "/PresSteps" in p.obj]
    if "/Requirements" in document.root:
        problems.append("Requirements")
    return problems


# MARK: - Tagged structure (PDF/UA-1 6.2, 7.1–7.9)


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


# MARK: - Running the checks


def clause_table():
    rows = []
    with open(os.path.join(HERE, "clauses.tsv"), encoding="utf-8") as handle:
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
