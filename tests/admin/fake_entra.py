"""A fake Microsoft identity platform at the HTTP level: msal's requests are answered by this
object (through `requests`' transport adapter), the browser's authorise step by `authorize`."""
import base64
import hashlib
import json
import secrets
import time
from urllib.parse import parse_qs, urlsplit

import requests
from requests.structures import CaseInsensitiveDict

HOST = "https://login.microsoftonline.com"
TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
SECRET = "console-secret"


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unsigned_jwt(claims):
    return ".".join((_b64(b'{"alg":"RS256","typ":"JWT"}'), _b64(json.dumps(claims).encode()),
                     _b64(b"signature")))


class FakeEntra:
    def __init__(self, tenant=TENANT):
        self.tenant = tenant
        self.requests = []  # (method, url) msal sent
        self.codes = {}  # code -> what the authorize step promised
        self.token_error = None
        self.claim_overrides = {}

    def authorize(self, auth_uri, **claims):
        """The user signs in at Microsoft, which posts a form back to the app:
        (the redirect URI's path, the form's fields)."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(auth_uri).query).items()}
        assert auth_uri.startswith(f"{HOST}/{self.tenant}/oauth2/v2.0/authorize?")
        assert query["response_mode"] == "form_post"
        code = secrets.token_urlsafe(8)
        self.codes[code] = {"query": query, "claims": claims}
        return urlsplit(query["redirect_uri"]).path, {"code": code, "state": query["state"]}

    def send(self, request):
        """requests' HTTPAdapter.send, for every call msal makes."""
        self.requests.append((request.method, request.url))
        url = urlsplit(request.url)
        if url.path.endswith("/.well-known/openid-configuration"):
            return self._json(request, 200, self._configuration())
        if url.path == f"/{self.tenant}/oauth2/v2.0/token":
            return self._json(request, *self._token(parse_qs(request.body)))
        return self._json(request, 404, {"error": "not_found"})

    def _configuration(self):
        base = f"{HOST}/{self.tenant}"
        return {"authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "issuer": f"{HOST}/{self.tenant}/v2.0", "jwks_uri": f"{base}/discovery/v2.0/keys"}

    def _token(self, form):
        form = {k: v[0] for k, v in form.items()}
        grant = self.codes.pop(form.get("code"), None)
        if self.token_error or grant is None:
            return 400, {"error": self.token_error or "invalid_grant", "error_description": "no"}
        query = grant["query"]
        challenge = _b64(hashlib.sha256(form["code_verifier"].encode()).digest())
        if (challenge != query["code_challenge"] or form["client_id"] != CLIENT_ID
                or form["client_secret"] != SECRET or form["redirect_uri"] != query["redirect_uri"]):
            return 400, {"error": "invalid_grant", "error_description": "PKCE or client mismatch"}
        claims = {"aud": CLIENT_ID, "iss": f"{HOST}/{self.tenant}/v2.0", "tid": self.tenant,
                  "iat": int(time.time()), "exp": int(time.time()) + 3600, "nonce": query["nonce"],
                  "oid": "0000-oid", "sub": "sub", "name": "Nina Admin",
                  "preferred_username": "nina@agency.example", **grant["claims"],
                  **self.claim_overrides}
        info = _b64(json.dumps({"uid": "0000-oid", "utid": self.tenant}).encode())
        return 200, {"token_type": "Bearer", "expires_in": 3600, "access_token": "access",
                     "id_token": unsigned_jwt(claims), "client_info": info,
                     "scope": "openid profile offline_access"}

    @staticmethod
    def _json(request, status, body):
        response = requests.Response()
        response.status_code = status
        response._content = json.dumps(body).encode()
        response.headers = CaseInsensitiveDict({"Content-Type": "application/json"})
        response.url, response.request, response.encoding = request.url, request, "utf-8"
        return response
