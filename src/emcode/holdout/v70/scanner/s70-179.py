import sys
import zipfile
from pathlib import Path


def unpack(archive, dest):
    dest = Path(dest)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
