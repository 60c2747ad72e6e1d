import os

TEMPLATE_DIR = "/opt/survey/templates"


def load_template(name):
    with open(os.path.join(TEMPLATE_DIR, name), encoding="utf-8") as fh:
        return fh.read()
