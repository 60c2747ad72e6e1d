import subprocess
import tempfile
import click


@click.command()
@click.argument("source", type=click.File("r"))
def lint(source):
    """Copy SOURCE into a private temp file and run the linter on it."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=True) as tmp:
        tmp.write(source.read())
        tmp.flush()
        result = subprocess.run(["ruff", "check", tmp.name], capture_output=True, text=True)
    click.echo(result.stdout or "clean")


if __name__ == "__main__":
    lint()
