"""Text out of an email body and its attachments: `extract(name, data, limits)`.

One dispatcher chooses the reader from the bytes (sniff.py), never from the name or declared
content type. Readers write text and problems into a Context; anything a reader can't do (a
password, a broken file, a limit) becomes a Problem, so extraction never raises.
"""
import importlib
import threading

from ..document import Extraction
from . import html, sniff
from . import text as text_
from .context import Context, Refused
from .limits import Limits

__all__ = ["Limits", "extract", "extract_body", "load_readers"]

# The file readers' modules load on their first file, not with this package: their libraries
# (python-pptx, extract-msg, openpyxl, …) would add about half a second to every start-up of
# `needtoknow check` on a plain body. Helper processes preload them (pool.py), and so does a
# server that reads attachments in-process (Services.warm).
READER_MODULES = ("csv_", "docx", "eml", "msg", "pdf", "pptx", "xlsx", "zip_")


def _lazy(module):
    def read(name, data, ctx):
        return importlib.import_module(f"{__name__}.{module}").read(name, data, ctx)
    return read


def load_readers():
    """Import every reader now (before the first file, not inside its time limit)."""
    for module in READER_MODULES:
        importlib.import_module(f"{__name__}.{module}")


READERS = {
    "pdf": _lazy("pdf"), "docx": _lazy("docx"), "xlsx": _lazy("xlsx"), "zip": _lazy("zip_"),
    "ole": _lazy("msg"), "eml": _lazy("eml"), "html": html.read, "xml": text_.read_xml,
    "csv": _lazy("csv_"), "text": text_.read, "pptx": _lazy("pptx"),
}
# PDFium is not thread-safe (pypdfium2's documentation): in one process, one PDF at a time. The web
# workers read attachments in helper processes (pool.py); this lock guards every other caller.
_PDFIUM = threading.RLock()


def _read_pdf(name, data, ctx, _read=READERS["pdf"]):
    with _PDFIUM:
        _read(name, data, ctx)


READERS["pdf"] = _read_pdf
NAMES = {"pdf": "PDF", "docx": "Word document", "xlsx": "spreadsheet", "zip": "ZIP archive",
         "ole": "Outlook message", "eml": "email", "html": "web page", "xml": "XML file",
         "csv": "CSV file", "text": "text file", "pptx": "presentation"}


def extract(name: str, data: bytes, limits: Limits) -> Extraction:
    """Text parts and problems of one attachment; never raises."""
    ctx = Context(limits, reader=_read)
    _read(name, data, ctx)
    return ctx.result()


def extract_body(text: str, body_type: str = "text", limits: Limits | None = None) -> Extraction:
    """The email body ("text" or "html") as text parts located at "body"; never raises."""
    ctx = Context(limits or Limits(), reader=_read)
    reader = html.read_text if body_type == "html" else _keep_text
    _guarded(reader, "body", text, ctx, "body")
    return ctx.result()


def _keep_text(name, text, ctx):
    ctx.add_text(name, text)


def _read(name, data, ctx):
    """Read one file (an attachment, or a member of one) into ctx."""
    if len(data) > ctx.limits.max_bytes:
        ctx.problem(name, "too_large", f"file over {ctx.limits.max_bytes} bytes")
        return
    kind, detail = sniff.detect(data)
    if kind == "unsupported" and detail.startswith("image/"):
        if len(data) >= ctx.limits.ignore_images_below:  # smaller: a logo or an icon
            ctx.problem(name, "image", f"a picture ({detail})")
        return
    if kind == "unsupported":
        ctx.problem(name, "unsupported", f"can't read this type of file ({detail})")
        return
    if not ctx.out_of_time(name):
        _guarded(READERS[kind], name, data, ctx, NAMES[kind])


def _guarded(reader, name, data, ctx, what):
    try:
        reader(name, data, ctx)
    except Refused as refused:
        if refused.kind == "timeout":
            ctx.out_of_time(name)  # records the timeout once per attachment
        else:
            ctx.problem(name, refused.kind, refused.detail)
    except RecursionError:
        ctx.problem(name, "bomb", f"{what} is nested too deeply to read")
    except MemoryError:  # a helper's address-space limit (pool.py): the file asks too much
        ctx.problem(name, "too_complex", f"the {what} needs more memory than allowed")
    except Exception as exc:  # a broken file must never break the check; the type is no content
        ctx.problem(name, "corrupt", f"could not read the {what} ({type(exc).__name__})")
