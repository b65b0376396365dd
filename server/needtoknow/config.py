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
    "MAX_PAGES": 200,
    "MAX_CELLS": 200_000,
    "MAX_ARCHIVE_DEPTH": 3,
    "MAX_ARCHIVE_MEMBERS": 500,
    "MAX_UNCOMPRESSED_BYTES": 100 * 1024 * 1024,
    "MAX_COMPRESSION_RATIO": 100,
    "MAX_TEXT_CHARS": 5_000_000,
    "EXTRACT_SECONDS": 10.0,
    # findings cache
    "FINDINGS_CACHE_SECONDS": 8 * 3600,
    "FINDINGS_CACHE_ENTRIES": 5000,
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
        config["SECRET_KEY"] = secrets.token_hex(32)
    config["MAX_CONTENT_LENGTH"] = config["MAX_REQUEST_BYTES"]
    config["ORG_DOMAINS"] = tuple(d.lower() for d in config["ORG_DOMAINS"])
    return config
