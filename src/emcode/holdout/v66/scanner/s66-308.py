import os

BASE = os.path.realpath("/var/lib/clinic/letters")


def read_letter(name):
    full = os.path.realpath(os.path.join(BASE, name))
    if os.path.dirname(full) != BASE:
        raise PermissionError(name)
    with open(full, encoding="utf-8") as fh:
        return fh.read()
