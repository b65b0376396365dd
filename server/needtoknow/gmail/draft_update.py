"""Fixes the add-on can make to the open draft: remove the recipients a check flagged, or move
relatives who would see each other's addresses to Bcc. Google replaces a whole To, Cc or Bcc list
at a time, so the new lists are computed from the compose window's current ones (in the event);
only the lists that change are sent."""
from .event import FIELDS

# Rules whose remedy is to take the recipient off the email.
REMOVE_RULES = frozenset({"unlinked-client", "personal-address", "unknown-recipient", "lookalike-recipient",
                          "client-data", "client-health-details"})
EXPOSED_RULE = "exposed-recipients"
UPDATE = {"to": ("updateToRecipients", "toRecipients"),
          "cc": ("updateCcRecipients", "ccRecipients"),
          "bcc": ("updateBccRecipients", "bccRecipients")}


def flagged(presented, recipients, event, rules):
    """Draft addresses (a group stands for its members) named by reasons of `rules`."""
    named = {e.lower() for r in presented["reasons"] if r["rule"] in rules for e in r["recipients"]}
    via = {r.email: r.expanded_from for r in recipients if r.expanded_from}
    in_draft = set(event.all_recipients)
    return tuple(dict.fromkeys(a for a in (via.get(e, e) for e in sorted(named)) if a in in_draft))


def removable(presented, recipients, event):
    return flagged(presented, recipients, event, REMOVE_RULES)


def exposed(presented, recipients, event):
    """Flagged family members in To or Cc (Bcc already hides them)."""
    shown = set(event.to) | set(event.cc)
    return tuple(a for a in flagged(presented, recipients, event, {EXPOSED_RULE}) if a in shown)


def remove(event, addresses):
    """Update markup taking `addresses` off the draft, or None when none of them is on it."""
    gone = {a.lower() for a in addresses}
    lists = {f: tuple(a for a in event.recipients(f) if a not in gone) for f in FIELDS}
    return _markup(event, lists)


def move_to_bcc(event, addresses):
    """Update markup moving `addresses` from To/Cc to Bcc, or None when none is in To/Cc."""
    moving = {a.lower() for a in addresses} & (set(event.to) | set(event.cc))
    lists = {"to": tuple(a for a in event.to if a not in moving),
             "cc": tuple(a for a in event.cc if a not in moving),
             "bcc": tuple(dict.fromkeys(event.bcc + tuple(a for a in event.to + event.cc
                                                          if a in moving)))}
    return _markup(event, lists)


def _markup(event, lists):
    markup = {}
    for f in FIELDS:
        if lists[f] != event.recipients(f):
            outer, inner = UPDATE[f]
            markup[outer] = {inner: [{"email": a} for a in lists[f]]}
    return markup or None


def split(value):
    return tuple(a.strip().lower() for a in (value or "").split(",") if a.strip())
