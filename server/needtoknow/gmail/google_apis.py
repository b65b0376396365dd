"""Clients for the Gmail API (as the user, with the event's OAuth token) and the Admin SDK Directory
API (as the organisation's service account). The HTTP transport is a parameter, so tests run the
real client code against googleapiclient's HttpMockSequence."""
import httplib2
from google.auth.exceptions import GoogleAuthError
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from .settings import GROUP_MEMBERS

# What a Google API call can raise besides an HttpError: an expired or refused token, a network
# failure, a timeout. Callers turn these into "not checked" notes, never into a crash.
TRANSPORT_ERRORS = (GoogleAuthError, httplib2.HttpLib2Error, OSError, TimeoutError)
API_ERRORS = (HttpError,) + TRANSPORT_ERRORS


def gmail_service(token, http=None, timeout=10.0):
    """The Gmail API as the user whose add-on OAuth token this is."""
    creds = user_credentials.Credentials(token=token)
    authed = AuthorizedHttp(creds, http=http if http is not None else httplib2.Http(timeout=timeout))
    return build("gmail", "v1", http=authed, cache_discovery=False, static_discovery=True)


def directory_service_factory(settings, http_factory=None):
    """A callable giving the Admin SDK Directory API as `settings.directory_admin`, or None when
    group expansion is not configured."""
    if not settings.groups_configured:
        return None
    loaded = []  # the credentials, read once, keep their access token until it expires

    def make():
        if not loaded:
            loaded.append(service_account.Credentials.from_service_account_file(
                settings.directory_credentials, scopes=[GROUP_MEMBERS],
                subject=settings.directory_admin))
        creds = loaded[0]
        http = (http_factory and http_factory()) or httplib2.Http(timeout=settings.api_seconds)
        return build("admin", "directory_v1", http=AuthorizedHttp(creds, http=http),
                     cache_discovery=False, static_discovery=True)
    return make


def status(exc):
    """The HTTP status of an API failure, or 0 when the call never got an answer."""
    if isinstance(exc, HttpError):
        return int(getattr(exc.resp, "status", 0) or 0)
    if isinstance(exc, GoogleAuthError):
        return 401  # an expired user token can't be refreshed: the same as Google saying 401
    return 0
