"""The parsed PDF every check reads, walked once: objects, structure elements, every content
instruction with its marked-content context, and the XMP packet.
"""
import collections

from lxml import etree
import pikepdf


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
