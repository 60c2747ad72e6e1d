import os

TEMPLATE_DIR = os.path.realpath("/opt/app/templates")


def read_template(name: str) -> str:
    path = os.path.realpath(os.path.join(TEMPLATE_DIR, name))
    if os.path.commonpath([TEMPLATE_DIR, path]) != TEMPLATE_DIR:
        raise PermissionError(name)
    with open(path, encoding="utf-8") as fh:
        return fh.read()
