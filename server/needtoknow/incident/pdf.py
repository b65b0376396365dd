"""An incident as a PDF laid out for the ICO's personal data breach report: the report's sections
in its order, filled in where the audit knows the answer, headed blanks where only people can.
Every (recipient, client) pair is in the CSV; the PDF gives the numbers, the recipients and the
clients, and the key safes to change."""
import io
from collections import Counter, defaultdict
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .summary import CATEGORY_NAMES, ROLE_NAMES, TRIGGER_NAMES, categories_of, summarise

SECTIONS = (
    "1. What happened", "2. When it happened and how it was discovered",
    "3. Personal data involved: categories and approximate numbers", "4. Who received it",
    "5. Likely consequences", "6. Measures taken or proposed", "7. Telling the people affected",
    "8. Appendix: recipients and clients",
)
_STYLES = getSampleStyleSheet()
_SMALL = ParagraphStyle("cell", parent=_STYLES["BodyText"], fontSize=8, leading=9.5)
_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def render(incident, generated_at):
    s = summarise(incident)
    story = [Paragraph("Personal data breach: incident report", _STYLES["Title"]),
             _p(f"Prepared from the Need to Know audit log on {generated_at:%d %B %Y %H:%M} UTC, "
                "for the ICO's personal data breach report. Sections marked <b>To be completed</b> "
                "need facts the audit log cannot know.")]
    for title, build in zip(SECTIONS, (_what, _when, _data, _recipients, _consequences,
                                        _measures, _telling, _appendix)):
        story += [Spacer(1, 4 * mm), Paragraph(title, _STYLES["Heading2"])] + build(incident, s)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title="Personal data breach: incident report",
                      leftMargin=18 * mm, rightMargin=18 * mm).build(story)
    return buffer.getvalue()


def _p(text):
    return Paragraph(text, _STYLES["BodyText"])


def _e(text):
    return escape(str(text))


def _cell(text):
    """A table cell that wraps."""
    return Paragraph(_e(text), _SMALL)


def _blank(prompt, lines=4):
    box = Table([[""]], colWidths=[170 * mm], rowHeights=[lines * 6 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
    return [_p(f"<b>To be completed:</b> {_e(prompt)}"), box]


def _table(header, rows, widths):
    table = Table([header] + rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(_GRID)
    return table


def _what(incident, s):
    if not s.records:
        return [_p("The audit log holds no exposure for these filters: no client's data is recorded "
                   "as reaching a recipient not linked to them.")]
    how = "; ".join(f"{n} {_e(TRIGGER_NAMES.get(t, t))}" for t, n in s.by_trigger.items())
    files = ", ".join(_e(a) for a in s.attachments) or "none"
    return [_p(f"{s.checks} email(s) from {_e(', '.join(s.senders) or 'unknown senders')} carried data about "
               f"{s.subjects} client(s) to {s.recipients} recipient(s) not linked to them. How each could "
               f"leave: {how}. Justified overrides: {s.overridden}. Attachments: {files}."),
            _p("Checks: " + ", ".join(_e(c) for c in sorted({p.check_id for p in incident.pairs})))]


def _when(_incident, s):
    when = (f"Sent between {s.first:%d %B %Y %H:%M} and {s.last:%d %B %Y %H:%M} UTC." if s.records
            else "No exposure recorded.")
    return [_p(when)] + _blank("how and when the breach was discovered, and by whom.")


def _data(incident, s):
    rows = [[CATEGORY_NAMES.get(c, c), str(n)] for c, n in s.by_category.items()]
    out = [_p(f"Data subjects: <b>{s.subjects}</b> client(s). Records: <b>{s.records}</b> "
              f"(recipient, client) pairs. Recipients left out past the per-check limit: {incident.omitted}.")]
    if rows:
        out.append(_table(["Category of data", "Clients"], rows, (110, 30)))
    return out + _blank("whether special category data (health, care needs) was involved, and anything "
                        "the email said beyond these identifiers.", 3)


def _recipients(_incident, s):
    rows = [[ROLE_NAMES.get(r, r), str(n)] for r, n in s.by_role.items()]
    out = [_p(f"Inside the organisation: <b>{s.inside}</b>. Outside the organisation: <b>{s.outside}</b>. "
              f"Relatives of other clients: <b>{s.by_role.get('relative', 0)}</b>.")]
    return out + ([_table(["Recipients", "Number"], rows, (110, 30))] if rows else [])


def _consequences(incident, s):
    out = []
    if s.key_safes:
        out.append(_p(f"<b>Physical access risk.</b> Key safe or door codes of {len(s.key_safes)} client(s) "
                      "went to people not linked to them: change these key safes now."))
        rows = [[_e(c), _cell(incident.names.get(c, "")), _cell(incident.addresses.get(c, ""))]
                for c in s.key_safes]
        out.append(_table(["Client id", "Name", "Address"], rows, (30, 55, 85)))
    if s.by_category.get("phone") or s.by_category.get("address"):
        out.append(_p("Contact details went with them: clients may be phoned or visited by people who "
                      "should not know them (nuisance, fraud, checking whether a home is empty)."))
    return out + _blank("other likely consequences for the people affected.", 3)


def _measures(_incident, _s):
    return _blank("measures taken or proposed (recall, asking recipients to delete, codes changed, "
                  "process changes), with dates.", 6)


def _telling(_incident, _s):
    return _blank("whether and how the people affected were told, or why not.", 3)


def _appendix(incident, _s):
    per_recipient, per_client, roles, kinds = Counter(), Counter(), {}, defaultdict(set)
    for p in incident.pairs:
        per_recipient[p.recipient] += 1
        per_client[p.client_id] += 1
        roles[p.recipient] = p.role
        kinds[p.client_id].update(categories_of(p))
    recipients = [[_e(r), _e(roles[r]), str(n)] for r, n in sorted(per_recipient.items())]
    clients = [[_e(c), _e(incident.names.get(c, "")), str(n), _e(" ".join(sorted(kinds[c])))]
               for c, n in sorted(per_client.items())]
    out = [_p("Every pair, with categories and places, is in the CSV of this report.")]
    if recipients:
        out.append(_table(["Recipient", "Role", "Clients"], recipients, (100, 40, 25)))
    if clients:
        out += [Spacer(1, 3 * mm), _table(["Client id", "Name", "Recipients", "Categories"], clients, (25, 50, 22, 73))]
    return out
