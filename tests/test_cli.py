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
    assert "[block] access-code" in result.output
    assert world.clients[0]["full_name"] not in result.output


def test_check_allow_exits_zero(runner):
    cli, _world = runner
    result = cli.invoke(main, ["check", "--to", f"anne@{ORG}", "--body", "Team meeting at 10"])
    assert result.exit_code == 0 and result.output.startswith("ALLOW")


def test_check_needs_a_recipient(runner):
    cli, _world = runner
    assert cli.invoke(main, ["check", "--body", "x"]).exit_code == 2


def test_openapi_names_the_check_contract(client):
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/check" in document["paths"]
    assert {"CheckRequest", "CheckResponse"} <= set(document["components"]["schemas"])
