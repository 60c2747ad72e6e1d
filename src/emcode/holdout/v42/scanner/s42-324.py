import argparse
import hashlib
from pathlib import Path


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description="Verify exported trial datasets against a manifest")
    ap.add_argument("manifest", type=Path)
    args = ap.parse_args()
    bad = 0
    for line in args.manifest.read_text().splitlines():
        expected, name = line.split(maxsplit=1)
        if digest(args.manifest.parent / name) != expected:
            print("MISMATCH", name)
            bad += 1
    raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
