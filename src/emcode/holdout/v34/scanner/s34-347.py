import argparse
import sys
import zipfile
from pathlib import Path


def extract(archive: Path, dest: Path) -> int:
    dest = dest.resolve()
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            target = (dest / member.filename).resolve()
            if dest not in target.parents and target != dest:
                print(f"skipping {member.filename!r}: outside destination", file=sys.stderr)
                continue
            zf.extract(member, dest)
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Unpack a parish register bundle")
    ap.add_argument("archive", type=Path)
    ap.add_argument("dest", type=Path)
    a = ap.parse_args()
    sys.exit(extract(a.archive, a.dest))
