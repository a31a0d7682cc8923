"""Metadata: XMP (PDF/A-2b 6.6, PDF/UA-1 5), title and what the file must not hold (PDF/UA-1 7.1).
"""
from lxml import etree

from .document import DC, PDFAID, PDFUAID, PREDEFINED, RDF
from .registry import clause


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
