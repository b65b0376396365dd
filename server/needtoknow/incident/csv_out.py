"""An incident as CSV: one line per (recipient, client) pair."""
import csv
import io

from ..admin.audit_log import _cell
from .summary import categories_of

COLUMNS = ("time", "check_id", "sender", "decision", "how_it_could_leave", "justification",
           "recipient", "recipient_role", "inside_organisation", "client_id", "client_name",
           "categories", "where")


def csv_rows(incident, with_names=False):
    """The header, then one row per pair; names only when asked (admins), else left out."""
    yield [c for c in COLUMNS if with_names or c != "client_name"]
    heads = {}  # the columns a check's pairs share, made safe once
    for p in incident.pairs:
        head = heads.get((p.check_id, p.recipient))
        if head is None:
            justification = incident.overrides.get(p.check_id, {}).get("justification", "")
            head = heads[(p.check_id, p.recipient)] = [_cell(v) for v in (
                p.created_at.isoformat(), p.check_id, p.sender, p.decision, p.trigger, justification,
                p.recipient, p.role, "yes" if p.internal else "no")]
        name = [_cell(incident.names.get(p.client_id, ""))] if with_names else []
        yield head + [_cell(p.client_id)] + name + [" ".join(categories_of(p)), _cell(" | ".join(p.where))]


def csv_text(incident, with_names=False):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(csv_rows(incident, with_names))
    return buffer.getvalue()
