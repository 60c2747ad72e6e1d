import os

ROOT = "/var/lib/tides/exports"


def open_export(rel):
    path = os.path.join(ROOT, rel)
    if not path.startswith(ROOT):
        raise ValueError("outside exports")
    return open(path, "rb")
