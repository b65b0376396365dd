"""What the guard covers: /api/v1 only, overrides only by the check's sender, views that
authenticate themselves left alone."""
from datetime import datetime, timezone

from flask import Blueprint

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.auth import current_principal, exempt

from conftest import USER


def warned_check(app, actor):
    with db.sessions(app)() as session:
        session.add(AuditRecord(kind="check", check_id="c0ffee", created_at=datetime.now(timezone.utc),
                                actor=actor, decision="warn", rules=["unknown-recipient"],
                                recipients=[], counts={}, attachments=[], details={}))
        session.commit()


def override(client, token):
    return client.post("/api/v1/checks/c0ffee/override", json={"justification": "Agreed with manager"},
                       headers={"Authorization": f"Bearer {token}"})


def test_the_sender_may_override_their_check(entra_app, make_token):
    warned_check(entra_app, USER)
    assert override(entra_app.test_client(), make_token()).status_code == 201


def test_someone_else_may_not(entra_app, make_token):
    warned_check(entra_app, "manager@agency.example")
    response = override(entra_app.test_client(), make_token())
    assert (response.status_code, response.get_json()) == (
        403, {"error": f"{USER} may not override a check of manager@agency.example."})


def test_an_override_without_a_token_is_refused(entra_client):
    assert entra_client.post("/api/v1/checks/c0ffee/override", json={"justification": "x"}).status_code == 401


def test_paths_outside_the_api_are_open(entra_client):
    assert entra_client.get("/static/outlook/icons/icon-16.png").status_code == 200


def test_unknown_api_paths_are_404_not_401(entra_client):
    assert entra_client.get("/api/v1/nothing-here").status_code == 404


def test_views_that_authenticate_themselves_are_skipped(entra_app):
    bp = Blueprint("selfauth", __name__, url_prefix="/api/v1/selfauth")

    @bp.post("/event")
    @exempt
    def event():
        return {"principal": current_principal().kind}

    entra_app.register_blueprint(bp)
    response = entra_app.test_client().post("/api/v1/selfauth/event")
    assert (response.status_code, response.get_json()) == (200, {"principal": "dev"})


def test_the_principal_is_available_to_views(entra_app, make_token):
    bp = Blueprint("whoami", __name__, url_prefix="/api/v1")

    @bp.get("/whoami")
    def whoami():
        p = current_principal()
        return {"kind": p.kind, "name": p.name}

    entra_app.register_blueprint(bp)
    response = entra_app.test_client().get("/api/v1/whoami", headers={"Authorization": f"Bearer {make_token()}"})
    assert response.get_json() == {"kind": "entra", "name": USER}


def test_the_admin_api_keeps_its_own_sign_in(entra_client):
    """The console's API authenticates admins by session, not bearer token."""
    assert entra_client.get("/api/v1/admin/session").status_code == 200
    refused = entra_client.get("/api/v1/admin/groups")
    assert refused.status_code == 401 and "WWW-Authenticate" not in refused.headers  # the console's refusal


def report(client, token):
    return client.post("/api/v1/checks/c0ffee/report", json={"note": "Not a client"},
                       headers={"Authorization": f"Bearer {token}"})


def test_a_false_alarm_report_has_the_overrides_owner_rule(entra_app, make_token):
    warned_check(entra_app, "manager@agency.example")
    assert report(entra_app.test_client(), make_token()).status_code == 403
    assert entra_app.test_client().post("/api/v1/checks/c0ffee/report", json={}).status_code == 401


def test_the_sender_may_report_their_check(entra_app, make_token):
    warned_check(entra_app, USER)
    assert report(entra_app.test_client(), make_token()).status_code == 201
