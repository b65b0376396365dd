"""The deployment file and `needtoknow manifest gmail`."""
import json
import os

import pytest
from click.testing import CliRunner

from needtoknow.gmail import settings
from needtoknow.gmail.deployment import deployment, dumps
from needtoknow.manifest_cli import manifest

BASE = "https://needtoknow.agency.example"
COMMITTED = os.path.join(os.path.dirname(__file__), "..", "..", "manifest", "gmail", "deployment.json")


def test_the_deployment_points_every_trigger_at_the_base_url():
    resource = deployment(BASE + "/")
    common, compose = resource["addOns"]["common"], resource["addOns"]["gmail"]["composeTrigger"]
    assert common["homepageTrigger"]["runFunction"] == BASE + settings.HOMEPAGE
    assert compose["actions"][0]["runFunction"] == BASE + settings.COMPOSE
    assert compose["draftAccess"] == "METADATA"
    assert common["logoUrl"].startswith(BASE + "/static/")


def test_the_default_logo_is_served_from_static():
    path = deployment(BASE)["addOns"]["common"]["logoUrl"][len(BASE):]
    assert os.path.isfile(os.path.join(os.path.dirname(__file__), "..", "..", path.lstrip("/")))


@pytest.mark.parametrize("content_check, extra", [(False, []), (True, [settings.READ_DRAFTS])])
def test_only_the_scopes_it_needs(content_check, extra):
    assert deployment(BASE, content_check)["oauthScopes"] == [
        "https://www.googleapis.com/auth/gmail.addons.execute",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/userinfo.email"] + extra


def test_the_committed_file_is_the_generated_one():
    with open(COMMITTED, encoding="utf-8") as f:
        assert f.read() == dumps(deployment(BASE))


def test_the_command_writes_the_file(tmp_path):
    out = tmp_path / "deployment.json"
    result = CliRunner().invoke(manifest, ["gmail", "--base-url", BASE, "--content-check",
                                           "--logo-url", "https://cdn.example/logo.png", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = json.loads(out.read_text())
    assert settings.READ_DRAFTS in written["oauthScopes"]
    assert written["addOns"]["common"]["logoUrl"] == "https://cdn.example/logo.png"


def test_the_command_prints_by_default():
    result = CliRunner().invoke(manifest, ["gmail", "--base-url", BASE])
    assert result.exit_code == 0 and json.loads(result.output) == deployment(BASE)


@pytest.mark.parametrize("url", ["http://needtoknow.agency.example", "needtoknow.agency.example",
                                 "https://x.example/?a=1", ""])
def test_only_https_base_urls(url):
    result = CliRunner().invoke(manifest, ["gmail", "--base-url", url])
    assert result.exit_code == 2 and "https://" in result.output
