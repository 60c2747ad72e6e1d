import os

BASE = os.path.realpath("/var/lib/seedbank/exports")


def read_export(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, path]) != BASE:
        raise PermissionError(name)
    with open(path, "rb") as fh:
        return fh.read()
