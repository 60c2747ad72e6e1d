import os
import sys
import zipfile


def unpack(archive, dest):
    dest = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            out_path = os.path.realpath(os.path.join(dest, member.filename))
            if os.path.commonpath([dest, out_path]) != dest:
                raise ValueError(f"blocked entry {member.filename!r}")
            if member.is_dir():
                os.makedirs(out_path, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(member) as src, open(out_path, "wb") as dst:
                dst.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
