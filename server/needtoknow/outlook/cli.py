"""`needtoknow manifest outlook`: both Outlook manifests, the app package for the Microsoft 365
admin center and the well-known file, generated from the public URLs and the Entra app id."""
import json
import os
import shutil
import zipfile

import click
from flask import current_app
from flask.cli import with_appcontext

from ..manifest_cli import manifest
from . import manifest_json, manifest_xml
from .settings import FAIL_MODES, SEND_MODES, WARN_MODES, AddinSettings

PACKAGE = "needtoknow-outlook.zip"
WELL_KNOWN = "microsoft-officeaddins-allowed.json"


def write(settings, out, icons):
    """Write every output into `out`; returns the file names."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.xml"), "w", encoding="utf-8") as f:
        f.write(manifest_xml.build(settings))
    unified = json.dumps(manifest_json.build(settings), indent=2) + "\n"
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(unified)
    for name in (manifest_json.COLOR_ICON, manifest_json.OUTLINE_ICON):
        shutil.copyfile(os.path.join(icons, name), os.path.join(out, name))
    with zipfile.ZipFile(os.path.join(out, PACKAGE), "w", zipfile.ZIP_DEFLATED) as z:
        for name in ("manifest.json", manifest_json.COLOR_ICON, manifest_json.OUTLINE_ICON):
            with open(os.path.join(out, name), "rb") as f:  # fixed dates: same inputs, same bytes
                z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), f.read(),
                           zipfile.ZIP_DEFLATED)
    with open(os.path.join(out, WELL_KNOWN), "w", encoding="utf-8") as f:
        json.dump({"allowed": script_urls(settings)}, f, indent=2)
        f.write("\n")
    return ["manifest.xml", "manifest.json", manifest_json.COLOR_ICON, manifest_json.OUTLINE_ICON,
            PACKAGE, WELL_KNOWN]


def script_urls(settings):
    """The handler file as the manifests name it, with and without its settings."""
    return [settings.url("launchevent.js", query=False), settings.url("launchevent.js")]


@click.command("outlook")
@click.option("--base-url", required=True, help="https URL that serves static/ (…/outlook/launchevent.js).")
@click.option("--client-id", default=None, help="Entra app id [default: NEEDTOKNOW_ENTRA_CLIENT_ID; none: no token].")
@click.option("--tenant", default=None,
              help="Entra tenant id of the app [default: NEEDTOKNOW_ENTRA_TENANTS when it names one; "
                   "none: the multi-tenant `organizations` authority].")
@click.option("--api-url", default="", help="https URL of the API [default: the base URL's origin].")
@click.option("--scope", default="", help="Scope the add-in asks for [default: api://<client id>/<ENTRA_SCOPE>].")
@click.option("--addin-id", default="", help="Add-in GUID [default: derived from the client id, stable].")
@click.option("--send-mode", type=click.Choice(sorted(SEND_MODES)), default="softblock", show_default=True)
@click.option("--fail-mode", type=click.Choice(FAIL_MODES), default="warn", show_default=True,
              help="What Send does when the check can't run.")
@click.option("--warn-mode", type=click.Choice(WARN_MODES), default="justify", show_default=True,
              help="justify: a warning is sent only with a written reason; prompt: it offers Send anyway.")
@click.option("--timeout-ms", type=int, default=3500, show_default=True)
@click.option("--version", "version", default="1.0.0", show_default=True)
@click.option("--provider", default="Need to Know", show_default=True)
@click.option("--support-url", default="")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Output folder [default: manifest/outlook beside static/].")
@with_appcontext
def outlook(base_url, client_id, tenant, api_url, scope, addin_id, send_mode, fail_mode, warn_mode,
            timeout_ms, version, provider, support_url, out):
    """Generate the Outlook add-in's manifests (XML and unified) and app package."""
    config = current_app.config
    client_id = config["ENTRA_CLIENT_ID"] if client_id is None else client_id
    if tenant is None:
        tenants = tuple(config["ENTRA_TENANTS"])
        tenant = tenants[0] if client_id and len(tenants) == 1 else ""
    if client_id and not scope:
        scope = f"api://{client_id}/{config['ENTRA_SCOPE']}"
    try:
        settings = AddinSettings(base_url=base_url, client_id=client_id, tenant=tenant, api_url=api_url, scope=scope,
                                 addin_id=addin_id, send_mode=send_mode, fail_mode=fail_mode,
                                 warn_mode=warn_mode, timeout_ms=timeout_ms, version=version,
                                 provider=provider, support_url=support_url)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    static = current_app.static_folder
    out = out or os.path.join(os.path.dirname(static), "manifest", "outlook")
    for name in write(settings, out, os.path.join(static, "outlook", "icons")):
        click.echo(os.path.join(out, name))
    origin = "/".join(settings.base.split("/", 3)[:3])
    advice = [f"  NEEDTOKNOW_OUTLOOK_SCRIPT_URLS=\"{' '.join(script_urls(settings))}\""]
    if origin != settings.api:
        advice.insert(0, f"  NEEDTOKNOW_ADDIN_ORIGINS={origin}")
        advice.append(f"and serve {WELL_KNOWN} at {origin}/.well-known/ as well.")
    click.echo("\nOn the API host set:\n" + "\n".join(advice), err=True)


manifest.add_command(outlook)
