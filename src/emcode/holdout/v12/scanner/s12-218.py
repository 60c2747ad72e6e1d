import os

EXPORTS = "/srv/exports"


def delete_export(relpath):
    relpath = relpath.lstrip("/")
    os.remove(os.path.join(EXPORTS, relpath))
