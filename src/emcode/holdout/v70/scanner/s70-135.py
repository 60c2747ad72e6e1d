import os

BASE = "/var/lib/seedbank/exports"


def read_export(name):
    with open(os.path.join(BASE, name), "rb") as fh:
        return fh.read()
