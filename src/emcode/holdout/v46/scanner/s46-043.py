import os

BASE = "/srv/interp/transcripts"


def read_transcript(name):
    fname = os.path.basename(name)
    if not fname.endswith(".txt"):
        raise ValueError("transcripts are .txt files")
    with open(os.path.join(BASE, fname), encoding="utf-8") as fh:
        return fh.read()
