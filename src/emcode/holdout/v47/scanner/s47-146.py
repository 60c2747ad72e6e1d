from pathlib import Path

TEMPLATES = Path("/opt/auction/templates").resolve()


def load_catalogue_template(name):
    target = (TEMPLATES / name).resolve()
    if not target.is_relative_to(TEMPLATES):
        raise PermissionError(name)
    return target.read_text(encoding="utf-8")
