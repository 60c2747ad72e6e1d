import os

TEMPLATE_DIR = "/etc/myapp/templates"


def read_template(name):
    with open(os.path.join(TEMPLATE_DIR, name)) as fh:
        return fh.read()
