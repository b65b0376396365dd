"""axe-core (the npm package, from node_modules) run in the page by Playwright: the serious and
critical accessibility violations of a page state."""
import pathlib

import pytest

AXE = pathlib.Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__axe-core.js"  # same origin, so the console's Content-Security-Policy allows it
SERIOUS = ("serious", "critical")


def axe_violations(page):
    """axe-core's serious and critical violations on the page as it is now (id, impact, where)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_URL)
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
            for v in result["violations"] if v["impact"] in SERIOUS]


def serve_axe(page):
    """axe-core from node_modules (npm package `axe-core`), served at AXE_URL by Playwright."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `bash scripts/setup` (npm ci)")
    body = AXE.read_bytes()
    page.route("**" + AXE_URL, lambda route: route.fulfill(
        status=200, body=body, content_type="text/javascript"))
