"""`needtoknow doctor`: is this a working production configuration? Each check says what is
missing and how to fix it (docs/deploy.md has the whole guide).

A check is `(name, problem, fix)`: `problem` None means it passed. Warnings are advice; only
problems make the command fail. Nothing printed quotes a secret or a connection string.
"""
from dataclasses import dataclass
from urllib.parse import urlsplit

from .admin.entra import GUID, EntraSettings

DEPLOY = "docs/deploy.md"
ENV = "NEEDTOKNOW_"


@dataclass(frozen=True)
class Finding:
    name: str
    problem: str | None = None  # None: fine
    fix: str = ""
    warning: bool = False  # advice only; doesn't fail the command

    @property
    def ok(self):
        return self.problem is None


def _ok(name, note=""):
    return Finding(name, None, note)


def check_secret_key(config):
    if config.get("SECRET_KEY_GENERATED"):
        return Finding("secret key", "NEEDTOKNOW_SECRET_KEY is not set (a random one is made at "
                       "each start, so sign-ins end on restart and differ between workers)",
                       'set NEEDTOKNOW_SECRET_KEY to the output of `python3 -c "import secrets; '
                       'print(secrets.token_hex(32))"`')
    key = str(config.get("SECRET_KEY") or "")
    if len(key) < 32 or "change-me" in key:
        return Finding("secret key", "NEEDTOKNOW_SECRET_KEY is too short or still the example",
                       "use 64 random hex characters (`python3 -c \"import secrets; "
                       "print(secrets.token_hex(32))\"`)")
    return _ok("secret key")


def check_auth_mode(config):
    if config.get("AUTH_MODE") != "entra":
        return Finding("sign-in mode", "NEEDTOKNOW_AUTH_MODE is dev: anyone can call the API and "
                       "sign in to the console", "set NEEDTOKNOW_AUTH_MODE=entra")
    return _ok("sign-in mode")


def check_database(app, readiness):
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite"):
        return Finding("database", "the database is an SQLite file (one machine, one writer)",
                       "set NEEDTOKNOW_DATABASE_URL=postgresql+psycopg://USER:PASSWORD@HOST/DB")
    ready, details = readiness(app)
    if details.get("database") != "ok":
        return Finding("database", f"PostgreSQL is unreachable ({details.get('error')})",
                       "check NEEDTOKNOW_DATABASE_URL's host, port, user and password, and that "
                       "the server accepts connections from here")
    if not ready:
        return Finding("database", "the database is not at the newest migration",
                       "run `needtoknow db upgrade` (the migration job in Kubernetes)")
    return _ok("database", "reachable, at the newest migration")


def check_redis(config, make_client):
    if not config.get("REDIS_URL"):
        return Finding("redis", "NEEDTOKNOW_REDIS_URL is not set: each worker keeps its own "
                       "cache and rate limits", "set NEEDTOKNOW_REDIS_URL=redis://HOST:6379/0")
    try:
        make_client(config).ping()
    except Exception as exc:  # noqa: BLE001 — any failure means "not usable", said by its type
        return Finding("redis", f"Redis does not answer ({type(exc).__name__})",
                       "check NEEDTOKNOW_REDIS_URL and that Redis runs")
    return _ok("redis", "answers")


def check_org_domains(config):
    if not config.get("ORG_DOMAINS"):
        return Finding("organisation domains", "NEEDTOKNOW_ORG_DOMAINS is empty: every staff "
                       "address would count as outside the organisation",
                       "set NEEDTOKNOW_ORG_DOMAINS=agency.example (comma-separated)")
    return _ok("organisation domains", ", ".join(config["ORG_DOMAINS"]))


def check_entra_api(config):
    missing = [f"{ENV}{k}" for k in ("ENTRA_CLIENT_ID", "ENTRA_TENANTS") if not config.get(k)]
    if missing:
        return Finding("Outlook add-in tokens (Entra API app)", "not set: " + ", ".join(missing),
                       f"register the API app in Entra ID and set these ({DEPLOY}, step 2)")
    bad = [t for t in config["ENTRA_TENANTS"] if not GUID.match(t)]
    if not GUID.match(config["ENTRA_CLIENT_ID"]) or bad:
        return Finding("Outlook add-in tokens (Entra API app)", "the client id or a tenant id is "
                       "not a GUID", "copy the Directory (tenant) ID and Application (client) ID "
                       "from the app registration's Overview page")
    return _ok("Outlook add-in tokens (Entra API app)")


