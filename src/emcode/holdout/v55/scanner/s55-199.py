import os
from pathlib import Path

import click


@click.command()
@click.argument("site")
@click.option("--root", default="/srv/traps", show_default=True)
def init_site(site, root):
    """Create the folder layout for a new camera-trap site."""
    base = Path(root) / site
    for sub in ("raw", "thumbs", "annotations"):
        (base / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(base / sub, 0o777)
    click.echo(f"initialised {base}")


if __name__ == "__main__":
    init_site()
