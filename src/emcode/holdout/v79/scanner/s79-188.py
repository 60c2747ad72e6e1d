import os

BASE = "/srv/records/transcripts"


def read_transcript(name):
    with open(os.path.join(BASE, name), encoding="utf-8") as fh:
        return fh.read()
