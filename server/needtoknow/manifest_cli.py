"""`needtoknow manifest …`: add-in manifests generated from the public URLs, never hand-edited.
Each add-in registers its own subcommand on this group."""
import click


@click.group("manifest")
def manifest():
    """Generate the Outlook and Gmail add-in manifests."""
