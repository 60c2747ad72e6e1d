import os

BASE = os.path.realpath("/srv/brigade/incident-reports")


def read_report(name):
    full = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, full]) != BASE:
        raise PermissionError(name)
    with open(full, encoding="utf-8") as fh:
        return fh.read()
