import os

TEMPLATE_ROOT = os.path.realpath("/opt/mailer/templates")


def read_template(name):
    path = os.path.realpath(os.path.join(TEMPLATE_ROOT, name + ".txt"))
    if os.path.commonpath([path, TEMPLATE_ROOT]) != TEMPLATE_ROOT:
        raise PermissionError("template outside root")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
