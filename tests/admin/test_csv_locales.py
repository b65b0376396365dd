"""CSV export: no part of a cell becomes a formula in spreadsheets that split on `,`, `;` or tab
(issue 11, finding 10)."""
import csv
import io

import pytest
from admin_helpers import AdminClient, check_body

TRIGGERS = ("=", "+", "-", "@")
JUSTIFICATIONS = ["Covering today;=HYPERLINK(1)", "Covering today, +SUM(1)",
                  "Covering today\t@A1 please", "Covering today ; -2+3"]


@pytest.fixture
def exported(app):
    admin = AdminClient(app.test_client())
    for justification in JUSTIFICATIONS:
        warned = admin.client.post("/api/v1/check", json={**check_body("x@else.example"),
                                                         "body": "Call 07700 900123"}).json
        response = admin.client.post(f"/api/v1/checks/{warned['check_id']}/override",
                                     json={"justification": justification})
        assert response.status_code == 201, response.json
    return admin.get("/audit/export.csv?kind=override").data.decode("utf-8-sig")


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_no_cell_starts_a_formula_whatever_the_locales_separator(exported, separator):
    cells = [c for row in csv.reader(io.StringIO(exported), delimiter=separator) for c in row]
    formulas = [c for c in cells if c.strip().strip('"').lstrip().startswith(TRIGGERS)]
    assert formulas == []


def test_the_text_is_kept_readable(exported):
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert sorted(r["justification"] for r in rows) == sorted([
        "Covering today;'=HYPERLINK(1)", "Covering today, '+SUM(1)",
        "Covering today\t'@A1 please", "Covering today ; '-2+3"])
