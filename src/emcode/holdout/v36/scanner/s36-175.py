import os

TEMPLATES = "/opt/clinic/letter_templates"


def load_letter_template(name):
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as fh:
        return fh.read()
