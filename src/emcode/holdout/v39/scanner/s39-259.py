import os

BASE = "/srv/museum/docs"


def read_doc(name):
    fname = os.path.basename(name)
    if not fname.endswith(".md") or fname.startswith("."):
        raise ValueError("only markdown docs")
    with open(os.path.join(BASE, fname), encoding="utf-8") as fh:
        return fh.read()
