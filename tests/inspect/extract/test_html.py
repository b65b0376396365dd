"""HTML bodies and attachments: hidden text kept, code dropped, tables as tables, no network."""
import pytest

from needtoknow.inspect.extract import extract, extract_body

from .conftest import all_text

TABLE = ("<table><tr><th>Client</th><th>Key safe</th></tr>"
         "<tr><td>Joan Smith</td><td>9357</td></tr></table>")


@pytest.mark.parametrize("html, expected", [
    (TABLE, ["Client | Key safe", "Client: Joan Smith | Key safe: 9357"]),
    ("<table><tr><td>Client</td><td>Key safe</td></tr><tr><td>Joan</td><td>9357</td></tr></table>",
     ["Client | Key safe", "Client: Joan | Key safe: 9357"]),
    ("<table><tr><th colspan=2>Client</th><th>Key safe</th></tr>"
     "<tr><td>Joan</td><td>Smith</td><td>9357</td></tr></table>",
     ["Client | Key safe", "Client: Joan | Smith | Key safe: 9357"]),
    ('<p>Visible</p><div style="display:none">Hidden door code 2580</div>',
     ["Visible", "Hidden door code 2580"]),
    # Issue 10: styles, scripts and comments are places text hides; each is read on its own line.
    ("<style>p{color:red}</style><script>var code='1111';</script><p>Hello&nbsp;Joan</p>",
     ["p{color:red}", "var code='1111';", "Hello Joan"]),
    ("<p>Line one<br>Line <b>two</b></p>", ["Line one", "Line two"]),
    ("<!-- note 4444 --><p>Text</p>", ["note 4444", "Text"]),
    # A form: labels down the first column; its first row is not a header.
    ("<table><tr><td>Name</td><td>Joan Smith</td></tr><tr><td>Postcode</td><td>DA11 0AA</td>"
     "</tr><tr><td>Key safe</td><td>9357</td></tr></table>",
     ["Name | Joan Smith", "Postcode | DA11 0AA", "Key safe | 9357"]),
    # Outlook writes each line as a paragraph: the label stays on the line above its value.
    ('<div class="WordSection1"><p class="MsoNormal">Key safe<o:p></o:p></p>'
     '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">9357<o:p></o:p></p></div>',
     ["Key safe", "9357"]),
])
def test_html_body(html, expected):
    assert all_text(extract_body(html, "html")).splitlines() == expected


def test_entities_are_not_expanded_and_nothing_is_fetched(limits):
    html = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">'
            b'<!ENTITY y "expanded">]><html><body><p>a&x;b&y;c</p>'
            b'<img src="http://127.0.0.1:9/i.png"></body></html>')
    text = all_text(extract("page.html", html, limits))
    assert "expanded" not in text and "a" in text


def test_text_body_is_kept_as_is():
    result = extract_body("Key safe: 9357\nThanks", "text")
    assert [(p.location, p.text) for p in result.parts] == [("body", "Key safe: 9357\nThanks")]


def test_empty_body_has_no_parts():
    assert extract_body("", "html").parts == () and extract_body("  ", "text").parts == ()
