"""The unified manifest for Microsoft 365 (JSON), the same add-in as the XML manifest: runtimes,
events, send mode and task pane buttons match it one for one."""
from .manifest_xml import DESCRIPTION, EARLY_EVENTS, NAME, SEND_EVENTS
from .settings import APPOINTMENT_PANE, MESSAGE_PANE

MANIFEST_VERSION = "1.17"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
EVENT_TYPES = {  # add-in-only manifest name → unified manifest name
    "OnMessageRecipientsChanged": "messageRecipientsChanged",
    "OnAppointmentAttendeesChanged": "appointmentAttendeesChanged",
    "OnMessageAttachmentsChanged": "messageAttachmentsChanged",
    "OnAppointmentAttachmentsChanged": "appointmentAttachmentsChanged",
    "OnMessageSend": "messageSending",
    "OnAppointmentSend": "appointmentSending",
}
MAILBOX = [{"name": "Mailbox", "minVersion": "1.14"}]
COLOR_ICON, OUTLINE_ICON = "color.png", "outline.png"
EVENT_RUNTIME, PANE_RUNTIME, PANE_ACTION = "EventRuntime", "PaneRuntime", "showPane"


def build(settings):
    """The unified manifest as a dict (icons `color.png` and `outline.png` sit beside it)."""
    manifest = {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": settings.version,
        "id": settings.id,
        "localizationInfo": {"defaultLanguageTag": "en-gb"},
        "developer": {"name": settings.provider[:32], "websiteUrl": settings.support,
                      "privacyUrl": settings.support, "termsOfUseUrl": settings.support},
        "name": {"short": NAME, "full": f"{NAME}: client data check for Outlook"},
        "description": {"short": DESCRIPTION, "full": DESCRIPTION + " It shows what it found and "
                        "what to do instead, and lets a warned email go with a written reason."},
        "icons": {"outline": OUTLINE_ICON, "color": COLOR_ICON},
        "accentColor": "#0F6E6E",
        "authorization": {"permissions": {"resourceSpecific": [
            {"name": "MailboxItem.ReadWrite.User", "type": "Delegated"}]}},
        "extensions": [{
            "requirements": {"scopes": ["mail"], "capabilities": MAILBOX},
            "runtimes": [_event_runtime(settings), _pane_runtime(settings)],
            "ribbons": [_ribbon(settings, "mailCompose", MESSAGE_PANE),
                        _ribbon(settings, "meetingDetailsOrganizer", APPOINTMENT_PANE)],
            "autoRunEvents": [{"requirements": {"capabilities": MAILBOX, "scopes": ["mail"]},
                               "events": _events(settings)}],
        }],
    }
    if settings.domains:
        manifest["validDomains"] = list(settings.domains)
    return manifest


def _event_runtime(settings):
    functions = dict.fromkeys(f for _, f in EARLY_EVENTS + SEND_EVENTS)
    return {"requirements": {"capabilities": MAILBOX}, "id": EVENT_RUNTIME, "type": "general",
            "code": {"page": settings.url("commands.html"), "script": settings.url("launchevent.js")},
            "lifetime": "short",
            "actions": [{"id": f, "type": "executeFunction"} for f in functions]}


def _pane_runtime(settings):
    return {"requirements": {"capabilities": MAILBOX}, "id": PANE_RUNTIME, "type": "general",
            "code": {"page": settings.url("taskpane.html")}, "lifetime": "short",
            "actions": [{"id": PANE_ACTION, "type": "openPage", "pinnable": False}]}


def _icons(settings):
    return [{"size": size, "url": settings.icon(size)} for size in (16, 32, 80)]


def _ribbon(settings, context, control):
    return {"contexts": [context], "tabs": [{"builtInTabId": "TabDefault", "groups": [{
        "id": f"{control}Group", "label": NAME, "icons": _icons(settings),
        "controls": [{"id": control, "type": "button", "label": NAME, "icons": _icons(settings),
                      "supertip": {"title": NAME, "description": "See this email's check, give a "
                                   "reason to send a warned email, or sign in."},
                      "actionId": PANE_ACTION}]}]}]}


def _events(settings):
    early = [{"type": EVENT_TYPES[t], "actionId": f} for t, f in EARLY_EVENTS]
    send = [{"type": EVENT_TYPES[t], "actionId": f, "options": {"sendMode": settings.send_mode_json}}
            for t, f in SEND_EVENTS]
    return early + send
