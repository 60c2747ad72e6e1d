import os

BASE = "/var/data/harvest"


def read_log(path):
    full = os.path.join(BASE, path)
    if not full.startswith(BASE):
        raise ValueError("outside base")
    with open(full) as fh:
        return fh.read()
