"""Every sentence staff read about a check, as plain text and Markdown.

One sentence per reason: what is wrong, for whom (addresses, up to a few, then "and N more"),
then, after a colon, what to do. Never a rule id, a client's name, a code or a number: counts,
addresses and attachment labels only. Every function returns (plain, markdown).
"""
import re

FEW = 3  # addresses or files named before "and N more"
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


class B(str):
    """Our own words, bold in Markdown."""


class L(str):
    """A name we didn't write (an address, a file name): shown literally."""


def _escape(name):
    """A name shown literally in Markdown: `[x](https://…).pdf` must not become a link."""
    return _MARKDOWN.sub(r"\\\1", name)


def _say(*parts):
    """(plain, markdown) of a sentence made of plain strings, B (bold) and L (literal) parts."""
    plain = "".join(parts)
    md = "".join(f"**{p}**" if isinstance(p, B) else _escape(p) if isinstance(p, L) else p
                 for p in parts)
    return _capital(plain), _capital(md)


def _capital(text):
    """Our own opening word capitalised; an address that opens a sentence is left as written."""
    return text[0].upper() + text[1:] if text.startswith(GROUP) else text


def count(n, one, many=None):
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _listing(names, noun="more"):
    """['a', 'b', …] as parts: "a", "a and b", "a, b and c", "a, b, c and 4 more"."""
    names = list(dict.fromkeys(names))
    shown = names if len(names) <= FEW + 1 else names[:FEW]
    rest = len(names) - len(shown)
    parts = []
    for i, name in enumerate(shown):
        if i:
            parts.append(" and " if i == len(shown) - 1 and not rest else ", ")
        parts.append(L(name) if name != GROUP else name)
    if rest:
        parts.append(f" and {rest} {noun}")
    return parts


GROUP = "a contact group with no address"


def _who(emails):
    return _listing([e if e and e != "(contact group)" else GROUP for e in emails])


def _be(n, one="is", many="are"):
    return one if n == 1 else many


def _it(n, one="it", many="them"):
    return one if n == 1 else many


def _places(locations):
    """Where in the email: "the body", "the subject and rota.pdf", "a.pdf, b.pdf, c.pdf and 2
    more attachments"."""
    ours = [f"the {l}" for l in ("subject", "body") if l in locations]
    files = [l for l in locations if l not in ("subject", "body")]
    if not ours and not files:
        return ["this email"]
    return _listing(ours + files, "more attachments")


# --- reasons --------------------------------------------------------------------------------

def access_code(n, locations):
    there = ("There is ", B("a key safe or door code")) if n == 1 else (
        "There are ", B(count(n, "key safe or door code")))
    return _say(*there, " in ", *_places(locations),
                ": never email access codes — give them by phone or through the care app.")


def unlinked_client(audience, emails, clients):
    """`audience`: outside (not staff), personal (staff at a personal address) or staff."""
    n, what = len(emails), B(count(clients, "client"))
    if audience == "outside":
        return _say(*_who(emails), f" {_be(n)} ", B("outside the organisation"),
                    " and would get details of ", what, " they are not linked to: remove "
                    "them, or send each person only their own clients' details.")
    if audience == "personal":
        return _say(*_who(emails), " ", *_personal(n), " and would get details of ", what,
                    " they are not assigned to: send it to their work address instead.")
    return _say(*_who(emails), f" {_be(n)} in the organisation but not assigned to ", what,
                " in this email: check they need these details, or remove them.")


def _personal(n):
    return ((f"{_be(n)} a staff member's ", B("personal address"), ", outside the organisation,")
            if n == 1 else ("are staff members' ", B("personal addresses"), ", outside the organisation,"))


DATA_WORDS = {"access_code": ("a key safe or door code", "key safe or door codes"),
              "nhs_number": ("an NHS number", "NHS numbers"),
              "date_of_birth": ("a date of birth", "dates of birth")}


def personal_address(emails, found):
    """`found`: {entity kind: count} of what may not go to a personal mailbox."""
    items = [B(DATA_WORDS[k][0] if n == 1 else f"{n} {DATA_WORDS[k][1]}")
             for k, n in found.items() if n and k in DATA_WORDS]
    what = []
    for i, item in enumerate(items):
        what += ([" and " if i == len(items) - 1 else ", "] if i else []) + [item]
    return _say(*_who(emails), " ", *_personal(len(emails)), " and this email holds ", *what,
                ": send it to their work address instead.")


def bulk(clients, recipients, limit):
    return _say("This email identifies ", B(count(clients, "client")), " and goes to ",
                B(count(recipients, "recipient")), f" (at most {limit} may get a list like this)"
                ": send it to fewer people, or share the list through the care system.")


def unknown(emails):
    n = len(emails)
    return _say(*_who(emails), f" {_be(n)} ", B("outside the organisation"),
                " and not in your care records, and this email holds personal details: check ",
                "the address is" if n == 1 else "the addresses are",
                " right and that they need this information.")


