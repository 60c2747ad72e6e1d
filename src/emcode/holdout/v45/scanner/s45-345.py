import os
import re

TEMPLATES = "/opt/escape/templates"


def load_room_template(name):
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", name):
        raise ValueError("bad template name")
    with open(os.path.join(TEMPLATES, name + ".txt"), encoding="utf-8") as fh:
        return fh.read()
