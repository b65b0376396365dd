"""`needtoknow check` and `db upgrade` from the command line."""
import pytest

from needtoknow.cli import main
from needtoknow.demo.documents import client_list_pdf
from world import ORG, load


@pytest.fixture
def runner(app):
    world = load(app)
    return app.test_cli_runner(), world


def test_check_prints_the_decision_and_exits_by_severity(runner, tmp_path):
    cli, world = runner
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(client_list_pdf(world.clients[:3]))
    result = cli.invoke(main, ["check", "--to", "someone@else.example", "--body", "see attached",
                               "--attach", str(pdf)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("BLOCK: This email can't be sent")
    assert "- There are 3 key safe or door codes in list.pdf: never email access codes" in result.output
    assert "access-code" not in result.output  # rule ids are for machines (--json)
    assert world.clients[0]["full_name"] not in result.output


def test_check_allow_exits_zero(runner):
    cli, _world = runner
    result = cli.invoke(main, ["check", "--to", f"anne@{ORG}", "--body", "Team meeting at 10"])
    assert result.exit_code == 0 and result.output.startswith("ALLOW")


def test_check_needs_a_recipient(runner):
    cli, _world = runner
    assert cli.invoke(main, ["check", "--body", "x"]).exit_code == 2


@pytest.mark.parametrize("option", [
    ["--to", f"anne@{ORG}, someone@else.example"], ["--to", f"anne@{ORG};someone@else.example"],
    ["--to", f"anne@{ORG}", "--cc", "someone@else.example"]])
def test_address_lists_are_split(runner, option):
    cli, world = runner
    client = world.clients[0]
    result = cli.invoke(main, ["check", *option, "--body", f"Call {client['phone']}", "--json"])
    import json
    answer = json.loads(result.output)
    assert [r["email"] for r in answer["recipients"]] == [f"anne@{ORG}", "someone@else.example"]
    assert answer["decision"] == "block"  # the second address is checked, not dropped


def test_missing_body_file_is_a_clean_error(runner, tmp_path):
    cli, _world = runner
    result = cli.invoke(main, ["check", "--to", f"anne@{ORG}", "--body", f"@{tmp_path}/missing.txt"])
    assert result.exit_code == 2
    assert "Invalid value for --body" in result.output and "No such file" in result.output
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit


def test_version_is_the_products(runner):
    from importlib.metadata import version
    cli, _world = runner
    result = cli.invoke(main, ["--version"])
    assert result.output.strip() == f"Need to Know {version('needtoknow')}"


def test_help_lists_the_products_commands_only(runner):
    cli, _world = runner
    output = cli.invoke(main, ["--help"]).output
    for command in ("serve", "check", "directory", "db", "apikey", "manifest"):
        assert f"  {command} " in output
    for flask_only in ("--app", "--env-file", "--debug", "limiter", "Flask"):
        assert flask_only not in output


def test_lazy_commands_still_run(runner):
    cli, _world = runner
    result = cli.invoke(main, ["manifest", "--help"])
    assert result.exit_code == 0 and "outlook" in result.output and "gmail" in result.output


def test_openapi_names_the_check_contract(client):
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/check" in document["paths"]
    assert {"CheckRequest", "CheckResponse"} <= set(document["components"]["schemas"])


def test_too_large_attachment_is_the_same_warning_as_the_api(make_app, tmp_path):
    app = make_app(MAX_ATTACHMENT_BYTES=1000)
    load(app)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    result = app.test_cli_runner().invoke(main, ["check", "--to", f"anne@{ORG}", "--attach", str(big)])
    assert result.exit_code == 1, result.output
    assert "- big.txt is too large to check: " in result.output
    answer = app.test_client().post("/api/v1/check", json={
        "to": [f"anne@{ORG}"], "attachments": [{"name": "big.txt", "content_base64": "eHh4" * 700}]}).get_json()
    assert answer["decision"] == "warn" and f"- {answer['reasons'][0]['message']}" in result.output


def test_check_builds_an_app_without_the_http_layer_that_applies_the_admins_policy(
        make_app, tmp_path, monkeypatch):
    """`needtoknow check` on its own (no test app handed in) builds create_app(http=False): no
    views, yet the admin's settings from the database apply — here the attachment size limit."""
    from click.testing import CliRunner

    from needtoknow import cli, db
    from needtoknow.policy_store import changes, store

    app = make_app()
    load(app)
    with db.sessions(app)() as session:
        changes.update_settings(session, "admin@agency.example", {"max_attachment_bytes": 1000},
                                store.setting_defaults(app.config))
    for name, value in {"DATABASE_URL": app.config["DATABASE_URL"], "ORG_DOMAINS": ORG,
                        "INSTANCE_PATH": str(tmp_path)}.items():
        monkeypatch.setenv(f"NEEDTOKNOW_{name}", value)
    built = []
    make = cli._create_app
    monkeypatch.setattr(cli, "_create_app", lambda **kw: built.append(make(**kw)) or built[-1])
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    result = CliRunner().invoke(main, ["check", "--to", f"anne@{ORG}", "--attach", str(big)])
    assert result.exit_code == 1, result.output
    assert "- big.txt is too large to check: " in result.output
    (checks_app,) = built
    assert checks_app.blueprints == {} and checks_app.config["EXTRACT_PROCESSES"] == 0


# What `needtoknow check` on a plain body must not load (bench/bench_cli.py measures why): the
# HTTP layer's views and their libraries, and the attachment readers' libraries; Presidio and
# spaCy (the recognizers need neither), Alembic (the database is already at the newest migration),
# token verification, requests (for Graph, when configured, and tldextract, when an address is found).
NOT_FOR_A_BODY = ("needtoknow.api.admin", "needtoknow.api.gmail", "needtoknow.gmail.google_apis",
                  "needtoknow.incident.pdf", "needtoknow.ratelimit", "needtoknow.redis_cache",
                  "needtoknow.observability.views", "needtoknow.auth", "jwt",
                  "pptx", "extract_msg", "openpyxl", "docx", "reportlab",
                  "httplib2", "redis", "presidio_analyzer", "spacy", "alembic", "requests")


def test_check_on_a_body_loads_neither_the_http_layer_nor_the_file_readers(app, tmp_path):
    """A fresh process, as at a terminal; which modules it loaded, not how long it took."""
    import os
    import subprocess
    import sys

    load(app)
    script = ("import sys\nfrom needtoknow.cli import main\n"
              "try:\n    main(['check', '--to', 'anne@agency.example', '--body', 'Key safe 4821'])\n"
              "except SystemExit as exc:\n    print('exit', exc.code)\n"
              f"print(sorted(m for m in {NOT_FOR_A_BODY!r} if m in sys.modules))\n")
    env = dict(os.environ, NEEDTOKNOW_DATABASE_URL=app.config["DATABASE_URL"], NEEDTOKNOW_ORG_DOMAINS=ORG,
               NEEDTOKNOW_INSTANCE_PATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-2:] == ["exit 2", "[]"], done.stdout + done.stderr[-2000:]


@pytest.mark.parametrize("args, not_loaded", [
    (["--help"], ("flask", "sqlalchemy")),
    (["directory", "--help"], ("sqlalchemy", "needtoknow.db", "needtoknow.directory.importer")),
])
def test_help_loads_neither_the_app_nor_the_database_layer(args, not_loaded):
    """A fresh process, as at a terminal; which modules it loaded, not how long it took."""
    import subprocess
    import sys

    script = ("import sys\nfrom needtoknow.cli import main\n"
              f"try:\n    main({args!r})\nexcept SystemExit as exc:\n    print('exit', exc.code)\n"
              f"print(sorted(m for m in {not_loaded!r} if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-2:] == ["exit 0", "[]"], done.stdout + done.stderr[-2000:]


def test_serve_warms_before_taking_traffic(make_app):
    """`needtoknow serve` does what a gunicorn worker does before its first request: the snapshot
    built, the attachment helpers started (their first start takes a second or two, too long to
    happen inside a check) and the engine's patterns compiled."""
    from needtoknow.cli import _warm
    from needtoknow.services import get_services
    from world import load

    app = make_app(EXTRACT_PROCESSES=1)
    load(app)
    services = get_services(app)
    _warm(app)
    assert services.snapshots.current is not None
    assert services._pool().started
