import os

BASE = "/var/lib/registry/metadata"


def read_metadata(project, filename):
    with open(os.path.join(BASE, project, filename), encoding="utf-8") as fh:
        return fh.read()
