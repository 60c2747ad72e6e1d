import secrets
import string

import click

ALPHABET = string.ascii_uppercase + string.digits


@click.command()
@click.option("--count", default=10, show_default=True)
def make_pins(count):
    """Generate one-time PINs for applicant portal letters."""
    for _ in range(count):
        click.echo("".join(secrets.choice(ALPHABET) for _ in range(8)))


if __name__ == "__main__":
    make_pins()
