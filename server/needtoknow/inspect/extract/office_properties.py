"""Document properties of an Office file (DOCX, XLSX, PPTX): core (title, subject, keywords,
author, comments …), extended (company, manager) and custom properties, read straight from their
parts in the ZIP as `Name: value` lines. They never show on the page, yet travel with the file."""
from lxml import etree

from . import text

PARTS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
# Extended properties that are counts, versions and software names, not words people wrote.
SKIP = frozenset("""Application AppVersion DocSecurity Lines Pages Paragraphs Words Characters
CharactersWithSpaces Template TotalTime ScaleCrop LinksUpToDate SharedDoc HyperlinksChanged
TitlesOfParts HeadingPairs Slides Notes HiddenSlides MMClips PresentationFormat
revision created modified lastPrinted""".split())


def lines(zf):
    """`Name: value` for every property with text, in part order."""
    names = set(zf.namelist())
    out = []
    for part in PARTS:
        if part in names:
            root = etree.fromstring(zf.read(part), text.XML_PARSER)
            out.extend(_values(root, custom=part.endswith("custom.xml")))
    return out


def _values(root, custom):
    for element in root:
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if custom:  # <property name="Key safe"><vt:lpwstr>4821</vt:lpwstr></property>
            value = " ".join(t.strip() for t in element.itertext() if t.strip())
            label = element.get("name") or local
        else:
            value = (element.text or "").strip()
            label = local
        if value and local not in SKIP:
            yield f"{label}: {value}"
