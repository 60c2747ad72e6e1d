import os
import zipfile
import sys


def unpack(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out_path = os.path.join(dest, info.filename)
            if info.is_dir():
                os.makedirs(out_path, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(info) as src, open(out_path, "wb") as dst:
                dst.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
