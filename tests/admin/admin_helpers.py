"""Admin console test helpers: a client signed in as the local admin, a small directory."""
import io
import time

PEOPLE = """id,kind,full_name,email,phone,address,postcode,nhs_number
C1,client,Joan Smith,,01474 123456,12 Mill Road,ME5 6JW,
C2,client,Arthur Penn,,01474 654321,3 High Street,ME4 4AA,
R1,relative,Mary Smith,mary.smith@family.example,,,,
R2,relative,Pat Penn,pat.penn@family.example,,,,
P1,professional,Sam Lee,sam.lee@kent.gov.uk,,,,
W1,care_worker,Ola Care,ola.care@gmail.example,,,,
S1,office_staff,Olive Office,office@agency.example,,,,
"""
RELATIONSHIPS = """person_id,client_id,relationship,valid_from,valid_to
R1,C1,next_of_kin,,
R2,C2,next_of_kin,,
P1,C1,social_worker,,
W1,C1,assigned_carer,2020-01-01,
"""
ABOUT_JOAN = "Joan Smith at ME5 6JW needs a visit on Tuesday."


class AdminClient:
    """A test client signed in as the local admin; every change carries the CSRF token."""

    def __init__(self, client):
        self.client = client
        self.token = client.post("/api/v1/admin/session",
                                 headers={"X-CSRF-Token": self._fresh_token()}).json["csrf_token"]

    def _fresh_token(self):
        return self.client.get("/api/v1/admin/session").json["csrf_token"]

    def get(self, path, **kw):
        return self.client.get("/api/v1/admin" + path, **kw)

    def send(self, method, path, **kw):
        headers = {"X-CSRF-Token": self.token, **kw.pop("headers", {})}
        return self.client.open("/api/v1/admin" + path, method=method, headers=headers, **kw)

    def post(self, path, **kw):
        return self.send("POST", path, **kw)

    def put(self, path, **kw):
        return self.send("PUT", path, **kw)

    def patch(self, path, **kw):
        return self.send("PATCH", path, **kw)

    def delete(self, path, **kw):
        return self.send("DELETE", path, **kw)



def https_client(app):
    """A test client whose requests arrive over https (the session cookie is Secure there)."""
    client = app.test_client()
    plain_open = client.open

    def open_https(*args, **kw):
        kw.setdefault("base_url", "https://localhost")
        return plain_open(*args, **kw)

    client.open = open_https
    return client


def sign_in_as(client, admin_role):
    """Put a signed-in Entra user straight into the session (sign-in itself: test_entra)."""
    with client.session_transaction() as session:
        session["admin"] = {"name": "Nina", "username": "nina@agency.example", "oid": "1",
                            "admin": admin_role, "via": "entra", "until": time.time() + 3600,
                            "checked": time.time()}
        session["csrf"] = "token"
    return "token"


def check_body(*to, body=ABOUT_JOAN, **extra):
    return {"sender": "office@agency.example", "to": list(to), "subject": "Visit", "body": body,
            **extra}


def files(people=PEOPLE, relationships=RELATIONSHIPS, dry_run=False):
    return {"people": (io.BytesIO(people.encode()), "people.csv"),
            "relationships": (io.BytesIO(relationships.encode()), "relationships.csv"),
            "dry_run": "true" if dry_run else "false"}
