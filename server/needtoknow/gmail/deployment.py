"""The Google Workspace add-on deployment (HTTP runtime), generated from the public URL, and
`needtoknow manifest gmail`, which writes it. Never edit the JSON by hand: regenerate it."""
import json
from urllib.parse import urlparse

import click

from . import settings as paths
from .cards import NAME

DEFAULT_LOGO = "/static/outlook/icons/icon-128.png"  # the same icon as the Outlook add-in
PRIMARY_COLOUR = "#0f6e6e"


def deployment(base_url, content_check=False, logo_url=None, name=NAME):
    """The deployment resource (projects.deployments) for an add-on served at `base_url`."""
    base = _https(base_url)
    logo = logo_url or base + DEFAULT_LOGO
    return {
        "oauthScopes": paths.scopes(content_check),
        "addOns": {
            "common": {
                "name": name,
                "logoUrl": logo,
                "layoutProperties": {"primaryColor": PRIMARY_COLOUR},
                "homepageTrigger": {"runFunction": base + paths.HOMEPAGE, "enabled": True},
            },
            "gmail": {
                "composeTrigger": {
                    "actions": [{"runFunction": base + paths.COMPOSE,
                                 "label": "Check with Need to Know", "logoUrl": logo}],
                    "draftAccess": "METADATA",
                },
            },
        },
    }


def dumps(resource):
    return json.dumps(resource, indent=2) + "\n"


def _https(url):
    url = (url or "").strip().rstrip("/")
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.netloc or parsed.query or parsed.fragment:
        raise ValueError("the base URL must be an https:// URL with no query or fragment")
    return url


@click.command("gmail")
@click.option("--base-url", required=True,
              help="Public https URL of this server (the same as NEEDTOKNOW_GMAIL_BASE_URL).")
@click.option("--content-check/--no-content-check", default=False, show_default=True,
              help="Ask for gmail.readonly so drafts' content can be checked "
                   "(set NEEDTOKNOW_GMAIL_CONTENT_CHECK=1 too).")
@click.option("--logo-url", default=None, help=f"Logo URL [default: BASE_URL{DEFAULT_LOGO}].")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the deployment here instead of printing it.")
def gmail_command(base_url, content_check, logo_url, output):
    """Generate the Gmail add-on deployment file (for `gcloud workspace-add-ons deployments`)."""
    try:
        text = dumps(deployment(base_url, content_check, logo_url))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base-url") from None
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


def register():
    """Add `gmail` to `needtoknow manifest` (the group lives in manifest_cli)."""
    from ..manifest_cli import manifest

    if "gmail" not in manifest.commands:
        manifest.add_command(gmail_command)


register()
