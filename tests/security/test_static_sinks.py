"""The pages build what they show from text nodes (textContent, createTextNode, the console's
`h()`), never from HTML strings: directory data, audit rows, file names and the server's messages
can't become markup. A guard against a later `innerHTML`."""
import pathlib
import re

import pytest

STATIC = pathlib.Path(__file__).resolve().parents[2] / "static"
SOURCES = sorted([*STATIC.glob("admin/js/*.js"), *STATIC.glob("demo/*.js"), *STATIC.glob("outlook/src/*.js"),
                  STATIC / "outlook" / "taskpane.js", *STATIC.glob("**/*.html")])
SINKS = re.compile(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|"
                   r"setAttribute\(\s*[\"']on|\bhref\s*=\s*[^\"'`]*\+")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(STATIC)))
def test_no_html_sinks(path):
    found = [m.group(0) for m in SINKS.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize("path", sorted(STATIC.glob("**/*.html")), ids=lambda p: str(p.relative_to(STATIC)))
def test_pages_have_no_inline_script_or_style(path):
    """So the strict Content-Security-Policy (script-src/style-src 'self') holds."""
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)
    assert not re.search(r"\sstyle=|<style|\son[a-z]+=", page)
