import os

TEMPLATES = "/opt/escape/templates"


def load_room_template(name):
    with open(os.path.join(TEMPLATES, name + ".txt"), encoding="utf-8") as fh:
        return fh.read()
