"""The manifests' structure: events, send mode, runtimes, URLs, and the two manifests in step.
(Schema validation with Microsoft's own tools runs in tests/js/manifests.test.mjs.)"""
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from needtoknow.outlook import manifest_json, manifest_xml
from needtoknow.outlook.cli import write
from needtoknow.outlook.settings import AddinSettings

NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "v": "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
      "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
CLIENT = "6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f"
TENANT = "0a1b2c3d-0000-4000-8000-00000000aaaa"
SETTINGS = AddinSettings(base_url="https://addin.agency.example/static", api_url="https://ntk.agency.example",
                         client_id=CLIENT)


def parsed(settings=SETTINGS):
    return ET.fromstring(manifest_xml.build(settings).encode())


def urls(root):
    return {u.get("id"): u.get("DefaultValue") for u in root.iter(f"{{{NS['bt']}}}Url")}


def test_send_and_early_events_call_the_handlers():
    events = {e.get("Type"): (e.get("FunctionName"), e.get("SendMode")) for e in parsed().iter(f"{{{NS['v']}}}LaunchEvent")}
    assert events == {
        "OnMessageSend": ("onMessageSendHandler", "SoftBlock"),
        "OnAppointmentSend": ("onAppointmentSendHandler", "SoftBlock"),
        "OnMessageRecipientsChanged": ("onRecipientsChangedHandler", None),
        "OnAppointmentAttendeesChanged": ("onRecipientsChangedHandler", None),
        "OnMessageAttachmentsChanged": ("onAttachmentsChangedHandler", None),
        "OnAppointmentAttachmentsChanged": ("onAttachmentsChangedHandler", None),
    }


def test_block_mode_is_a_choice():
    settings = AddinSettings(base_url="https://addin.agency.example", send_mode="block")
    modes = {e.get("SendMode") for e in parsed(settings).iter(f"{{{NS['v']}}}LaunchEvent")}
    assert modes == {"Block", None}


def test_the_runtime_is_the_page_overridden_by_the_script_for_classic_outlook():
    root = parsed()
    runtime = root.find(".//v:Runtimes/v:Runtime", NS)
    override = runtime.find("v:Override", NS)
    assert (runtime.get("resid"), override.get("type"), override.get("resid")) == ("Runtime.Url", "javascript", "Script.Url")
    launch = [p for p in root.iter(f"{{{NS['v']}}}ExtensionPoint") if p.get(XSI_TYPE) == "LaunchEvent"][0]
    assert launch.find("v:SourceLocation", NS).get("resid") == "Runtime.Url"
    found = urls(root)
    assert urlsplit(found["Runtime.Url"]).path == "/static/outlook/commands.html"
    assert urlsplit(found["Script.Url"]).path == "/static/outlook/launchevent.js"
    assert urlsplit(found["Taskpane.Url"]).path == "/static/outlook/taskpane.html"


def test_the_handler_settings_ride_in_the_urls():
    for url in urls(parsed()).values():
        assert url.startswith("https://addin.agency.example/static/outlook/")
        assert parse_qs(urlsplit(url).query) == {
            "api": ["https://ntk.agency.example"], "client": [CLIENT],
            "scope": [f"api://{CLIENT}/access_as_user"], "fail": ["warn"], "warn": ["justify"],
            "timeout": ["3500"]}


def test_requirements_and_task_pane_buttons():
    root = parsed()
    assert root.find(".//v:Requirements/bt:Sets", NS).get("DefaultMinVersion") == "1.14"
    buttons = {p.get(XSI_TYPE): p.find(".//v:Control", NS).get("id") for p in root.iter(f"{{{NS['v']}}}ExtensionPoint")
               if p.get(XSI_TYPE) != "LaunchEvent"}
    assert buttons == {"MessageComposeCommandSurface": "ntkMessagePane",
                       "AppointmentOrganizerCommandSurface": "ntkAppointmentPane"}
    assert root.find("o:Permissions", NS).text == "ReadWriteItem"
    assert [d.text for d in root.iterfind("o:AppDomains/o:AppDomain", NS)] == ["https://ntk.agency.example"]


