"""A synthetic care agency for tests: the demo directory, queries over it, and requests.

Tests build their scenarios from this data (never from ../shared), so the same rules are tested
on names, numbers and documents the rules were not written against.
"""
import base64
import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date

from werkzeug.serving import make_server

from needtoknow import db
from needtoknow.demo.generate import make_directory, write_csvs
from needtoknow.directory.importer import import_directory

ORG = "agency.example"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class World:
    directory: object  # DemoDirectory

    @property
    def clients(self):
        return self.directory.clients

    def person(self, pid):
        return next(p for p in self.directory.people if p["id"] == pid)

    def of_kind(self, kind):
        return [p for p in self.directory.people if p["kind"] == kind and p["email"]]

    def links(self, active=True):
        today = date.today().isoformat()
        return [r for r in self.directory.relationships
                if (not r["valid_to"] or r["valid_to"] >= today) == active]

    def linked(self, person_id):
        return {r["client_id"] for r in self.links() if r["person_id"] == person_id}

    def relatives(self):
        """(relative, their one active client) pairs."""
        out = []
        for rel in self.of_kind("relative"):
            linked = self.linked(rel["id"])
            if len(linked) == 1:
                out.append((rel, self.person(next(iter(linked)))))
        return out

    def unlinked_client(self, person_id):
        linked = self.linked(person_id)
        return next(c for c in self.clients if c["id"] not in linked)

    def secrets(self, *clients):
        return [v for c in clients for v in (c["full_name"], c["phone"], c["nhs_number"]) if v]


def load(app, n_clients=40, folder=None):
    """Import the demo directory of n clients into the app's database; the World."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        people, relationships = write_csvs(folder or tmp, n_clients)
        with db.sessions(app)() as session:
            import_directory(session, people, relationships)
    return World(make_directory(n_clients))


def attachment(name, data, content_type="application/octet-stream"):
    return {"name": name, "content_type": content_type,
            "content_base64": base64.b64encode(data).decode("ascii")}


def message(to, body="", subject="", attachments=(), cc=(), bcc=(), sender=f"office@{ORG}", **extra):
    return {"sender": sender, "to": list(to), "cc": list(cc), "bcc": list(bcc), "subject": subject,
            "body": body, "body_type": "text", "attachments": list(attachments),
            "client": {"host": "test", "version": "1"}, **extra}


class LiveServer:
    """The app on a real HTTP socket, in a thread."""

    def __init__(self, app):
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def post(self, path, body, headers=None):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method="POST", headers={
            "Content-Type": "application/json", **(headers or {})})
        try:
            with OPENER.open(request, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def stop(self):
        self.server.shutdown()
        self.thread.join(5)
