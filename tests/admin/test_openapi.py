"""Every admin operation is in /api/openapi.json, with its schemas as components."""


def test_every_admin_route_is_described(app, client):
    document = client.get("/api/openapi.json").json
    described = {(path, method) for path, ops in document["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/admin"):
            continue
        path = rule.rule.replace("<int:", "{").replace("<", "{").replace(">", "}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method.lower()) in described


def test_admin_schemas_are_components(client):
    schemas = client.get("/api/openapi.json").json["components"]["schemas"]
    for name in ("AdminGroup", "AdminGroupRule", "AdminSettings", "AdminImportReport",
                 "AdminAuditPage", "AdminTestResult", "AdminSession"):
        assert name in schemas
    assert "rule" in schemas["AdminGroupRule"]["properties"]
    assert schemas["AdminGroupRule"]["properties"]["severity"]["enum"] == ["allow", "warn", "block"]


def test_a_second_app_gets_the_same_document(app, make_app):
    first = app.test_client().get("/api/openapi.json").json
    second = make_app().test_client().get("/api/openapi.json").json
    assert first["components"]["schemas"].keys() == second["components"]["schemas"].keys()
    assert first["paths"] == second["paths"]
