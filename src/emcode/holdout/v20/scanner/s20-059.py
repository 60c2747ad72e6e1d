import os

BASE = os.path.realpath("/var/lib/notes")


def read_note(name: str) -> str:
    full = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([full, BASE]) != BASE:
        raise PermissionError(name)
    with open(full, encoding="utf-8") as fh:
        return fh.read()
