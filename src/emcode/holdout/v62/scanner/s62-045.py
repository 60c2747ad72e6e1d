import os

BASE = "/srv/brigade/incident-reports"


def read_report(name):
    with open(os.path.join(BASE, name), encoding="utf-8") as fh:
        return fh.read()
