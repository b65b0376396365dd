"""The only place that reads the environment.

Every setting is `NEEDTOKNOW_<NAME>`; `from_environment()` turns them into the Flask config keys
below, typed, once at start-up. Domain code receives values as arguments.
"""
import os
import secrets

DEFAULTS = {
    "DATABASE_URL": None,  # None: a SQLite file in the instance folder
    "ORG_DOMAINS": (),
    "AUTH_MODE": "dev",  # dev | entra
    "FAIL_MODE": "warn",  # what a check answers when it cannot decide: warn | block
    "SECRET_KEY": None,
    "REDIS_URL": None,
    "DEMO": False,
    # size and parsing limits (bytes, counts, seconds)
    "MAX_REQUEST_BYTES": 40 * 1024 * 1024,
    "MAX_ATTACHMENT_BYTES": 20 * 1024 * 1024,
    "MAX_ATTACHMENTS": 50,
    "MAX_RECIPIENTS": 1000,  # To, Cc and Bcc together, before lists are expanded
    "MAX_PAGES": 200,
    "MAX_CELLS": 200_000,
    "MAX_ARCHIVE_DEPTH": 3,
    "MAX_ARCHIVE_MEMBERS": 500,
    "MAX_UNCOMPRESSED_BYTES": 100 * 1024 * 1024,
    "MAX_COMPRESSION_RATIO": 100,
    "MAX_TEXT_CHARS": 5_000_000,
    "EXTRACT_SECONDS": 10.0,
    "IGNORE_IMAGES_BELOW_BYTES": 100 * 1024,
    # load and hostile input (issue 9: inspect/extract/pool.py, inspect/budget.py, services.py)
    "EXTRACT_PROCESSES": 2,  # helper processes per web worker reading attachments; 0: in-process
    "EXTRACT_MEMORY_MB": 768,  # address-space limit of one helper (RLIMIT_AS); 0: none
    "EXTRACT_PER_CALLER": 2,  # attachments one caller may have being read at once, per web worker
    "CHECK_SECONDS": 4.0,  # a whole check answers within this (Outlook's Smart Alerts wait ~5 s)
    "SCAN_MAX_CHARS": 1_000_000,  # characters scanned per check; more is reported, not read
    "MAX_SUBJECT_CHARS": 2_000,  # longer subjects are cut and the cut reported
    "SNAPSHOT_REFRESH_SECONDS": 0.0,  # >0: snapshots rebuilt in the background, changes seen within
    # this (+ one build); 0: revisions read on every check and a change rebuilt inline (tests, CLI).
    # `serve --production` (infra/gunicorn.conf.py) makes it 1 unless set.
    # findings cache
    "FINDINGS_CACHE_SECONDS": 8 * 3600,
    "FINDINGS_CACHE_ENTRIES": 5000,
    # Production (infra/, observability/, ratelimit.py, redis_cache.py, failmode.py, audit/queue.py)
    "BIND": "0.0.0.0:8000",  # gunicorn's listen address under `serve --production`
    "WORKERS": 0,  # gunicorn worker processes; 0: one per CPU this process may use
    "THREADS": 8,  # threads per worker: checks wait on PostgreSQL, Redis, helpers (docs/operations.md)
    "SLOWEST_UPLOAD_BYTES_PER_SECOND": 512 * 1024,  # with MAX_ATTACHMENT_BYTES, sizes the timeout
    "TRUSTED_PROXIES": 0,  # reverse proxies in front whose X-Forwarded-For is believed
    "RATE_LIMIT": "auto",  # on | off | auto (auto: on unless AUTH_MODE is dev, as SPEC says)
    "RATE_LIMIT_PER_USER": "120/minute",  # per signed-in user or API key
    "RATE_LIMIT_PER_IP": "1200/minute",  # per client address (an office behind one NAT shares it)
    "REDIS_TIMEOUT_SECONDS": 0.25,  # one Redis call; past it the cache misses and limits go local
    "LOG_FORMAT": "json",  # json | text
    "LOG_LEVEL": "INFO",
    "METRICS_DIR": "",  # Prometheus multiprocess directory; empty: this process's metrics only
    "AUDIT_SPOOL_DIR": "",  # audit records waiting for the database; empty: instance/audit-spool
    "AUDIT_RETRY_SECONDS": 2.0,
    "AUDIT_SPOOL_MAX_BYTES": 128 * 1024 * 1024,  # every process's spool file together; past it: block
    "AUDIT_BATCH_SIZE": 100,  # audit records written in one transaction by the writer thread
    "AUDIT_SPOOL_SYNC": "batch",  # batch: the writer thread fsyncs the spool; each: every check waits for it
    # PostgreSQL bounds (db.py, deadline.py): a frozen database becomes the fail mode in time
    "DB_CONNECT_SECONDS": 2,  # libpq connect_timeout (its least is 2)
    "DB_STATEMENT_SECONDS": 30.0,  # server-side statement_timeout, every session (imports too)
    "DB_LOCK_SECONDS": 1.0,  # server-side lock_timeout: a locked table is an error, not a wait
    "DB_REQUEST_SECONDS": 2.0,  # client-side bound on each database call a request makes
    "APIKEY_CACHE_SECONDS": 5.0,  # a verified API key is trusted this long: revocation delay
    "APIKEY_OUTAGE_SECONDS": 300.0,  # while the database is down, keys verified this recently pass
    "AUDIT_HEAD_LOG_SECONDS": 300.0,  # the chain head is logged this often (and on admin changes)
    "AUDIT_RETENTION_DAYS": 0,  # `audit purge` removes older audit rows; 0: keep for ever
    "EXPOSURE_RETENTION_DAYS": 0,  # `audit purge` removes older exposure rows; 0: as audit rows
    "EXPOSURE_MAX_PAIRS": 50000,  # (recipient, client) pairs stored per check; the rest counted
    # Outlook add-in / Entra ID
    "ENTRA_CLIENT_ID": "",  # the API's app registration id; empty: Entra tokens are refused
    "ENTRA_TENANTS": (),  # tenant ids whose tokens are accepted
    "ENTRA_AUDIENCES": (),  # accepted `aud`; empty: the client id and api://<client id>
    "ENTRA_SCOPE": "access_as_user",  # the delegated scope the add-in's token must carry
    "ENTRA_AUTHORITY_HOST": "https://login.microsoftonline.com",
    "ENTRA_JWKS_URL": "https://login.microsoftonline.com/common/discovery/v2.0/keys",
    "ENTRA_LEEWAY_SECONDS": 60,
    "SEND_AS": (),  # "user>mailbox" pairs a token's user may send as; "*>mailbox": everyone
    "GRAPH_CLIENT_ID": "",  # app-only Graph access to expand distribution lists; empty: none
    "GRAPH_CLIENT_SECRET": "",
    "GRAPH_TENANT_ID": "",
    "GRAPH_URL": "https://graph.microsoft.com/v1.0",
    "GRAPH_SECONDS": 2.5,  # timeout of one Graph call (it runs inside the send-time budget)
    "GRAPH_CACHE_SECONDS": 900,
    "GRAPH_MAX_MEMBERS": 2000,
    "ADDIN_ORIGINS": (),  # origins serving the add-in's files, allowed to call the API (CORS)
    "OUTLOOK_SCRIPT_URLS": "",  # launchevent.js URL(s) for /.well-known; empty: PUBLIC_BASE_URL's
    # Gmail add-on
    "GMAIL_BASE_URL": "",  # public https URL the deployment calls; token audiences are built from it
    "GMAIL_SERVICE_ACCOUNT": "",  # `gcloud workspace-add-ons get-authorization`: the tokens' email
    "GMAIL_CONTENT_CHECK": False,  # read the open draft through the Gmail API (gmail.readonly)
    "GMAIL_OAUTH_CLIENT_ID": "",  # the add-on's OAuth client id: names the user in the audit log
    "GMAIL_CERTS_URL": "https://www.googleapis.com/oauth2/v1/certs",
    "GMAIL_CERTS_SECONDS": 3600,  # longest time Google's signing certificates are kept
    "GMAIL_DIRECTORY_CREDENTIALS": "",  # service account key file (domain-wide delegation) for groups
    "GMAIL_DIRECTORY_ADMIN": "",  # the admin that service account acts as
    "GMAIL_GROUPS_CACHE_SECONDS": 600,
    "GMAIL_DRAFT_CANDIDATES": 10,  # newest drafts compared with the compose window
    "GMAIL_API_SECONDS": 10.0,  # timeout of one Gmail or Admin SDK call
    # Admin console (sign-in with Entra ID; AUTH_MODE dev: a local admin instead)
    "ADMIN_TENANT_ID": "",  # the organisation's tenant id
    "ADMIN_CLIENT_ID": "",  # the console's app registration (web, confidential); empty: no sign-in
    "ADMIN_CLIENT_SECRET": "",
    "ADMIN_AUTHORITY_HOST": "https://login.microsoftonline.com",
    "ADMIN_ROLE": "NeedToKnow.Admin",  # app role in the ID token's `roles` claim that grants access
    "ADMIN_GROUPS": (),  # group object ids in the `groups` claim that grant access too
    "ADMIN_REDIRECT_URI": "",  # empty: https://<this host>/admin/auth/callback
    "ADMIN_SESSION_HOURS": 8,  # an admin signs in again after this long
    # Mail gateway (gateway/): Postfix asks the milter about every outgoing message
    "STAMP_KEYS": "",  # "id:secret,id:secret" signing check stamps, the first signs; empty: SECRET_KEY
    "GATEWAY_MODE": "enforce",  # enforce | observe (decide and audit, always accept)
    "GATEWAY_UNJUSTIFIED_WARN": "reject",  # reject | accept (audited as unjustified)
    "GATEWAY_OVERRIDE_WINDOW": 1800,  # seconds a Gmail add-on override justifies the same mail
    "GATEWAY_STAMP_SECONDS": 86400,  # oldest stamp that still justifies a warning
    "MILTER_SOCKET": "inet:8892@127.0.0.1",  # libmilter notation; `needtoknow milter --socket`
    "MILTER_PROCESSES": 2,  # milter processes sharing the socket; each judges one message at a time
    # Staff and admin safety (issue 15b)
    "IMPORT_MAX_REMOVAL_PERCENT": 10.0,  # an import removing more people or links needs confirming
    "PUBLIC_BASE_URL": "",  # https://needtoknow.agency.example: the well-known file and `doctor`; never Host
    "ADMIN_RECHECK_SECONDS": 900,  # an Entra admin's role is re-read from a new sign-in this often
}

