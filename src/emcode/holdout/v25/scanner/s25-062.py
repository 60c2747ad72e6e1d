import os

ROOT = "/srv/theses"


def read_abstract(rel_path):
    with open(os.path.join(ROOT, rel_path), encoding="utf-8") as fh:
        return fh.read()
