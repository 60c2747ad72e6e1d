import os

TEMPLATE_DIR = "/opt/app/templates"


def read_template(name):
    with open(os.path.join(TEMPLATE_DIR, name)) as fh:
        return fh.read()
