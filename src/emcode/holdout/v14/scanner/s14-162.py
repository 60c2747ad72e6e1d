import os

TEMPLATE_DIR = os.path.realpath("/opt/app/templates")


def load_template(name: str) -> str:
    path = os.path.realpath(os.path.join(TEMPLATE_DIR, name))
    if not path.startswith(TEMPLATE_DIR + os.sep):
        raise PermissionError(name)
    with open(path, encoding="utf-8") as fh:
        return fh.read()
