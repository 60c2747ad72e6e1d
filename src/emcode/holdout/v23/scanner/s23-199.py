import os

BASE = "/srv/data"


def read_dataset(rel_path):
    full = os.path.abspath(os.path.join(BASE, rel_path))
    if not full.startswith(BASE):
        raise PermissionError(rel_path)
    with open(full, "rb") as fh:
        return fh.read()
