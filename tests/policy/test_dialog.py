"""The dialog fields: titles, override and the 500-character limit."""
import pytest

from needtoknow.policy.dialog import LIMIT, dialog
from needtoknow.policy.model import Decision, Reason


def reason(severity, n=100):
    return Reason("access-code", severity, "x" * n, "**x**" + "x" * (n - 5))


@pytest.mark.parametrize("decision,override", [
    (Decision("allow"), {"allowed": True, "justification": False}),
    (Decision("warn", (reason("warn"),)), {"allowed": True, "justification": True}),
    (Decision("block", (reason("block"),)), {"allowed": False}),
])
def test_override(decision, override):
    assert dialog(decision)["override"] == override


@pytest.mark.parametrize("count,length", [(1, 100), (4, 100), (8, 100), (1, 900), (30, 40)])
def test_message_fits(count, length):
    shown = dialog(Decision("block", tuple(reason("block", length) for _ in range(count))))
    assert len(shown["message"]) <= LIMIT and len(shown["message_markdown"]) <= LIMIT
    assert shown["message"]
    if count * (length + 1) > LIMIT:
        assert "more)" in shown["message"] or shown["message"].endswith("…")


def test_file_names_cannot_inject_markdown():
    from needtoknow.inspect.document import Problem
    from needtoknow.policy import wording

    plain, md = wording.unreadable([Problem("[Open me](https://evil.example).pdf", "encrypted")])
    assert plain.startswith("[Open me](https://evil.example).pdf is password-protected")
    assert "](" not in md.replace("\\](", "").replace("\\(", "")
    assert md.startswith("**\\[Open me\\]\\(https://evil\\.example\\)\\.pdf**")
    _plain, md = wording.access_code(1, ["**x**.docx"])
    assert "\\*\\*x\\*\\*" in md
