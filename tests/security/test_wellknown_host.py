"""The publicly cacheable well-known file never reflects the Host header (issue 11, finding 9)."""
import pytest

WELL_KNOWN = "/.well-known/microsoft-officeaddins-allowed.json"


@pytest.mark.parametrize("config, expected", [
    ({}, []),
    ({"PUBLIC_BASE_URL": "https://ntk.agency.example"}, ["https://ntk.agency.example/static/outlook/launchevent.js"]),
    ({"OUTLOOK_SCRIPT_URLS": "https://addin.agency.example/launchevent.js"},
     ["https://addin.agency.example/launchevent.js"]),
])
def test_a_forged_host_is_never_reflected(make_app, config, expected):
    client = make_app(**config).test_client()
    response = client.get(WELL_KNOWN, headers={"Host": "evil.example",
                                               "X-Forwarded-Host": "evil.example"})
    assert response.status_code == 200 and "evil" not in response.get_data(as_text=True)
    assert response.get_json() == {"allowed": expected}
    assert "public" in response.headers["Cache-Control"] and "max-age=3600" in response.headers["Cache-Control"]
    assert "host" not in response.headers.get("Vary", "").lower()
    assert response.get_data() == client.get(WELL_KNOWN).get_data()  # one answer for every Host
