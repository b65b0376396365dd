"""What the user sees in the Gmail side panel: the decision (header, reasons in plain English, what
was found as counts, a row per recipient, whether the content was checked), the fixes, and for a
warning the justification that records an override. Never a client's name, number or code:
reasons come from the engine, which words them with counts; recipient addresses are fine."""
from ..policy.dialog import TITLES
from ..policy.justification import CATEGORIES
from . import draft_update, settings as paths
from .widgets import (AMBER, GREEN, GREY, RED, button, buttons, card, coloured, decorated, dropdown,
                      esc, header, markdown, paragraph, section, text_input)

NAME = "Need to Know"
MAX_ROWS = 40  # recipients listed; the rest are counted
LEAD = {
    "block": "Don't send it as it is: fix the problems below.",
    "warn": "Check the problems below. Fix them, or say why the email is fine as it is.",
    "allow": "Nothing sensitive was found for these recipients.",
    "unchecked": "The recipients look right. The content was not checked: check it yourself.",
}
VERDICT = {
    "block": ("Don't send this email", RED, "Blocked"),
    "warn": ("Check before you send", AMBER, "Warning"),
    "allow": ("No problems found", GREEN, "Allowed"),
}
ROLES = {
    "client": "Client", "care_worker": "Care worker", "office_staff": "Office staff",
    "relative": "Relative", "professional": "Professional",
    "unknown_internal": "In your organisation, not in your care records",
    "unknown_external": "Outside your organisation, not in your care records",
    "unresolved": "A group whose members can't be seen",
}
FOUND = {
    "access_code": ("key safe or door code", "key safe or door codes"),
    "client": ("client identified", "clients identified"),
    "named_client": ("client named", "clients named"),
    "phone": ("phone number", "phone numbers"), "postcode": ("postcode", "postcodes"),
    "nhs_number": ("NHS number", "NHS numbers"), "date_of_birth": ("date of birth", "dates of birth"),
    "email": ("email address", "email addresses"),
}


def decision(presented, result, prepared, event, config):
    """The card for a finished check."""
    kind = presented["decision"]
    title, colour, word = VERDICT[kind]
    lead = LEAD[kind]
    if kind == "allow" and not prepared.content.checked:
        title, lead = "No problems with the recipients", LEAD["unchecked"]
    elif kind == "allow" and presented["title"] != TITLES["allow"]:
        title, lead = presented["title"], markdown(presented["message_markdown"])  # why it may go
    return card(header(title, NAME), [
        section([decorated(coloured(f"<b>{word}</b>", colour), top=NAME), paragraph(lead)]),
        section([decorated(markdown(r["message_markdown"]), top=VERDICT[r["severity"]][2])
                 for r in presented["reasons"]], "Why"),
        _fixes(presented, result, event, config),
        _override(presented, config),
        _report(presented, config),
        section([paragraph(esc(prepared.content.text))], "Content"),
        _found(presented["findings"]),
        _recipients(presented, result, prepared.expansion),
        section([buttons(button("Check again", config.url(paths.RECHECK)))]),
    ], name="decision")


def _fixes(presented, result, event, config):
    remove = draft_update.removable(presented, result.recipients, event)
    hide = [a for a in draft_update.exposed(presented, result.recipients, event) if a not in remove]
    items = []
    if remove:
        items.append(paragraph("Remove: " + esc(", ".join(remove))))
    if hide:
        items.append(paragraph("Move to Bcc: " + esc(", ".join(hide))))
    items.append(buttons(
        remove and button(f"Remove these recipients ({len(remove)})", config.url(paths.REMOVE),
                          remove=",".join(remove)),
        hide and button(f"Move to Bcc ({len(hide)})", config.url(paths.TO_BCC), move=",".join(hide))))
    return section(items, "Fix it") if remove or hide else None


def _override(presented, config):
    if not presented["override"].get("justification"):
        return None
    return section([
        paragraph("If this email is right as it is, say why in a few words a colleague would "
                  "understand. Your reason is kept in the audit log."),
        text_input("justification", "Why is this email OK to send?",
                   hint="At least 10 characters, in words"),
        dropdown("category", "Kind of reason (optional)", [("", "Not given"), *CATEGORIES.items()]),
        buttons(button("I have checked — record", config.url(paths.OVERRIDE),
                       check_id=presented["check_id"])),
    ], "Send anyway")


def _report(presented, config):
    """'This is wrong' on a warning or block: the staff member's note reaches the admins."""
    if presented["decision"] == "allow":
        return None
    return section([
        text_input("note", "What did Need to Know get wrong? (optional)"),
        buttons(button("This is wrong", config.url(paths.REPORT), check_id=presented["check_id"])),
    ], "Report a false alarm", collapsed_after=0)


def _found(findings):
    rows = [f"{n} {FOUND.get(k, (k, k))[n != 1]}" for k, n in sorted(findings.items()) if n]
    return section([paragraph(esc(", ".join(rows)) + ".")], "Found") if rows else None


def _recipients(presented, result, expansion):
    rows = [_row(p, r) for p, r in zip(presented["recipients"], result.recipients)]
    flagged = {e for reason in presented["reasons"] for e in reason["recipients"]}
    rows.sort(key=lambda row: row[0] not in flagged)
    widgets = [w for _, w in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        widgets.append(paragraph(f"…and {len(rows) - MAX_ROWS} more recipients."))
    if expansion.groups:
        widgets.append(paragraph(esc("Groups expanded to their members: " + ", ".join(expansion.groups))))
    if expansion.unexpandable:
        widgets.append(paragraph(coloured(esc("Could not expand: " + ", ".join(expansion.unexpandable)
                                             + ". Check who is in these groups."), AMBER)))
    return section(widgets, f"Recipients ({len(rows)})", collapsed_after=6)


def _row(presented, recipient):
    role = ROLES.get(presented["role"], presented["role"])
    notes = [role]
    if recipient.linked and presented["role"] not in ("office_staff", "client"):
        n = len(recipient.linked)
        notes.append(f"linked to {n} client{'s' if n != 1 else ''}")
    unlinked = presented["unlinked_clients"]
    if unlinked:
        notes.append(f"would get details of {unlinked} other client{'s' if unlinked != 1 else ''}")
    if getattr(recipient, "personal", False):
        notes.append("a personal address, outside the organisation")
    if recipient.lookalike:
        meant = getattr(recipient, "suggestion", "")
        notes.append(f"did you mean {meant}?" if meant else "looks like a typo of an address in your care records")
    top = presented["field"].capitalize()
    if recipient.expanded_from:
        top += f" · via {recipient.expanded_from}"
    return presented["email"], decorated(esc(presented["email"] or "(no address)"), top=esc(top),
                                         bottom=esc(" · ".join(notes)))


def message(title, text, colour=GREY):
    """A card with one message: information, or an error said in plain words."""
    return card(header(title, NAME), [section([paragraph(coloured(esc(text), colour))])], name="message")


def homepage():
    return card(header("Check an email before you send it", NAME), [section([
        paragraph("Need to Know checks who you are writing to against the care directory, and "
                  "(when your organisation allows it) what the email contains."),
        paragraph("Open a draft, add the recipients, then click the Need to Know icon at the "
                  "bottom of the compose window."),
        paragraph(coloured("It cannot stop Gmail's Send button: check before you send.", GREY)),
    ])], name="home")
