import os

BASE = "/srv/museum/docs"


def doc_path(name):
    cleaned = name.replace("../", "")
    return os.path.join(BASE, cleaned)


def read_doc(name):
    with open(doc_path(name), encoding="utf-8") as fh:
        return fh.read()
