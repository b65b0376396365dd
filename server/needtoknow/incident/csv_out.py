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
    columns = [c for c in COLUMNS if with_names or c != "client_name"]
    yield columns
    for p in incident.pairs:
        row = {"time": p.created_at.isoformat(), "check_id": p.check_id, "sender": p.sender,
               "decision": p.decision, "how_it_could_leave": p.trigger,
               "justification": incident.overrides.get(p.check_id, {}).get("justification", ""),
               "recipient": p.recipient, "recipient_role": p.role,
               "inside_organisation": "yes" if p.internal else "no", "client_id": p.client_id,
               "client_name": incident.names.get(p.client_id, ""),
               "categories": " ".join(categories_of(p)), "where": " | ".join(p.where)}
        yield [_cell(row[c]) for c in columns]


def csv_text(incident, with_names=False):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(csv_rows(incident, with_names))
    return buffer.getvalue()
