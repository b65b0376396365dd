"""XML parts are refused when they declare a DTD: that is where entity bombs live.

A DOCTYPE can only appear before the root element, so only the prolog is parsed (with
defusedxml, which raises on DTDs and entities) and parsing stops at the first element: the
check costs microseconds however big the part. Office parts never carry a DTD legitimately.
"""
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .context import Refused

CHUNK = 16 * 1024


class _RootReached(Exception):
    pass


class _StopAtRoot:
    """Parser target that ends parsing at the root element's start tag."""

    def start(self, tag, attrib):
        raise _RootReached

    def end(self, tag):
        pass

    def data(self, text):
        pass

    def close(self):
        pass


def check(read):
    """Refuse (kind "bomb") XML whose prolog declares a DTD. `read(n)` returns the next bytes."""
    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=True)
    try:
        while chunk := read(CHUNK):
            parser.feed(chunk)
    except _RootReached:
        return
    except DefusedXmlException:
        raise Refused("bomb", "XML declares a DTD (entity expansion attack)") from None
    except ParseError:
        raise Refused("corrupt", "XML part is not well-formed") from None
    raise Refused("corrupt", "XML part has no root element")


def check_bytes(data):
    view = memoryview(data)
    position = 0

    def read(n):
        nonlocal position
        chunk = view[position:position + n]
        position += n
        return bytes(chunk)

    check(read)


def check_zip_parts(zf):
    """Check every XML part of an Office container (DOCX, XLSX) before a library parses it."""
    for info in zf.infolist():
        if info.filename.endswith((".xml", ".rels")):
            with zf.open(info) as stream:
                check(stream.read)
