import os

BASE = os.path.realpath("/var/parking/photos")


def photo_bytes(rel_path):
    full = os.path.realpath(os.path.join(BASE, rel_path))
    if os.path.commonpath([full, BASE]) != BASE:
        raise PermissionError(rel_path)
    with open(full, "rb") as fh:
        return fh.read()
