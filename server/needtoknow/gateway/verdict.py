"""What the gateway answers the sending server: accept, reject (550 5.7.1) or tempfail (451 4.7.1).

Pure: from the check's decision, whether a warning was justified and the settings. A reply is at
most three short plain lines, with what kind of problem it is and what to do — never a value, a
client's name or a rule id — because it is shown to the sender in the bounce.
"""
from dataclasses import dataclass

PHRASES = {
    "access-code": "it contains a key safe, door or alarm code",
    "unlinked-client": "it holds details of a client a recipient is not linked to",
    "bulk-client-data": "it holds details of many clients for many recipients",
    "unknown-recipient": "it holds personal data for a recipient who is not known",
    "exposed-recipients": "families of different clients would see each other's addresses",
    "unreadable-attachment": "an attachment could not be checked",
    "lookalike-recipient": "a recipient's address looks like a mistyped one",
    "unexpanded-list": "a mailing list's members could not be checked",
    "check-unavailable": "the check could not run",
}
OTHER = "it breaks the organisation's rule on client data"
FIX = "Remove the client details, or send them only to people linked to the client."
JUSTIFY = "If it must go, send it from Outlook with the Need to Know add-in and give a reason there."
RETRY = "Need to Know could not check this email now; the sending server will try again."
BUSY = "Need to Know could not finish checking this email in time; the sending server will try again."


@dataclass(frozen=True)
class Verdict:
    action: str  # accept | reject | tempfail
    outcome: str  # what the audit says: allowed, justified, unjustified, blocked, observed, failed-open ...
    code: str = ""
    xcode: str = ""
    lines: tuple = ()


def reasons_line(head, rules):
    phrases = list(dict.fromkeys(PHRASES.get(r, OTHER) for r in rules)) or [OTHER]
    line = f"{head}: " + "; ".join(phrases[:3]) + ("; and more" if len(phrases) > 3 else "") + "."
    return line[:300]


def decide(decision, rules, *, justified, mode="enforce", unjustified_warn="reject", timed_out=False):
    """For a check that ran: decision allow | warn | block. `timed_out`: the check's deadline cut
    it short (a busy gateway): a warning then is deferred (451, retried later and checked whole),
    not a permanent 550 — what was found blocks as ever."""
    if decision == "allow":
        return Verdict("accept", "allowed")
    if decision == "warn" and justified:
        return Verdict("accept", "justified")
    outcome = "blocked" if decision == "block" else "unjustified"
    if mode == "observe":
        return Verdict("accept", f"observed-{outcome}")
    if decision == "warn" and unjustified_warn == "accept":
        return Verdict("accept", "unjustified")
    if decision == "block":
        return Verdict("reject", outcome, "550", "5.7.1",
                       (reasons_line("Need to Know blocked this email", rules), FIX))
    if timed_out:
        return Verdict("tempfail", "deferred", "451", "4.7.1", (BUSY,))
    return Verdict("reject", outcome, "550", "5.7.1",
                   (reasons_line("Need to Know stopped this email", rules), FIX, JUSTIFY))


def unavailable(fail_mode, mode="enforce"):
    """The check could not run: fail mode `block` keeps the message at the sender (retried)."""
    if fail_mode == "block" and mode != "observe":
        return Verdict("tempfail", "deferred", "451", "4.7.1", (RETRY,))
    return Verdict("accept", "failed-open")
