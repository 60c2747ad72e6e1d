import os

SCORES = "/srv/orchestra/scores"


def read_part(filename):
    with open(os.path.join(SCORES, filename), "rb") as fh:
        return fh.read()
