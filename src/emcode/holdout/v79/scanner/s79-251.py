import os

ROOT = os.path.realpath("/srv/club/docs")


def doc_path(rel):
    p = os.path.realpath(os.path.join(ROOT, rel))
    if os.path.commonpath([ROOT, p]) != ROOT:
        raise ValueError("outside root")
    return p
