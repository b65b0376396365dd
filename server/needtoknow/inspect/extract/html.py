"""HTML (bodies and attachments): all text, hidden elements' too, with tables kept as tables.

Every place text can hide is read, each on lines of its own: comments, the contents of
`<script>`, `<style>`, `<noscript>` and `<template>`, and the alt, title, aria-label and
placeholder attributes (an image's alt text) and a meta tag's content. Nothing is fetched and
no entity is expanded; lxml's HTML parser knows the HTML entities without a DTD.
"""
import re

import lxml.html
from lxml import etree

from . import tables, text

PARSER = lxml.html.HTMLParser(remove_comments=False, remove_pis=True, no_network=True,
                              huge_tree=False, default_doctype=False)
ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
BLOCK = {"script", "style", "template", "noscript", "meta", "img", "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
         "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "title", "ul"}
_DECLARATION = re.compile(r"\s*(?:ENTITY|DOCTYPE|ELEMENT|ATTLIST|NOTATION)\b")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")  # lxml refuses it in a str


def read(name, data, ctx):
    read_text(name, text.decode(data), ctx)


def read_text(name, html, ctx):
    html = _XML_DECLARATION.sub("", html)
    if not html.strip():
        return
    root = lxml.html.document_fromstring(html, parser=PARSER)
    out = []
    for outside in (*root.itersiblings(preceding=True), *root.itersiblings()):
        if not _DECLARATION.match(outside.text or ""):  # a DTD's <!ENTITY …> says nothing
            _render(outside, out)  # comments before <html> or after it
    _render(root, out)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    ctx.add_text(name, "\n".join(line for line in lines if line))


def _render(element, out):
    tag = element.tag if isinstance(element.tag, str) else ""
    if element.tag is etree.Comment:
        out.extend(["\n", element.text or "", "\n"])
        return
    if tag == "table":
        out.extend(["\n", "\n".join(_table_lines(element)), "\n"])
        return
    block = tag in BLOCK
    if block:
        out.append("\n")
    said = [element.get(a) for a in ATTRIBUTES] + ([element.get("content")] if tag == "meta" else [])
    out.extend(f"\n{value}\n" for value in said if value and value.strip())
    if element.text:
        out.append(element.text)
    for child in element:
        _render(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")


def _table_lines(table):
    rows, header = [], None
    for tr in table.iter("tr"):
        if _nearest_table(tr) is not table:
            continue  # a nested table's row stays in its cell's text
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if header is None:
            header = bool(cells) and all(c.tag == "th" for c in cells)
        rows.append(_cells(cells))
    if header and len(rows) >= 2:
        return [" | ".join(c for c in rows[0] if c)] + [
            tables.render_row(row, rows[0]) for row in rows[1:] if any(row)]
    return tables.render(rows)


def _cells(cells):
    out = []
    for cell in cells:
        parts = []
        _render(cell, parts)
        out.append(tables.clean("".join(parts)))
        out.extend([""] * (_colspan(cell) - 1))
    return out


def _colspan(cell):
    try:
        return max(1, min(int(cell.get("colspan", "1")), 100))
    except ValueError:
        return 1


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent
