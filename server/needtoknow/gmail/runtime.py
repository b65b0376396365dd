"""The long-lived parts of the add-on one app keeps: settings, the certificate cache, the group
cache, and how Google API clients are made (tests replace `gmail_http` / `directory_http`)."""
from . import tokens
from .google_apis import directory_service_factory, gmail_service
from .groups import GroupExpander
from .settings import GmailSettings

EXTENSION = "needtoknow.gmail"


class GmailRuntime:
    def __init__(self, settings, certs_request=None):
        self.settings = settings
        self.certs = certs_request or tokens.CachedCertsRequest(settings.certs_seconds)
        self.gmail_http = None  # callable() -> an httplib2.Http-like transport; None: a real one
        self.directory_http = None
        self.groups = GroupExpander(
            directory_service_factory(settings, lambda: self.directory_http and self.directory_http()),
            settings.org_domains, settings.groups_cache_seconds)

    @classmethod
    def from_config(cls, config):
        return cls(GmailSettings.from_config(config))

    def verify(self, authorization, audiences):
        """The verified claims of the request's bearer token (raises tokens.Unverified)."""
        return tokens.verify_system_token(tokens.bearer(authorization), audiences, self.settings,
                                          self.certs)

    def user_email(self, event):
        return tokens.user_email(event.user_id_token, self.settings, self.certs)

    def gmail(self, token):
        http = self.gmail_http() if self.gmail_http else None
        return gmail_service(token, http=http, timeout=self.settings.api_seconds)
