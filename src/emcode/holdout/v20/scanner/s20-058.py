import os

BASE = "/var/lib/notes"


def read_note(name):
    with open(os.path.join(BASE, name)) as fh:
        return fh.read()
