"""Email address normalisation: one spelling per mailbox for lookups and comparisons."""
from email.utils import parseaddr


def normalise(raw):
    """`' Joan Smith <Joan.Smith@Example.org> '` → `'joan.smith@example.org'`; '' if no address."""
    if not raw:
        return ""
    _name, address = parseaddr(raw.strip())
    address = (address or raw).strip().strip("<>").strip().lower()
    return address if "@" in address else ""


def domain(address):
    return address.rpartition("@")[2]
