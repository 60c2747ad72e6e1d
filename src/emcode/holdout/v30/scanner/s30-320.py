import os

BASE = "/srv/dental/records"


def read_record(relative):
    with open(os.path.join(BASE, relative), "rb") as fh:
        return fh.read()
