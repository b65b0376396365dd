import pytest

from needtoknow import config


@pytest.mark.parametrize("environ,key,expected", [
    ({}, "AUTH_MODE", "dev"),
    ({"NEEDTOKNOW_ORG_DOMAINS": "Agency.example, other.example ,"}, "ORG_DOMAINS", ("agency.example", "other.example")),
    ({"NEEDTOKNOW_MAX_PAGES": "12"}, "MAX_PAGES", 12),
    ({"NEEDTOKNOW_EXTRACT_SECONDS": "2.5"}, "EXTRACT_SECONDS", 2.5),
    ({"NEEDTOKNOW_DEMO": "yes"}, "DEMO", True),
    ({"NEEDTOKNOW_DEMO": "0"}, "DEMO", False),
    ({"NEEDTOKNOW_FAIL_MODE": ""}, "FAIL_MODE", "warn"),
])
def test_from_environment(environ, key, expected):
    assert config.from_environment(environ)[key] == expected


def test_finish_fills_database_and_request_limit(tmp_path):
    values = config.finish(config.from_environment({}), str(tmp_path))
    assert values["DATABASE_URL"] == f"sqlite:///{tmp_path}/needtoknow.sqlite"
    assert values["MAX_CONTENT_LENGTH"] == values["MAX_REQUEST_BYTES"]
    assert len(values["SECRET_KEY"]) == 64


def test_instance_path(tmp_path):
    assert config.instance_path("/srv/nk", {}) == "/srv/nk/instance"
    assert config.instance_path("/srv/nk", {"NEEDTOKNOW_INSTANCE_PATH": str(tmp_path)}) == str(tmp_path)


def test_a_secret_key_is_required_outside_dev_mode(tmp_path):
    with pytest.raises(ValueError, match="SECRET_KEY"):
        config.finish(config.from_environment({"NEEDTOKNOW_AUTH_MODE": "entra"}), str(tmp_path))
    values = config.finish(config.from_environment({"NEEDTOKNOW_AUTH_MODE": "entra",
                                                    "NEEDTOKNOW_SECRET_KEY": "k" * 32}), str(tmp_path))
    assert values["SECRET_KEY"] == "k" * 32
