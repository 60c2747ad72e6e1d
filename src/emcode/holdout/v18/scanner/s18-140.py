import os

TEMPLATE_ROOT = "/opt/mailer/templates"


def read_template(name):
    with open(os.path.join(TEMPLATE_ROOT, name + ".txt"), encoding="utf-8") as fh:
        return fh.read()
