import os

BASE = "/srv/wildtrack/exports"


def read_export(name):
    with open(os.path.join(BASE, name), "rb") as fh:
        return fh.read()
