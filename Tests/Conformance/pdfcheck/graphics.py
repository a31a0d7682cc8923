"""Graphics: PDF/A-2b 6.2 (output intent, colour spaces, graphics states, images, blend modes).
"""
import pikepdf

from .document import OPERATORS, all_values
from .file_structure import filters
from .registry import clause


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
