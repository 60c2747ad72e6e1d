import os

BASE = "/srv/patterns"


def read_pattern(name):
    with open(os.path.join(BASE, name)) as fh:
        return fh.read()
