"""/readyz: ready only when the database answers and its schema is at Alembic's head."""
from needtoknow import create_app


def test_ready_on_a_migrated_database(any_app):
    response = any_app.test_client().get("/readyz")
    body = response.get_json()
    assert response.status_code == 200 and body["status"] == "ready"
    assert body["migrations"]["current"] == body["migrations"]["head"]


def test_not_ready_before_migrations(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite:///" + str(tmp_path / "new.sqlite")})
    response = app.test_client().get("/readyz")
    body = response.get_json()
    assert response.status_code == 503 and body["database"] == "ok"
    assert body["migrations"]["at_head"] is False and body["migrations"]["current"] == []


def test_not_ready_when_the_database_is_unreachable(tmp_path):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"
    app = create_app({"TESTING": True, "DATABASE_URL": url})
    response = app.test_client().get("/readyz")
    body = response.get_json()
    assert response.status_code == 503 and body["database"] == "unreachable"
    assert "127.0.0.1" not in response.get_data(as_text=True)  # no connection details


def test_healthz_needs_no_database(tmp_path):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"
    app = create_app({"TESTING": True, "DATABASE_URL": url})
    assert app.test_client().get("/healthz").status_code == 200
