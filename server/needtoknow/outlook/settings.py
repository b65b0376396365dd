"""What a deployment's manifests are made from: where the add-in's files and the API are served,
the Entra app, and how the handler behaves. The handler reads its settings from the query string
of its own URL (`Office.context.urls.javascriptRuntimeUrl`), so the files in `static/` stay the
same for every deployment."""
import re
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

SEND_MODES = {"softblock": ("SoftBlock", "softBlock"), "block": ("Block", "block")}
FAIL_MODES = ("warn", "block", "allow")
WARN_MODES = ("prompt", "justify")
MESSAGE_PANE, APPOINTMENT_PANE = "ntkMessagePane", "ntkAppointmentPane"
ICON_SIZES = (16, 32, 64, 80, 128)
# A tenant id (GUID) or a verified domain name: what MSAL takes after login.microsoftonline.com/
TENANT = re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$", re.I)


@dataclass(frozen=True)
class AddinSettings:
    base_url: str  # serves the contents of static/: …/outlook/launchevent.js must be reachable
    client_id: str = ""  # the Entra app (empty: no token, for a dev-mode API)
    tenant: str = ""  # the Entra tenant the app is registered in (single-tenant: MSAL needs it)
    api_url: str = ""  # serves /api/v1; empty: the origin of base_url
    scope: str = ""  # empty: api://<client_id>/access_as_user
    addin_id: str = ""  # empty: derived from the client id (or base URL), stable across builds
    send_mode: str = "softblock"
    fail_mode: str = "warn"  # when the check can't run: warn (ask) | block | allow
    warn_mode: str = "justify"  # justify (default): only with a written reason | prompt: "Send anyway"
    timeout_ms: int = 3500
    version: str = "1.0.0"
    provider: str = "Need to Know"
    support_url: str = ""

    def __post_init__(self):
        for name in ("base_url", "api_url", "support_url"):
            value = getattr(self, name)
            if value and urlsplit(value).scheme != "https":
                raise ValueError(f"{name} must be an https URL (Outlook loads add-ins over HTTPS only)")
        if self.send_mode.lower() not in SEND_MODES:
            raise ValueError("send_mode is softblock or block")
        if self.fail_mode not in FAIL_MODES or self.warn_mode not in WARN_MODES:
            raise ValueError(f"fail_mode is one of {FAIL_MODES}; warn_mode one of {WARN_MODES}")
        if self.tenant and not TENANT.match(self.tenant):
            raise ValueError("tenant must be a tenant id (GUID) or a domain name")
        if not 500 <= self.timeout_ms <= 4500:
            raise ValueError("timeout_ms must leave room in Outlook's 5-second budget (500–4500)")

    @property
    def base(self):
        return self.base_url.rstrip("/")

    @property
    def api(self):
        if self.api_url:
            return self.api_url.rstrip("/")
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def id(self):
        return self.addin_id or str(uuid.uuid5(uuid.NAMESPACE_URL, f"needtoknow:outlook:{self.client_id or self.base}"))

    @property
    def api_scope(self):
        return self.scope or (f"api://{self.client_id}/access_as_user" if self.client_id else "")

    @property
    def query(self):
        """The handler's settings, carried in the URLs of its runtime and task pane."""
        params = {"api": self.api, "client": self.client_id, "tenant": self.tenant.lower(), "scope": self.api_scope,
                  "fail": self.fail_mode, "warn": self.warn_mode, "timeout": str(self.timeout_ms)}
        return urlencode({k: v for k, v in params.items() if v}, safe=":/")

    def url(self, path, query=True):
        return f"{self.base}/outlook/{path}" + (f"?{self.query}" if query else "")

    def icon(self, size):
        return self.url(f"icons/icon-{size}.png", query=False)

    @property
    def send_mode_xml(self):
        return SEND_MODES[self.send_mode.lower()][0]

    @property
    def send_mode_json(self):
        return SEND_MODES[self.send_mode.lower()][1]

    @property
    def support(self):
        return self.support_url or f"{self.api}/"

    @property
    def domains(self):
        """Origins the add-in talks to besides its own."""
        own = urlsplit(self.base_url).netloc
        return tuple(dict.fromkeys(d for d in (urlsplit(self.api).netloc,) if d != own))

    @property
    def version4(self):
        parts = (self.version.split(".") + ["0"] * 4)[:4]
        return ".".join(parts)
