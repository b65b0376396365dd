"""What the audit (and the response) may say about a message's attachments and the add-in that
sent it, without naming anyone.

An attachment keeps its file name only when the name can't name anyone and holds no number: every
word in it is an ordinary office word (`WORDS`) — "care plan.pdf", "Weekly rota.xlsx" — else it is
"attachment N". A surname the directory doesn't know ("Kowalski care plan.pdf") is not an ordinary
word, so it never reaches the log. Ids and versions the add-in reports are kept only in the
shapes add-ins send them (Outlook item ids, Gmail draft ids, UUIDs; dotted versions; lowercase
host names); anything else is left out or shown as "(not shown)".
"""
import re

WORDS = frozenset("""
a an and the of for to in on at by with from new old copy final draft signed scan scanned
rota rotas schedule schedules timetable weekly daily monthly annual week month year
care plan plans support assessment assessments review reviews risk medication medicines mar chart
charts notes note minutes meeting meetings agenda report reports summary update updates letter
letters form forms invoice invoices timesheet timesheets policy policies procedure procedures
handbook guide guidance training checklist list lists staff team office visit visits call calls
log logs record records document documents file files image photo picture attachment details
contact contacts referral referrals incident incidents feedback survey newsletter info
information holiday holidays leave cover shift shifts availability payroll expenses
client clients people person carer carers worker workers service user users family families
bundle archive export import backup data sheet spreadsheet table tables text message email mail
big small large short long test sample example readme doc docs pdf x
""".split())
_WORD = re.compile(r"[^\W\d_]+")
DRAFT_ID = re.compile(r"r-?\d{1,30}|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
                      r"|AA[A-Za-z0-9+/=_-]{20,300}|[0-9a-fA-F]{16,64}")
VERSION = re.compile(r"\d{1,4}(\.\d{1,6}){0,3}([-+][0-9A-Za-z.]{1,20})?")
NAME = re.compile(r"[a-z][a-z0-9_-]{0,19}")
CLIENT_FIELDS = {"host": NAME, "item": NAME, "platform": NAME, "version": VERSION}
NOT_SHOWN = "(not shown)"


def plain_file_name(name):
    """True for a name that holds no digit and only ordinary office words (and an extension)."""
    name = (name or "").strip()
    if not name or any(ch.isdigit() for ch in name):
        return False
    stem = name.rsplit(".", 1)[0] if "." in name else name
    words = _WORD.findall(stem)
    return bool(words) and all(w.lower() in WORDS or len(w) == 1 and w.islower() for w in words)


def draft_id(value):
    return value if isinstance(value, str) and DRAFT_ID.fullmatch(value) else None


def client(info):
    """The add-in's description of itself with every free-form value checked against its shape;
    other keys (e.g. Gmail's signed-in `user`, booleans) pass to the writer, which checks them."""
    out = {}
    for key, value in (info or {}).items():
        if key in CLIENT_FIELDS and isinstance(value, str):
            out[key] = value if CLIENT_FIELDS[key].fullmatch(value) else NOT_SHOWN
        else:
            out[key] = value
    return out
