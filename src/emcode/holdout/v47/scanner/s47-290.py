from pathlib import Path

TEMPLATES = Path("/opt/auction/templates")


def load_catalogue_template(name):
    return (TEMPLATES / name).read_text(encoding="utf-8")
