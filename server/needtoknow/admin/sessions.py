"""Server-side console sessions: the cookie holds only an opaque random id; what the session knows
(who signed in, the CSRF token) is a row in `admin_sessions`, found by the id's SHA-256 (a copy of
the table gives no usable cookie).

So a session can be ended from the server: on sign-out its row goes (a replayed cookie finds
nothing), an admin can end every session at once (`revoke_all`), and a sign-in gets a new id
(no fixation). Rows past their expiry are ignored and cleared as new sessions start. If the
database can't be read the visitor is simply not signed in.
"""
import hashlib
import logging
import re
import secrets
from datetime import datetime, timezone

from flask.sessions import SecureCookieSession, SessionInterface
from sqlalchemy import JSON, DateTime, String, delete
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base

log = logging.getLogger(__name__)
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


class AdminSession(Base):
    __tablename__ = "admin_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie's id
    data: Mapped[dict] = mapped_column(JSON, default=dict, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True, nullable=False)


class ServerSession(SecureCookieSession):
    def __init__(self, initial=None, sid=None):
        super().__init__(initial or {})
        self.sid, self.regenerate = sid, False


def _digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def _now():
    return datetime.now(timezone.utc)


def _aware(moment):
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


class ServerSessionInterface(SessionInterface):
    def open_session(self, app, request):
        token = request.cookies.get(self.get_cookie_name(app), "")
        if not TOKEN.fullmatch(token):
            return ServerSession()
        try:
            with _sessions(app)() as db:
                row = db.get(AdminSession, _digest(token))
                if row is not None and _aware(row.expires_at) > _now():
                    return ServerSession(dict(row.data or {}), sid=token)
        except SQLAlchemyError as exc:
            log.warning("admin session lookup failed (%s)", type(exc).__name__)
        return ServerSession()

    def save_session(self, app, session, response):
        if not (session.modified or session.regenerate):
            return
        try:
            self._save(app, session, response)
        except SQLAlchemyError as exc:  # not signed in, rather than an error page
            log.error("admin session could not be saved (%s)", type(exc).__name__)
            response.delete_cookie(self.get_cookie_name(app), domain=self.get_cookie_domain(app),
                                   path=self.get_cookie_path(app))

    def _save(self, app, session, response):
        name, path = self.get_cookie_name(app), self.get_cookie_path(app)
        domain = self.get_cookie_domain(app)
        with _sessions(app)() as db:
            if session.sid and (session.regenerate or not session):
                db.execute(delete(AdminSession).where(AdminSession.id == _digest(session.sid)))
                session.sid = None
            if not session:
                db.commit()
                response.delete_cookie(name, domain=domain, path=path)
                return
            if session.sid is None:
                session.sid = secrets.token_urlsafe(32)
                now = _now()
                db.execute(delete(AdminSession).where(AdminSession.expires_at < now))
                db.add(AdminSession(id=_digest(session.sid), data=dict(session), created_at=now,
                                    expires_at=now + app.permanent_session_lifetime))
            else:
                row = db.get(AdminSession, _digest(session.sid))
                if row is None:  # revoked meanwhile: don't bring it back
                    db.commit()
                    response.delete_cookie(name, domain=domain, path=path)
                    return
                row.data = dict(session)
            db.commit()
        response.set_cookie(name, session.sid, expires=_now() + app.permanent_session_lifetime,
                            httponly=self.get_cookie_httponly(app), domain=domain, path=path,
                            secure=self.get_cookie_secure(app), samesite=self.get_cookie_samesite(app))


def revoke_all(db):
    """End every console session (the admin's own too); the number ended."""
    count = db.execute(delete(AdminSession)).rowcount
    db.commit()
    return count


def _sessions(app):
    from .. import db

    return db.sessions(app)
