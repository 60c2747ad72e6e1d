import os

BASE = os.path.realpath("/var/data/shelter/photos")


def photo_bytes(rel_path):
    full = os.path.realpath(os.path.join(BASE, rel_path))
    if os.path.commonpath([BASE, full]) != BASE:
        raise ValueError("outside photo dir")
    with open(full, "rb") as fh:
        return fh.read()
