from pathlib import Path

TEMPLATE_DIR = Path("/etc/myapp/templates").resolve()


def read_template(name: str) -> str:
    path = (TEMPLATE_DIR / name).resolve()
    if not path.is_relative_to(TEMPLATE_DIR):
        raise ValueError(f"template {name!r} is outside the template directory")
    return path.read_text()
