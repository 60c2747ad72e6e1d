import os

BASE = os.path.realpath("/var/data/harvest")


def read_log(path):
    full = os.path.realpath(os.path.join(BASE, path))
    if os.path.commonpath([full, BASE]) != BASE:
        raise ValueError("outside base")
    with open(full) as fh:
        return fh.read()
