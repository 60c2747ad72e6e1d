import os

BASE = os.path.realpath("/srv/dental/records")


def read_record(relative):
    full = os.path.realpath(os.path.join(BASE, relative))
    if os.path.commonpath([BASE, full]) != BASE:
        raise PermissionError(relative)
    with open(full, "rb") as fh:
        return fh.read()
