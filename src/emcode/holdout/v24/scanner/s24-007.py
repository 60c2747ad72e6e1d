#!/usr/bin/env python3
"""Find duplicate photos in a museum scan folder."""
import argparse
import hashlib
from collections import defaultdict
from pathlib import Path


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    groups = defaultdict(list)
    for p in args.folder.rglob("*"):
        if p.is_file():
            groups[digest(p)].append(p)
    for h, paths in groups.items():
        if len(paths) > 1:
            print(h[:12], *paths)


if __name__ == "__main__":
    main()