def unexpanded(emails):
    n = len(emails)
    return _say(*_who(emails), f" {_be(n, 'is a group', 'are groups')} whose members can't be "
                "seen, and this email holds personal details: send it to the people by name instead.")


def exposed(emails):
    return _say("Families of different clients would see each other's addresses in To or Cc (",
                *_who(emails), "): put them in Bcc, or send separate emails.")


UNREADABLE = {
    # kind: (what is wrong, for one file and for several; what to do, with {it})
    "encrypted": ("is password-protected, so it could not be checked",
                  "are password-protected, so they could not be checked",
                  "share {it} through the care system, or send the password separately — never "
                  "in this email"),
    "too_large": ("is too large to check", "are too large to check",
                  "share {it} through the care system, or send a smaller file"),
    "corrupt": ("could not be opened, so it could not be checked",
                "could not be opened, so they could not be checked",
                "check {it_is} the right file{s}, or share {it} through the care system"),
    "unsupported": ("is a kind of file that can't be checked", "are kinds of file that can't be checked",
                    "save {it} as PDF or Word, or share {it} through the care system"),
    "image": ("is a picture, which can't be checked for client details, and this email goes "
              "outside the organisation", "are pictures, which can't be checked for client "
              "details, and this email goes outside the organisation",
              "make sure no client's details can be seen in {it}"),
    "cloud": ("is a link to a shared file, which can't be checked",
              "are links to shared files, which can't be checked",
              "make sure only the right people can open {it}"),
    "too_deep": ("holds archives inside archives too deep to check",
                 "hold archives inside archives too deep to check",
                 "attach the files inside directly"),
    "bomb": ("looks like a damaged or hostile file and was not checked",
             "look like damaged or hostile files and were not checked",
             "don't send {it}: ask IT to look at {it}"),
    "timeout": ("took too long to check", "took too long to check",
                "send a smaller or simpler file, or share {it} through the care system"),
    "too_complex": ("is too complex to check", "are too complex to check",
                    "send a smaller or simpler file, or share {it} through the care system"),
    "unchecked": ("was not fully checked in time", "were not fully checked in time",
                  "try again in a minute, or share {it} through the care system"),
}


def unreadable(kind, locations):
    """One sentence for the attachments that share a problem kind."""
    n = len(dict.fromkeys(locations))
    one, many, advice = UNREADABLE.get(kind, ("could not be checked", "could not be checked",
                                              "share {it} through the care system"))
    return _say(*_listing(locations, "more attachments"), " ", one if n == 1 else many, ": ",
                advice.format(it=_it(n), it_is=_it(n, "it is", "they are"), s="" if n == 1 else "s"), ".")


def lookalike(pairs):
    """`pairs`: (address typed, the directory address it looks like)."""
    if len(pairs) == 1:
        typed, meant = pairs[0]
        if meant:
            return _say(L(typed), " is not in your care records: did you mean ", L(meant), "?")
        return _say(L(typed), " is a letter or two away from an address in your care records: "
                    "check it before sending.")
    named = [(L(t), " (did you mean ", L(m), "?)") if m else (L(t),) for t, m in pairs[:FEW]]
    parts = []
    for i, item in enumerate(named):
        last = i == len(named) - 1 and len(pairs) <= FEW
        parts += ([" and " if last else ", "] if i else []) + list(item)
    if len(pairs) > FEW:
        parts.append(f" and {len(pairs) - FEW} more")
    return _say(*parts, " are a letter or two away from addresses in your care records: check "
                "them before sending.")


def client_data(emails, clients):
    n = len(emails)
    return _say(*_who(emails), " would get details of ", B(count(clients, "client")),
                ": your organisation asks you to check ", _it(n, "this person", "these people"),
                " should get them.")


def client_health(emails, clients):
    """A client named with care or health details, to someone outside who isn't linked to them."""
    n = len(emails)
    return _say(*_who(emails), f" {_be(n)} ", B("outside the organisation"), " and not linked to ",
                B(count(clients, "client")), " named here with care or health details: check ",
                _it(n, "this person", "these people"), " should know this, or leave the name out.")


# --- the dialog around the reasons ----------------------------------------------------------

def allowed(clients, all_linked):
    """Why an email with personal details may go: said, not hidden behind "nothing found"."""
    if clients:
        why = (f"every recipient is linked to {_it(clients, 'this client', 'these clients')}"
               if all_linked else "your organisation's settings allow it for these recipients")
        return _say("It has details of ", B(count(clients, "client")), f", and {why}.")
    return _say("It holds personal details, and every recipient is in the organisation or in "
                "your care records.")


NOTHING = "Nothing sensitive was found."


SEND_ANYWAY = "To send anyway, give your reason."


def more(n):
    return f"Open Need to Know to see {count(n, 'more problem')}."
