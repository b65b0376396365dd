"""The event object Google posts to every endpoint: what the compose window shows (To/Cc/Bcc, the
thread), the user's OAuth token and the scopes they granted, and a card action's parameters and
form inputs. Parsing never fails: a missing or odd field reads as empty."""
import re
from dataclasses import dataclass, field
from email.utils import getaddresses

FIELDS = ("to", "cc", "bcc")
# The add-on's events name threads and messages as `thread-f:<decimal>` / `msg-f:<decimal>`; the
# Gmail API's ids are the same numbers in hexadecimal.
_LEGACY_ID = re.compile(r"^(?:thread|msg)-f:(\d{1,20})$")


@dataclass(frozen=True)
class Event:
    to: tuple = ()
    cc: tuple = ()
    bcc: tuple = ()
    has_recipients: bool = False  # the compose window's lists were in the event (draftAccess)
    thread_id: str = ""
    user_oauth_token: str = ""
    user_id_token: str = ""
    authorized_scopes: tuple | None = None  # None: Google did not say
    parameters: dict = field(default_factory=dict)
    inputs: dict = field(default_factory=dict)  # form input name -> first string value
    locale: str = ""

    def recipients(self, name):
        return getattr(self, name)

    @property
    def all_recipients(self):
        return self.to + self.cc + self.bcc

    def granted(self, scope):
        return self.authorized_scopes is None or scope in self.authorized_scopes


def parse(body):
    """An Event from the posted JSON (any shape)."""
    body = body if isinstance(body, dict) else {}
    common = _dict(body.get("commonEventObject"))
    auth = _dict(body.get("authorizationEventObject"))
    gmail = _dict(body.get("gmail"))
    draft = _dict(body.get("draftMetadata")) or _dict(gmail.get("draftMetadata")) or gmail
    lists = {f: draft.get(f + "Recipients") for f in FIELDS}
    scopes = auth.get("authorizedScopes")
    scopes = tuple(s for s in scopes if isinstance(s, str)) if isinstance(scopes, list) else None
    return Event(
        **{f: addresses(lists[f]) for f in FIELDS},
        has_recipients=any(isinstance(v, list) for v in lists.values()),
        thread_id=api_id(_str(draft.get("threadId") or gmail.get("threadId"))),
        user_oauth_token=_str(auth.get("userOAuthToken") or auth.get("userOauthToken")),
        user_id_token=_str(auth.get("userIdToken")),
        authorized_scopes=scopes,
        parameters={str(k): _str(v) for k, v in _dict(common.get("parameters")).items()},
        inputs=_inputs(_dict(common.get("formInputs"))),
        locale=_str(common.get("userLocale")),
    )


def api_id(value):
    """A thread or message id as the Gmail API spells it: `thread-f:1761581011553591432` →
    `18726498c4b9a088`; an id already in the API's form is kept (lower case)."""
    value = (value or "").strip()
    found = _LEGACY_ID.match(value)
    return format(int(found.group(1)), "x") if found else value.lower()


def addresses(values):
    """Lower-case addresses, in order, once each; accepts `a@x`, `Name <a@x>` and `a@x, b@y`."""
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return ()
    found = getaddresses([v for v in values if isinstance(v, str)])
    return tuple(dict.fromkeys(a.strip().lower() for _, a in found if "@" in a))


def _inputs(form):
    out = {}
    for name, value in form.items():
        strings = _dict(_dict(value).get("stringInputs")).get("value")
        if isinstance(strings, list) and strings and isinstance(strings[0], str):
            out[str(name)] = strings[0]
    return out


def _dict(value):
    return value if isinstance(value, dict) else {}


def _str(value):
    return value if isinstance(value, str) else ""
