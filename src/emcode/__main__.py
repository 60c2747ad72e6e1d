"""`python -m emcode` runs the CLI (also what `accelerate launch -m emcode ...` starts on every rank)."""

from emcode.cli import app

app()
