from pathlib import Path

TEMPLATES = Path("/opt/newsletter/templates")


def load_template(name):
    return (TEMPLATES / name).read_text(encoding="utf-8")
