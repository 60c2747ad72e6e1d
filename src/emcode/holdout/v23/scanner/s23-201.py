import os

TEMPLATE_DIR = os.path.realpath("/opt/survey/templates")


def load_template(name: str) -> str:
    path = os.path.realpath(os.path.join(TEMPLATE_DIR, name))
    if os.path.commonpath([TEMPLATE_DIR, path]) != TEMPLATE_DIR:
        raise ValueError(f"template {name!r} is outside the template directory")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
