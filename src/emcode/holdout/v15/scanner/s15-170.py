import os

TEMPLATE_DIR = os.path.realpath("/opt/mailer/templates")


def read_template(name):
    full = os.path.realpath(os.path.join(TEMPLATE_DIR, name))
    if os.path.commonpath([full, TEMPLATE_DIR]) != TEMPLATE_DIR:
        raise PermissionError(f"template {name!r} is outside the template directory")
    with open(full, encoding="utf-8") as fh:
        return fh.read()
