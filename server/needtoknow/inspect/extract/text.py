"""Plain text and generic XML: bytes to str without guessing wrong on the common encodings."""
import codecs

from lxml import etree

from . import xmlguard

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = set(range(32)) - {9, 10, 12, 13}
BINARY_SAMPLE = 8192

# No DTD loading, no network, no entity expansion: the XML is hostile until proven otherwise.
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                              huge_tree=False, remove_comments=True, remove_pis=True)


def looks_binary(data):
    """NULs or many control bytes in the first bytes: not text (UTF-16 with a BOM excepted)."""
    sample = data[:BINARY_SAMPLE]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return b"\0" in sample or controls > len(sample) // 20


def decode(data):
    """Text of the bytes: a BOM's encoding, else UTF-8, else Windows-1252 (Outlook's default)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read(name, data, ctx):
    ctx.add_text(name, decode(data))


def read_xml(name, data, ctx):
    """Generic XML (a PPTX slide, an ODT's content.xml inside a ZIP): its text nodes."""
    xmlguard.check_bytes(data)
    try:
        root = etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError:
        ctx.add_text(name, decode(data))  # not really XML: still read what it says
        return
    ctx.add_text(name, " ".join(t.strip() for t in root.itertext() if t.strip()))
