import os
import zipfile


def unpack_survey(zip_path, dest):
    dest = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out = os.path.realpath(os.path.join(dest, info.filename))
            if os.path.commonpath([dest, out]) != dest:
                raise ValueError(f"blocked entry {info.filename!r}")
            if info.is_dir():
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as dst:
                dst.write(src.read())
