"""`needtoknow doctor`'s checks one by one: each names what is wrong and how to fix it."""
import pytest

from needtoknow import doctor

GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"


@pytest.mark.parametrize("check, config, problem", [
    (doctor.check_secret_key, {"SECRET_KEY": "x" * 64, "SECRET_KEY_GENERATED": True}, "not set"),
    (doctor.check_secret_key, {"SECRET_KEY": "short"}, "too short"),
    (doctor.check_secret_key, {"SECRET_KEY": "change-me-to-64-hex-characters" * 2}, "example"),
    (doctor.check_secret_key, {"SECRET_KEY": "a1" * 32}, None),
    (doctor.check_auth_mode, {"AUTH_MODE": "dev"}, "dev"),
    (doctor.check_auth_mode, {"AUTH_MODE": "entra"}, None),
    (doctor.check_org_domains, {"ORG_DOMAINS": ()}, "empty"),
    (doctor.check_org_domains, {"ORG_DOMAINS": ("agency.example",)}, None),
    (doctor.check_entra_api, {"ENTRA_CLIENT_ID": GUID}, "NEEDTOKNOW_ENTRA_TENANTS"),
    (doctor.check_entra_api, {"ENTRA_CLIENT_ID": "api", "ENTRA_TENANTS": (GUID,)}, "GUID"),
    (doctor.check_entra_api, {"ENTRA_CLIENT_ID": GUID, "ENTRA_TENANTS": (GUID,)}, None),
    (doctor.check_admin_sign_in, {"ADMIN_TENANT_ID": GUID, "ADMIN_CLIENT_ID": GUID},
     "NEEDTOKNOW_ADMIN_CLIENT_SECRET"),
    (doctor.check_admin_sign_in, {"ADMIN_TENANT_ID": GUID, "ADMIN_CLIENT_ID": GUID,
                                  "ADMIN_CLIENT_SECRET": "s", "ADMIN_ROLE": ""}, "nobody"),
    (doctor.check_admin_sign_in, {"ADMIN_TENANT_ID": GUID, "ADMIN_CLIENT_ID": GUID,
                                  "ADMIN_CLIENT_SECRET": "s", "ADMIN_ROLE": "NeedToKnow.Admin"},
     None),
    (doctor.check_gmail, {}, None),
    (doctor.check_gmail, {"GMAIL_BASE_URL": "https://nk.example"}, "GMAIL_SERVICE_ACCOUNT"),
    (doctor.check_gmail, {"GMAIL_BASE_URL": "http://nk.example", "GMAIL_SERVICE_ACCOUNT": "a@b"},
     "not https"),
    (doctor.check_public_url, {}, "not set"),
    (doctor.check_public_url, {"PUBLIC_BASE_URL": "http://nk.example"}, "not an https URL"),
    (doctor.check_public_url, {"PUBLIC_BASE_URL": "https://nk.example",
                               "ADMIN_REDIRECT_URI": "https://other.example/admin/auth/callback"},
     "another host"),
    (doctor.check_public_url, {"PUBLIC_BASE_URL": "https://nk.example"}, None),
])
def test_each_check(check, config, problem):
    found = check(config)
    if problem is None:
        assert found.ok, found
    else:
        assert not found.ok and problem in found.problem and found.fix


def test_redis_that_does_not_answer_is_named_by_error_type():
    class Down:
        def ping(self):
            raise ConnectionError("refused at 10.0.0.5 with password hunter2")
    found = doctor.check_redis({"REDIS_URL": "redis://:hunter2@10.0.0.5/0"}, lambda c: Down())
    assert not found.ok and found.problem == "Redis does not answer (ConnectionError)"


def test_tls_is_a_warning_only():
    out, passed = doctor.lines([doctor.check_tls({"TRUSTED_PROXIES": 0}),
                                doctor.Finding("x")])
    assert passed and out[0].startswith("warning") and out[-1] == "Ready for production."
    out, passed = doctor.lines([doctor.check_auth_mode({"AUTH_MODE": "dev"})])
    assert not passed and out[0].startswith("MISSING  sign-in mode")


def test_sqlite_is_not_production(make_app):
    found = doctor.check_database(make_app(), lambda app: (True, {"database": "ok"}))
    assert not found.ok and "SQLite" in found.problem
