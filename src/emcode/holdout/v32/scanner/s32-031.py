import argparse
import hashlib
from pathlib import Path


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description="Checksum every exhibit in a folder")
    ap.add_argument("folder")
    args = ap.parse_args()
    for p in sorted(Path(args.folder).glob("*.pdf")):
        print(digest(p), p.name)


if __name__ == "__main__":
    main()