_INTS = {k for k, v in DEFAULTS.items() if isinstance(v, int) and not isinstance(v, bool)}
_FLOATS = {k for k, v in DEFAULTS.items() if isinstance(v, float)}
_BOOLS = {k for k, v in DEFAULTS.items() if isinstance(v, bool)}
_LISTS = {k for k, v in DEFAULTS.items() if isinstance(v, tuple)}


def _parse(key, raw):
    if key in _INTS:
        return int(raw)
    if key in _FLOATS:
        return float(raw)
    if key in _BOOLS:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if key in _LISTS:
        return tuple(p.strip().lower() for p in raw.split(",") if p.strip())
    return raw


def project_root(environ=None):
    """The checkout (or install prefix) holding `static/` and `infra/` beside `server/`."""
    environ = os.environ if environ is None else environ
    here = os.path.dirname(os.path.abspath(__file__))
    return environ.get("NEEDTOKNOW_PROJECT_ROOT") or os.path.dirname(os.path.dirname(here))


def instance_path(root, environ=None):
    """Where the default SQLite database and other local state live."""
    environ = os.environ if environ is None else environ
    return os.path.abspath(environ.get("NEEDTOKNOW_INSTANCE_PATH") or os.path.join(root, "instance"))


def from_environment(environ=None):
    """Flask config values from NEEDTOKNOW_* variables over DEFAULTS."""
    environ = os.environ if environ is None else environ
    config = dict(DEFAULTS)
    for key in DEFAULTS:
        raw = environ.get("NEEDTOKNOW_" + key)
        if raw is not None and raw != "":
            config[key] = _parse(key, raw)
    return config


