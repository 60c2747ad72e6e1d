import os

BASE = "/var/lib/clinic/letters"


def read_letter(name):
    with open(os.path.join(BASE, name), encoding="utf-8") as fh:
        return fh.read()
