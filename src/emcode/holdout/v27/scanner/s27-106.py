import os

BASE = os.path.realpath("/srv/patterns")


def read_pattern(name: str) -> str:
    full = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, full]) != BASE:
        raise PermissionError(name)
    with open(full, encoding="utf-8") as fh:
        return fh.read()
