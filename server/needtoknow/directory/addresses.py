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
