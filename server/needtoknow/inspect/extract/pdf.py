"""PDF: text of each page (pdfium), tables rebuilt from word positions (pdf_layout); the document
information (title, subject, keywords, author …) and the XMP metadata packet, which never show on
a page."""
import re

import pypdfium2 as pdfium
from lxml import etree

from . import pdf_layout
from . import text as text_
from .context import Refused

PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def read(name, data, ctx):
    doc = _open(data)
    try:
        pages = len(doc)
        if pages > ctx.limits.max_pages:
            ctx.problem(name, "too_large",
                        f"{pages} pages; only the first {ctx.limits.max_pages} were read")
        texts = _pages(doc, min(pages, ctx.limits.max_pages), name, ctx)
        info = _information(doc)
    finally:
        doc.close()
    if pages and not any(t.strip() for t in texts):
        ctx.problem(name, "unsupported", "PDF has no text layer (a scan?)")
    ctx.add_text(name, "\n".join(texts))
    ctx.add_text(name, "\n".join(info + _xmp(data)))


_XMP = re.compile(rb"<x:xmpmeta\b.{0,65536}?</x:xmpmeta>", re.S)
_XMP_SKIP = ("CreatorTool", "Producer", "CreateDate", "ModifyDate", "MetadataDate", "format",
             "DocumentID", "InstanceID", "PDFVersion")


_DEFAULTS = frozenset(("untitled", "anonymous", "unspecified", "(anonymous)", "(unspecified)"))


def _information(doc):
    """The document information dictionary: `Title: …`, `Keywords: …` (dates and tools left out)."""
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return []
    return [f"{k}: {v}" for k, v in info.items()
            if k not in ("CreationDate", "ModDate", "Producer") and v.lower() not in _DEFAULTS]


def _xmp(data):
    """Text values of an (uncompressed, as the XMP spec asks) metadata packet."""
    match = _XMP.search(data)
    if match is None:
        return []
    try:
        root = etree.fromstring(match.group(0), text_.XML_PARSER)
    except etree.XMLSyntaxError:
        return []
    return [t.strip() for el in root.iter() if isinstance(el.tag, str)
            and etree.QName(el).localname not in _XMP_SKIP for t in [el.text or ""] if t.strip()]


def _open(data):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PASSWORD_ERROR:
            raise Refused("encrypted", "PDF is password-protected") from None
        raise Refused("corrupt", "PDF can't be opened") from None


def _pages(doc, count, name, ctx):
    """Text of the first `count` pages; fewer when time runs out (what was read is kept)."""
    texts, carry = [], None
    for index in range(count):
        if ctx.out_of_time(name):
            break
        try:
            text, carry = _page_text(doc, index, carry)
        except pdfium.PdfiumError:  # one broken page must not lose the others
            ctx.problem(name, "corrupt", f"page {index + 1} can't be read")
            text, carry = "", None
        texts.append(text)
    return texts


def _page_text(doc, index, carry):
    page = doc[index]
    textpage = page.get_textpage()
    try:
        return _layout(textpage, carry)
    finally:
        textpage.close()
        page.close()


def _layout(textpage, carry):
    """The page as plain text, or with its tables rendered when it has any."""
    raw = textpage.get_text_range()
    plain = raw.replace("\r\n", "\n")
    words = pdf_layout.words(textpage.raw, raw)
    if not words:
        return plain, None
    tabled, carry = pdf_layout.render(pdf_layout.lines(words), carry)
    return (plain if tabled is None else tabled), carry
