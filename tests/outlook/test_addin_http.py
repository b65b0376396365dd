"""What the API serves for the add-in: the well-known file and CORS for the add-in's origin."""
import pytest

from needtoknow.api import wellknown

ORIGIN = "https://addin.agency.example"
WELL_KNOWN = "/.well-known/microsoft-officeaddins-allowed.json"


def with_wellknown(app):
    if "wellknown" not in app.blueprints:
        app.register_blueprint(wellknown.bp)
    return app.test_client()


def test_well_known_names_the_public_urls_handler_by_default(make_app):
    response = with_wellknown(make_app(PUBLIC_BASE_URL="https://ntk.agency.example/")).get(WELL_KNOWN)
    assert response.get_json() == {"allowed": ["https://ntk.agency.example/static/outlook/launchevent.js"]}


def test_well_known_lists_configured_scripts(make_app):
    app = make_app(OUTLOOK_SCRIPT_URLS=f"{ORIGIN}/outlook/launchevent.js {ORIGIN}/outlook/launchevent.js?api=x")
    assert with_wellknown(app).get(WELL_KNOWN).get_json()["allowed"] == [
        f"{ORIGIN}/outlook/launchevent.js", f"{ORIGIN}/outlook/launchevent.js?api=x"]


def test_well_known_needs_no_token(make_app):
    assert with_wellknown(make_app(AUTH_MODE="entra")).get(WELL_KNOWN).status_code == 200


@pytest.mark.parametrize("origin, allowed", [(ORIGIN, True), ("https://evil.example", False)])
def test_cors_answers_only_the_add_ins_origin(make_app, origin, allowed):
    client = make_app(ADDIN_ORIGINS=(ORIGIN,), AUTH_MODE="entra").test_client()
    preflight = client.options("/api/v1/check", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert preflight.status_code == 200
    assert (preflight.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    refused = client.post("/api/v1/check", json={}, headers={"Origin": origin})
    assert refused.status_code == 401  # a refusal the add-in can read
    assert (refused.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    if allowed:
        assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
