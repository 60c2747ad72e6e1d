import os

TEMPLATE_DIR = "/opt/mailer/templates"


def read_template(name):
    with open(os.path.join(TEMPLATE_DIR, name), encoding="utf-8") as fh:
        return fh.read()
