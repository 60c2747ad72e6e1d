import os

ROOT = os.path.realpath("/srv/theses")


def read_abstract(rel_path):
    full = os.path.realpath(os.path.join(ROOT, rel_path))
    if os.path.commonpath([ROOT, full]) != ROOT:
        raise PermissionError(f"{rel_path!r} is outside the thesis archive")
    with open(full, encoding="utf-8") as fh:
        return fh.read()
