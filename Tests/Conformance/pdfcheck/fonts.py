"""Fonts: PDF/A-2b 6.2.11 and PDF/UA-1 7.21, reading each embedded font program with fontTools.
"""
import io
import re

from fontTools.ttLib import TTFont
import pikepdf

from .registry import clause


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
