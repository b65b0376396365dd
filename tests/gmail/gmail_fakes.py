"""Stand-ins for Google in the Gmail add-on tests: a token-signing key whose certificate a local
HTTP server publishes like googleapis.com does, and Gmail API / Admin SDK payloads built from real
MIME messages."""
import base64
import datetime
import hashlib
import json
import threading
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from google.auth import crypt, jwt

BASE = "https://nk.agency.example"
SERVICE_ACCOUNT = "service-123456789@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
KID = "test-key-1"


class SigningKey:
    """An RSA key with a self-signed certificate, like one of Google's token-signing keys."""

    def __init__(self, kid):
        self.kid = kid
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.pem = self.key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, kid)])
        now = datetime.datetime.now(datetime.timezone.utc)
        self.cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                     .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
                     .not_valid_before(now - datetime.timedelta(days=1))
                     .not_valid_after(now + datetime.timedelta(days=2))
                     .sign(self.key, hashes.SHA256())).public_bytes(serialization.Encoding.PEM)

    def mint(self, **claims):
        return jwt.encode(crypt.RSASigner.from_string(self.pem, key_id=self.kid), claims).decode()


class CertsServer:
    """Serves {kid: certificate} at /certs the way googleapis.com does, counting fetches."""

    def __init__(self, keys):
        self.body = json.dumps({k.kid: k.cert.decode() for k in keys}).encode()
        self.fetches = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.fetches += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Cache-Control", "public, max-age=21600, must-revalidate")
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/certs"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# Gmail API payloads -------------------------------------------------------------------------

def b64url(data, pad=False):
    text = base64.urlsafe_b64encode(data).decode()
    return text if pad else text.rstrip("=")


class GmailMessage:
    """A Gmail API `Message` (format=full and format=metadata) built from a real MIME message, with
    attachments over `inline_max` bytes left out of the payload, as Gmail does, to be fetched by
    `attachments.get`."""

    def __init__(self, mime, message_id, thread_id, inline_max=0):
        self.id, self.thread_id, self.inline_max = message_id, thread_id, inline_max
        self.attachments = {}  # attachment id -> bytes
        self.payload = self._part(mime, "")
        self.headers = self.payload["headers"]

    def _part(self, part, part_id):
        out = {"partId": part_id, "mimeType": part.get_content_type(),
               "filename": part.get_filename() or "",
               "headers": [{"name": k, "value": str(v)} for k, v in part.items()]}
        if part.is_multipart():
            prefix = f"{part_id}." if part_id else ""
            out["body"] = {"size": 0}
            out["parts"] = [self._part(child, f"{prefix}{i}")
                            for i, child in enumerate(part.get_payload())]
            return out
        data = part.get_payload(decode=True) or b""
        if out["filename"] and len(data) > self.inline_max:
            attachment_id = "ANGjdJ8" + hashlib.sha256(data).hexdigest()[:40]
            self.attachments[attachment_id] = data
            out["body"] = {"attachmentId": attachment_id, "size": len(data)}
        else:
            out["body"] = {"size": len(data), "data": b64url(data, pad=len(data) % 2 == 0)}
        return out

    def _message(self, payload):
        return {"id": self.id, "threadId": self.thread_id, "labelIds": ["DRAFT"],
                "snippet": "", "historyId": "84213", "internalDate": "1709542800000",
                "sizeEstimate": 2048 + sum(len(v) for v in self.attachments.values()),
                "payload": payload}

    def full(self):
        return self._message(self.payload)

    def metadata(self):
        return self._message({"partId": "", "mimeType": self.payload["mimeType"], "filename": "",
                              "headers": self.headers, "body": {"size": 0}})

    def attachment(self, attachment_id):
        data = self.attachments[attachment_id]
        return {"size": len(data), "data": b64url(data)}


def draft(draft_id, message, form="full"):
    body = message.full() if form == "full" else message.metadata()
    return {"id": draft_id, "message": body}


def drafts_list(*messages):
    """users.drafts.list: newest first; ids and message ids only."""
    return {"drafts": [{"id": d, "message": {"id": m.id, "threadId": m.thread_id}}
                       for d, m in messages], "resultSizeEstimate": len(messages)}


def ok(body):
    return ({"status": "200", "content-type": "application/json; charset=UTF-8"}, json.dumps(body))


def error(status, reason="backendError", message="Backend Error"):
    body = {"error": {"code": status, "message": message,
                      "errors": [{"message": message, "domain": "global", "reason": reason}],
                      "status": {401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                                 503: "UNAVAILABLE"}.get(status, "INTERNAL")}}
    return ({"status": str(status), "content-type": "application/json; charset=UTF-8"},
            json.dumps(body))


# Admin SDK Directory API payloads ---------------------------------------------------------------

def member(email, kind="USER", role="MEMBER", status="ACTIVE"):
    return {"kind": "admin#directory#member", "etag": '"x"',
            "id": hashlib.md5(email.encode()).hexdigest()[:21],
            "email": email, "role": role, "type": kind, "status": status}


def members_page(members, next_token=None):
    page = {"kind": "admin#directory#members", "etag": '"y"', "members": list(members)}
    if next_token:
        page["nextPageToken"] = next_token
    return page


def mime_draft(sender="ann.office@agency.example", to=(), cc=(), bcc=(), subject="", text="",
               html=None, attachments=(), charset="utf-8"):
    """A draft as Gmail stores it: multipart/mixed around multipart/alternative, then files."""
    message = EmailMessage()
    message["From"] = f"Ann Office <{sender}>"
    for name, values in (("To", to), ("Cc", cc), ("Bcc", bcc)):
        if values:
            message[name] = ", ".join(values)
    message["Subject"] = subject
    message.set_content(text, charset=charset)
    if html is not None:
        message.add_alternative(html, subtype="html", charset=charset)
    for name, mimetype, data in attachments:
        maintype, subtype = mimetype.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
