import os
import re

UPLOADS = "/srv/admissions/uploads"
NAME = re.compile(r"[A-Za-z0-9_-]{1,80}\.pdf")


def delete_upload(name):
    if not NAME.fullmatch(name):
        raise ValueError("bad upload name")
    os.remove(os.path.join(UPLOADS, name))
