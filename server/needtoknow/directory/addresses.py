"""Email address normalisation: one spelling per mailbox for lookups and comparisons."""
from email.utils import parseaddr


def normalise(raw):
    """`' Joan Smith <Joan.Smith@Example.org> '` → `'joan.smith@example.org'`; '' if no address."""
    if not raw:
        return ""
    raw = raw.strip()
    if "<" not in raw and '"' not in raw and " " not in raw:  # the usual bare address: no parsing
        return raw.lower() if "@" in raw else ""
    _name, address = parseaddr(raw)
    address = (address or raw).strip().strip("<>").strip().lower()
    return address if "@" in address else ""


def domain(address):
    return address.rpartition("@")[2]


def split(text):
    """An address list as people type it: `a@x, b@y; "Smith, Jo" <jo@z>` → its parts, split at
    commas and semicolons outside quotes and <…>. Every non-empty part is kept, so nothing a
    sender typed is silently dropped (a part that is no address is reported as one)."""
    parts, current, quoted, angled = [], [], False, False
    for ch in text or "":
        if ch == '"' and not angled:
            quoted = not quoted
        elif ch == "<" and not quoted:
            angled = True
        elif ch == ">" and not quoted:
            angled = False
        elif ch in ",;\n" and not (quoted or angled):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]
