import sys
import zipfile
from pathlib import PurePosixPath


def unpack(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            p = PurePosixPath(name)
            if p.is_absolute() or ".." in p.parts or "\\" in name:
                raise SystemExit(f"refusing suspicious member {name!r}")
        zf.extractall(dest)


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
