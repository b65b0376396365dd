"""The add-on's settings, endpoint paths and OAuth scopes, read once from the app config."""
from dataclasses import dataclass

HOMEPAGE = "/gmail/homepage"
COMPOSE = "/gmail/compose"
RECHECK = "/gmail/actions/recheck"
REMOVE = "/gmail/actions/remove"
TO_BCC = "/gmail/actions/bcc"
OVERRIDE = "/gmail/actions/override"
REPORT = "/gmail/actions/report"  # "This is wrong": a false-alarm report (issue 15b)

# Why each scope is asked for: docs/gmail.md "Scopes".
RUN_IN_GMAIL = "https://www.googleapis.com/auth/gmail.addons.execute"
COMPOSE_ACTION = "https://www.googleapis.com/auth/gmail.addons.current.action.compose"
USER_EMAIL = "https://www.googleapis.com/auth/userinfo.email"
READ_DRAFTS = "https://www.googleapis.com/auth/gmail.readonly"
GROUP_MEMBERS = "https://www.googleapis.com/auth/admin.directory.group.member.readonly"


def scopes(content_check):
    return [RUN_IN_GMAIL, COMPOSE_ACTION, USER_EMAIL] + ([READ_DRAFTS] if content_check else [])


@dataclass(frozen=True)
class GmailSettings:
    base_url: str = ""
    service_account: str = ""
    content_check: bool = False
    oauth_client_id: str = ""
    certs_url: str = "https://www.googleapis.com/oauth2/v1/certs"
    certs_seconds: int = 3600
    directory_credentials: str = ""
    directory_admin: str = ""
    groups_cache_seconds: int = 600
    draft_candidates: int = 10
    api_seconds: float = 10.0
    org_domains: tuple = ()
    max_attachments: int = 50

    @classmethod
    def from_config(cls, config):
        return cls(
            base_url=(config.get("GMAIL_BASE_URL") or "").rstrip("/"),
            service_account=(config.get("GMAIL_SERVICE_ACCOUNT") or "").strip().lower(),
            content_check=bool(config.get("GMAIL_CONTENT_CHECK")),
            oauth_client_id=config.get("GMAIL_OAUTH_CLIENT_ID") or "",
            certs_url=config.get("GMAIL_CERTS_URL") or cls.certs_url,
            certs_seconds=int(config.get("GMAIL_CERTS_SECONDS") or cls.certs_seconds),
            directory_credentials=config.get("GMAIL_DIRECTORY_CREDENTIALS") or "",
            directory_admin=config.get("GMAIL_DIRECTORY_ADMIN") or "",
            groups_cache_seconds=int(config.get("GMAIL_GROUPS_CACHE_SECONDS") or 0),
            draft_candidates=int(config.get("GMAIL_DRAFT_CANDIDATES") or cls.draft_candidates),
            api_seconds=float(config.get("GMAIL_API_SECONDS") or cls.api_seconds),
            org_domains=tuple(config.get("ORG_DOMAINS") or ()),
            max_attachments=int(config.get("MAX_ATTACHMENTS") or cls.max_attachments),
        )

    @property
    def configured(self):
        """Requests can only be verified with both the public URL and the service account."""
        return bool(self.base_url and self.service_account)

    @property
    def groups_configured(self):
        return bool(self.directory_credentials and self.directory_admin)

    def url(self, path):
        return self.base_url + path
