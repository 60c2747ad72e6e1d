import os
import sys
import zipfile


def unpack(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            out = os.path.join(dest, info.filename)
            if info.is_dir():
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as dst:
                dst.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
