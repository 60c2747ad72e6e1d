import os

TEMPLATES = os.path.realpath("/opt/clinic/letter_templates")


def load_letter_template(name):
    path = os.path.realpath(os.path.join(TEMPLATES, name))
    if os.path.commonpath([path, TEMPLATES]) != TEMPLATES:
        raise PermissionError(name)
    with open(path, encoding="utf-8") as fh:
        return fh.read()
