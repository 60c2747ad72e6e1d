import os
import sys
import zipfile


def unpack(archive, dest):
    dest = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(dest, info.filename))
            if os.path.commonpath([dest, target]) != dest:
                raise ValueError(f"member {info.filename!r} escapes {dest}")
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
