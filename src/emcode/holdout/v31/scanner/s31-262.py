import os

ROOT = "/srv/photos"


def photo_path(rel):
    full = os.path.abspath(os.path.join(ROOT, rel))
    if not full.startswith(ROOT):
        raise ValueError("outside root")
    return full
