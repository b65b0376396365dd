"""Plain-English reason texts, as plain text and Markdown. Counts and file names only: never a
client's name, a code or a number."""
from .rules import RULES


def _plural(n, one, many=None):
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _files(locations):
    names = [l for l in locations if l not in ("subject", "body")]
    parts = [l for l in locations if l in ("subject", "body")]
    shown = parts + names[:2] + ([f"{len(names) - 2} more files"] if len(names) > 2 else [])
    return ", ".join(shown)


def _pair(text, bold):
    """The same sentence as plain text and as Markdown with the counts in bold."""
    return text.format(*bold), text.format(*(f"**{b}**" for b in bold))


def access_code(count, locations):
    text, md = _pair("It contains {} (in " + _files(locations) + ").",
                     [_plural(count, "key safe or door code")])
    advice = RULES["access-code"].advice
    return f"{text} {advice}", f"{md} {advice}"


def unlinked_client(severity, recipients, clients):
    if severity == "block":
        who = _plural(len(recipients), "recipient outside the organisation",
                      "recipients outside the organisation")
        text, md = _pair("{} would get details of {} they are not linked to.", [who, _plural(clients, "client")])
        advice = RULES["unlinked-client"].advice
    else:
        who = _plural(len(recipients), "staff member", "staff members")
        text, md = _pair("{} would get details of {} they are not assigned to.", [who, _plural(clients, "client")])
        advice = "Check they need these details, or remove them."
    return f"{text} {advice}", f"{md} {advice}"


def bulk(clients, recipients, limit):
    text, md = _pair("It identifies {} and goes to {} (the limit is " + str(limit) + ").",
                     [_plural(clients, "client"), _plural(recipients, "recipient")])
    advice = RULES["bulk-client-data"].advice
    return f"{text} {advice}", f"{md} {advice}"


def unknown(recipients):
    text, md = _pair("{} not in the directory or the organisation, and the email holds personal data.",
                     [_plural(len(recipients), "recipient is", "recipients are")])
    advice = RULES["unknown-recipient"].advice
    return f"{text} {advice}", f"{md} {advice}"


def unexpanded(recipients):
    text, md = _pair("{} could not be expanded, so it is not known who would receive this personal data.",
                     [_plural(len(recipients), "distribution list")])
    advice = RULES["unexpanded-list"].advice
    return f"{text} {advice}", f"{md} {advice}"


def exposed(count):
    text, md = _pair("{} of different clients can see each other's addresses in To or Cc.",
                     [_plural(count, "relative")])
    advice = RULES["exposed-recipients"].advice
    return f"{text} {advice}", f"{md} {advice}"


KIND_WORDS = {
    "encrypted": "is password-protected", "corrupt": "is damaged or not a file we can read",
    "too_large": "is too large to check", "too_deep": "has archives nested too deep",
    "bomb": "looks like a hostile file", "timeout": "took too long to check",
    "unsupported": "is a kind of file we can't read", "cloud": "is a link to a shared file",
}


def unreadable(problems):
    first = problems[0]
    more = f" and {_plural(len(problems) - 1, 'other attachment')}" if len(problems) > 1 else ""
    text = f"{first.location} {KIND_WORDS.get(first.kind, 'could not be checked')}{more}, so it could not be checked."
    md = f"**{first.location}** {KIND_WORDS.get(first.kind, 'could not be checked')}{more}, so it could not be checked."
    advice = RULES["unreadable-attachment"].advice
    return f"{text} {advice}", f"{md} {advice}"


def lookalike(recipients):
    text, md = _pair("{} one or two characters away from an address in the directory.",
                     [_plural(len(recipients), "address is", "addresses are")])
    advice = RULES["lookalike-recipient"].advice
    return f"{text} {advice}", f"{md} {advice}"


def client_data(recipients, clients):
    text, md = _pair("{} would get details of {}.",
                     [_plural(len(recipients), "recipient"), _plural(clients, "client")])
    advice = RULES["client-data"].advice
    return f"{text} {advice}", f"{md} {advice}"
