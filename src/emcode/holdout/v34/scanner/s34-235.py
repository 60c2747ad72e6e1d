import argparse
import hashlib
import os
from pathlib import Path


def digest(path: Path) -> str:
    h = hashlib.sha1(usedforsecurity=False)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description="List duplicate scans in an archive folder")
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    seen = {}
    for root, _dirs, files in os.walk(args.folder):
        for name in files:
            p = Path(root) / name
            seen.setdefault(digest(p), []).append(p)
    for paths in seen.values():
        if len(paths) > 1:
            print(" == ".join(str(p) for p in paths))


if __name__ == "__main__":
    main()