def check_admin_sign_in(config):
    settings = EntraSettings.from_config(config)
    missing = [f"{ENV}{k}" for k, v in (("ADMIN_TENANT_ID", settings.tenant),
                                        ("ADMIN_CLIENT_ID", settings.client_id),
                                        ("ADMIN_CLIENT_SECRET", settings.client_secret)) if not v]
    if missing:
        return Finding("admin console sign-in", "not set: " + ", ".join(missing),
                       f"register the console app in Entra ID and set these ({DEPLOY}, step 2)")
    if not (GUID.match(settings.tenant) and GUID.match(settings.client_id)):
        return Finding("admin console sign-in", "the tenant or client id is not a GUID",
                       "copy them from the console app registration's Overview page")
    if not (settings.role or settings.groups):
        return Finding("admin console sign-in", "no admin role or group is set: nobody can be "
                       "an admin", "set NEEDTOKNOW_ADMIN_ROLE or NEEDTOKNOW_ADMIN_GROUPS")
    return _ok("admin console sign-in")


def check_gmail(config):
    used = any(config.get(k) for k in ("GMAIL_BASE_URL", "GMAIL_SERVICE_ACCOUNT",
                                       "GMAIL_OAUTH_CLIENT_ID"))
    if not used:
        return _ok("Gmail add-on", "not used")
    missing = [f"{ENV}{k}" for k in ("GMAIL_BASE_URL", "GMAIL_SERVICE_ACCOUNT")
               if not config.get(k)]
    if missing:
        return Finding("Gmail add-on", "partly set; missing " + ", ".join(missing),
                       "see docs/gmail.md: the deployment's URL and its service account email")
    if urlsplit(config["GMAIL_BASE_URL"]).scheme != "https":
        return Finding("Gmail add-on", "NEEDTOKNOW_GMAIL_BASE_URL is not https",
                       "Google only calls https endpoints: use the public https URL")
    return _ok("Gmail add-on")


def check_public_url(config):
    url = config.get("PUBLIC_BASE_URL") or ""
    parts = urlsplit(url)
    if not url:
        return Finding("public base URL", "NEEDTOKNOW_PUBLIC_BASE_URL is not set",
                       "set it to the https address staff's add-ins use, e.g. "
                       "https://needtoknow.agency.example")
    if parts.scheme != "https" or not parts.hostname:
        return Finding("public base URL", "NEEDTOKNOW_PUBLIC_BASE_URL is not an https URL",
                       "Outlook and Google only load add-ins over https: put a TLS certificate "
                       "on the proxy in front and use https://")
    redirect = config.get("ADMIN_REDIRECT_URI") or ""
    if redirect and urlsplit(redirect).hostname != parts.hostname:
        return Finding("public base URL", "NEEDTOKNOW_ADMIN_REDIRECT_URI is on another host",
                       "make it https://<public host>/admin/auth/callback (or leave it empty)")
    return _ok("public base URL", url)


def check_tls(config):
    """Advice: TLS ends at the proxy, which must say so (X-Forwarded-Proto) to a trusted hop."""
    if not config.get("TRUSTED_PROXIES"):
        return Finding("TLS", "NEEDTOKNOW_TRUSTED_PROXIES is 0: behind a TLS proxy the app "
                       "can't tell requests came over https (sign-in redirects break)",
                       "set NEEDTOKNOW_TRUSTED_PROXIES=1 when one proxy (nginx, the ingress) "
                       "ends TLS in front of the app", warning=True)
    return _ok("TLS", "behind a trusted proxy")


def run_checks(app):
    """Every finding, in the order of docs/deploy.md."""
    from .observability.readiness import readiness
    from .redis_cache import make_client

    config = app.config
    return [check_secret_key(config), check_auth_mode(config), check_database(app, readiness),
            check_redis(config, make_client), check_org_domains(config), check_entra_api(config),
            check_admin_sign_in(config), check_gmail(config), check_public_url(config),
            check_tls(config)]


def lines(findings):
    """What the command prints, and whether every required check passed."""
    out = []
    for f in findings:
        if f.ok:
            out.append(f"ok       {f.name}" + (f": {f.fix}" if f.fix else ""))
        else:
            out.append(f"{'warning' if f.warning else 'MISSING':<8} {f.name}: {f.problem}")
            out.append(f"         fix: {f.fix}")
    failed = [f for f in findings if not f.ok and not f.warning]
    out.append("Ready for production." if not failed else
               f"{len(failed)} thing(s) to fix before going live (see {DEPLOY}).")
    return out, not failed
