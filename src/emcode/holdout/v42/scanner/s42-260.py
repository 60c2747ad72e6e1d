from pathlib import Path

TEMPLATES = Path("/opt/fleet/templates")


def load_statement_template(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")
