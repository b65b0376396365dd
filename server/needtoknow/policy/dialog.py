"""What the Outlook dialog shows: a title, a message of at most 500 characters (plain and
Markdown), and whether the user may send anyway. The sentences themselves are in `wording`."""
from . import wording

LIMIT = 500

TITLES = {
    "block": "This email can't be sent",
    "warn": "Check this email before sending",
    "allow": "Nothing sensitive found",
}
ALLOWED_WITH_DATA = "This email can be sent"

OVERRIDE = {
    "block": {"allowed": False},
    "warn": {"allowed": True, "justification": True},
    "allow": {"allowed": True, "justification": False},
}


def dialog(decision):
    """{title, message, message_markdown, override} for a Decision."""
    if decision.decision == "allow":
        plain, markdown = decision.note or (wording.NOTHING, wording.NOTHING)
        return {"title": ALLOWED_WITH_DATA if decision.note else TITLES["allow"],
                "message": plain[:LIMIT], "message_markdown": markdown[:LIMIT],
                "override": dict(OVERRIDE["allow"])}
    closing = wording.SEND_ANYWAY if decision.decision == "warn" else ""
    reasons = list(dict.fromkeys((r.message, r.markdown) for r in decision.reasons))
    return {"title": TITLES[decision.decision],
            "message": _fit([p for p, _ in reasons], "", closing),
            # after the list, a blank line: Markdown would run a next line into the last item
            "message_markdown": _fit([m for _, m in reasons], "- ", closing and "\n" + closing, "\n"),
            "override": dict(OVERRIDE[decision.decision])}


def _fit(lines, bullet, closing, after=""):
    """Whole lines while they fit in LIMIT with the closing line; then one line saying how many
    more problems there are and where to see them. A single line too long alone is cut."""
    out, sep = [], "\n"
    more = lambda n: after + wording.more(n)
    for i, line in enumerate(lines):
        rest = len(lines) - i - 1
        tail = [more(rest)] if rest else []
        if _length(out + [bullet + line] + tail + [closing], sep) <= LIMIT:
            out.append(bullet + line)
            continue
        tail = [more(len(lines) - i)]
        if not out:  # the first line alone does not fit: cut it, keep the rest's count
            tail = [more(rest)] if rest else []
            room = LIMIT - _length(tail + [closing], sep) - len(sep) * bool(tail or closing)
            out.append(_cut(bullet + line, room - 1) + "…")
        out += tail
        break
    return sep.join(x for x in out + [closing] if x)[:LIMIT]


def _cut(text, size):
    """`text` cut to `size`, never inside a Markdown escape or bold."""
    text = text[:size].rstrip()
    if text.endswith("\\") and not text.endswith("\\\\"):
        text = text[:-1]
    return text[:-2] + "**" if text.count("**") % 2 else text


def _length(lines, sep):
    lines = [x for x in lines if x]
    return sum(map(len, lines)) + len(sep) * max(0, len(lines) - 1)
