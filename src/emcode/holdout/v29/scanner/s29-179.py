import os

BASE = "/data/hub/firmware"


def firmware_path(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE):
        raise ValueError("bad firmware name")
    return path
