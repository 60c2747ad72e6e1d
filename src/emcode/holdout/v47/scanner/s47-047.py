#!/usr/bin/env python3
import sys
import zipfile
from pathlib import Path


def extract(bundle: Path, dest: Path):
    dest = dest.resolve()
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                print(f"skipping {info.filename!r}", file=sys.stderr)
                continue
            zf.extract(info, dest)


if __name__ == "__main__":
    extract(Path(sys.argv[1]), Path(sys.argv[2]))
