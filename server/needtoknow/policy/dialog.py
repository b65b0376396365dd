"""What the Outlook dialog shows: a title, a message of at most 500 characters (plain and
Markdown), and whether the user may send anyway."""
LIMIT = 500

TITLES = {
    "block": "This email can't be sent",
    "warn": "Check this email before sending",
    "allow": "Nothing sensitive found",
}

OVERRIDE = {
    "block": {"allowed": False},
    "warn": {"allowed": True, "justification": True},
    "allow": {"allowed": True, "justification": False},
}


def dialog(decision):
    """{title, message, message_markdown, override} for a Decision."""
    plain = _fit([r.message for r in decision.reasons], "\n")
    markdown = _fit([f"- {r.markdown}" for r in decision.reasons], "\n")
    if decision.decision == "warn":
        plain, markdown = (_fit([plain, "To send anyway, say why."], "\n"),
                           _fit([markdown, "To send anyway, say why."], "\n\n"))
    return {"title": TITLES[decision.decision], "message": plain or "No problems found.",
            "message_markdown": markdown or "No problems found.",
            "override": dict(OVERRIDE[decision.decision])}


def _fit(lines, sep):
    """Join whole lines while they fit in LIMIT; say how many were left out."""
    out, used = [], 0
    for i, line in enumerate(lines):
        if not line:
            continue
        tail = len(lines) - i - 1
        note = f"{sep}(+{tail} more)" if tail else ""
        if used + len(sep) * bool(out) + len(line) + len(note) <= LIMIT:
            out.append(line)
            used += len(sep) * (len(out) > 1) + len(line)
            continue
        remaining = len(lines) - i
        room = LIMIT - used - len(sep) * bool(out) - len(f"(+{remaining} more)")
        if not out and room > 20:
            out.append(line[: room - 1].rstrip() + "…")
            remaining -= 1
        if remaining:
            out.append(f"(+{remaining} more)")
        break
    return sep.join(out)[:LIMIT]
