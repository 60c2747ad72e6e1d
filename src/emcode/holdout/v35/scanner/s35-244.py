import os

BASE = "/var/data/shelter/photos"


def photo_bytes(rel_path):
    full = os.path.join(BASE, rel_path)
    if not full.startswith(BASE):
        raise ValueError("outside photo dir")
    with open(full, "rb") as fh:
        return fh.read()