def finish(config, instance_path):
    """Fill values that depend on other values or on the instance folder."""
    if not config.get("DATABASE_URL"):
        config["DATABASE_URL"] = "sqlite:///" + os.path.join(instance_path, "needtoknow.sqlite")
    if not config.get("SECRET_KEY"):
        if config.get("AUTH_MODE") != "dev":
            # several workers or instances must share it, or admin sessions break between them
            raise ValueError("NEEDTOKNOW_SECRET_KEY must be set when NEEDTOKNOW_AUTH_MODE is not dev")
        config["SECRET_KEY"] = secrets.token_hex(32)
        config["SECRET_KEY_GENERATED"] = True  # `needtoknow doctor` says so
    config["MAX_CONTENT_LENGTH"] = config["MAX_REQUEST_BYTES"]
    # background snapshot builds of the workers on this machine take turns (snapshots.py)
    config.setdefault("SNAPSHOT_BUILD_LOCK", os.path.join(instance_path, "snapshot-build.lock"))
    if config["AUDIT_SPOOL_SYNC"] not in ("batch", "each"):
        raise ValueError("NEEDTOKNOW_AUDIT_SPOOL_SYNC must be batch or each")
    config["ORG_DOMAINS"] = tuple(d.lower() for d in config["ORG_DOMAINS"])
    return config
