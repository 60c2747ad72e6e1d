from pathlib import Path

TEMPLATE_DIR = (Path(__file__).parent / "templates").resolve()


def load_template(name: str) -> str:
    path = (TEMPLATE_DIR / name).resolve()
    if not path.is_relative_to(TEMPLATE_DIR):
        raise PermissionError(f"template {name!r} is outside the templates folder")
    return path.read_text(encoding="utf-8")
