"""DOCX: body, headers, footers, comments, notes, text boxes and properties (python-docx)."""
import io

import docx as python_docx
from docx.opc.part import XmlPart
from lxml import etree

from . import archive, office_properties, text, wordml, xmlguard

# Stories other than the body that hold text people wrote.
STORIES = ("/word/header", "/word/footer", "/word/comments", "/word/footnotes",
           "/word/endnotes")
PROPERTIES = ("title", "subject", "author", "keywords", "comments", "category",
              "last_modified_by", "content_status", "identifier", "version")


def read(name, data, ctx):
    zf = archive.open_zip(data)
    archive.check(zf, ctx, office=True)
    xmlguard.check_zip_parts(zf)  # before python-docx parses anything
    document = python_docx.Document(io.BytesIO(data))
    ctx.add_text(name, "\n".join(wordml.story_lines(document.element.body)))
    for part in document.part.package.iter_parts():
        partname = str(part.partname)
        if partname.startswith(STORIES):
            ctx.add_text(name, "\n".join(wordml.story_lines(_element(part))))
        elif partname.startswith("/word/embeddings/"):
            ctx.nested(f"{name}/{partname.rsplit('/', 1)[-1]}", part.blob)
    ctx.add_text(name, _properties(document.core_properties))
    ctx.add_text(name, "\n".join(office_properties.lines(zf)))  # custom and extended ones too


def _element(part):
    """python-docx parses the parts it knows; notes it does not know come as bytes."""
    if isinstance(part, XmlPart):
        return part.element
    return etree.fromstring(part.blob, text.XML_PARSER)


def _properties(core):
    values = (getattr(core, field) for field in PROPERTIES)
    return "\n".join(str(v) for v in values if v)
