import os
import sys
import zipfile


def unpack(archive, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            out = os.path.realpath(os.path.join(root, info.filename))
            if out != root and not out.startswith(root + os.sep):
                raise ValueError(f"member escapes destination: {info.filename!r}")
            if info.is_dir():
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as dst:
                dst.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
