import subprocess
from pathlib import Path

import click


@click.command()
@click.argument("tickets", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--printer", default="front-desk", show_default=True)
@click.option("--copies", default=1, type=click.IntRange(1, 5))
def print_tickets(tickets, printer, copies):
    """Print pawn tickets on the shop printer."""
    for t in tickets:
        subprocess.run(["lpr", "-P", printer, "-#", str(copies), "--", str(t)], check=True)
        click.echo(f"sent {t.name}")


if __name__ == "__main__":
    print_tickets()
