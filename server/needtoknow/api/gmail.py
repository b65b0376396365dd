"""The Gmail add-on's endpoints (Google Workspace add-on, HTTP runtime).

Every request must carry Google's ID token for the add-on's service account with this endpoint's
URL as its audience; anything else gets 401 before any work is done. Every answer after that is a
card (or a draft update): failures become a card with plain words, never a stack trace.
"""
import logging

from flask import Blueprint, current_app, g, jsonify, request

from .. import db
from ..audit import queue as audit_queue
from ..gmail import cards, compose, consent, draft_update, widgets
from ..gmail import event as events
from ..gmail.runtime import EXTENSION, GmailRuntime
from ..gmail.tokens import Unverified
from ..services import get_services
from ..policy.justification import CATEGORIES, problem as justification_problem
from . import override as overrides
from .check import perform, present
from .errors import error_response

bp = Blueprint("gmail", __name__, url_prefix="/gmail")
log = logging.getLogger(__name__)

FAILED = ("Need to Know couldn't check this email",
          "Something went wrong on the Need to Know server, so nothing was checked. Try again in a "
          "minute; if it keeps happening, tell your administrator.")

NOT_OVERRIDABLE = {"block": "A blocked email can't be sent anyway: fix it first.",
                   "allow": "Nothing to record: that email had no problems."}
NOT_YOURS = "Only the person who ran that check can give a reason for it. Press Check again."


@bp.record_once
def _setup(state):
    state.app.extensions[EXTENSION] = GmailRuntime.from_config(state.app.config)


def runtime():
    return current_app.extensions[EXTENSION]


@bp.before_request
def _verify():
    settings = runtime().settings
    url = settings.url(request.path)
    audiences = [url] + ([f"{url}?{request.query_string.decode()}"] if request.query_string else [])
    try:
        runtime().verify(request.headers.get("Authorization", ""), audiences)
    except Unverified as exc:
        log.warning("gmail: %s refused: %s", request.path, exc.reason)
        return error_response(401, "Unauthorized.")
    g.gmail_event = events.parse(request.get_json(silent=True))
    lacking = consent.missing(g.gmail_event, request.path, runtime().settings)
    if lacking:  # granular consent: Google asks the user for exactly these, then calls again
        return jsonify(consent.request_scopes(lacking))
    return None


@bp.post("/homepage")
def homepage():
    return jsonify(widgets.push(cards.homepage()))


@bp.post("/compose")
def compose_trigger():
    return jsonify(widgets.push(_check_card(g.gmail_event)))


@bp.post("/actions/recheck")
def recheck():
    return jsonify(widgets.navigate(_check_card(g.gmail_event), "updateCard"))


def _check_card(event):
    if not event.has_recipients:
        return cards.message("Open Need to Know from the draft",
                             "Need to Know can't see this draft's recipients from here. Close the "
                             "panel and click the Need to Know icon in the compose window.")
    if not event.all_recipients:
        return cards.message("Add the recipients first",
                             "Need to Know checks who an email goes to. Add the recipients to the "
                             "draft, then press Check again.")
    rt = runtime()
    try:
        snapshot = get_services().snapshot(db.get_session())
        prepared = compose.prepare(event, rt.settings, rt.groups, rt.gmail,
                                   lambda email: snapshot.view.lookup(email) is not None,
                                   sender=rt.user_email(event))
        result = perform(prepared.inp)
        return cards.decision(present(result), result, prepared, event, rt.settings)
    except Exception as exc:  # the user gets a card, the log gets the type (never the content)
        log.error("gmail: check failed (%s)", type(exc).__name__)
        return cards.message(*FAILED, colour=widgets.RED)


@bp.post("/actions/remove")
def remove():
    return jsonify(_fix(draft_update.remove, "remove"))


@bp.post("/actions/bcc")
def to_bcc():
    return jsonify(_fix(draft_update.move_to_bcc, "move"))


def _fix(make, key):
    event = g.gmail_event
    addresses = draft_update.split(event.parameters.get(key))
    if not event.has_recipients:
        return widgets.notify("Need to Know can't see this draft's recipients. Change them by hand: "
                              + ", ".join(addresses))
    markup = make(event, addresses)
    if markup is None:
        return widgets.notify("Those recipients are no longer in To or Cc.")
    return widgets.update_draft(markup)


@bp.post("/actions/override")
def override():
    event = g.gmail_event
    justification = event.inputs.get("justification", "").strip()[:2000]
    settings = get_services().snapshot(db.get_session()).policy.settings
    wrong = justification_problem(justification, settings.justification_min_chars,
                                  settings.justification_min_words)
    if wrong:
        return jsonify(widgets.notify(wrong))
    try:
        return jsonify(_record(event, justification))
    except Exception as exc:
        log.error("gmail: override not recorded (%s)", type(exc).__name__)
        return jsonify(widgets.navigate(cards.message(
            "Not recorded", "Need to Know could not record your reason. Try again in a minute.",
            colour=widgets.RED)))


def _record(event, justification):
    session = db.get_session()
    check = audit_queue.find_check(session, event.parameters.get("check_id", ""))  # may be queued
    if check is None:
        return widgets.notify("That check is not in the audit log. Press Check again.")
    user = runtime().user_email(event)
    if not _ran(check, user):
        return widgets.notify(NOT_YOURS)
    if check.decision != "warn":
        return widgets.notify(NOT_OVERRIDABLE.get(check.decision, NOT_OVERRIDABLE["block"]))
    if overrides.earlier(session, check.check_id) is not None:
        return widgets.notify("A reason is already recorded for this check. Press Check again.")
    category = event.inputs.get("category") or None
    try:  # a second override racing this one is refused by the database (api/override.py)
        overrides.record(session, check, justification, actor=user or None,
                         category=category if category in CATEGORIES else None)
    except overrides.Refused:
        return widgets.notify("A reason is already recorded for this check. Press Check again.")
    return widgets.navigate(cards.message(
        "Reason recorded", "Your reason is in the audit log. You can send the email now.",
        colour=widgets.GREEN), "updateCard", notification="Recorded in the audit log.")


@bp.post("/actions/report")
def report():
    """'This is wrong': the check id, the Google user and their note, as POST …/report keeps."""
    from ..feedback import reports

    try:
        return jsonify(_report(g.gmail_event, reports))
    except Exception as exc:  # the user gets a notice, the log the type (never the note)
        log.error("gmail: report not recorded (%s)", type(exc).__name__)
        return jsonify(widgets.notify("Need to Know could not send your report. Try again."))


def _report(event, reports):
    note = event.inputs.get("note", "").strip()[:1000]
    session = db.get_session()
    check = audit_queue.find_check(session, event.parameters.get("check_id", ""))  # may be queued
    if check is None:
        return widgets.notify("That check is not in the audit log. Press Check again.")
    user = runtime().user_email(event)
    if not _ran(check, user):
        return widgets.notify("Only the person who ran that check can report it. Press Check again.")
    reports.record(session, check, user or check.actor or "gmail", note)
    return widgets.notify("Thank you: your admin will look at it.")


def _ran(check, user):
    """The check was run from the add-on by this Google user (both unknown without
    GMAIL_OAUTH_CLIENT_ID: then the unguessable check id is all there is)."""
    client = (check.details or {}).get("client") or {}
    return client.get("host") == "gmail" and (client.get("user") or "") == user
