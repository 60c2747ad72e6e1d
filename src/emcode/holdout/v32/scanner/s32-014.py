import os

DOC_ROOT = "/srv/cases/documents"


def read_document(name):
    with open(os.path.join(DOC_ROOT, name), "rb") as fh:
        return fh.read()
