from pathlib import Path

TEMPLATES = Path("/opt/fleet/templates").resolve()


def load_statement_template(name: str) -> str:
    target = (TEMPLATES / name).resolve()
    if not target.is_relative_to(TEMPLATES):
        raise ValueError("template outside template directory")
    return target.read_text(encoding="utf-8")
