import hashlib
import sys
from collections import defaultdict
from pathlib import Path


def digest(path, chunk=1 << 20):
    h = hashlib.sha1(usedforsecurity=False)
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def main(root):
    groups = defaultdict(list)
    for p in Path(root).rglob("*.mp3"):
        groups[digest(p)].append(p)
    for paths in groups.values():
        if len(paths) > 1:
            print("duplicates:", *paths, sep="\n  ")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
