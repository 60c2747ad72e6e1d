import os

BASE = os.path.realpath("/data/hub/firmware")


def firmware_path(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, path]) != BASE:
        raise ValueError("bad firmware name")
    return path
