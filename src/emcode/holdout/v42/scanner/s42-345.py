import os

BASE = "/var/parking/photos"


def photo_bytes(rel_path):
    full = BASE + "/" + rel_path
    if not full.startswith(BASE):
        raise PermissionError(rel_path)
    with open(full, "rb") as fh:
        return fh.read()
