import os

ROOT = "/srv/data"


def load(path):
    full = os.path.join(ROOT, path)
    if not full.startswith(ROOT):
        raise PermissionError(path)
    with open(full, "rb") as fh:
        return fh.read()
