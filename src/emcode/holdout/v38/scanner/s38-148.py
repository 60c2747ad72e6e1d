import os
import sys

ROOT = os.path.realpath("/srv/court/transcripts")


def read_transcript(name):
    path = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([path, ROOT]) != ROOT:
        raise ValueError("outside transcript store")
    with open(path, encoding="utf-8") as fh:
        return fh.read()


if __name__ == "__main__":
    sys.stdout.write(read_transcript(sys.argv[1]))
