import argparse
import hashlib
import os
from collections import defaultdict


def digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description="find duplicate files")
    ap.add_argument("root")
    groups = defaultdict(list)
    for dirpath, _dirs, files in os.walk(ap.parse_args().root):
        for f in files:
            p = os.path.join(dirpath, f)
            if os.path.isfile(p) and not os.path.islink(p):
                groups[digest(p)].append(p)
    for paths in groups.values():
        if len(paths) > 1:
            print("\n  ".join(paths))


if __name__ == "__main__":
    main()
