import os

TEMPLATES = "/srv/planner/templates"


def read_template(name):
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as fh:
        return fh.read()
