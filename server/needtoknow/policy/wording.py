"""Plain-English reason texts, as plain text and Markdown. Counts and file names only: never a
client's name, a code or a number."""
import re

from .rules import RULES

KIND_WORDS = {
    "encrypted": "is password-protected", "corrupt": "is damaged or not a file we can read",
    "too_large": "is too large to check", "too_deep": "has archives nested too deep",
    "bomb": "looks like a hostile file", "timeout": "took too long to check",
    "unsupported": "is a kind of file we can't read", "cloud": "is a link to a shared file",
    "too_complex": "is too complex to check", "unchecked": "was not fully checked in time",
}
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


def _plural(n, one, many=None):
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _escape(name):
    """A file name shown literally in Markdown: `[x](https://…).pdf` must not become a link."""
    return _MARKDOWN.sub(r"\\\1", name)


def _files(locations):
    names = [l for l in locations if l not in ("subject", "body")]
    parts = [l for l in locations if l in ("subject", "body")]
    more = [f"{len(names) - 2} more files"] if len(names) > 2 else []
    return parts + names[:2] + more


def _say(rule_id, template, bold=(), literal=(), advice=None):
    """(plain, markdown): `template`'s {b0}… are counts, bold in Markdown; {l0}… are names,
    escaped in Markdown; the rule's advice follows."""
    advice = advice or RULES[rule_id].advice
    plain = template.format(*bold, *literal)
    md = template.format(*(f"**{b}**" for b in bold), *(_escape(l) for l in literal))
    return f"{plain} {advice}", f"{md} {advice}"


def access_code(count, locations):
    where = ", ".join(_files(locations))
    return _say("access-code", "It contains {} (in {}).", [_plural(count, "key safe or door code")], [where])


def unlinked_client(severity, recipients, clients):
    if severity == "block":
        who = _plural(len(recipients), "recipient outside the organisation", "recipients outside the organisation")
        return _say("unlinked-client", "{} would get details of {} they are not linked to.",
                    [who, _plural(clients, "client")])
    who = _plural(len(recipients), "staff member", "staff members")
    return _say("unlinked-client", "{} would get details of {} they are not assigned to.",
                [who, _plural(clients, "client")], advice="Check they need these details, or remove them.")


def bulk(clients, recipients, limit):
    return _say("bulk-client-data", "It identifies {} and goes to {} (the limit is {}).",
                [_plural(clients, "client"), _plural(recipients, "recipient")], [str(limit)])


def unknown(recipients):
    return _say("unknown-recipient", "{} not in the directory or the organisation, and the email holds personal data.",
                [_plural(len(recipients), "recipient is", "recipients are")])


def unexpanded(recipients):
    return _say("unexpanded-list", "{} could not be expanded, so it is not known who would receive this personal data.",
                [_plural(len(recipients), "distribution list")])


def exposed(count):
    return _say("exposed-recipients", "{} of different clients can see each other's addresses in To or Cc.",
                [_plural(count, "relative")])


def unreadable(problems):
    first = problems[0]
    more = f" and {_plural(len(problems) - 1, 'other attachment')}" if len(problems) > 1 else ""
    what = KIND_WORDS.get(first.kind, "could not be checked")
    advice = RULES["unreadable-attachment"].advice
    return (f"{first.location} {what}{more}, so it could not be checked. {advice}",
            f"**{_escape(first.location)}** {what}{more}, so it could not be checked. {advice}")


def lookalike(recipients):
    return _say("lookalike-recipient", "{} one or two characters away from an address in the directory.",
                [_plural(len(recipients), "address is", "addresses are")])


def client_data(recipients, clients):
    return _say("client-data", "{} would get details of {}.",
                [_plural(len(recipients), "recipient"), _plural(clients, "client")])


def client_health(recipients, clients):
    return _say("client-health-details", "{} outside the organisation would read care or health details about {} by name.",
                [_plural(len(recipients), "recipient"), _plural(clients, "client")])
