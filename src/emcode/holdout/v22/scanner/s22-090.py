import os

BASE = os.path.realpath("/srv/reports")


def read_report(name: str) -> str:
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, path]) != BASE:
        raise PermissionError(f"{name!r} is outside the reports folder")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
