import os

BASE = "/var/claims/uploads"


def claim_document(rel):
    path = BASE + "/" + rel
    if not path.startswith(BASE):
        raise ValueError("outside")
    return open(path, "rb").read()
