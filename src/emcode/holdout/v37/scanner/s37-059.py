import os

BASE = os.path.realpath("/var/claims/uploads")


def claim_document(rel):
    path = os.path.realpath(os.path.join(BASE, rel))
    if os.path.commonpath([BASE, path]) != BASE:
        raise ValueError("outside upload dir")
    with open(path, "rb") as fh:
        return fh.read()
