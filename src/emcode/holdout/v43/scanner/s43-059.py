import os

TEMPLATES = "/srv/planner/templates"
KNOWN = {"invite.html", "save-the-date.html", "thank-you.html"}


def read_template(name):
    if name not in KNOWN:
        raise FileNotFoundError(name)
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as fh:
        return fh.read()