def test_the_unified_manifest_matches_the_xml_one():
    unified = manifest_json.build(SETTINGS)
    extension = unified["extensions"][0]
    events = {(e["type"], e["actionId"], e.get("options", {}).get("sendMode")) for e in extension["autoRunEvents"][0]["events"]}
    assert ("messageSending", "onMessageSendHandler", "softBlock") in events and len(events) == 6
    runtime = extension["runtimes"][0]
    found = urls(parsed())
    assert runtime["code"] == {"page": found["Runtime.Url"], "script": found["Script.Url"]}
    assert {a["id"] for a in runtime["actions"]} == {e[1] for e in events}
    controls = {r["tabs"][0]["groups"][0]["controls"][0]["id"] for r in extension["ribbons"]}
    assert controls == {"ntkMessagePane", "ntkAppointmentPane"}
    assert unified["id"] == parsed().find("o:Id", NS).text


def test_the_add_in_id_is_stable_and_overridable():
    assert SETTINGS.id == AddinSettings(base_url="https://elsewhere.example", client_id=CLIENT).id
    assert AddinSettings(base_url="https://a.example", addin_id="x").id == "x"


def test_a_single_tenant_app_carries_its_tenant():
    settings = AddinSettings(base_url="https://a.example", client_id=CLIENT, tenant=TENANT.upper())
    query = parse_qs(urlsplit(urls(parsed(settings))["Script.Url"]).query)
    assert query["tenant"] == [TENANT]


def test_the_tenant_defaults_to_the_one_entra_tenant(tmp_path, make_app):
    from needtoknow.outlook.cli import outlook

    for tenants, expected in (((TENANT,), [TENANT]), ((TENANT, "0a1b2c3d-0000-4000-8000-00000000bbbb"), None), ((), None)):
        app = make_app(ENTRA_TENANTS=tenants)
        out = tmp_path / str(len(tenants))
        result = app.test_cli_runner().invoke(outlook, ["--base-url", "https://a.example", "--client-id", CLIENT,
                                                        "--out", str(out)])
        assert result.exit_code == 0, result.output
        script = urls(ET.fromstring((out / "manifest.xml").read_bytes()))["Script.Url"]
        assert parse_qs(urlsplit(script).query).get("tenant") == expected


@pytest.mark.parametrize("kwargs", [
    {"base_url": "https://a.example", "tenant": "../common"},
    {"base_url": "http://addin.agency.example"},
    {"base_url": "https://a.example", "send_mode": "promptuser"},
    {"base_url": "https://a.example", "timeout_ms": 5000},
    {"base_url": "https://a.example", "fail_mode": "maybe"},
])
def test_settings_that_cant_work_are_refused(kwargs):
    with pytest.raises(ValueError):
        AddinSettings(**kwargs)


def test_write_produces_the_package_and_well_known_file(tmp_path, app):
    out = tmp_path / "out"
    names = write(SETTINGS, out, f"{app.static_folder}/outlook/icons")
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    with zipfile.ZipFile(out / "needtoknow-outlook.zip") as z:
        assert sorted(z.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(z.read("manifest.json")) == manifest_json.build(SETTINGS)
    allowed = json.loads((out / "microsoft-officeaddins-allowed.json").read_text())["allowed"]
    assert allowed[0] == "https://addin.agency.example/static/outlook/launchevent.js"
    assert allowed[1] == urls(parsed())["Script.Url"]


def test_the_cli_command(tmp_path, app):
    from needtoknow.outlook.cli import outlook

    result = app.test_cli_runner().invoke(outlook, [
        "--base-url", "https://addin.agency.example", "--api-url", "https://ntk.agency.example",
        "--client-id", CLIENT, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "manifest.xml").exists() and "NEEDTOKNOW_ADDIN_ORIGINS=https://addin.agency.example" in result.output
    bad = app.test_cli_runner().invoke(outlook, ["--base-url", "http://insecure.example", "--out", str(tmp_path)])
    assert bad.exit_code != 0 and "https" in bad.output


XSD = Path(__file__).resolve().parents[2].parent / "shared" / "outlook-xsd" / "OfficeAppManifestV1_1.xsd"


@pytest.mark.skipif(not XSD.exists(), reason="Microsoft's manifest XSDs are not beside the checkout (../shared/outlook-xsd)")
@pytest.mark.parametrize("name, settings", [
    ("committed", None),
    ("single tenant, Block", AddinSettings(base_url="https://a.example", client_id=CLIENT, tenant=TENANT, send_mode="block")),
])
def test_the_xml_manifest_validates_against_microsofts_xsd(name, settings):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(XSD)))
    if settings is None:
        document = etree.parse(str(Path(__file__).resolve().parents[2] / "manifest" / "outlook" / "manifest.xml"))
    else:
        document = etree.fromstring(manifest_xml.build(settings).encode())
    assert schema.validate(document), [f"line {e.line}: {e.message}" for e in schema.error_log]
